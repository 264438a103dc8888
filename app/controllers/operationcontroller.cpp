#include "controllers/operationcontroller.h"

#include "api/apierror.h"
#include "cache/cachedatabase.h"
#include "cache/outboxstore.h"
#include "sync/outboxdispatcher.h"

#include <QPointer>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// A refusal as people read it: the server's own words first, then a details line with the
// host, the HTTP status and the server's code (ApiError::message() puts the words last, after
// "Server code <code>: "). Refusals of AgentDesk's own (a dependency, a rule checked again
// before sending) have no such part and stay as they are.
std::pair<QString, QString> refusalInWords(const QString &code, const QString &message)
{
    const QString marker = ApiError::tr("Server code %1: %2").arg(code, QString());
    const qsizetype at = code.isEmpty() ? -1 : message.indexOf(marker);
    if (at < 0)
        return {message, {}};
    QString words = message.mid(at + marker.size()).trimmed();
    // a rule id in front ("P8: activity 81003 is locked …") goes to the details
    static const QRegularExpression ruleId(uR"(^([A-Z]{1,2}[0-9]{1,2}):\s*)"_s);
    const QRegularExpressionMatch rule = ruleId.match(words);
    if (rule.hasMatch())
        words.remove(0, rule.capturedLength());
    if (words.isEmpty())
        return {message, {}};
    words[0] = words[0].toUpper();
    if (!words.endsWith(u'.'))
        words += u'.';
    const QString serverCode = rule.hasMatch() ? u"%1 (%2)"_s.arg(code, rule.captured(1)) : code;
    return {words,
            message.left(at).trimmed() + u' ' + ApiError::tr("Server code %1.").arg(serverCode)};
}

} // namespace

OperationController::OperationController(CacheDatabase &database, OutboxDispatcher *dispatcher,
                                         QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_dispatcher(dispatcher)
{
    connect(m_dispatcher, &OutboxDispatcher::entryUpdated, this, [this](const OutboxEntry &entry) {
        if (!m_busy || !m_entryIds.contains(entry.id) || entry.state != OutboxEntry::State::Done)
            return;
        const auto stored = OutboxStore(m_database).list({OutboxEntry::State::Done});
        int done = 0;
        for (const OutboxEntry &candidate : stored.value)
            done += m_entryIds.contains(candidate.id) ? 1 : 0;
        emit progress(done, int(m_entryIds.size()));
    });
}

bool OperationController::begin(const QList<ValidationError> &errors)
{
    if (m_busy) {
        OperationOutcome outcome;
        outcome.status = OperationOutcome::Status::Invalid;
        outcome.message = tr("The previous operation is still being sent.");
        emit finished(outcome);
        return false;
    }
    if (!errors.isEmpty()) {
        OperationOutcome outcome;
        outcome.status = OperationOutcome::Status::Invalid;
        outcome.errors = errors;
        outcome.message = tr("Nothing was sent: correct the marked fields.");
        emit finished(outcome);
        return false;
    }
    m_busy = true;
    return true;
}

void OperationController::finish(const OperationOutcome &outcome)
{
    m_busy = false;
    m_entryIds.clear();
    emit finished(outcome);
}

void OperationController::enqueueAndSend(QList<OutboxEntry> entries)
{
    OutboxStore outbox(m_database);
    const QStringList refused = std::exchange(m_refusedEntryIds, {});
    if (refused.size() == 1 && entries.size() == 1) {
        // the corrected request takes the refused one's place (and its place in the queue)
        const auto previous = outbox.entry(refused.constFirst());
        if (previous.ok() && previous.value && previous.value->state == OutboxEntry::State::NeedsAttention
            && !outbox.updatePayload(previous.value->id, entries.constFirst().payload)) {
            send({previous.value->id}, previous.value->server);
            return;
        }
    }
    const auto stored = outbox.enqueueAll(std::move(entries));
    if (!stored.ok()) {
        m_refusedEntryIds = refused; // still there, still to be replaced
        OperationOutcome outcome;
        outcome.status = OperationOutcome::Status::Failed;
        outcome.message = tr("The operation could not be stored, so nothing was sent: %1")
                              .arg(stored.error->message);
        finish(outcome);
        return;
    }
    for (const QString &id : refused) {
        // a correction of several requests, now stored: the refused ones go, what was applied
        // stays
        const auto previous = outbox.entry(id);
        if (previous.ok() && previous.value && previous.value->state == OutboxEntry::State::NeedsAttention)
            outbox.discard(id);
    }
    QStringList ids;
    for (const OutboxEntry &entry : stored.value)
        ids.append(entry.id);
    send(ids, stored.value.constFirst().server);
}

void OperationController::send(const QStringList &entryIds, OutboxEntry::Server server)
{
    m_entryIds = entryIds;
    m_server = server;
    emit queued(m_entryIds);
    emit progress(0, int(m_entryIds.size()));
    QPointer<OperationController> self(this);
    m_dispatcher->replay(m_server, [self] {
        if (self)
            self->report();
    });
}

void OperationController::report()
{
    OperationOutcome outcome;
    outcome.entryIds = m_entryIds;
    OutboxStore outbox(m_database);
    QList<OutboxEntry> entries;
    for (const QString &id : std::as_const(m_entryIds)) {
        const auto stored = outbox.entry(id);
        if (!stored.ok() || !stored.value) {
            outcome.status = OperationOutcome::Status::Failed;
            outcome.message = tr("Operation %1 is no longer in the outbox.").arg(id);
            return finish(outcome);
        }
        entries.append(*stored.value);
    }
    for (const OutboxEntry &entry : std::as_const(entries)) {
        if (entry.state == OutboxEntry::State::NeedsAttention) {
            m_refusedEntryIds = m_entryIds;
            outcome.status = OperationOutcome::Status::NeedsAttention;
            outcome.code = entry.lastErrorCode;
            const auto [words, details]
                = refusalInWords(entry.lastErrorCode, entry.lastErrorMessage);
            outcome.message = details.isEmpty()
                ? tr("The server refused it (%1): %2\nIt waits in the outbox to be edited and "
                     "retried, or discarded.")
                      .arg(entry.lastErrorCode, words)
                //: %1 is the server's reason, %2 the host, HTTP status and code
                : tr("%1\nThe server refused it; it waits in the outbox to be edited and "
                     "retried, or discarded.\nDetails: %2")
                      .arg(words, details);
            return finish(outcome);
        }
    }
    const auto notDone = std::find_if(entries.cbegin(), entries.cend(), [](const OutboxEntry &entry) {
        return entry.state != OutboxEntry::State::Done;
    });
    if (notDone == entries.cend()) {
        outcome.status = OperationOutcome::Status::Applied;
        outcome.result = entries.constLast().result;
        outcome.message = appliedMessage(entries.constLast());
        return finish(outcome);
    }
    outcome.status = OperationOutcome::Status::Queued;
    outcome.code = notDone->lastErrorCode;
    const int doneCount = int(notDone - entries.cbegin());
    const QString progressNote = entries.size() > 1
        ? tr("%1 of %2 requests were applied. ").arg(doneCount).arg(entries.size())
        : QString();
    if (notDone->lastErrorCode == OutboxDispatcher::AuthenticationCode) {
        outcome.message = progressNote
            + tr("Queued: it is sent once you are signed in again (%1).").arg(notDone->lastErrorMessage);
        return finish(outcome);
    }
    outcome.message = notDone->lastErrorMessage.isEmpty()
        ? progressNote + tr("Queued: it is sent as soon as the server can be reached.")
        : progressNote + tr("Queued: it is sent as soon as the server can be reached (%1).")
                             .arg(notDone->lastErrorMessage);
    finish(outcome);
}
