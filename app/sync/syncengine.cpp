#include "sync/syncengine.h"

#include "api/casemanagerclient.h"
#include "api/jtelclient.h"
#include "cache/cachedatabase.h"
#include "cache/calltracksubtypestore.h"
#include "cache/syncstatestore.h"
#include "core/backgroundpool.h"
#include "core/timestamps.h"
#include "domain/activityquery.h"
#include "sync/retrybackoff.h"

#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using State = ServerStatus::State;

namespace {

// SyncStateStore keys (the server is OutboxEntry::serverName())
const QString lastSyncAtKey = u"lastSyncAt"_s; // epoch ms of the last successful sync
const QString modifiedKey = u"lastModifiedMs"_s; // case: the incremental high-water mark
const QString modifiedUserKey = u"lastModifiedUser"_s; // case: whose activities it counts

// An incremental pull asks from a little before the newest change already seen: a server
// cluster whose nodes' clocks differ, or a transaction that commits after a later one, can
// make a change appear with an older lastModified than one we already have. Re-fetched
// activities that did not change are not written.
constexpr qint64 modifiedOverlapMs = 5 * 60'000;

double uniformRandom()
{
    return QRandomGenerator::global()->generateDouble();
}

std::optional<CacheError> saveState(CacheDatabase &database, SyncEngine::Server server,
                                    const QList<std::pair<QString, QString>> &values)
{
    SyncStateStore store(database);
    for (const auto &[key, value] : values) {
        if (auto error = store.set(OutboxEntry::serverName(server), key, value))
            return error;
    }
    return std::nullopt;
}

QString msText(const QDateTime &time)
{
    return QString::number(time.toMSecsSinceEpoch());
}

} // namespace

// One pull of the case server, carried through its asynchronous steps.
struct SyncEngine::CasePull
{
    QDateTime startedAt;
    QList<ActivityQuery> queries; // the user's activities first, when there is a user
    qsizetype next = 0;
    bool firstIsMine = false;
    QList<Activity> found;
    qint64 newestMine = 0;
};

SyncEngine::SyncEngine(CaseManagerClient *caseClient, JtelClient *jtelClient,
                       CacheDatabase &database, CacheNotifier *notifier, QString userName,
                       QObject *parent)
    : QObject(parent)
    , m_caseClient(caseClient)
    , m_jtelClient(jtelClient)
    , m_database(database)
    , m_notifier(notifier)
    , m_userName(std::move(userName))
{
    for (const Server server : {Server::Case, Server::Jtel}) {
        ServerRun &r = run(server);
        r.status.state = hasClient(server) ? State::Connecting : State::SignedOut;
        r.timer = new QTimer(this);
        r.timer->setSingleShot(true);
        // the status names the time of the next attempt (ServerStatus::nextRetryAt), and a
        // coarse timer may fire up to 5 % of its interval early: 0.5 s of a 10 s back-off
        r.timer->setTimerType(Qt::PreciseTimer);
        connect(r.timer, &QTimer::timeout, this, [this, server] { syncNow(server); });
    }
    loadSyncState();
}

SyncEngine::~SyncEngine()
{
    // a worker still uses the database and the notifier
    BackgroundPool::waitForWork(this);
}

// A few rows, read once: small enough for the constructing thread.
void SyncEngine::loadSyncState()
{
    SyncStateStore store(m_database);
    const auto value = [&store](Server server, const QString &key) {
        const auto result = store.get(OutboxEntry::serverName(server), key);
        return result.ok() ? result.value.value_or(QString()) : QString();
    };
    for (const Server server : {Server::Case, Server::Jtel}) {
        bool ok = false;
        const qint64 ms = value(server, lastSyncAtKey).toLongLong(&ok);
        if (ok)
            run(server).status.lastSyncAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    m_modifiedMs = value(Server::Case, modifiedKey).toLongLong();
    m_modifiedUser = value(Server::Case, modifiedUserKey);
}

SyncEngine::ServerRun &SyncEngine::run(Server server)
{
    return server == Server::Case ? m_caseRun : m_jtelRun;
}

const SyncEngine::ServerRun &SyncEngine::run(Server server) const
{
    return server == Server::Case ? m_caseRun : m_jtelRun;
}

bool SyncEngine::hasClient(Server server) const
{
    return server == Server::Case ? !m_caseClient.isNull() : !m_jtelClient.isNull();
}

void SyncEngine::setReplay(Replay replay)
{
    m_replay = std::move(replay);
}

void SyncEngine::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollInterval = interval;
    for (const Server server : {Server::Case, Server::Jtel}) {
        ServerRun &r = run(server);
        if (m_started && r.timer->isActive() && r.failures == 0)
            r.timer->start(RetryBackoff::jittered(m_pollInterval, uniformRandom()));
    }
}

void SyncEngine::start()
{
    m_started = true;
    for (const Server server : {Server::Case, Server::Jtel}) {
        if (hasClient(server) && !run(server).running)
            begin(server);
    }
}

void SyncEngine::stop()
{
    m_started = false;
    for (const Server server : {Server::Case, Server::Jtel}) {
        ServerRun &r = run(server);
        r.timer->stop();
        if (r.status.nextRetryAt.isValid()) {
            ServerStatus next = r.status;
            next.nextRetryAt = {};
            setStatus(server, next);
        }
    }
}

void SyncEngine::syncNow(Server server)
{
    if (!hasClient(server)) {
        QMetaObject::invokeMethod(
            this, [this, server] { emit syncFinished(server, false); }, Qt::QueuedConnection);
        return;
    }
    ServerRun &r = run(server);
    if (r.running)
        r.again = true;
    else
        begin(server);
}

void SyncEngine::syncNow()
{
    syncNow(Server::Case);
    syncNow(Server::Jtel);
}

bool SyncEngine::isSyncing(Server server) const
{
    return run(server).running;
}

void SyncEngine::watchCase(qint64 caseId)
{
    if (m_watchedCases.contains(caseId))
        return;
    m_watchedCases.insert(caseId);
    syncNow(Server::Case);
}

void SyncEngine::unwatchCase(qint64 caseId)
{
    m_watchedCases.remove(caseId);
}

void SyncEngine::watchQueues(const QSet<qint64> &queueIds)
{
    const bool grows = !m_watchedQueues.contains(queueIds);
    m_watchedQueues = queueIds;
    if (grows)
        syncNow(Server::Case);
}

ServerStatus SyncEngine::status(Server server) const
{
    return run(server).status;
}

void SyncEngine::serverAnswered(Server server)
{
    ServerRun &r = run(server);
    if (r.status.state != State::Offline && r.status.state != State::Connecting)
        return;
    ServerStatus next = r.status;
    next.state = State::Online;
    next.nextRetryAt = {};
    next.lastError.clear();
    setStatus(server, next);
    // from the event loop: this runs inside the dispatcher's replay, which the sync joins
    if (m_started && !r.running && r.failures > 0)
        r.timer->start(0);
}

void SyncEngine::begin(Server server)
{
    ServerRun &r = run(server);
    r.running = true;
    r.again = false;
    r.timer->stop();
    emit syncStarted(server);
    if (r.status.state != State::Online && r.status.state != State::Offline) {
        ServerStatus next = r.status;
        next.state = State::Connecting;
        setStatus(server, next);
    }
    if (!m_replay) {
        pull(server);
        return;
    }
    // the outbox first: a pull must never overwrite a change that is still queued here
    QPointer<SyncEngine> self(this);
    auto called = std::make_shared<bool>(false);
    m_replay(server, [self, server, called] {
        if (*called || !self)
            return;
        *called = true;
        self->pull(server);
    });
}

void SyncEngine::pull(Server server)
{
    if (!hasClient(server)) {
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.detail = tr("No server of this kind is configured in the profile.");
        finish(server, error, std::nullopt, {});
        return;
    }
    if (server == Server::Jtel)
        pullJtel();
    else
        pullCase();
}

void SyncEngine::pullJtel()
{
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    QPointer<SyncEngine> self(this);
    m_jtelClient->listEvents([self, startedAt](const ApiResult<QList<AcdEvent>> &result) {
        if (!self)
            return;
        if (!result.ok()) {
            self->finish(Server::Jtel, result.error, std::nullopt, {});
            return;
        }
        // the list (up to 150 MB of records) is diffed and written on a worker, which also
        // holds the last reference to it: freeing 100k records does not stall this thread
        self->onWorker(
            [database = &self->m_database, notifier = self->m_notifier, events = result.value,
             startedAt] {
                SyncWriter::Result written
                    = SyncWriter::writeAcdEvents(*database, notifier, events);
                if (!written.error)
                    written.error
                        = saveState(*database, Server::Jtel, {{lastSyncAtKey, msText(startedAt)}});
                return written;
            },
            [self, startedAt](const SyncWriter::Result &written) {
                self->finish(Server::Jtel, std::nullopt, written.error, startedAt);
            });
    });
}

void SyncEngine::pullCase()
{
    auto pull = std::make_shared<CasePull>();
    pull->startedAt = QDateTime::currentDateTimeUtc();
    // an API client has no activities of its own and may not search by user (eGain v3 §9)
    if (!m_userName.isEmpty()) {
        ActivityQuery mine;
        mine.assignedUserName = m_userName;
        if (m_modifiedMs > 0 && m_modifiedUser == m_userName)
            mine.lastModifiedFromMs = std::max<qint64>(1, m_modifiedMs - modifiedOverlapMs);
        pull->queries.append(mine);
        pull->firstIsMine = true;
    }
    QList<qint64> watched(m_watchedCases.cbegin(), m_watchedCases.cend());
    std::sort(watched.begin(), watched.end());
    for (const qint64 caseId : std::as_const(watched)) {
        ActivityQuery ofCase;
        ofCase.caseId = caseId;
        pull->queries.append(ofCase);
    }
    // an API client may not search by queue (eGain v3 §9): it has no Team pane to fill
    QList<qint64> queues;
    if (!m_userName.isEmpty())
        queues = QList<qint64>(m_watchedQueues.cbegin(), m_watchedQueues.cend());
    std::sort(queues.begin(), queues.end());
    for (const qint64 queueId : std::as_const(queues)) {
        ActivityQuery inQueue;
        inQueue.queueId = queueId;
        pull->queries.append(inQueue);
    }
    // First the calltrack subtypes and their departments, so a calltrack can be logged offline
    // with the tenant's values. A refusal keeps the cached list and the pull goes on; a server
    // out of reach ends it as the searches would.
    QPointer<SyncEngine> self(this);
    m_caseClient->calltrackSubtypes([self,
                                     pull](const ApiResult<QList<CalltrackSubtype>> &subtypes) {
        if (!self)
            return;
        if (!subtypes.ok() && subtypes.error->kind != ApiError::Kind::Http) {
            self->finish(Server::Case, subtypes.error, std::nullopt, {});
            return;
        }
        if (!subtypes.ok()) {
            self->searchNext(pull);
            return;
        }
        self->onWorker(
            [database = &self->m_database, list = subtypes.value] {
                return SyncWriter::Result {CalltrackSubtypeStore(*database).replaceAll(list), {}};
            },
            [self, pull](const SyncWriter::Result &) {
                if (self)
                    self->searchNext(pull);
            });
    });
}

// one search after the other: the server sees one request of ours at a time
void SyncEngine::searchNext(const std::shared_ptr<CasePull> &pull)
{
    if (pull->next == pull->queries.size()) {
        storeActivities(pull);
        return;
    }
    const bool mine = pull->firstIsMine && pull->next == 0;
    const ActivityQuery query = pull->queries.at(pull->next++);
    QPointer<SyncEngine> self(this);
    m_caseClient->searchActivities(
        query, [self, pull, mine](const ApiResult<QList<Activity>> &result) {
            if (!self)
                return;
            if (!result.ok()) {
                self->finish(Server::Case, result.error, std::nullopt, {});
                return;
            }
            if (mine) {
                for (const Activity &activity : result.value)
                    pull->newestMine = std::max(pull->newestMine, activity.lastModifiedMs);
            }
            pull->found += result.value;
            self->searchNext(pull);
        });
}

void SyncEngine::storeActivities(const std::shared_ptr<CasePull> &pull)
{
    QList<Activity> found;
    found.swap(pull->found);
    onWorker([database = &m_database, notifier = m_notifier,
              found] { return SyncWriter::writeActivities(*database, notifier, found); },
             [this, pull](const SyncWriter::Result &written) {
                 if (written.error) {
                     finish(Server::Case, std::nullopt, written.error, {});
                     return;
                 }
                 if (written.caseIds.isEmpty()) {
                     storeCases(pull, {});
                     return;
                 }
                 QPointer<SyncEngine> self(this);
                 m_caseClient->casesByIds(
                     written.caseIds, [self, pull](const ApiResult<QList<Case>> &cases) {
                         if (!self)
                             return;
                         if (!cases.ok())
                             self->finish(Server::Case, cases.error, std::nullopt, {});
                         else
                             self->storeCases(pull, cases.value);
                     });
             });
}

// The high-water mark moves only now: had the cases failed, the next pull would not fetch
// these activities again, and their cases would be missing.
void SyncEngine::storeCases(const std::shared_ptr<CasePull> &pull, const QList<Case> &cases)
{
    const qint64 newest = m_modifiedUser == m_userName ? std::max(m_modifiedMs, pull->newestMine)
                                                       : pull->newestMine;
    QList<std::pair<QString, QString>> state {{lastSyncAtKey, msText(pull->startedAt)}};
    if (pull->firstIsMine && newest > 0)
        state += {{modifiedKey, QString::number(newest)}, {modifiedUserKey, m_userName}};
    onWorker(
        [database = &m_database, notifier = m_notifier, cases, state] {
            SyncWriter::Result written;
            if (!cases.isEmpty())
                written = SyncWriter::writeCases(*database, notifier, cases);
            if (!written.error)
                written.error = saveState(*database, Server::Case, state);
            return written;
        },
        [this, pull, newest](const SyncWriter::Result &written) {
            if (!written.error && pull->firstIsMine && newest > 0) {
                m_modifiedMs = newest;
                m_modifiedUser = m_userName;
            }
            finish(Server::Case, std::nullopt, written.error, pull->startedAt);
        });
}

void SyncEngine::finish(Server server, const std::optional<ApiError> &apiError,
                        const std::optional<CacheError> &cacheError, const QDateTime &syncedAt)
{
    ServerRun &r = run(server);
    r.running = false;
    const bool ok = !apiError && !cacheError;
    ServerStatus next = r.status;
    next.nextRetryAt = {};
    std::optional<std::chrono::milliseconds> wait;
    if (ok) {
        r.failures = 0;
        next.state = State::Online;
        next.lastSyncAt = syncedAt;
        next.lastError.clear();
        wait = RetryBackoff::jittered(m_pollInterval, uniformRandom());
    } else if (apiError && apiError->kind == ApiError::Kind::Authentication) {
        // no automatic retry: repeating refused credentials can lock the account; signing in
        // again calls syncNow()
        next.state = State::NeedsCredentials;
        next.lastError = apiError->message();
    } else if (apiError && apiError->kind == ApiError::Kind::Configuration) {
        next.state = State::SignedOut;
        next.lastError = apiError->message();
    } else {
        ++r.failures;
        if (apiError) {
            next.state = State::Offline;
            next.lastError = apiError->message();
        } else {
            // the server answered; only the local cache failed (a full disk, say)
            if (next.state == State::Connecting)
                next.state = State::Online;
            next.lastError
                = tr("The local cache could not be updated: %1").arg(cacheError->message);
        }
        wait = RetryBackoff::delay(r.failures, uniformRandom());
        if (m_started)
            next.nextRetryAt = QDateTime::currentDateTimeUtc().addMSecs(wait->count());
    }
    setStatus(server, next);
    emit syncFinished(server, ok);
    if (r.running) // a receiver of syncFinished started the next run
        return;
    if (r.again)
        begin(server);
    else if (m_started && wait)
        r.timer->start(*wait);
}

void SyncEngine::setStatus(Server server, const ServerStatus &status)
{
    ServerRun &r = run(server);
    if (r.status == status)
        return;
    r.status = status;
    emit statusChanged(server, status);
}

void SyncEngine::onWorker(std::function<SyncWriter::Result()> work,
                          std::function<void(const SyncWriter::Result &)> then)
{
    BackgroundPool::run(this, std::move(work), std::move(then));
}
