#include "api/acdeventdecoder.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// the decoded values; the kept server text is checked on its own
AcdEvent withoutJson(AcdEvent event)
{
    event.json.clear();
    return event;
}

qint64 localMsecs(const char *isoWithMs)
{
    return QDateTime::fromString(QString::fromLatin1(isoWithMs), Qt::ISODateWithMs)
        .toMSecsSinceEpoch();
}

QByteArray envelope(const QByteArray &records, int count = 1)
{
    return R"({"filter":"","limitStart":0,"limitPageSize":-1,"records":[)" + records
        + R"(],"count":)" + QByteArray::number(count)
        + R"(,"orderBy":"dtCreated","ascending":true,"status":200})";
}

} // namespace

class TestAcdEventDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesTheDocumentedListExample();
    void ignoresUnknownFields();
    void keepsARecordWithOnlyAnId();
    void readsNullOptionalFieldsAsAbsent();
    void keepsTheRecordWithoutItsNullMembers();
    void readsUserPriorityAndReceiver();
    void fieldsOfTheWrongType_data();
    void fieldsOfTheWrongType();
    void dropsOnlyRecordsWithoutUsableId_data();
    void dropsOnlyRecordsWithoutUsableId();
    void refusesUnusableBodies_data();
    void refusesUnusableBodies();
    void parsesJtelTimestamps_data();
    void parsesJtelTimestamps();
};

// the jtel AcdEvents API reference §5.1
void TestAcdEventDecoder::decodesTheDocumentedListExample()
{
    const auto result = AcdEventDecoder::decodeList(envelope(
        R"({"ID": 88001, "AcdEventTypesID": 3, "AcdEventStatusID": 20, "AcdGroupsID": 512,
            "Sender": "4922199900011", "Subject": "Callback request",
            "dtCreated": "2024-05-14T09:30:00.120"})"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.reportedCount, 1);
    QCOMPARE(result.events.size(), 1);
    const AcdEvent &event = result.events.constFirst();
    QCOMPARE(event.id, 88001);
    QCOMPARE(event.typeId, 3);
    QCOMPARE(event.statusId, 20);
    QCOMPARE(event.groupId, 512);
    QCOMPARE(event.usersId, std::nullopt);
    QCOMPARE(event.sender, u"4922199900011"_s);
    QCOMPARE(event.subject, u"Callback request"_s);
    QCOMPARE(event.createdMsecs, localMsecs("2024-05-14T09:30:00.120"));
    QCOMPARE(event.priority, std::nullopt);
}

// §4: records may contain more fields than listed
void TestAcdEventDecoder::ignoresUnknownFields()
{
    const auto result = AcdEventDecoder::decodeList(envelope(
        R"({"ID": 7, "AcdEventTypesID": 6, "CrmURL": "https://crm.example.com/1",
            "EventData": "<eventData><body html=\"true\">x</body></eventData>",
            "SkillsID1": null, "bCloseByForeignSystem": true, "Future": {"nested": [1, 2]}})"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.events.size(), 1);
    QCOMPARE(result.events.constFirst().id, 7);
    // unknown fields are not modelled but kept with the record
    QVERIFY(result.events.constFirst().json.startsWith("{"));
    QVERIFY(result.events.constFirst().json.contains(R"("Future":{"nested":[1,2]})"));
    QCOMPARE(result.events.constFirst().typeId, 6);
    QVERIFY(result.skippedRecords.isEmpty());
}

// The cache keeps each record minified and without its null members (most of jtel's fields are
// null in most records); everything else, nested nulls and text that looks like null included,
// stays as sent.
void TestAcdEventDecoder::keepsTheRecordWithoutItsNullMembers()
{
    const auto result = AcdEventDecoder::decodeList(envelope(
        R"({"UserData2": null, "ID": 9, "Subject": "say \"x\":null, \\", "dtRemind": null,
            "EventData": "a,\"b\":null}", "Future": {"inner": null, "list": [null, {"k": null}]},
            "Empty": {}, "Zero": 0, "No": false, "Last": null})"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.events.size(), 1);
    QCOMPARE(result.events.constFirst().json,
             QByteArray(R"({"ID":9,"Subject":"say \"x\":null, \\","EventData":"a,\"b\":null}",)"
                        R"("Future":{"inner":null,"list":[null,{"k":null}]},"Empty":{},"Zero":0,)"
                        R"("No":false})"));
    QCOMPARE(result.events.constFirst().subject, u"say \"x\":null, \\"_s);

    const auto onlyNulls = AcdEventDecoder::decodeList(envelope(R"({"ID": 4, "A": null})"));
    QCOMPARE(onlyNulls.events.constFirst().json, QByteArray(R"({"ID":4})"));
}

// §4: never require a field that is not in the create example
void TestAcdEventDecoder::keepsARecordWithOnlyAnId()
{
    const auto result = AcdEventDecoder::decodeList(envelope(R"({"ID": 5})"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.events.size(), 1);
    AcdEvent expected;
    expected.id = 5;
    QCOMPARE(withoutJson(result.events.constFirst()), expected);
}

void TestAcdEventDecoder::readsNullOptionalFieldsAsAbsent()
{
    const auto result = AcdEventDecoder::decodeList(
        envelope(R"({"ID": 5, "AcdGroupsID": null, "UsersID": null, "nPriority": null,
                     "Sender": null, "dtCreated": null})"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const AcdEvent &event = result.events.constFirst();
    QCOMPARE(event.groupId, std::nullopt);
    QCOMPARE(event.usersId, std::nullopt);
    QCOMPARE(event.priority, std::nullopt);
    QVERIFY(event.sender.isEmpty());
    QCOMPARE(event.createdMsecs, 0);
}

void TestAcdEventDecoder::readsUserPriorityAndReceiver()
{
    const auto result = AcdEventDecoder::decodeList(
        envelope(R"({"ID": 5, "UsersID": 2003, "nPriority": 60, "Receiver": "4930120000"})"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const AcdEvent &event = result.events.constFirst();
    QCOMPARE(event.usersId, 2003);
    QCOMPARE(event.priority, 60);
    QCOMPARE(event.receiver, u"4930120000"_s);
}

void TestAcdEventDecoder::fieldsOfTheWrongType_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<AcdEvent>("expected");

    AcdEvent plain;
    plain.id = 9;
    QTest::newRow("type as text") << QByteArray(R"({"ID": 9, "AcdEventTypesID": "callback"})")
                                  << plain;
    QTest::newRow("group as object")
        << QByteArray(R"({"ID": 9, "AcdGroupsID": {"id": 512}})") << plain;
    QTest::newRow("priority fractional") << QByteArray(R"({"ID": 9, "nPriority": 1.5})") << plain;
    QTest::newRow("group beyond qint64")
        << QByteArray(R"({"ID": 9, "AcdGroupsID": 4.2e72, "UsersID": -1e300})") << plain;
    QTest::newRow("subject as array") << QByteArray(R"({"ID": 9, "Subject": ["a"]})") << plain;
    QTest::newRow("created as number")
        << QByteArray(R"({"ID": 9, "dtCreated": 1600000000})") << plain;
    QTest::newRow("created unparsable")
        << QByteArray(R"({"ID": 9, "dtCreated": "15.09.2020 02:59"})") << plain;

    AcdEvent numericSender = plain;
    numericSender.sender = u"4922199900011"_s;
    QTest::newRow("sender as number")
        << QByteArray(R"({"ID": 9, "Sender": 4922199900011})") << numericSender;
    AcdEvent stringIds = plain;
    stringIds.typeId = 3;
    stringIds.groupId = 512;
    QTest::newRow("ids as digit strings")
        << QByteArray(R"({"ID": "9", "AcdEventTypesID": "3", "AcdGroupsID": "512"})") << stringIds;
}

// A field of the wrong type is read as absent; the record is kept.
void TestAcdEventDecoder::fieldsOfTheWrongType()
{
    QFETCH(QByteArray, record);
    QFETCH(AcdEvent, expected);
    const auto result = AcdEventDecoder::decodeList(envelope(record));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.events.size(), 1);
    QCOMPARE(withoutJson(result.events.constFirst()), expected);
}

void TestAcdEventDecoder::dropsOnlyRecordsWithoutUsableId_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::newRow("no ID") << QByteArray(R"({"AcdEventTypesID": 3})");
    QTest::newRow("ID null") << QByteArray(R"({"ID": null})");
    QTest::newRow("ID text") << QByteArray(R"({"ID": "abc"})");
    QTest::newRow("ID fractional") << QByteArray(R"({"ID": 1.5})");
    QTest::newRow("ID beyond qint64") << QByteArray(R"({"ID": 4.2e72})");
    QTest::newRow("ID object") << QByteArray(R"({"ID": {"value": 1}})");
    QTest::newRow("ID zero") << QByteArray(R"({"ID": 0})");
    QTest::newRow("ID negative") << QByteArray(R"({"ID": -88001})");
    QTest::newRow("ID negative text") << QByteArray(R"({"ID": "-88001"})");
    QTest::newRow("record not an object") << QByteArray(R"("88001")");
    QTest::newRow("record null") << QByteArray("null");
}

// A record we cannot identify is dropped with a reason; its neighbours survive.
void TestAcdEventDecoder::dropsOnlyRecordsWithoutUsableId()
{
    QFETCH(QByteArray, record);
    const auto result
        = AcdEventDecoder::decodeList(envelope(R"({"ID": 1}, )" + record + R"(, {"ID": 3})", 3));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.reportedCount, 3);
    QCOMPARE(result.events.size(), 2);
    QCOMPARE(result.events.at(0).id, 1);
    QCOMPARE(result.events.at(1).id, 3);
    QCOMPARE(result.skippedRecords.size(), 1);
    QVERIFY2(result.skippedRecords.constFirst().startsWith(u"record 1: "_s),
             qPrintable(result.skippedRecords.constFirst()));
}

void TestAcdEventDecoder::refusesUnusableBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
    QTest::newRow("html") << QByteArray("<html>Gateway timeout</html>") << u"not valid JSON"_s;
    QTest::newRow("truncated") << envelope(R"({"ID": 1})").chopped(10) << u"not valid JSON"_s;
    QTest::newRow("top-level array") << QByteArray(R"([{"ID": 1}])") << u"not a JSON object"_s;
    QTest::newRow("no records") << QByteArray(R"({"count": 0, "status": 200})")
                                << u"no list of records"_s;
    QTest::newRow("records not a list")
        << QByteArray(R"({"records": {"ID": 1}, "status": 200})") << u"no list of records"_s;
    // §3: error bodies repeat the HTTP status and give a reason
    QTest::newRow("error body") << QByteArray(R"({"status": 404, "error": "AcdEvent not found"})")
                                << u"404: AcdEvent not found"_s;
}

void TestAcdEventDecoder::refusesUnusableBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorContains);
    const auto result = AcdEventDecoder::decodeList(body);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
    QVERIFY(result.events.isEmpty());
}

void TestAcdEventDecoder::parsesJtelTimestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: refused

    QTest::newRow("documented layout")
        << u"2020-09-15T02:59:32.794"_s << localMsecs("2020-09-15T02:59:32.794");
    QTest::newRow("no milliseconds")
        << u"2020-09-15T02:59:32"_s << localMsecs("2020-09-15T02:59:32.000");
    QTest::newRow("one fraction digit")
        << u"2020-09-15T02:59:32.7"_s << localMsecs("2020-09-15T02:59:32.700");
    QTest::newRow("microseconds") << u"2020-09-15T02:59:32.794999"_s
                                  << localMsecs("2020-09-15T02:59:32.794");
    QTest::newRow("space separator")
        << u"2020-09-15 02:59:32.794"_s << localMsecs("2020-09-15T02:59:32.794");
    QTest::newRow("UTC marker")
        << u"2020-09-15T02:59:32.794Z"_s
        << QDateTime(QDate(2020, 9, 15), QTime(2, 59, 32, 794), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("date only") << u"2020-09-15"_s << qint64(-1);
    QTest::newRow("month 13") << u"2020-13-15T02:59:32.794"_s << qint64(-1);
    QTest::newRow("hour 24") << u"2020-09-15T24:00:00.000"_s << qint64(-1);
    QTest::newRow("letters") << u"2020-09-1xT02:59:32.794"_s << qint64(-1);
    QTest::newRow("empty fraction") << u"2020-09-15T02:59:32."_s << qint64(-1);
    QTest::newRow("offset") << u"2020-09-15T02:59:32.794+02:00"_s << qint64(-1);
}

void TestAcdEventDecoder::parsesJtelTimestamps()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const std::optional<qint64> parsed = AcdEventDecoder::parseTimestamp(text);
    if (expected < 0)
        QCOMPARE(parsed, std::nullopt);
    else
        QCOMPARE(parsed, expected);
}

QTEST_GUILESS_MAIN(TestAcdEventDecoder)
#include "tst_acdeventdecoder.moc"
