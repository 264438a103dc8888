#include "oauthapi.h"

#include "authregistry.h"
#include "datastore.h"
#include "sandboxserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString ScopePrefix = u"https://api.egain.cloud/auth/"_s;
const QString TenantPath = u"/system/auth/SANDBOX-U/oauth2"_s;

SandboxReply oauthError(int status, const QString &error, const QString &description)
{
    return SandboxReply::json(status, QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}});
}

// both the short and the full URI form of a scope name are accepted (the docs show both)
QStringList normalizedScopes(const QString &scope)
{
    QStringList result;
    for (QString name : scope.split(u' ', Qt::SkipEmptyParts)) {
        if (name.startsWith(ScopePrefix))
            name = name.mid(ScopePrefix.size());
        result.append(name);
    }
    return result;
}

// RFC 8252 §7.3: loopback redirect URIs with any port
bool isLoopbackRedirect(const QUrl &uri)
{
    return uri.isValid() && uri.scheme() == u"http"_s && uri.port() > 0
        && (uri.host() == u"127.0.0.1"_s || uri.host() == u"::1"_s || uri.host() == u"localhost"_s);
}

QUrlQuery parseForm(const QByteArray &body)
{
    // application/x-www-form-urlencoded encodes spaces as '+', which QUrlQuery keeps literally
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(text));
}

QString formValue(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

OAuthApi::OAuthApi(SandboxServer &server)
    : m_server(server)
{
    m_clients = {
        {u"agentdesk-desktop"_s, {}, {u"core.casemgr.read"_s, u"core.casemgr.manage"_s}},
        {u"agentdesk-integration"_s, u"sandbox-client-secret"_s,
         {u"app.core.casemgr.read"_s, u"app.core.casemgr.manage"_s}},
        {u"agentdesk-readonly"_s, u"sandbox-client-secret"_s, {u"app.core.casemgr.read"_s}},
    };
    server.addRoute(QHttpServerRequest::Method::Get, TenantPath + u"/authorize"_s,
                    [this](const SandboxRequest &request) { return authorize(request); });
    server.addRoute(QHttpServerRequest::Method::Post, TenantPath + u"/token"_s,
                    [this](const SandboxRequest &request) { return token(request); });
}

const OAuthApi::Client *OAuthApi::client(const QString &id) const
{
    for (const Client &candidate : m_clients) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

SandboxReply OAuthApi::authorize(const SandboxRequest &request)
{
    const QUrlQuery &query = request.query;
    const Client *caller = client(formValue(query, u"client_id"_s));
    const QUrl redirect(formValue(query, u"redirect_uri"_s), QUrl::StrictMode);
    // never redirect to an unverified URI (RFC 6749 §4.1.2.1)
    if (!caller)
        return oauthError(400, u"invalid_client"_s, u"unknown client_id"_s);
    if (!isLoopbackRedirect(redirect))
        return oauthError(400, u"invalid_request"_s, u"redirect_uri must be a loopback http URI"_s);

    auto redirectWith = [&](QUrlQuery parameters) {
        const QString state = formValue(query, u"state"_s);
        if (!state.isEmpty())
            parameters.addQueryItem(u"state"_s, state);
        QUrl target = redirect;
        target.setQuery(parameters);
        return SandboxReply::empty(302).withHeader("Location", target.toEncoded());
    };
    auto errorRedirect = [&](const QString &error, const QString &description) {
        QUrlQuery parameters;
        parameters.addQueryItem(u"error"_s, error);
        parameters.addQueryItem(u"error_description"_s, description);
        return redirectWith(parameters);
    };

    if (formValue(query, u"response_type"_s) != u"code"_s)
        return errorRedirect(u"unsupported_response_type"_s, u"response_type must be code"_s);
    const QString challenge = formValue(query, u"code_challenge"_s);
    if (challenge.isEmpty() || formValue(query, u"code_challenge_method"_s) != u"S256"_s)
        return errorRedirect(u"invalid_request"_s, u"PKCE with code_challenge_method=S256 is required"_s);
    const QStringList scopes = normalizedScopes(formValue(query, u"scope"_s));
    if (scopes.isEmpty())
        return errorRedirect(u"invalid_scope"_s, u"scope is required"_s);
    for (const QString &scope : scopes) {
        if (!caller->scopes.contains(scope))
            return errorRedirect(u"invalid_scope"_s, u"scope not allowed: "_s + scope);
    }
    const QString hint = formValue(query, u"login_hint"_s);
    const User *user = m_server.store().userByLogin(hint.isEmpty() ? u"lena.fischer"_s : hint);
    if (!user)
        return errorRedirect(u"access_denied"_s, u"unknown user: "_s + hint);

    const QString code = QUuid::createUuid().toString(QUuid::Id128);
    m_codes.insert(code, {caller->id, redirect.toString(), challenge, user->id, scopes,
                          QDateTime::currentMSecsSinceEpoch() + 60 * 1000});
    QUrlQuery parameters;
    parameters.addQueryItem(u"code"_s, code);
    return redirectWith(parameters);
}

SandboxReply OAuthApi::token(const SandboxRequest &request)
{
    if (!request.header("Content-Type").startsWith("application/x-www-form-urlencoded"))
        return oauthError(400, u"invalid_request"_s, u"Content-Type must be application/x-www-form-urlencoded"_s);
    const QUrlQuery form = parseForm(request.body);
    const Client *caller = client(formValue(form, u"client_id"_s));
    if (!caller)
        return oauthError(401, u"invalid_client"_s, u"unknown client_id"_s);
    const QString grant = formValue(form, u"grant_type"_s);
    if (grant.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"grant_type is required"_s);
    if (grant == u"client_credentials"_s)
        return clientCredentials(*caller, form);
    if (grant == u"authorization_code"_s)
        return authorizationCode(*caller, form);
    return oauthError(400, u"unsupported_grant_type"_s, u"grant_type not supported: "_s + grant);
}

SandboxReply OAuthApi::clientCredentials(const Client &caller, const QUrlQuery &form)
{
    if (caller.secret.isEmpty())
        return oauthError(400, u"unauthorized_client"_s, u"a public client cannot use client_credentials"_s);
    if (formValue(form, u"client_secret"_s) != caller.secret)
        return oauthError(401, u"invalid_client"_s, u"client authentication failed"_s);
    const QStringList scopes = normalizedScopes(formValue(form, u"scope"_s));
    if (scopes.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"scope is required"_s);
    for (const QString &scope : scopes) {
        if (!caller.scopes.contains(scope))
            return oauthError(400, u"invalid_scope"_s, u"scope not allowed for this client: "_s + scope);
    }
    return issue(0, caller.id, scopes);
}

SandboxReply OAuthApi::authorizationCode(const Client &caller, const QUrlQuery &form)
{
    const auto it = m_codes.constFind(formValue(form, u"code"_s));
    if (it == m_codes.cend())
        return oauthError(400, u"invalid_grant"_s, u"unknown or already used code"_s);
    const PendingCode pending = *it;
    m_codes.erase(it); // single use, whatever happens next
    if (pending.expires < QDateTime::currentMSecsSinceEpoch())
        return oauthError(400, u"invalid_grant"_s, u"code expired"_s);
    if (pending.clientId != caller.id)
        return oauthError(400, u"invalid_grant"_s, u"code was issued to another client"_s);
    if (formValue(form, u"redirect_uri"_s) != pending.redirectUri)
        return oauthError(400, u"invalid_grant"_s, u"redirect_uri does not match"_s);
    const QByteArray verifier = formValue(form, u"code_verifier"_s).toUtf8();
    const QByteArray derived = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (verifier.isEmpty() || QString::fromLatin1(derived) != pending.challenge)
        return oauthError(400, u"invalid_grant"_s, u"code_verifier does not match the code_challenge"_s);
    return issue(pending.userId, caller.id, pending.scopes);
}

SandboxReply OAuthApi::issue(int userId, const QString &clientId, const QStringList &scopes)
{
    Actor actor;
    actor.kind = userId ? Actor::Kind::User : Actor::Kind::Client;
    actor.userId = userId;
    actor.clientId = clientId;
    actor.mayManage = scopes.contains(u"core.casemgr.manage"_s) || scopes.contains(u"app.core.casemgr.manage"_s);
    actor.mayRead = actor.mayManage || scopes.contains(u"core.casemgr.read"_s)
        || scopes.contains(u"app.core.casemgr.read"_s);
    const QString token = m_server.auth().issueToken(actor);
    return SandboxReply::json(200, QJsonObject{{u"access_token"_s, token},
                                               {u"token_type"_s, u"Bearer"_s},
                                               {u"expires_in"_s, AuthRegistry::TokenLifetimeSeconds},
                                               {u"scope"_s, scopes.join(u' ')}})
        .withHeader("Cache-Control", "no-store");
}
