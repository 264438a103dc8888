#include "agentdeskctl/synccommands.h"

#include "agentdeskctl/outboxsession.h"
#include "agentdeskctl/output.h"
#include "agentdeskctl/records.h"
#include "agentdeskctl/serversession.h"
#include "cache/outboxstore.h"
#include "core/commandline.h"
#include "sync/outboxdispatcher.h"
#include "sync/syncengine.h"

#include <QCoreApplication>

#include <algorithm>

SyncCommands::SyncCommands(ServerSession *session, bool json, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_outbox(new OutboxSession(session, this))
    , m_json(json)
{
}

void SyncCommands::sync()
{
    if (!m_outbox->open())
        return;
    m_session->withSecrets([this] {
        ServerConnections *servers = m_session->connections();
        m_engine = m_outbox->syncEngine();
        if (servers->caseClient())
            m_servers.append(OutboxEntry::Server::Case);
        if (servers->jtelClient())
            m_servers.append(OutboxEntry::Server::Jtel);
        m_syncing = m_servers;
        connect(m_engine, &SyncEngine::syncFinished, this,
                [this](OutboxEntry::Server server, bool ok) {
                    m_failed = m_failed || !ok;
                    m_syncing.removeAll(server);
                    if (m_syncing.isEmpty())
                        report();
                });
        for (OutboxEntry::Server server : std::as_const(m_servers))
            m_engine->syncNow(server);
    });
}

void SyncCommands::report()
{
    QList<Records::ServerState> states;
    QStringList errors;
    for (OutboxEntry::Server server : std::as_const(m_servers)) {
        const ServerStatus status = m_engine->status(server);
        states.append({server, status});
        if (!status.lastError.isEmpty())
            errors.append(status.lastError);
    }
    Output::printRecords(m_json, states, Records::serverStateHeader(), Records::serverStateRow,
                         Records::serverStateJson);

    // the replay came first; what it could not send is not the pull's failure, but worth saying
    const auto unfinished = OutboxStore(m_outbox->database())
                                .list({OutboxEntry::State::Pending, OutboxEntry::State::InFlight,
                                       OutboxEntry::State::NeedsAttention});
    if (unfinished.ok() && !unfinished.value.isEmpty()) {
        Output::printNotice(QCoreApplication::translate("agentdeskctl",
                                                        "%n outbox entries are not applied; see "
                                                        "agentdeskctl outbox list.",
                                                        nullptr, int(unfinished.value.size())));
    }
    if (!m_failed) {
        m_session->finish(CommandLine::ExitOk);
        return;
    }
    const auto any = [&states](ServerStatus::State state) {
        return std::any_of(states.cbegin(), states.cend(), [state](const Records::ServerState &s) {
            return s.second.state == state;
        });
    };
    const int exitCode = any(ServerStatus::State::NeedsCredentials)
        ? CommandLine::ExitAuthentication
        : any(ServerStatus::State::Offline) ? CommandLine::ExitUnreachable
                                            : CommandLine::ExitFailure;
    m_session->fail(exitCode, errors.join(u'\n'));
}
