// eGain Core Case Manager v3 against agentdesk-sandbox: OAuth, create calltrack (C1–C16), get by
// IDs, search, change case. Rows are named after the rule ids of the eGain v3 API reference §7.7.
#include "apiauth.h"
#include "httpresult.h"
#include "jsonpath.h"
#include "sandboxprocess.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using JsonPath::with;
using JsonPath::without;

namespace {

const QString v3 = u"/core/casemgr/v3"_s;
const QString lena = u"lena.fischer"_s;
const QByteArray json = "application/json";

// a valid calltrack for a user token: Service, customer 5001, new case
QJsonObject userCalltrack()
{
    return QJsonObject {
        {u"department"_s, QJsonObject {{u"name"_s, u"Service"_s}}},
        {u"type"_s,
         QJsonObject {{u"value"_s, u"call_track"_s},
                      {u"subtype"_s, QJsonObject {{u"value"_s, u"general"_s}}}}},
        {u"mode"_s, QJsonObject {{u"value"_s, u"Inbound"_s}}},
        {u"customer"_s, QJsonObject {{u"id"_s, u"5001"_s}}},
        {u"subject"_s, u"Caller reports intermittent outage"_s},
    };
}

// client applications must name a target user (C9)
QJsonObject appCalltrack()
{
    return with(userCalltrack(), u"status.assigned.user.name"_s, lena);
}

// the same call in department Sales for customer 5031 (a Sales customer)
QJsonObject salesCalltrack()
{
    QJsonObject body = with(userCalltrack(), u"department.name"_s, u"Sales"_s);
    body = with(body, u"type.subtype.value"_s, u"order"_s);
    return with(body, u"customer.id"_s, u"5031"_s);
}

QJsonObject anonymousCalltrack(const QString &contactPointData)
{
    return with(without(userCalltrack(), u"customer"_s), u"contactPointData"_s, contactPointData);
}

QJsonObject customAttributes(const QString &name, const QString &value)
{
    const QJsonObject attribute {
        {u"attribName"_s, name},
        {u"attribValues"_s,
         QJsonObject {{u"attribValue"_s, QJsonArray {QJsonObject {{u"value"_s, value}}}}}}};
    return {{u"customAttribute"_s, QJsonArray {attribute}}};
}

QString idList(int first, int count)
{
    QStringList ids;
    for (int id = first; id < first + count; ++id)
        ids.append(QString::number(id));
    return ids.join(u',');
}

// a status or channel arrives as a string or as {"value": …}
QString valueOf(const QJsonValue &member)
{
    return member.isObject() ? member.toObject().value(u"value"_s).toString() : member.toString();
}

bool isFixtureCase(const QString &id)
{
    const int number = id.toInt();
    return number >= 70001 && number <= 70008;
}

} // namespace

class TestEgainV3 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void clientCredentials_data();
    void clientCredentials();
    void authorize_data();
    void authorize();
    void codeExchange_data();
    void codeExchange();
    void scopes_data();
    void scopes();
    void authentication_data();
    void authentication();
    void tokenExpiresAfterRequests();
    void acceptHeaders_data();
    void acceptHeaders();

    void createCalltrackRules_data();
    void createCalltrackRules();
    void createCalltrackSuccess_data();
    void createCalltrackSuccess();

    void getActivities_data();
    void getActivities();
    void activityFields_data();
    void activityFields();
    void search_data();
    void search();
    void changeCase_data();
    void changeCase();

private:
    // "" no token, "app" integration client, "readonly" read-only client, "app:uri" integration
    // client with full-URI scopes, "<login>" PKCE user token, "<login>:read" read scope only
    QString token(const QString &actor);
    HttpResult call(const QByteArray &method, const QString &pathAndQuery, const QString &actor,
                    const QByteArray &body = {}, const QByteArray &contentType = json);
    // all calltrack activities (paginationInfo.count), -1 on failure
    int calltrackCount();
    QJsonObject readActivity(const QString &id, const QString &query = {});
    // cases are read through ECE v12 as the supervisor, who sees every department
    QJsonObject readCase(const QString &id);

    std::unique_ptr<SandboxProcess> m_sandbox;
    QHash<QString, QString> m_tokens;
    QByteArray m_eceSession;
};

void TestEgainV3::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
}

void TestEgainV3::init()
{
    QVERIFY(m_sandbox->reset());
    m_tokens.clear();
    m_eceSession.clear();
}

QString TestEgainV3::token(const QString &actor)
{
    if (actor.isEmpty())
        return {};
    if (const auto cached = m_tokens.constFind(actor); cached != m_tokens.cend())
        return *cached;
    QString token;
    if (actor == u"app")
        token = ApiAuth::clientCredentialsToken(*m_sandbox);
    else if (actor == u"readonly")
        token = ApiAuth::clientCredentialsToken(
            *m_sandbox, QLatin1StringView(ApiAuth::readonlyClient), u"app.core.casemgr.read"_s);
    else if (actor == u"app:uri")
        token = ApiAuth::clientCredentialsToken(
            *m_sandbox, QLatin1StringView(ApiAuth::integrationClient),
            u"https://api.egain.cloud/auth/app.core.casemgr.read "
            "https://api.egain.cloud/auth/app.core.casemgr.manage"_s);
    else if (actor.endsWith(u":read"))
        token = ApiAuth::pkceToken(*m_sandbox, actor.chopped(5), u"core.casemgr.read"_s);
    else
        token = ApiAuth::pkceToken(*m_sandbox, actor);
    if (!token.isEmpty())
        m_tokens.insert(actor, token);
    return token;
}

HttpResult TestEgainV3::call(const QByteArray &method, const QString &pathAndQuery,
                             const QString &actor, const QByteArray &body,
                             const QByteArray &contentType)
{
    return sendRequest(
        method, m_sandbox->url(pathAndQuery),
        ApiAuth::bearerHeaders(token(actor), body.isEmpty() ? QByteArray() : contentType), body);
}

int TestEgainV3::calltrackCount()
{
    const HttpResult result = call(
        "GET",
        v3 + u"/activity?type=call_track&createdDate=[2000-01-01T00:00:00.000Z,]&$pagesize=1"_s,
        u"app"_s);
    if (result.status == 204)
        return 0;
    if (result.status != 200) {
        qWarning("calltrack count failed: %s", qPrintable(result.describe()));
        return -1;
    }
    return JsonPath::at(result.object(), u"paginationInfo.count"_s).toInt(-1);
}

QJsonObject TestEgainV3::readActivity(const QString &id, const QString &query)
{
    const HttpResult result = call("GET", v3 + u"/activity/"_s + id + query, u"app"_s);
    if (result.status != 200) {
        qWarning("reading activity %s failed: %s", qPrintable(id), qPrintable(result.describe()));
        return {};
    }
    return JsonPath::at(result.object(), u"activity.0"_s).toObject();
}

QJsonObject TestEgainV3::readCase(const QString &id)
{
    if (m_eceSession.isEmpty())
        m_eceSession = ApiAuth::eceSession(*m_sandbox, u"s.okafor"_s);
    const HttpResult result = sendRequest(
        "GET", m_sandbox->url(u"/system/ws/v12/interaction/case/"_s + id + u"?$attribute=all"_s),
        ApiAuth::sessionHeaders(m_eceSession));
    if (result.status != 200) {
        qWarning("reading case %s failed: %s", qPrintable(id), qPrintable(result.describe()));
        return {};
    }
    return JsonPath::at(result.object(), u"case.0"_s).toObject();
}

// ---------------------------------------------------------------------------------------------
// OAuth

void TestEgainV3::clientCredentials_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const auto form = [](const QString &clientId, const QString &secret, const QString &scope) {
        return ApiAuth::formEncode({{u"grant_type"_s, u"client_credentials"_s},
                                    {u"client_id"_s, clientId},
                                    {u"client_secret"_s, secret},
                                    {u"scope"_s, scope}});
    };
    const QByteArray formType = "application/x-www-form-urlencoded";
    const QString client = QLatin1StringView(ApiAuth::integrationClient);
    const QString secret = QLatin1StringView(ApiAuth::clientSecret);
    const QString scopes = QLatin1StringView(ApiAuth::applicationScopes);

    QTest::newRow("client credentials issue an application token")
        << formType << form(client, secret, scopes) << 200 << QString();
    QTest::newRow("full URI scope names are accepted")
        << formType
        << form(client, secret, u"https://api.egain.cloud/auth/app.core.casemgr.manage"_s) << 200
        << QString();
    QTest::newRow("read-only client gets the read scope")
        << formType
        << form(QLatin1StringView(ApiAuth::readonlyClient), secret, u"app.core.casemgr.read"_s)
        << 200 << QString();
    QTest::newRow("wrong secret is 401 invalid_client")
        << formType << form(client, u"wrong-secret"_s, scopes) << 401 << u"invalid_client"_s;
    QTest::newRow("unknown client is 401 invalid_client")
        << formType << form(u"no-such-client"_s, secret, scopes) << 401 << u"invalid_client"_s;
    QTest::newRow("token endpoint takes form bodies only")
        << json
        << JsonPath::bytes(QJsonObject {{u"grant_type"_s, u"client_credentials"_s},
                                        {u"client_id"_s, client},
                                        {u"client_secret"_s, secret},
                                        {u"scope"_s, scopes}})
        << 400 << u"invalid_request"_s;
    QTest::newRow("grant_type is required")
        << formType
        << ApiAuth::formEncode(
               {{u"client_id"_s, client}, {u"client_secret"_s, secret}, {u"scope"_s, scopes}})
        << 400 << u"invalid_request"_s;
}

void TestEgainV3::clientCredentials()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);

    const HttpResult result
        = sendRequest("POST", m_sandbox->url(QLatin1StringView(ApiAuth::tokenPath)),
                      {{"Content-Type", contentType}}, body);
    COMPARE_STATUS(result, status);
    if (status != 200) {
        QCOMPARE(result.object().value(u"error"_s).toString(), error);
        QVERIFY(!result.object().contains(u"access_token"_s));
        return;
    }
    const QString accessToken = result.object().value(u"access_token"_s).toString();
    QVERIFY(!accessToken.isEmpty());
    QCOMPARE(result.object().value(u"token_type"_s).toString().toLower(), u"bearer"_s);
    QCOMPARE(result.object().value(u"expires_in"_s).toInt(), 3600);
    QVERIFY(!result.object().contains(u"refresh_token"_s));

    const HttpResult read = sendRequest("GET", m_sandbox->url(v3 + u"/activity/81001"_s),
                                        ApiAuth::bearerHeaders(accessToken));
    COMPARE_STATUS(read, 200);
}

void TestEgainV3::authorize_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<QString>("challengeMethod");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QString desktop = QLatin1StringView(ApiAuth::desktopClient);
    const QString loopback = QLatin1StringView(ApiAuth::loopbackRedirect);
    QTest::newRow("PKCE S256 redirects with code and state")
        << desktop << loopback << u"S256"_s << 302 << QString();
    QTest::newRow("IPv6 loopback redirect URI is accepted")
        << desktop << u"http://[::1]:4711/callback"_s << u"S256"_s << 302 << QString();
    QTest::newRow("localhost redirect URI is accepted")
        << desktop << u"http://localhost:4711/cb"_s << u"S256"_s << 302 << QString();
    QTest::newRow("non-loopback redirect URI is 400 without redirect")
        << desktop << u"https://attacker.example.com/callback"_s << u"S256"_s << 400 << QString();
    QTest::newRow("unknown client is 400 without redirect")
        << u"no-such-client"_s << loopback << u"S256"_s << 400 << QString();
    QTest::newRow("plain code challenge redirects invalid_request")
        << desktop << loopback << u"plain"_s << 302 << u"invalid_request"_s;
    QTest::newRow("missing code challenge redirects invalid_request")
        << desktop << loopback << QString() << 302 << u"invalid_request"_s;
}

void TestEgainV3::authorize()
{
    QFETCH(QString, clientId);
    QFETCH(QString, redirectUri);
    QFETCH(QString, challengeMethod);
    QFETCH(int, status);
    QFETCH(QString, error);

    const ApiAuth::Pkce pkce = ApiAuth::Pkce::generate();
    FormFields query;
    const FormFields standard = ApiAuth::authorizeQuery(
        pkce, lena, QLatin1StringView(ApiAuth::delegatedScopes), redirectUri);
    for (const auto &[name, value] : standard) {
        if (name == u"client_id")
            query.append({name, clientId});
        else if (name == u"code_challenge_method" || name == u"code_challenge") {
            if (challengeMethod == u"S256")
                query.append({name, value});
            else if (!challengeMethod.isEmpty())
                query.append({name, name == u"code_challenge" ? pkce.verifier : challengeMethod});
        } else {
            query.append({name, value});
        }
    }

    const ApiAuth::AuthorizeResult result = ApiAuth::authorize(*m_sandbox, query);
    COMPARE_STATUS(result.reply, status);
    if (status != 302) {
        QVERIFY2(!result.reply.hasHeader("Location"), result.reply.header("Location").constData());
        return;
    }
    const QString location = QString::fromUtf8(result.reply.header("Location"));
    QVERIFY2(location.startsWith(redirectUri + u'?'), qPrintable(location));
    QCOMPARE(result.state, u"st-4711"_s);
    QCOMPARE(result.error, error);
    QCOMPARE(result.code.isEmpty(), !error.isEmpty());
}

void TestEgainV3::codeExchange_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("actorId");

    QTest::newRow("PKCE exchange issues a token acting as the user")
        << lena << u"none"_s << 200 << QString() << u"1001"_s;
    QTest::newRow("login_hint selects the acting user")
        << u"m.jansen"_s << u"none"_s << 200 << QString() << u"1002"_s;
    QTest::newRow("wrong code_verifier is invalid_grant")
        << lena << u"verifier"_s << 400 << u"invalid_grant"_s << QString();
    QTest::newRow("code_verifier is required")
        << lena << u"no-verifier"_s << 400 << QString() << QString();
    QTest::newRow("redirect_uri must match the authorize request")
        << lena << u"redirect"_s << 400 << u"invalid_grant"_s << QString();
    QTest::newRow("authorization code is single-use")
        << lena << u"reuse"_s << 400 << u"invalid_grant"_s << QString();
    QTest::newRow("unknown authorization code is invalid_grant")
        << lena << u"unknown-code"_s << 400 << u"invalid_grant"_s << QString();
}

void TestEgainV3::codeExchange()
{
    QFETCH(QString, login);
    QFETCH(QString, mutation);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, actorId);

    const ApiAuth::Pkce pkce = ApiAuth::Pkce::generate();
    const ApiAuth::AuthorizeResult grant
        = ApiAuth::authorize(*m_sandbox, ApiAuth::authorizeQuery(pkce, login));
    COMPARE_STATUS(grant.reply, 302);
    QVERIFY2(!grant.code.isEmpty(), grant.reply.header("Location").constData());

    QString code = grant.code;
    QString verifier = pkce.verifier;
    QString redirect = QLatin1StringView(ApiAuth::loopbackRedirect);
    if (mutation == u"verifier")
        verifier = ApiAuth::Pkce::generate().verifier;
    else if (mutation == u"no-verifier")
        verifier.clear();
    else if (mutation == u"redirect")
        redirect = u"http://127.0.0.1:53683/callback"_s;
    else if (mutation == u"unknown-code")
        code = u"not-a-code"_s;
    else if (mutation == u"reuse")
        COMPARE_STATUS(ApiAuth::exchangeCode(*m_sandbox, code, verifier, redirect), 200);

    const HttpResult result = ApiAuth::exchangeCode(*m_sandbox, code, verifier, redirect);
    COMPARE_STATUS(result, status);
    if (status != 200) {
        const QString actual = result.object().value(u"error"_s).toString();
        QVERIFY2(!actual.isEmpty(), qPrintable(result.describe()));
        if (!error.isEmpty())
            QCOMPARE(actual, error);
        return;
    }
    const QString accessToken = result.object().value(u"access_token"_s).toString();
    QVERIFY(!accessToken.isEmpty());
    QCOMPARE(result.object().value(u"token_type"_s).toString().toLower(), u"bearer"_s);
    QCOMPARE(result.object().value(u"expires_in"_s).toInt(), 3600);

    // the token acts as the approving user: a calltrack without target is assigned to them
    const HttpResult created
        = sendRequest("POST", m_sandbox->url(v3 + u"/activity/calltrack"_s),
                      ApiAuth::bearerHeaders(accessToken, json), JsonPath::bytes(userCalltrack()));
    COMPARE_STATUS(created, 201);
    const QString id = QString::fromUtf8(created.header("Location")).section(u'/', -1);
    QCOMPARE(JsonPath::text(readActivity(id), u"status.assigned.user.id"_s), actorId);
}

void TestEgainV3::scopes_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QString create = v3 + u"/activity/calltrack"_s;
    const QString changeCase = v3 + u"/activity/81001/changecase"_s;
    const QByteArray empty = "{}";
    QTest::newRow("read-only client token reads")
        << u"readonly"_s << QByteArray("GET") << v3 + u"/activity/81001"_s << QByteArray() << 200
        << QString();
    QTest::newRow("read-only client token cannot create")
        << u"readonly"_s << QByteArray("POST") << create << JsonPath::bytes(appCalltrack()) << 403
        << u"403-101"_s;
    QTest::newRow("read-only client token cannot change case")
        << u"readonly"_s << QByteArray("PUT") << changeCase << empty << 403 << u"403-101"_s;
    QTest::newRow("read scope user token reads")
        << u"lena.fischer:read"_s << QByteArray("GET") << v3 + u"/activity/81001"_s << QByteArray()
        << 200 << QString();
    QTest::newRow("read scope user token cannot create")
        << u"lena.fischer:read"_s << QByteArray("POST") << create
        << JsonPath::bytes(userCalltrack()) << 403 << u"403-101"_s;
    QTest::newRow("read scope user token cannot change case")
        << u"lena.fischer:read"_s << QByteArray("PUT") << changeCase << empty << 403
        << u"403-101"_s;
    QTest::newRow("manage scope in full URI form can create")
        << u"app:uri"_s << QByteArray("POST") << create << JsonPath::bytes(appCalltrack()) << 201
        << QString();
}

void TestEgainV3::scopes()
{
    QFETCH(QString, actor);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);

    QVERIFY(!token(actor).isEmpty());
    const int before = calltrackCount();
    const HttpResult result = call(method, path, actor, body);
    COMPARE_STATUS(result, status);
    if (!code.isEmpty())
        QCOMPARE(result.code(), code);
    if (status == 403) {
        QCOMPARE(calltrackCount(), before);
        QCOMPARE(JsonPath::text(readActivity(u"81001"_s), u"case.id"_s), u"70001"_s);
    }
}

void TestEgainV3::authentication_data()
{
    QTest::addColumn<QString>("authorization");
    QTest::addColumn<QByteArray>("acceptLanguage");

    QTest::newRow("missing token is 401-101") << u"none"_s << QByteArray("en-US");
    QTest::newRow("unknown token is 401-101") << u"unknown"_s << QByteArray("en-US");
    QTest::newRow("Basic credentials are 401-101") << u"basic"_s << QByteArray("en-US");
    QTest::newRow("token ended by reset is 401-101") << u"reset"_s << QByteArray("en-US");
    QTest::newRow("authentication is checked before Accept-Language")
        << u"none"_s << QByteArray("en-US,*");
}

void TestEgainV3::authentication()
{
    QFETCH(QString, authorization);
    QFETCH(QByteArray, acceptLanguage);

    HttpHeaders headers {{"Accept", json}, {"Accept-Language", acceptLanguage}};
    if (authorization == u"unknown")
        headers.emplaceBack("Authorization", "Bearer 3q2-not-a-token");
    else if (authorization == u"basic")
        headers.emplaceBack("Authorization", "Basic bGVuYS5maXNjaGVyOnNhbmRib3g=");
    else if (authorization == u"reset") {
        const QString stale = token(u"app"_s);
        QVERIFY(!stale.isEmpty());
        QVERIFY(m_sandbox->reset());
        headers.emplaceBack("Authorization", "Bearer " + stale.toUtf8());
    }
    const HttpResult result
        = sendRequest("GET", m_sandbox->url(v3 + u"/activity/81001"_s), headers);
    COMPARE_STATUS(result, 401);
    QCOMPARE(result.code(), u"401-101"_s);
    QVERIFY(!result.object().value(u"developerMessage"_s).toString().isEmpty());
}

void TestEgainV3::tokenExpiresAfterRequests()
{
    SandboxProcess sandbox({u"--expire-sessions-after"_s, u"2"_s});
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    const QString accessToken = ApiAuth::clientCredentialsToken(sandbox);
    QVERIFY(!accessToken.isEmpty());
    const QUrl url = sandbox.url(v3 + u"/activity/81001"_s);
    COMPARE_STATUS(sendRequest("GET", url, ApiAuth::bearerHeaders(accessToken)), 200);
    COMPARE_STATUS(sendRequest("GET", url, ApiAuth::bearerHeaders(accessToken)), 200);
    const HttpResult expired = sendRequest("GET", url, ApiAuth::bearerHeaders(accessToken));
    COMPARE_STATUS(expired, 401);
    QCOMPARE(expired.code(), u"401-101"_s);

    // a new token works again
    const QString fresh = ApiAuth::clientCredentialsToken(sandbox);
    QVERIFY(!fresh.isEmpty());
    COMPARE_STATUS(sendRequest("GET", url, ApiAuth::bearerHeaders(fresh)), 200);
}

void TestEgainV3::acceptHeaders_data()
{
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("Accept-Language de-DE is served")
        << QByteArray("de-DE") << json << 200 << QString();
    QTest::newRow("Accept-Language sv-SE is served")
        << QByteArray("sv-SE") << json << 200 << QString();
    QTest::newRow("Accept-Language is case-insensitive")
        << QByteArray("EN-us") << json << 200 << QString();
    QTest::newRow("unsupported locale is 406-101")
        << QByteArray("xx-XX") << json << 406 << u"406-101"_s;
    QTest::newRow("language list en-US,* is 406-101")
        << QByteArray("en-US,*") << json << 406 << u"406-101"_s;
    QTest::newRow("bare language en is 406-101") << QByteArray("en") << json << 406 << u"406-101"_s;
    QTest::newRow("Accept application/xml is 406-102")
        << QByteArray("en-US") << QByteArray("application/xml") << 406 << u"406-102"_s;
    QTest::newRow("Accept text/html only is 406-102")
        << QByteArray("en-US") << QByteArray("text/html") << 406 << u"406-102"_s;
    QTest::newRow("Accept */* is served JSON")
        << QByteArray("en-US") << QByteArray("*/*") << 200 << QString();
    QTest::newRow("Accept list containing application/json is served JSON")
        << QByteArray("en-US") << QByteArray("text/html, application/json;q=0.9") << 200
        << QString();
    QTest::newRow("Accept application/json with parameters is served JSON")
        << QByteArray("en-US") << QByteArray("application/json; charset=utf-8") << 200 << QString();
}

void TestEgainV3::acceptHeaders()
{
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QByteArray, accept);
    QFETCH(int, status);
    QFETCH(QString, code);

    const QString accessToken = token(u"app"_s);
    QVERIFY(!accessToken.isEmpty());
    const HttpResult result = sendRequest("GET", m_sandbox->url(v3 + u"/activity/81001"_s),
                                          {{"Authorization", "Bearer " + accessToken.toUtf8()},
                                           {"Accept-Language", acceptLanguage},
                                           {"Accept", accept}});
    COMPARE_STATUS(result, status);
    if (status == 200) {
        QVERIFY2(result.header("Content-Type").startsWith(json),
                 result.header("Content-Type").constData());
        QCOMPARE(JsonPath::text(result.object(), u"activity.0.id"_s), u"81001"_s);
    } else {
        QCOMPARE(result.code(), code);
    }
}

// ---------------------------------------------------------------------------------------------
// Create calltrack activity, §7

void TestEgainV3::createCalltrackRules_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("unavailableUser");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QJsonObject user = userCalltrack();
    const QJsonObject app = appCalltrack();
    const auto row = [](const char *name, const QString &actor, const QJsonObject &body, int status,
                        const QString &code) {
        QTest::newRow(name) << actor << QString() << json << JsonPath::bytes(body) << QString()
                            << status << code;
    };
    const QString bad = u"400-102"_s;
    const QString forbidden = u"403-101"_s;

    QTest::newRow("C1 body is required")
        << lena << QString() << json << QByteArray() << QString() << 400 << bad;
    QTest::newRow("C1 malformed JSON is refused")
        << lena << QString() << json << QByteArray("{\"department\": {\"name\": ") << QString()
        << 400 << bad;
    QTest::newRow("C1 one activity per request")
        << lena << QString() << json << JsonPath::bytes(QJsonArray {user, user}) << QString() << 400
        << bad;
    QTest::newRow("C1 Content-Type must be application/json")
        << lena << QString() << QByteArray("text/plain") << JsonPath::bytes(user) << QString()
        << 400 << u"400-103"_s;

    row("C2 department.name is required", lena, without(user, u"department"_s), 400, bad);
    row("C2 department must exist", lena, with(user, u"department.name"_s, u"Marketing"_s), 400,
        bad);
    row("C2 user may create only in home or foreign departments", lena, salesCalltrack(), 403,
        forbidden);
    row("C2 user needs the create activity action", u"k.berg"_s, salesCalltrack(), 403, forbidden);

    row("C3 type.value must be call_track", lena, with(user, u"type.value"_s, u"email"_s), 400,
        bad);
    row("C3 type is required", lena, without(user, u"type"_s), 400, bad);

    row("C4 subtype must be configured", lena, with(user, u"type.subtype.value"_s, u"bogus"_s), 400,
        bad);
    row("C4 subtype must be configured for the department", lena,
        with(user, u"type.subtype.value"_s, u"order"_s), 400, bad);
    row("C4 subtype is required", lena, without(user, u"type.subtype"_s), 400, bad);

    row("C5 mode must be Inbound or Outbound", lena, with(user, u"mode.value"_s, u"Internal"_s),
        400, bad);
    row("C5 mode is case-sensitive", lena, with(user, u"mode.value"_s, u"inbound"_s), 400, bad);
    row("C5 mode is required", lena, without(user, u"mode"_s), 400, bad);

    row("C6 subject or content is required", lena, without(user, u"subject"_s), 400, bad);
    row("C6 subject has at most 255 characters", lena, with(user, u"subject"_s, QString(256, u's')),
        400, bad);

    row("C7 customer is required unless anonymous", lena, without(user, u"customer"_s), 400, bad);
    row("C7 customer must exist", lena, with(user, u"customer.id"_s, u"5999"_s), 400, bad);
    row("C7 contact person must exist", lena,
        with(without(user, u"customer"_s), u"customer.contacts.contact.id"_s, u"6999"_s), 400, bad);
    row("C7 customer must belong to the activity department", lena,
        with(user, u"customer.id"_s, u"5031"_s), 400, bad);
    row("C7 exactly one customer identifier", lena,
        with(user, u"contactPointData"_s, u"anna.schmidt@example.com"_s), 400, bad);
    QTest::newRow("C7 no customer element with anonymousCustomer=yes")
        << lena << u"?anonymousCustomer=yes"_s << json << JsonPath::bytes(user) << QString() << 400
        << bad;

    row("C8 phone contactPointData must be digits only", lena,
        with(without(user, u"customer"_s), u"contactPointData"_s, u"+49 30 555010001"_s), 400, bad);
    row("C8 email contactPointData must be valid", lena,
        with(without(user, u"customer"_s), u"contactPointData"_s, u"anna.schmidt@"_s), 400, bad);
    row("C8 contactPointData must belong to a customer", lena,
        with(without(user, u"customer"_s), u"contactPointData"_s, u"4930999999999"_s), 400, bad);

    row("C9 client application must name a target user", u"app"_s, user, 400, bad);
    row("C9 at most one target identifier", u"app"_s,
        with(app, u"status.assigned.user.id"_s, u"1002"_s), 400, bad);
    row("C9 target user login must exist", u"app"_s,
        with(app, u"status.assigned.user.name"_s, u"no.body"_s), 400, bad);
    row("C9 target user id must exist", u"app"_s,
        with(without(app, u"status.assigned.user.name"_s), u"status.assigned.user.id"_s, u"1999"_s),
        400, bad);
    row("C9 target custom attribute must identify a user", u"app"_s,
        with(without(app, u"status.assigned.user.name"_s),
             u"status.assigned.user.customAttributes"_s,
             customAttributes(u"employee_no"_s, u"E9999"_s)),
        400, bad);
    row("C9 target user must be logged in", u"app"_s,
        with(app, u"status.assigned.user.name"_s, u"r.ito"_s), 403, forbidden);
    QTest::newRow("C9 target availability follows the control endpoint")
        << u"app"_s << QString() << json
        << JsonPath::bytes(with(app, u"status.assigned.user.name"_s, u"m.jansen"_s))
        << u"m.jansen"_s << 403 << forbidden;
    row("C9 target user needs CallTrackPlus", u"app"_s,
        with(app, u"status.assigned.user.name"_s, u"t.nowak"_s), 403, forbidden);
    row("C9 caller needs Transfer permission for another user", lena,
        with(user, u"status.assigned.user.name"_s, u"m.jansen"_s), 403, forbidden);

    row("C10 case.id must exist", lena, with(user, u"case.id"_s, u"79999"_s), 400, bad);

    row("C11 priority above 7", lena, with(user, u"priority"_s, u"8"_s), 400, bad);
    row("C11 priority below 1", lena, with(user, u"priority"_s, u"0"_s), 400, bad);
    row("C11 priority must be a string", lena, with(user, u"priority"_s, 3), 400, bad);

    row("C12 dueDate must be in the future", lena,
        with(user, u"dueDate"_s, u"2020-01-15T08:00:00.000Z"_s), 400, bad);
    row("C12 dueDate must be a date", lena, with(user, u"dueDate"_s, u"tomorrow"_s), 400, bad);

    row("C13 every attachment needs altId", lena,
        with(user, u"attachments.attachment"_s,
             QJsonArray {QJsonObject {{u"name"_s, u"notes.txt"_s}}}),
        400, bad);

    row("C14 custom attribute name must exist", lena,
        with(user, u"customAttributes"_s, customAttributes(u"shoe_size"_s, u"42"_s)), 400, bad);
    row("C14 enumeration value must be listed", lena,
        with(user, u"customAttributes"_s, customAttributes(u"contact_reason"_s, u"urgent"_s)), 400,
        bad);

    row("C15 content types only text and html", lena,
        with(user, u"payload.calltrack.content.rtf"_s, u"{\\rtf1 notes}"_s), 400, bad);

    QTest::newRow("C16 unknown query parameter is 400-101")
        << lena << u"?foo=bar"_s << json << JsonPath::bytes(user) << QString() << 400
        << u"400-101"_s;
    QTest::newRow("C16 anonymousCustomer only accepts yes")
        << lena << u"?anonymousCustomer=no"_s << json
        << JsonPath::bytes(anonymousCalltrack(u"4971188776655"_s)) << QString() << 400 << QString();
}

void TestEgainV3::createCalltrackRules()
{
    QFETCH(QString, actor);
    QFETCH(QString, query);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, unavailableUser);
    QFETCH(int, status);
    QFETCH(QString, code);

    QVERIFY(!token(actor).isEmpty());
    if (!unavailableUser.isEmpty())
        QVERIFY(m_sandbox->setUserAvailable(unavailableUser, false));
    const int before = calltrackCount();
    QVERIFY(before > 0);

    const HttpResult result
        = sendRequest("POST", m_sandbox->url(v3 + u"/activity/calltrack"_s + query),
                      ApiAuth::bearerHeaders(token(actor), contentType), body);
    COMPARE_STATUS(result, status);
    if (!code.isEmpty())
        QCOMPARE(result.code(), code);
    QVERIFY2(result.code().startsWith(QString::number(status) + u'-'),
             qPrintable(result.describe()));
    QVERIFY(!result.object().value(u"developerMessage"_s).toString().isEmpty());
    QVERIFY(!result.hasHeader("Location"));
    // nothing was created
    QCOMPARE(calltrackCount(), before);
}

void TestEgainV3::createCalltrackSuccess_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("caseId"); // empty: a new case
    QTest::addColumn<QString>("assignee");
    QTest::addColumn<QString>("customer"); // empty: no customer
    QTest::addColumn<QString>("department");
    QTest::addColumn<QJsonObject>("checks"); // dotted path → value in the $attribute=all form

    const QJsonObject user = userCalltrack();
    const QJsonObject app = appCalltrack();
    const auto row
        = [](const char *name, const QString &actor, const QJsonObject &body, const QString &caseId,
             const QString &assignee, const QString &customer, const QJsonObject &checks = {}) {
              QTest::newRow(name) << actor << QString() << body << caseId << assignee << customer
                                  << JsonPath::text(body, u"department.name"_s) << checks;
          };
    const QJsonObject noCustomer = without(user, u"customer"_s);

    row("C2 user creates in home department", lena, user, {}, u"1001"_s, u"5001"_s);
    row("C2 supervisor creates in foreign department", u"s.okafor"_s, salesCalltrack(), {},
        u"1003"_s, u"5031"_s);
    row("C4 configured subtype complaint", lena,
        with(user, u"type.subtype.value"_s, u"complaint"_s), {}, u"1001"_s, u"5001"_s);
    row("C5 mode Outbound", lena, with(user, u"mode.value"_s, u"Outbound"_s), {}, u"1001"_s,
        u"5001"_s);
    row("C6 content without subject", lena,
        with(without(user, u"subject"_s), u"payload.calltrack.content.text"_s,
             u"Router restarts every 20 minutes."_s),
        {}, u"1001"_s, u"5001"_s,
        {{u"payload.calltrack.content.text"_s, u"Router restarts every 20 minutes."_s}});
    row("C6 subject of 255 characters", lena, with(user, u"subject"_s, QString(255, u's')), {},
        u"1001"_s, u"5001"_s);
    row("C7 customer by contact person", lena,
        with(noCustomer, u"customer.contacts.contact.id"_s, u"6001"_s), {}, u"1001"_s, u"5001"_s);
    row("C7 contact person as one-element array", lena,
        with(noCustomer, u"customer.contacts.contact"_s,
             QJsonArray {QJsonObject {{u"id"_s, u"6002"_s}}}),
        {}, u"1001"_s, u"5002"_s);
    row("C7 customer by email contact point", lena,
        with(noCustomer, u"customer.contacts.contact.email.id"_s, u"7002"_s), {}, u"1001"_s,
        u"5002"_s);
    row("C7 customer by phone contact point", lena,
        with(noCustomer, u"customer.contacts.contact.phone.id"_s, u"8001"_s), {}, u"1001"_s,
        u"5001"_s);
    row("C8 contactPointData email of a customer", lena,
        with(noCustomer, u"contactPointData"_s, u"anna.schmidt@example.com"_s), {}, u"1001"_s,
        u"5001"_s);
    row("C8 contactPointData phone of a customer", lena,
        with(noCustomer, u"contactPointData"_s, u"4930555010002"_s), {}, u"1001"_s, u"5002"_s);
    QTest::newRow("C7 anonymousCustomer=yes links no customer")
        << lena << u"?anonymousCustomer=yes"_s << anonymousCalltrack(u"4971188776655"_s)
        << QString() << u"1001"_s << QString() << u"Service"_s
        << QJsonObject {{u"contactPointData"_s, u"4971188776655"_s}};
    row("C9 client application names the target by login", u"app"_s,
        with(app, u"status.assigned.user.name"_s, u"m.jansen"_s), {}, u"1002"_s, u"5001"_s);
    row("C9 client application names the target by id", u"app"_s,
        with(without(app, u"status.assigned.user.name"_s), u"status.assigned.user.id"_s, u"1002"_s),
        {}, u"1002"_s, u"5001"_s);
    row("C9 client application names the target by custom attribute", u"app"_s,
        with(without(app, u"status.assigned.user.name"_s),
             u"status.assigned.user.customAttributes"_s,
             customAttributes(u"employee_no"_s, u"E1002"_s)),
        {}, u"1002"_s, u"5001"_s);
    row("C9 supervisor with Transfer assigns to another user", u"s.okafor"_s,
        with(user, u"status.assigned.user.name"_s, u"m.jansen"_s), {}, u"1002"_s, u"5001"_s);
    row("C9 user may name herself as target", lena,
        with(user, u"status.assigned.user.name"_s, lena), {}, u"1001"_s, u"5001"_s);
    row("C10 existing open case", lena, with(user, u"case.id"_s, u"70001"_s), u"70001"_s, u"1001"_s,
        u"5001"_s);
    row("C10 closed case is reopened", lena, with(user, u"case.id"_s, u"70002"_s), u"70002"_s,
        u"1001"_s, u"5001"_s);
    row("C11 priority 7", lena, with(user, u"priority"_s, u"7"_s), {}, u"1001"_s, u"5001"_s,
        {{u"priority"_s, u"7"_s}});
    row("C12 dueDate in the future", lena, with(user, u"dueDate"_s, u"2031-01-15T08:00:00.000Z"_s),
        {}, u"1001"_s, u"5001"_s, {{u"dueDate"_s, u"2031-01-15T08:00:00.000Z"_s}});
    row("C14 enumeration custom attribute with a listed value", lena,
        with(user, u"customAttributes"_s, customAttributes(u"contact_reason"_s, u"billing"_s)), {},
        u"1001"_s, u"5001"_s,
        {{u"customAttributes.customAttribute.0.attribName"_s, u"contact_reason"_s},
         {u"customAttributes.customAttribute.0.attribValues.attribValue.0.value"_s, u"billing"_s}});
    row("C14 text custom attribute", lena,
        with(user, u"customAttributes"_s,
             customAttributes(u"callback_number"_s, u"4930555010001"_s)),
        {}, u"1001"_s, u"5001"_s,
        {{u"customAttributes.customAttribute.0.attribName"_s, u"callback_number"_s},
         {u"customAttributes.customAttribute.0.attribValues.attribValue.0.value"_s,
          u"4930555010001"_s}});
    row("C15 text and html content", lena,
        with(with(user, u"payload.calltrack.content.text"_s, u"notes"_s),
             u"payload.calltrack.content.html"_s, u"<p>notes</p>"_s),
        {}, u"1001"_s, u"5001"_s,
        {{u"payload.calltrack.content.text"_s, u"notes"_s},
         {u"payload.calltrack.content.html"_s, u"<p>notes</p>"_s}});
}

void TestEgainV3::createCalltrackSuccess()
{
    QFETCH(QString, actor);
    QFETCH(QString, query);
    QFETCH(QJsonObject, body);
    QFETCH(QString, caseId);
    QFETCH(QString, assignee);
    QFETCH(QString, customer);
    QFETCH(QString, department);
    QFETCH(QJsonObject, checks);

    QVERIFY(!token(actor).isEmpty());
    const int before = calltrackCount();
    QVERIFY(before > 0);

    const HttpResult result
        = call("POST", v3 + u"/activity/calltrack"_s + query, actor, JsonPath::bytes(body));
    COMPARE_STATUS(result, 201);
    QVERIFY2(result.body.trimmed().isEmpty(), result.body.constData());
    const QString location = QString::fromUtf8(result.header("Location"));
    const QRegularExpressionMatch match
        = QRegularExpression(u"^/core/casemgr/v3/activity/(\\d+)$"_s).match(location);
    QVERIFY2(match.hasMatch(), qPrintable(u"Location: "_s + location));
    const QString id = match.captured(1);
    QCOMPARE(calltrackCount(), before + 1);

    const QJsonObject activity = readActivity(id, u"?$attribute=all"_s);
    QCOMPARE(JsonPath::text(activity, u"id"_s), id);
    QCOMPARE(JsonPath::text(activity, u"type.value"_s), u"call_track"_s);
    QCOMPARE(JsonPath::text(activity, u"type.subtype.value"_s),
             JsonPath::text(body, u"type.subtype.value"_s));
    const QString mode = JsonPath::text(body, u"mode.value"_s);
    QCOMPARE(JsonPath::text(activity, u"mode.value"_s), mode.toLower());
    QCOMPARE(JsonPath::text(activity, u"mode.displayValue"_s), mode);
    QCOMPARE(JsonPath::text(activity, u"status.value"_s), u"assigned"_s);
    QCOMPARE(JsonPath::text(activity, u"status.assigned.user.id"_s), assignee);
    QCOMPARE(JsonPath::text(activity, u"department.name"_s), department);
    QCOMPARE(JsonPath::text(activity, u"customer.id"_s), customer);
    if (body.contains(u"subject"_s))
        QCOMPARE(activity.value(u"subject"_s).toString(), body.value(u"subject"_s).toString());
    for (auto check = checks.constBegin(); check != checks.constEnd(); ++check) {
        const QString actual = JsonPath::text(activity, check.key());
        QVERIFY2(actual == check.value().toString(),
                 qPrintable(u"%1: expected \"%2\", got \"%3\""_s.arg(
                     check.key(), check.value().toString(), actual)));
    }

    const QString activityCase = JsonPath::text(activity, u"case.id"_s);
    if (!caseId.isEmpty()) {
        QCOMPARE(activityCase, caseId);
        QCOMPARE(valueOf(readCase(caseId).value(u"status"_s)), u"open"_s);
        return;
    }
    // a new case takes department, customer and subject of the activity, the assignee as
    // owner and channel phone
    QVERIFY2(!activityCase.isEmpty() && !isFixtureCase(activityCase), qPrintable(activityCase));
    const QJsonObject newCase = readCase(activityCase);
    QCOMPARE(JsonPath::text(newCase, u"id"_s), activityCase);
    QCOMPARE(valueOf(newCase.value(u"status"_s)), u"open"_s);
    QCOMPARE(JsonPath::text(newCase, u"department.name"_s), department);
    QCOMPARE(JsonPath::text(newCase, u"customer.id"_s), customer);
    QCOMPARE(JsonPath::text(newCase, u"owner.user.id"_s), assignee);
    if (body.contains(u"subject"_s))
        QCOMPARE(newCase.value(u"subject"_s).toString(), body.value(u"subject"_s).toString());
    const QJsonValue channel = newCase.contains(u"originatingChannel"_s)
        ? newCase.value(u"originatingChannel"_s)
        : newCase.value(u"channel"_s);
    QCOMPARE(valueOf(channel), u"phone"_s);
}

// ---------------------------------------------------------------------------------------------
// Get activity by IDs, §8

void TestEgainV3::getActivities_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("ids");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("expectedIds"); // in answer order when $sort is given

    const QString app = u"app"_s;
    QTest::newRow("one id") << app << u"81001"_s << QString() << 200 << QString()
                            << QStringList {u"81001"_s};
    QTest::newRow("several ids") << app << u"81010,81001,81007"_s << QString() << 200 << QString()
                                 << QStringList {u"81001"_s, u"81007"_s, u"81010"_s};
    QTest::newRow("75 ids are the limit") << app << idList(81101, 75) << QString() << 200
                                          << QString() << idList(81101, 75).split(u',');
    QTest::newRow("76 ids are 400")
        << app << idList(81101, 76) << QString() << 400 << u"400-102"_s << QStringList();
    QTest::newRow("unknown id is 404")
        << app << u"89999"_s << QString() << 404 << u"404-101"_s << QStringList();
    QTest::newRow("one unknown id among known ones is 404")
        << app << u"81001,89999"_s << QString() << 404 << u"404-101"_s << QStringList();
    QTest::newRow("malformed id list is 400")
        << app << u"81001,abc"_s << QString() << 400 << u"400-102"_s << QStringList();
    QTest::newRow("paging parameters are not supported")
        << app << u"81001"_s << u"?$pagesize=10"_s << 400 << u"400-101"_s << QStringList();
    QTest::newRow("unknown query parameter is 400-101")
        << app << u"81001"_s << u"?foo=bar"_s << 400 << u"400-101"_s << QStringList();
    QTest::newRow("$order without $sort is 400")
        << app << u"81001,81002"_s << u"?$order=desc"_s << 400 << QString() << QStringList();
    QTest::newRow("unsupported $attribute is 400")
        << app << u"81001"_s << u"?$attribute=shoe_size"_s << 400 << QString() << QStringList();
    QTest::newRow("$sort=id with $order=desc")
        << app << u"81001,81002,81003"_s << u"?$sort=id&$order=desc"_s << 200 << QString()
        << QStringList {u"81003"_s, u"81002"_s, u"81001"_s};
    QTest::newRow("user sees the home department")
        << lena << u"81001"_s << QString() << 200 << QString() << QStringList {u"81001"_s};
    QTest::newRow("user may not see another department: 403")
        << lena << u"81009"_s << QString() << 403 << u"403-101"_s << QStringList();
    QTest::newRow("supervisor sees a foreign department")
        << u"s.okafor"_s << u"81009"_s << QString() << 200 << QString() << QStringList {u"81009"_s};
}

void TestEgainV3::getActivities()
{
    QFETCH(QString, actor);
    QFETCH(QString, ids);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QStringList, expectedIds);

    QVERIFY(!token(actor).isEmpty());
    const HttpResult result = call("GET", v3 + u"/activity/"_s + ids + query, actor);
    COMPARE_STATUS(result, status);
    if (status != 200) {
        QVERIFY2(result.code().startsWith(QString::number(status) + u'-'),
                 qPrintable(result.describe()));
        if (!code.isEmpty())
            QCOMPARE(result.code(), code);
        return;
    }
    QStringList actual = JsonPath::column(result.object(), u"activity"_s, u"id"_s);
    if (!query.contains(u"$sort")) {
        std::sort(actual.begin(), actual.end());
        std::sort(expectedIds.begin(), expectedIds.end());
    }
    QCOMPARE(actual, expectedIds);
}

void TestEgainV3::activityFields_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QJsonObject>("expected"); // dotted path → value

    QTest::newRow("81001 assigned calltrack of case 70001")
        << u"81001"_s
        << QJsonObject {{u"id"_s, u"81001"_s},
                        {u"case.id"_s, u"70001"_s},
                        {u"department.id"_s, u"1"_s},
                        {u"department.name"_s, u"Service"_s},
                        {u"type.value"_s, u"call_track"_s},
                        {u"status.value"_s, u"assigned"_s},
                        {u"status.assigned.user.id"_s, u"1001"_s},
                        {u"customer.id"_s, u"5001"_s}};
    QTest::newRow("81002 email in queue") << u"81002"_s
                                          << QJsonObject {{u"case.id"_s, u"70001"_s},
                                                          {u"type.value"_s, u"email"_s},
                                                          {u"status.value"_s, u"in_queue"_s}};
    QTest::newRow("81003 assigned to m.jansen")
        << u"81003"_s
        << QJsonObject {{u"status.value"_s, u"assigned"_s},
                        {u"status.assigned.user.id"_s, u"1002"_s}};
    QTest::newRow("81005 completed with substatus done")
        << u"81005"_s
        << QJsonObject {{u"status.value"_s, u"completed"_s},
                        {u"status.substatus.value"_s, u"done"_s}};
    QTest::newRow("81006 belongs to the closed case 70002")
        << u"81006"_s << QJsonObject {{u"case.id"_s, u"70002"_s}};
    QTest::newRow("81009 in Sales assigned to j.moreau")
        << u"81009"_s
        << QJsonObject {{u"case.id"_s, u"70005"_s},
                        {u"department.id"_s, u"2"_s},
                        {u"department.name"_s, u"Sales"_s},
                        {u"status.assigned.user.id"_s, u"1004"_s}};
    QTest::newRow("81010 calltrack in queue without customer")
        << u"81010"_s
        << QJsonObject {{u"case.id"_s, u"70006"_s},
                        {u"type.value"_s, u"call_track"_s},
                        {u"status.value"_s, u"in_queue"_s},
                        {u"customer.id"_s, QString()}};
}

void TestEgainV3::activityFields()
{
    QFETCH(QString, id);
    QFETCH(QJsonObject, expected);

    const QJsonObject activity = readActivity(id);
    QVERIFY(!activity.isEmpty());
    for (auto field = expected.constBegin(); field != expected.constEnd(); ++field) {
        QVERIFY2(
            JsonPath::text(activity, field.key()) == field.value().toString(),
            qPrintable(u"%1: expected \"%2\", got \"%3\""_s.arg(
                field.key(), field.value().toString(), JsonPath::text(activity, field.key()))));
    }
}

// ---------------------------------------------------------------------------------------------
// Activity search, §9

void TestEgainV3::search_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("total"); // paginationInfo.count
    QTest::addColumn<int>("pageLength");
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<QString>("lastId");

    const QString app = u"app"_s;
    QTest::newRow("caseID finds every activity of the case")
        << app << u"caseID=70001"_s << 200 << QString() << 5 << 5 << u"81001"_s << u"81005"_s;
    QTest::newRow("status=open matches all but completed")
        << app << u"caseID=70001&status=open"_s << 200 << QString() << 4 << 4 << u"81001"_s
        << u"81004"_s;
    QTest::newRow("status=completed") << app << u"caseID=70001&status=completed"_s << 200
                                      << QString() << 1 << 1 << u"81005"_s << u"81005"_s;
    QTest::newRow("type together with another filter")
        << app << u"caseID=70006&type=call_track"_s << 200 << QString() << 1 << 1 << u"81010"_s
        << u"81010"_s;
    QTest::newRow("default page size is 25 and count is the total")
        << app << u"caseID=70008"_s << 200 << QString() << 80 << 25 << u"81101"_s << u"81125"_s;
    QTest::newRow("$pagesize=75 is the largest page")
        << app << u"caseID=70008&$pagesize=75"_s << 200 << QString() << 80 << 75 << u"81101"_s
        << u"81175"_s;
    QTest::newRow("last page holds the rest")
        << app << u"caseID=70008&$pagenum=4&$pagesize=25"_s << 200 << QString() << 80 << 5
        << u"81176"_s << u"81180"_s;
    QTest::newRow("page beyond the end is 204")
        << app << u"caseID=70008&$pagenum=5&$pagesize=25"_s << 204 << QString() << -1 << -1
        << QString() << QString();
    QTest::newRow("$rangestart and $rangesize")
        << app << u"caseID=70008&$rangestart=11&$rangesize=5"_s << 200 << QString() << 80 << 5
        << u"81111"_s << u"81115"_s;
    QTest::newRow("$sort=id with $order=desc")
        << app << u"caseID=70008&$sort=id&$order=desc&$pagesize=3"_s << 200 << QString() << 80 << 3
        << u"81180"_s << u"81178"_s;
    QTest::newRow("no match is 204")
        << app << u"caseID=79999"_s << 204 << QString() << -1 << -1 << QString() << QString();
    QTest::newRow("type alone is 400")
        << app << u"type=call_track"_s << 400 << QString() << -1 << -1 << QString() << QString();
    QTest::newRow("$order without $sort is 400") << app << u"caseID=70008&$order=desc"_s << 400
                                                 << QString() << -1 << -1 << QString() << QString();
    QTest::newRow("$pagesize above 75 is 400") << app << u"caseID=70008&$pagesize=76"_s << 400
                                               << QString() << -1 << -1 << QString() << QString();
    QTest::newRow("$pagesize 0 is 400") << app << u"caseID=70008&$pagesize=0"_s << 400 << QString()
                                        << -1 << -1 << QString() << QString();
    QTest::newRow("paging and range parameters may not be mixed")
        << app << u"caseID=70008&$pagenum=1&$rangesize=5"_s << 400 << QString() << -1 << -1
        << QString() << QString();
    QTest::newRow("unsupported $sort attribute is 400")
        << app << u"caseID=70008&$sort=customer"_s << 400 << QString() << -1 << -1 << QString()
        << QString();
    QTest::newRow("unknown parameter is 400-101")
        << app << u"caseID=70008&foo=bar"_s << 400 << u"400-101"_s << -1 << -1 << QString()
        << QString();
    QTest::newRow("assignedTo is a user filter, not a client filter")
        << app << u"caseID=70001&assignedTo=1002"_s << 400 << QString() << -1 << -1 << QString()
        << QString();
    QTest::newRow("user filter assignedTo") << lena << u"caseID=70001&assignedTo=1002"_s << 200
                                            << QString() << 1 << 1 << u"81003"_s << u"81003"_s;
}

void TestEgainV3::search()
{
    QFETCH(QString, actor);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(int, total);
    QFETCH(int, pageLength);
    QFETCH(QString, firstId);
    QFETCH(QString, lastId);

    QVERIFY(!token(actor).isEmpty());
    const HttpResult result = call("GET", v3 + u"/activity?"_s + query, actor);
    COMPARE_STATUS(result, status);
    if (status == 204) {
        QVERIFY2(result.body.isEmpty(), result.body.constData());
        return;
    }
    if (status != 200) {
        QVERIFY2(result.code().startsWith(QString::number(status) + u'-'),
                 qPrintable(result.describe()));
        if (!code.isEmpty())
            QCOMPARE(result.code(), code);
        return;
    }
    const QStringList ids = JsonPath::column(result.object(), u"activity"_s, u"id"_s);
    QCOMPARE(JsonPath::at(result.object(), u"paginationInfo.count"_s).toInt(), total);
    QCOMPARE(ids.size(), pageLength);
    QCOMPARE(ids.first(), firstId);
    QCOMPARE(ids.last(), lastId);
}

// ---------------------------------------------------------------------------------------------
// Change case, §10 (the full P1–P11 set runs against ECE v12 in tst_ecev12)

void TestEgainV3::changeCase_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("ids");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("originalCase");
    QTest::addColumn<QString>("targetCase"); // "new" for a new case

    QTest::newRow("new case answers 201 with a v3 Location")
        << lena << u"81001"_s << QByteArray("{}") << 201 << QString() << u"70001"_s << u"new"_s;
    QTest::newRow("client application moves to a new case")
        << u"app"_s << u"81002"_s << QByteArray("{}") << 201 << QString() << u"70001"_s << u"new"_s;
    QTest::newRow("existing case answers 204")
        << lena << u"81008"_s << QByteArray(R"({"id":"70001"})") << 204 << QString() << u"70004"_s
        << u"70001"_s;
    QTest::newRow("P1 unknown activity is 404")
        << lena << u"89999"_s << QByteArray("{}") << 404 << u"404-101"_s << QString() << QString();
    QTest::newRow("P4 customers of source and target must match")
        << lena << u"81007"_s << QByteArray(R"({"id":"70001"})") << 400 << u"400-102"_s
        << u"70003"_s << QString();
    QTest::newRow("P8 activity locked by another user is 403-102")
        << lena << u"81003"_s << QByteArray("{}") << 403 << u"403-102"_s << u"70001"_s << QString();
}

void TestEgainV3::changeCase()
{
    QFETCH(QString, actor);
    QFETCH(QString, ids);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, originalCase);
    QFETCH(QString, targetCase);

    QVERIFY(!token(actor).isEmpty());
    const HttpResult result
        = call("PUT", v3 + u"/activity/"_s + ids + u"/changecase"_s, actor, body);
    COMPARE_STATUS(result, status);
    if (!code.isEmpty())
        QCOMPARE(result.code(), code);

    QString expectedCase = targetCase.isEmpty() ? originalCase : targetCase;
    if (status == 201) {
        const QString location = QString::fromUtf8(result.header("Location"));
        const QRegularExpressionMatch match
            = QRegularExpression(u"^/core/casemgr/v3/case/(\\d+)$"_s).match(location);
        QVERIFY2(match.hasMatch(), qPrintable(u"Location: "_s + location));
        expectedCase = match.captured(1);
        QVERIFY(expectedCase != originalCase);
    } else if (status == 204) {
        QVERIFY(!result.hasHeader("Location"));
        QVERIFY(result.body.isEmpty());
    }
    if (!originalCase.isEmpty())
        QCOMPARE(JsonPath::text(readActivity(ids), u"case.id"_s), expectedCase);
}

QTEST_GUILESS_MAIN(TestEgainV3)
#include "tst_egainv3.moc"
