#pragma once

#include "httpresult.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

class SandboxProcess;

using FormFields = QList<QPair<QString, QString>>;

// Obtaining eGain v3 tokens and ECE v12 sessions from the sandbox, the way a client does.
namespace ApiAuth {

inline constexpr char tokenPath[] = "/system/auth/SANDBOX-U/oauth2/token";
inline constexpr char authorizePath[] = "/system/auth/SANDBOX-U/oauth2/authorize";
inline constexpr char loopbackRedirect[] = "http://127.0.0.1:53682/callback";
inline constexpr char integrationClient[] = "agentdesk-integration";
inline constexpr char readonlyClient[] = "agentdesk-readonly";
inline constexpr char desktopClient[] = "agentdesk-desktop";
inline constexpr char clientSecret[] = "sandbox-client-secret";
inline constexpr char applicationScopes[] = "app.core.casemgr.read app.core.casemgr.manage";
inline constexpr char delegatedScopes[] = "core.casemgr.read core.casemgr.manage";
inline constexpr char password[] = "sandbox";

// application/x-www-form-urlencoded, every reserved character percent-encoded
QByteArray formEncode(const FormFields &fields);

// POST to the token URL with a form body
HttpResult requestToken(const SandboxProcess &sandbox, const FormFields &fields);
// client_credentials; an empty string when the sandbox refuses
QString clientCredentialsToken(const SandboxProcess &sandbox,
                               const QString &clientId = QLatin1StringView(integrationClient),
                               const QString &scope = QLatin1StringView(applicationScopes));

struct Pkce
{
    QString verifier;
    QString challenge; // BASE64URL(SHA256(verifier)) without padding (RFC 7636 S256)
    static Pkce generate();
};

struct AuthorizeResult
{
    HttpResult reply;
    QUrl location;
    QString code;
    QString state;
    QString error;
};

// the query of an authorize request for the public desktop client
FormFields authorizeQuery(const Pkce &pkce, const QString &loginHint,
                          const QString &scope = QLatin1StringView(delegatedScopes),
                          const QString &redirectUri = QLatin1StringView(loopbackRedirect));
// GET authorize without following the redirect; code, state and error parsed from Location
AuthorizeResult authorize(const SandboxProcess &sandbox, const FormFields &query);
// authorization_code exchange for the desktop client
HttpResult exchangeCode(const SandboxProcess &sandbox, const QString &code, const QString &verifier,
                        const QString &redirectUri = QLatin1StringView(loopbackRedirect));
// the whole PKCE flow for one user; an empty string on any failure
QString pkceToken(const SandboxProcess &sandbox, const QString &login,
                  const QString &scope = QLatin1StringView(delegatedScopes));

// Authorization, Accept and Accept-Language for a v3 call (Content-Type when contentType is set)
HttpHeaders bearerHeaders(const QString &token, const QByteArray &contentType = {});

// POST /system/ws/v12/authentication/user/login
HttpResult eceLogin(const SandboxProcess &sandbox, const QString &login,
                    const QString &secret = QLatin1StringView(password), const QString &query = {});
// the X-egain-session of a successful login; empty on failure
QByteArray eceSession(const SandboxProcess &sandbox, const QString &login);
// X-egain-session, Accept and Accept-Language (Content-Type when contentType is set)
HttpHeaders sessionHeaders(const QByteArray &session, const QByteArray &contentType = {});

} // namespace ApiAuth
