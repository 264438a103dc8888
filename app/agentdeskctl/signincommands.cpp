#include "agentdeskctl/signincommands.h"

#include "agentdeskctl/output.h"
#include "agentdeskctl/serversession.h"
#include "api/apitransport.h"
#include "api/jtelclient.h"
#include "auth/ecesessionauthenticator.h"
#include "auth/oauthauthenticator.h"
#include "auth/statictokenauthenticator.h"
#include "core/commandline.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// The keychain write of a new user token is ServerConnections' own; QtKeychain runs its jobs
// in order, so a read after it normally finds the token at once. A few short retries cover a
// backend that reorders.
constexpr int TokenReadAttempts = 5;
constexpr int TokenReadDelayMs = 200;

void readBack(ServerSession *session, const CredentialKey &key, int attempt,
              const std::function<void(bool kept, QString error)> &done)
{
    session->credentials()->read(key, [=](std::optional<QString> secret, const QString &error) {
        if (!error.isEmpty() || secret || attempt >= TokenReadAttempts) {
            done(secret.has_value(), error);
            return;
        }
        QTimer::singleShot(TokenReadDelayMs, session,
                           [=] { readBack(session, key, attempt + 1, done); });
    });
}

} // namespace

SignInCommands::SignInCommands(ServerSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void SignInCommands::login(SecretKeys::Server server, const std::optional<QString> &secret)
{
    const Profile &profile = m_session->profile();
    if (server == SecretKeys::Server::Jtel) {
        loginJtel(secret.value_or(QString()));
        return;
    }
    if (profile.caseDialect == Profile::CaseDialect::EceV12)
        loginEce(secret.value_or(QString()));
    else if (profile.oauthFlow == Profile::OAuthFlow::ClientCredentials)
        loginClient(secret.value_or(QString()));
    else
        loginUser();
}

void SignInCommands::loginEce(const QString &password)
{
    EceSessionAuthenticator *ece = m_session->connections()->eceSession();
    ece->setPassword(password);
    // the login proves the password; the session is not needed afterwards, and ECE counts it
    connect(
        ece, &Authenticator::renewed, this,
        [this, ece, password] {
            connect(
                ece, &EceSessionAuthenticator::loggedOut, this,
                [this, password] {
                    store(ServerConnections::caseSecretKey(m_session->profile()), password);
                },
                Qt::SingleShotConnection);
            ece->logout();
        },
        Qt::SingleShotConnection);
    connect(ece, &Authenticator::renewalFailed, this,
            [this](const ApiError &error) { m_session->fail(error); });
    ece->renew();
}

void SignInCommands::loginClient(const QString &secret)
{
    OAuthAuthenticator *oauth = m_session->connections()->oauth();
    oauth->setClientSecret(secret);
    connect(
        oauth, &Authenticator::renewed, this,
        [this, secret] { store(ServerConnections::caseSecretKey(m_session->profile()), secret); },
        Qt::SingleShotConnection);
    connect(oauth, &Authenticator::renewalFailed, this,
            [this](const ApiError &error) { m_session->fail(error); });
    oauth->renew();
}

void SignInCommands::loginUser()
{
    OAuthAuthenticator *oauth = m_session->connections()->oauth();
    connect(oauth, &OAuthAuthenticator::authorizationUrlReady, this, [](const QUrl &url) {
        //: %1 is the sign-in URL; scripts look for the URL after the colon
        Output::printNotice(QCoreApplication::translate(
                                "agentdeskctl", "Open this URL in your browser to sign in: %1")
                                .arg(url.toString(QUrl::FullyEncoded)));
    });
    connect(
        oauth, &Authenticator::renewed, this,
        [this] {
            readBack(m_session, ServerConnections::accessTokenKey(m_session->profile()), 1,
                     [this](bool kept, const QString &error) {
                         if (!kept) {
                             m_session->fail(CommandLine::ExitFailure,
                                             QCoreApplication::translate(
                                                 "agentdeskctl",
                                                 "Signed in, but the keychain could not keep the "
                                                 "access token: %1")
                                                 .arg(error));
                             return;
                         }
                         signedIn();
                     });
        },
        Qt::SingleShotConnection);
    connect(oauth, &Authenticator::renewalFailed, this,
            [this](const ApiError &error) { m_session->fail(error); });
    oauth->renew();
}

void SignInCommands::loginJtel(const QString &token)
{
    ApiTransport *transport = m_session->connections()->jtelTransport();
    auto *authenticator = new StaticTokenAuthenticator(token, transport->host(), this);
    transport->setAuthenticator(authenticator);
    // jtel has no sign-in call: any read with the token proves it. Event 0 never exists, so the
    // answer is a small 404 (token accepted) or 401 (refused), never the whole event list.
    m_session->connections()->jtelClient()->event(
        0, [this, token](const ApiResult<AcdEvent> &result) {
            if (!result.ok()
                && !(result.error->kind == ApiError::Kind::Http
                     && result.error->httpStatus == 404)) {
                m_session->fail(*result.error);
                return;
            }
            store(ServerConnections::jtelTokenKey(m_session->profile()), token);
        });
}

void SignInCommands::store(const CredentialKey &key, const QString &secret)
{
    m_session->credentials()->write(key, secret, [this](const QString &error) {
        if (!error.isEmpty()) {
            m_session->fail(CommandLine::ExitFailure,
                            QCoreApplication::translate("agentdeskctl",
                                                        "The server accepted the secret, but the "
                                                        "keychain could not keep it: %1")
                                .arg(error));
            return;
        }
        signedIn();
    });
}

void SignInCommands::signedIn()
{
    Output::printLine(QCoreApplication::translate("agentdeskctl", "Signed in with profile %1.")
                          .arg(m_session->profile().name));
    m_session->finish(CommandLine::ExitOk);
}

void SignInCommands::logout(const std::optional<SecretKeys::Server> &server)
{
    const Profile &profile = m_session->profile();
    const QList<CredentialKey> keys
        = server ? SecretKeys::of(profile, *server) : SecretKeys::all(profile);
    SecretKeys::remove(m_session->credentials(), keys, [this](const QString &error) {
        if (!error.isEmpty()) {
            m_session->fail(
                CommandLine::ExitFailure,
                QCoreApplication::translate("agentdeskctl", "The secrets could not be removed: %1")
                    .arg(error));
            return;
        }
        Output::printLine(QCoreApplication::translate("agentdeskctl", "Signed out of profile %1.")
                              .arg(m_session->profile().name));
        m_session->finish(CommandLine::ExitOk);
    });
}
