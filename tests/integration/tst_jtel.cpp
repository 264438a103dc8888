// jtel ACD AcdEvents against agentdesk-sandbox: list, get one, create (J1–J14 of
// the jtel AcdEvents API reference §8.6), appointment semantics (§8.3) and de-duplication (§8.4).
// The sandbox keeps the rendered list (and its gzip form) until the events change: every change
// shows in the next list.
#include "httpresult.h"
#include "jsonpath.h"
#include "sandboxprocess.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using JsonPath::with;
using JsonPath::without;

namespace {

const QString base = u"/rest/v1.0/1234"_s;
const QByteArray jtelToken = "sandbox-jtel-token";
const QByteArray json = "application/json";

HttpHeaders jtelHeaders(const QByteArray &token = jtelToken, const QByteArray &contentType = {})
{
    HttpHeaders headers {{"Accept", json}};
    if (!token.isEmpty())
        headers.emplaceBack("Authorization", "Bearer " + token);
    if (!contentType.isEmpty())
        headers.emplaceBack("Content-Type", contentType);
    return headers;
}

// a valid callback for group 513, which does not de-duplicate
QJsonObject callback()
{
    return {{u"AcdEventTypesID"_s, 3},
            {u"AcdGroupsID"_s, 513},
            {u"Sender"_s, u"4922199900077"_s},
            {u"Receiver"_s, u"4930120000"_s},
            {u"Subject"_s, u"Callback wanted: delivery question"_s}};
}

// a valid ticket addressed through configuration group 40 and agent group 41
QJsonObject ticket()
{
    return {{u"AcdEventTypesID"_s, 6},
            {u"AcdConfigurationGroupsID"_s, 40},
            {u"AcdAgentGroupsID"_s, 41},
            {u"Sender"_s, u"client@example.net"_s},
            {u"Receiver"_s, u"support@example.com"_s},
            {u"Subject"_s, u"Ticket T-20931 opened by web form"_s},
            {u"CrmURL"_s, u"https://tickets.example.com/T-20931"_s},
            {u"UserData"_s, u"T-20931"_s}};
}

// jtel timestamps: local time, ISO-like without zone, optional milliseconds
QDateTime jtelTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// §8.3: a time alone means its next occurrence
QDateTime nextOccurrence(QTime time)
{
    QDateTime candidate(QDate::currentDate(), time);
    if (candidate <= QDateTime::currentDateTime())
        candidate = candidate.addDays(1);
    return candidate;
}

QString mismatch(const QString &field, const QJsonValue &expected, const QJsonValue &actual)
{
    return u"%1: expected %2, got %3"_s.arg(
        field,
        QString::fromUtf8(QJsonDocument(QJsonArray {expected}).toJson(QJsonDocument::Compact)),
        QString::fromUtf8(QJsonDocument(QJsonArray {actual}).toJson(QJsonDocument::Compact)));
}

bool sameValue(const QJsonValue &expected, const QJsonValue &actual)
{
    if (expected.isDouble())
        return actual.isDouble() && actual.toDouble() == expected.toDouble();
    return actual == expected;
}

} // namespace

class TestJtel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void listEnvelope();
    void getEvent_data();
    void getEvent();
    void unknownPathIsEmpty404();
    void authentication_data();
    void authentication();
    void createRules_data();
    void createRules();
    void createSuccess_data();
    void createSuccess();
    void appointment_data();
    void appointment();
    void deduplication_data();
    void deduplication();
    void listShowsEveryChangeAfterAKeptAnswer_data();
    void listShowsEveryChangeAfterAKeptAnswer();

private:
    HttpResult create(const QJsonObject &body);
    // records of GET …/acd/events
    QJsonArray list();
    QJsonObject event(qint64 id);

    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestJtel::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
}

void TestJtel::init()
{
    QVERIFY(m_sandbox->reset());
}

HttpResult TestJtel::create(const QJsonObject &body)
{
    return sendRequest("POST", m_sandbox->url(base + u"/acd/events/create"_s),
                       jtelHeaders(jtelToken, json), JsonPath::bytes(body));
}

QJsonArray TestJtel::list()
{
    const HttpResult result
        = sendRequest("GET", m_sandbox->url(base + u"/acd/events"_s), jtelHeaders());
    if (result.status != 200) {
        qWarning("listing events failed: %s", qPrintable(result.describe()));
        return {};
    }
    return result.object().value(u"records"_s).toArray();
}

QJsonObject TestJtel::event(qint64 id)
{
    const HttpResult result = sendRequest(
        "GET", m_sandbox->url(base + u"/acd/events/event/"_s + QString::number(id)), jtelHeaders());
    if (result.status != 200) {
        qWarning("reading event %lld failed: %s", id, qPrintable(result.describe()));
        return {};
    }
    return JsonPath::at(result.object(), u"records.0"_s).toObject();
}

void TestJtel::listEnvelope()
{
    const HttpResult result
        = sendRequest("GET", m_sandbox->url(base + u"/acd/events"_s), jtelHeaders());
    COMPARE_STATUS(result, 200);
    const QJsonObject envelope = result.object();
    QCOMPARE(envelope.value(u"filter"_s), QJsonValue(u""_s));
    QCOMPARE(envelope.value(u"limitStart"_s).toInt(-99), 0);
    QCOMPARE(envelope.value(u"limitPageSize"_s).toInt(-99), -1);
    QCOMPARE(envelope.value(u"status"_s).toInt(), 200);
    QVERIFY(envelope.value(u"ascending"_s).isBool());
    QVERIFY(!envelope.value(u"orderBy"_s).toString().isEmpty());

    const QJsonArray records = envelope.value(u"records"_s).toArray();
    QCOMPARE(envelope.value(u"count"_s).toInt(), records.size());
    QVERIFY2(records.size() >= 300, qPrintable(QString::number(records.size())));
    QSet<qint64> ids;
    for (const QJsonValue &record : records)
        ids.insert(record[u"ID"_s].toInteger());
    QCOMPARE(ids.size(), records.size());
    QVERIFY(ids.contains(88001));
    QVERIFY(ids.contains(88002));
}

void TestJtel::getEvent_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("status");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("fixture callback 88001") << u"88001"_s << 200
                                            << QJsonObject {{u"ID"_s, 88001},
                                                            {u"AcdEventTypesID"_s, 3},
                                                            {u"AcdGroupsID"_s, 512},
                                                            {u"Sender"_s, u"4922199900011"_s},
                                                            {u"AcdEventStatusID"_s, 1}};
    QTest::newRow("fixture ticket 88002") << u"88002"_s << 200
                                          << QJsonObject {{u"ID"_s, 88002},
                                                          {u"AcdEventTypesID"_s, 6},
                                                          {u"AcdGroupsID"_s, 513},
                                                          {u"AcdEventStatusID"_s, 20}};
    QTest::newRow("J14 unknown event id is 404") << u"89999"_s << 404 << QJsonObject();
}

void TestJtel::getEvent()
{
    QFETCH(QString, id);
    QFETCH(int, status);
    QFETCH(QJsonObject, expected);

    const HttpResult result
        = sendRequest("GET", m_sandbox->url(base + u"/acd/events/event/"_s + id), jtelHeaders());
    COMPARE_STATUS(result, status);
    QCOMPARE(result.object().value(u"status"_s).toInt(), status);
    if (status != 200) {
        QVERIFY(!result.object().value(u"error"_s).toString().isEmpty());
        return;
    }
    QCOMPARE(result.object().value(u"count"_s).toInt(), 1);
    const QJsonObject record = JsonPath::at(result.object(), u"records.0"_s).toObject();
    for (auto field = expected.constBegin(); field != expected.constEnd(); ++field)
        QVERIFY2(sameValue(field.value(), record.value(field.key())),
                 qPrintable(mismatch(field.key(), field.value(), record.value(field.key()))));
    QVERIFY(jtelTime(record.value(u"dtCreated"_s)).isValid());
}

void TestJtel::unknownPathIsEmpty404()
{
    const HttpResult result
        = sendRequest("GET", m_sandbox->url(base + u"/acd/nothing-here"_s), jtelHeaders());
    COMPARE_STATUS(result, 404);
    QVERIFY2(result.body.isEmpty(), result.body.constData());
}

void TestJtel::authentication_data()
{
    QTest::addColumn<QString>("clientsId");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("method");

    QTest::newRow("J13 wrong token on list")
        << u"1234"_s << QByteArray("wrong-token") << QByteArray("GET");
    QTest::newRow("J13 missing token on list") << u"1234"_s << QByteArray() << QByteArray("GET");
    QTest::newRow("J13 wrong ClientsID on list") << u"9999"_s << jtelToken << QByteArray("GET");
    QTest::newRow("J13 wrong token on create")
        << u"1234"_s << QByteArray("wrong-token") << QByteArray("POST");
    QTest::newRow("J13 wrong ClientsID on create") << u"4321"_s << jtelToken << QByteArray("POST");
}

void TestJtel::authentication()
{
    QFETCH(QString, clientsId);
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, method);

    const qsizetype before = list().size();
    const QString path = u"/rest/v1.0/"_s + clientsId
        + (method == "GET" ? u"/acd/events"_s : u"/acd/events/create"_s);
    const HttpResult result = sendRequest(
        method, m_sandbox->url(path), jtelHeaders(token, method == "POST" ? json : QByteArray()),
        method == "POST" ? JsonPath::bytes(callback()) : QByteArray());
    COMPARE_STATUS(result, 401);
    QCOMPARE(result.object().value(u"status"_s).toInt(), 401);
    QVERIFY(!result.object().value(u"error"_s).toString().isEmpty());
    QVERIFY(!result.object().contains(u"records"_s));
    QCOMPARE(list().size(), before);
}

void TestJtel::createRules_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    const QJsonObject valid = callback();
    const auto row = [](const char *name, const QJsonObject &body, int status) {
        QTest::newRow(name) << json << JsonPath::bytes(body) << status;
    };
    const QJsonObject voicemail = with(valid, u"AcdEventTypesID"_s, 1);

    row("J1 AcdEventTypesID is required", without(valid, u"AcdEventTypesID"_s), 400);
    row("J1 AcdEventTypesID must be an integer, not a string",
        with(valid, u"AcdEventTypesID"_s, u"3"_s), 400);
    row("J1 AcdEventTypesID must be a whole number", with(valid, u"AcdEventTypesID"_s, 3.5), 400);
    row("J2 a group form is required", without(valid, u"AcdGroupsID"_s), 400);
    row("J2 both group forms at once",
        with(with(valid, u"AcdConfigurationGroupsID"_s, 40), u"AcdAgentGroupsID"_s, 41), 400);
    row("J2 configuration group needs the agent group", without(ticket(), u"AcdAgentGroupsID"_s),
        400);
    row("J2 agent group needs the configuration group",
        without(ticket(), u"AcdConfigurationGroupsID"_s), 400);
    row("J3 unknown group is 404", with(valid, u"AcdGroupsID"_s, 599), 404);
    row("J3 unknown configuration group is 404", with(ticket(), u"AcdConfigurationGroupsID"_s, 49),
        404);
    row("J3 unknown agent group is 404", with(ticket(), u"AcdAgentGroupsID"_s, 49), 404);
    row("J4 unknown user is 404", with(valid, u"UsersID"_s, 2999), 404);
    row("J4 user outside the group is 400", with(valid, u"UsersID"_s, 2001), 400);
    row("J4 user in no group is 400", with(valid, u"UsersID"_s, 2007), 400);
    row("J4 user outside the agent group is 400", with(ticket(), u"UsersID"_s, 2003), 400);
    row("J5 Sender is required", without(valid, u"Sender"_s), 400);
    row("J5 telephone sender must not contain spaces", with(valid, u"Sender"_s, u"0221 999000"_s),
        400);
    row("J5 telephone sender must be digits", with(valid, u"Sender"_s, u"49221ABC9900"_s), 400);
    row("J5 telephone sender has at least 8 digits", with(valid, u"Sender"_s, u"4922199"_s), 400);
    row("J5 telephone sender has at most 15 digits",
        with(valid, u"Sender"_s, u"4922199900077123"_s), 400);
    row("J5 voicemail sender must be E.164", with(voicemail, u"Sender"_s, u"mail@example.com"_s),
        400);
    row("J6 callback Receiver must be a configured service number",
        with(valid, u"Receiver"_s, u"4922100000000"_s), 400);
    row("J6 voicemail Receiver must be a configured service number",
        with(voicemail, u"Receiver"_s, u"4922100000000"_s), 400);
    row("J7 Subject is required", without(valid, u"Subject"_s), 400);
    row("J7 Subject must not be empty", with(valid, u"Subject"_s, u""_s), 400);
    row("J8 Body only for callback events, not tickets",
        with(ticket(), u"Body"_s, u"Please call back"_s), 400);
    row("J8 Body only for callback events, not voice mail",
        with(voicemail, u"Body"_s, u"Please call back"_s), 400);
    row("J9 CrmURL must be well-formed", with(valid, u"CrmURL"_s, u"not a url"_s), 400);
    row("J9 CrmURL must be absolute", with(valid, u"CrmURL"_s, u"/contacts/88412"_s), 400);
    row("J10 priority above 200", with(valid, u"nPriority"_s, 201), 400);
    row("J10 negative priority", with(valid, u"nPriority"_s, -1), 400);
    row("J10 priority must be an integer", with(valid, u"nPriority"_s, u"60"_s), 400);
    row("J11 date must be yyyy-mm-dd or yyyymmdd",
        with(valid, u"dtAppointmentDate"_s, u"04.03.2031"_s), 400);
    row("J11 date must exist", with(valid, u"dtAppointmentDate"_s, u"2031-13-01"_s), 400);
    row("J11 time must be hh:mm or hhmm", with(valid, u"dtAppointmentTime"_s, u"14.30"_s), 400);
    row("J11 hour must exist", with(valid, u"dtAppointmentTime"_s, u"25:00"_s), 400);
    QTest::newRow("Content-Type must be application/json")
        << QByteArray("text/plain") << JsonPath::bytes(valid) << 400;
    QTest::newRow("malformed JSON is 400")
        << json << QByteArray(R"({"AcdEventTypesID": 3,)") << 400;
}

void TestJtel::createRules()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);

    const qsizetype before = list().size();
    QVERIFY(before > 0);
    const HttpResult result = sendRequest("POST", m_sandbox->url(base + u"/acd/events/create"_s),
                                          jtelHeaders(jtelToken, contentType), body);
    COMPARE_STATUS(result, status);
    QCOMPARE(result.object().value(u"status"_s).toInt(), status);
    QVERIFY2(!result.object().value(u"error"_s).toString().isEmpty(),
             qPrintable(result.describe()));
    QCOMPARE(list().size(), before);
}

void TestJtel::createSuccess_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QJsonObject>("expected");
    QTest::addColumn<QString>("eventDataContains");

    const QJsonObject valid = callback();
    QTest::newRow("J2 callback for a group, priority defaults to 50")
        << valid
        << QJsonObject {{u"AcdEventTypesID"_s, 3},
                        {u"AcdGroupsID"_s, 513},
                        {u"UsersID"_s, QJsonValue::Null},
                        {u"Sender"_s, u"4922199900077"_s},
                        {u"Receiver"_s, u"4930120000"_s},
                        {u"Subject"_s, u"Callback wanted: delivery question"_s},
                        {u"nPriority"_s, 50},
                        {u"dtAppointment"_s, QJsonValue::Null}}
        << QString();
    QTest::newRow("J2 ticket through configuration and agent group")
        << ticket()
        << QJsonObject {{u"AcdEventTypesID"_s, 6},
                        {u"Sender"_s, u"client@example.net"_s},
                        {u"Receiver"_s, u"support@example.com"_s},
                        {u"CrmURL"_s, u"https://tickets.example.com/T-20931"_s},
                        {u"UserData"_s, u"T-20931"_s}}
        << QString();
    QTest::newRow("J4 member of the group")
        << with(valid, u"UsersID"_s, 2003) << QJsonObject {{u"UsersID"_s, 2003}} << QString();
    QTest::newRow("J4 member of the agent group")
        << with(ticket(), u"UsersID"_s, 2006) << QJsonObject {{u"UsersID"_s, 2006}} << QString();
    QTest::newRow("J4 UsersID null routes to the group queue")
        << with(valid, u"UsersID"_s, QJsonValue::Null)
        << QJsonObject {{u"UsersID"_s, QJsonValue::Null}} << QString();
    QTest::newRow("J5 leading + is accepted and stored without it")
        << with(valid, u"Sender"_s, u"+4922199900078"_s)
        << QJsonObject {{u"Sender"_s, u"4922199900078"_s}} << QString();
    QTest::newRow("J5 sender of 15 digits")
        << with(valid, u"Sender"_s, u"492219990007812"_s)
        << QJsonObject {{u"Sender"_s, u"492219990007812"_s}} << QString();
    QTest::newRow("J6 Receiver is optional")
        << without(valid, u"Receiver"_s) << QJsonObject {{u"AcdEventTypesID"_s, 3}} << QString();
    QTest::newRow("J6 voice mail to a configured service number")
        << with(with(valid, u"AcdEventTypesID"_s, 1), u"Receiver"_s, u"4989333000"_s)
        << QJsonObject {{u"AcdEventTypesID"_s, 1}, {u"Receiver"_s, u"4989333000"_s}} << QString();
    QTest::newRow("J8 callback Body lands in EventData")
        << with(valid, u"Body"_s, u"Customer asked for a call back after 14:00."_s) << QJsonObject()
        << u"Customer asked for a call back after 14:00."_s;
    QTest::newRow("J9 well-formed CrmURL is kept")
        << with(valid, u"CrmURL"_s, u"https://crm.example.com/contacts/88412"_s)
        << QJsonObject {{u"CrmURL"_s, u"https://crm.example.com/contacts/88412"_s}} << QString();
    QTest::newRow("J10 priority 60")
        << with(valid, u"nPriority"_s, 60) << QJsonObject {{u"nPriority"_s, 60}} << QString();
    QTest::newRow("J10 priority 0 is the lower bound")
        << with(valid, u"nPriority"_s, 0) << QJsonObject {{u"nPriority"_s, 0}} << QString();
    QTest::newRow("J10 priority 200 is the upper bound")
        << with(valid, u"nPriority"_s, 200) << QJsonObject {{u"nPriority"_s, 200}} << QString();
}

void TestJtel::createSuccess()
{
    QFETCH(QJsonObject, body);
    QFETCH(QJsonObject, expected);
    QFETCH(QString, eventDataContains);

    const QJsonArray before = list();
    QVERIFY(!before.isEmpty());
    QSet<qint64> existing;
    for (const QJsonValue &record : before)
        existing.insert(record[u"ID"_s].toInteger());

    const HttpResult result = create(body);
    COMPARE_STATUS(result, 200);
    QCOMPARE(result.object().value(u"status"_s).toInt(), 200);
    QCOMPARE(result.object().value(u"count"_s).toInt(), 1);
    const QJsonObject answered = JsonPath::at(result.object(), u"records.0"_s).toObject();
    const qint64 id = answered.value(u"ID"_s).toInteger();
    QVERIFY2(id > 0 && !existing.contains(id), qPrintable(QString::number(id)));
    QVERIFY(!answered.contains(u"Result_"_s));
    QCOMPARE(answered.value(u"AcdEventStatusID"_s).toInt(), 1);

    const QJsonArray after = list();
    QCOMPARE(after.size(), before.size() + 1);
    const QJsonObject stored = event(id);
    QCOMPARE(stored.value(u"ID"_s).toInteger(), id);
    QCOMPARE(stored.value(u"Subject"_s), body.value(u"Subject"_s));
    QCOMPARE(stored.value(u"AcdEventStatusID"_s).toInt(), 1);
    for (auto field = expected.constBegin(); field != expected.constEnd(); ++field) {
        QVERIFY2(sameValue(field.value(), stored.value(field.key())),
                 qPrintable(mismatch(field.key(), field.value(), stored.value(field.key()))));
        QVERIFY2(sameValue(field.value(), answered.value(field.key())),
                 qPrintable(u"create answer "_s
                            + mismatch(field.key(), field.value(), answered.value(field.key()))));
    }
    if (!eventDataContains.isEmpty())
        QVERIFY2(stored.value(u"EventData"_s).toString().contains(eventDataContains),
                 qPrintable(stored.value(u"EventData"_s).toString()));
}

void TestJtel::appointment_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QDateTime>("expected"); // invalid: no appointment

    const QDateTime march4(QDate(2031, 3, 4), QTime(0, 0));
    const QTime now = QTime::currentTime();
    const QTime ahead = QTime(now.hour(), now.minute()).addSecs(2 * 3600);
    const QTime passed = QTime(now.hour(), now.minute()).addSecs(-2 * 3600);

    QTest::newRow("§8.3 neither date nor time") << QString() << QString() << QDateTime();
    QTest::newRow("§8.3 date only is that day at 00:00") << u"2031-03-04"_s << QString() << march4;
    QTest::newRow("§8.3 date as yyyymmdd") << u"20310304"_s << QString() << march4;
    QTest::newRow("§8.3 date and time is that moment")
        << u"2031-03-04"_s << u"14:30"_s << QDateTime(QDate(2031, 3, 4), QTime(14, 30));
    QTest::newRow("§8.3 time as hhmm")
        << u"20310304"_s << u"0905"_s << QDateTime(QDate(2031, 3, 4), QTime(9, 5));
    QTest::newRow("§8.3 time only still ahead today")
        << QString() << ahead.toString(u"hh:mm"_s) << nextOccurrence(ahead);
    QTest::newRow("§8.3 time only already passed means tomorrow")
        << QString() << passed.toString(u"hhmm"_s) << nextOccurrence(passed);
}

void TestJtel::appointment()
{
    QFETCH(QString, date);
    QFETCH(QString, time);
    QFETCH(QDateTime, expected);

    QJsonObject body = callback();
    if (!date.isEmpty())
        body.insert(u"dtAppointmentDate"_s, date);
    if (!time.isEmpty())
        body.insert(u"dtAppointmentTime"_s, time);
    const HttpResult result = create(body);
    COMPARE_STATUS(result, 200);
    const qint64 id = JsonPath::at(result.object(), u"records.0.ID"_s).toInteger();
    const QJsonValue appointment = event(id).value(u"dtAppointment"_s);
    if (!expected.isValid()) {
        QVERIFY2(appointment.isNull(), qPrintable(appointment.toString()));
        return;
    }
    QCOMPARE(jtelTime(appointment), expected);
}

void TestJtel::deduplication_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<bool>("firstIsFixture"); // first event: 88001 (callback from 4922199900011)
    QTest::addColumn<QString>("firstSender");
    QTest::addColumn<int>("secondType");
    QTest::addColumn<QString>("secondSender");
    QTest::addColumn<bool>("updated");

    QTest::newRow("J12 duplicate of an open event in group 512 is UPDATED")
        << 512 << true << QString() << 3 << u"4922199900011"_s << true;
    QTest::newRow("J12 second identical create in group 512 is UPDATED")
        << 512 << false << u"4922199900091"_s << 3 << u"4922199900091"_s << true;
    QTest::newRow("J12 group 513 does not de-duplicate")
        << 513 << false << u"4922199900091"_s << 3 << u"4922199900091"_s << false;
    QTest::newRow("J12 another type is no duplicate")
        << 512 << true << QString() << 1 << u"4922199900011"_s << false;
    QTest::newRow("J12 another sender is no duplicate")
        << 512 << true << QString() << 3 << u"4922199900012"_s << false;
}

void TestJtel::deduplication()
{
    QFETCH(int, group);
    QFETCH(bool, firstIsFixture);
    QFETCH(QString, firstSender);
    QFETCH(int, secondType);
    QFETCH(QString, secondSender);
    QFETCH(bool, updated);

    const QJsonObject request = with(callback(), u"AcdGroupsID"_s, group);
    qint64 firstId = 88001;
    if (!firstIsFixture) {
        const HttpResult first = create(with(request, u"Sender"_s, firstSender));
        COMPARE_STATUS(first, 200);
        QVERIFY(!JsonPath::at(first.object(), u"records.0"_s).toObject().contains(u"Result_"_s));
        firstId = JsonPath::at(first.object(), u"records.0.ID"_s).toInteger();
    }
    const QJsonObject firstBefore = event(firstId);
    QVERIFY(!firstBefore.isEmpty());
    const qsizetype before = list().size();

    QJsonObject second = with(request, u"Sender"_s, secondSender);
    second.insert(u"AcdEventTypesID"_s, secondType);
    const HttpResult result = create(second);
    COMPARE_STATUS(result, 200);
    QCOMPARE(result.object().value(u"status"_s).toInt(), 200);
    QCOMPARE(result.object().value(u"count"_s).toInt(), 1);
    const QJsonObject record = JsonPath::at(result.object(), u"records.0"_s).toObject();
    const qint64 answeredId = record.value(u"ID"_s).toInteger();

    if (!updated) {
        QVERIFY(answeredId != firstId);
        QVERIFY(!record.contains(u"Result_"_s));
        QCOMPARE(list().size(), before + 1);
        QCOMPARE(event(firstId).value(u"EventData"_s), firstBefore.value(u"EventData"_s));
        return;
    }
    QCOMPARE(answeredId, firstId);
    QCOMPARE(record.value(u"Result_"_s).toString(), u"UPDATED"_s);
    QCOMPARE(list().size(), before);
    const QJsonObject firstAfter = event(firstId);
    const QString eventDataBefore = firstBefore.value(u"EventData"_s).toString();
    const QString eventDataAfter = firstAfter.value(u"EventData"_s).toString();
    QVERIFY2(eventDataAfter.size() > eventDataBefore.size(),
             qPrintable(u"EventData before: %1 after: %2"_s.arg(eventDataBefore, eventDataAfter)));
    QVERIFY(jtelTime(firstAfter.value(u"dtModified"_s)).isValid());
    QVERIFY2(firstAfter.value(u"dtModified"_s) != firstBefore.value(u"dtModified"_s),
             qPrintable(firstAfter.value(u"dtModified"_s).toString()));
    QVERIFY(jtelTime(firstAfter.value(u"dtModified"_s))
            >= jtelTime(firstBefore.value(u"dtModified"_s)));
}

void TestJtel::listShowsEveryChangeAfterAKeptAnswer_data()
{
    QTest::addColumn<QString>("change");
    // "gzip": Qt negotiates and inflates; "identity": the plain list
    QTest::addColumn<QByteArray>("coding");

    for (const QByteArray coding : {QByteArray("identity"), QByteArray("gzip")}) {
        for (const QString &change : {u"create"_s, u"J12 update"_s, u"reset"_s})
            QTest::addRow("%s, %s", qPrintable(change), coding.constData()) << change << coding;
    }
}

void TestJtel::listShowsEveryChangeAfterAKeptAnswer()
{
    QFETCH(QString, change);
    QFETCH(QByteArray, coding);

    const auto listed = [&]() -> QJsonArray {
        HttpHeaders headers = jtelHeaders();
        if (coding == "identity")
            headers.emplaceBack("Accept-Encoding", "identity");
        const HttpResult result
            = sendRequest("GET", m_sandbox->url(base + u"/acd/events"_s), headers);
        if (result.status != 200) {
            qWarning("listing events failed: %s", qPrintable(result.describe()));
            return {};
        }
        // the answer went in the coding this row is about
        const QJsonObject logged = m_sandbox->requestLog().constLast();
        if (logged.value(u"contentEncoding"_s).toString() != QString::fromLatin1(coding)) {
            qWarning("the list went %s", qPrintable(logged.value(u"contentEncoding"_s).toString()));
            return {};
        }
        return result.object().value(u"records"_s).toArray();
    };
    const auto record = [](const QJsonArray &records, qint64 id) {
        for (const QJsonValue &record : records) {
            if (record[u"ID"_s].toInteger() == id)
                return record.toObject();
        }
        return QJsonObject();
    };

    const QJsonArray seeded = listed();
    QVERIFY(!seeded.isEmpty());
    // the second answer is the kept one
    QCOMPARE(listed(), seeded);

    if (change == u"create") {
        const HttpResult created = create(callback());
        COMPARE_STATUS(created, 200);
        const qint64 id = JsonPath::at(created.object(), u"records.0.ID"_s).toInteger();
        const QJsonArray after = listed();
        QCOMPARE(after.size(), seeded.size() + 1);
        QCOMPARE(record(after, id).value(u"Subject"_s).toString(),
                 callback().value(u"Subject"_s).toString());
    } else if (change == u"J12 update") {
        // 88001 is an open callback from this sender in group 512, which forbids duplicates
        const HttpResult updated = create(
            with(with(callback(), u"AcdGroupsID"_s, 512), u"Sender"_s, u"4922199900011"_s));
        COMPARE_STATUS(updated, 200);
        QCOMPARE(JsonPath::at(updated.object(), u"records.0.Result_"_s).toString(), u"UPDATED"_s);
        const QJsonArray after = listed();
        QCOMPARE(after.size(), seeded.size());
        const QString eventData = record(after, 88001).value(u"EventData"_s).toString();
        QVERIFY2(eventData.contains(u"Duplicate request"_s), qPrintable(eventData));
        QVERIFY(record(after, 88001).value(u"dtModified"_s)
                != record(seeded, 88001).value(u"dtModified"_s));
    } else {
        const HttpResult created = create(callback());
        COMPARE_STATUS(created, 200);
        const qint64 id = JsonPath::at(created.object(), u"records.0.ID"_s).toInteger();
        QCOMPARE(listed().size(), seeded.size() + 1);
        QVERIFY(m_sandbox->reset());
        const QJsonArray after = listed();
        QCOMPARE(after.size(), seeded.size());
        QVERIFY(record(after, id).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestJtel)
#include "tst_jtel.moc"
