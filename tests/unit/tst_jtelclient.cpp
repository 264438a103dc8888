#include "api/jtelclient.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr char ClientsPath[] = "/rest/v1.0/1234";

const QByteArray TwoEvents = R"({"filter":"","limitStart":0,"limitPageSize":-1,"records":[
    {"ID":88001,"AcdEventTypesID":3,"AcdEventStatusID":1,"AcdGroupsID":512,"UsersID":null,
     "Sender":"4922199900011","Receiver":"4930120000","Subject":"Callback wanted",
     "dtCreated":"2024-05-14T09:30:00.120","nPriority":50},
    {"ID":88002,"AcdEventTypesID":6,"AcdEventStatusID":20,"AcdGroupsID":513,
     "Sender":"client@example.net","Subject":"Ticket","dtCreated":"2024-05-14T10:00:00.000"}],
    "count":2,"orderBy":"dtCreated","ascending":true,"status":200})";

struct Answer
{
    QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok;
    QByteArray body = TwoEvents;
};

struct SeenRequest
{
    QString path;
    QByteArray authorization;
    QByteArray accept;
    QByteArray requestId;
};

} // namespace

// JtelClient against an in-process fake jtel server that records what it was sent.
class TestJtelClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void sendsTheBearerTokenToTheEventsPath();
    void acceptsABaseUrlWithTrailingSlash();
    void decodesTheEventList();
    void reportsFailures_data();
    void reportsFailures();
    void reportsAnUnreachableServer();
    void answersOverlappingCallsWithOneRequest();

private:
    JtelEndpoint endpoint(const QString &suffix = {}) const;

    QHttpServer m_server;
    quint16 m_port = 0;
    Answer m_answer;
    QList<SeenRequest> m_seen;
};

void TestJtelClient::initTestCase()
{
    m_server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            m_seen.append({request.url().path(), request.value("Authorization"),
                           request.value("Accept"), request.value("X-Request-ID")});
            responder.write(m_answer.body, "application/json", m_answer.status);
        });
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
}

void TestJtelClient::init()
{
    m_answer = {};
    m_seen.clear();
}

JtelEndpoint TestJtelClient::endpoint(const QString &suffix) const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(QString::fromLatin1(ClientsPath) + suffix);
    return {url, u"test-token"_s};
}

// jtel §2 and §5.1
void TestJtelClient::sendsTheBearerTokenToTheEventsPath()
{
    JtelClient client;
    client.setEndpoint(endpoint());
    QSignalSpy received(&client, &JtelClient::eventsReceived);
    client.fetchEvents();
    QVERIFY(received.wait());
    QCOMPARE(m_seen.size(), 1);
    QCOMPARE(m_seen.constFirst().path, u"/rest/v1.0/1234/acd/events"_s);
    QCOMPARE(m_seen.constFirst().authorization, QByteArray("Bearer test-token"));
    QCOMPARE(m_seen.constFirst().accept, QByteArray("application/json"));
    QVERIFY(!m_seen.constFirst().requestId.isEmpty());
    QCOMPARE(client.serverName(), u"127.0.0.1:%1"_s.arg(m_port));
}

void TestJtelClient::acceptsABaseUrlWithTrailingSlash()
{
    JtelClient client;
    client.setEndpoint(endpoint(u"/"_s));
    QSignalSpy received(&client, &JtelClient::eventsReceived);
    client.fetchEvents();
    QVERIFY(received.wait());
    QCOMPARE(m_seen.constFirst().path, u"/rest/v1.0/1234/acd/events"_s);
}

void TestJtelClient::decodesTheEventList()
{
    JtelClient client;
    client.setEndpoint(endpoint());
    QSignalSpy received(&client, &JtelClient::eventsReceived);
    QSignalSpy failed(&client, &JtelClient::failed);
    client.fetchEvents();
    QVERIFY(received.wait());
    QCOMPARE(failed.size(), 0);
    const auto events = received.constFirst().constFirst().value<QList<AcdEvent>>();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).id, 88001);
    QCOMPARE(events.at(0).sender, u"4922199900011"_s);
    QCOMPARE(events.at(0).priority, 50);
    QCOMPARE(events.at(1).typeId, 6);
    QVERIFY(!client.isFetching());
}

void TestJtelClient::reportsFailures_data()
{
    using Status = QHttpServerResponse::StatusCode;
    QTest::addColumn<QHttpServerResponse::StatusCode>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messageContains");

    // jtel §3
    QTest::newRow("401 bad token")
        << Status::Unauthorized << QByteArray(R"({"status":401,"error":"Unauthorized"})")
        << u"API token"_s;
    QTest::newRow("404 without body: no such endpoint")
        << Status::NotFound << QByteArray() << u"no jtel ACD API"_s;
    QTest::newRow("404 with reason")
        << Status::NotFound << QByteArray(R"({"status":404,"error":"Client unknown"})")
        << u"HTTP 404: Client unknown"_s;
    QTest::newRow("500 without body")
        << Status::InternalServerError << QByteArray() << u"HTTP 500."_s;
    QTest::newRow("200 with garbage")
        << Status::Ok << QByteArray("<html>proxy</html>") << u"could not be read"_s;
}

void TestJtelClient::reportsFailures()
{
    QFETCH(QHttpServerResponse::StatusCode, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, messageContains);
    m_answer = {status, body};

    JtelClient client;
    client.setEndpoint(endpoint());
    QSignalSpy received(&client, &JtelClient::eventsReceived);
    QSignalSpy failed(&client, &JtelClient::failed);
    client.fetchEvents();
    QVERIFY(failed.wait());
    QCOMPARE(received.size(), 0);
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.contains(messageContains), qPrintable(message));
    QVERIFY2(!message.contains(u"test-token"_s), "the token must never appear in messages");
}

void TestJtelClient::reportsAnUnreachableServer()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();

    JtelEndpoint closed = endpoint();
    closed.baseUrl.setPort(closedPort);
    JtelClient client;
    client.setEndpoint(closed);
    QSignalSpy failed(&client, &JtelClient::failed);
    client.fetchEvents();
    QVERIFY(failed.wait());
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.startsWith(u"Cannot reach 127.0.0.1:%1"_s.arg(closedPort)),
             qPrintable(message));
}

void TestJtelClient::answersOverlappingCallsWithOneRequest()
{
    JtelClient client;
    client.setEndpoint(endpoint());
    QSignalSpy received(&client, &JtelClient::eventsReceived);
    client.fetchEvents();
    client.fetchEvents();
    QVERIFY(received.wait());
    QTest::qWait(100);
    QCOMPARE(m_seen.size(), 1);
    QCOMPARE(received.size(), 1);
}

QTEST_GUILESS_MAIN(TestJtelClient)
#include "tst_jtelclient.moc"
