#include "agentdeskctl/serversession.h"

#include "auth/ecesessionauthenticator.h"
#include "auth/oauthauthenticator.h"
#include "core/commandline.h"

namespace {

ApiError notSignedIn(const Profile &profile, const QString &detail)
{
    ApiError error;
    error.kind = ApiError::Kind::Authentication;
    error.host = profile.caseBaseUrl.host();
    error.detail = detail;
    return error;
}

// The one place that decides which exit code a failed server call gives.
int exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls: // like no connection: the answer never arrived from this server
        return CommandLine::ExitUnreachable;
    case ApiError::Kind::Http:
        // the transport has already retried a transient status (503, 429, …) until giving up
        return error.transient ? CommandLine::ExitUnreachable : CommandLine::ExitRejected;
    case ApiError::Kind::Authentication:
        return CommandLine::ExitAuthentication;
    case ApiError::Kind::Decode:
    case ApiError::Kind::Configuration:
        break;
    }
    return CommandLine::ExitFailure;
}

} // namespace

ServerSession::ServerSession(const Profile &profile, bool forceLogin, QObject *parent)
    : QObject(parent)
    , m_credentials(new CredentialStore(this))
    , m_connections(new ServerConnections(profile, m_credentials, &m_network, this))
{
    if (EceSessionAuthenticator *ece = m_connections->eceSession())
        ece->setForceLogin(forceLogin);
}

void ServerSession::withSecrets(const std::function<void()> &call)
{
    m_connections->loadSecrets([this, call](const QString &error) {
        if (!error.isEmpty()) {
            fail(CommandLine::ExitFailure, error);
            return;
        }
        OAuthAuthenticator *oauth = m_connections->oauth();
        if (oauth && profile().oauthFlow == Profile::OAuthFlow::UserPkce) {
            const QString signIn
                = QCoreApplication::translate(
                      "agentdeskctl",
                      "not signed in, or the sign-in has expired; run agentdeskctl "
                      "login --profile %1")
                      .arg(profile().name);
            if (!oauth->hasCredentials()) {
                fail(notSignedIn(profile(), signIn));
                return;
            }
            // a token refused mid-run would open a browser sign-in nobody is there to finish
            connect(oauth, &OAuthAuthenticator::authorizationUrlReady, this,
                    [this, signIn] { fail(notSignedIn(profile(), signIn)); });
        }
        call();
    });
}

void ServerSession::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    emit finishing();
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
    fail(exitCodeFor(error), error.message());
}

void ServerSession::fail(int exitCode, const QString &message)
{
    if (m_finishing)
        return;
    CommandLine::printError(message);
    finish(exitCode);
}
