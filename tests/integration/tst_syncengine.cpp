// SyncEngine against agentdesk-sandbox: what each pull writes to the cache (read back row by
// row, and counted by triggers on the cache tables) and which ids it reports, the replay of the
// outbox before a pull, coalescing, polling, and the connection states with their back-off.

#include "httpresult.h"
#include "sandboxclients.h"
#include "sandboxprocess.h"

#include "api/apitransport.h"
#include "api/casemanagerclient.h"
#include "api/jtelclient.h"
#include "auth/statictokenauthenticator.h"
#include "cache/acdeventstore.h"
#include "cache/activitystore.h"
#include "cache/cachedatabase.h"
#include "cache/casestore.h"
#include "cache/failureinjection.h"
#include "cache/syncstatestore.h"
#include "core/timestamps.h"
#include "sync/cachenotifier.h"
#include "sync/retrybackoff.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using Server = SyncEngine::Server;
using State = ServerStatus::State;

namespace {

constexpr int syncTimeoutMs = 30000;
constexpr char user[] = "lena.fischer";

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

template<typename Record> QList<qint64> idsOf(const QList<Record> &records)
{
    QList<qint64> ids;
    for (const Record &record : records)
        ids.append(record.id);
    return sorted(ids);
}

// Waits for the next syncFinished of `server` on the spy; the ok flag, or nothing on timeout.
std::optional<bool> waitForSync(QSignalSpy &finished, Server server, int timeoutMs = syncTimeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype seen = 0;
    while (timer.elapsed() < timeoutMs) {
        for (; seen < finished.size(); ++seen) {
            if (finished.at(seen).at(0).value<Server>() == server) {
                const bool ok = finished.at(seen).at(1).toBool();
                finished.removeAt(seen);
                return ok;
            }
        }
        finished.wait(50);
    }
    return std::nullopt;
}

std::optional<bool> syncOnce(SyncEngine &engine, Server server)
{
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    engine.syncNow(server);
    return waitForSync(finished, server);
}

// Whether the status' next retry lies `minSeconds` to `maxSeconds` after the failure, which
// happened between `from` and `to`: robust however slowly the test runs.
bool retriesBetween(const ServerStatus &status, const QDateTime &from, const QDateTime &to,
                    double minSeconds, double maxSeconds)
{
    const QDateTime at = status.nextRetryAt;
    const bool ok = at.isValid() && at >= from.addMSecs(qint64(minSeconds * 1000))
        && at <= to.addMSecs(qint64(maxSeconds * 1000));
    if (!ok)
        qWarning() << "next retry" << at << "failure between" << from << "and" << to;
    return ok;
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void retryBackoff_data();
    void retryBackoff();

    void jtelFirstSyncFillsTheCache();
    void syncNeedsNoThreadOfTheGlobalPool();
    void jtelResyncWithoutChangesWritesNothing();
    void jtelResyncWritesExactlyTheChangedEvents();
    void failedCacheWriteLeavesNothingAndIsRetried();
    void casePullFillsActivitiesAndCases_data();
    void casePullFillsActivitiesAndCases();
    void incrementalCasePullFetchesOnlyChanges_data();
    void incrementalCasePullFetchesOnlyChanges();
    void watchedCaseActivitiesArePulled();
    void replayRunsBeforeEveryPullAndIsAwaited();
    void syncNowDuringASyncRunsOnceMore();
    void pollingRepeatsUntilStopped();
    void unreachableServerIsOfflineWithGrowingBackoff();
    void answeredRequestBringsAnOfflineServerBackAtOnce();
    void refusedTokenNeedsCredentials();
    void serverWithoutClientIsSignedOut();
    void lastSyncAtSurvivesARestart();

private:
    SyncEngine *engine(CaseManagerClient *caseClient, JtelClient *jtelClient,
                       const QString &userName = QString::fromLatin1(user));
    // what the notifier reported for one table since the last clearReports(), ids sorted
    CacheChange reported(CacheChange::Table table) const;
    void clearReports();
    // the ids the triggers saw written (inserted, updated or deleted) in a table
    QList<qint64> written(const QString &table) const;
    void clearWrites();
    QList<QJsonObject> requestsSince(qsizetype mark) const;

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxClients> m_clients;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<CacheDatabase> m_database;
    std::unique_ptr<CacheNotifier> m_notifier;
    std::unique_ptr<SyncEngine> m_engine;
    QList<CacheChange> m_reports;
};

void TestSyncEngine::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    m_clients = std::make_unique<SandboxClients>(*m_sandbox);
}

void TestSyncEngine::init()
{
    QVERIFY(m_sandbox->reset());
    m_directory = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<CacheDatabase>(m_directory->filePath(u"cache.sqlite"_s));
    QCOMPARE(m_database->open(), std::nullopt);
    // every row written to a cache table, whoever wrote it
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"CREATE TABLE test_writes (tbl TEXT, id INTEGER)"_s));
    for (const QString &table : {u"acd_events"_s, u"activities"_s, u"cases"_s}) {
        for (const auto &[event, row] : {std::pair {u"INSERT"_s, u"NEW"_s},
                                         {u"UPDATE"_s, u"NEW"_s},
                                         {u"DELETE"_s, u"OLD"_s}}) {
            QVERIFY(query.exec(
                u"CREATE TRIGGER test_%1_%2 AFTER %2 ON %1 BEGIN "
                "INSERT INTO test_writes VALUES ('%1', %3.id); END"_s.arg(table, event, row)));
        }
    }
    m_notifier = std::make_unique<CacheNotifier>();
    connect(m_notifier.get(), &CacheNotifier::changed, this,
            [this](const CacheChange &change) { m_reports.append(change); });
    m_reports.clear();
}

void TestSyncEngine::cleanup()
{
    FailureInjection::disarm();
    m_engine.reset();
    m_clients->clear();
    m_notifier.reset();
    m_database.reset();
    m_directory.reset();
}

SyncEngine *TestSyncEngine::engine(CaseManagerClient *caseClient, JtelClient *jtelClient,
                                   const QString &userName)
{
    m_engine = std::make_unique<SyncEngine>(caseClient, jtelClient, *m_database, m_notifier.get(),
                                            userName);
    return m_engine.get();
}

CacheChange TestSyncEngine::reported(CacheChange::Table table) const
{
    CacheChange merged;
    merged.table = table;
    for (const CacheChange &change : m_reports) {
        if (change.table != table)
            continue;
        merged.inserted += change.inserted;
        merged.updated += change.updated;
        merged.removed += change.removed;
    }
    merged.inserted = sorted(merged.inserted);
    merged.updated = sorted(merged.updated);
    merged.removed = sorted(merged.removed);
    return merged;
}

void TestSyncEngine::clearReports()
{
    m_reports.clear();
}

QList<qint64> TestSyncEngine::written(const QString &table) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT id FROM test_writes WHERE tbl = :table ORDER BY id"_s);
    query.bindValue(u":table"_s, table);
    QList<qint64> ids;
    if (!query.exec())
        return {-1};
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

void TestSyncEngine::clearWrites()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"DELETE FROM test_writes"_s));
}

QList<QJsonObject> TestSyncEngine::requestsSince(qsizetype mark) const
{
    return m_sandbox->requestLog().mid(mark);
}

void TestSyncEngine::retryBackoff_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("seconds");
    QTest::newRow("first failure: 5 s") << 1 << 5;
    QTest::newRow("second: 10 s") << 2 << 10;
    QTest::newRow("third: 20 s") << 3 << 20;
    QTest::newRow("sixth: 160 s") << 6 << 160;
    QTest::newRow("seventh: capped at 5 min") << 7 << 300;
    QTest::newRow("fiftieth: still 5 min") << 50 << 300;
}

// ±20 % around each step, so that many desktops do not retry in the same second
void TestSyncEngine::retryBackoff()
{
    QFETCH(int, failures);
    QFETCH(int, seconds);
    using std::chrono::milliseconds;
    QCOMPARE(RetryBackoff::delay(failures, 0.5), milliseconds(seconds * 1000));
    QCOMPARE(RetryBackoff::delay(failures, 0.0), milliseconds(seconds * 800));
    QVERIFY(RetryBackoff::delay(failures, 0.999999) < milliseconds(seconds * 1200));
    QVERIFY(RetryBackoff::delay(failures, 0.999999) > milliseconds(seconds * 1199));
}

void TestSyncEngine::jtelFirstSyncFillsTheCache()
{
    JtelClient *jtel = m_clients->jtelClient();
    SyncEngine *sync = engine(nullptr, jtel);
    QCOMPARE(sync->status(Server::Jtel).state, State::Connecting);
    QSignalSpy states(sync, &SyncEngine::statusChanged);

    QCOMPARE(syncOnce(*sync, Server::Jtel), true);
    const auto listed = await<QList<AcdEvent>>([&](const auto &done) { jtel->listEvents(done); });
    QVERIFY(listed.ok());
    QCOMPARE(listed.value.size(), 302);
    const QList<qint64> all = idsOf(listed.value);

    const CacheChange change = reported(CacheChange::Table::AcdEvents);
    QCOMPARE(change.inserted, all);
    QVERIFY(change.updated.isEmpty());
    QVERIFY(change.removed.isEmpty());
    QCOMPARE(written(u"acd_events"_s), all);
    AcdEventStore store(*m_database);
    QCOMPARE(store.count().value, 302);
    // the server's records, complete
    QList<AcdEvent> expected = listed.value;
    std::sort(expected.begin(), expected.end(),
              [](const AcdEvent &a, const AcdEvent &b) { return a.id < b.id; });
    QCOMPARE(store.byIds(all).value, expected);

    const ServerStatus status = sync->status(Server::Jtel);
    QCOMPARE(status.state, State::Online);
    QVERIFY(status.lastSyncAt.isValid());
    QVERIFY(status.lastError.isEmpty());
    QVERIFY(!status.nextRetryAt.isValid());
    QCOMPARE(states.last().at(1).value<ServerStatus>(), status);
    QCOMPARE(sync->status(Server::Case).state, State::SignedOut);
}

// Decoding the list and writing it run on AgentDesk's own threads (BackgroundPool): Qt's raster
// paint engine draws with the global pool and waits for it on the GUI thread, so a sync there
// stalled painting. With every global thread busy, a sync still completes.
void TestSyncEngine::syncNeedsNoThreadOfTheGlobalPool()
{
    QThreadPool *global = QThreadPool::globalInstance();
    const int threads = global->maxThreadCount();
    QSemaphore release;
    for (int i = 0; i < threads; ++i)
        global->start([&release] { release.acquire(); });
    const auto unblock = qScopeGuard([&] {
        release.release(threads);
        global->waitForDone();
    });
    QTRY_COMPARE(global->activeThreadCount(), threads);

    SyncEngine *sync = engine(nullptr, m_clients->jtelClient());
    QCOMPARE(syncOnce(*sync, Server::Jtel), true);
    QCOMPARE(AcdEventStore(*m_database).count().value, 302);
}

void TestSyncEngine::jtelResyncWithoutChangesWritesNothing()
{
    SyncEngine *sync = engine(nullptr, m_clients->jtelClient());
    QCOMPARE(syncOnce(*sync, Server::Jtel), true);
    const QDateTime firstSync = sync->status(Server::Jtel).lastSyncAt;
    clearReports();
    clearWrites();

    QCOMPARE(syncOnce(*sync, Server::Jtel), true);
    QVERIFY(reported(CacheChange::Table::AcdEvents).isEmpty());
    QVERIFY(m_reports.isEmpty());
    QCOMPARE(written(u"acd_events"_s), QList<qint64> {});
    QVERIFY(sync->status(Server::Jtel).lastSyncAt > firstSync);
}

void TestSyncEngine::jtelResyncWritesExactlyTheChangedEvents()
{
    JtelClient *jtel = m_clients->jtelClient();
    SyncEngine *sync = engine(nullptr, jtel);
    QCOMPARE(syncOnce(*sync, Server::Jtel), true);

    // on the server: one new event, and 88001 updated by a duplicate (group 512 de-duplicates)
    CallbackDraft draft;
    draft.groupId = 513;
    draft.sender = u"4922199900077"_s;
    draft.receiver = u"4930120000"_s;
    draft.subject = u"Callback wanted: sync test"_s;
    const auto created
        = await<CallbackOutcome>([&](const auto &done) { jtel->createEvent(draft, done); });
    QVERIFY(created.ok());
    QVERIFY(!created.value.updatedExisting);
    draft.groupId = 512;
    draft.sender = u"4922199900011"_s;
    const auto duplicate
        = await<CallbackOutcome>([&](const auto &done) { jtel->createEvent(draft, done); });
    QVERIFY(duplicate.ok());
    QVERIFY(duplicate.value.updatedExisting);
    QCOMPARE(duplicate.value.eventId, 88001);

    // in the cache: 88002 stale (the status it had before someone worked it), and an event the
    // server no longer lists
    AcdEventStore store(*m_database);
    AcdEvent stale = store.byIds({88002}).value.value(0);
    QCOMPARE(stale.statusId, 20);
    stale.statusId = 1;
    stale.json.replace("\"AcdEventStatusID\":20", "\"AcdEventStatusID\":1");
    AcdEvent gone;
    gone.id = 99999;
    gone.json = "{\"ID\":99999}";
    QVERIFY(store.applyChanges({gone}, {stale}, {}).ok());
    clearReports();
    clearWrites();

    QCOMPARE(syncOnce(*sync, Server::Jtel), true);
    const CacheChange change = reported(CacheChange::Table::AcdEvents);
    QCOMPARE(change.inserted, QList<qint64> {created.value.eventId});
    QCOMPARE(change.updated, (QList<qint64> {88001, 88002}));
    QCOMPARE(change.removed, QList<qint64> {99999});
    QCOMPARE(written(u"acd_events"_s), sorted({88001, 88002, 99999, created.value.eventId}));

    QCOMPARE(store.count().value, serverEventCount(*m_sandbox));
    QCOMPARE(store.byIds({88002}).value.value(0).statusId, 20);
    QVERIFY(store.byIds({88001}).value.value(0).json.contains("<comment>"));
    QCOMPARE(store.byIds({created.value.eventId}).value.value(0).subject, draft.subject);
    QVERIFY(store.byIds({99999}).value.isEmpty());
}

// A write that fails half-way is rolled back: no row, no report, and the sync is retried.
void TestSyncEngine::failedCacheWriteLeavesNothingAndIsRetried()
{
    SyncEngine *sync = engine(nullptr, m_clients->jtelClient());
    QSignalSpy finished(sync, &SyncEngine::syncFinished);
    FailureInjection::failNth(100); // the 100th statement: amid the inserts
    const QDateTime started = now();
    sync->start();
    QCOMPARE(waitForSync(finished, Server::Jtel), false);
    const QDateTime failedAt = now();
    QVERIFY(FailureInjection::fired());
    QVERIFY(m_reports.isEmpty());
    QCOMPARE(AcdEventStore(*m_database).count().value, 0);
    const ServerStatus failed = sync->status(Server::Jtel);
    QCOMPARE(failed.state, State::Online); // the server answered
    QVERIFY2(failed.lastError.contains(u"cache"_s), qPrintable(failed.lastError));
    QVERIFY(retriesBetween(failed, started, failedAt, 4.0, 6.0));

    QCOMPARE(waitForSync(finished, Server::Jtel, 10000), true); // the retry
    QCOMPARE(AcdEventStore(*m_database).count().value, 302);
    QCOMPARE(reported(CacheChange::Table::AcdEvents).inserted.size(), 302);
    QVERIFY(sync->status(Server::Jtel).lastError.isEmpty());
}

void TestSyncEngine::casePullFillsActivitiesAndCases_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("eGain v3") << u"v3"_s;
    QTest::newRow("ECE v12") << u"v12"_s;
}

void TestSyncEngine::casePullFillsActivitiesAndCases()
{
    QFETCH(QString, dialect);
    CaseManagerClient *api = m_clients->caseClient(dialect, QString::fromLatin1(user));
    SyncEngine *sync = engine(api, nullptr);
    QCOMPARE(sync->status(Server::Jtel).state, State::SignedOut);
    const qsizetype mark = m_sandbox->requestLog().size();

    QCOMPARE(syncOnce(*sync, Server::Case), true);
    ActivityQuery mine;
    mine.assignedUserName = QString::fromLatin1(user);
    const auto expected
        = await<QList<Activity>>([&](const auto &done) { api->searchActivities(mine, done); });
    QVERIFY(expected.ok());
    QVERIFY(expected.value.size() > 5);
    QList<qint64> caseIds;
    for (const Activity &activity : expected.value)
        caseIds.append(activity.caseId);
    caseIds = sorted(caseIds);
    caseIds.erase(std::unique(caseIds.begin(), caseIds.end()), caseIds.end());

    const CacheChange activities = reported(CacheChange::Table::Activities);
    QCOMPARE(activities.inserted, idsOf(expected.value));
    QVERIFY(activities.updated.isEmpty());
    QCOMPARE(written(u"activities"_s), idsOf(expected.value));
    QCOMPARE(ActivityStore(*m_database).count().value, expected.value.size());
    const auto cachedActivity = ActivityStore(*m_database).byIds({81008}).value.value(0);
    QCOMPARE(cachedActivity.caseId, 70004);
    QCOMPARE(cachedActivity.assignedUserId, 1001);

    const CacheChange cases = reported(CacheChange::Table::Cases);
    QCOMPARE(cases.inserted, caseIds);
    QVERIFY(cases.updated.isEmpty());
    QCOMPARE(idsOf(CaseStore(*m_database).byIds(caseIds).value), caseIds);
    QCOMPARE(CaseStore(*m_database).byIds({70004}).value.value(0).status, u"open"_s);

    // the first pull is a full one
    bool searched = false;
    for (const QJsonObject &request : requestsSince(mark)) {
        const QString query = request.value(u"query"_s).toString();
        if (query.contains(u"assignedUserName"_s)) {
            searched = true;
            QVERIFY2(!query.contains(u"lastModifiedDate"_s), qPrintable(query));
        }
    }
    QVERIFY(searched);
    QCOMPARE(sync->status(Server::Case).state, State::Online);
    QCOMPARE(SyncStateStore(*m_database).get(u"case"_s, u"lastModifiedUser"_s).value,
             QString::fromLatin1(user));
}

void TestSyncEngine::incrementalCasePullFetchesOnlyChanges_data()
{
    casePullFillsActivitiesAndCases_data();
}

void TestSyncEngine::incrementalCasePullFetchesOnlyChanges()
{
    QFETCH(QString, dialect);
    CaseManagerClient *api = m_clients->caseClient(dialect, QString::fromLatin1(user));
    SyncEngine *sync = engine(api, nullptr);
    QCOMPARE(syncOnce(*sync, Server::Case), true);
    qint64 newest = 0;
    for (const Activity &activity : ActivityStore(*m_database).page(100000).value)
        newest = std::max(newest, activity.lastModifiedMs);
    QCOMPARE(SyncStateStore(*m_database).get(u"case"_s, u"lastModifiedMs"_s).value,
             QString::number(newest));

    // nothing changed: a search from the high-water mark (less the overlap), nothing written
    clearReports();
    clearWrites();
    qsizetype mark = m_sandbox->requestLog().size();
    QCOMPARE(syncOnce(*sync, Server::Case), true);
    QVERIFY(m_reports.isEmpty());
    QCOMPARE(written(u"activities"_s), QList<qint64> {});
    QCOMPARE(written(u"cases"_s), QList<qint64> {});
    const QString range
        = u"lastModifiedDate=[%1,]"_s.arg(Timestamps::formatUtc(newest - 5 * 60'000));
    int searches = 0;
    for (const QJsonObject &request : requestsSince(mark)) {
        const QString query = request.value(u"query"_s).toString();
        QVERIFY2(!request.value(u"path"_s).toString().contains(u"/case/"_s), "no case was fetched");
        if (query.contains(u"assignedUserName"_s)) {
            ++searches;
            QVERIFY2(query.contains(range), qPrintable(query));
        }
    }
    QVERIFY(searches >= 1);

    // a new calltrack for the user (in a new case), and 81008 moved to a new case, which
    // leaves 70004 without an open activity: closed
    CalltrackDraft call;
    call.department = u"Service"_s;
    call.subtype = u"general"_s;
    call.subject = u"Sync test call"_s;
    call.customerKey = u"5001"_s;
    const auto created = await<qint64>([&](const auto &done) { api->createCalltrack(call, done); });
    QVERIFY2(created.ok(), created.error ? qPrintable(created.error->message()) : "");
    ChangeCaseRequest move;
    move.activityIds = {81008};
    const auto moved
        = await<ChangeCaseOutcome>([&](const auto &done) { api->changeCase(move, done); });
    QVERIFY2(moved.ok(), moved.error ? qPrintable(moved.error->message()) : "");
    const auto createdActivity = await<QList<Activity>>(
        [&](const auto &done) { api->activitiesByIds({created.value}, done); });
    QVERIFY(createdActivity.ok());
    const qint64 createdCase = createdActivity.value.value(0).caseId;
    clearReports();
    clearWrites();

    QCOMPARE(syncOnce(*sync, Server::Case), true);
    const CacheChange activities = reported(CacheChange::Table::Activities);
    QCOMPARE(activities.inserted, QList<qint64> {created.value});
    QCOMPARE(activities.updated, QList<qint64> {81008});
    QCOMPARE(written(u"activities"_s), sorted({81008, created.value}));
    const CacheChange cases = reported(CacheChange::Table::Cases);
    QCOMPARE(cases.inserted, sorted({createdCase, moved.value.caseId}));
    QCOMPARE(cases.updated, QList<qint64> {70004});
    QCOMPARE(written(u"cases"_s), sorted({70004, createdCase, moved.value.caseId}));
    QCOMPARE(ActivityStore(*m_database).byIds({81008}).value.value(0).caseId, moved.value.caseId);
    QCOMPARE(CaseStore(*m_database).byIds({70004}).value.value(0).status, u"closed"_s);
}

void TestSyncEngine::watchedCaseActivitiesArePulled()
{
    SyncEngine *sync = engine(m_clients->caseClient(u"v12"_s, QString::fromLatin1(user)), nullptr);
    QCOMPARE(syncOnce(*sync, Server::Case), true);
    QCOMPARE(ActivityStore(*m_database).count(70008).value, 0); // none of them is the user's
    clearReports();

    QSignalSpy finished(sync, &SyncEngine::syncFinished);
    const qsizetype mark = m_sandbox->requestLog().size();
    sync->watchCase(70008); // pulls at once
    QCOMPARE(waitForSync(finished, Server::Case), true);
    QList<qint64> expected;
    for (qint64 id = 81101; id <= 81180; ++id)
        expected.append(id);
    QCOMPARE(ActivityStore(*m_database).count(70008).value, 80);
    QCOMPARE(reported(CacheChange::Table::Activities).inserted, expected);
    QCOMPARE(reported(CacheChange::Table::Cases).inserted, QList<qint64> {70008});
    bool searchedTheCase = false;
    for (const QJsonObject &request : requestsSince(mark))
        searchedTheCase |= request.value(u"query"_s).toString().contains(u"case=70008"_s);
    QVERIFY(searchedTheCase);

    // unwatched: its activities are no longer searched
    sync->unwatchCase(70008);
    const qsizetype after = m_sandbox->requestLog().size();
    QCOMPARE(syncOnce(*sync, Server::Case), true);
    for (const QJsonObject &request : requestsSince(after))
        QVERIFY(!request.value(u"query"_s).toString().contains(u"case=70008"_s));
}

void TestSyncEngine::replayRunsBeforeEveryPullAndIsAwaited()
{
    SyncEngine *sync = engine(nullptr, m_clients->jtelClient());
    QList<Server> replayed;
    std::function<void()> release;
    sync->setReplay([&](Server server, std::function<void()> done) {
        replayed.append(server);
        release = std::move(done);
    });
    QSignalSpy finished(sync, &SyncEngine::syncFinished);
    const qsizetype mark = m_sandbox->requestLog().size();

    sync->syncNow(Server::Jtel);
    QCOMPARE(replayed, QList<Server> {Server::Jtel});
    QVERIFY(sync->isSyncing(Server::Jtel));
    // the pull waits for the replay to end
    QTest::qWait(300);
    QVERIFY(requestsSince(mark).isEmpty());
    QVERIFY(finished.isEmpty());

    release();
    release(); // a second call does nothing
    QCOMPARE(waitForSync(finished, Server::Jtel), true);
    QCOMPARE(requestsSince(mark).size(), 1);
    QCOMPARE(AcdEventStore(*m_database).count().value, 302);

    // and again before the next pull
    sync->syncNow(Server::Jtel);
    QCOMPARE(replayed.size(), 2);
    release();
    QCOMPARE(waitForSync(finished, Server::Jtel), true);
    QCOMPARE(requestsSince(mark).size(), 2);
}

void TestSyncEngine::syncNowDuringASyncRunsOnceMore()
{
    SyncEngine *sync = engine(nullptr, m_clients->jtelClient());
    int replays = 0;
    std::function<void()> release;
    sync->setReplay([&](Server, std::function<void()> done) {
        ++replays;
        release = std::move(done);
    });
    QSignalSpy finished(sync, &SyncEngine::syncFinished);
    const qsizetype mark = m_sandbox->requestLog().size();

    sync->syncNow(Server::Jtel);
    sync->syncNow(Server::Jtel);
    sync->syncNow();
    sync->syncNow(Server::Jtel);
    QCOMPARE(replays, 1); // never two runs side by side
    release();
    QCOMPARE(waitForSync(finished, Server::Jtel), true);
    QTRY_COMPARE(replays, 2); // exactly one more
    release();
    QCOMPARE(waitForSync(finished, Server::Jtel), true);
    QTest::qWait(300);
    QCOMPARE(replays, 2);
    QCOMPARE(requestsSince(mark).size(), 2);
    QVERIFY(!sync->isSyncing(Server::Jtel));
}

void TestSyncEngine::pollingRepeatsUntilStopped()
{
    SyncEngine *sync = engine(nullptr, m_clients->jtelClient());
    sync->setPollInterval(std::chrono::milliseconds(200));
    QSignalSpy finished(sync, &SyncEngine::syncFinished);
    QElapsedTimer clock;
    clock.start();
    sync->start();
    QVERIFY(sync->isStarted());
    QList<qint64> finishedAt;
    while (finishedAt.size() < 4) {
        const auto ok = waitForSync(finished, Server::Jtel, 10000);
        QCOMPARE(ok, true);
        finishedAt.append(clock.elapsed());
    }
    // the polls are spread, never closer than 80 % of the interval
    for (qsizetype i = 1; i < finishedAt.size(); ++i)
        QVERIFY2(finishedAt.at(i) - finishedAt.at(i - 1) >= 160,
                 qPrintable(u"%1 ms between polls"_s.arg(finishedAt.at(i) - finishedAt.at(i - 1))));
    QCOMPARE(AcdEventStore(*m_database).count().value, 302);

    sync->stop();
    QVERIFY(!sync->isStarted());
    if (sync->isSyncing(Server::Jtel))
        QCOMPARE(waitForSync(finished, Server::Jtel), true);
    finished.clear();
    QTest::qWait(700);
    QVERIFY(finished.isEmpty());
    QVERIFY(!sync->status(Server::Jtel).nextRetryAt.isValid());
}

void TestSyncEngine::unreachableServerIsOfflineWithGrowingBackoff()
{
    // a sandbox of its own, stopped and started again on its port; one attempt per request,
    // so the back-off seen is the engine's alone
    auto sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(sandbox->isRunning(), qPrintable(sandbox->errorString()));
    const quint16 port = sandbox->port();
    TransportSettings settings;
    settings.baseUrl = sandbox->url(u"/rest/v1.0/1234"_s);
    settings.maxAttempts = 1;
    ApiTransport transport(m_clients->network(), settings);
    transport.setAuthenticator(
        new StaticTokenAuthenticator(u"sandbox-jtel-token"_s, transport.host(), &transport));
    JtelClient jtel(&transport);
    SyncEngine *sync = engine(nullptr, &jtel);
    const auto engineFirst = qScopeGuard([this] { m_engine.reset(); }); // before its client
    QSignalSpy finished(sync, &SyncEngine::syncFinished);
    sync->start();
    QCOMPARE(waitForSync(finished, Server::Jtel), true);
    QCOMPARE(sync->status(Server::Jtel).state, State::Online);
    const QDateTime lastSync = sync->status(Server::Jtel).lastSyncAt;

    sandbox.reset();
    const QDateTime stopped = now();
    sync->syncNow(Server::Jtel);
    QCOMPARE(waitForSync(finished, Server::Jtel), false);
    const ServerStatus first = sync->status(Server::Jtel);
    QCOMPARE(first.state, State::Offline);
    QVERIFY(!first.lastError.isEmpty());
    QCOMPARE(first.lastSyncAt, lastSync); // the last good one
    QVERIFY(first.nextRetryAt > now());
    QVERIFY(retriesBetween(first, stopped, now(), 4.0, 6.0));

    // the engine retries by itself, and waits longer after a second failure
    QCOMPARE(waitForSync(finished, Server::Jtel, 12000), false);
    const ServerStatus second = sync->status(Server::Jtel);
    QCOMPARE(second.state, State::Offline);
    QVERIFY(retriesBetween(second, first.nextRetryAt, now(), 8.0, 12.0));
    QVERIFY(first.nextRetryAt.msecsTo(second.nextRetryAt) > stopped.msecsTo(first.nextRetryAt));

    sandbox = std::make_unique<SandboxProcess>(QStringList {u"--port"_s, QString::number(port)});
    QVERIFY2(sandbox->isRunning(), qPrintable(sandbox->errorString()));
    QCOMPARE(sandbox->port(), port);
    sync->syncNow(Server::Jtel);
    QCOMPARE(waitForSync(finished, Server::Jtel), true);
    const ServerStatus back = sync->status(Server::Jtel);
    QCOMPARE(back.state, State::Online);
    QVERIFY(back.lastError.isEmpty());
    QVERIFY(back.lastSyncAt > lastSync);
    QVERIFY(!back.nextRetryAt.isValid());
}

// The outbox dispatcher's request was applied while the engine waited out its back-off: the
// server is online at once, and the waiting retry starts now instead of seconds later.
void TestSyncEngine::answeredRequestBringsAnOfflineServerBackAtOnce()
{
    auto sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(sandbox->isRunning(), qPrintable(sandbox->errorString()));
    const quint16 port = sandbox->port();
    TransportSettings settings;
    settings.baseUrl = sandbox->url(u"/rest/v1.0/1234"_s);
    settings.maxAttempts = 1;
    ApiTransport transport(m_clients->network(), settings);
    transport.setAuthenticator(
        new StaticTokenAuthenticator(u"sandbox-jtel-token"_s, transport.host(), &transport));
    JtelClient jtel(&transport);
    SyncEngine *sync = engine(nullptr, &jtel);
    const auto engineFirst = qScopeGuard([this] { m_engine.reset(); }); // before its client
    QSignalSpy finished(sync, &SyncEngine::syncFinished);
    sandbox.reset();
    sync->start();
    QCOMPARE(waitForSync(finished, Server::Jtel), false);
    const ServerStatus offline = sync->status(Server::Jtel);
    QCOMPARE(offline.state, State::Offline);
    QVERIFY(offline.nextRetryAt.isValid());

    sandbox = std::make_unique<SandboxProcess>(QStringList {u"--port"_s, QString::number(port)});
    QVERIFY2(sandbox->isRunning(), qPrintable(sandbox->errorString()));
    QSignalSpy started(sync, &SyncEngine::syncStarted);
    sync->serverAnswered(Server::Jtel);
    const ServerStatus online = sync->status(Server::Jtel);
    QCOMPARE(online.state, State::Online);
    QVERIFY(!online.nextRetryAt.isValid());
    QVERIFY(online.lastError.isEmpty());
    QVERIFY(started.wait());
    QVERIFY(now() < offline.nextRetryAt); // not the back-off's retry
    QCOMPARE(waitForSync(finished, Server::Jtel), true);
    QCOMPARE(AcdEventStore(*m_database).count().value, 302);
}

void TestSyncEngine::refusedTokenNeedsCredentials()
{
    SyncEngine *sync = engine(nullptr, m_clients->jtelClient(u"not-the-token"_s));
    sync->setPollInterval(std::chrono::milliseconds(100));
    QSignalSpy finished(sync, &SyncEngine::syncFinished);
    const qsizetype mark = m_sandbox->requestLog().size();
    sync->start();
    QCOMPARE(waitForSync(finished, Server::Jtel), false);
    const ServerStatus status = sync->status(Server::Jtel);
    QCOMPARE(status.state, State::NeedsCredentials);
    QVERIFY(!status.lastError.isEmpty());
    QVERIFY(!status.nextRetryAt.isValid());
    QVERIFY(!status.lastSyncAt.isValid());
    // no retry on its own: refused credentials sent again and again can lock an account
    QTest::qWait(500);
    QVERIFY(finished.isEmpty());
    QCOMPARE(requestsSince(mark).size(), 1);
    QCOMPARE(requestsSince(mark).at(0).value(u"status"_s).toInt(), 401);
    QCOMPARE(AcdEventStore(*m_database).count().value, 0);
}

void TestSyncEngine::serverWithoutClientIsSignedOut()
{
    SyncEngine *sync = engine(nullptr, nullptr);
    QCOMPARE(sync->status(Server::Case).state, State::SignedOut);
    QCOMPARE(sync->status(Server::Jtel).state, State::SignedOut);
    QSignalSpy finished(sync, &SyncEngine::syncFinished);
    sync->start();
    sync->syncNow(Server::Jtel);
    QCOMPARE(waitForSync(finished, Server::Jtel, 1000), false);
    QCOMPARE(sync->status(Server::Jtel).state, State::SignedOut);
}

void TestSyncEngine::lastSyncAtSurvivesARestart()
{
    JtelClient *jtel = m_clients->jtelClient();
    QCOMPARE(syncOnce(*engine(nullptr, jtel), Server::Jtel), true);
    const QDateTime lastSync = m_engine->status(Server::Jtel).lastSyncAt;
    QVERIFY(lastSync.isValid());

    SyncEngine *restarted = engine(nullptr, jtel);
    QCOMPARE(restarted->status(Server::Jtel).lastSyncAt, lastSync);
    QCOMPARE(restarted->status(Server::Jtel).state, State::Connecting);
    QVERIFY(!restarted->status(Server::Case).lastSyncAt.isValid());
}

QTEST_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
