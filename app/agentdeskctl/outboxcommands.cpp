#include "agentdeskctl/outboxcommands.h"

#include "agentdeskctl/outboxsession.h"
#include "agentdeskctl/output.h"
#include "agentdeskctl/records.h"
#include "agentdeskctl/serversession.h"
#include "cache/outboxstore.h"
#include "core/commandline.h"
#include "sync/outboxdispatcher.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QList<OutboxEntry::State> Unfinished = {
    OutboxEntry::State::Pending, OutboxEntry::State::InFlight, OutboxEntry::State::NeedsAttention};

QString noSuchEntry(const QString &id)
{
    return QCoreApplication::translate("agentdeskctl",
                                       "There is no outbox entry '%1'; see agentdeskctl outbox "
                                       "list.")
        .arg(id);
}

QString inFlight(const QString &id)
{
    return QCoreApplication::translate("agentdeskctl",
                                       "Outbox entry %1 is being sent right now (by AgentDesk?); "
                                       "try again when that is done.")
        .arg(id);
}

} // namespace

OutboxCommands::OutboxCommands(ServerSession *session, bool json, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_outbox(new OutboxSession(session, this))
    , m_json(json)
{
}

void OutboxCommands::list(bool all)
{
    if (!m_outbox->open())
        return;
    const auto entries
        = OutboxStore(m_outbox->database()).list(all ? QList<OutboxEntry::State>() : Unfinished);
    if (!entries.ok()) {
        m_session->fail(CommandLine::ExitFailure, entries.error->message);
        return;
    }
    Output::printRecords(m_json, entries.value, Records::outboxHeader(), Records::outboxRow,
                         Records::outboxJson);
    m_session->finish(CommandLine::ExitOk);
}

void OutboxCommands::retry(const QString &id)
{
    if (!m_outbox->open())
        return;
    OutboxStore outbox(m_outbox->database());
    const auto stored = outbox.entry(id);
    if (!stored.ok()) {
        m_session->fail(CommandLine::ExitFailure, stored.error->message);
        return;
    }
    if (!stored.value) {
        m_session->fail(CommandLine::ExitUsage, noSuchEntry(id));
        return;
    }
    const OutboxEntry &entry = *stored.value;
    CacheStatus due;
    switch (entry.state) {
    case OutboxEntry::State::NeedsAttention:
        due = outbox.retry(id);
        break;
    case OutboxEntry::State::Pending:
        // a waiting entry is sent now rather than after its back-off
        due = outbox.updatePayload(id, entry.payload);
        break;
    case OutboxEntry::State::InFlight:
        m_session->fail(CommandLine::ExitFailure, inFlight(id));
        return;
    case OutboxEntry::State::Done:
        m_session->fail(
            CommandLine::ExitUsage,
            QCoreApplication::translate("agentdeskctl", "Outbox entry %1 was applied already.")
                .arg(id));
        return;
    }
    if (due) {
        m_session->fail(CommandLine::ExitFailure, due->message);
        return;
    }
    m_session->withSecrets([this, id, server = entry.server] {
        m_outbox->dispatcher()->replay(server, [this, id] {
            const auto sent = OutboxStore(m_outbox->database()).entry(id);
            if (!sent.ok() || !sent.value) {
                m_session->fail(CommandLine::ExitFailure,
                                sent.ok() ? noSuchEntry(id) : sent.error->message);
                return;
            }
            const bool applied = sent.value->state == OutboxEntry::State::Done;
            report(applied ? QList<OutboxEntry>() : QList<OutboxEntry> {*sent.value},
                   QCoreApplication::translate("agentdeskctl", "Outbox entry %1 was applied.")
                       .arg(id));
        });
    });
}

void OutboxCommands::discard(const QString &id)
{
    if (!m_outbox->open())
        return;
    if (const CacheStatus error = OutboxStore(m_outbox->database()).discard(id)) {
        switch (error->kind) {
        case CacheError::Kind::NotFound:
            m_session->fail(CommandLine::ExitUsage, noSuchEntry(id));
            return;
        case CacheError::Kind::WrongState:
            m_session->fail(CommandLine::ExitFailure, inFlight(id));
            return;
        default:
            m_session->fail(CommandLine::ExitFailure, error->message);
            return;
        }
    }
    Output::printLine(
        QCoreApplication::translate("agentdeskctl", "Outbox entry %1 discarded.").arg(id));
    m_session->finish(CommandLine::ExitOk);
}

void OutboxCommands::flush()
{
    if (!m_outbox->open())
        return;
    m_session->withSecrets([this] {
        m_outbox->flush([this] {
            const auto left = OutboxStore(m_outbox->database()).list(Unfinished);
            if (!left.ok()) {
                m_session->fail(CommandLine::ExitFailure, left.error->message);
                return;
            }
            report(
                left.value,
                QCoreApplication::translate("agentdeskctl", "Nothing is waiting in the outbox."));
        });
    });
}

void OutboxCommands::report(const QList<OutboxEntry> &unfinished, const QString &doneMessage)
{
    if (m_json || !unfinished.isEmpty()) {
        Output::printRecords(m_json, unfinished, Records::outboxHeader(), Records::outboxRow,
                             Records::outboxJson);
    }
    if (unfinished.isEmpty()) {
        if (!m_json)
            Output::printLine(doneMessage);
        m_session->finish(CommandLine::ExitOk);
        return;
    }
    const auto refused = [](const OutboxEntry &entry) {
        return entry.state == OutboxEntry::State::NeedsAttention;
    };
    const int refusedCount = int(std::count_if(unfinished.cbegin(), unfinished.cend(), refused));
    const int waitingCount = int(unfinished.size()) - refusedCount;
    const bool signedOut
        = std::any_of(unfinished.cbegin(), unfinished.cend(), [&](const OutboxEntry &entry) {
              return !refused(entry)
                  && OutboxSession::queuedExitCode(entry.lastErrorCode)
                  == CommandLine::ExitAuthentication;
          });
    QStringList lines;
    if (refusedCount > 0) {
        lines.append(QCoreApplication::translate("agentdeskctl",
                                                 "%n outbox entries were refused by the server "
                                                 "and need attention; agentdeskctl outbox "
                                                 "discard ID removes one.",
                                                 nullptr, refusedCount));
    }
    if (waitingCount > 0 && signedOut) {
        lines.append(QCoreApplication::translate("agentdeskctl",
                                                 "Not signed in: %n outbox entries wait. Sign in "
                                                 "with agentdeskctl login --profile %1, then run "
                                                 "agentdeskctl outbox flush.",
                                                 nullptr, waitingCount)
                         .arg(m_session->profile().name));
    } else if (waitingCount > 0) {
        lines.append(QCoreApplication::translate("agentdeskctl",
                                                 "%n outbox entries wait: the server could not "
                                                 "be reached, or an entry before them is not "
                                                 "applied yet. agentdeskctl outbox flush or "
                                                 "AgentDesk sends them later.",
                                                 nullptr, waitingCount));
    }
    // a refused entry waits for a person whatever else waits, so it decides first
    const int exitCode = refusedCount > 0 ? CommandLine::ExitRejected
        : signedOut                       ? CommandLine::ExitAuthentication
                                          : CommandLine::ExitUnreachable;
    m_session->fail(exitCode, lines.join(u'\n'));
}
