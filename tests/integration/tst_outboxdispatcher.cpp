// The outbox contract end to end against agentdesk-sandbox: the three controllers queue durably
// and the dispatcher sends in order, parks transient failures, moves refusals to needs
// attention (surviving a restart), never duplicates an operation whose outcome was unknown,
// waits for and rewrites dependencies, splits more than 75 activities and applies every
// effect to the cache. Server state is read back through the API after each row.

#include "httpresult.h"
#include "sandboxclients.h"
#include "sandboxprocess.h"

#include "api/casemanagerclient.h"
#include "api/jtelclient.h"
#include "cache/acdeventstore.h"
#include "cache/activitystore.h"
#include "cache/cachedatabase.h"
#include "cache/casestore.h"
#include "cache/outboxstore.h"
#include "controllers/changecasecontroller.h"
#include "controllers/createcallbackcontroller.h"
#include "controllers/createcalltrackcontroller.h"
#include "sync/cachenotifier.h"
#include "sync/outboxdispatcher.h"
#include "sync/outboxpayload.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString profileName = u"training"_s;

CalltrackDraft calltrackDraft(const QString &subject)
{
    CalltrackDraft draft;
    draft.department = u"Service"_s;
    draft.subtype = u"follow_up"_s;
    draft.mode = u"Outbound"_s;
    draft.subject = subject;
    draft.contentText = u"Customer confirms the replacement works."_s;
    draft.customerBy = CalltrackDraft::CustomerBy::CustomerId;
    draft.customerKey = u"5001"_s;
    return draft;
}

CallbackDraft callbackDraft(const QString &subject)
{
    CallbackDraft draft;
    draft.groupId = 513; // no de-duplication
    draft.sender = u"+4930555019876"_s;
    draft.subject = subject;
    return draft;
}

OperationOutcome runToEnd(OperationController *controller, const std::function<void()> &submit)
{
    QSignalSpy finished(controller, &OperationController::finished);
    submit();
    if (finished.isEmpty() && !finished.wait(30000))
        return {};
    return finished.first().first().value<OperationOutcome>();
}

int countRequests(const QList<QJsonObject> &log, const QByteArray &method, const QString &pathPart)
{
    int count = 0;
    for (const QJsonObject &entry : log) {
        count += entry.value(u"method"_s).toString() == QString::fromLatin1(method)
                 && entry.value(u"path"_s).toString().contains(pathPart);
    }
    return count;
}

int eventsWithSubject(const SandboxProcess &sandbox, const QString &subject)
{
    const HttpResult list = sendRequest("GET", sandbox.url(u"/rest/v1.0/1234/acd/events"_s),
                                        {{"Authorization", "Bearer sandbox-jtel-token"}});
    int count = 0;
    for (const QJsonValue &record : list.object().value(u"records"_s).toArray())
        count += record.toObject().value(u"Subject"_s).toString() == subject;
    return count;
}

} // namespace

class TestOutboxDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void calltrackIsAppliedAndCached();
    void supervisorAssignsACalltrackToAnAgent();
    void invalidDraftIsNeitherQueuedNorSent();
    void refusalNeedsAttentionSurvivesRestartAndDoesNotBlock();
    void retryAfterEditSendsTheEditedPayload();
    void correctionReplacesTheRefusedEntry();
    void transientFailureStaysPendingWithBackoff();
    void unknownOutcomeIsNotSentTwice_data();
    void unknownOutcomeIsNotSentTwice();
    void crashWhileInFlightIsNotSentTwice();
    void failedLookForEvidenceKeepsTheOutcomeUnknown();
    void refusedLookForEvidenceNeverResends_data();
    void refusedLookForEvidenceNeverResends();
    void offlineCreatesReplayWhenTheServerIsBack();
    void changeCaseWaitsForAnOfflineCreate();
    void refusedCreateParksItsDependentsOnly();
    void refusedCredentialsWaitForASignIn();
    void changeCaseOfMoreThan75Activities();
    void changeCaseRevalidatedAtReplay();
    void callbackUpdatedIsReportedAsSuch();
    void expiredSessionDuringReplayLogsInOnce();

private:
    void startDispatcher(const SandboxProcess &sandbox);
    // a read first, so that a fault injected next hits the operation and not the sign-in
    bool signIn();
    void stopDispatcher();

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<CacheDatabase> m_database;
    std::unique_ptr<SandboxClients> m_clients;
    std::unique_ptr<CacheNotifier> m_notifier;
    std::unique_ptr<OutboxDispatcher> m_dispatcher;
    CaseManagerClient *m_caseClient = nullptr;
    JtelClient *m_jtelClient = nullptr;
    qsizetype m_logStart = 0;
};

void TestOutboxDispatcher::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
}

void TestOutboxDispatcher::init()
{
    QVERIFY(m_sandbox->reset());
    // a failed row must not leave its faults to the next one
    QVERIFY(m_sandbox->setFaults({{u"failRate"_s, 0.0},
                                  {u"dropRate"_s, 0.0},
                                  {u"latencyMs"_s, 0},
                                  {u"expireSessionsAfter"_s, 0},
                                  {u"nextFaultFilter"_s, QString()},
                                  {u"failNext"_s, 0},
                                  {u"dropNext"_s, 0},
                                  {u"failStatus"_s, 503}}));
    m_logStart = m_sandbox->requestLog().size();
    m_directory = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<CacheDatabase>(m_directory->filePath(u"training.sqlite"_s));
    QVERIFY(!m_database->open());
    startDispatcher(*m_sandbox);
}

void TestOutboxDispatcher::cleanup()
{
    stopDispatcher();
    m_database.reset();
    m_directory.reset();
}

void TestOutboxDispatcher::startDispatcher(const SandboxProcess &sandbox)
{
    m_clients = std::make_unique<SandboxClients>(sandbox);
    m_caseClient = m_clients->caseClient(u"v3"_s, u"lena.fischer"_s);
    m_jtelClient = m_clients->jtelClient();
    m_notifier = std::make_unique<CacheNotifier>();
    m_dispatcher = std::make_unique<OutboxDispatcher>(*m_database, m_caseClient, m_jtelClient,
                                                      m_notifier.get());
}

bool TestOutboxDispatcher::signIn()
{
    return await<QList<Activity>>([&](const auto &done) { m_caseClient->activitiesByIds({81001}, done); }).ok();
}

void TestOutboxDispatcher::stopDispatcher()
{
    m_dispatcher.reset();
    m_notifier.reset();
    m_clients.reset();
}

void TestOutboxDispatcher::calltrackIsAppliedAndCached()
{
    CreateCalltrackController controller(*m_database, m_dispatcher.get(), m_caseClient, profileName);
    QSignalSpy changes(m_notifier.get(), &CacheNotifier::changed);
    const CalltrackDraft draft = calltrackDraft(u"Router replaced"_s);
    const OperationOutcome outcome = runToEnd(&controller, [&] { controller.submit(draft); });
    QCOMPARE(outcome.status, OperationOutcome::Status::Applied);
    const auto result = OutboxPayload::calltrackResult(outcome.result);
    QVERIFY(result && result->activityId >= 82001);
    QCOMPARE(outcome.message, u"Calltrack activity %1 created."_s.arg(result->activityId));

    // on the server
    const auto read = await<QList<Activity>>([&](const auto &done) { m_caseClient->activitiesByIds({result->activityId}, done); });
    QVERIFY(read.ok());
    QCOMPARE(read.value.first().subject, draft.subject);
    // in the cache, with its case, and announced row by row
    const auto cached = ActivityStore(*m_database).byIds({result->activityId});
    QCOMPARE(cached.value.size(), 1);
    QCOMPARE(cached.value.first().subject, draft.subject);
    QCOMPARE(CaseStore(*m_database).byIds({cached.value.first().caseId}).value.size(), 1);
    QTRY_VERIFY(!changes.isEmpty());
    const auto activityChange = changes.first().first().value<CacheChange>();
    QCOMPARE(activityChange.table, CacheChange::Table::Activities);
    QCOMPARE(activityChange.inserted, QList<qint64>{result->activityId});
    // done in the outbox
    const auto entry = OutboxStore(*m_database).entry(outcome.entryIds.first());
    QCOMPARE(entry.value->state, OutboxEntry::State::Done);
    QCOMPARE(countRequests(m_sandbox->requestLog().mid(m_logStart), "POST", u"/activity/calltrack"_s), 1);
}

// C9: a supervisor logs the call for an agent, who must be logged in and hold CallTrackPlus
void TestOutboxDispatcher::supervisorAssignsACalltrackToAnAgent()
{
    stopDispatcher();
    m_clients = std::make_unique<SandboxClients>(*m_sandbox);
    m_caseClient = m_clients->caseClient(u"v3"_s, u"s.okafor"_s);
    m_notifier = std::make_unique<CacheNotifier>();
    m_dispatcher = std::make_unique<OutboxDispatcher>(*m_database, m_caseClient, nullptr, m_notifier.get());
    QVERIFY(m_sandbox->setUserAvailable(u"lena.fischer"_s, true));

    CreateCalltrackController controller(*m_database, m_dispatcher.get(), m_caseClient, profileName);
    CalltrackDraft draft = calltrackDraft(u"Logged for Lena"_s);
    draft.targetBy = CalltrackDraft::TargetBy::UserName;
    draft.targetUser = u"lena.fischer"_s;
    const OperationOutcome outcome = runToEnd(&controller, [&] { controller.submit(draft); });
    QVERIFY2(outcome.status == OperationOutcome::Status::Applied, qPrintable(outcome.message));
    const qint64 id = OutboxPayload::calltrackResult(outcome.result)->activityId;
    const auto read = await<QList<Activity>>([&](const auto &done) { m_caseClient->activitiesByIds({id}, done); });
    QCOMPARE(read.value.first().assignedUserName, u"Lena Fischer"_s);
    QCOMPARE(ActivityStore(*m_database).byIds({id}).value.first().assignedUserId, 1001);

    // not logged in: the server refuses it, and it waits in the outbox
    QVERIFY(m_sandbox->setUserAvailable(u"lena.fischer"_s, false));
    const OperationOutcome refused = runToEnd(&controller, [&] { controller.submit(draft); });
    QCOMPARE(refused.status, OperationOutcome::Status::NeedsAttention);
    QVERIFY2(refused.message.contains(u"C9"_s), qPrintable(refused.message));
}

void TestOutboxDispatcher::invalidDraftIsNeitherQueuedNorSent()
{
    CreateCalltrackController controller(*m_database, m_dispatcher.get(), m_caseClient, profileName);
    CalltrackDraft draft = calltrackDraft(QString(256, u'x')); // C6: at most 255 characters
    draft.priority = u"9"_s; // C11: 1 to 7
    const OperationOutcome outcome = runToEnd(&controller, [&] { controller.submit(draft); });
    QCOMPARE(outcome.status, OperationOutcome::Status::Invalid);
    QStringList rules;
    for (const ValidationError &error : outcome.errors)
        rules.append(error.rule);
    QVERIFY2(rules.contains(u"C6"_s) && rules.contains(u"C11"_s), qPrintable(rules.join(u',')));
    QCOMPARE(OutboxStore(*m_database).list().value.size(), 0);
    QCOMPARE(countRequests(m_sandbox->requestLog().mid(m_logStart), "POST", u"/activity/calltrack"_s), 0);
}

void TestOutboxDispatcher::refusalNeedsAttentionSurvivesRestartAndDoesNotBlock()
{
    CreateCalltrackController controller(*m_database, m_dispatcher.get(), m_caseClient, profileName);
    CalltrackDraft refused = calltrackDraft(u"Wrong subtype"_s);
    refused.subtype = u"order"_s; // a Sales subtype: the server refuses it (C4)
    const OperationOutcome outcome = runToEnd(&controller, [&] { controller.submit(refused); });
    QCOMPARE(outcome.status, OperationOutcome::Status::NeedsAttention);
    QCOMPARE(outcome.code, u"400-102"_s);
    QVERIFY2(outcome.message.contains(u"C4"_s), qPrintable(outcome.message));

    // a restart: the entry is still there, with the server's words
    stopDispatcher();
    const QString file = m_database->filePath();
    m_database = std::make_unique<CacheDatabase>(file);
    QVERIFY(!m_database->open());
    startDispatcher(*m_sandbox);
    const auto stored = OutboxStore(*m_database).entry(outcome.entryIds.first());
    QVERIFY(stored.value);
    QCOMPARE(stored.value->state, OutboxEntry::State::NeedsAttention);
    QCOMPARE(stored.value->lastErrorCode, u"400-102"_s);
    QVERIFY(stored.value->lastErrorMessage.contains(u"C4"_s));

    // the next operation is not held up by it
    CreateCalltrackController next(*m_database, m_dispatcher.get(), m_caseClient, profileName);
    const OperationOutcome applied = runToEnd(&next, [&] { next.submit(calltrackDraft(u"Next call"_s)); });
    QCOMPARE(applied.status, OperationOutcome::Status::Applied);
    QCOMPARE(OutboxStore(*m_database).entry(outcome.entryIds.first()).value->state,
             OutboxEntry::State::NeedsAttention);
}

void TestOutboxDispatcher::retryAfterEditSendsTheEditedPayload()
{
    CreateCalltrackController controller(*m_database, m_dispatcher.get(), m_caseClient, profileName);
    CalltrackDraft draft = calltrackDraft(u"Edited later"_s);
    draft.subtype = u"order"_s;
    const OperationOutcome refused = runToEnd(&controller, [&] { controller.submit(draft); });
    QCOMPARE(refused.status, OperationOutcome::Status::NeedsAttention);

    draft.subtype = u"follow_up"_s;
    OutboxStore outbox(*m_database);
    QVERIFY(!outbox.updatePayload(refused.entryIds.first(), OutboxPayload::encode(draft)));
    bool replayed = false;
    m_dispatcher->replay(OutboxEntry::Server::Case, [&] { replayed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(replayed, 20000);
    const auto entry = outbox.entry(refused.entryIds.first());
    QCOMPARE(entry.value->state, OutboxEntry::State::Done);
    const qint64 activityId = OutboxPayload::calltrackResult(entry.value->result)->activityId;
    const auto read = await<QList<Activity>>([&](const auto &done) { m_caseClient->activitiesByIds({activityId}, done); });
    QCOMPARE(read.value.first().subtype, u"follow_up"_s);
}

// A dialog's edit and retry after a refusal: one entry in the outbox, applied, not two.
void TestOutboxDispatcher::correctionReplacesTheRefusedEntry()
{
    CreateCalltrackController controller(*m_database, m_dispatcher.get(), m_caseClient, profileName);
    CalltrackDraft draft = calltrackDraft(u"Corrected"_s);
    draft.caseId = 79999; // no such case
    const OperationOutcome refused = runToEnd(&controller, [&] { controller.submit(draft); });
    QCOMPARE(refused.status, OperationOutcome::Status::NeedsAttention);
    draft.caseId = 0;
    const OperationOutcome applied = runToEnd(&controller, [&] { controller.submit(draft); });
    QCOMPARE(applied.status, OperationOutcome::Status::Applied);
    QCOMPARE(applied.entryIds, refused.entryIds);
    const auto entries = OutboxStore(*m_database).list();
    QCOMPARE(entries.value.size(), 1);
    QCOMPARE(entries.value.first().state, OutboxEntry::State::Done);
}

void TestOutboxDispatcher::transientFailureStaysPendingWithBackoff()
{
    QVERIFY(m_sandbox->setFaults({{u"failRate"_s, 1.0}}));
    CreateCallbackController controller(*m_database, m_dispatcher.get(), profileName);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const OperationOutcome outcome = runToEnd(&controller, [&] { controller.submit(callbackDraft(u"Busy server"_s)); });
    QVERIFY(m_sandbox->setFaults({{u"failRate"_s, 0.0}}));
    QCOMPARE(outcome.status, OperationOutcome::Status::Queued);
    QCOMPARE(outcome.code, u"503"_s);
    const auto entry = OutboxStore(*m_database).entry(outcome.entryIds.first());
    QCOMPARE(entry.value->state, OutboxEntry::State::Pending);
    QCOMPARE(entry.value->attempts, 1);
    QVERIFY(!entry.value->outcomeUnknown); // a 503 is answered before anything is applied
    // back-off: 5 s ± 20 % after the failure
    QVERIFY(entry.value->nextAttemptAt >= before.addMSecs(4000));
    QVERIFY(entry.value->nextAttemptAt <= QDateTime::currentDateTimeUtc().addMSecs(6000));
    QCOMPARE(eventsWithSubject(*m_sandbox, u"Busy server"_s), 0);

    // not due yet: a replay sends nothing; when it is due, the dispatcher's own timer sends it
    QTRY_COMPARE_WITH_TIMEOUT(OutboxStore(*m_database).entry(outcome.entryIds.first()).value->state,
                              OutboxEntry::State::Done, 15000);
    QCOMPARE(eventsWithSubject(*m_sandbox, u"Busy server"_s), 1);
}

void TestOutboxDispatcher::unknownOutcomeIsNotSentTwice_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("calltrack: activity search") << u"calltrack"_s;
    QTest::newRow("change case: the activities' case") << u"changecase"_s;
    QTest::newRow("change case to a new case, activities not cached") << u"newcase"_s;
    QTest::newRow("callback: event list") << u"callback"_s;
}

// The sandbox applies the request, then drops the connection in the middle of the answer.
void TestOutboxDispatcher::unknownOutcomeIsNotSentTwice()
{
    QFETCH(QString, operation);
    std::unique_ptr<OperationController> controller;
    std::function<void()> submit;
    if (operation == u"calltrack"_s) {
        auto *calltrack = new CreateCalltrackController(*m_database, m_dispatcher.get(), m_caseClient, profileName);
        submit = [calltrack] { calltrack->submit(calltrackDraft(u"Dropped answer"_s)); };
        controller.reset(calltrack);
    } else if (operation == u"changecase"_s) {
        auto *move = new ChangeCaseController(*m_database, m_dispatcher.get(), profileName);
        ChangeCaseRequest request;
        request.activityIds = {81001, 81002};
        request.targetCaseId = 70002;
        submit = [move, request] { move->submit(request); };
        controller.reset(move);
    } else if (operation == u"newcase"_s) {
        auto *move = new ChangeCaseController(*m_database, m_dispatcher.get(), profileName);
        ChangeCaseRequest request;
        request.activityIds = {81001, 81002};
        request.newCase.subject = u"Dropped answer"_s;
        submit = [move, request] { move->submit(request); };
        controller.reset(move);
    } else {
        auto *callback = new CreateCallbackController(*m_database, m_dispatcher.get(), profileName);
        submit = [callback] { callback->submit(callbackDraft(u"Dropped answer"_s)); };
        controller.reset(callback);
    }
    QVERIFY(signIn());
    // the write itself: not a read the dispatcher makes on the way
    QVERIFY(m_sandbox->setFaults({{u"dropNext"_s, 1}, {u"nextFaultFilter"_s, u"^(POST|PUT) "_s}}));
    const OperationOutcome first = runToEnd(controller.get(), submit);
    QCOMPARE(first.status, OperationOutcome::Status::Queued);
    OutboxStore outbox(*m_database);
    const auto unknown = outbox.entry(first.entryIds.first());
    QCOMPARE(unknown.value->state, OutboxEntry::State::Pending);
    QVERIFY(unknown.value->outcomeUnknown);

    // the user does not wait for the back-off: "retry now"
    QVERIFY(!outbox.updatePayload(unknown.value->id, unknown.value->payload));
    bool replayed = false;
    m_dispatcher->replay(unknown.value->server, [&] { replayed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(replayed, 20000);
    const auto entry = outbox.entry(first.entryIds.first());
    QCOMPARE(entry.value->state, OutboxEntry::State::Done);
    QVERIFY(!entry.value->outcomeUnknown);

    const QList<QJsonObject> log = m_sandbox->requestLog().mid(m_logStart);
    if (operation == u"calltrack"_s) {
        QCOMPARE(countRequests(log, "POST", u"/activity/calltrack"_s), 1);
        const qint64 id = OutboxPayload::calltrackResult(entry.value->result)->activityId;
        QVERIFY(id >= 82001);
        QCOMPARE(ActivityStore(*m_database).byIds({id}).value.size(), 1);
    } else if (operation == u"changecase"_s) {
        QCOMPARE(countRequests(log, "PUT", u"/changecase"_s), 1);
        QCOMPARE(OutboxPayload::changeCaseResult(entry.value->result)->caseId, 70002);
        const auto cached = ActivityStore(*m_database).byIds({81001, 81002});
        QCOMPARE(cached.value.size(), 2);
        QCOMPARE(cached.value.at(0).caseId, 70002);
    } else if (operation == u"newcase"_s) {
        QCOMPARE(countRequests(log, "PUT", u"/changecase"_s), 1);
        const auto result = OutboxPayload::changeCaseResult(entry.value->result);
        QVERIFY(result->caseId >= 70101);
        // one new case, holding both
        const auto read = await<QList<Activity>>([&](const auto &done) { m_caseClient->activitiesByIds({81001, 81002}, done); });
        QCOMPARE(read.value.at(0).caseId, result->caseId);
        QCOMPARE(read.value.at(1).caseId, result->caseId);
        const auto search = sendRequest("GET", m_sandbox->url(u"/core/casemgr/v3/case/%1"_s.arg(result->caseId + 1)));
        QVERIFY(search.status != 200); // no second case was opened
    } else {
        QCOMPARE(countRequests(log, "POST", u"/acd/events/create"_s), 1);
        QCOMPARE(eventsWithSubject(*m_sandbox, u"Dropped answer"_s), 1);
        const qint64 id = OutboxPayload::callbackResult(entry.value->result)->eventId;
        QCOMPARE(AcdEventStore(*m_database).byIds({id}).value.size(), 1);
    }
}

// A crash after the request left: at the next start the entry is pending with an unknown
// outcome, and the dispatcher finds what the server did instead of sending it again.
void TestOutboxDispatcher::crashWhileInFlightIsNotSentTwice()
{
    OutboxStore outbox(*m_database);
    OutboxEntry entry;
    entry.profile = profileName;
    entry.server = OutboxEntry::Server::Jtel;
    entry.kind = OutboxEntry::Kind::CreateCallback;
    CallbackDraft draft = callbackDraft(u"Sent before the crash"_s);
    draft.sender = u"4930555019876"_s;
    entry.payload = OutboxPayload::encode(draft);
    const auto queued = outbox.enqueue(entry);
    QVERIFY(queued.ok());
    QVERIFY(!outbox.markInFlight(queued.value.id));
    const auto sent = await<CallbackOutcome>([&](const auto &done) { m_jtelClient->createEvent(draft, done); });
    QVERIFY(sent.ok());

    // the process died here; the next one starts
    stopDispatcher();
    QCOMPARE(outbox.resetInFlight().value, 1);
    startDispatcher(*m_sandbox);
    bool replayed = false;
    m_dispatcher->replay(OutboxEntry::Server::Jtel, [&] { replayed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(replayed, 20000);
    const auto done = outbox.entry(queued.value.id);
    QCOMPARE(done.value->state, OutboxEntry::State::Done);
    QCOMPARE(OutboxPayload::callbackResult(done.value->result)->eventId, sent.value.eventId);
    QCOMPARE(eventsWithSubject(*m_sandbox, u"Sent before the crash"_s), 1);
}

// The list the evidence is looked for in cannot be read: nothing is sent, and the next replay
// looks again rather than sending blindly.
void TestOutboxDispatcher::failedLookForEvidenceKeepsTheOutcomeUnknown()
{
    CreateCallbackController controller(*m_database, m_dispatcher.get(), profileName);
    QVERIFY(m_sandbox->setFaults({{u"dropNext"_s, 1}, {u"nextFaultFilter"_s, u"^POST "_s}}));
    const OperationOutcome dropped = runToEnd(&controller, [&] { controller.submit(callbackDraft(u"Lost twice"_s)); });
    QCOMPARE(dropped.status, OperationOutcome::Status::Queued);

    // every attempt of the transport at the event list is answered 503
    QVERIFY(m_sandbox->setFaults({{u"failNext"_s, 10}, {u"nextFaultFilter"_s, u"^GET .*/acd/events$"_s}}));
    OutboxStore outbox(*m_database);
    outbox.makeAllDue();
    bool replayed = false;
    m_dispatcher->replay(OutboxEntry::Server::Jtel, [&] { replayed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(replayed, 30000);
    const auto entry = outbox.entry(dropped.entryIds.first());
    QCOMPARE(entry.value->state, OutboxEntry::State::Pending);
    QVERIFY(entry.value->outcomeUnknown);
    QCOMPARE(countRequests(m_sandbox->requestLog().mid(m_logStart), "POST", u"/acd/events/create"_s), 1);

    QVERIFY(m_sandbox->setFaults({{u"failNext"_s, 0}, {u"nextFaultFilter"_s, QString()}}));
    outbox.makeAllDue();
    replayed = false;
    m_dispatcher->replay(OutboxEntry::Server::Jtel, [&] { replayed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(replayed, 30000);
    QCOMPARE(outbox.entry(dropped.entryIds.first()).value->state, OutboxEntry::State::Done);
    QCOMPARE(countRequests(m_sandbox->requestLog().mid(m_logStart), "POST", u"/acd/events/create"_s), 1);
    QCOMPARE(eventsWithSubject(*m_sandbox, u"Lost twice"_s), 1);
}

void TestOutboxDispatcher::refusedLookForEvidenceNeverResends_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("write"); // the request of the operation itself
    QTest::addColumn<QString>("evidence"); // the read the evidence is looked for in
    QTest::newRow("calltrack") << u"calltrack"_s << u"POST .*/activity/calltrack$"_s
                               << u"^GET /core/casemgr/v3/activity$"_s;
    QTest::newRow("change case") << u"changecase"_s << u"PUT .*/changecase$"_s
                                 << u"^GET /core/casemgr/v3/activity/"_s;
    QTest::newRow("callback") << u"callback"_s << u"POST .*/acd/events/create$"_s
                              << u"^GET .*/acd/events$"_s;
}

// The server refuses the read that would show whether a dropped write was applied (403, no
// side effect). That is no evidence of "not applied": the entry is not sent again but waits for
// a person, saying why; a retry looks again first and, once the read is allowed, finds the
// write applied.
void TestOutboxDispatcher::refusedLookForEvidenceNeverResends()
{
    QFETCH(QString, operation);
    QFETCH(QString, write);
    QFETCH(QString, evidence);
    std::unique_ptr<OperationController> controller;
    std::function<void()> submit;
    if (operation == u"calltrack"_s) {
        auto *calltrack = new CreateCalltrackController(*m_database, m_dispatcher.get(),
                                                        m_caseClient, profileName);
        submit = [calltrack] { calltrack->submit(calltrackDraft(u"Unchecked"_s)); };
        controller.reset(calltrack);
    } else if (operation == u"changecase"_s) {
        auto *move = new ChangeCaseController(*m_database, m_dispatcher.get(), profileName);
        ChangeCaseRequest request;
        request.activityIds = {81001, 81002};
        request.targetCaseId = 70002;
        submit = [move, request] { move->submit(request); };
        controller.reset(move);
    } else {
        auto *callback = new CreateCallbackController(*m_database, m_dispatcher.get(), profileName);
        submit = [callback] { callback->submit(callbackDraft(u"Unchecked"_s)); };
        controller.reset(callback);
    }
    QVERIFY(signIn());
    QVERIFY(m_sandbox->setFaults({{u"dropNext"_s, 1}, {u"nextFaultFilter"_s, write}}));
    const OperationOutcome dropped = runToEnd(controller.get(), submit);
    QCOMPARE(dropped.status, OperationOutcome::Status::Queued);
    OutboxStore outbox(*m_database);
    const QString id = dropped.entryIds.first();
    QVERIFY(outbox.entry(id).value->outcomeUnknown);

    QVERIFY(m_sandbox->setFaults(
        {{u"failNext"_s, 1}, {u"failStatus"_s, 403}, {u"nextFaultFilter"_s, evidence}}));
    outbox.makeAllDue();
    bool replayed = false;
    const OutboxEntry::Server server = outbox.entry(id).value->server;
    m_dispatcher->replay(server, [&] { replayed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(replayed, 30000);
    const auto waiting = outbox.entry(id);
    QCOMPARE(waiting.value->state, OutboxEntry::State::NeedsAttention);
    QCOMPARE(waiting.value->lastErrorCode, u"evidence"_s);
    QVERIFY2(waiting.value->lastErrorMessage.contains(u"checking that was refused"_s),
             qPrintable(waiting.value->lastErrorMessage));
    const QString method = write.section(u' ', 0, 0);
    const QString path = write.section(u' ', 1).remove(u".*"_s).remove(u'$');
    QCOMPARE(countRequests(m_sandbox->requestLog().mid(m_logStart), method.toLatin1(), path), 1);

    QVERIFY(m_sandbox->setFaults({{u"failStatus"_s, 503}, {u"nextFaultFilter"_s, QString()}}));
    QVERIFY(!outbox.retry(id));
    replayed = false;
    m_dispatcher->replay(server, [&] { replayed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(replayed, 30000);
    QCOMPARE(outbox.entry(id).value->state, OutboxEntry::State::Done);
    QCOMPARE(countRequests(m_sandbox->requestLog().mid(m_logStart), method.toLatin1(), path), 1);
}

void TestOutboxDispatcher::offlineCreatesReplayWhenTheServerIsBack()
{
    // a server of its own, stopped while operations are queued, then back on the same port
    auto server = std::make_unique<SandboxProcess>();
    QVERIFY(server->isRunning());
    const quint16 port = server->port();
    stopDispatcher();
    startDispatcher(*server);
    QVERIFY(signIn());
    server.reset();

    CreateCallbackController callback(*m_database, m_dispatcher.get(), profileName);
    CreateCalltrackController calltrack(*m_database, m_dispatcher.get(), m_caseClient, profileName);
    const OperationOutcome first = runToEnd(&callback, [&] { callback.submit(callbackDraft(u"Queued offline"_s)); });
    QCOMPARE(first.status, OperationOutcome::Status::Queued);
    QCOMPARE(first.code, u"network"_s);
    const OperationOutcome second = runToEnd(&calltrack, [&] { calltrack.submit(calltrackDraft(u"Queued offline"_s)); });
    QVERIFY2(second.status == OperationOutcome::Status::Queued, qPrintable(second.message));
    QCOMPARE(OutboxStore(*m_database).count(OutboxEntry::State::Pending).value, 2);

    server = std::make_unique<SandboxProcess>(QStringList{u"--port"_s, QString::number(port)});
    QVERIFY2(server->isRunning(), qPrintable(server->errorString()));
    OutboxStore outbox(*m_database);
    for (const QString &id : {first.entryIds.first(), second.entryIds.first()})
        QVERIFY(!outbox.updatePayload(id, outbox.entry(id).value->payload)); // due now
    int replays = 0;
    m_dispatcher->replay(OutboxEntry::Server::Jtel, [&] { ++replays; });
    m_dispatcher->replay(OutboxEntry::Server::Case, [&] { ++replays; });
    QTRY_COMPARE_WITH_TIMEOUT(replays, 2, 30000);
    QCOMPARE(OutboxStore(*m_database).count(OutboxEntry::State::Done).value, 2);
    QCOMPARE(eventsWithSubject(*server, u"Queued offline"_s), 1);
    stopDispatcher();
    startDispatcher(*m_sandbox);
}

void TestOutboxDispatcher::changeCaseWaitsForAnOfflineCreate()
{
    QVERIFY(signIn());
    QVERIFY(m_sandbox->setFaults({{u"failRate"_s, 1.0}}));
    CreateCalltrackController calltrack(*m_database, m_dispatcher.get(), m_caseClient, profileName);
    CalltrackDraft draft = calltrackDraft(u"Created offline"_s);
    draft.caseId = 70004; // with 81008: a change case has one source case (P2)
    const OperationOutcome created = runToEnd(&calltrack, [&] { calltrack.submit(draft); });
    QVERIFY2(created.status == OperationOutcome::Status::Queued, qPrintable(created.message));

    ChangeCaseController move(*m_database, m_dispatcher.get(), profileName);
    ChangeCaseRequest request;
    request.activityIds = {81008};
    request.targetCaseId = 70001;
    const OperationOutcome queued = runToEnd(&move, [&] { move.submit(request, created.entryIds); });
    QCOMPARE(queued.status, OperationOutcome::Status::Queued);
    const auto waiting = OutboxStore(*m_database).entry(queued.entryIds.first());
    QCOMPARE(waiting.value->dependsOn, created.entryIds.first());

    QVERIFY(m_sandbox->setFaults({{u"failRate"_s, 0.0}}));
    OutboxStore outbox(*m_database);
    QVERIFY(!outbox.updatePayload(created.entryIds.first(), outbox.entry(created.entryIds.first()).value->payload));
    bool replayed = false;
    m_dispatcher->replay(OutboxEntry::Server::Case, [&] { replayed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(replayed, 20000);

    const qint64 activityId = OutboxPayload::calltrackResult(outbox.entry(created.entryIds.first()).value->result)->activityId;
    const auto moved = outbox.entry(queued.entryIds.first());
    QCOMPARE(moved.value->state, OutboxEntry::State::Done);
    // rewritten with the real id before it was sent
    const auto payload = OutboxPayload::changeCase(moved.value->payload);
    QVERIFY(payload->pendingActivities.isEmpty());
    QCOMPARE(payload->request.activityIds, (QList<qint64>{81008, activityId}));
    const auto read = await<QList<Activity>>([&](const auto &done) { m_caseClient->activitiesByIds({81008, activityId}, done); });
    QVERIFY(read.ok());
    QCOMPARE(read.value.at(0).caseId, 70001);
    QCOMPARE(read.value.at(1).caseId, 70001);
    QCOMPARE(ActivityStore(*m_database).byIds({activityId}).value.first().caseId, 70001);
}

// The create a change case waits for is refused: the change case cannot run as queued and
// needs attention too, and the queue behind it goes on.
void TestOutboxDispatcher::refusedCreateParksItsDependentsOnly()
{
    QVERIFY(signIn());
    QVERIFY(m_sandbox->setFaults({{u"failRate"_s, 1.0}}));
    CreateCalltrackController calltrack(*m_database, m_dispatcher.get(), m_caseClient, profileName);
    CalltrackDraft refused = calltrackDraft(u"Refused later"_s);
    refused.caseId = 79999; // no such case: the server refuses it once it is reachable
    const OperationOutcome created = runToEnd(&calltrack, [&] { calltrack.submit(refused); });
    QCOMPARE(created.status, OperationOutcome::Status::Queued);
    ChangeCaseController move(*m_database, m_dispatcher.get(), profileName);
    ChangeCaseRequest request;
    request.targetCaseId = 70001;
    const OperationOutcome waiting = runToEnd(&move, [&] { move.submit(request, created.entryIds); });
    QCOMPARE(waiting.status, OperationOutcome::Status::Queued);
    QVERIFY(m_sandbox->setFaults({{u"failRate"_s, 0.0}}));

    const OperationOutcome next = runToEnd(&calltrack, [&] {
        OutboxStore(*m_database).makeAllDue();
        calltrack.submit(calltrackDraft(u"Behind them"_s));
    });
    QCOMPARE(next.status, OperationOutcome::Status::Applied);
    OutboxStore outbox(*m_database);
    QCOMPARE(outbox.entry(created.entryIds.first()).value->state, OutboxEntry::State::NeedsAttention);
    const auto dependent = outbox.entry(waiting.entryIds.first());
    QCOMPARE(dependent.value->state, OutboxEntry::State::NeedsAttention);
    QCOMPARE(dependent.value->lastErrorCode, u"dependency"_s);
    QVERIFY(dependent.value->lastErrorMessage.contains(created.entryIds.first()));
}

// Refused credentials are not retried on a timer: the same token would be refused again.
void TestOutboxDispatcher::refusedCredentialsWaitForASignIn()
{
    stopDispatcher();
    m_clients = std::make_unique<SandboxClients>(*m_sandbox);
    m_jtelClient = m_clients->jtelClient(u"revoked-token"_s);
    m_notifier = std::make_unique<CacheNotifier>();
    m_dispatcher = std::make_unique<OutboxDispatcher>(*m_database, nullptr, m_jtelClient, m_notifier.get());
    CreateCallbackController controller(*m_database, m_dispatcher.get(), profileName);
    const OperationOutcome outcome = runToEnd(&controller, [&] { controller.submit(callbackDraft(u"Signed out"_s)); });
    QCOMPARE(outcome.status, OperationOutcome::Status::Queued);
    QCOMPARE(outcome.code, OutboxDispatcher::AuthenticationCode);
    QVERIFY2(outcome.message.contains(u"signed in"_s), qPrintable(outcome.message));
    const int attempts = countRequests(m_sandbox->requestLog().mid(m_logStart), "POST", u"/acd/events/create"_s);
    QCOMPARE(attempts, 1);
    // the back-off (5 s ± 20 %) passes without another attempt
    QTest::qWait(6500);
    QCOMPARE(countRequests(m_sandbox->requestLog().mid(m_logStart), "POST", u"/acd/events/create"_s), attempts);
    QCOMPARE(OutboxStore(*m_database).entry(outcome.entryIds.first()).value->state, OutboxEntry::State::Pending);
}

void TestOutboxDispatcher::changeCaseOfMoreThan75Activities()
{
    ChangeCaseController move(*m_database, m_dispatcher.get(), profileName);
    QSignalSpy progress(&move, &OperationController::progress);
    ChangeCaseRequest request;
    for (qint64 id = 81101; id <= 81180; ++id)
        request.activityIds.append(id);
    request.newCase.subject = u"Split off in bulk"_s;
    const OperationOutcome outcome = runToEnd(&move, [&] { move.submit(request); });
    QCOMPARE(outcome.status, OperationOutcome::Status::Applied);
    QCOMPARE(outcome.entryIds.size(), 2);
    const qint64 caseId = OutboxPayload::changeCaseResult(outcome.result)->caseId;
    QVERIFY(caseId != 70008);
    QCOMPARE(outcome.message, u"80 activities moved to the new case %1."_s.arg(caseId));
    QCOMPARE(progress.last().at(0).toInt(), 2);
    QCOMPARE(progress.last().at(1).toInt(), 2);

    const QList<QJsonObject> log = m_sandbox->requestLog().mid(m_logStart);
    QCOMPARE(countRequests(log, "PUT", u"/changecase"_s), 2);
    const auto read = await<QList<Activity>>([&](const auto &done) { m_caseClient->activitiesByIds(request.activityIds, done); });
    QVERIFY(read.ok());
    for (const Activity &activity : read.value)
        QCOMPARE(activity.caseId, caseId);
    const auto cached = ActivityStore(*m_database).byIds(request.activityIds);
    QCOMPARE(cached.value.size(), 80);
    for (const Activity &activity : cached.value)
        QCOMPARE(activity.caseId, caseId);
    const auto cases = CaseStore(*m_database).byIds({caseId});
    QCOMPARE(cases.value.size(), 1);
    QCOMPARE(cases.value.first().subject, u"Split off in bulk"_s);
}

// P3 from the cache at replay time: the activity was completed after it was queued.
void TestOutboxDispatcher::changeCaseRevalidatedAtReplay()
{
    QVERIFY(signIn());
    QVERIFY(m_sandbox->setFaults({{u"failRate"_s, 1.0}}));
    ChangeCaseController move(*m_database, m_dispatcher.get(), profileName);
    ChangeCaseRequest request;
    request.activityIds = {81008};
    request.targetCaseId = 70001;
    const OperationOutcome queued = runToEnd(&move, [&] { move.submit(request); });
    QVERIFY2(queued.status == OperationOutcome::Status::Queued, qPrintable(queued.message));
    QVERIFY(m_sandbox->setFaults({{u"failRate"_s, 0.0}}));

    Activity completed;
    completed.id = 81008;
    completed.caseId = 70004;
    completed.customerId = 5001;
    completed.status = u"completed"_s;
    QVERIFY(!ActivityStore(*m_database).upsert({completed}));
    OutboxStore outbox(*m_database);
    QVERIFY(!outbox.updatePayload(queued.entryIds.first(), outbox.entry(queued.entryIds.first()).value->payload));
    bool replayed = false;
    m_dispatcher->replay(OutboxEntry::Server::Case, [&] { replayed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(replayed, 20000);
    const auto entry = outbox.entry(queued.entryIds.first());
    QCOMPARE(entry.value->state, OutboxEntry::State::NeedsAttention);
    QCOMPARE(entry.value->lastErrorCode, u"P3"_s);
    // only the refused attempts of the first try reached the server
    for (const QJsonObject &request : m_sandbox->requestLog().mid(m_logStart)) {
        if (request.value(u"path"_s).toString().endsWith(u"/changecase"_s))
            QCOMPARE(request.value(u"fault"_s).toString(), u"fail"_s);
    }
}

void TestOutboxDispatcher::callbackUpdatedIsReportedAsSuch()
{
    CreateCallbackController controller(*m_database, m_dispatcher.get(), profileName);
    CallbackDraft draft;
    draft.groupId = 512; // forbids duplicates; 88001 is an open callback from this sender
    draft.sender = u"+4922199900011"_s;
    draft.subject = u"Callback again"_s;
    const int before = serverEventCount(*m_sandbox);
    const OperationOutcome outcome = runToEnd(&controller, [&] { controller.submit(draft); });
    QCOMPARE(outcome.status, OperationOutcome::Status::Applied);
    QCOMPARE(outcome.message,
             u"An open callback for this caller already existed and was updated (event 88001); "
             "no new callback was created."_s);
    QCOMPARE(serverEventCount(*m_sandbox), before);
    // the sender went out in jtel's form, without '+'
    const auto cached = AcdEventStore(*m_database).byIds({88001});
    QCOMPARE(cached.value.size(), 1);
    QCOMPARE(cached.value.first().sender, u"4922199900011"_s);

    draft.groupId = 513;
    draft.subject = u"A new one"_s;
    const OperationOutcome created = runToEnd(&controller, [&] { controller.submit(draft); });
    QCOMPARE(created.status, OperationOutcome::Status::Applied);
    const qint64 eventId = OutboxPayload::callbackResult(created.result)->eventId;
    QCOMPARE(created.message, u"Callback event %1 created."_s.arg(eventId));
    QCOMPARE(serverEventCount(*m_sandbox), before + 1);
}

// ECE: the session expires in the middle of a replay; the transport logs in again once and the
// parked request goes on.
void TestOutboxDispatcher::expiredSessionDuringReplayLogsInOnce()
{
    stopDispatcher();
    m_clients = std::make_unique<SandboxClients>(*m_sandbox);
    m_caseClient = m_clients->caseClient(u"v12"_s, u"lena.fischer"_s);
    m_notifier = std::make_unique<CacheNotifier>();
    m_dispatcher = std::make_unique<OutboxDispatcher>(*m_database, m_caseClient, nullptr, m_notifier.get());

    QVERIFY(m_sandbox->setFaults({{u"expireSessionsAfter"_s, 3}}));
    ChangeCaseController move(*m_database, m_dispatcher.get(), profileName);
    const QList<std::pair<qint64, qint64>> moves = {{81001, 70002}, {81002, 70002}, {81008, 70002}};
    for (const auto &[activityId, caseId] : moves) {
        ChangeCaseRequest request;
        request.activityIds = {activityId};
        request.targetCaseId = caseId;
        const OperationOutcome outcome = runToEnd(&move, [&] { move.submit(request); });
        QVERIFY2(outcome.status == OperationOutcome::Status::Applied, qPrintable(outcome.message));
    }
    QVERIFY(m_sandbox->setFaults({{u"expireSessionsAfter"_s, 0}}));
    const QList<QJsonObject> log = m_sandbox->requestLog().mid(m_logStart);
    int unauthorized = 0;
    int moved = 0;
    for (const QJsonObject &entry : log) {
        const int status = entry.value(u"status"_s).toInt();
        unauthorized += status == 401;
        moved += entry.value(u"path"_s).toString().endsWith(u"/changecase"_s) && status == 204;
    }
    QCOMPARE(moved, 3);
    QCOMPARE(countRequests(log, "POST", u"/authentication/user/login"_s), unauthorized + 1);
    QVERIFY(unauthorized >= 1);
}

QTEST_GUILESS_MAIN(TestOutboxDispatcher)
#include "tst_outboxdispatcher.moc"
