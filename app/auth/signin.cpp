#include "auth/signin.h"

#include "api/apitransport.h"
#include "auth/ecesessionauthenticator.h"
#include "auth/oauthauthenticator.h"
#include "auth/serverconnections.h"
#include "auth/statictokenauthenticator.h"

#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// The keychain write of a new user token is ServerConnections' own; QtKeychain runs its jobs
// in order, so a read after it normally finds the token at once. A few short retries cover a
// backend that reorders.
constexpr int TokenReadAttempts = 5;
constexpr int TokenReadDelayMs = 200;

} // namespace

SignIn::SignIn(const Profile &profile, CredentialStore *credentials, QNetworkAccessManager *network,
               QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_credentials(credentials)
    , m_network(network)
{
}

SignIn::~SignIn() = default;

bool SignIn::hasServer(const Profile &profile, Server server)
{
    if (server == Server::Jtel)
        return profile.jtelBaseUrl.isValid() && !profile.jtelBaseUrl.isEmpty();
    return profile.caseDialect != Profile::CaseDialect::None && profile.caseBaseUrl.isValid()
        && !profile.caseBaseUrl.isEmpty();
}

SignIn::Secret SignIn::secretFor(const Profile &profile, Server server)
{
    if (!hasServer(profile, server))
        return Secret::None;
    if (server == Server::Jtel)
        return Secret::Token;
    if (profile.caseDialect == Profile::CaseDialect::EceV12)
        return Secret::Password;
    return profile.oauthFlow == Profile::OAuthFlow::ClientCredentials ? Secret::ClientSecret
                                                                      : Secret::Browser;
}

void SignIn::start(Server server, const QString &secret)
{
    cancel();
    m_server = server;
    m_connections = new ServerConnections(m_profile, m_credentials, m_network, this);
    const Secret kind = secretFor(m_profile, server);
    if (kind != Secret::None && kind != Secret::Browser && secret.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Authentication;
        error.host
            = (server == Server::Jtel ? m_profile.jtelBaseUrl : m_profile.caseBaseUrl).host();
        error.detail = tr("nothing was entered to sign in with");
        QTimer::singleShot(0, m_connections, [this, error] { fail(error); });
        return;
    }
    switch (kind) {
    case Secret::None: {
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.detail = server == Server::Jtel
            ? tr("Profile %1 has no jtel server.").arg(m_profile.name)
            : tr("Profile %1 has no case-management server.").arg(m_profile.name);
        QTimer::singleShot(0, m_connections, [this, error] { fail(error); });
        return;
    }
    case Secret::Password:
        signInEce(secret);
        return;
    case Secret::ClientSecret:
        signInClient(secret);
        return;
    case Secret::Browser:
        signInUser();
        return;
    case Secret::Token:
        checkJtelToken(secret);
        return;
    }
}

void SignIn::cancel()
{
    if (!m_connections)
        return;
    // later: this may run inside one of its children's signals; every handler below checks
    // that its connections are still the current ones
    m_connections->deleteLater();
    m_connections.clear();
}

void SignIn::whenRenewed(Authenticator *authenticator, const std::function<void()> &renewed)
{
    ServerConnections *connections = m_connections;
    connect(
        authenticator, &Authenticator::renewed, this,
        [this, connections, renewed] {
            if (connections == m_connections)
                renewed();
        },
        Qt::SingleShotConnection);
    connect(authenticator, &Authenticator::renewalFailed, this,
            [this, connections](const ApiError &error) {
                if (connections == m_connections)
                    fail(error);
            });
    authenticator->renew();
}

void SignIn::signInEce(const QString &password)
{
    ServerConnections *connections = m_connections;
    EceSessionAuthenticator *ece = connections->eceSession();
    ece->setPassword(password);
    ece->setForceLogin(m_forceLogin);
    // the login proves the password; the session is not needed afterwards, and ECE counts it
    whenRenewed(ece, [this, connections, ece, password] {
        connect(
            ece, &EceSessionAuthenticator::loggedOut, this,
            [this, connections, password] {
                if (connections == m_connections)
                    store(ServerConnections::caseSecretKey(m_profile), password);
            },
            Qt::SingleShotConnection);
        ece->logout();
    });
}

void SignIn::signInClient(const QString &secret)
{
    OAuthAuthenticator *oauth = m_connections->oauth();
    oauth->setClientSecret(secret);
    whenRenewed(oauth,
                [this, secret] { store(ServerConnections::caseSecretKey(m_profile), secret); });
}

void SignIn::signInUser()
{
    OAuthAuthenticator *oauth = m_connections->oauth();
    connect(oauth, &OAuthAuthenticator::authorizationUrlReady, this,
            &SignIn::authorizationUrlReady);
    whenRenewed(oauth, [this] { confirmUserToken(1); });
}

void SignIn::confirmUserToken(int attempt)
{
    ServerConnections *connections = m_connections;
    const QPointer<SignIn> self(this);
    m_credentials->read(
        ServerConnections::accessTokenKey(m_profile),
        [self, connections, attempt](std::optional<QString> token, const QString &error) {
            if (!self || connections != self->m_connections)
                return;
            if (token) {
                self->finish([self] { Q_EMIT self->signedIn(Server::Case); });
            } else if (!error.isEmpty() || attempt >= TokenReadAttempts) {
                const QString message = error.isEmpty()
                    ? tr("Signed in, but the keychain did not keep the access token.")
                    //: %1 is the keychain's own explanation
                    : tr("Signed in, but the keychain could not keep the access token: %1")
                          .arg(error);
                self->finish(
                    [self, message] { Q_EMIT self->keychainFailed(Server::Case, message); });
            } else {
                QTimer::singleShot(TokenReadDelayMs, connections,
                                   [self, attempt] { self->confirmUserToken(attempt + 1); });
            }
        });
}

void SignIn::checkJtelToken(const QString &token)
{
    ServerConnections *connections = m_connections;
    // The token goes on this one request by hand, as its authenticator would put it: through
    // the authenticator a 401 would become the transport's "renewal failed", and the server's
    // own words would be lost.
    QNetworkRequest withToken;
    StaticTokenAuthenticator(token, QString()).apply(withToken);
    ApiRequest check;
    check.authenticated = false;
    for (const QByteArray &name : withToken.rawHeaderList())
        check.headers.append({name, withToken.rawHeader(name)});
    // jtel has no sign-in call: any read with the token proves it. Event 0 never exists, so the
    // answer is a small 404 (token and ClientsID accepted) or 401 (refused), never the whole
    // event list, which can reach 150 MB.
    check.path = u"/acd/events/event/0"_s;
    ApiCall *call = connections->jtelTransport()->send(check);
    connect(call, &ApiCall::finished, this, [this, connections, token] {
        if (connections == m_connections)
            store(ServerConnections::jtelTokenKey(m_profile), token);
    });
    connect(call, &ApiCall::failed, this, [this, connections, token](const ApiError &error) {
        if (connections != m_connections)
            return;
        if (error.kind == ApiError::Kind::Http && error.httpStatus == 404)
            store(ServerConnections::jtelTokenKey(m_profile), token);
        else
            fail(error);
    });
}

void SignIn::store(const CredentialKey &key, const QString &secret)
{
    ServerConnections *connections = m_connections;
    const Server server = m_server;
    const QPointer<SignIn> self(this);
    m_credentials->write(key, secret, [self, connections, server](const QString &error) {
        if (!self || connections != self->m_connections)
            return;
        if (error.isEmpty()) {
            self->finish([self, server] { Q_EMIT self->signedIn(server); });
            return;
        }
        //: %1 is the keychain's own explanation
        const QString message
            = tr("The server accepted the secret, but the keychain could not keep it: %1").arg(error);
        self->finish([self, server, message] { Q_EMIT self->keychainFailed(server, message); });
    });
}

void SignIn::fail(const ApiError &error)
{
    const Server server = m_server;
    finish([this, server, error] { Q_EMIT failed(server, error); });
}

void SignIn::finish(const std::function<void()> &emitResult)
{
    // not running any more before the signal: a receiver may start the next sign-in at once
    cancel();
    emitResult();
}

QList<CredentialKey> SignIn::keysOf(const Profile &profile, Server server)
{
    if (server == Server::Jtel)
        return {ServerConnections::jtelTokenKey(profile)};
    QList<CredentialKey> keys;
    for (const auto dialect : {Profile::CaseDialect::EceV12, Profile::CaseDialect::EgainV3}) {
        Profile asDialect = profile;
        asDialect.caseDialect = dialect;
        keys.append(ServerConnections::caseSecretKey(asDialect));
    }
    keys.append(ServerConnections::accessTokenKey(profile));
    return keys;
}

QList<CredentialKey> SignIn::allKeys(const Profile &profile)
{
    return keysOf(profile, Server::Case) + keysOf(profile, Server::Jtel);
}

void SignIn::removeKeys(CredentialStore *credentials, QList<CredentialKey> keys,
                        const std::function<void(QString error)> &done)
{
    if (keys.isEmpty()) {
        done(QString());
        return;
    }
    const CredentialKey key = keys.takeFirst();
    credentials->remove(key, [credentials, keys, done](const QString &error) {
        if (error.isEmpty())
            removeKeys(credentials, keys, done);
        else
            done(error);
    });
}
