#include "api/casemanagerdecoder.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QByteArray activities(const QByteArray &records)
{
    return R"({"activity":[)" + records + "]}";
}

QByteArray cases(const QByteArray &records)
{
    return R"({"case":[)" + records + "]}";
}

// ECE v12 reference §7.2, the documented search answer
const QByteArray DocumentedSearch = R"({
  "activity": [
    {
      "link": [{"rel": "self", "href": "/system/ws/v12/interaction/activity/81230"}],
      "case": {"id": "70001", "link": [{"rel": "case", "href": "/system/ws/v12/interaction/case/70001"}]},
      "department": {"id": "1201", "name": "Support"},
      "mode": {"value": "inbound", "displayValue": "Inbound"},
      "type": {"value": "email", "displayValue": "Email",
               "subtype": {"value": "general", "displayValue": "General"}},
      "status": {"value": "...", "displayValue": "..."},
      "subject": "Modem loses sync at night",
      "id": "81230"
    }
  ],
  "paginationInfo": {"count": 1, "pagenum": 1, "pagesize": 25}
})";

// the sandbox's answer with $attribute=all (its README, "Representations")
const QByteArray SandboxActivity = R"({
  "id": "81001",
  "link": [{"rel": "self", "href": "/core/casemgr/v3/activity/81001"}],
  "case": {"id": "70001", "link": [{"rel": "case", "href": "/core/casemgr/v3/case/70001"}]},
  "department": {"id": "1", "name": "Service"},
  "mode": {"value": "inbound", "displayValue": "Inbound"},
  "type": {"value": "call_track", "displayValue": "Call Track",
           "subtype": {"value": "general", "displayValue": "General"}},
  "status": {"value": "assigned", "displayValue": "Assigned",
             "assigned": {"user": {"id": "1001", "name": "lena.fischer",
                                   "firstName": "Lena", "lastName": "Fischer"}}},
  "subject": "Router restarts every 20 minutes",
  "secure": false,
  "attachments": {"count": 0},
  "customer": {"id": "5001", "customerName": "Anna Schmidt"},
  "priority": "3",
  "created": "2024-05-14T09:30:00.000Z",
  "lastModified": "2024-05-14T10:15:30.250Z",
  "lastModifiedBy": {"user": {"id": "1001", "name": "lena.fischer"}},
  "dueDate": "2031-01-15T08:00:00.000Z",
  "queue": {"id": "12", "name": "Service calls"},
  "contactPointData": "4930555010001",
  "payload": {"calltrack": {"content": {"text": "Since Monday.", "html": "<p>Since Monday.</p>"}}},
  "customAttributes": {"customAttribute": [
    {"attribName": "contact_reason", "attribValues": {"attribValue": [{"value": "technical"}]}},
    {"attribName": "callback_number", "attribValues": {"attribValue": [{"value": "4930555010001"}]}}
  ]},
  "language": {"value": "de-DE"}
})";

// the sandbox's case with every extra attribute; members as the ECE v12 reference §5.4, §11 name
// them
const QByteArray SandboxCase = R"({
  "id": "70001",
  "link": [{"rel": "self", "href": "/core/casemgr/v3/case/70001"}],
  "activities": {"link": [{"rel": "activities", "href": "/core/casemgr/v3/activity?caseID=70001"}]},
  "department": {"id": "1", "name": "Service"},
  "status": {"value": "open", "displayValue": "Open"},
  "subject": "Replacement device shipment",
  "owner": {"user": {"id": "1001", "name": "lena.fischer", "firstName": "Lena", "lastName": "Fischer"}},
  "customer": {"id": "5001", "customerName": "Anna Schmidt"},
  "severity": {"value": "high"},
  "description": "Split off from the outage case at the request of the customer",
  "solution": "",
  "dueDate": "2031-02-01T12:00:00.000Z",
  "created": "2024-05-14T09:30:00.000Z",
  "lastModified": {"date": "2024-05-15T11:00:00.000Z", "user": {"id": "1001"}},
  "relatedCases": {"case": [{"id": "70002"}, {"id": "70007"}]},
  "customAttributes": {"customAttribute": [
    {"attribName": "sales_region", "attribValues": {"attribValue": [{"value": "EMEA"}]}}
  ]},
  "originatingChannel": {"value": "email", "displayValue": "Email"}
})";

Activity onlyActivity(const QByteArray &body)
{
    const auto result = CaseManagerDecoder::decodeActivities(body);
    if (!result.ok() || result.activities.size() != 1)
        qWarning() << "unexpected result" << result.error << result.skippedRecords;
    return result.activities.value(0);
}

} // namespace

class TestCaseManagerDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesTheDocumentedSearchExample();
    void decodesTheDocumentedStatusShape();
    void decodesTheSandboxRepresentation();
    void keepsTheWholeRecordAsJson();
    void readsIdsAsStringsOrNumbers_data();
    void readsIdsAsStringsOrNumbers();
    void missingOptionalObjectsReadAsAbsent();
    void fieldsOfTheWrongTypeReadAsAbsent_data();
    void fieldsOfTheWrongTypeReadAsAbsent();
    void keepsUnknownStatusStrings();
    void findsContentUnderThePayloadType_data();
    void findsContentUnderThePayloadType();
    void readsCustomAttributeShapes_data();
    void readsCustomAttributeShapes();
    void dropsOnlyActivitiesWithoutUsableId_data();
    void dropsOnlyActivitiesWithoutUsableId();
    void readsPagination_data();
    void readsPagination();
    void emptyAnswersAreNoResults_data();
    void emptyAnswersAreNoResults();
    void refusesUnusableBodies_data();
    void refusesUnusableBodies();

    void decodesTheSandboxCase();
    void readsCaseShapes_data();
    void readsCaseShapes();
    void dropsOnlyCasesWithoutUsableId();
    void refusesUnusableCaseBodies();

    void decodesTheSandboxSubtypes();
    void readsSubtypeShapes_data();
    void readsSubtypeShapes();
    void refusesUnusableSubtypeBodies_data();
    void refusesUnusableSubtypeBodies();

    void readsTheIdFromLocation_data();
    void readsTheIdFromLocation();
};

void TestCaseManagerDecoder::decodesTheDocumentedSearchExample()
{
    const auto result = CaseManagerDecoder::decodeActivities(DocumentedSearch);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.totalCount, 1);
    QVERIFY(result.skippedRecords.isEmpty());
    QCOMPARE(result.activities.size(), 1);
    const Activity &a = result.activities.constFirst();
    QCOMPARE(a.id, 81230);
    QCOMPARE(a.caseId, 70001);
    QCOMPARE(a.departmentId, 1201);
    QCOMPARE(a.departmentName, u"Support"_s);
    QCOMPARE(a.mode, u"inbound"_s);
    QCOMPARE(a.modeDisplay, u"Inbound"_s);
    QCOMPARE(a.type, u"email"_s);
    QCOMPARE(a.typeDisplay, u"Email"_s);
    QCOMPARE(a.subtype, u"general"_s);
    QCOMPARE(a.subtypeDisplay, u"General"_s);
    QCOMPARE(a.status, u"..."_s);
    QCOMPARE(a.subject, u"Modem loses sync at night"_s);
    QCOMPARE(a.customerId, 0);
    QCOMPARE(a.createdMs, 0);
}

// the eGain v3 API reference §6
void TestCaseManagerDecoder::decodesTheDocumentedStatusShape()
{
    const Activity a = onlyActivity(activities(R"({"id": "1000", "status": {
        "value": "completed", "displayValue": "Completed",
        "substatus": {"value": "done", "displayValue": "Done"},
        "assigned": {"user": {"id": "4402", "firstName": "Lena", "lastName": "Fischer"}}}})"));
    QCOMPARE(a.id, 1000);
    QCOMPARE(a.status, u"completed"_s);
    QCOMPARE(a.statusDisplay, u"Completed"_s);
    QCOMPARE(a.substatus, u"done"_s);
    QCOMPARE(a.assignedUserId, 4402);
    QCOMPARE(a.assignedUserName, u"Lena Fischer"_s);
    QVERIFY(!a.isOpen());
}

void TestCaseManagerDecoder::decodesTheSandboxRepresentation()
{
    const Activity a = onlyActivity(activities(SandboxActivity));
    QCOMPARE(a.id, 81001);
    QCOMPARE(a.caseId, 70001);
    QCOMPARE(a.departmentId, 1);
    QCOMPARE(a.departmentName, u"Service"_s);
    QCOMPARE(a.type, u"call_track"_s);
    QCOMPARE(a.subtype, u"general"_s);
    QCOMPARE(a.status, u"assigned"_s);
    QVERIFY(a.substatus.isEmpty());
    QCOMPARE(a.assignedUserId, 1001);
    QCOMPARE(a.assignedUserName, u"Lena Fischer"_s);
    QCOMPARE(a.customerId, 5001);
    QCOMPARE(a.customerName, u"Anna Schmidt"_s);
    QCOMPARE(a.priority, u"3"_s);
    QCOMPARE(a.createdMs, utcMs("2024-05-14T09:30:00.000Z"));
    QCOMPARE(a.lastModifiedMs, utcMs("2024-05-14T10:15:30.250Z"));
    QCOMPARE(a.dueDateMs, utcMs("2031-01-15T08:00:00.000Z"));
    QCOMPARE(a.queueId, 12);
    QCOMPARE(a.queueName, u"Service calls"_s);
    QCOMPARE(a.contactPointData, u"4930555010001"_s);
    QCOMPARE(a.contentText, u"Since Monday."_s);
    QCOMPARE(a.contentHtml, u"<p>Since Monday.</p>"_s);
    const QMap<QString, QString> attributes {{u"contact_reason"_s, u"technical"_s},
                                             {u"callback_number"_s, u"4930555010001"_s}};
    QCOMPARE(a.customAttributes, attributes);
    QVERIFY(a.isOpen());
}

void TestCaseManagerDecoder::keepsTheWholeRecordAsJson()
{
    const QByteArray record = R"({"id": 7, "future": {"nested": [1, "two", null]}, "read": true})";
    const Activity a = onlyActivity(activities(record));
    QCOMPARE(a.id, 7);
    QVERIFY2(!a.json.contains('\n') && !a.json.contains(": "), a.json.constData());
    QCOMPARE(QJsonDocument::fromJson(a.json), QJsonDocument::fromJson(record));

    const Activity full = onlyActivity(activities(SandboxActivity));
    QCOMPARE(QJsonDocument::fromJson(full.json), QJsonDocument::fromJson(SandboxActivity));
}

void TestCaseManagerDecoder::readsIdsAsStringsOrNumbers_data()
{
    QTest::addColumn<QByteArray>("record");
    // §8: "IDs are strings in most samples and numbers in one"
    QTest::newRow("strings") << QByteArray(R"({"id": "81001", "case": {"id": "70001"},
        "department": {"id": "1"}, "customer": {"id": "5001"}, "queue": {"id": "12"},
        "status": {"assigned": {"user": {"id": "1001"}}}})");
    QTest::newRow("numbers") << QByteArray(R"({"id": 81001, "case": {"id": 70001},
        "department": {"id": 1}, "customer": {"id": 5001}, "queue": {"id": 12},
        "status": {"assigned": {"user": {"id": 1001}}}})");
    QTest::newRow("strings with spaces") << QByteArray(R"({"id": " 81001 ", "case": {"id": "70001"},
        "department": {"id": "1"}, "customer": {"id": 5001}, "queue": {"id": 12},
        "status": {"assigned": {"user": {"id": "1001"}}}})");
    QTest::newRow("numbers written as floats")
        << QByteArray(R"({"id": 81001.0, "case": {"id": 7.0001e4},
        "department": {"id": 1}, "customer": {"id": 5001}, "queue": {"id": 12},
        "status": {"assigned": {"user": {"id": 1001}}}})");
}

void TestCaseManagerDecoder::readsIdsAsStringsOrNumbers()
{
    QFETCH(QByteArray, record);
    const Activity a = onlyActivity(activities(record));
    QCOMPARE(a.id, 81001);
    QCOMPARE(a.caseId, 70001);
    QCOMPARE(a.departmentId, 1);
    QCOMPARE(a.customerId, 5001);
    QCOMPARE(a.queueId, 12);
    QCOMPARE(a.assignedUserId, 1001);
}

// a queued activity has no assigned user, an anonymous one no customer (eGain v3 §7.2)
void TestCaseManagerDecoder::missingOptionalObjectsReadAsAbsent()
{
    const Activity a = onlyActivity(activities(R"({"id": "81002",
        "status": {"value": "in_queue", "displayValue": "In queue"}, "customer": null,
        "dueDate": null, "payload": null, "queue": {}})"));
    Activity expected;
    expected.id = 81002;
    expected.status = u"in_queue"_s;
    expected.statusDisplay = u"In queue"_s;
    QCOMPARE(a.id, expected.id);
    QCOMPARE(a.status, expected.status);
    QCOMPARE(a.assignedUserId, 0);
    QVERIFY(a.assignedUserName.isEmpty());
    QCOMPARE(a.customerId, 0);
    QVERIFY(a.customerName.isEmpty());
    QCOMPARE(a.dueDateMs, 0);
    QCOMPARE(a.queueId, 0);
    QVERIFY(a.contentText.isEmpty());
    QVERIFY(a.priority.isEmpty());
    QVERIFY(a.customAttributes.isEmpty());
    QVERIFY(a.isOpen());
}

void TestCaseManagerDecoder::fieldsOfTheWrongTypeReadAsAbsent_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("status as bool") << QByteArray(R"("status": true)");
    QTest::newRow("status as list") << QByteArray(R"("status": [1, 2])");
    QTest::newRow("department as text") << QByteArray(R"("department": "Service")");
    QTest::newRow("case id fractional") << QByteArray(R"("case": {"id": 1.5})");
    QTest::newRow("case id negative") << QByteArray(R"("case": {"id": -4})");
    QTest::newRow("customer as text") << QByteArray(R"("customer": "Anna")");
    QTest::newRow("subject as object") << QByteArray(R"("subject": {"text": "x"})");
    QTest::newRow("subject as bool") << QByteArray(R"("subject": true)");
    QTest::newRow("created as number") << QByteArray(R"("created": 1715679000000)");
    QTest::newRow("created unparsable") << QByteArray(R"("created": "14.05.2024 09:30")");
    QTest::newRow("created impossible") << QByteArray(R"("created": "2024-02-30T09:30:00.000Z")");
    QTest::newRow("priority as list") << QByteArray(R"("priority": ["3"])");
    QTest::newRow("priority fractional") << QByteArray(R"("priority": 2.5)");
    QTest::newRow("payload as text") << QByteArray(R"("payload": "notes")");
    QTest::newRow("content as number") << QByteArray(R"("payload": {"calltrack": {"content": 5}})");
    QTest::newRow("custom attributes as text") << QByteArray(R"("customAttributes": "x")");
    QTest::newRow("custom attribute without name")
        << QByteArray(R"("customAttributes": {"customAttribute": [{"attribValues": {}}]})");
    QTest::newRow("assigned user as text")
        << QByteArray(R"("status": {"assigned": {"user": "lena"}})");
    QTest::newRow("type as empty list") << QByteArray(R"("type": [])");
    QTest::newRow("deeply nested nonsense")
        << QByteArray(R"("type": {"subtype": {"value": {"value": {"value": null}}}})");
}

// A field of the wrong type is read as absent; the record is kept.
void TestCaseManagerDecoder::fieldsOfTheWrongTypeReadAsAbsent()
{
    QFETCH(QByteArray, field);
    const auto result
        = CaseManagerDecoder::decodeActivities(activities(R"({"id": "9", )" + field + "}"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.activities.size(), 1);
    const Activity &a = result.activities.constFirst();
    QCOMPARE(a.id, 9);
    QCOMPARE(a.caseId, 0);
    QCOMPARE(a.departmentId, 0);
    QCOMPARE(a.customerId, 0);
    QCOMPARE(a.createdMs, 0);
    QCOMPARE(a.assignedUserId, 0);
    QVERIFY(a.status.isEmpty());
    QVERIFY(a.subject.isEmpty());
    QVERIFY(a.priority.isEmpty());
    QVERIFY(a.subtype.isEmpty());
    QVERIFY(a.contentText.isEmpty());
    QVERIFY(a.customAttributes.isEmpty());
}

// eGain v3 §6: only "completed" has a documented meaning; any other status is open
void TestCaseManagerDecoder::keepsUnknownStatusStrings()
{
    const Activity a = onlyActivity(activities(
        R"({"id": 5, "status": {"value": "ready_for_outbound_workflow", "displayValue": "Bereit"}})"));
    QCOMPARE(a.status, u"ready_for_outbound_workflow"_s);
    QCOMPARE(a.statusDisplay, u"Bereit"_s);
    QVERIFY(a.isOpen());
}

void TestCaseManagerDecoder::findsContentUnderThePayloadType_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");
    QTest::newRow("calltrack, eGain v3 §7.5")
        << QByteArray(R"({"id": 1, "type": {"value": "call_track"},
                          "payload": {"calltrack": {"content": {"text": "notes"}}}})")
        << u"notes"_s << QString();
    QTest::newRow("email under its type") << QByteArray(R"({"id": 1, "type": {"value": "email"},
                          "payload": {"email": {"content": {"html": "<b>hi</b>"}}}})")
                                          << QString() << u"<b>hi</b>"_s;
    QTest::newRow("call_track spelled as the type")
        << QByteArray(R"({"id": 1, "type": {"value": "call_track"},
                          "payload": {"call_track": {"content": {"text": "a", "html": "b"}}}})")
        << u"a"_s << u"b"_s;
    QTest::newRow("unknown member")
        << QByteArray(R"({"id": 1, "payload": {"chat": {"content": {"text": "t"}}}})") << u"t"_s
        << QString();
    QTest::newRow("content as text")
        << QByteArray(R"({"id": 1, "payload": {"calltrack": {"content": "plain"}}})") << u"plain"_s
        << QString();
    QTest::newRow("no content") << QByteArray(R"({"id": 1, "payload": {"calltrack": {}}})")
                                << QString() << QString();
}

void TestCaseManagerDecoder::findsContentUnderThePayloadType()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, text);
    QFETCH(QString, html);
    const Activity a = onlyActivity(activities(record));
    QCOMPARE(a.contentText, text);
    QCOMPARE(a.contentHtml, html);
}

void TestCaseManagerDecoder::readsCustomAttributeShapes_data()
{
    QTest::addColumn<QByteArray>("attributes");
    QTest::addColumn<QString>("expected"); // value of contact_reason
    QTest::newRow("documented") << QByteArray(
        R"({"customAttribute": [{"attribName": "contact_reason",
        "attribValues": {"attribValue": [{"value": "billing"}]}}]})")
                                << u"billing"_s;
    QTest::newRow("one attribute as object")
        << QByteArray(R"({"customAttribute": {"attribName": "contact_reason",
        "attribValues": {"attribValue": [{"value": "billing"}]}}})")
        << u"billing"_s;
    QTest::newRow("one value as object")
        << QByteArray(R"({"customAttribute": [{"attribName": "contact_reason",
        "attribValues": {"attribValue": {"value": "billing"}}}]})")
        << u"billing"_s;
    QTest::newRow("value as text")
        << QByteArray(R"({"customAttribute": [{"attribName": "contact_reason",
        "attribValues": {"attribValue": "billing"}}]})")
        << u"billing"_s;
    QTest::newRow("values as text list")
        << QByteArray(R"({"customAttribute": [{"attribName": "contact_reason",
        "attribValues": {"attribValue": ["billing", 7]}}]})")
        << u"billing, 7"_s;
    QTest::newRow("several values")
        << QByteArray(R"({"customAttribute": [{"attribName": "contact_reason",
        "attribValues": {"attribValue": [{"value": "billing"}, {"value": "other"}]}}]})")
        << u"billing, other"_s;
    QTest::newRow("no value") << QByteArray(
        R"({"customAttribute": [{"attribName": "contact_reason"}]})")
                              << QString();
    QTest::newRow("bare list") << QByteArray(R"([{"attribName": "contact_reason",
        "attribValues": {"attribValue": [{"value": "billing"}]}}])")
                               << u"billing"_s;
}

void TestCaseManagerDecoder::readsCustomAttributeShapes()
{
    QFETCH(QByteArray, attributes);
    QFETCH(QString, expected);
    const Activity a
        = onlyActivity(activities(R"({"id": 1, "customAttributes": )" + attributes + "}"));
    QVERIFY(a.customAttributes.contains(u"contact_reason"_s));
    QCOMPARE(a.customAttributes.value(u"contact_reason"_s), expected);
}

void TestCaseManagerDecoder::dropsOnlyActivitiesWithoutUsableId_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::newRow("no id") << QByteArray(R"({"subject": "x"})");
    QTest::newRow("id null") << QByteArray(R"({"id": null})");
    QTest::newRow("id text") << QByteArray(R"({"id": "abc"})");
    QTest::newRow("id empty") << QByteArray(R"({"id": ""})");
    QTest::newRow("id fractional") << QByteArray(R"({"id": 1.5})");
    QTest::newRow("id zero") << QByteArray(R"({"id": "0"})");
    QTest::newRow("id negative") << QByteArray(R"({"id": -3})");
    QTest::newRow("id too large") << QByteArray(R"({"id": "99999999999999999999"})");
    QTest::newRow("id as object") << QByteArray(R"({"id": {"value": 1}})");
    QTest::newRow("record not an object") << QByteArray(R"("81001")");
    QTest::newRow("record null") << QByteArray("null");
    QTest::newRow("record a list") << QByteArray(R"([{"id": 2}])");
}

// A record we cannot identify is dropped with a reason; its neighbours survive.
void TestCaseManagerDecoder::dropsOnlyActivitiesWithoutUsableId()
{
    QFETCH(QByteArray, record);
    const auto result = CaseManagerDecoder::decodeActivities(
        activities(R"({"id": "1"}, )" + record + R"(, {"id": 3})"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.activities.size(), 2);
    QCOMPARE(result.activities.at(0).id, 1);
    QCOMPARE(result.activities.at(1).id, 3);
    QCOMPARE(result.skippedRecords.size(), 1);
    QVERIFY2(result.skippedRecords.constFirst().startsWith(u"record 1: "_s),
             qPrintable(result.skippedRecords.constFirst()));
}

void TestCaseManagerDecoder::readsPagination_data()
{
    QTest::addColumn<QByteArray>("pagination");
    QTest::addColumn<qint64>("total"); // -1: none
    // §5: paging or range; the sandbox sends the total in count
    QTest::newRow("page") << QByteArray(R"({"count": 120, "pagenum": 2, "pagesize": 75})")
                          << qint64(120);
    QTest::newRow("range") << QByteArray(R"({"count": 120, "rangestart": 76, "rangesize": 75})")
                           << qint64(120);
    QTest::newRow("count as text") << QByteArray(R"({"count": "120"})") << qint64(120);
    QTest::newRow("zero") << QByteArray(R"({"count": 0})") << qint64(0);
    QTest::newRow("no count") << QByteArray(R"({"pagenum": 1})") << qint64(-1);
    QTest::newRow("negative count") << QByteArray(R"({"count": -1})") << qint64(-1);
    QTest::newRow("count fractional") << QByteArray(R"({"count": 1.5})") << qint64(-1);
    QTest::newRow("not an object") << QByteArray(R"("many")") << qint64(-1);
}

void TestCaseManagerDecoder::readsPagination()
{
    QFETCH(QByteArray, pagination);
    QFETCH(qint64, total);
    const auto result = CaseManagerDecoder::decodeActivities(
        R"({"activity": [{"id": "1"}], "paginationInfo": )" + pagination + "}");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.activities.size(), 1);
    QCOMPARE(result.totalCount, total < 0 ? std::nullopt : std::optional<qint64>(total));

    const auto byIds = CaseManagerDecoder::decodeActivities(activities(R"({"id": "1"})"));
    QCOMPARE(byIds.totalCount, std::nullopt);
}

void TestCaseManagerDecoder::emptyAnswersAreNoResults_data()
{
    QTest::addColumn<QByteArray>("body");
    // §9: no match is 204 with an empty body
    QTest::newRow("204, empty body") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \r\n");
    QTest::newRow("empty object") << QByteArray("{ }");
    QTest::newRow("empty list") << QByteArray(
        R"({"activity": [], "paginationInfo": {"count": 0}})");
    QTest::newRow("null list") << QByteArray(R"({"activity": null})");
    QTest::newRow("paging only") << QByteArray(R"({"paginationInfo": {"count": 0}})");
}

void TestCaseManagerDecoder::emptyAnswersAreNoResults()
{
    QFETCH(QByteArray, body);
    const auto result = CaseManagerDecoder::decodeActivities(body);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.activities.isEmpty());
    QVERIFY(result.skippedRecords.isEmpty());
}

void TestCaseManagerDecoder::refusesUnusableBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("html") << QByteArray("<html>Gateway timeout</html>") << u"not valid JSON"_s;
    QTest::newRow("truncated") << DocumentedSearch.left(DocumentedSearch.size() / 2)
                               << u"not valid JSON"_s;
    QTest::newRow("truncated after a record")
        << QByteArray(R"({"activity": [{"id": "1"},)") << u"not valid JSON"_s;
    QTest::newRow("truncated, with where")
        << QByteArray(R"({"activity": [{"id": "1)") << u"at byte"_s;
    // a lone UTF-16 surrogate: Qt's parser lets it through, the decoder's does not
    QTest::newRow("lone surrogate")
        << QByteArray(R"({"activity": [{"id": "1", "subject": "\ud800"}]})")
        << u"not valid JSON (Problem while parsing a string)"_s;
    QTest::newRow("top-level list") << QByteArray(R"([{"id": "1"}])") << u"not a JSON object"_s;
    // QJsonDocument refuses top-level scalars as invalid JSON
    QTest::newRow("top-level text") << QByteArray(R"("activity")") << u"JSON"_s;
    QTest::newRow("list as text") << QByteArray(R"({"activity": "81001"})")
                                  << u"no list of activities"_s;
    QTest::newRow("other list") << QByteArray(R"({"activities": [{"id": "1"}]})")
                                << u"no list of activities"_s;
    // §4, arriving with a success status
    QTest::newRow("error body") << QByteArray(
        R"({"code": "400-101", "developerMessage": "Unsupported query parameter(s) supplied: foo."})")
                                << u"400-101: Unsupported query parameter(s) supplied: foo."_s;
}

void TestCaseManagerDecoder::refusesUnusableBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorContains);
    const auto result = CaseManagerDecoder::decodeActivities(body);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
    QVERIFY(result.activities.isEmpty());
}

void TestCaseManagerDecoder::decodesTheSandboxCase()
{
    const auto result = CaseManagerDecoder::decodeCases(cases(SandboxCase));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.cases.size(), 1);
    const Case &c = result.cases.constFirst();
    QCOMPARE(c.id, 70001);
    QCOMPARE(c.departmentId, 1);
    QCOMPARE(c.departmentName, u"Service"_s);
    QCOMPARE(c.status, u"open"_s);
    QVERIFY(c.isOpen());
    QCOMPARE(c.subject, u"Replacement device shipment"_s);
    QCOMPARE(c.description, u"Split off from the outage case at the request of the customer"_s);
    QVERIFY(c.solution.isEmpty());
    QCOMPARE(c.severity, u"high"_s);
    QCOMPARE(c.customerId, 5001);
    QCOMPARE(c.customerName, u"Anna Schmidt"_s);
    QCOMPARE(c.ownerId, 1001);
    QCOMPARE(c.ownerName, u"Lena Fischer"_s);
    QCOMPARE(c.dueDateMs, utcMs("2031-02-01T12:00:00.000Z"));
    QCOMPARE(c.createdMs, utcMs("2024-05-14T09:30:00.000Z"));
    QCOMPARE(c.lastModifiedMs, utcMs("2024-05-15T11:00:00.000Z"));
    QCOMPARE(c.originatingChannel, u"email"_s);
    QCOMPARE(c.relatedCaseIds, (QList<qint64> {70002, 70007}));
    QCOMPARE(c.customAttributes, (QMap<QString, QString> {{u"sales_region"_s, u"EMEA"_s}}));
    QCOMPARE(QJsonDocument::fromJson(c.json), QJsonDocument::fromJson(SandboxCase));
}

void TestCaseManagerDecoder::readsCaseShapes_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("ownerId");
    QTest::addColumn<qint64>("lastModifiedMs");
    QTest::addColumn<QList<qint64>>("related");

    const qint64 modified = utcMs("2024-05-15T11:00:00.000Z");
    // eGain v3 §11 lists status as "open"/"closed"
    QTest::newRow("status as text, closed")
        << QByteArray(R"({"id": 70002, "status": "closed"})") << u"closed"_s << qint64(0)
        << qint64(0) << QList<qint64> {};
    QTest::newRow("ids as numbers")
        << QByteArray(R"({"id": 70002, "owner": {"user": {"id": 1001}},
        "relatedCases": {"case": [{"id": 70001}]}})")
        << QString() << qint64(1001) << qint64(0) << QList<qint64> {70001};
    QTest::newRow("lastModified as text")
        << QByteArray(R"({"id": "70002", "lastModified": "2024-05-15T13:00:00.000+02:00"})")
        << QString() << qint64(0) << modified << QList<qint64> {};
    QTest::newRow("owner without user level")
        << QByteArray(R"({"id": "70002", "owner": {"id": "1003", "name": "s.okafor"}})")
        << QString() << qint64(1003) << qint64(0) << QList<qint64> {};
    QTest::newRow("one related case as object")
        << QByteArray(R"({"id": "70002", "relatedCases": {"case": {"id": "70009"}}})") << QString()
        << qint64(0) << qint64(0) << QList<qint64> {70009};
    QTest::newRow("related cases as bare ids")
        << QByteArray(R"({"id": "70002", "relatedCases": ["70003", 70004, "x", null]})")
        << QString() << qint64(0) << qint64(0) << QList<qint64> {70003, 70004};
    QTest::newRow("wrong types") << QByteArray(
        R"({"id": "70002", "status": false, "owner": "lena", "lastModified": {"date": 5},
                          "relatedCases": "70001", "severity": [], "dueDate": {}})")
                                 << QString() << qint64(0) << qint64(0) << QList<qint64> {70001};
}

void TestCaseManagerDecoder::readsCaseShapes()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, status);
    QFETCH(qint64, ownerId);
    QFETCH(qint64, lastModifiedMs);
    QFETCH(QList<qint64>, related);
    const auto result = CaseManagerDecoder::decodeCases(cases(record));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.cases.size(), 1);
    const Case &c = result.cases.constFirst();
    QCOMPARE(c.id, 70002);
    QCOMPARE(c.status, status);
    QCOMPARE(c.isOpen(), status != u"closed"_s);
    QCOMPARE(c.ownerId, ownerId);
    QCOMPARE(c.lastModifiedMs, lastModifiedMs);
    QCOMPARE(c.relatedCaseIds, related);
}

void TestCaseManagerDecoder::dropsOnlyCasesWithoutUsableId()
{
    const auto result = CaseManagerDecoder::decodeCases(
        R"({"case": [{"id": "70001"}, {"subject": "no id"}, 7, {"id": 70003}],
            "paginationInfo": {"count": 4, "pagenum": 1, "pagesize": 25}})");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.totalCount, 4);
    QCOMPARE(result.cases.size(), 2);
    QCOMPARE(result.cases.at(0).id, 70001);
    QCOMPARE(result.cases.at(1).id, 70003);
    QCOMPARE(result.skippedRecords.size(), 2);
    QVERIFY(result.skippedRecords.at(0).startsWith(u"record 1: "_s));
    QVERIFY(result.skippedRecords.at(1).startsWith(u"record 2: "_s));

    // ECE v12 §7.4: a case search without matches is 204
    const auto none = CaseManagerDecoder::decodeCases(QByteArray());
    QVERIFY(none.ok());
    QVERIFY(none.cases.isEmpty());
}

void TestCaseManagerDecoder::refusesUnusableCaseBodies()
{
    for (const QByteArray &body :
         {QByteArray(R"({"case": [{"id": "1"})"), QByteArray(R"({"activity": [{"id": "1"}]})"),
          QByteArray(R"({"case": 5})"),
          QByteArray(R"({"code": "404-101", "developerMessage": "x"})")}) {
        const auto result = CaseManagerDecoder::decodeCases(body);
        QVERIFY2(!result.ok(), body.constData());
        QVERIFY(result.cases.isEmpty());
    }
}

// the sandbox README, "Activity attributes", with all three departments filled in
void TestCaseManagerDecoder::decodesTheSandboxSubtypes()
{
    const auto result = CaseManagerDecoder::decodeCalltrackSubtypes(R"({"type": [{
        "value": "call_track", "displayValue": "Call Track", "subtype": [
          {"value": "complaint", "displayValue": "Complaint", "department": [{"id": "1", "name": "Service"}]},
          {"value": "general", "displayValue": "General", "department": [
            {"id": "1", "name": "Service"}, {"id": "2", "name": "Sales"}, {"id": "3", "name": "Billing"}]},
          {"value": "order", "displayValue": "Order", "department": [{"id": "2", "name": "Sales"}]}]}],
        "custom": [{"attribName": "contact_reason", "attribType": "enumeration", "values": ["billing"]}],
        "language": [{"value": "en-US"}]})");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.skippedRecords.isEmpty());
    QCOMPARE(result.subtypes.size(), 3);
    QCOMPARE(result.subtypes.at(0).value, u"complaint"_s);
    QCOMPARE(result.subtypes.at(0).displayValue, u"Complaint"_s);
    QCOMPARE(result.subtypes.at(0).departments, QStringList {u"Service"_s});
    QCOMPARE(result.subtypes.at(1).value, u"general"_s);
    QCOMPARE(result.subtypes.at(1).departments,
             (QStringList {u"Service"_s, u"Sales"_s, u"Billing"_s}));
    QCOMPARE(result.subtypes.at(2).value, u"order"_s);
}

void TestCaseManagerDecoder::readsSubtypeShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("displays");
    QTest::addColumn<QStringList>("departmentsOfFirst");
    QTest::addColumn<int>("skipped");

    QTest::newRow("subtype as object")
        << QByteArray(R"({"type": [{"value": "call_track", "subtype": {"value": "general",
            "displayValue": "General", "department": [{"name": "Service"}]}}]})")
        << QStringList {u"general"_s} << QStringList {u"General"_s} << QStringList {u"Service"_s}
        << 0;
    QTest::newRow("type as object")
        << QByteArray(R"({"type": {"value": "call_track", "subtype": [{"value": "general"}]}})")
        << QStringList {u"general"_s} << QStringList {u"general"_s} << QStringList {} << 0;
    QTest::newRow("department as object, names as text")
        << QByteArray(R"({"type": [{"value": "call_track", "subtype": [
            {"value": "a", "department": {"id": "1", "name": "Service"}},
            {"value": "b", "department": ["Sales", 7]}]}]})")
        << QStringList {u"a"_s, u"b"_s} << QStringList {u"a"_s, u"b"_s}
        << QStringList {u"Service"_s} << 0;
    QTest::newRow("other types are not calltrack")
        << QByteArray(R"({"type": [{"value": "email", "subtype": [{"value": "general"}]},
                                   {"value": "call_track", "subtype": [{"value": "order"}]}]})")
        << QStringList {u"order"_s} << QStringList {u"order"_s} << QStringList {} << 0;
    QTest::newRow("subtype without value")
        << QByteArray(R"({"type": [{"value": "call_track", "subtype": [{"displayValue": "X"},
            "general", {"value": 5}, {"value": "order"}]}]})")
        << QStringList {u"general"_s, u"5"_s, u"order"_s}
        << QStringList {u"general"_s, u"5"_s, u"order"_s} << QStringList {} << 1;
    QTest::newRow("listed twice") << QByteArray(R"({"type": [
            {"value": "call_track", "subtype": [{"value": "general", "department": [{"name": "Service"}]}]},
            {"value": "call_track", "subtype": [{"value": "general", "department": [{"name": "Sales"}]}]}]})")
                                  << QStringList {u"general"_s} << QStringList {u"general"_s}
                                  << QStringList {u"Service"_s, u"Sales"_s} << 0;
    QTest::newRow("no subtypes") << QByteArray(R"({"type": [{"value": "call_track"}]})")
                                 << QStringList {} << QStringList {} << QStringList {} << 0;
    QTest::newRow("empty body") << QByteArray() << QStringList {} << QStringList {}
                                << QStringList {} << 0;
}

void TestCaseManagerDecoder::readsSubtypeShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, values);
    QFETCH(QStringList, displays);
    QFETCH(QStringList, departmentsOfFirst);
    QFETCH(int, skipped);
    const auto result = CaseManagerDecoder::decodeCalltrackSubtypes(body);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QStringList gotValues;
    QStringList gotDisplays;
    for (const CalltrackSubtype &subtype : result.subtypes) {
        gotValues.append(subtype.value);
        gotDisplays.append(subtype.displayValue);
    }
    QCOMPARE(gotValues, values);
    QCOMPARE(gotDisplays, displays);
    if (!result.subtypes.isEmpty())
        QCOMPARE(result.subtypes.constFirst().departments, departmentsOfFirst);
    QCOMPARE(result.skippedRecords.size(), skipped);
}

void TestCaseManagerDecoder::refusesUnusableSubtypeBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray(R"({"type": [{"value": "call_track")");
    QTest::newRow("only languages") << QByteArray(R"({"language": [{"value": "en-US"}]})");
    QTest::newRow("type as text") << QByteArray(R"({"type": "call_track"})");
    QTest::newRow("error body") << QByteArray(
        R"({"code": "400-102", "developerMessage": "$attribute"})");
}

void TestCaseManagerDecoder::refusesUnusableSubtypeBodies()
{
    QFETCH(QByteArray, body);
    const auto result = CaseManagerDecoder::decodeCalltrackSubtypes(body);
    QVERIFY(!result.ok());
    QVERIFY(result.subtypes.isEmpty());
}

void TestCaseManagerDecoder::readsTheIdFromLocation_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<qint64>("id"); // 0: none
    // ECE v12 §5.6 and §7.6, eGain v3 §7.9 and §10
    QTest::newRow("ECE case") << QByteArray("/system/ws/v12/interaction/case/1019") << qint64(1019);
    QTest::newRow("ECE activity") << QByteArray("/system/ws/v12/interaction/activity/1022")
                                  << qint64(1022);
    QTest::newRow("v3 activity") << QByteArray("/core/casemgr/v3/activity/1022") << qint64(1022);
    QTest::newRow("v3 case") << QByteArray("/core/casemgr/v3/case/70311") << qint64(70311);
    QTest::newRow("absolute URL") << QByteArray(
        "https://api.ai.egain.cloud/core/casemgr/v3/activity/82001")
                                  << qint64(82001);
    QTest::newRow("absolute URL with port")
        << QByteArray("http://127.0.0.1:41234/system/ws/v12/interaction/case/70311")
        << qint64(70311);
    QTest::newRow("trailing slash") << QByteArray("/core/casemgr/v3/case/70311/") << qint64(70311);
    QTest::newRow("query and fragment")
        << QByteArray("/core/casemgr/v3/case/70311?x=1#top") << qint64(70311);
    QTest::newRow("surrounding spaces")
        << QByteArray("  /core/casemgr/v3/case/70311 \r\n") << qint64(70311);
    QTest::newRow("relative, id only") << QByteArray("70311") << qint64(70311);
    QTest::newRow("largest id") << QByteArray("/case/999999999999999999")
                                << qint64(999999999999999999);

    QTest::newRow("empty") << QByteArray() << qint64(0);
    QTest::newRow("only a slash") << QByteArray("/") << qint64(0);
    QTest::newRow("no id") << QByteArray("/core/casemgr/v3/activity/") << qint64(0);
    QTest::newRow("text") << QByteArray("/core/casemgr/v3/activity/abc") << qint64(0);
    QTest::newRow("digits and letters") << QByteArray("/core/casemgr/v3/activity/12a") << qint64(0);
    QTest::newRow("signed") << QByteArray("/core/casemgr/v3/activity/+12") << qint64(0);
    QTest::newRow("negative") << QByteArray("/core/casemgr/v3/activity/-12") << qint64(0);
    QTest::newRow("zero") << QByteArray("/core/casemgr/v3/activity/0") << qint64(0);
    QTest::newRow("too many digits") << QByteArray("/case/9999999999999999999") << qint64(0);
    QTest::newRow("id list") << QByteArray("/core/casemgr/v3/activity/1,2") << qint64(0);
    QTest::newRow("host only") << QByteArray("http://1019") << qint64(0);
    QTest::newRow("host and port") << QByteArray("http://example.com:8080") << qint64(0);
    QTest::newRow("space inside") << QByteArray("/case/70 311") << qint64(0);
}

void TestCaseManagerDecoder::readsTheIdFromLocation()
{
    QFETCH(QByteArray, location);
    QFETCH(qint64, id);
    QCOMPARE(CaseManagerDecoder::idFromLocation(location),
             id ? std::optional<qint64>(id) : std::nullopt);
}

QTEST_GUILESS_MAIN(TestCaseManagerDecoder)
#include "tst_casemanagerdecoder.moc"
