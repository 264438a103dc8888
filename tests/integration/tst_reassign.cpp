// Transfer and pick end to end against agentdesk-sandbox, in both dialects: the controller
// checks and queues, the dispatcher sends, and every effect is read back from the server and
// found in the cache. Also what the outbox promises for these writes: more than 75 become
// several entries in order, a 409 waits for "refresh and send again", a lost answer is never
// sent twice, and a refused look for evidence never counts as "not applied".

#include "httpresult.h"
#include "sandboxclients.h"
#include "sandboxprocess.h"

#include "api/casemanagerclient.h"
#include "cache/activitystore.h"
#include "cache/cachedatabase.h"
#include "cache/outboxstore.h"
#include "cache/teamloadstore.h"
#include "controllers/reassigncontroller.h"
#include "sync/cachenotifier.h"
#include "sync/outboxdispatcher.h"
#include "sync/outboxpayload.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

using Operation = ReassignRequest::Operation;
Q_DECLARE_METATYPE(Operation)
Q_DECLARE_METATYPE(ReassignRequest)

namespace {

const QString Supervisor = u"s.okafor"_s; // 1003: may transfer, pick and unpin

ReassignRequest request(Operation operation, qint64 target, const QList<qint64> &ids,
                        bool unpin = false)
{
    ReassignRequest r;
    r.operation = operation;
    r.targetId = target;
    for (qint64 id : ids)
        r.activities.append({id, 0});
    r.unpin = unpin;
    return r;
}

int countRequests(const QList<QJsonObject> &log, const QString &method, const QString &pathPart)
{
    int count = 0;
    for (const QJsonObject &entry : log) {
        count += entry.value(u"method"_s).toString() == method
            && entry.value(u"path"_s).toString().contains(pathPart);
    }
    return count;
}

} // namespace

class TestReassign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void eachOperationIsAppliedAndCached_data();
    void eachOperationIsAppliedAndCached();
    void cacheRulesRefuseBeforeAnythingIsStored_data();
    void cacheRulesRefuseBeforeAnythingIsStored();
    void serverRefusalWaitsUntilUnpinIsAsked();
    void changedSinceReadIsRefreshedOnRetry();
    void moreThan75BecomeSeveralEntriesInOrder();
    void lostAnswerIsNotSentTwice();
    void aTransferQueuedBehindAnotherOfTheSameActivitiesGoesThrough();
    void aTransferQueuedBeforeTheCacheKnewAnEarlierOneGoesThrough_data();
    void aTransferQueuedBeforeTheCacheKnewAnEarlierOneGoesThrough();
    void aFailedReadBeforeSendingLeavesTheOutcomeKnown_data();
    void aFailedReadBeforeSendingLeavesTheOutcomeKnown();
    void aTransferCutOffByACrashIsSentWithTheTimeItsEvidenceRead();
    void refusedLookForEvidenceNeverResends();

private:
    void start(const QString &dialect);
    OperationOutcome run(const ReassignRequest &request,
                         const ReassignValidator::Context &context = {});
    // queues it the way another process would, with the lastModified the cache holds, and
    // sends nothing; returns the entry's id
    QString queueBeside(const ReassignRequest &request);
    Activity onServer(qint64 id);
    void replay();

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<CacheDatabase> m_database;
    std::unique_ptr<SandboxClients> m_clients;
    std::unique_ptr<CacheNotifier> m_notifier;
    std::unique_ptr<OutboxDispatcher> m_dispatcher;
    CaseManagerClient *m_client = nullptr;
    QString m_dialect;
    qsizetype m_logStart = 0;
};

void TestReassign::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
}

void TestReassign::init()
{
    QVERIFY(m_sandbox->reset());
    QVERIFY(m_sandbox->setFaults({{u"failNext"_s, 0},
                                  {u"dropNext"_s, 0},
                                  {u"failStatus"_s, 503},
                                  {u"nextFaultFilter"_s, QString()}}));
    m_logStart = m_sandbox->requestLog().size();
    m_directory = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<CacheDatabase>(m_directory->filePath(u"supervisor.sqlite"_s));
    QVERIFY(!m_database->open());
}

void TestReassign::cleanup()
{
    m_dispatcher.reset();
    m_notifier.reset();
    m_clients.reset();
    m_database.reset();
    m_directory.reset();
}

void TestReassign::start(const QString &dialect)
{
    m_dialect = dialect;
    m_clients = std::make_unique<SandboxClients>(*m_sandbox);
    m_client = m_clients->caseClient(dialect, Supervisor);
    m_notifier = std::make_unique<CacheNotifier>();
    m_dispatcher
        = std::make_unique<OutboxDispatcher>(*m_database, m_client, nullptr, m_notifier.get());
    // the supervisor's view: the activities as read now
    const auto read = await<QList<Activity>>([this](const auto &done) {
        // the activities to reassign of the sandbox's demo data (sandbox/README.md)
        QList<qint64> ids;
        for (qint64 id = 81201; id <= 81216; ++id)
            ids.append(id);
        ids += {81221, 81222, 81223, 81224, 81231, 81232, 81233};
        m_client->activitiesByIds(ids, done);
    });
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error->message()));
    QVERIFY(!ActivityStore(*m_database).upsert(read.value));
}

OperationOutcome TestReassign::run(const ReassignRequest &request,
                                   const ReassignValidator::Context &given)
{
    ReassignValidator::Context context = given;
    context.eceDialect = m_dialect == u"v12";
    ReassignController controller(*m_database, m_dispatcher.get(), u"supervisor"_s, Supervisor);
    QSignalSpy finished(&controller, &OperationController::finished);
    controller.submit(request, context);
    if (finished.isEmpty() && !finished.wait(30000))
        return {};
    return finished.first().first().value<OperationOutcome>();
}

QString TestReassign::queueBeside(const ReassignRequest &request)
{
    QueuedReassign queued;
    queued.request = request;
    const auto cached = ActivityStore(*m_database).byIds(request.activityIds()).value;
    for (ReassignRequest::Item &item : queued.request.activities) {
        for (const Activity &activity : cached) {
            if (activity.id == item.id)
                item.lastModifiedMs = activity.lastModifiedMs;
        }
    }
    queued.callerLogin = Supervisor;
    OutboxEntry entry;
    entry.profile = u"supervisor"_s;
    entry.server = OutboxEntry::Server::Case;
    entry.kind = OutboxEntry::Kind::Reassign;
    entry.payload = OutboxPayload::encode(queued);
    return OutboxStore(*m_database).enqueue(entry).value.id;
}

Activity TestReassign::onServer(qint64 id)
{
    const auto read = await<QList<Activity>>(
        [this, id](const auto &done) { m_client->activitiesByIds({id}, done); });
    return read.ok() && !read.value.isEmpty() ? read.value.constFirst() : Activity();
}

void TestReassign::replay()
{
    bool replayed = false;
    m_dispatcher->replay(OutboxEntry::Server::Case, [&replayed] { replayed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(replayed, 30000);
}

void TestReassign::eachOperationIsAppliedAndCached_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<qint64>("target");
    for (const QString &dialect : {u"v3"_s, u"v12"_s}) {
        const QByteArray d = dialect.toLatin1();
        QTest::newRow(d + " to user p.lindqvist")
            << dialect << Operation::TransferToUser << qint64(1009);
        QTest::newRow(d + " to queue 304") << dialect << Operation::TransferToQueue << qint64(304);
        QTest::newRow(d + " to department Sales")
            << dialect << Operation::TransferToDepartment << qint64(2);
        QTest::newRow(d + " pick") << dialect << Operation::Pick << qint64(0);
    }
}

// 81201: an email waiting in the Service queue
void TestReassign::eachOperationIsAppliedAndCached()
{
    QFETCH(QString, dialect);
    QFETCH(Operation, operation);
    QFETCH(qint64, target);
    start(dialect);
    const OperationOutcome outcome = run(request(operation, target, {81201}));
    QCOMPARE(outcome.status, OperationOutcome::Status::Applied);

    const Activity server = onServer(81201);
    const auto cached = ActivityStore(*m_database).byIds({81201}).value;
    QCOMPARE(cached.size(), 1);
    QCOMPARE(cached.constFirst().lastModifiedMs, server.lastModifiedMs);
    for (const Activity &activity : {server, cached.constFirst()}) {
        switch (operation) {
        case Operation::TransferToUser:
            QCOMPARE(activity.assignedUserId, 1009);
            break;
        case Operation::TransferToQueue:
            QCOMPARE(activity.assignedUserId, 0);
            QCOMPARE(activity.queueId, 304);
            break;
        case Operation::TransferToDepartment:
            QCOMPARE(activity.departmentId, 2);
            break;
        case Operation::Pick:
            QCOMPARE(activity.assignedUserLogin, Supervisor);
            break;
        }
    }
    // the body named the activity with the lastModified the cache had read
    const QList<QJsonObject> log = m_sandbox->requestLog().mid(m_logStart);
    const QString path
        = operation == Operation::Pick ? u"/activity/pick"_s : u"/activity/transfer"_s;
    QCOMPARE(countRequests(log, u"PUT"_s, path), 1);
    for (const QJsonObject &entry : log) {
        if (entry.value(u"method"_s).toString() == u"PUT") {
            QVERIFY2(entry.value(u"body"_s).toString().contains(u"\"lastModified\":\""_s),
                     qPrintable(entry.value(u"body"_s).toString()));
            QVERIFY(!entry.value(u"query"_s).toString().contains(u"unpin"_s));
        }
    }
}

void TestReassign::cacheRulesRefuseBeforeAnythingIsStored_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<ReassignRequest>("request");
    QTest::addColumn<bool>("clientApplication");
    QTest::addColumn<QString>("rule");
    for (const QString &dialect : {u"v3"_s, u"v12"_s}) {
        const QByteArray d = dialect.toLatin1();
        QTest::newRow(d + " T7 a calltrack")
            << dialect << request(Operation::TransferToUser, 1009, {81208}) << false << u"T7"_s;
        QTest::newRow(d + " T9 completed")
            << dialect << request(Operation::TransferToUser, 1009, {81210}) << false << u"T9"_s;
        QTest::newRow(d + " T12 already the user's")
            << dialect << request(Operation::TransferToUser, 1002, {81202}) << false << u"T12"_s;
        QTest::newRow(d + " Q12 already waiting there")
            << dialect << request(Operation::TransferToQueue, 301, {81201}) << false << u"Q12"_s;
        QTest::newRow(d + " Q13 a Sales queue")
            << dialect << request(Operation::TransferToQueue, 302, {81201}) << false << u"Q13"_s;
        QTest::newRow(d + " D7 a social post")
            << dialect << request(Operation::TransferToDepartment, 2, {81211}) << false << u"D7"_s;
        QTest::newRow(d + " D12 already Service's")
            << dialect << request(Operation::TransferToDepartment, 1, {81201}) << false << u"D12"_s;
        QTest::newRow(d + " K6 a calltrack")
            << dialect << request(Operation::Pick, 0, {81208}) << false << u"K6"_s;
    }
    QTest::newRow("v12 T7 a task")
        << u"v12"_s << request(Operation::TransferToUser, 1009, {81207}) << false << u"T7"_s;
    QTest::newRow("v3 K18 a client application")
        << u"v3"_s << request(Operation::Pick, 0, {81201}) << true << u"K18"_s;
}

void TestReassign::cacheRulesRefuseBeforeAnythingIsStored()
{
    QFETCH(QString, dialect);
    QFETCH(ReassignRequest, request);
    QFETCH(bool, clientApplication);
    QFETCH(QString, rule);
    start(dialect);
    ReassignValidator::Context context;
    context.clientApplication = clientApplication;
    if (rule == u"Q13") // the cache has seen queue 302 in Sales
        context.queueDepartments = TeamLoadStore(*m_database).targets().value.queueDepartments;
    const OperationOutcome outcome = run(request, context);
    QCOMPARE(outcome.status, OperationOutcome::Status::Invalid);
    QVERIFY(!outcome.errors.isEmpty());
    QCOMPARE(outcome.errors.constFirst().rule, rule);
    QVERIFY(outcome.errors.constFirst().message.contains(
                QString::number(request.activities.value(0).id))
            || rule == u"K18");
    QVERIFY(OutboxStore(*m_database).list({OutboxEntry::State::Pending}).value.isEmpty());
    QCOMPARE(countRequests(m_sandbox->requestLog().mid(m_logStart), u"PUT"_s, u"/activity/"_s), 0);
}

// 81203 is pinned by m.jansen: the server refuses without unpin=yes (T11); the entry waits,
// nothing behind it is blocked, and the user's second try with unpin goes through
void TestReassign::serverRefusalWaitsUntilUnpinIsAsked()
{
    start(u"v12"_s);
    const OperationOutcome refused = run(request(Operation::TransferToUser, 1009, {81203}));
    QCOMPARE(refused.status, OperationOutcome::Status::NeedsAttention);
    const auto entry = OutboxStore(*m_database).entry(refused.entryIds.constFirst());
    QCOMPARE(entry.value->state, OutboxEntry::State::NeedsAttention);
    QVERIFY2(entry.value->lastErrorMessage.contains(u"T11"_s),
             qPrintable(entry.value->lastErrorMessage));
    QCOMPARE(onServer(81203).assignedUserId, 1002);

    const OperationOutcome unpinned = run(request(Operation::TransferToUser, 1009, {81203}, true));
    QCOMPARE(unpinned.status, OperationOutcome::Status::Applied);
    QCOMPARE(onServer(81203).assignedUserId, 1009);
    const QList<QJsonObject> log = m_sandbox->requestLog().mid(m_logStart);
    QCOMPARE(countRequests(log, u"PUT"_s, u"/activity/transfer"_s), 2);
}

// Someone changes 81201 after the supervisor read it: 409; the entry waits with "changed on the
// server", and its retry reads the activity again before it sends.
void TestReassign::changedSinceReadIsRefreshedOnRetry()
{
    start(u"v3"_s);
    // another supervisor moves it to queue 304 and back
    for (const qint64 queue : {304, 301}) {
        const auto moved = await<bool>([this, queue](const auto &done) {
            m_client->reassign(request(Operation::TransferToQueue, queue, {81201}), done);
        });
        QVERIFY(moved.ok());
    }
    const OperationOutcome stale = run(request(Operation::TransferToUser, 1009, {81201}));
    QCOMPARE(stale.status, OperationOutcome::Status::NeedsAttention);
    const QString id = stale.entryIds.constFirst();
    OutboxStore outbox(*m_database);
    QCOMPARE(outbox.entry(id).value->lastErrorCode, OutboxDispatcher::ChangedSinceRead);
    QVERIFY(outbox.entry(id).value->lastErrorMessage.contains(u"refresh and send again"_s));

    QVERIFY(!outbox.retry(id));
    replay();
    QCOMPARE(outbox.entry(id).value->state, OutboxEntry::State::Done);
    QCOMPARE(onServer(81201).assignedUserId, 1009);
}

// 80 activities of case 70008 waiting in the Service queue go to queue 304: two entries, in
// order, both applied
void TestReassign::moreThan75BecomeSeveralEntriesInOrder()
{
    start(u"v12"_s);
    QList<qint64> ids;
    for (qint64 id = 81101; id <= 81180; ++id)
        ids.append(id);
    const auto read
        = await<QList<Activity>>([&](const auto &done) { m_client->activitiesByIds(ids, done); });
    QVERIFY(!ActivityStore(*m_database).upsert(read.value));
    const OperationOutcome outcome = run(request(Operation::TransferToQueue, 304, ids));
    QCOMPARE(outcome.status, OperationOutcome::Status::Applied);
    QCOMPARE(outcome.entryIds.size(), 2);
    OutboxStore outbox(*m_database);
    const auto first = OutboxPayload::reassign(outbox.entry(outcome.entryIds.at(0)).value->payload);
    const auto second
        = OutboxPayload::reassign(outbox.entry(outcome.entryIds.at(1)).value->payload);
    QCOMPARE(first->request.activities.size(), 75);
    QCOMPARE(second->request.activities.size(), 5);
    QCOMPARE(second->request.activities.constFirst().id, 81176);
    const QList<QJsonObject> log = m_sandbox->requestLog().mid(m_logStart);
    QCOMPARE(countRequests(log, u"PUT"_s, u"/activity/transfer"_s), 2);
    // both entries' effects are read back together when the replay ends: their case once
    QCOMPARE(countRequests(log, u"GET"_s, u"/interaction/case/"_s), 1);
    const auto cached = ActivityStore(*m_database).byIds(ids).value;
    QCOMPARE(cached.size(), 80);
    for (const Activity &activity : cached)
        QCOMPARE(activity.queueId, 304);
    const auto after
        = await<QList<Activity>>([&](const auto &done) { m_client->activitiesByIds(ids, done); });
    QCOMPARE(after.value.size(), 80);
    for (const Activity &activity : after.value)
        QCOMPARE(activity.queueId, 304);
}

// The sandbox applies the transfer and drops the connection mid-answer: the dispatcher reads
// the activities, finds them at the target and marks the entry done without a second PUT
void TestReassign::lostAnswerIsNotSentTwice()
{
    start(u"v3"_s);
    QVERIFY(m_sandbox->setFaults({{u"dropNext"_s, 1}, {u"nextFaultFilter"_s, u"^PUT "_s}}));
    const OperationOutcome dropped = run(request(Operation::TransferToUser, 1009, {81201, 81207}));
    QCOMPARE(dropped.status, OperationOutcome::Status::Queued);
    OutboxStore outbox(*m_database);
    const QString id = dropped.entryIds.constFirst();
    QVERIFY(outbox.entry(id).value->outcomeUnknown);
    outbox.makeAllDue();
    replay();
    QCOMPARE(outbox.entry(id).value->state, OutboxEntry::State::Done);
    QCOMPARE(
        countRequests(m_sandbox->requestLog().mid(m_logStart), u"PUT"_s, u"/activity/transfer"_s),
        1);
    QCOMPARE(onServer(81207).assignedUserId, 1009);
    QCOMPARE(ActivityStore(*m_database).byIds({81207}).value.constFirst().assignedUserId, 1009);
}

// Two transfers of 81201 wait in the outbox (the first could not be sent; the second was queued
// beside it by another process, with the lastModified the cache held then). Once the first is
// applied, that time is stale by our own change: the second is sent with the time read again,
// not refused as "changed since you read it".
void TestReassign::aTransferQueuedBehindAnotherOfTheSameActivitiesGoesThrough()
{
    start(u"v12"_s);
    QVERIFY(m_sandbox->setFaults({{u"failNext"_s, 50}, {u"nextFaultFilter"_s, u"^PUT "_s}}));
    const OperationOutcome first = run(request(Operation::TransferToUser, 1009, {81201}));
    QCOMPARE(first.status, OperationOutcome::Status::Queued);
    const QString secondId = queueBeside(request(Operation::TransferToQueue, 304, {81201}));
    OutboxStore outbox(*m_database);

    QVERIFY(m_sandbox->setFaults({{u"failNext"_s, 0}, {u"nextFaultFilter"_s, QString()}}));
    outbox.makeAllDue();
    replay();
    QCOMPARE(outbox.entry(first.entryIds.constFirst()).value->state, OutboxEntry::State::Done);
    const auto entry = outbox.entry(secondId);
    QVERIFY2(entry.value->state == OutboxEntry::State::Done,
             qPrintable(entry.value->lastErrorMessage));
    const Activity last = onServer(81201);
    QCOMPARE(last.queueId, 304);
    QCOMPARE(last.assignedUserId, 0);
    // read back after the last request that changed it: the cache ends as the server does
    const Activity cached = ActivityStore(*m_database).byIds({81201}).value.constFirst();
    QCOMPARE(cached.queueId, 304);
    QCOMPARE(cached.assignedUserId, 0);
    QCOMPARE(cached.lastModifiedMs, last.lastModifiedMs);
}

void TestReassign::aTransferQueuedBeforeTheCacheKnewAnEarlierOneGoesThrough_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<bool>("answerLost");
    for (const QString &dialect : {u"v3"_s, u"v12"_s}) {
        QTest::newRow(qPrintable(dialect + u", the first one's read-back failed"_s))
            << dialect << false;
        QTest::newRow(qPrintable(dialect + u", the first one's answer was lost"_s))
            << dialect << true;
    }
}

// The first transfer of 81201 reached the server before the second was queued, but not the
// cache: its read-back failed, or its answer was lost and the look for evidence comes only
// with the next replay. The second is queued with the lastModified the cache still holds, so
// it is read again before it is sent, not refused as "changed since you read it".
void TestReassign::aTransferQueuedBeforeTheCacheKnewAnEarlierOneGoesThrough()
{
    QFETCH(QString, dialect);
    QFETCH(bool, answerLost);
    start(dialect);
    const qint64 readBefore
        = ActivityStore(*m_database).byIds({81201}).value.constFirst().lastModifiedMs;
    if (answerLost) {
        QVERIFY(m_sandbox->setFaults({{u"dropNext"_s, 1}, {u"nextFaultFilter"_s, u"^PUT "_s}}));
    } else {
        QVERIFY(m_sandbox->setFaults(
            {{u"failNext"_s, 50}, {u"nextFaultFilter"_s, u"^GET .*/activity/81201"_s}}));
    }
    const OperationOutcome first = run(request(Operation::TransferToUser, 1009, {81201}));
    QCOMPARE(first.status,
             answerLost ? OperationOutcome::Status::Queued : OperationOutcome::Status::Applied);
    QVERIFY(m_sandbox->setFaults(
        {{u"failNext"_s, 0}, {u"dropNext"_s, 0}, {u"nextFaultFilter"_s, QString()}}));
    QCOMPARE(onServer(81201).assignedUserId, 1009); // applied either way
    QCOMPARE(ActivityStore(*m_database).byIds({81201}).value.constFirst().lastModifiedMs,
             readBefore);

    OutboxStore(*m_database).makeAllDue();
    const OperationOutcome second = run(request(Operation::TransferToQueue, 304, {81201}));
    const auto entry = OutboxStore(*m_database).entry(second.entryIds.value(0));
    QVERIFY(entry.ok() && entry.value);
    QVERIFY2(entry.value->state == OutboxEntry::State::Done,
             qPrintable(entry.value->lastErrorMessage));
    QCOMPARE(second.status, OperationOutcome::Status::Applied);
    const Activity last = onServer(81201);
    QCOMPARE(last.queueId, 304);
    QCOMPARE(last.assignedUserId, 0);
    const Activity cached = ActivityStore(*m_database).byIds({81201}).value.constFirst();
    QCOMPARE(cached.queueId, 304);
    QCOMPARE(cached.lastModifiedMs, last.lastModifiedMs);
}

void TestReassign::aFailedReadBeforeSendingLeavesTheOutcomeKnown_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("v3") << u"v3"_s;
    QTest::newRow("v12") << u"v12"_s;
}

// Every read of 81201 loses its connection mid-answer: the first transfer is applied but not
// read back, so the second must read 81201 before it is sent, and cannot. Nothing was sent, so
// its outcome is known: it waits to be sent, not to be looked for. Once the server answers, it
// is sent with the time read then.
void TestReassign::aFailedReadBeforeSendingLeavesTheOutcomeKnown()
{
    QFETCH(QString, dialect);
    start(dialect);
    QVERIFY(m_sandbox->setFaults(
        {{u"dropNext"_s, 50}, {u"nextFaultFilter"_s, u"^GET .*/activity/81201"_s}}));
    QCOMPARE(run(request(Operation::TransferToUser, 1009, {81201})).status,
             OperationOutcome::Status::Applied);
    const OperationOutcome second = run(request(Operation::TransferToQueue, 304, {81201}));
    QCOMPARE(second.status, OperationOutcome::Status::Queued);
    OutboxStore outbox(*m_database);
    const QString id = second.entryIds.value(0);
    QCOMPARE(outbox.entry(id).value->state, OutboxEntry::State::Pending);
    QVERIFY(!outbox.entry(id).value->outcomeUnknown);
    QCOMPARE(
        countRequests(m_sandbox->requestLog().mid(m_logStart), u"PUT"_s, u"/activity/transfer"_s),
        1);

    QVERIFY(m_sandbox->setFaults({{u"dropNext"_s, 0}, {u"nextFaultFilter"_s, QString()}}));
    outbox.makeAllDue();
    replay();
    const auto entry = outbox.entry(id);
    QVERIFY2(entry.value->state == OutboxEntry::State::Done,
             qPrintable(entry.value->lastErrorMessage));
    const Activity last = onServer(81201);
    QCOMPARE(last.queueId, 304);
    QCOMPARE(ActivityStore(*m_database).byIds({81201}).value.constFirst().lastModifiedMs,
             last.lastModifiedMs);
}

// The first transfer of 81201 is applied, its read-back fails; the second, queued with the
// time the cache still holds, is cut off by a crash while in flight (its outcome unknown). The
// look for evidence reads 81201, finds it not at the second's target and sends it with the time
// read then, not the stale one queued.
void TestReassign::aTransferCutOffByACrashIsSentWithTheTimeItsEvidenceRead()
{
    start(u"v12"_s);
    QVERIFY(m_sandbox->setFaults(
        {{u"failNext"_s, 50}, {u"nextFaultFilter"_s, u"^GET .*/activity/81201"_s}}));
    QCOMPARE(run(request(Operation::TransferToUser, 1009, {81201})).status,
             OperationOutcome::Status::Applied);
    QVERIFY(m_sandbox->setFaults({{u"failNext"_s, 0}, {u"nextFaultFilter"_s, QString()}}));

    const QString id = queueBeside(request(Operation::TransferToDepartment, 2, {81201}));
    OutboxStore outbox(*m_database);
    QVERIFY(!outbox.markInFlight(id));
    QCOMPARE(outbox.resetInFlight().value, 1);

    replay();
    const auto entry = outbox.entry(id);
    QVERIFY2(entry.value->state == OutboxEntry::State::Done,
             qPrintable(entry.value->lastErrorMessage));
    QCOMPARE(onServer(81201).departmentId, 2);
}

void TestReassign::refusedLookForEvidenceNeverResends()
{
    start(u"v12"_s);
    QVERIFY(m_sandbox->setFaults({{u"dropNext"_s, 1}, {u"nextFaultFilter"_s, u"^PUT "_s}}));
    const OperationOutcome dropped = run(request(Operation::Pick, 0, {81201}));
    QCOMPARE(dropped.status, OperationOutcome::Status::Queued);
    QVERIFY(m_sandbox->setFaults({{u"failNext"_s, 1},
                                  {u"failStatus"_s, 403},
                                  {u"nextFaultFilter"_s, u"^GET .*/activity/81201"_s}}));
    OutboxStore outbox(*m_database);
    const QString id = dropped.entryIds.constFirst();
    outbox.makeAllDue();
    replay();
    QCOMPARE(outbox.entry(id).value->state, OutboxEntry::State::NeedsAttention);
    QCOMPARE(outbox.entry(id).value->lastErrorCode, u"evidence"_s);
    QCOMPARE(countRequests(m_sandbox->requestLog().mid(m_logStart), u"PUT"_s, u"/activity/pick"_s),
             1);

    // allowed again: the retry looks first and finds it applied
    QVERIFY(m_sandbox->setFaults({{u"failStatus"_s, 503}, {u"nextFaultFilter"_s, QString()}}));
    QVERIFY(!outbox.retry(id));
    replay();
    QCOMPARE(outbox.entry(id).value->state, OutboxEntry::State::Done);
    QCOMPARE(countRequests(m_sandbox->requestLog().mid(m_logStart), u"PUT"_s, u"/activity/pick"_s),
             1);
    QCOMPARE(onServer(81201).assignedUserLogin, Supervisor);
}

QTEST_GUILESS_MAIN(TestReassign)
#include "tst_reassign.moc"
