#include "agentdeskctl/outboxsession.h"

#include "agentdeskctl/serversession.h"
#include "cache/cachedatabase.h"
#include "core/commandline.h"
#include "sync/outboxdispatcher.h"

#include <QCoreApplication>

OutboxSession::OutboxSession(ServerSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profile(session->connections())
{
    // a retry that fell due while the command logs out would sign in again, and that session
    // would never be logged out
    connect(session, &ServerSession::finishing, this,
            [this] { m_profile.dispatcher()->stopRetrying(); });
}

bool OutboxSession::open()
{
    const CacheStatus opened = m_profile.open();
    if (!opened)
        return true;
    m_session->fail(CommandLine::ExitFailure,
                    QCoreApplication::translate("agentdeskctl",
                                                "The cache of profile %1 cannot be used (%2): %3")
                        .arg(m_session->profile().name, database().filePath(), opened->message));
    return false;
}

int OutboxSession::queuedExitCode(const QString &lastErrorCode)
{
    return lastErrorCode == OutboxDispatcher::AuthenticationCode ? CommandLine::ExitAuthentication
                                                                 : CommandLine::ExitUnreachable;
}
