#pragma once

#include "api/apierror.h"
#include "auth/credentialstore.h"
#include "auth/profile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class Authenticator;
class QNetworkAccessManager;
class ServerConnections;

// Signs in to one server of a profile the way both programs do it, and keeps the secret: a
// secret is checked with its server before it is stored, so a typo shows up now and not in the
// next read. ECE: a real login and logout with the password. eGain API client: a token fetched
// with the client secret. eGain user: the browser sign-in (PKCE), whose token ServerConnections
// keeps. jtel: one small read with the token. The keychain entries are ServerConnections' keys,
// so agentdeskctl and the desktop app share them.
//
// Each start() builds fresh connections from the profile as given, so a profile that is still
// being edited can be checked; cancel() drops them, which also closes the loopback port of a
// browser sign-in that nobody finished.
class SignIn : public QObject
{
    Q_OBJECT
public:
    enum class Server { Case, Jtel };
    // What the user has to give for a server of a profile
    enum class Secret { None, Password, ClientSecret, Token, Browser };

    // credentials and network must outlive this object
    SignIn(const Profile &profile, CredentialStore *credentials, QNetworkAccessManager *network,
           QObject *parent = nullptr);
    ~SignIn() override;

    const Profile &profile() const { return m_profile; }
    static Secret secretFor(const Profile &profile, Server server);
    static bool hasServer(const Profile &profile, Server server);

    // ECE only: end the user's oldest session when five are open (agentdeskctl --force)
    void setForceLogin(bool force) { m_forceLogin = force; }

    // Ends with signedIn(), failed() or keychainFailed(); a start() while one runs cancels that
    // one first. secret is ignored for a browser sign-in, which emits authorizationUrlReady().
    void start(Server server, const QString &secret = {});
    // Nothing is stored and no signal follows.
    void cancel();
    bool isRunning() const { return !m_connections.isNull(); }

    // Every entry a sign-in to that server may have left, whatever the profile's current
    // settings: a profile switched from ECE to eGain must not keep the old password behind.
    static QList<CredentialKey> keysOf(const Profile &profile, Server server);
    static QList<CredentialKey> allKeys(const Profile &profile);
    // One after another; the first keychain error ends it. Missing entries are fine.
    static void removeKeys(CredentialStore *credentials, QList<CredentialKey> keys,
                           const std::function<void(QString error)> &done);

Q_SIGNALS:
    // eGain user: open this URL in the system browser; the loopback redirect finishes it
    void authorizationUrlReady(const QUrl &url);
    // the server accepted the secret and the keychain holds it
    void signedIn(SignIn::Server server);
    // the server refused the secret or could not be reached; nothing was stored
    void failed(SignIn::Server server, const ApiError &error);
    // the server accepted the secret, but the keychain could not keep it
    void keychainFailed(SignIn::Server server, const QString &message);

private:
    // renewed() runs when the authenticator signed in; a failure ends this sign-in
    void whenRenewed(Authenticator *authenticator, const std::function<void()> &renewed);
    void signInEce(const QString &password);
    void signInClient(const QString &secret);
    void signInUser();
    void checkJtelToken(const QString &token);
    void confirmUserToken(int attempt);
    void store(const CredentialKey &key, const QString &secret);
    void fail(const ApiError &error);
    void finish(const std::function<void()> &emitResult);

    Profile m_profile;
    CredentialStore *m_credentials;
    QNetworkAccessManager *m_network;
    QPointer<ServerConnections> m_connections;
    Server m_server = Server::Case;
    bool m_forceLogin = false;
};
