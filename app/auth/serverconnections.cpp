#include "auth/serverconnections.h"

#include "api/acceptlanguage.h"
#include "api/apitransport.h"
#include "api/ecev12client.h"
#include "api/egainv3client.h"
#include "api/jtelclient.h"
#include "auth/ecesessionauthenticator.h"
#include "auth/oauthauthenticator.h"
#include "auth/statictokenauthenticator.h"
#include "core/logging.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

TransportSettings transportSettings(const QUrl &baseUrl, const Profile &profile)
{
    TransportSettings settings;
    settings.baseUrl = baseUrl;
    settings.caBundlePath = profile.caBundlePath;
    return settings;
}

} // namespace

ServerConnections::ServerConnections(const Profile &profile, CredentialStore *credentials,
                                     QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_credentials(credentials)
{
    if (profile.caseDialect != Profile::CaseDialect::None && profile.caseBaseUrl.isValid()) {
        m_caseTransport = new ApiTransport(network, transportSettings(profile.caseBaseUrl, profile), this);
        if (profile.caseDialect == Profile::CaseDialect::EceV12) {
            m_eceSession = new EceSessionAuthenticator(m_caseTransport, profile.userName, this);
            m_caseTransport->setAuthenticator(m_eceSession);
            m_caseClient = new EceV12Client(m_caseTransport, this);
        } else {
            OAuthSettings oauth;
            oauth.flow = profile.oauthFlow == Profile::OAuthFlow::ClientCredentials
                ? OAuthSettings::Flow::ClientCredentials
                : OAuthSettings::Flow::UserPkce;
            oauth.authorizeUrl = profile.authorizeUrl;
            oauth.tokenUrl = profile.tokenUrl;
            oauth.clientId = profile.clientId;
            oauth.scope = profile.scope;
            oauth.loginHint = profile.userName;
            m_oauth = new OAuthAuthenticator(m_caseTransport, oauth, this);
            m_caseTransport->setAuthenticator(m_oauth);
            m_caseClient = new EgainV3Client(m_caseTransport, this);
            // a user token survives a restart of the app for its lifetime: no browser every time
            connect(m_oauth, &OAuthAuthenticator::accessTokenIssued, this, [this](const QString &token, qint64 expiresAtMs) {
                if (m_profile.oauthFlow != Profile::OAuthFlow::UserPkce)
                    return;
                const QByteArray stored = QJsonDocument(QJsonObject{{u"token"_s, token}, {u"expiresAtMs"_s, expiresAtMs}})
                                              .toJson(QJsonDocument::Compact);
                m_credentials->write(accessTokenKey(m_profile), QString::fromUtf8(stored), [](const QString &error) {
                    if (!error.isEmpty())
                        qCWarning(lcAuth) << "the access token could not be kept in the keychain:" << error;
                });
            });
        }
    }
    if (profile.jtelBaseUrl.isValid() && !profile.jtelBaseUrl.isEmpty()) {
        m_jtelTransport = new ApiTransport(network, transportSettings(profile.jtelBaseUrl, profile), this);
        m_jtelToken = new StaticTokenAuthenticator(QString(), m_jtelTransport->host(), this);
        m_jtelTransport->setAuthenticator(m_jtelToken);
        m_jtelClient = new JtelClient(m_jtelTransport, this);
    }
    // the UI language (QLocale's default follows the language setting), mapped to what eGain accepts
    setAcceptLanguage(AcceptLanguage::forLocale(QLocale()));
}

ServerConnections::~ServerConnections() = default;

void ServerConnections::setAcceptLanguage(const QString &language)
{
    if (m_caseTransport)
        m_caseTransport->setAcceptLanguage(language);
    if (m_jtelTransport)
        m_jtelTransport->setAcceptLanguage(language);
}

CredentialKey ServerConnections::caseSecretKey(const Profile &profile)
{
    if (profile.caseDialect == Profile::CaseDialect::EceV12)
        return {profile.name, u"ece"_s, u"password"_s};
    return {profile.name, u"egain"_s, u"client-secret"_s};
}

CredentialKey ServerConnections::jtelTokenKey(const Profile &profile)
{
    return {profile.name, u"jtel"_s, u"token"_s};
}

CredentialKey ServerConnections::accessTokenKey(const Profile &profile)
{
    return {profile.name, u"egain"_s, u"access-token"_s};
}

void ServerConnections::loadSecrets(const std::function<void(QString error)> &done)
{
    QList<SecretRead> reads;
    if (m_eceSession)
        reads.append({caseSecretKey(m_profile), [this](const QString &secret) { m_eceSession->setPassword(secret); }});
    if (m_oauth && m_profile.oauthFlow == Profile::OAuthFlow::ClientCredentials)
        reads.append({caseSecretKey(m_profile), [this](const QString &secret) { m_oauth->setClientSecret(secret); }});
    if (m_oauth && m_profile.oauthFlow == Profile::OAuthFlow::UserPkce) {
        reads.append({accessTokenKey(m_profile), [this](const QString &secret) {
                          const QJsonObject stored = QJsonDocument::fromJson(secret.toUtf8()).object();
                          m_oauth->setAccessToken(stored.value(u"token"_s).toString(),
                                                  qint64(stored.value(u"expiresAtMs"_s).toDouble()));
                      }});
    }
    if (m_jtelToken) {
        reads.append({jtelTokenKey(m_profile), [this](const QString &secret) {
                          auto *authenticator = new StaticTokenAuthenticator(secret, m_jtelTransport->host(), this);
                          m_jtelTransport->setAuthenticator(authenticator);
                          delete std::exchange(m_jtelToken, authenticator);
                      }});
    }

    readSecrets(std::move(reads), done);
}

// the reads run one after another; the first keychain failure answers for all
void ServerConnections::readSecrets(QList<SecretRead> reads, const std::function<void(QString error)> &done)
{
    if (reads.isEmpty()) {
        done(QString());
        return;
    }
    const SecretRead read = reads.takeFirst();
    m_credentials->read(read.first, [this, apply = read.second, reads, done](std::optional<QString> secret,
                                                                              const QString &error) mutable {
        if (!error.isEmpty()) {
            done(error);
            return;
        }
        if (secret)
            apply(*secret);
        readSecrets(std::move(reads), done);
    });
}
