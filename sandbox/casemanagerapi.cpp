#include "casemanagerapi.h"

#include "authregistry.h"
#include "casemanagerwire.h"
#include "sandboxserver.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;
using namespace CaseManagerWire;

namespace {

using Method = QHttpServerRequest::Method;

} // namespace

CaseManagerApi::CaseManagerApi(SandboxServer &server, Dialect dialect)
    : m_server(server)
    , m_store(server.store())
    , m_dialect(dialect)
    , m_prefix(dialect == Dialect::EgainV3 ? u"/core/casemgr/v3"_s : u"/system/ws/v12/interaction"_s)
{
    auto route = [this, &server](Method method, const QString &path,
                                 SandboxReply (CaseManagerApi::*handler)(const SandboxRequest &, const Actor &)) {
        server.addRoute(method, m_prefix + path, [this, handler](const SandboxRequest &request) {
            return serve(request, [&](const Actor &actor) { return (this->*handler)(request, actor); });
        });
    };
    const QString createPath = dialect == Dialect::EgainV3 ? u"/activity/calltrack"_s : u"/activity"_s;
    route(Method::Post, createPath, &CaseManagerApi::createCalltrack);
    server.addRoute(Method::Get, m_prefix + u"/activity/attributes"_s, [this](const SandboxRequest &request) {
        return serve(request, [&](const Actor &) { return attributes(request); });
    });
    route(Method::Get, u"/activity"_s, &CaseManagerApi::searchActivities);
    route(Method::Get, u"/activity/([^/]+)"_s, &CaseManagerApi::activitiesByIds);
    route(Method::Put, u"/activity/([^/]+)/changecase"_s, &CaseManagerApi::changeCase);
    route(Method::Put, u"/activity/transfer"_s, &CaseManagerApi::transferActivities);
    route(Method::Put, u"/activity/pick"_s, &CaseManagerApi::pickActivities);
    route(Method::Get, u"/case"_s, &CaseManagerApi::searchCases);
    route(Method::Get, u"/case/([^/]+)"_s, &CaseManagerApi::casesByIds);

    if (dialect == Dialect::EceV12) {
        server.addRoute(Method::Post, u"/system/ws/v12/authentication/user/login"_s,
                        [this](const SandboxRequest &request) { return login(request); });
        server.addRoute(Method::Delete, u"/system/ws/v12/authentication/user/logout"_s,
                        [this](const SandboxRequest &request) { return logout(request); });
    }
}

// Authentication, then the headers every call shares, then the call itself.
SandboxReply CaseManagerApi::serve(const SandboxRequest &request, const Handler &handler)
{
    std::optional<Actor> actor;
    QByteArray session;
    if (m_dialect == Dialect::EgainV3) {
        const QByteArray authorization = request.header("Authorization");
        if (authorization.startsWith("Bearer "))
            actor = m_server.auth().useToken(QString::fromLatin1(authorization.mid(7).trimmed()));
        if (!actor)
            return SandboxReply::egainError(401, 101, u"The access token is missing, invalid or expired; obtain a new token."_s);
    } else {
        session = request.header("X-egain-session");
        actor = m_server.auth().useSession(QString::fromLatin1(session));
        if (!actor)
            return SandboxReply::egainError(401, 101, u"X-egain-session is not valid any more; please log in again."_s);
    }

    SandboxReply reply = [&] {
        if (request.hasHeader("Accept-Language")) {
            const QString language = QString::fromLatin1(request.header("Accept-Language")).trimmed();
            if (!Locales.contains(language, Qt::CaseInsensitive))
                return SandboxReply::egainError(406, 101, u"Unsupported Accept-Language: '%1'."_s.arg(language));
        }
        if (request.hasHeader("Accept")) {
            const QByteArray accept = request.header("Accept");
            bool json = false;
            for (const QByteArray &entry : accept.split(',')) {
                const QByteArray type = entry.split(';').first().trimmed().toLower();
                json = json || type == "application/json" || type == "*/*" || type == "application/*";
            }
            if (!json)
                return SandboxReply::egainError(406, 102, u"The sandbox produces application/json only."_s);
        }
        if (!request.body.isEmpty() && !request.header("Content-Type").toLower().startsWith("application/json"))
            return SandboxReply::egainError(400, 103, u"Content-Type must be application/json."_s);
        return handler(*actor);
    }();
    if (!session.isEmpty())
        reply.withHeader("X-egain-session", session);
    return reply;
}

SandboxReply CaseManagerApi::login(const SandboxRequest &request)
{
    for (const auto &[key, value] : request.queryItems()) {
        if (key != u"forceLogin"_s || value != u"yes"_s)
            return unsupportedParameter(key);
    }
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &error).object();
    if (error.error != QJsonParseError::NoError)
        return badRequest(u"the login body must be a JSON object with userName and password"_s);
    const QString name = body.contains(u"userName"_s) ? body.value(u"userName"_s).toString()
                                                      : body.value(u"username"_s).toString();
    const QString password = body.value(u"password"_s).toString();
    if (name.isEmpty() || password.isEmpty())
        return badRequest(u"userName and password are required"_s);
    const User *user = m_store.userByLogin(name);
    if (!user || user->password != password)
        return SandboxReply::egainError(401, 102, u"Invalid user name or password."_s);
    QString session;
    const bool force = request.query.queryItemValue(u"forceLogin"_s) == u"yes"_s;
    if (m_server.auth().login(user->id, force, &session) == AuthRegistry::LoginResult::LimitReached)
        return SandboxReply::egainError(409, 101, u"The user already has 5 active sessions; log in with forceLogin=yes to end the oldest one."_s);
    return SandboxReply::empty(204)
        .withHeader("X-egain-session", session.toLatin1())
        .withHeader("Content-Type", "application/json");
}

SandboxReply CaseManagerApi::logout(const SandboxRequest &request)
{
    if (!m_server.auth().logout(QString::fromLatin1(request.header("X-egain-session"))))
        return SandboxReply::json(401, QJsonObject{{u"message"_s, u"The session is invalid or has expired."_s}});
    return SandboxReply::empty(204);
}

QString CaseManagerApi::href(const QString &resource, qint64 id) const
{
    return m_prefix + u'/' + resource + u'/' + QString::number(id);
}

bool CaseManagerApi::visible(const Actor &actor, int department) const
{
    if (actor.isClient())
        return true;
    const User *user = m_store.user(actor.userId);
    return user && user->worksIn(department);
}

QJsonObject CaseManagerApi::userJson(int userId) const
{
    const User *user = m_store.user(userId);
    if (!user)
        return {};
    return {{u"id"_s, QString::number(user->id)},
            {u"name"_s, user->login},
            {u"firstName"_s, user->firstName},
            {u"lastName"_s, user->lastName}};
}
