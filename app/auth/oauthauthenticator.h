#pragma once

#include "api/authenticator.h"

#include <QPointer>
#include <QUrl>

class ApiTransport;
class LoopbackRedirectReceiver;
struct ApiResponse;

struct OAuthSettings
{
    enum class Flow { UserPkce, ClientCredentials };
    Flow flow = Flow::UserPkce;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString clientId;
    QString scope; // configurable: the docs show both short names and full URIs
    QString loginHint;
};

// eGain v3 OAuth 2 bearer tokens. As a user: authorization code with PKCE S256 through the
// system browser and a loopback redirect (RFC 8252). As an API client application: client
// credentials. Refresh tokens are not documented, so an expired or refused token means a
// new sign-in. (Qt NetworkAuth 6.4 has no PKCE and its reply handler is not limited to one
// redirect, so the flow is written out here.)
class OAuthAuthenticator : public Authenticator
{
    Q_OBJECT
public:
    OAuthAuthenticator(ApiTransport *transport, const OAuthSettings &settings, QObject *parent = nullptr);
    ~OAuthAuthenticator() override;

    void setClientSecret(const QString &secret) { m_clientSecret = secret; }
    // a token kept from an earlier sign-in (the keychain), used until it expires
    void setAccessToken(const QString &token, qint64 expiresAtMs);
    const OAuthSettings &settings() const { return m_settings; }

    bool hasCredentials() const override;
    void apply(QNetworkRequest &request) const override;
    void renew() override;
    bool isRenewing() const override { return m_renewing; }
    void invalidate() override { m_accessToken.clear(); }

    int signInCount() const { return m_signInCount; }

    // RFC 7636: a 43–128 character verifier, and its S256 challenge
    static QByteArray createCodeVerifier();
    static QByteArray codeChallenge(const QByteArray &verifier);

Q_SIGNALS:
    // the user must open this URL in the system browser (the GUI does; the CLI prints it)
    void authorizationUrlReady(const QUrl &url);
    // a new token was issued; its owner may keep it in the keychain for the next start
    void accessTokenIssued(const QString &token, qint64 expiresAtMs);

private:
    void requestToken(const QList<QPair<QString, QString>> &form);
    void acceptTokenResponse(const ApiResponse &response);
    void failRenewal(const QString &detail, const QString &serverCode = {});
    void startPkce();

    ApiTransport *m_transport;
    OAuthSettings m_settings;
    QString m_clientSecret;
    QString m_accessToken;
    qint64 m_expiresAtMs = 0;
    bool m_renewing = false;
    int m_signInCount = 0;
    QPointer<LoopbackRedirectReceiver> m_receiver;
};
