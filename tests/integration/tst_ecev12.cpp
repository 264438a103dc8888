// Cisco ECE Interaction API v12 against agentdesk-sandbox: login, sessions, logout, change case
// (P1–P11 of the ECE v12 API reference §5.2 and the effects of §5.3), reads, searches, attributes.
#include "apiauth.h"
#include "httpresult.h"
#include "jsonpath.h"
#include "sandboxprocess.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using JsonPath::with;
using JsonPath::without;

namespace {

const QString v12 = u"/system/ws/v12"_s;
const QString lena = u"lena.fischer"_s;
const QString supervisor = u"s.okafor"_s;
const QByteArray json = "application/json";

QString idList(int first, int count)
{
    QStringList ids;
    for (int id = first; id < first + count; ++id)
        ids.append(QString::number(id));
    return ids.join(u',');
}

// the fixture case of a fixture activity (sandbox/README.md)
QString fixtureCaseOf(const QString &activityId)
{
    const int id = activityId.toInt();
    if (id >= 81001 && id <= 81005)
        return u"70001"_s;
    if (id >= 81101 && id <= 81180)
        return u"70008"_s;
    static const QHash<int, QString> single {{81006, u"70002"_s}, {81007, u"70003"_s},
                                             {81008, u"70004"_s}, {81009, u"70005"_s},
                                             {81010, u"70006"_s}, {81011, u"70007"_s}};
    return single.value(id);
}

// a status or channel arrives as a string or as {"value": …}
QString valueOf(const QJsonValue &member)
{
    return member.isObject() ? member.toObject().value(u"value"_s).toString() : member.toString();
}

// every "id" below a member, however the related cases are nested
void collectIds(const QJsonValue &value, QSet<QString> &ids)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            collectIds(element, ids);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto member = object.constBegin(); member != object.constEnd(); ++member) {
            if (member.key() == u"id")
                ids.insert(JsonPath::text(member.value(), QString()));
            else
                collectIds(member.value(), ids);
        }
    }
}

// replies arrive as {"reply": […]} (or as a plain array)
qsizetype replyCount(const QJsonValue &replies)
{
    if (replies.isArray())
        return replies.toArray().size();
    return replies.toObject().value(u"reply"_s).toArray().size();
}

QSet<QString> relatedCaseIds(const QJsonObject &caseObject)
{
    QSet<QString> ids;
    collectIds(caseObject.value(u"relatedCases"_s), ids);
    return ids;
}

QJsonObject customAttributes(const QString &name, const QString &value)
{
    const QJsonObject attribute {
        {u"attribName"_s, name},
        {u"attribValues"_s,
         QJsonObject {{u"attribValue"_s, QJsonArray {QJsonObject {{u"value"_s, value}}}}}}};
    return {{u"customAttribute"_s, QJsonArray {attribute}}};
}

QJsonObject userCalltrack()
{
    return QJsonObject {
        {u"department"_s, QJsonObject {{u"name"_s, u"Service"_s}}},
        {u"type"_s,
         QJsonObject {{u"value"_s, u"call_track"_s},
                      {u"subtype"_s, QJsonObject {{u"value"_s, u"general"_s}}}}},
        {u"mode"_s, QJsonObject {{u"value"_s, u"Inbound"_s}}},
        {u"customer"_s, QJsonObject {{u"id"_s, u"5002"_s}}},
        {u"subject"_s, u"Caller asks about an invoice"_s},
    };
}

} // namespace

class TestEceV12 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void login_data();
    void login();
    void sixthSessionIsRefused();
    void forceLoginEndsOldestSession();
    void sessionLimitIsPerUser();
    void logout();
    void logoutWithoutSession();
    void sessionExpiresAfterRequestsOption();
    void sessionExpiresAfterRequestsFault();

    void changeCaseRules_data();
    void changeCaseRules();
    void changeCaseEffects_data();
    void changeCaseEffects();

    void searchActivities_data();
    void searchActivities();
    void getCases_data();
    void getCases();
    void searchCases_data();
    void searchCases();
    void attributes_data();
    void attributes();
    void createCalltrack_data();
    void createCalltrack();

private:
    QByteArray session(const QString &login);
    HttpResult call(const QByteArray &method, const QString &pathAndQuery, const QString &login,
                    const QByteArray &body = {}, const QByteArray &contentType = json);
    // reads as the supervisor, who sees every department
    QJsonArray readActivities(const QString &ids, const QString &query = {});
    QJsonObject readCase(const QString &id);

    std::unique_ptr<SandboxProcess> m_sandbox;
    QHash<QString, QByteArray> m_sessions;
};

void TestEceV12::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
}

void TestEceV12::init()
{
    QVERIFY(m_sandbox->reset());
    m_sessions.clear();
}

QByteArray TestEceV12::session(const QString &login)
{
    if (login.isEmpty())
        return {};
    if (const auto cached = m_sessions.constFind(login); cached != m_sessions.cend())
        return *cached;
    const QByteArray id = ApiAuth::eceSession(*m_sandbox, login);
    if (!id.isEmpty())
        m_sessions.insert(login, id);
    return id;
}

HttpResult TestEceV12::call(const QByteArray &method, const QString &pathAndQuery,
                            const QString &login, const QByteArray &body,
                            const QByteArray &contentType)
{
    return sendRequest(
        method, m_sandbox->url(pathAndQuery),
        ApiAuth::sessionHeaders(session(login), body.isEmpty() ? QByteArray() : contentType), body);
}

QJsonArray TestEceV12::readActivities(const QString &ids, const QString &query)
{
    const HttpResult result
        = call("GET", v12 + u"/interaction/activity/"_s + ids + query, supervisor);
    if (result.status != 200) {
        qWarning("reading activities %s failed: %s", qPrintable(ids),
                 qPrintable(result.describe()));
        return {};
    }
    return result.object().value(u"activity"_s).toArray();
}

QJsonObject TestEceV12::readCase(const QString &id)
{
    const HttpResult result
        = call("GET", v12 + u"/interaction/case/"_s + id + u"?$attribute=all"_s, supervisor);
    if (result.status != 200) {
        qWarning("reading case %s failed: %s", qPrintable(id), qPrintable(result.describe()));
        return {};
    }
    return JsonPath::at(result.object(), u"case.0"_s).toObject();
}

// ---------------------------------------------------------------------------------------------
// Login, sessions and logout, §2–4

void TestEceV12::login_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("login with userName answers 204 and X-egain-session")
        << QString() << QByteArray(R"({"userName":"lena.fischer","password":"sandbox"})") << 204
        << QString();
    QTest::newRow("login with username is accepted")
        << QString() << QByteArray(R"({"username":"m.jansen","password":"sandbox"})") << 204
        << QString();
    QTest::newRow("forceLogin=yes below the limit logs in")
        << u"?forceLogin=yes"_s << QByteArray(R"({"userName":"lena.fischer","password":"sandbox"})")
        << 204 << QString();
    QTest::newRow("wrong password is 401-102")
        << QString() << QByteArray(R"({"userName":"lena.fischer","password":"wrong"})") << 401
        << u"401-102"_s;
    QTest::newRow("unknown user is 401-102")
        << QString() << QByteArray(R"({"userName":"no.body","password":"sandbox"})") << 401
        << u"401-102"_s;
    QTest::newRow("missing password is 400-102")
        << QString() << QByteArray(R"({"userName":"lena.fischer"})") << 400 << u"400-102"_s;
    QTest::newRow("missing user name is 400-102")
        << QString() << QByteArray(R"({"password":"sandbox"})") << 400 << u"400-102"_s;
    QTest::newRow("forceLogin accepts only yes")
        << u"?forceLogin=no"_s << QByteArray(R"({"userName":"lena.fischer","password":"sandbox"})")
        << 400 << QString();
}

void TestEceV12::login()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);

    const HttpResult result
        = sendRequest("POST", m_sandbox->url(v12 + u"/authentication/user/login"_s + query),
                      {{"Content-Type", json}}, body);
    COMPARE_STATUS(result, status);
    const QByteArray id = result.header("X-egain-session");
    if (status != 204) {
        QVERIFY(id.isEmpty());
        QVERIFY2(result.code().startsWith(QString::number(status) + u'-'),
                 qPrintable(result.describe()));
        if (!code.isEmpty())
            QCOMPARE(result.code(), code);
        return;
    }
    QVERIFY(!id.isEmpty());
    QVERIFY(result.body.isEmpty());

    // the session works and is echoed on the answer
    const HttpResult read = sendRequest(
        "GET", m_sandbox->url(v12 + u"/interaction/activity/81001"_s), ApiAuth::sessionHeaders(id));
    COMPARE_STATUS(read, 200);
    QCOMPARE(read.header("X-egain-session"), id);
}

void TestEceV12::sixthSessionIsRefused()
{
    QList<QByteArray> sessions;
    for (int i = 0; i < 5; ++i) {
        const HttpResult result = ApiAuth::eceLogin(*m_sandbox, lena);
        COMPARE_STATUS(result, 204);
        sessions.append(result.header("X-egain-session"));
    }
    QCOMPARE(QSet<QByteArray>(sessions.cbegin(), sessions.cend()).size(), 5);

    const HttpResult sixth = ApiAuth::eceLogin(*m_sandbox, lena);
    COMPARE_STATUS(sixth, 409);
    QCOMPARE(sixth.code(), u"409-101"_s);
    QVERIFY(!sixth.hasHeader("X-egain-session"));

    for (const QByteArray &id : sessions) {
        const HttpResult read
            = sendRequest("GET", m_sandbox->url(v12 + u"/interaction/activity/81001"_s),
                          ApiAuth::sessionHeaders(id));
        COMPARE_STATUS(read, 200);
    }
}

void TestEceV12::forceLoginEndsOldestSession()
{
    QList<QByteArray> sessions;
    for (int i = 0; i < 5; ++i)
        sessions.append(ApiAuth::eceSession(*m_sandbox, lena));
    QVERIFY(!sessions.contains(QByteArray()));

    const HttpResult forced = ApiAuth::eceLogin(
        *m_sandbox, lena, QLatin1StringView(ApiAuth::password), u"?forceLogin=yes"_s);
    COMPARE_STATUS(forced, 204);
    const QByteArray newest = forced.header("X-egain-session");
    QVERIFY(!newest.isEmpty());
    QVERIFY(!sessions.contains(newest));

    const QUrl url = m_sandbox->url(v12 + u"/interaction/activity/81001"_s);
    const HttpResult oldest = sendRequest("GET", url, ApiAuth::sessionHeaders(sessions.first()));
    COMPARE_STATUS(oldest, 401);
    QCOMPARE(oldest.code(), u"401-101"_s);
    for (qsizetype i = 1; i < sessions.size(); ++i)
        COMPARE_STATUS(sendRequest("GET", url, ApiAuth::sessionHeaders(sessions.at(i))), 200);
    COMPARE_STATUS(sendRequest("GET", url, ApiAuth::sessionHeaders(newest)), 200);
}

void TestEceV12::sessionLimitIsPerUser()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(!ApiAuth::eceSession(*m_sandbox, lena).isEmpty());
    COMPARE_STATUS(ApiAuth::eceLogin(*m_sandbox, u"m.jansen"_s), 204);
}

void TestEceV12::logout()
{
    const QByteArray id = session(lena);
    QVERIFY(!id.isEmpty());
    const QUrl logoutUrl = m_sandbox->url(v12 + u"/authentication/user/logout"_s);
    const HttpResult result = sendRequest("DELETE", logoutUrl, ApiAuth::sessionHeaders(id));
    COMPARE_STATUS(result, 204);
    QVERIFY(result.body.isEmpty());

    const HttpResult read = sendRequest(
        "GET", m_sandbox->url(v12 + u"/interaction/activity/81001"_s), ApiAuth::sessionHeaders(id));
    COMPARE_STATUS(read, 401);
    QCOMPARE(read.code(), u"401-101"_s);
    QVERIFY(!read.object().value(u"developerMessage"_s).toString().isEmpty());

    // logging out a dead session: 401 in the knowledge-API form {"message": …}
    const HttpResult again = sendRequest("DELETE", logoutUrl, ApiAuth::sessionHeaders(id));
    COMPARE_STATUS(again, 401);
    QVERIFY2(!again.object().value(u"message"_s).toString().isEmpty(),
             qPrintable(again.describe()));
}

void TestEceV12::logoutWithoutSession()
{
    const HttpResult result
        = sendRequest("DELETE", m_sandbox->url(v12 + u"/authentication/user/logout"_s),
                      ApiAuth::sessionHeaders({}));
    COMPARE_STATUS(result, 401);
    QVERIFY2(!result.object().value(u"message"_s).toString().isEmpty(),
             qPrintable(result.describe()));
}

void TestEceV12::sessionExpiresAfterRequestsOption()
{
    SandboxProcess sandbox({u"--expire-sessions-after"_s, u"3"_s});
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    const QByteArray id = ApiAuth::eceSession(sandbox, lena);
    QVERIFY(!id.isEmpty());
    const QUrl url = sandbox.url(v12 + u"/interaction/activity/81001"_s);
    for (int i = 0; i < 3; ++i)
        COMPARE_STATUS(sendRequest("GET", url, ApiAuth::sessionHeaders(id)), 200);
    const HttpResult expired = sendRequest("GET", url, ApiAuth::sessionHeaders(id));
    COMPARE_STATUS(expired, 401);
    QCOMPARE(expired.code(), u"401-101"_s);

    const QByteArray fresh = ApiAuth::eceSession(sandbox, lena);
    QVERIFY(!fresh.isEmpty());
    COMPARE_STATUS(sendRequest("GET", url, ApiAuth::sessionHeaders(fresh)), 200);
}

void TestEceV12::sessionExpiresAfterRequestsFault()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    QVERIFY(sandbox.setFaults({{u"expireSessionsAfter"_s, 1}}));
    const QByteArray id = ApiAuth::eceSession(sandbox, lena);
    QVERIFY(!id.isEmpty());
    const QUrl url = sandbox.url(v12 + u"/interaction/activity/81001"_s);
    COMPARE_STATUS(sendRequest("GET", url, ApiAuth::sessionHeaders(id)), 200);
    const HttpResult expired = sendRequest("GET", url, ApiAuth::sessionHeaders(id));
    COMPARE_STATUS(expired, 401);
    QCOMPARE(expired.code(), u"401-101"_s);
}

// ---------------------------------------------------------------------------------------------
// Change case, §5

void TestEceV12::changeCaseRules_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("ids");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QString bad = u"400-102"_s;
    const auto row = [](const char *name, const QString &actor, const QString &ids,
                        const QByteArray &body, int status, const QString &code) {
        QTest::newRow(name) << actor << ids << QString() << json << body << QByteArray("en-US")
                            << status << code;
    };
    const auto newCase = [](const QString &path, const QJsonValue &value) {
        return JsonPath::bytes(with(QJsonObject(), path, value));
    };

    row("P1 unknown activity is 404", lena, u"89999"_s, "{}", 404, u"404-101"_s);
    row("P1 one unknown activity among known ones is 404", lena, u"81001,89999"_s, "{}", 404,
        u"404-101"_s);
    row("P2 activities must belong to the same case", lena, u"81001,81007"_s, "{}", 400, bad);
    row("P3 completed activity cannot be moved", lena, u"81005"_s, "{}", 400, bad);
    row("P4 target case with another customer", lena, u"81007"_s, R"({"id":"70001"})", 400, bad);
    row("P4 target case without customer", lena, u"81001"_s, R"({"id":"70006"})", 400, bad);
    row("P5 existing target case must exist", lena, u"81001"_s, R"({"id":"79999"})", 400, bad);
    row("P6 reply that is not completed blocks the move", lena, u"81004"_s, "{}", 400, bad);
    row("P7 at most 75 activities", lena, idList(81101, 76), "{}", 400, bad);
    row("P8 activity locked by another user is 403-102", lena, u"81003"_s, "{}", 403, u"403-102"_s);
    row("P9 user needs the Change Case action", u"k.berg"_s, u"81009"_s, "{}", 403, u"403-101"_s);
    row("P9 activities must be in the user's departments", lena, u"81009"_s, "{}", 403,
        u"403-101"_s);
    QTest::newRow("P10 unknown query parameter is 400-101")
        << lena << u"81001"_s << u"?foo=bar"_s << json << QByteArray("{}") << QByteArray("en-US")
        << 400 << u"400-101"_s;
    QTest::newRow("P10 common query parameters are not supported")
        << lena << u"81001"_s << u"?$attribute=all"_s << json << QByteArray("{}")
        << QByteArray("en-US") << 400 << u"400-101"_s;
    QTest::newRow("P10 relateCase accepts only yes")
        << lena << u"81001"_s << u"?relateCase=no"_s << json << QByteArray("{}")
        << QByteArray("en-US") << 400 << QString();
    row("P11 body is required", lena, u"81001"_s, QByteArray(), 400, bad);
    row("P11 malformed JSON is refused", lena, u"81001"_s, R"({"subject": )", 400, bad);
    row("P11 body must be a case object", lena, u"81001"_s, "[]", 400, bad);
    row("P11 existing target allows only id", lena, u"81008"_s,
        R"({"id":"70001","subject":"Moved"})", 400, bad);
    row("P11 severity must be urgent, high, medium or low", lena, u"81001"_s,
        newCase(u"severity.value"_s, u"extreme"_s), 400, bad);
    row("P11 subject has at most 1024 characters", lena, u"81001"_s,
        newCase(u"subject"_s, QString(1025, u's')), 400, bad);
    row("P11 description has at most 1024 characters", lena, u"81001"_s,
        newCase(u"description"_s, QString(1025, u'd')), 400, bad);
    row("P11 solution has at most 1024 characters", lena, u"81001"_s,
        newCase(u"solution"_s, QString(1025, u'o')), 400, bad);
    row("P11 dueDate must be in the future", lena, u"81001"_s,
        newCase(u"dueDate"_s, u"2020-02-01T12:00:00.000Z"_s), 400, bad);
    row("P11 dueDate must be a date", lena, u"81001"_s, newCase(u"dueDate"_s, u"soon"_s), 400, bad);
    row("P11 custom attribute name must exist", lena, u"81001"_s,
        newCase(u"customAttributes"_s, customAttributes(u"shoe_size"_s, u"42"_s)), 400, bad);
    row("P11 enumeration value must be listed", lena, u"81001"_s,
        newCase(u"customAttributes"_s, customAttributes(u"sales_region"_s, u"MARS"_s)), 400, bad);
    QTest::newRow("P11 Content-Type must be application/json")
        << lena << u"81001"_s << QString() << QByteArray("text/plain") << QByteArray("{}")
        << QByteArray("en-US") << 400 << u"400-103"_s;
    QTest::newRow("missing session is 401-101")
        << QString() << u"81001"_s << QString() << json << QByteArray("{}") << QByteArray("en-US")
        << 401 << u"401-101"_s;
    QTest::newRow("Accept-Language en-US,* is 406-101")
        << lena << u"81001"_s << QString() << json << QByteArray("{}") << QByteArray("en-US,*")
        << 406 << u"406-101"_s;
}

void TestEceV12::changeCaseRules()
{
    QFETCH(QString, actor);
    QFETCH(QString, ids);
    QFETCH(QString, query);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(int, status);
    QFETCH(QString, code);

    HttpHeaders headers {{"Accept", json}, {"Accept-Language", acceptLanguage}};
    if (!actor.isEmpty()) {
        const QByteArray id = session(actor);
        QVERIFY(!id.isEmpty());
        headers.emplaceBack("X-egain-session", id);
    }
    if (!body.isEmpty())
        headers.emplaceBack("Content-Type", contentType);
    const HttpResult result = sendRequest(
        "PUT", m_sandbox->url(v12 + u"/interaction/activity/"_s + ids + u"/changecase"_s + query),
        headers, body);
    COMPARE_STATUS(result, status);
    if (!code.isEmpty())
        QCOMPARE(result.code(), code);
    QVERIFY2(result.code().startsWith(QString::number(status) + u'-'),
             qPrintable(result.describe()));
    QVERIFY(!result.object().value(u"developerMessage"_s).toString().isEmpty());
    QVERIFY(!result.hasHeader("Location"));

    // nothing moved
    const QString first = ids.section(u',', 0, 0);
    const QString originalCase = fixtureCaseOf(first);
    if (!originalCase.isEmpty()) {
        const QJsonArray activities = readActivities(first);
        QCOMPARE(JsonPath::text(activities, u"0.case.id"_s), originalCase);
    }
}

void TestEceV12::changeCaseEffects_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("ids");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("targetCase"); // empty: a new case
    QTest::addColumn<QString>("sourceStatus");
    QTest::addColumn<bool>("related");
    QTest::addColumn<int>("replies"); // of the first activity, before and after; -1 unchecked

    const QString open = u"open"_s;
    const QString closed = u"closed"_s;
    const QJsonObject newCase;
    const QJsonObject attributes {
        {u"subject"_s, u"Replacement device shipment"_s},
        {u"description"_s, u"Split off from the outage case at the customer's request"_s},
        {u"severity"_s, QJsonObject {{u"value"_s, u"high"_s}}},
        {u"dueDate"_s, u"2031-02-01T12:00:00.000Z"_s},
        {u"customAttributes"_s, customAttributes(u"sales_region"_s, u"EMEA"_s)}};

    QTest::newRow("new case inherits department, owner, customer and channel")
        << lena << u"81001"_s << QString() << newCase << QString() << open << false << -1;
    QTest::newRow("new case takes the attributes sent")
        << lena << u"81001"_s << QString() << attributes << QString() << open << false << -1;
    QTest::newRow("several activities of one case move together")
        << lena << u"81001,81002"_s << QString() << newCase << QString() << open << false << -1;
    QTest::newRow("existing target answers 204 and the emptied source case is closed")
        << lena << u"81008"_s << QString() << QJsonObject {{u"id"_s, u"70001"_s}} << u"70001"_s
        << closed << false << -1;
    QTest::newRow("closed target case is reopened")
        << lena << u"81008"_s << QString() << QJsonObject {{u"id"_s, u"70002"_s}} << u"70002"_s
        << closed << false << -1;
    QTest::newRow("relateCase=yes relates source and existing target")
        << lena << u"81001"_s << u"?relateCase=yes"_s << QJsonObject {{u"id"_s, u"70007"_s}}
        << u"70007"_s << open << true << -1;
    QTest::newRow("relateCase=yes relates source and new case")
        << lena << u"81002"_s << u"?relateCase=yes"_s << newCase << QString() << open << true << -1;
    QTest::newRow("P6 completed reply moves with the activity")
        << lena << u"81011"_s << QString() << newCase << QString() << closed << false << 1;
    QTest::newRow("P7 75 activities are accepted")
        << lena << idList(81101, 75) << QString() << newCase << QString() << open << false << -1;
    QTest::newRow("P8 own lock does not block")
        << u"m.jansen"_s << u"81003"_s << QString() << newCase << QString() << open << false << -1;
    QTest::newRow("P9 supervisor moves in a foreign department")
        << supervisor << u"81009"_s << QString() << newCase << QString() << closed << false << -1;
    QTest::newRow("case without customer gives a new case without customer")
        << lena << u"81010"_s << QString() << newCase << QString() << closed << false << -1;
}

void TestEceV12::changeCaseEffects()
{
    QFETCH(QString, actor);
    QFETCH(QString, ids);
    QFETCH(QString, query);
    QFETCH(QJsonObject, body);
    QFETCH(QString, targetCase);
    QFETCH(QString, sourceStatus);
    QFETCH(bool, related);
    QFETCH(int, replies);

    const QString first = ids.section(u',', 0, 0);
    const QString sourceCase = fixtureCaseOf(first);
    const QJsonObject source = readCase(sourceCase);
    QVERIFY(!source.isEmpty());
    const qsizetype repliesBefore
        = replyCount(JsonPath::at(readActivities(first, u"?$attribute=replies"_s), u"0.replies"_s));
    if (replies >= 0)
        QCOMPARE(repliesBefore, qsizetype(replies));
    QVERIFY(!session(actor).isEmpty());

    const HttpResult result
        = call("PUT", v12 + u"/interaction/activity/"_s + ids + u"/changecase"_s + query, actor,
               JsonPath::bytes(body));
    QString target = targetCase;
    if (targetCase.isEmpty()) {
        COMPARE_STATUS(result, 201);
        const QString location = QString::fromUtf8(result.header("Location"));
        const QRegularExpressionMatch match
            = QRegularExpression(u"^/system/ws/v12/interaction/case/(\\d+)$"_s).match(location);
        QVERIFY2(match.hasMatch(), qPrintable(u"Location: "_s + location));
        target = match.captured(1);
        QVERIFY(target != sourceCase);
    } else {
        COMPARE_STATUS(result, 204);
        QVERIFY(!result.hasHeader("Location"));
    }
    QVERIFY(result.body.isEmpty());

    // every activity is in the target case now
    const QJsonArray moved = readActivities(ids);
    QCOMPARE(moved.size(), ids.count(u',') + 1);
    for (const QJsonValue &activity : moved)
        QCOMPARE(JsonPath::text(activity, u"case.id"_s), target);

    // completed replies move with their activity
    const qsizetype repliesAfter
        = replyCount(JsonPath::at(readActivities(first, u"?$attribute=replies"_s), u"0.replies"_s));
    QCOMPARE(repliesAfter, repliesBefore);

    const QJsonObject targetObject = readCase(target);
    QCOMPARE(valueOf(targetObject.value(u"status"_s)), u"open"_s);
    if (targetCase.isEmpty()) {
        QCOMPARE(JsonPath::text(targetObject, u"department.id"_s),
                 JsonPath::text(source, u"department.id"_s));
        QCOMPARE(JsonPath::text(targetObject, u"owner.user.id"_s),
                 JsonPath::text(source, u"owner.user.id"_s));
        QCOMPARE(JsonPath::text(targetObject, u"customer.id"_s),
                 JsonPath::text(source, u"customer.id"_s));
        QCOMPARE(targetObject.value(u"originatingChannel"_s),
                 source.value(u"originatingChannel"_s));
        const QString subject = body.contains(u"subject"_s) ? body.value(u"subject"_s).toString()
                                                            : source.value(u"subject"_s).toString();
        QCOMPARE(targetObject.value(u"subject"_s).toString(), subject);
        if (body.contains(u"severity"_s))
            QCOMPARE(JsonPath::text(targetObject, u"severity.value"_s),
                     JsonPath::text(body, u"severity.value"_s));
        if (body.contains(u"description"_s))
            QCOMPARE(targetObject.value(u"description"_s).toString(),
                     body.value(u"description"_s).toString());
        if (body.contains(u"dueDate"_s))
            QCOMPARE(targetObject.value(u"dueDate"_s).toString(),
                     body.value(u"dueDate"_s).toString());
    }

    const QJsonObject sourceAfter = readCase(sourceCase);
    QCOMPARE(valueOf(sourceAfter.value(u"status"_s)), sourceStatus);

    const QSet<QString> sourceRelations = relatedCaseIds(sourceAfter);
    const QSet<QString> targetRelations = relatedCaseIds(targetObject);
    QCOMPARE(sourceRelations.contains(target), related);
    QCOMPARE(targetRelations.contains(sourceCase), related);
}

// ---------------------------------------------------------------------------------------------
// Reads and searches, §7

void TestEceV12::searchActivities_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("pageLength");
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<QString>("lastId");

    QTest::newRow("case filter") << u"case=70001"_s << 200 << QString() << 5 << 5 << u"81001"_s
                                 << u"81005"_s;
    QTest::newRow("status=open matches all but completed")
        << u"case=70001&status=open"_s << 200 << QString() << 4 << 4 << u"81001"_s << u"81004"_s;
    QTest::newRow("assignedTo filter") << u"case=70001&assignedTo=1002"_s << 200 << QString() << 1
                                       << 1 << u"81003"_s << u"81003"_s;
    QTest::newRow("type together with another filter")
        << u"type=call_track&case=70006"_s << 200 << QString() << 1 << 1 << u"81010"_s
        << u"81010"_s;
    QTest::newRow("type alone is 400")
        << u"type=call_track"_s << 400 << QString() << -1 << -1 << QString() << QString();
    QTest::newRow("no match is 204 with an empty body")
        << u"case=79999"_s << 204 << QString() << -1 << -1 << QString() << QString();
    QTest::newRow("second page of ten") << u"case=70008&$pagenum=2&$pagesize=10"_s << 200
                                        << QString() << 80 << 10 << u"81111"_s << u"81120"_s;
    QTest::newRow("range at the end") << u"case=70008&$rangestart=76&$rangesize=10"_s << 200
                                      << QString() << 80 << 5 << u"81176"_s << u"81180"_s;
    QTest::newRow("$sort=id with $order=desc")
        << u"case=70008&$sort=id&$order=desc&$pagesize=2"_s << 200 << QString() << 80 << 2
        << u"81180"_s << u"81179"_s;
    QTest::newRow("$order without $sort is 400")
        << u"case=70008&$order=asc"_s << 400 << QString() << -1 << -1 << QString() << QString();
    QTest::newRow("$pagesize above 75 is 400")
        << u"case=70008&$pagesize=76"_s << 400 << QString() << -1 << -1 << QString() << QString();
    QTest::newRow("unknown parameter is 400-101")
        << u"case=70001&foo=bar"_s << 400 << u"400-101"_s << -1 << -1 << QString() << QString();
}

void TestEceV12::searchActivities()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(int, total);
    QFETCH(int, pageLength);
    QFETCH(QString, firstId);
    QFETCH(QString, lastId);

    const HttpResult result = call("GET", v12 + u"/interaction/activity?"_s + query, lena);
    COMPARE_STATUS(result, status);
    if (status == 204) {
        QVERIFY(result.body.isEmpty());
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

void TestEceV12::getCases_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("ids");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("count");
    QTest::addColumn<QJsonObject>("expected"); // of the first case; "status" is compared by value

    QTest::newRow("open case of customer 5001")
        << lena << u"70001"_s << QString() << 200 << QString() << 1
        << QJsonObject {{u"id"_s, u"70001"_s},
                        {u"status"_s, u"open"_s},
                        {u"customer.id"_s, u"5001"_s},
                        {u"department.name"_s, u"Service"_s},
                        {u"owner.user.id"_s, u"1001"_s}};
    QTest::newRow("closed case") << lena << u"70002"_s << QString() << 200 << QString() << 1
                                 << QJsonObject {{u"status"_s, u"closed"_s}};
    QTest::newRow("Sales case owned by j.moreau")
        << supervisor << u"70005"_s << QString() << 200 << QString() << 1
        << QJsonObject {{u"department.name"_s, u"Sales"_s}, {u"owner.user.id"_s, u"1004"_s}};
    QTest::newRow("several ids") << lena << u"70001,70002,70003"_s << QString() << 200 << QString()
                                 << 3 << QJsonObject();
    QTest::newRow("75 ids are the limit")
        << supervisor << idList(70101, 75) << QString() << 200 << QString() << 75 << QJsonObject();
    QTest::newRow("76 ids are 400") << supervisor << idList(70101, 76) << QString() << 400
                                    << u"400-102"_s << 0 << QJsonObject();
    QTest::newRow("unknown case is 404")
        << lena << u"79999"_s << QString() << 404 << u"404-101"_s << 0 << QJsonObject();
    QTest::newRow("$order without $sort is 400")
        << lena << u"70001,70002"_s << u"?$order=desc"_s << 400 << QString() << 0 << QJsonObject();
    QTest::newRow("unsupported $attribute is 400")
        << lena << u"70001"_s << u"?$attribute=shoe_size"_s << 400 << QString() << 0
        << QJsonObject();
    QTest::newRow("case of another department is 403")
        << lena << u"70005"_s << QString() << 403 << u"403-101"_s << 0 << QJsonObject();
    QTest::newRow("missing session is 401-101")
        << QString() << u"70001"_s << QString() << 401 << u"401-101"_s << 0 << QJsonObject();
}

void TestEceV12::getCases()
{
    QFETCH(QString, actor);
    QFETCH(QString, ids);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(int, count);
    QFETCH(QJsonObject, expected);

    const HttpResult result = call("GET", v12 + u"/interaction/case/"_s + ids + query, actor);
    COMPARE_STATUS(result, status);
    if (status != 200) {
        QVERIFY2(result.code().startsWith(QString::number(status) + u'-'),
                 qPrintable(result.describe()));
        if (!code.isEmpty())
            QCOMPARE(result.code(), code);
        return;
    }
    const QJsonArray cases = result.object().value(u"case"_s).toArray();
    QCOMPARE(cases.size(), count);
    const QJsonObject first = cases.first().toObject();
    for (auto field = expected.constBegin(); field != expected.constEnd(); ++field) {
        const QString actual = field.key() == u"status" ? valueOf(first.value(u"status"_s))
                                                        : JsonPath::text(first, field.key());
        QVERIFY2(actual == field.value().toString(),
                 qPrintable(u"%1: expected \"%2\", got \"%3\""_s.arg(
                     field.key(), field.value().toString(), actual)));
    }
}

void TestEceV12::searchCases_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mustContain");
    QTest::addColumn<QString>("customer"); // every match belongs to this customer

    QTest::newRow("customer filter") << u"customer=5002"_s << 200 << u"70003"_s << u"5002"_s;
    QTest::newRow("email filter") << u"email=ben.weber@example.com"_s << 200 << u"70003"_s
                                  << u"5002"_s;
    QTest::newRow("phone filter") << u"phone=4930555010001"_s << 200 << u"70001"_s << u"5001"_s;
    QTest::newRow("no match is 204") << u"customer=5999"_s << 204 << QString() << QString();
    QTest::newRow("unknown filter is 400") << u"foo=bar"_s << 400 << QString() << QString();
}

void TestEceV12::searchCases()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, mustContain);
    QFETCH(QString, customer);

    const HttpResult result = call("GET", v12 + u"/interaction/case?"_s + query, supervisor);
    COMPARE_STATUS(result, status);
    if (status == 204) {
        QVERIFY(result.body.isEmpty());
        return;
    }
    if (status != 200) {
        QVERIFY2(result.code().startsWith(u"400-"_s), qPrintable(result.describe()));
        return;
    }
    const QJsonArray cases = result.object().value(u"case"_s).toArray();
    QVERIFY(JsonPath::column(result.object(), u"case"_s, u"id"_s).contains(mustContain));
    for (const QJsonValue &match : cases)
        QCOMPARE(JsonPath::text(match, u"customer.id"_s), customer);
}

void TestEceV12::attributes_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("members");

    QTest::newRow("$attribute=type lists calltrack subtypes per department")
        << u"?$attribute=type"_s << 200 << QStringList {u"type"_s};
    QTest::newRow("$attribute=custom lists activity custom attributes")
        << u"?$attribute=custom"_s << 200 << QStringList {u"custom"_s};
    QTest::newRow("$attribute=language lists the locales")
        << u"?$attribute=language"_s << 200 << QStringList {u"language"_s};
    QTest::newRow("$attribute=all")
        << u"?$attribute=all"_s << 200 << QStringList {u"custom"_s, u"language"_s, u"type"_s};
    QTest::newRow("$attribute is mandatory") << QString() << 400 << QStringList();
    QTest::newRow("unknown $attribute is 400") << u"?$attribute=bogus"_s << 400 << QStringList();
}

void TestEceV12::attributes()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QStringList, members);

    const HttpResult result
        = call("GET", v12 + u"/interaction/activity/attributes"_s + query, lena);
    COMPARE_STATUS(result, status);
    if (status != 200) {
        QVERIFY2(result.code().startsWith(u"400-"_s), qPrintable(result.describe()));
        return;
    }
    QStringList keys = result.object().keys();
    std::sort(keys.begin(), keys.end());
    QCOMPARE(keys, members);

    if (members.contains(u"type")) {
        const QJsonArray types = result.object().value(u"type"_s).toArray();
        QCOMPARE(JsonPath::column(types, QString(), u"value"_s), QStringList {u"call_track"_s});
        QHash<QString, QSet<QString>> departments;
        const QJsonArray subtypes = JsonPath::at(types, u"0.subtype"_s).toArray();
        for (const QJsonValue &subtype : subtypes) {
            QSet<QString> &names = departments[JsonPath::text(subtype, u"value"_s)];
            const QStringList listed = JsonPath::column(subtype, u"department"_s, u"name"_s);
            for (const QString &name : listed)
                names.insert(name);
        }
        const QHash<QString, QSet<QString>> expected {
            {u"general"_s, {u"Service"_s, u"Sales"_s, u"Billing"_s}},
            {u"complaint"_s, {u"Service"_s}},
            {u"follow_up"_s, {u"Service"_s}},
            {u"order"_s, {u"Sales"_s}},
            {u"payment"_s, {u"Billing"_s}}};
        QCOMPARE(departments, expected);
    }
    if (members.contains(u"custom")) {
        const QJsonArray custom = result.object().value(u"custom"_s).toArray();
        QJsonObject reason;
        QStringList names;
        for (const QJsonValue &attribute : custom) {
            names.append(JsonPath::text(attribute, u"attribName"_s));
            if (JsonPath::text(attribute, u"attribName"_s) == u"contact_reason")
                reason = attribute.toObject();
        }
        std::sort(names.begin(), names.end());
        QCOMPARE(names, (QStringList {u"callback_number"_s, u"contact_reason"_s}));
        QCOMPARE(reason.value(u"attribType"_s).toString(), u"enumeration"_s);
        QCOMPARE(reason.value(u"values"_s).toArray(),
                 (QJsonArray {u"billing"_s, u"technical"_s, u"complaint"_s, u"other"_s}));
    }
    if (members.contains(u"language")) {
        const QStringList locales = JsonPath::column(result.object(), u"language"_s, u"value"_s);
        QCOMPARE(locales.size(), 15);
        QVERIFY(locales.contains(u"en-US"_s));
        QVERIFY(locales.contains(u"sv-SE"_s));
    }
}

void TestEceV12::createCalltrack_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QJsonObject valid = userCalltrack();
    QTest::newRow("v12 create answers 201 with a v12 Location")
        << QString() << valid << 201 << QString();
    QTest::newRow("C5 applies to the v12 create")
        << QString() << with(valid, u"mode.value"_s, u"outbound"_s) << 400 << u"400-102"_s;
    QTest::newRow("C9 Transfer permission applies to the v12 create")
        << QString() << with(valid, u"status.assigned.user.name"_s, u"m.jansen"_s) << 403
        << u"403-101"_s;
    QTest::newRow("C16 applies to the v12 create") << u"?foo=bar"_s << valid << 400 << u"400-101"_s;
}

void TestEceV12::createCalltrack()
{
    QFETCH(QString, query);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);

    const HttpResult result
        = call("POST", v12 + u"/interaction/activity"_s + query, lena, JsonPath::bytes(body));
    COMPARE_STATUS(result, status);
    if (status != 201) {
        QCOMPARE(result.code(), code);
        QVERIFY(!result.hasHeader("Location"));
        return;
    }
    const QString location = QString::fromUtf8(result.header("Location"));
    const QRegularExpressionMatch match
        = QRegularExpression(u"^/system/ws/v12/interaction/activity/(\\d+)$"_s).match(location);
    QVERIFY2(match.hasMatch(), qPrintable(u"Location: "_s + location));
    const QJsonArray created = readActivities(match.captured(1));
    QCOMPARE(created.size(), 1);
    QCOMPARE(JsonPath::text(created, u"0.status.assigned.user.id"_s), u"1001"_s);
    QCOMPARE(JsonPath::text(created, u"0.customer.id"_s), u"5002"_s);
    QCOMPARE(JsonPath::text(created, u"0.subject"_s), body.value(u"subject"_s).toString());
    QCOMPARE(JsonPath::text(created, u"0.mode.value"_s), u"inbound"_s);
}

QTEST_GUILESS_MAIN(TestEceV12)
#include "tst_ecev12.moc"
