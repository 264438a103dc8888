#include "agentdeskctl/serversession.h"

#include "auth/ecesessionauthenticator.h"
#include "core/commandline.h"

ServerSession::ServerSession(const Profile &profile, bool forceLogin, QObject *parent)
    : QObject(parent)
    , m_credentials(new CredentialStore(this))
    , m_connections(new ServerConnections(profile, m_credentials, &m_network, this))
{
    if (EceSessionAuthenticator *ece = m_connections->eceSession())
        ece->setForceLogin(forceLogin);
}

void ServerSession::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    EceSessionAuthenticator *ece = m_connections->eceSession();
    if (!ece || !ece->hasCredentials()) {
        QCoreApplication::exit(exitCode);
        return;
    }
    connect(ece, &EceSessionAuthenticator::loggedOut, this,
            [exitCode] { QCoreApplication::exit(exitCode); });
    ece->logout();
}

void ServerSession::fail(ApiError error)
{
    if (m_finishing)
        return;
    // Until the first login succeeded nothing but the login went to ECE, so an error that looks
    // like the session limit is that limit: say how to get past it, and count it as sign-in.
    const EceSessionAuthenticator *ece = m_connections->eceSession();
    if (ece && ece->loginCount() == 0 && EceSessionAuthenticator::isSessionLimit(error)) {
        error.kind = ApiError::Kind::Authentication;
        error.detail = QCoreApplication::translate(
                           "agentdeskctl",
                           "%1 already has the most sessions ECE allows. Run the command again "
                           "with --force to end the oldest session (that signs the user out "
                           "there).")
                           .arg(profile().userName);
    }
    fail(CommandLine::exitCodeFor(error), error.message());
}

void ServerSession::fail(int exitCode, const QString &message)
{
    if (m_finishing)
        return;
    CommandLine::printError(message);
    finish(exitCode);
}
