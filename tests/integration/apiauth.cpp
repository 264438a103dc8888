#include "apiauth.h"

#include "jsonpath.h"
#include "sandboxprocess.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ApiAuth {

QByteArray formEncode(const FormFields &fields)
{
    QByteArray encoded;
    for (const auto &[name, value] : fields) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

HttpResult requestToken(const SandboxProcess &sandbox, const FormFields &fields)
{
    return sendRequest("POST", sandbox.url(QLatin1StringView(tokenPath)),
                       {{"Content-Type", "application/x-www-form-urlencoded"}}, formEncode(fields));
}

QString clientCredentialsToken(const SandboxProcess &sandbox, const QString &clientId,
                               const QString &scope)
{
    const HttpResult result = requestToken(sandbox,
                                           {{u"grant_type"_s, u"client_credentials"_s},
                                            {u"client_id"_s, clientId},
                                            {u"client_secret"_s, QLatin1StringView(clientSecret)},
                                            {u"scope"_s, scope}});
    if (result.status != 200) {
        qWarning("client_credentials for %s failed: %s", qPrintable(clientId),
                 qPrintable(result.describe()));
        return {};
    }
    return result.object().value(u"access_token"_s).toString();
}

Pkce Pkce::generate()
{
    static constexpr char alphabet[]
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    QByteArray verifier;
    for (int i = 0; i < 64; ++i)
        verifier += alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))];
    const QByteArray challenge
        = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return {QString::fromLatin1(verifier), QString::fromLatin1(challenge)};
}

FormFields authorizeQuery(const Pkce &pkce, const QString &loginHint, const QString &scope,
                          const QString &redirectUri)
{
    return {{u"client_id"_s, QLatin1StringView(desktopClient)},
            {u"response_type"_s, u"code"_s},
            {u"redirect_uri"_s, redirectUri},
            {u"scope"_s, scope},
            {u"state"_s, u"st-4711"_s},
            {u"code_challenge"_s, pkce.challenge},
            {u"code_challenge_method"_s, u"S256"_s},
            {u"login_hint"_s, loginHint}};
}

AuthorizeResult authorize(const SandboxProcess &sandbox, const FormFields &query)
{
    AuthorizeResult result;
    result.reply = sendRequest("GET",
                               sandbox.url(QLatin1StringView(authorizePath) + u'?'
                                           + QString::fromLatin1(formEncode(query))));
    if (!result.reply.hasHeader("Location"))
        return result;
    result.location = QUrl::fromEncoded(result.reply.header("Location"));
    const QUrlQuery parameters(result.location);
    result.code = parameters.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    result.state = parameters.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    result.error = parameters.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    return result;
}

HttpResult exchangeCode(const SandboxProcess &sandbox, const QString &code, const QString &verifier,
                        const QString &redirectUri)
{
    FormFields fields {{u"grant_type"_s, u"authorization_code"_s},
                       {u"code"_s, code},
                       {u"redirect_uri"_s, redirectUri},
                       {u"client_id"_s, QLatin1StringView(desktopClient)}};
    if (!verifier.isEmpty())
        fields.append({u"code_verifier"_s, verifier});
    return requestToken(sandbox, fields);
}

QString pkceToken(const SandboxProcess &sandbox, const QString &login, const QString &scope)
{
    const Pkce pkce = Pkce::generate();
    const AuthorizeResult grant = authorize(sandbox, authorizeQuery(pkce, login, scope));
    if (grant.code.isEmpty()) {
        qWarning("authorize for %s failed: %s", qPrintable(login),
                 qPrintable(grant.reply.describe()));
        return {};
    }
    const HttpResult token = exchangeCode(sandbox, grant.code, pkce.verifier);
    if (token.status != 200) {
        qWarning("code exchange for %s failed: %s", qPrintable(login),
                 qPrintable(token.describe()));
        return {};
    }
    return token.object().value(u"access_token"_s).toString();
}

HttpHeaders bearerHeaders(const QString &token, const QByteArray &contentType)
{
    HttpHeaders headers {{"Accept", "application/json"}, {"Accept-Language", "en-US"}};
    if (!token.isEmpty())
        headers.emplaceBack("Authorization", "Bearer " + token.toUtf8());
    if (!contentType.isEmpty())
        headers.emplaceBack("Content-Type", contentType);
    return headers;
}

HttpResult eceLogin(const SandboxProcess &sandbox, const QString &login, const QString &secret,
                    const QString &query)
{
    const QJsonObject body {{u"userName"_s, login}, {u"password"_s, secret}};
    return sendRequest("POST", sandbox.url(u"/system/ws/v12/authentication/user/login"_s + query),
                       {{"Content-Type", "application/json"}}, JsonPath::bytes(body));
}

QByteArray eceSession(const SandboxProcess &sandbox, const QString &login)
{
    const HttpResult result = eceLogin(sandbox, login);
    if (result.status != 204) {
        qWarning("ECE login of %s failed: %s", qPrintable(login), qPrintable(result.describe()));
        return {};
    }
    return result.header("X-egain-session");
}

HttpHeaders sessionHeaders(const QByteArray &session, const QByteArray &contentType)
{
    HttpHeaders headers {{"Accept", "application/json"}, {"Accept-Language", "en-US"}};
    if (!session.isEmpty())
        headers.emplaceBack("X-egain-session", session);
    if (!contentType.isEmpty())
        headers.emplaceBack("Content-Type", contentType);
    return headers;
}

} // namespace ApiAuth
