// The sandbox's own contract (sandbox/README.md): port on the first stdout line, request log,
// injected faults (fail, drop, latency, session expiry), seeding (--scale, --seed) and reset,
// and gzip answers as Accept-Encoding allows them (--no-compress).
#include "apiauth.h"
#include "httpresult.h"
#include "jsonpath.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <zlib.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString jtelEvents = u"/rest/v1.0/1234/acd/events"_s;
const QByteArray jtelAuthorization = "Bearer sandbox-jtel-token";
const QByteArray json = "application/json";

QJsonObject callback(const QString &subject)
{
    return {{u"AcdEventTypesID"_s, 3},
            {u"AcdGroupsID"_s, 513},
            {u"Sender"_s, u"4922199900077"_s},
            {u"Receiver"_s, u"4930120000"_s},
            {u"Subject"_s, subject}};
}

QJsonObject appCalltrack(const QString &subject)
{
    return QJsonObject {
        {u"department"_s, QJsonObject {{u"name"_s, u"Service"_s}}},
        {u"type"_s,
         QJsonObject {{u"value"_s, u"call_track"_s},
                      {u"subtype"_s, QJsonObject {{u"value"_s, u"general"_s}}}}},
        {u"mode"_s, QJsonObject {{u"value"_s, u"Inbound"_s}}},
        {u"customer"_s, QJsonObject {{u"id"_s, u"5001"_s}}},
        {u"subject"_s, subject},
        {u"status"_s,
         QJsonObject {{u"assigned"_s,
                       QJsonObject {{u"user"_s, QJsonObject {{u"name"_s, u"lena.fischer"_s}}}}}}},
    };
}

QJsonArray jtelRecords(const SandboxProcess &sandbox)
{
    const HttpResult result
        = sendRequest("GET", sandbox.url(jtelEvents), {{"Authorization", jtelAuthorization}});
    if (result.status != 200) {
        qWarning("listing events failed: %s", qPrintable(result.describe()));
        return {};
    }
    return result.object().value(u"records"_s).toArray();
}

int countSubject(const QJsonArray &records, const QString &subject)
{
    return int(std::count_if(records.cbegin(), records.cend(), [&](const QJsonValue &record) {
        return record[u"Subject"_s].toString() == subject;
    }));
}

// a header of a request log entry; the log may keep any capitalisation
QString loggedHeader(const QJsonObject &entry, const QString &name)
{
    const QJsonObject headers = entry.value(u"headers"_s).toObject();
    for (auto header = headers.constBegin(); header != headers.constEnd(); ++header) {
        if (header.key().compare(name, Qt::CaseInsensitive) == 0)
            return header.value().toString();
    }
    return {};
}

QJsonObject findLogged(const SandboxProcess &sandbox, const QString &marker)
{
    const QList<QJsonObject> entries = sandbox.requestLog();
    for (const QJsonObject &entry : entries) {
        if (loggedHeader(entry, u"X-Test-Marker"_s) == marker)
            return entry;
    }
    return {};
}

struct RawExchange
{
    QByteArray response;
    bool closedByServer = false;
    // a status line, complete headers and the whole body (Content-Length or chunked)
    bool isComplete() const
    {
        const qsizetype end = response.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray head = response.left(end).toLower();
        const QRegularExpressionMatch length
            = QRegularExpression(u"\r\ncontent-length:\\s*(\\d+)"_s)
                  .match(QString::fromLatin1(head));
        if (head.contains("transfer-encoding: chunked"))
            return response.endsWith("0\r\n\r\n");
        // without a length the body ends with the connection
        if (!length.hasMatch())
            return closedByServer;
        return response.size() - (end + 4) >= length.captured(1).toLongLong();
    }
};

// One request on a plain socket, read until the answer is complete or the server closes. With
// QNetworkAccessManager a connection closed before any answer byte would be re-sent silently.
RawExchange rawRequest(const SandboxProcess &sandbox, const QByteArray &method, const QString &path,
                       const HttpHeaders &headers, const QByteArray &body)
{
    RawExchange exchange;
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, sandbox.port());
    if (!socket.waitForConnected(5000))
        return exchange;
    QByteArray request = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1:"
        + QByteArray::number(sandbox.port()) + "\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket.write(request);
    QElapsedTimer timer;
    timer.start();
    // until the server closes or the answer is complete (a server may keep the connection)
    while (socket.state() == QAbstractSocket::ConnectedState && !exchange.isComplete()
           && timer.elapsed() < 10000) {
        socket.waitForReadyRead(500);
        exchange.response += socket.readAll();
    }
    exchange.response += socket.readAll();
    exchange.closedByServer = socket.state() != QAbstractSocket::ConnectedState;
    return exchange;
}

// The status, headers and body of a raw answer (what arrived of the body, if it was cut).
struct RawAnswer
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;

    explicit RawAnswer(const RawExchange &exchange)
    {
        const qsizetype end = exchange.response.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = exchange.response.left(end).split('\n');
        status = lines.value(0).split(' ').value(1).toInt();
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        body = exchange.response.mid(end + 4);
    }
    bool hasHeader(const QByteArray &name) const
    {
        return std::any_of(headers.cbegin(), headers.cend(), [&](const auto &header) {
            return header.first.compare(name, Qt::CaseInsensitive) == 0;
        });
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// The content of one gzip member, by zlib itself; empty when the data is not gzip or incomplete.
QByteArray gunzip(const QByteArray &data)
{
    z_stream stream {};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    int status = Z_OK;
    while (status == Z_OK) {
        out.resize(out.size() + 256 * 1024);
        const qsizetype written = qsizetype(stream.total_out);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + written);
        stream.avail_out = uInt(out.size() - written);
        status = inflate(&stream, Z_NO_FLUSH);
    }
    out.resize(qsizetype(stream.total_out));
    inflateEnd(&stream);
    return status == Z_STREAM_END && stream.avail_in == 0 ? out : QByteArray();
}

// the jtel list on a plain socket, with these extra headers and a marker for the request log
RawExchange rawList(const SandboxProcess &sandbox, const HttpHeaders &extra, const QString &marker)
{
    HttpHeaders headers {{"Authorization", jtelAuthorization}, {"X-Test-Marker", marker.toUtf8()}};
    return rawRequest(sandbox, "GET", jtelEvents, headers + extra, {});
}

QString newMarker()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void portOnFirstLine();
    void requestLog_data();
    void requestLog();
    void controlEndpointsAreNotLogged();
    void failNext_data();
    void failNext();
    void failRate();
    void nextFaultFilterTargetsOneKindOfRequest();
    void dropNext_data();
    void dropNext();
    void latency_data();
    void latency();
    void tokenExpiresAfterRequests();
    void scaleSeedsMoreData();
    void sameSeedSameData();
    void resetRestoresFixtures();

    void acceptEncoding_data();
    void acceptEncoding();
    void smallAnswersGoUncompressed();
    void noCompressOption();
    void dropCutsTheCompressedBody();
    void malformedAnswerIsCompressedAfterTheDamage();

private:
    int calltrackCount(const QString &token);

    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestSandboxFaults::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
}

void TestSandboxFaults::init()
{
    QVERIFY(m_sandbox->setFaults({{u"failRate"_s, 0},
                                  {u"dropRate"_s, 0},
                                  {u"latencyMs"_s, 0},
                                  {u"failNext"_s, 0},
                                  {u"dropNext"_s, 0},
                                  {u"nextFaultFilter"_s, QString()}}));
    QVERIFY(m_sandbox->reset());
}

int TestSandboxFaults::calltrackCount(const QString &token)
{
    const HttpResult result
        = sendRequest("GET",
                      m_sandbox->url(u"/core/casemgr/v3/activity?type=call_track"
                                     "&createdDate=[2000-01-01T00:00:00.000Z,]&$pagesize=1"_s),
                      ApiAuth::bearerHeaders(token));
    if (result.status == 204)
        return 0;
    if (result.status != 200) {
        qWarning("calltrack count failed: %s", qPrintable(result.describe()));
        return -1;
    }
    return JsonPath::at(result.object(), u"paginationInfo.count"_s).toInt(-1);
}

void TestSandboxFaults::portOnFirstLine()
{
    QVERIFY(m_sandbox->port() > 0);
    const HttpResult health = sendRequest("GET", m_sandbox->url(u"/_sandbox/health"_s));
    COMPARE_STATUS(health, 200);
    QCOMPARE(health.object().value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(health.object().value(u"port"_s).toInt(), int(m_sandbox->port()));

    // a second sandbox gets a different free port
    SandboxProcess second;
    QVERIFY2(second.isRunning(), qPrintable(second.errorString()));
    QVERIFY(second.port() != m_sandbox->port());
    QCOMPARE(
        sendRequest("GET", second.url(u"/_sandbox/health"_s)).object().value(u"port"_s).toInt(),
        int(second.port()));
}

void TestSandboxFaults::requestLog_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    QTest::newRow("POST with body") << QByteArray("POST") << jtelEvents + u"/create"_s << QString()
                                    << JsonPath::bytes(callback(u"Logged"_s)) << 200;
    QTest::newRow("GET with query") << QByteArray("GET") << u"/core/casemgr/v3/activity"_s
                                    << u"caseID=70001&$pagesize=5"_s << QByteArray() << 401;
    QTest::newRow("unknown path") << QByteArray("GET") << jtelEvents + u"/nothing"_s << QString()
                                  << QByteArray() << 404;
}

void TestSandboxFaults::requestLog()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    QFETCH(int, status);

    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    HttpHeaders headers {{"Authorization", jtelAuthorization}, {"X-Test-Marker", marker.toUtf8()}};
    if (!body.isEmpty())
        headers.emplaceBack("Content-Type", json);
    const HttpResult result = sendRequest(
        method, m_sandbox->url(query.isEmpty() ? path : path + u'?' + query), headers, body);
    COMPARE_STATUS(result, status);

    QTRY_VERIFY_WITH_TIMEOUT(!findLogged(*m_sandbox, marker).isEmpty(), 5000);
    const QJsonObject entry = findLogged(*m_sandbox, marker);
    QVERIFY(!entry.value(u"time"_s).toString().isEmpty());
    QCOMPARE(entry.value(u"method"_s).toString(), QString::fromLatin1(method));
    QCOMPARE(entry.value(u"path"_s).toString(), path);
    const QJsonValue loggedQuery = entry.value(u"query"_s);
    if (loggedQuery.isObject()) {
        QCOMPARE(loggedQuery.toObject().value(u"caseID"_s).toString(),
                 query.isEmpty() ? QString() : u"70001"_s);
    } else {
        QCOMPARE(loggedQuery.toString(), query);
    }
    QCOMPARE(loggedHeader(entry, u"Authorization"_s), QString::fromLatin1(jtelAuthorization));
    QCOMPARE(entry.value(u"body"_s).toString(), QString::fromUtf8(body));
    QCOMPARE(entry.value(u"status"_s).toInt(), status);
    QCOMPARE(entry.value(u"fault"_s).toString(), u"none"_s);
}

void TestSandboxFaults::controlEndpointsAreNotLogged()
{
    QVERIFY(m_sandbox->reset());
    COMPARE_STATUS(sendRequest("GET", m_sandbox->url(u"/_sandbox/health"_s)), 200);
    COMPARE_STATUS(
        sendRequest("GET", m_sandbox->url(jtelEvents), {{"Authorization", jtelAuthorization}}),
        200);
    QTRY_VERIFY_WITH_TIMEOUT(!m_sandbox->requestLog().isEmpty(), 5000);
    const QList<QJsonObject> entries = m_sandbox->requestLog();
    for (const QJsonObject &entry : entries)
        QVERIFY2(!entry.value(u"path"_s).toString().startsWith(u"/_sandbox"),
                 qPrintable(entry.value(u"path"_s).toString()));
}

void TestSandboxFaults::failNext_data()
{
    QTest::addColumn<QString>("api");
    QTest::newRow("failNext on jtel create: 503, no event") << u"jtel"_s;
    QTest::newRow("failNext on v3 create: 503-101, no activity") << u"v3"_s;
    QTest::newRow("failNext on ECE change case: 503-101, nothing moved") << u"ece"_s;
}

void TestSandboxFaults::failNext()
{
    QFETCH(QString, api);

    const QString subject = u"fail-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // credentials first: obtaining them is an API request too
    const QString token = api == u"v3" ? ApiAuth::clientCredentialsToken(*m_sandbox) : QString();
    const QByteArray session
        = api == u"ece" ? ApiAuth::eceSession(*m_sandbox, u"lena.fischer"_s) : QByteArray();
    const int calltracksBefore = api == u"v3" ? calltrackCount(token) : 0;
    const qsizetype eventsBefore = jtelRecords(*m_sandbox).size();

    const auto send = [&] {
        if (api == u"jtel")
            return sendRequest("POST", m_sandbox->url(jtelEvents + u"/create"_s),
                               {{"Authorization", jtelAuthorization}, {"Content-Type", json}},
                               JsonPath::bytes(callback(subject)));
        if (api == u"v3")
            return sendRequest("POST", m_sandbox->url(u"/core/casemgr/v3/activity/calltrack"_s),
                               ApiAuth::bearerHeaders(token, json),
                               JsonPath::bytes(appCalltrack(subject)));
        return sendRequest(
            "PUT", m_sandbox->url(u"/system/ws/v12/interaction/activity/81001/changecase"_s),
            ApiAuth::sessionHeaders(session, json), "{}");
    };

    QVERIFY(m_sandbox->setFaults({{u"failNext"_s, 1}}));
    const HttpResult failed = send();
    COMPARE_STATUS(failed, 503);
    QCOMPARE(failed.header("Retry-After"), QByteArray("1"));
    if (api != u"jtel")
        QCOMPARE(failed.code(), u"503-101"_s);

    // no side effect
    if (api == u"jtel") {
        const QJsonArray records = jtelRecords(*m_sandbox);
        QCOMPARE(records.size(), eventsBefore);
        QCOMPARE(countSubject(records, subject), 0);
    } else if (api == u"v3") {
        QCOMPARE(calltrackCount(token), calltracksBefore);
    } else {
        const HttpResult activity
            = sendRequest("GET", m_sandbox->url(u"/system/ws/v12/interaction/activity/81001"_s),
                          ApiAuth::sessionHeaders(session));
        COMPARE_STATUS(activity, 200);
        QCOMPARE(JsonPath::text(activity.object(), u"activity.0.case.id"_s), u"70001"_s);
    }

    // the fault applied to exactly one request
    const HttpResult retried = send();
    QVERIFY2(retried.status == 200 || retried.status == 201, qPrintable(retried.describe()));

    const QList<QJsonObject> entries = m_sandbox->requestLog();
    const auto faulted
        = std::count_if(entries.cbegin(), entries.cend(), [](const QJsonObject &entry) {
              return entry.value(u"fault"_s).toString() == u"fail"
                  && entry.value(u"status"_s).toInt() == 503;
          });
    QVERIFY(faulted >= 1);
}

// failNext with a filter leaves the reads alone and faults the first matching write
void TestSandboxFaults::nextFaultFilterTargetsOneKindOfRequest()
{
    QVERIFY(m_sandbox->setFaults({{u"failNext"_s, 1}, {u"nextFaultFilter"_s, u"^POST .*/create$"_s}}));
    COMPARE_STATUS(sendRequest("GET", m_sandbox->url(jtelEvents), {{"Authorization", jtelAuthorization}}), 200);
    const QString subject = u"filtered-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto create = [&] {
        return sendRequest("POST", m_sandbox->url(jtelEvents + u"/create"_s),
                           {{"Authorization", jtelAuthorization}, {"Content-Type", json}},
                           JsonPath::bytes(callback(subject)));
    };
    COMPARE_STATUS(create(), 503);
    COMPARE_STATUS(create(), 200);
    QCOMPARE(countSubject(jtelRecords(*m_sandbox), subject), 1);
}

void TestSandboxFaults::failRate()
{
    SandboxProcess sandbox({u"--fail-rate"_s, u"1"_s});
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    const QString subject = u"rate-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (int i = 0; i < 3; ++i) {
        const HttpResult failed
            = sendRequest("POST", sandbox.url(jtelEvents + u"/create"_s),
                          {{"Authorization", jtelAuthorization}, {"Content-Type", json}},
                          JsonPath::bytes(callback(subject)));
        COMPARE_STATUS(failed, 503);
        QCOMPARE(failed.header("Retry-After"), QByteArray("1"));
    }
    // control endpoints are never faulted
    COMPARE_STATUS(sendRequest("GET", sandbox.url(u"/_sandbox/health"_s)), 200);

    QVERIFY(sandbox.setFaults({{u"failRate"_s, 0}}));
    const QJsonArray records = jtelRecords(sandbox);
    QCOMPARE(countSubject(records, subject), 0);
    QCOMPARE(records.size(), jtelRecords(*m_sandbox).size());
}

void TestSandboxFaults::dropNext_data()
{
    QTest::addColumn<QString>("api");
    QTest::newRow("dropNext on jtel create: event created, answer cut") << u"jtel"_s;
    QTest::newRow("dropNext on v3 create: activity created, answer cut") << u"v3"_s;
}

void TestSandboxFaults::dropNext()
{
    QFETCH(QString, api);

    const QString subject = u"drop-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString token = api == u"v3" ? ApiAuth::clientCredentialsToken(*m_sandbox) : QString();
    const int calltracksBefore = api == u"v3" ? calltrackCount(token) : 0;
    const qsizetype eventsBefore = jtelRecords(*m_sandbox).size();

    const auto send = [&] {
        if (api == u"jtel")
            return rawRequest(*m_sandbox, "POST", jtelEvents + u"/create"_s,
                              {{"Authorization", jtelAuthorization}, {"Content-Type", json}},
                              JsonPath::bytes(callback(subject)));
        return rawRequest(*m_sandbox, "POST", u"/core/casemgr/v3/activity/calltrack"_s,
                          ApiAuth::bearerHeaders(token, json),
                          JsonPath::bytes(appCalltrack(subject)));
    };

    QVERIFY(m_sandbox->setFaults({{u"dropNext"_s, 1}}));
    const RawExchange dropped = send();
    QVERIFY(dropped.closedByServer);
    QVERIFY2(!dropped.isComplete(), dropped.response.constData());

    // the request was handled in full
    if (api == u"jtel") {
        const QJsonArray records = jtelRecords(*m_sandbox);
        QCOMPARE(records.size(), eventsBefore + 1);
        QCOMPARE(countSubject(records, subject), 1);
    } else {
        QCOMPARE(calltrackCount(token), calltracksBefore + 1);
    }

    // the next request is answered in full again
    const RawExchange answered = send();
    QVERIFY2(answered.isComplete(), answered.response.constData());
    QVERIFY2(answered.response.startsWith("HTTP/1.1 20"), answered.response.constData());

    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            const QList<QJsonObject> entries = m_sandbox->requestLog();
            return std::any_of(entries.cbegin(), entries.cend(), [](const QJsonObject &entry) {
                return entry.value(u"fault"_s).toString() == u"drop";
            });
        }(),
        5000);
}

void TestSandboxFaults::latency_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("faultLatencyMs");
    QTest::addColumn<int>("expectedMs");

    QTest::newRow("latencyMs set through the control endpoint") << QStringList() << 600 << 600;
    QTest::newRow("--latency-ms option") << QStringList {u"--latency-ms"_s, u"400"_s} << 0 << 400;
}

void TestSandboxFaults::latency()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, faultLatencyMs);
    QFETCH(int, expectedMs);

    std::unique_ptr<SandboxProcess> own;
    const SandboxProcess *sandbox = m_sandbox.get();
    if (!arguments.isEmpty()) {
        own = std::make_unique<SandboxProcess>(arguments);
        QVERIFY2(own->isRunning(), qPrintable(own->errorString()));
        sandbox = own.get();
    }
    if (faultLatencyMs > 0)
        QVERIFY(sandbox->setFaults({{u"latencyMs"_s, faultLatencyMs}}));

    const HttpResult result = sendRequest("GET", sandbox->url(jtelEvents + u"/event/88001"_s),
                                          {{"Authorization", jtelAuthorization}});
    COMPARE_STATUS(result, 200);
    // generous margin for timer granularity; no upper bound, machines may be slow
    QVERIFY2(result.elapsedMs >= expectedMs - 50, qPrintable(QString::number(result.elapsedMs)));
}

void TestSandboxFaults::tokenExpiresAfterRequests()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    QVERIFY(sandbox.setFaults({{u"expireSessionsAfter"_s, 2}}));
    const QString token = ApiAuth::clientCredentialsToken(sandbox);
    QVERIFY(!token.isEmpty());
    const QUrl url = sandbox.url(u"/core/casemgr/v3/activity/81001"_s);
    COMPARE_STATUS(sendRequest("GET", url, ApiAuth::bearerHeaders(token)), 200);
    COMPARE_STATUS(sendRequest("GET", url, ApiAuth::bearerHeaders(token)), 200);
    const HttpResult expired = sendRequest("GET", url, ApiAuth::bearerHeaders(token));
    COMPARE_STATUS(expired, 401);
    QCOMPARE(expired.code(), u"401-101"_s);
}

void TestSandboxFaults::scaleSeedsMoreData()
{
    SandboxProcess single({u"--scale"_s, u"1"_s});
    SandboxProcess twice({u"--scale"_s, u"2"_s});
    QVERIFY2(single.isRunning(), qPrintable(single.errorString()));
    QVERIFY2(twice.isRunning(), qPrintable(twice.errorString()));

    // base volume: 300 generated events per scale unit, the fixtures once
    const qsizetype events1 = jtelRecords(single).size();
    const qsizetype events2 = jtelRecords(twice).size();
    QVERIFY(events1 >= 300);
    QCOMPARE(events2 - events1, qsizetype(300));

    // 250 generated cases per unit, numbered from 70101
    const auto caseStatus = [](const SandboxProcess &sandbox, const QString &id) {
        const QByteArray session = ApiAuth::eceSession(sandbox, u"s.okafor"_s);
        return sendRequest("GET", sandbox.url(u"/system/ws/v12/interaction/case/"_s + id),
                           ApiAuth::sessionHeaders(session))
            .status;
    };
    QCOMPARE(caseStatus(single, u"70350"_s), 200);
    QCOMPARE(caseStatus(single, u"70351"_s), 404);
    QCOMPARE(caseStatus(twice, u"70600"_s), 200);
    QCOMPARE(caseStatus(twice, u"70601"_s), 404);
}

void TestSandboxFaults::sameSeedSameData()
{
    const auto fingerprint = [](const SandboxProcess &sandbox) {
        QStringList lines;
        const QJsonArray records = jtelRecords(sandbox);
        for (const QJsonValue &record : records)
            lines.append(u"%1|%2|%3|%4"_s.arg(record[u"ID"_s].toInteger())
                             .arg(record[u"AcdGroupsID"_s].toInteger())
                             .arg(record[u"Sender"_s].toString(), record[u"Subject"_s].toString()));
        return lines;
    };
    SandboxProcess first({u"--seed"_s, u"7"_s});
    SandboxProcess second({u"--seed"_s, u"7"_s});
    SandboxProcess other({u"--seed"_s, u"8"_s});
    QVERIFY2(first.isRunning(), qPrintable(first.errorString()));
    QVERIFY2(second.isRunning(), qPrintable(second.errorString()));
    QVERIFY2(other.isRunning(), qPrintable(other.errorString()));
    const QStringList data = fingerprint(first);
    QVERIFY(!data.isEmpty());
    QCOMPARE(fingerprint(second), data);
    QVERIFY(fingerprint(other) != data);
}

void TestSandboxFaults::resetRestoresFixtures()
{
    const qsizetype eventsBefore = jtelRecords(*m_sandbox).size();
    const HttpResult created
        = sendRequest("POST", m_sandbox->url(jtelEvents + u"/create"_s),
                      {{"Authorization", jtelAuthorization}, {"Content-Type", json}},
                      JsonPath::bytes(callback(u"Before reset"_s)));
    COMPARE_STATUS(created, 200);
    const qint64 newEvent = JsonPath::at(created.object(), u"records.0.ID"_s).toInteger();

    const QByteArray session = ApiAuth::eceSession(*m_sandbox, u"lena.fischer"_s);
    QVERIFY(!session.isEmpty());
    COMPARE_STATUS(
        sendRequest("PUT",
                    m_sandbox->url(u"/system/ws/v12/interaction/activity/81001/changecase"_s),
                    ApiAuth::sessionHeaders(session, json), "{}"),
        201);
    const QString token = ApiAuth::clientCredentialsToken(*m_sandbox);
    QVERIFY(!token.isEmpty());

    QVERIFY(m_sandbox->reset());

    // data as seeded
    QCOMPARE(jtelRecords(*m_sandbox).size(), eventsBefore);
    const HttpResult gone
        = sendRequest("GET", m_sandbox->url(jtelEvents + u"/event/"_s + QString::number(newEvent)),
                      {{"Authorization", jtelAuthorization}});
    COMPARE_STATUS(gone, 404);
    // sessions and tokens ended
    const HttpResult oldSession
        = sendRequest("GET", m_sandbox->url(u"/system/ws/v12/interaction/activity/81001"_s),
                      ApiAuth::sessionHeaders(session));
    COMPARE_STATUS(oldSession, 401);
    QCOMPARE(oldSession.code(), u"401-101"_s);
    const HttpResult oldToken = sendRequest(
        "GET", m_sandbox->url(u"/core/casemgr/v3/activity/81001"_s), ApiAuth::bearerHeaders(token));
    COMPARE_STATUS(oldToken, 401);
    // the moved activity is back in its fixture case
    const QByteArray fresh = ApiAuth::eceSession(*m_sandbox, u"lena.fischer"_s);
    const HttpResult activity
        = sendRequest("GET", m_sandbox->url(u"/system/ws/v12/interaction/activity/81001"_s),
                      ApiAuth::sessionHeaders(fresh));
    COMPARE_STATUS(activity, 200);
    QCOMPARE(JsonPath::text(activity.object(), u"activity.0.case.id"_s), u"70001"_s);
}

void TestSandboxFaults::acceptEncoding_data()
{
    QTest::addColumn<bool>("sendHeader");
    QTest::addColumn<QByteArray>("acceptEncoding");
    QTest::addColumn<bool>("gzip");

    QTest::newRow("no header: as it is") << false << QByteArray() << false;
    QTest::newRow("empty: identity only") << true << QByteArray() << false;
    QTest::newRow("gzip") << true << QByteArray("gzip") << true;
    QTest::newRow("Qt's own: gzip, deflate") << true << QByteArray("gzip, deflate") << true;
    QTest::newRow("coding names are case-insensitive") << true << QByteArray("GZip") << true;
    QTest::newRow("x-gzip is gzip") << true << QByteArray("x-gzip") << true;
    QTest::newRow("deflate alone: no") << true << QByteArray("deflate, br") << false;
    QTest::newRow("identity alone: no") << true << QByteArray("identity") << false;
    QTest::newRow("q-values with spaces") << true << QByteArray("br;q=1.0 , gzip ; q=0.8") << true;
    QTest::newRow("Q is case-insensitive") << true << QByteArray("gzip;Q=0.5") << true;
    QTest::newRow("smallest q above 0") << true << QByteArray("gzip;q=0.001") << true;
    QTest::newRow("gzip;q=0 refuses") << true << QByteArray("gzip;q=0") << false;
    QTest::newRow("gzip;q=0.000 refuses") << true << QByteArray("gzip;q=0.000, deflate") << false;
    QTest::newRow("a named refusal beats *") << true << QByteArray("*, gzip;q=0") << false;
    QTest::newRow("* allows gzip") << true << QByteArray("*") << true;
    QTest::newRow("*;q=0 refuses") << true << QByteArray("*;q=0") << false;
    QTest::newRow("identity preferred over gzip")
        << true << QByteArray("identity, gzip;q=0.5") << false;
    QTest::newRow("gzip preferred over identity")
        << true << QByteArray("identity;q=0.2, gzip") << true;
    QTest::newRow("q above 1 is malformed: left out") << true << QByteArray("gzip;q=2") << false;
    QTest::newRow("four decimals are malformed") << true << QByteArray("gzip;q=0.5000") << false;
    QTest::newRow("another parameter is malformed") << true << QByteArray("gzip;level=9") << false;
    QTest::newRow("empty elements are ignored") << true << QByteArray(", ,gzip,") << true;
}

void TestSandboxFaults::acceptEncoding()
{
    QFETCH(bool, sendHeader);
    QFETCH(QByteArray, acceptEncoding);
    QFETCH(bool, gzip);

    const RawExchange plainExchange
        = rawList(*m_sandbox, {{"Accept-Encoding", "identity"}}, newMarker());
    QVERIFY2(plainExchange.isComplete(), plainExchange.response.left(300).constData());
    const RawAnswer plain(plainExchange);
    QCOMPARE(plain.status, 200);
    QVERIFY(!plain.hasHeader("Content-Encoding"));

    const QString marker = newMarker();
    HttpHeaders headers;
    if (sendHeader)
        headers.emplaceBack("Accept-Encoding", acceptEncoding);
    const RawExchange exchange = rawList(*m_sandbox, headers, marker);
    QVERIFY2(exchange.isComplete(), exchange.response.left(300).constData());
    const RawAnswer answer(exchange);
    QCOMPARE(answer.status, 200);
    // either way the answer depended on Accept-Encoding
    QCOMPARE(answer.header("Vary"), QByteArray("Accept-Encoding"));
    QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
    if (gzip) {
        QCOMPARE(answer.header("Content-Encoding"), QByteArray("gzip"));
        QVERIFY(answer.body.startsWith("\x1f\x8b"));
        QCOMPARE(gunzip(answer.body), plain.body);
        // JSON with the same keys in every record: far smaller
        QVERIFY2(answer.body.size() * 4 < plain.body.size(),
                 qPrintable(u"%1 of %2 bytes"_s.arg(answer.body.size()).arg(plain.body.size())));
    } else {
        QVERIFY2(!answer.hasHeader("Content-Encoding"),
                 answer.header("Content-Encoding").constData());
        QCOMPARE(answer.body, plain.body);
    }

    QTRY_VERIFY_WITH_TIMEOUT(!findLogged(*m_sandbox, marker).isEmpty(), 5000);
    const QJsonObject entry = findLogged(*m_sandbox, marker);
    QCOMPARE(entry.value(u"contentEncoding"_s).toString(), gzip ? u"gzip"_s : u"identity"_s);
    QCOMPARE(entry.value(u"bodyBytes"_s).toInteger(), answer.body.size());
}

void TestSandboxFaults::smallAnswersGoUncompressed()
{
    const QString marker = newMarker();
    const RawAnswer answer(rawRequest(*m_sandbox, "GET", jtelEvents + u"/event/1"_s,
                                      {{"Authorization", jtelAuthorization},
                                       {"Accept-Encoding", "gzip"},
                                       {"X-Test-Marker", marker.toUtf8()}},
                                      {}));
    QCOMPARE(answer.status, 404);
    QVERIFY(!answer.hasHeader("Content-Encoding"));
    QVERIFY(!answer.hasHeader("Vary"));
    QVERIFY(answer.body.startsWith('{'));
    QTRY_VERIFY_WITH_TIMEOUT(!findLogged(*m_sandbox, marker).isEmpty(), 5000);
    QCOMPARE(findLogged(*m_sandbox, marker).value(u"contentEncoding"_s).toString(), u"identity"_s);
}

void TestSandboxFaults::noCompressOption()
{
    SandboxProcess plainServer({u"--no-compress"_s});
    QVERIFY2(plainServer.isRunning(), qPrintable(plainServer.errorString()));
    const QString marker = newMarker();
    const RawExchange exchange
        = rawList(plainServer, {{"Accept-Encoding", "gzip, deflate"}}, marker);
    QVERIFY(exchange.isComplete());
    const RawAnswer answer(exchange);
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.hasHeader("Content-Encoding"));
    QVERIFY(!answer.hasHeader("Vary"));
    QVERIFY(answer.body.startsWith('{'));
    QTRY_VERIFY_WITH_TIMEOUT(!findLogged(plainServer, marker).isEmpty(), 5000);
    const QJsonObject entry = findLogged(plainServer, marker);
    QCOMPARE(entry.value(u"contentEncoding"_s).toString(), u"identity"_s);
    QCOMPARE(entry.value(u"bodyBytes"_s).toInteger(), answer.body.size());
}

void TestSandboxFaults::dropCutsTheCompressedBody()
{
    const HttpHeaders gzip {{"Accept-Encoding", "gzip"}};
    QVERIFY(m_sandbox->setFaults(
        {{u"dropNext"_s, 1}, {u"nextFaultFilter"_s, u"^GET .*/acd/events$"_s}}));
    const QString marker = newMarker();
    const RawExchange dropped = rawList(*m_sandbox, gzip, marker);
    QVERIFY(dropped.closedByServer);
    QVERIFY(!dropped.isComplete());
    const RawAnswer cut(dropped);
    QCOMPARE(cut.header("Content-Encoding"), QByteArray("gzip"));

    const RawExchange whole = rawList(*m_sandbox, gzip, newMarker());
    QVERIFY(whole.isComplete());
    const RawAnswer full(whole);
    // the cut falls in the compressed bytes: what arrived is the start of the whole answer
    QVERIFY(!cut.body.isEmpty());
    QVERIFY(cut.body.size() < full.body.size());
    QVERIFY(full.body.startsWith(cut.body));
    QVERIFY(gunzip(cut.body).isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(!findLogged(*m_sandbox, marker).isEmpty(), 5000);
    const QJsonObject entry = findLogged(*m_sandbox, marker);
    QCOMPARE(entry.value(u"fault"_s).toString(), u"drop"_s);
    QCOMPARE(entry.value(u"contentEncoding"_s).toString(), u"gzip"_s);
}

void TestSandboxFaults::malformedAnswerIsCompressedAfterTheDamage()
{
    const RawAnswer plain(rawList(*m_sandbox, {{"Accept-Encoding", "identity"}}, newMarker()));
    QCOMPARE(plain.status, 200);

    QVERIFY(m_sandbox->setFaults(
        {{u"malformNext"_s, u"truncated"_s}, {u"nextFaultFilter"_s, u"^GET .*/acd/events$"_s}}));
    const QString marker = newMarker();
    const RawExchange exchange = rawList(*m_sandbox, {{"Accept-Encoding", "gzip"}}, marker);
    QVERIFY(exchange.isComplete());
    const RawAnswer answer(exchange);
    QCOMPARE(answer.header("Content-Encoding"), QByteArray("gzip"));
    // a complete gzip answer whose content is the damaged list: the client inflates the damage
    QCOMPARE(gunzip(answer.body), plain.body.left(plain.body.size() / 2));

    QTRY_VERIFY_WITH_TIMEOUT(!findLogged(*m_sandbox, marker).isEmpty(), 5000);
    const QJsonObject entry = findLogged(*m_sandbox, marker);
    QCOMPARE(entry.value(u"fault"_s).toString(), u"truncated"_s);
    QCOMPARE(entry.value(u"contentEncoding"_s).toString(), u"gzip"_s);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
