#include "sync/outboxdispatcher.h"

#include "api/casemanagerclient.h"
#include "api/jtelclient.h"
#include "cache/acdeventstore.h"
#include "cache/activitystore.h"
#include "cache/cachedatabase.h"
#include "cache/casestore.h"
#include "cache/outboxstore.h"
#include "core/logging.h"
#include "domain/callbackvalidator.h"
#include "domain/changecasevalidator.h"
#include "domain/reassignvalidator.h"
#include "sync/cachenotifier.h"
#include "sync/outboxpayload.h"
#include "sync/readback.h"
#include "sync/retrybackoff.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// after a write the read-back is a courtesy: a failure loses nothing, the next poll brings the rows
ReadBack::Done ignoreError(const std::function<void()> &done)
{
    return [done](const std::optional<ApiError> &) { done(); };
}

// How far before the recorded send time a server's creation time may lie and still count as
// evidence: the two clocks are not the same (jtel even reports its local wall clock).
constexpr qint64 ClockSkewMs = 2 * 60 * 1000;

using Evidence = std::function<void(std::optional<QByteArray>, std::optional<ApiError>)>;

QString joinedMessages(const QList<ValidationError> &errors)
{
    QStringList lines;
    for (const ValidationError &error : errors)
        lines.append(u"%1: %2"_s.arg(error.rule, error.message));
    return lines.join(u'\n');
}

// What the outbox records as the entry's last error code. Signed out comes first, whatever the
// server said: the CLI and the status bar tell "sign in" from "cannot reach" by it.
QString errorCode(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Authentication)
        return OutboxDispatcher::AuthenticationCode;
    if (!error.serverCode.isEmpty())
        return error.serverCode;
    if (error.httpStatus)
        return QString::number(error.httpStatus);
    switch (error.kind) {
    case ApiError::Kind::Network: return u"network"_s;
    case ApiError::Kind::Timeout: return u"timeout"_s;
    case ApiError::Kind::Tls: return u"tls"_s;
    case ApiError::Kind::Http: return u"http"_s;
    case ApiError::Kind::Authentication: break;
    case ApiError::Kind::Decode: return u"decode"_s;
    case ApiError::Kind::Configuration: return u"configuration"_s;
    }
    return {};
}

} // namespace

struct OutboxDispatcher::Replay
{
    bool running = false;
    bool again = false; // a replay() arrived while running: look once more before ending
    // the credentials were refused: nothing is retried on a timer until the next replay()
    // (after a sign-in, or a sync), since the same credentials would be refused again
    bool waitingForSignIn = false;
    QList<std::function<void()>> waiters;
    QTimer *retryTimer = nullptr;
    // the activities the entries applied in this replay created, moved or reassigned: read back
    // together before the replay ends (and so before a controller reports Applied)
    QList<qint64> readBack;
    QStringList readBackEntries; // whose effects those are
};

OutboxDispatcher::OutboxDispatcher(CacheDatabase &database, CaseManagerClient *caseClient,
                                   JtelClient *jtelClient, CacheNotifier *notifier,
                                   QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_caseClient(caseClient)
    , m_jtelClient(jtelClient)
    , m_notifier(notifier)
{
    for (OutboxEntry::Server server : {OutboxEntry::Server::Case, OutboxEntry::Server::Jtel}) {
        auto *replay = new Replay;
        replay->retryTimer = new QTimer(this);
        replay->retryTimer->setSingleShot(true);
        // set to when the head of the queue is due: a coarse timer's early shot would find
        // nothing due and only arm the timer again
        replay->retryTimer->setTimerType(Qt::PreciseTimer);
        connect(replay->retryTimer, &QTimer::timeout, this, [this, server] { this->replay(server); });
        m_replays.insert(server, replay);
    }
}

OutboxDispatcher::~OutboxDispatcher()
{
    qDeleteAll(m_replays);
}

bool OutboxDispatcher::isReplaying(OutboxEntry::Server server) const
{
    return m_replays.value(server)->running;
}

void OutboxDispatcher::stopRetrying()
{
    m_retrying = false;
    for (Replay *replay : std::as_const(m_replays))
        replay->retryTimer->stop();
}

void OutboxDispatcher::replay(OutboxEntry::Server server, std::function<void()> done)
{
    Replay *replay = m_replays.value(server);
    if (done)
        replay->waiters.append(std::move(done));
    if (replay->running) {
        replay->again = true;
        return;
    }
    replay->running = true;
    replay->waitingForSignIn = false;
    replay->retryTimer->stop();
    runNext(server);
}

void OutboxDispatcher::runNext(OutboxEntry::Server server)
{
    const bool hasClient = server == OutboxEntry::Server::Case ? !m_caseClient.isNull()
                                                               : !m_jtelClient.isNull();
    if (!hasClient) {
        finishReplay(server);
        return;
    }
    OutboxStore outbox(m_database);
    const auto next = outbox.nextDue(server, QDateTime::currentDateTimeUtc());
    if (!next.ok()) {
        qCWarning(lcCache).noquote() << "outbox: cannot read the next entry:" << next.error->message;
        finishReplay(server);
        return;
    }
    if (!next.value) {
        Replay *replay = m_replays.value(server);
        if (replay->again) {
            replay->again = false;
            runNext(server);
            return;
        }
        finishReplay(server);
        return;
    }
    if (!next.value->dependsOn.isEmpty()) {
        const auto dependency = outbox.entry(next.value->dependsOn);
        if (dependency.ok() && dependency.value
            && dependency.value->state == OutboxEntry::State::NeedsAttention) {
            return needsAttention(*next.value, u"dependency"_s,
                                  tr("It waits for operation %1, which the server refused; "
                                     "retry or discard that one first.")
                                      .arg(next.value->dependsOn));
        }
    }
    if (next.value->outcomeUnknown)
        checkEvidence(*next.value);
    else
        send(*next.value);
}

void OutboxDispatcher::finishReplay(OutboxEntry::Server server)
{
    Replay *replay = m_replays.value(server);
    if (!replay->readBack.isEmpty()) {
        // one read for all of them: a bulk move of 1,000 activities reads each back once, its
        // case once, not both per request of 75
        const QList<qint64> ids = std::exchange(replay->readBack, {});
        const QStringList entries = std::exchange(replay->readBackEntries, {});
        QPointer<OutboxDispatcher> self(this);
        ReadBack::activities(
            m_caseClient, m_database, m_notifier, this, ids,
            [self, server, entries](const std::optional<ApiError> &error) {
                if (!self)
                    return;
                // unread, the entries after them read these activities again before sending
                if (!error) {
                    if (auto failure = OutboxStore(self->m_database).markEffectsCached(entries))
                        qCWarning(lcCache).noquote()
                            << "outbox: cannot note the effects as cached:" << failure->message;
                }
                // entries queued meanwhile are sent before the replay ends
                if (std::exchange(self->m_replays.value(server)->again, false))
                    self->runNext(server);
                else
                    self->finishReplay(server);
            });
        return;
    }
    replay->running = false;
    replay->again = false;
    scheduleRetry(server);
    const QList<std::function<void()>> waiters = std::exchange(replay->waiters, {});
    for (const auto &waiter : waiters)
        waiter();
}

void OutboxDispatcher::scheduleRetry(OutboxEntry::Server server)
{
    if (!m_retrying || m_replays.value(server)->waitingForSignIn)
        return;
    // A server's entries go strictly in seq order (OutboxStore::nextDue), so the head of its
    // queue decides when the next one can be sent. An entry behind the head that is due by its
    // own time is not: a timer set by it would fire at once, again and again, until the head
    // is due.
    const auto waiting
        = OutboxStore(m_database).list({OutboxEntry::State::Pending, OutboxEntry::State::InFlight});
    if (!waiting.ok())
        return;
    const auto head
        = std::find_if(waiting.value.cbegin(), waiting.value.cend(),
                       [server](const OutboxEntry &entry) { return entry.server == server; });
    if (head == waiting.value.cend())
        return;
    // in flight in another process: look again once that one has had time to finish it
    const QDateTime next = head->state == OutboxEntry::State::InFlight
        ? QDateTime::currentDateTimeUtc().addMSecs(RetryBackoff::first.count())
        : head->nextAttemptAt;
    const qint64 waitMs = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(next));
    m_replays.value(server)->retryTimer->start(std::chrono::milliseconds(waitMs));
}

void OutboxDispatcher::publish(const QString &id)
{
    const auto stored = OutboxStore(m_database).entry(id);
    if (stored.ok() && stored.value)
        emit entryUpdated(*stored.value);
    if (m_notifier)
        m_notifier->notifyOutboxChanged();
}

void OutboxDispatcher::stopOnCacheError(const OutboxEntry &entry, const QString &what,
                                        const QString &error)
{
    qCWarning(lcCache).noquote() << "outbox:" << what << entry.id << "failed:" << error;
    finishReplay(entry.server);
}

QString OutboxDispatcher::evidenceRefused(const ApiError &error)
{
    return tr("The server may have applied this operation already, and checking that was refused "
              "(%1). Look at the server, then retry (it checks again first) or discard it.")
        .arg(error.message());
}

QString OutboxDispatcher::unreadable()
{
    return tr("This operation cannot be read; discard it.");
}

// --- evidence ---------------------------------------------------------------------------------

void OutboxDispatcher::checkEvidence(const OutboxEntry &entry)
{
    QPointer<OutboxDispatcher> self(this);
    const Evidence decided = [self, entry](std::optional<QByteArray> applied,
                                           std::optional<ApiError> error) {
        if (!self)
            return;
        if (error)
            return self->evidenceFailed(entry, *error);
        if (applied) {
            qCInfo(lcCache).noquote() << "outbox:" << entry.id
                                      << "was applied before; not sending it again";
            self->succeeded(entry, *applied);
            return;
        }
        self->send(entry);
    };
    switch (entry.kind) {
    case OutboxEntry::Kind::CreateCalltrack:
        findCalltrack(entry, decided);
        break;
    case OutboxEntry::Kind::ChangeCase:
        findChangeCase(entry, decided);
        break;
    case OutboxEntry::Kind::CreateCallback:
        findCallback(entry, decided);
        break;
    case OutboxEntry::Kind::Reassign:
        checkReassign(entry);
        break;
    }
}

void OutboxDispatcher::evidenceFailed(const OutboxEntry &entry, const ApiError &error)
{
    // A refused read proves nothing either way: sending blindly could apply the operation
    // twice, so a person decides (a retry looks again before sending).
    if (error.kind == ApiError::Kind::Http && !error.transient && !error.outcomeUnknown) {
        emit serverAnswered(entry.server);
        return needsAttention(entry, u"evidence"_s, evidenceRefused(error));
    }
    // no verdict: it stays pending with its unknown outcome and is looked at again
    if (auto failure = OutboxStore(m_database).markInFlight(entry.id))
        return stopOnCacheError(entry, u"marking in flight"_s, failure->message);
    failed(entry, error, FailedCall::Evidence);
}

// A transfer or pick may have been applied in part, or by another process: the activities
// that are at the target already count as applied, only the others are sent (sending those
// again would be refused, T12/Q12/D12/K8).
void OutboxDispatcher::checkReassign(const OutboxEntry &entry)
{
    const auto queued = OutboxPayload::reassign(entry.payload);
    if (!queued)
        return needsAttention(entry, u"payload"_s, unreadable());
    QPointer<OutboxDispatcher> self(this);
    m_caseClient->activitiesByIds(
        queued->request.activityIds(),
        [self, entry, queued = *queued](const ApiResult<QList<Activity>> &read) {
            if (!self)
                return;
            if (!read.ok())
                return self->evidenceFailed(entry, *read.error);
            // what the server holds now, for the entries after this one too
            ActivityStore(self->m_database).upsert(read.value);
            // the times as sendReassign() would send them: read now where the queued ones are
            // stale by the user's own earlier change, or were never known
            const bool fresh = self->needsFreshTimes(entry, queued.request.activityIds());
            QueuedReassign rest = queued;
            rest.request.activities.clear();
            for (const ReassignRequest::Item &item : queued.request.activities) {
                const auto found = std::find_if(
                    read.value.cbegin(), read.value.cend(),
                    [&item](const Activity &activity) { return activity.id == item.id; });
                if (found == read.value.cend()) {
                    rest.request.activities.append(item);
                } else if (!ReassignValidator::isAtTarget(*found, queued.request,
                                                          queued.callerLogin)) {
                    rest.request.activities.append({item.id,
                                                    fresh || !item.lastModifiedMs
                                                        ? found->lastModifiedMs
                                                        : item.lastModifiedMs});
                }
            }
            if (rest.request.activities.isEmpty()) {
                qCInfo(lcCache).noquote()
                    << "outbox:" << entry.id << "was applied before; not sending it again";
                return self->succeeded(
                    entry, OutboxPayload::encode(ReassignResult {queued.request.activityIds()}));
            }
            self->transmitReassign(entry, rest, queued.request.activityIds(), read.value);
        });
}

QList<qint64> OutboxDispatcher::claimedIds(OutboxEntry::Kind kind)
{
    QList<qint64> ids;
    const auto done = OutboxStore(m_database).list({OutboxEntry::State::Done});
    for (const OutboxEntry &entry : done.value) {
        if (entry.kind != kind)
            continue;
        if (kind == OutboxEntry::Kind::CreateCalltrack) {
            if (const auto result = OutboxPayload::calltrackResult(entry.result))
                ids.append(result->activityId);
        } else if (kind == OutboxEntry::Kind::CreateCallback) {
            if (const auto result = OutboxPayload::callbackResult(entry.result))
                ids.append(result->eventId);
        }
    }
    return ids;
}

static QDateTime sendTime(const OutboxEntry &entry)
{
    return entry.sentAt.isValid() ? entry.sentAt : entry.createdAt;
}

// A calltrack the server created after the send with the draft's subject, subtype, mode and
// customer, that no other outbox entry accounts for. The customer is compared here rather than
// searched for: an eGain API client may not filter activities by customer, and a refused
// search finds no evidence, so the entry would be sent a second time.
void OutboxDispatcher::findCalltrack(const OutboxEntry &entry, const Evidence &done)
{
    const auto draft = OutboxPayload::calltrack(entry.payload);
    if (!draft)
        return done(std::nullopt, std::nullopt);
    ActivityQuery query;
    query.type = u"call_track"_s;
    query.createdFromMs = sendTime(entry).toMSecsSinceEpoch() - ClockSkewMs;
    const qint64 customerId = draft->customerBy == CalltrackDraft::CustomerBy::CustomerId
        ? draft->customerKey.toLongLong()
        : 0;
    if (draft->caseId)
        query.caseId = draft->caseId;
    const QList<qint64> claimed = claimedIds(entry.kind);
    m_caseClient->searchActivities(
        query, [done, draft, customerId, claimed](const ApiResult<QList<Activity>> &found) {
            if (!found.ok())
                return done(std::nullopt, found.error);
            for (const Activity &activity : found.value) {
                if (activity.subject == draft->subject && activity.subtype == draft->subtype
                    && activity.mode.compare(draft->mode, Qt::CaseInsensitive) == 0
                    && (!customerId || activity.customerId == customerId)
                    && !claimed.contains(activity.id)) {
                    return done(OutboxPayload::encode(CalltrackResult {activity.id}), std::nullopt);
                }
            }
            done(std::nullopt, std::nullopt);
        });
}

// The activities already sit together in the target case (or, for a new case, together in one
// case other than the one they left).
void OutboxDispatcher::findChangeCase(const OutboxEntry &entry, const Evidence &done)
{
    QByteArray payload = entry.payload;
    if (resolveChangeCase(entry, &payload))
        return done(std::nullopt, std::nullopt); // send() reports why it cannot run
    const auto change = OutboxPayload::changeCase(payload);
    if (!change || change->request.activityIds.isEmpty())
        return done(std::nullopt, std::nullopt);
    const ChangeCaseRequest request = change->request;
    const qint64 sourceCaseId = change->sourceCaseId;
    m_caseClient->activitiesByIds(
        request.activityIds,
        [done, request, sourceCaseId](const ApiResult<QList<Activity>> &found) {
            if (!found.ok())
                return done(std::nullopt, found.error);
            QSet<qint64> cases;
            for (const Activity &activity : found.value)
                cases.insert(activity.caseId);
            if (found.value.size() != request.activityIds.size() || cases.size() != 1)
                return done(std::nullopt, std::nullopt);
            const qint64 caseId = *cases.cbegin();
            const bool applied = request.movesToNewCase()
                ? sourceCaseId != 0 && caseId != sourceCaseId
                : caseId == request.targetCaseId;
            if (!applied)
                return done(std::nullopt, std::nullopt);
            done(OutboxPayload::encode(
                     ChangeCaseResult {caseId, request.movesToNewCase(), request.activityIds}),
                 std::nullopt);
        });
}

// jtel: an event of the same type, group, sender and subject created after the send. A group
// that forbids duplicates would update that event again on a resend, which is harmless; every
// other group would get a second callback, which is not.
void OutboxDispatcher::findCallback(const OutboxEntry &entry, const Evidence &done)
{
    const auto draft = OutboxPayload::callback(entry.payload);
    if (!draft)
        return done(std::nullopt, std::nullopt);
    const qint64 sentLocalMs = CallbackValidator::wallClockMs(sendTime(entry).toLocalTime());
    const QList<qint64> claimed = claimedIds(entry.kind);
    m_jtelClient->listEvents([done, draft, sentLocalMs,
                              claimed](const ApiResult<QList<AcdEvent>> &found) {
        if (!found.ok())
            return done(std::nullopt, found.error);
        const QString sender = CallbackValidator::normalizedE164(draft->sender);
        for (const AcdEvent &event : found.value) {
            if (event.typeId == draft->typeId && event.sender == sender
                && event.subject == draft->subject
                && (!draft->groupId || event.groupId == draft->groupId)
                && event.createdMsecs >= sentLocalMs - ClockSkewMs && !claimed.contains(event.id)) {
                return done(OutboxPayload::encode(CallbackOutcome{event.id, false}), std::nullopt);
            }
        }
        done(std::nullopt, std::nullopt);
    });
}

// --- sending ----------------------------------------------------------------------------------

void OutboxDispatcher::send(const OutboxEntry &entry)
{
    switch (entry.kind) {
    case OutboxEntry::Kind::CreateCalltrack:
        sendCalltrack(entry);
        break;
    case OutboxEntry::Kind::ChangeCase:
        sendChangeCase(entry);
        break;
    case OutboxEntry::Kind::CreateCallback:
        sendCallback(entry);
        break;
    case OutboxEntry::Kind::Reassign:
        sendReassign(entry);
        break;
    }
}

template<typename T>
void OutboxDispatcher::transmit(const OutboxEntry &entry,
                                const std::function<void(const ApiCallback<T> &)> &call,
                                const std::function<QByteArray(const T &)> &result)
{
    if (auto error = OutboxStore(m_database).markInFlight(entry.id))
        return stopOnCacheError(entry, u"marking in flight"_s, error->message);
    publish(entry.id);
    QPointer<OutboxDispatcher> self(this);
    call([self, entry, result](const ApiResult<T> &answer) {
        if (!self)
            return;
        if (!answer.ok())
            return self->failed(entry, *answer.error);
        self->succeeded(entry, result(answer.value));
    });
}

void OutboxDispatcher::sendCalltrack(const OutboxEntry &entry)
{
    const auto draft = OutboxPayload::calltrack(entry.payload);
    if (!draft)
        return needsAttention(entry, u"payload"_s, unreadable());
    transmit<qint64>(
        entry, [this, draft](const ApiCallback<qint64> &done) { m_caseClient->createCalltrack(*draft, done); },
        [](const qint64 &activityId) { return OutboxPayload::encode(CalltrackResult{activityId}); });
}

// Fills in the ids that earlier entries produced. Returns why the entry cannot be sent, if so.
std::optional<QString> OutboxDispatcher::resolveChangeCase(const OutboxEntry &entry,
                                                          QByteArray *payload)
{
    auto change = OutboxPayload::changeCase(entry.payload);
    if (!change)
        return unreadable();
    if (change->pendingActivities.isEmpty() && change->targetCaseFrom.isEmpty())
        return std::nullopt;
    OutboxStore outbox(m_database);
    auto doneResult = [&outbox](const QString &id) -> std::optional<QByteArray> {
        const auto earlier = outbox.entry(id);
        if (!earlier.ok() || !earlier.value || earlier.value->state != OutboxEntry::State::Done)
            return std::nullopt;
        return earlier.value->result;
    };
    for (const QString &createId : std::as_const(change->pendingActivities)) {
        const auto result = doneResult(createId);
        const auto created = result ? OutboxPayload::calltrackResult(*result) : std::nullopt;
        if (!created)
            return tr("It moves an activity that was never created (operation %1 was rejected or "
                      "discarded).").arg(createId);
        change->request.activityIds.append(created->activityId);
    }
    change->pendingActivities.clear();
    if (!change->targetCaseFrom.isEmpty()) {
        const auto result = doneResult(change->targetCaseFrom);
        const auto moved = result ? OutboxPayload::changeCaseResult(*result) : std::nullopt;
        if (!moved)
            return tr("Its target is the new case of operation %1, which was not created.")
                .arg(change->targetCaseFrom);
        change->request.targetCaseId = moved->caseId;
        change->targetCaseFrom.clear();
    }
    *payload = OutboxPayload::encode(*change);
    return std::nullopt;
}

void OutboxDispatcher::sendChangeCase(const OutboxEntry &entry)
{
    QByteArray payload = entry.payload;
    if (const auto blocked = resolveChangeCase(entry, &payload))
        return needsAttention(entry, u"dependency"_s, *blocked);
    QueuedChangeCase change = *OutboxPayload::changeCase(payload);
    const auto cached = ActivityStore(m_database).summariesByIds(change.request.activityIds);
    if (!change.sourceCaseId && !cached.value.isEmpty())
        change.sourceCaseId = cached.value.constFirst().caseId;
    if (change.sourceCaseId || !change.request.movesToNewCase())
        return transmitChangeCase(entry, change, cached.value);

    // The evidence for a move to a new case is "the activities left their case", so that case
    // must be known before the request leaves; the cache does not know these activities.
    QPointer<OutboxDispatcher> self(this);
    m_caseClient->activitiesByIds(change.request.activityIds, [self, entry, change](
                                                                   const ApiResult<QList<Activity>> &read) mutable {
        if (!self)
            return;
        if (read.ok() && !read.value.isEmpty())
            change.sourceCaseId = read.value.constFirst().caseId;
        // unreadable: the move itself will fail the same way, and report why
        self->transmitChangeCase(entry, change, read.value);
    });
}

void OutboxDispatcher::transmitChangeCase(const OutboxEntry &entry, const QueuedChangeCase &change,
                                          const QList<Activity> &knownActivities)
{
    OutboxStore outbox(m_database);
    const QByteArray payload = OutboxPayload::encode(change);
    if (payload != entry.payload) {
        // the real ids, so the outbox view and a later edit show what is actually sent
        if (auto error = outbox.resolvePayload(entry.id, payload))
            return stopOnCacheError(entry, u"rewriting"_s, error->message);
    }

    // P1–P11 again from what is known now: the case may have changed since queueing
    std::optional<Case> target;
    if (!change.request.movesToNewCase()) {
        const auto cases = CaseStore(m_database).byIds({change.request.targetCaseId});
        if (cases.ok() && !cases.value.isEmpty())
            target = cases.value.constFirst();
    }
    const QList<ValidationError> errors = ChangeCaseValidator::validate(
        change.request, knownActivities, target, QDateTime::currentMSecsSinceEpoch());
    if (!errors.isEmpty())
        return needsAttention(entry, errors.constFirst().rule, joinedMessages(errors));

    OutboxEntry sent = entry;
    sent.payload = payload;
    const ChangeCaseRequest request = change.request;
    transmit<ChangeCaseOutcome>(
        sent, [this, request](const ApiCallback<ChangeCaseOutcome> &done) { m_caseClient->changeCase(request, done); },
        [request](const ChangeCaseOutcome &moved) {
            return OutboxPayload::encode(ChangeCaseResult{moved.caseId, moved.newCase, request.activityIds});
        });
}

void OutboxDispatcher::sendCallback(const OutboxEntry &entry)
{
    const auto draft = OutboxPayload::callback(entry.payload);
    if (!draft)
        return needsAttention(entry, u"payload"_s, unreadable());
    transmit<CallbackOutcome>(
        entry, [this, draft](const ApiCallback<CallbackOutcome> &done) { m_jtelClient->createEvent(*draft, done); },
        [](const CallbackOutcome &outcome) { return OutboxPayload::encode(outcome); });
}

// Whether an entry queued before this one (the same user's) moved or reassigned one of these
// activities without the cache knowing it when this one was queued: this one's lastModified then
// names the state before that change, and the server would refuse it as changed by someone else
// (409). That is so when the earlier one was applied after this one was queued (another process
// queued them side by side), or before, but its read-back came later (the same replay) or never
// (it failed, or the process ended first).
bool OutboxDispatcher::changedByEarlierEntry(const OutboxEntry &entry,
                                             const QList<qint64> &ids) const
{
    // unknown (a failed read) is not "unchanged": reading first costs one request
    const auto changed = OutboxStore(m_database).changedUncachedAt(entry.seq, entry.createdAt, ids);
    return !changed.ok() || changed.value;
}

bool OutboxDispatcher::needsFreshTimes(const OutboxEntry &entry, const QList<qint64> &ids) const
{
    return entry.lastErrorCode == ChangedSinceRead || changedByEarlierEntry(entry, ids);
}

// The activities are read first when the request needs what the cache lacks (a lastModified:
// mandatory for a department transfer, D3), when an earlier entry of this outbox changed them
// after this one was queued, or after the server said they changed since they were read (409:
// the user's retry is "refresh and send again").
void OutboxDispatcher::sendReassign(const OutboxEntry &entry)
{
    auto queued = OutboxPayload::reassign(entry.payload);
    if (!queued)
        return needsAttention(entry, u"payload"_s, unreadable());
    const QList<qint64> ids = queued->request.activityIds();
    const auto cached = ActivityStore(m_database).summariesByIds(ids);
    bool complete = !needsFreshTimes(entry, ids);
    QHash<qint64, qint64> lastModified;
    for (const Activity &activity : cached.value)
        lastModified.insert(activity.id, activity.lastModifiedMs);
    for (ReassignRequest::Item &item : queued->request.activities) {
        if (!item.lastModifiedMs)
            item.lastModifiedMs = lastModified.value(item.id);
        complete = complete && item.lastModifiedMs;
    }
    if (complete)
        return transmitReassign(entry, *queued, ids, cached.value);

    QPointer<OutboxDispatcher> self(this);
    m_caseClient->activitiesByIds(
        ids, [self, entry, queued = *queued, ids](const ApiResult<QList<Activity>> &read) mutable {
            if (!self)
                return;
            if (!read.ok()) {
                if (auto failure = OutboxStore(self->m_database).markInFlight(entry.id))
                    return self->stopOnCacheError(entry, u"marking in flight"_s, failure->message);
                return self->failed(entry, *read.error, FailedCall::Read);
            }
            ActivityStore(self->m_database).upsert(read.value);
            for (ReassignRequest::Item &item : queued.request.activities) {
                for (const Activity &activity : read.value) {
                    if (activity.id == item.id)
                        item.lastModifiedMs = activity.lastModifiedMs;
                }
            }
            self->transmitReassign(entry, queued, ids, read.value);
        });
}

void OutboxDispatcher::transmitReassign(const OutboxEntry &entry, const QueuedReassign &reassign,
                                        const QList<qint64> &chunkIds,
                                        const QList<Activity> &knownActivities)
{
    OutboxStore outbox(m_database);
    const QByteArray payload = OutboxPayload::encode(reassign);
    if (payload != entry.payload) {
        // what is actually sent: the outbox view and an evidence check after a crash see it
        if (auto error = outbox.resolvePayload(entry.id, payload))
            return stopOnCacheError(entry, u"rewriting"_s, error->message);
    }
    // the rules again from what is known now: the activities may have moved since queueing
    ReassignValidator::Context context;
    context.eceDialect = m_caseClient->dialect() == ReassignRoute::Dialect::EceV12;
    context.callerLogin = reassign.callerLogin;
    const QList<ValidationError> errors
        = ReassignValidator::validate(reassign.request, knownActivities, context);
    if (!errors.isEmpty())
        return needsAttention(entry, errors.constFirst().rule, joinedMessages(errors));
    // D3: a department transfer names each activity's last modification
    if (reassign.request.operation == ReassignRequest::Operation::TransferToDepartment) {
        for (const ReassignRequest::Item &item : reassign.request.activities) {
            if (!item.lastModifiedMs)
                return needsAttention(entry, u"D5"_s,
                                      tr("Activity %1 could not be read from the server; it may "
                                         "not exist any more.")
                                          .arg(item.id));
        }
    }

    OutboxEntry sent = entry;
    sent.payload = payload;
    const ReassignRequest request = reassign.request;
    transmit<bool>(
        sent,
        [this, request](const ApiCallback<bool> &done) { m_caseClient->reassign(request, done); },
        [chunkIds](const bool &) { return OutboxPayload::encode(ReassignResult {chunkIds}); });
}

// --- outcomes ---------------------------------------------------------------------------------

void OutboxDispatcher::succeeded(const OutboxEntry &entry, const QByteArray &result)
{
    if (auto error = OutboxStore(m_database).markDone(entry.id, result))
        return stopOnCacheError(entry, u"marking done"_s, error->message);
    publish(entry.id);
    emit serverAnswered(entry.server);
    OutboxEntry applied = entry;
    applied.result = result;
    const QList<qint64> activities = affectedActivities(applied);
    if (!activities.isEmpty()) {
        Replay *replay = m_replays.value(entry.server);
        replay->readBack += activities;
        replay->readBackEntries.append(entry.id);
        return runNext(entry.server);
    }
    QPointer<OutboxDispatcher> self(this);
    applyEffects(applied, [self, server = entry.server] {
        if (self)
            self->runNext(server);
    });
}

void OutboxDispatcher::needsAttention(const OutboxEntry &entry, const QString &code,
                                      const QString &message)
{
    if (auto error = OutboxStore(m_database).markNeedsAttention(entry.id, code, message))
        return stopOnCacheError(entry, u"marking needs attention"_s, error->message);
    qCInfo(lcCache).noquote() << "outbox:" << entry.id << "needs attention:" << code;
    publish(entry.id);
    // the entries after it do not wait for the user (unless they depend on it)
    runNext(entry.server);
}

void OutboxDispatcher::failed(const OutboxEntry &entry, const ApiError &error, FailedCall call)
{
    const bool refused = call != FailedCall::Evidence && error.kind == ApiError::Kind::Http
        && !error.transient && !error.outcomeUnknown;
    if (refused) {
        emit serverAnswered(entry.server);
        if (call == FailedCall::Operation && entry.kind == OutboxEntry::Kind::Reassign
            && error.httpStatus == 409) {
            return needsAttention(entry, ChangedSinceRead,
                                  tr("Changed on the server since you read it: refresh and send "
                                     "again (Retry reads the activities first). %1")
                                      .arg(error.message()));
        }
        return needsAttention(entry, errorCode(error), error.message());
    }

    // An answer that could not be read still means the server applied it; and a failed look
    // for evidence leaves the outcome as unknown as it was. A read before sending says
    // nothing about the write, which has not left.
    const bool maybeApplied = call == FailedCall::Evidence
        || (call == FailedCall::Operation
            && (error.outcomeUnknown || error.kind == ApiError::Kind::Decode));
    OutboxStore outbox(m_database);
    // after a refused sign-in it is due at once: the next replay() follows a new sign-in
    const bool signedOut = error.kind == ApiError::Kind::Authentication;
    const QDateTime next = QDateTime::currentDateTimeUtc().addMSecs(
        signedOut ? 0
                  : RetryBackoff::delay(entry.attempts + 1, QRandomGenerator::global()->generateDouble())
                        .count());
    const CacheStatus stored
        = maybeApplied ? outbox.markOutcomeUnknown(entry.id, errorCode(error), error.message(), next)
                       : outbox.markTransientFailure(entry.id, errorCode(error), error.message(), next);
    if (stored)
        return stopOnCacheError(entry, u"recording a failure of"_s, stored->message);
    qCInfo(lcCache).noquote() << "outbox:" << entry.id << "will be retried:" << error.message();
    if (signedOut)
        m_replays.value(entry.server)->waitingForSignIn = true;
    publish(entry.id);
    // in order: nothing after it goes to this server before it
    finishReplay(entry.server);
}

// --- effects ----------------------------------------------------------------------------------

QList<qint64> OutboxDispatcher::affectedActivities(const OutboxEntry &entry)
{
    switch (entry.kind) {
    case OutboxEntry::Kind::CreateCalltrack:
        if (const auto result = OutboxPayload::calltrackResult(entry.result))
            return {result->activityId};
        break;
    case OutboxEntry::Kind::ChangeCase:
        if (const auto result = OutboxPayload::changeCaseResult(entry.result))
            return result->activityIds;
        break;
    case OutboxEntry::Kind::Reassign:
        if (const auto result = OutboxPayload::reassignResult(entry.result))
            return result->activityIds;
        break;
    case OutboxEntry::Kind::CreateCallback:
        break;
    }
    return {};
}

void OutboxDispatcher::applyEffects(const OutboxEntry &entry, const std::function<void()> &done)
{
    switch (entry.kind) {
    case OutboxEntry::Kind::CreateCalltrack:
    case OutboxEntry::Kind::ChangeCase:
    case OutboxEntry::Kind::Reassign:
        break; // read back when the replay ends (affectedActivities)
    case OutboxEntry::Kind::CreateCallback:
        if (const auto result = OutboxPayload::callbackResult(entry.result))
            return ReadBack::acdEvent(m_jtelClient, m_database, m_notifier, this, result->eventId,
                                      ignoreError(done));
        break;
    }
    done();
}
