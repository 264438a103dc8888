#pragma once

#include "api/apierror.h"
#include "auth/credentialstore.h"
#include "auth/profile.h"

#include <QObject>

#include <functional>

class ApiTransport;
class Authenticator;
class CaseManagerClient;
class EceSessionAuthenticator;
class JtelClient;
class OAuthAuthenticator;
class QNetworkAccessManager;

// Everything needed to talk to the servers of one profile: a transport, an authenticator and
// a typed client for the case-management server (eGain v3 or ECE v12) and for jtel, with the
// secrets read from the keychain. The CLI and the GUI build their work on this.
class ServerConnections : public QObject
{
    Q_OBJECT
public:
    ServerConnections(const Profile &profile, CredentialStore *credentials, QNetworkAccessManager *network,
                      QObject *parent = nullptr);
    ~ServerConnections() override;

    const Profile &profile() const { return m_profile; }
    void setAcceptLanguage(const QString &language);

    bool hasCaseServer() const { return m_caseClient != nullptr; }
    bool hasJtel() const { return m_jtelClient != nullptr; }
    CaseManagerClient *caseClient() const { return m_caseClient; }
    JtelClient *jtelClient() const { return m_jtelClient; }
    ApiTransport *caseTransport() const { return m_caseTransport; }
    ApiTransport *jtelTransport() const { return m_jtelTransport; }
    EceSessionAuthenticator *eceSession() const { return m_eceSession; }
    OAuthAuthenticator *oauth() const { return m_oauth; }

    // Puts the stored secrets into the authenticators. The callback's error is empty when
    // the keychain answered; a secret that was never stored is not an error here — the first
    // call that needs it fails with an authentication error that says to sign in.
    void loadSecrets(const std::function<void(QString error)> &done);

    // Where each server's secret lives in the keychain.
    static CredentialKey caseSecretKey(const Profile &profile);
    static CredentialKey jtelTokenKey(const Profile &profile);
    static CredentialKey accessTokenKey(const Profile &profile);

private:
    using SecretRead = std::pair<CredentialKey, std::function<void(const QString &secret)>>;
    void readSecrets(QList<SecretRead> reads, const std::function<void(QString error)> &done);

    Profile m_profile;
    CredentialStore *m_credentials;
    ApiTransport *m_caseTransport = nullptr;
    ApiTransport *m_jtelTransport = nullptr;
    CaseManagerClient *m_caseClient = nullptr;
    JtelClient *m_jtelClient = nullptr;
    EceSessionAuthenticator *m_eceSession = nullptr;
    OAuthAuthenticator *m_oauth = nullptr;
    class StaticTokenAuthenticator *m_jtelToken = nullptr;
};
