// Outbox payloads and results are AgentDesk's own record of what an agent asked for: every
// field must come back exactly as it went in, ids beyond 2^53 included, and a record that cannot
// be read must be refused rather than guessed.

#include "sync/outboxpayload.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestOutboxPayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void calltrackRoundTrip();
    void changeCaseRoundTrip();
    void callbackRoundTrip();
    void resultsRoundTrip();
    void unreadableRecordsAreRefused_data();
    void unreadableRecordsAreRefused();
};

void TestOutboxPayload::calltrackRoundTrip()
{
    CalltrackDraft draft;
    draft.department = u"Service"_s;
    draft.subtype = u"follow_up"_s;
    draft.mode = u"Outbound"_s;
    draft.subject = u"Grüße – \"quoted\""_s;
    draft.contentText = u"line 1\nline 2"_s;
    draft.contentHtml = u"<p>hi</p>"_s;
    draft.customerBy = CalltrackDraft::CustomerBy::ContactPointId;
    draft.customerKey = u"9007199254740993"_s;
    draft.contactPointKind = u"phone"_s;
    draft.contactPointData = u"4930555010001"_s;
    draft.targetBy = CalltrackDraft::TargetBy::CustomAttribute;
    draft.targetUser = u"E-17"_s;
    draft.targetAttributeName = u"employee_no"_s;
    draft.caseId = 9007199254740993; // 2^53 + 1: not representable as a JSON double
    draft.priority = u"3"_s;
    draft.dueDateMs = 1795000000123;
    draft.customAttributes = {{u"contact_reason"_s, u"technical"_s}, {u"empty"_s, QString()}};
    draft.attachmentAltIds = {u"a1"_s, u"a2"_s};

    const auto back = OutboxPayload::calltrack(OutboxPayload::encode(draft));
    QVERIFY(back);
    QCOMPARE(back->department, draft.department);
    QCOMPARE(back->subtype, draft.subtype);
    QCOMPARE(back->mode, draft.mode);
    QCOMPARE(back->subject, draft.subject);
    QCOMPARE(back->contentText, draft.contentText);
    QCOMPARE(back->contentHtml, draft.contentHtml);
    QCOMPARE(back->customerBy, draft.customerBy);
    QCOMPARE(back->customerKey, draft.customerKey);
    QCOMPARE(back->contactPointKind, draft.contactPointKind);
    QCOMPARE(back->contactPointData, draft.contactPointData);
    QCOMPARE(back->targetBy, draft.targetBy);
    QCOMPARE(back->targetUser, draft.targetUser);
    QCOMPARE(back->targetAttributeName, draft.targetAttributeName);
    QCOMPARE(back->caseId, draft.caseId);
    QCOMPARE(back->priority, draft.priority);
    QCOMPARE(back->dueDateMs, draft.dueDateMs);
    QCOMPARE(back->customAttributes, draft.customAttributes);
    QCOMPARE(back->attachmentAltIds, draft.attachmentAltIds);
}

void TestOutboxPayload::changeCaseRoundTrip()
{
    QueuedChangeCase change;
    change.request.activityIds = {81001, 9007199254740993};
    change.request.targetCaseId = 0;
    change.request.relateCase = true;
    change.request.newCase.subject = u"Split"_s;
    change.request.newCase.description = u"why"_s;
    change.request.newCase.solution = u"how"_s;
    change.request.newCase.severity = u"high"_s;
    change.request.newCase.dueDateMs = 1795000000000;
    change.request.newCase.customAttributes = {{u"region"_s, u"north"_s}};
    change.pendingActivities = {u"e1"_s, u"e2"_s};
    change.targetCaseFrom = u"first-chunk"_s;
    change.sourceCaseId = 70004;

    const auto back = OutboxPayload::changeCase(OutboxPayload::encode(change));
    QVERIFY(back);
    QCOMPARE(back->request.activityIds, change.request.activityIds);
    QCOMPARE(back->request.targetCaseId, 0);
    QVERIFY(back->request.relateCase);
    QCOMPARE(back->request.newCase.subject, u"Split"_s);
    QCOMPARE(back->request.newCase.description, u"why"_s);
    QCOMPARE(back->request.newCase.solution, u"how"_s);
    QCOMPARE(back->request.newCase.severity, u"high"_s);
    QCOMPARE(back->request.newCase.dueDateMs, 1795000000000);
    QCOMPARE(back->request.newCase.customAttributes, change.request.newCase.customAttributes);
    QCOMPARE(back->pendingActivities, change.pendingActivities);
    QCOMPARE(back->targetCaseFrom, change.targetCaseFrom);
    QCOMPARE(back->sourceCaseId, 70004);
}

void TestOutboxPayload::callbackRoundTrip()
{
    CallbackDraft draft;
    draft.typeId = 3;
    draft.configurationGroupId = 40;
    draft.agentGroupId = 41;
    draft.usersId = 2001;
    draft.sender = u"4930555019876"_s;
    draft.receiver = u"4930120000"_s;
    draft.subject = u"Call back"_s;
    draft.body = u"after 5 pm"_s;
    draft.crmUrl = u"https://crm.example/c/1"_s;
    draft.userData = u"k=v"_s;
    draft.priority = 0; // a real value, not "none"
    draft.appointmentDate = u"2026-11-24"_s;
    draft.appointmentTime = u"10:00"_s;

    const auto back = OutboxPayload::callback(OutboxPayload::encode(draft));
    QVERIFY(back);
    QCOMPARE(back->typeId, 3);
    QCOMPARE(back->groupId, std::nullopt);
    QCOMPARE(back->configurationGroupId, 40);
    QCOMPARE(back->agentGroupId, 41);
    QCOMPARE(back->usersId, 2001);
    QCOMPARE(back->sender, draft.sender);
    QCOMPARE(back->receiver, draft.receiver);
    QCOMPARE(back->subject, draft.subject);
    QCOMPARE(back->body, draft.body);
    QCOMPARE(back->crmUrl, draft.crmUrl);
    QCOMPARE(back->userData, draft.userData);
    QCOMPARE(back->priority, 0);
    QCOMPARE(back->appointmentDate, draft.appointmentDate);
    QCOMPARE(back->appointmentTime, draft.appointmentTime);

    draft.priority.reset();
    QCOMPARE(OutboxPayload::callback(OutboxPayload::encode(draft))->priority, std::nullopt);
}

void TestOutboxPayload::resultsRoundTrip()
{
    QCOMPARE(OutboxPayload::calltrackResult(OutboxPayload::encode(CalltrackResult{82001}))->activityId, 82001);
    const auto moved = OutboxPayload::changeCaseResult(
        OutboxPayload::encode(ChangeCaseResult{70101, true, {81001, 81002}}));
    QCOMPARE(moved->caseId, 70101);
    QVERIFY(moved->newCase);
    QCOMPARE(moved->activityIds, (QList<qint64>{81001, 81002}));
    const auto callback = OutboxPayload::callbackResult(OutboxPayload::encode(CallbackOutcome{88001, true}));
    QCOMPARE(callback->eventId, 88001);
    QVERIFY(callback->updatedExisting);
}

void TestOutboxPayload::unreadableRecordsAreRefused_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("not JSON") << QByteArray("{\"subject\":");
    QTest::newRow("an array") << QByteArray("[]");
    QTest::newRow("empty") << QByteArray();
}

void TestOutboxPayload::unreadableRecordsAreRefused()
{
    QFETCH(QByteArray, payload);
    QVERIFY(!OutboxPayload::calltrack(payload));
    QVERIFY(!OutboxPayload::changeCase(payload));
    QVERIFY(!OutboxPayload::callback(payload));
    QVERIFY(!OutboxPayload::calltrackResult(payload));
    QVERIFY(!OutboxPayload::changeCaseResult(payload));
    QVERIFY(!OutboxPayload::callbackResult(payload));
    // a customer identification this version does not know is not guessed
    QVERIFY(!OutboxPayload::calltrack(R"({"customerBy":"fax","targetBy":"none"})"));
    // an id that is not a number is not read as 0
    QVERIFY(!OutboxPayload::changeCase(R"({"activityIds":["81001","x"]})"));
}

QTEST_GUILESS_MAIN(TestOutboxPayload)
#include "tst_outboxpayload.moc"
