#include "cache/acdeventstore.h"
#include "cache/activitystore.h"
#include "cache/cachedatabase.h"
#include "cache/casestore.h"
#include "cache/failureinjection.h"
#include "cache/sqlitestatement.h"
#include "cache/syncstatestore.h"
#include "cache/teamloadstore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <future>

using namespace Qt::StringLiterals;

namespace {

Activity activity(qint64 id, qint64 caseId, qint64 lastModifiedMs)
{
    Activity a;
    a.id = id;
    a.caseId = caseId;
    a.departmentId = 999;
    a.departmentName = u"Service"_s;
    a.type = u"email"_s;
    a.typeDisplay = u"E-Mail"_s;
    a.subtype = u"general"_s;
    a.subtypeDisplay = u"Allgemein"_s;
    a.mode = u"inbound"_s;
    a.modeDisplay = u"Eingehend"_s;
    a.status = u"assigned"_s;
    a.statusDisplay = u"Zugewiesen"_s;
    a.substatus = u"new"_s;
    a.assignedUserId = 7;
    a.assignedUserName = u"lena.fischer"_s;
    a.subject = u"Rückfrage %1"_s.arg(id);
    a.customerId = 1001;
    a.customerName = u"Müller GmbH"_s;
    a.priority = u"3"_s;
    a.createdMs = lastModifiedMs - 1000;
    a.lastModifiedMs = lastModifiedMs;
    a.dueDateMs = lastModifiedMs + 86400000;
    a.queueId = 12;
    a.queueName = u"Billing"_s;
    a.contactPointData = u"4922199900011"_s;
    a.contentText = u"Text"_s;
    a.contentHtml = u"<p>Text</p>"_s;
    a.customAttributes = {{u"contract"_s, u"K-%1"_s.arg(id)}, {u"region"_s, u"süd"_s}};
    a.json = "{\"id\":\"" + QByteArray::number(id) + "\",\"notModelled\":{\"a\":[1,2]}}";
    return a;
}

QStringList fields(const Activity &a)
{
    QStringList f {QString::number(a.id),
                   QString::number(a.caseId),
                   QString::number(a.departmentId),
                   a.departmentName,
                   a.type,
                   a.typeDisplay,
                   a.subtype,
                   a.subtypeDisplay,
                   a.mode,
                   a.modeDisplay,
                   a.status,
                   a.statusDisplay,
                   a.substatus,
                   QString::number(a.assignedUserId),
                   a.assignedUserName,
                   a.subject,
                   QString::number(a.customerId),
                   a.customerName,
                   a.priority,
                   QString::number(a.createdMs),
                   QString::number(a.lastModifiedMs),
                   QString::number(a.dueDateMs),
                   QString::number(a.queueId),
                   a.queueName,
                   a.contactPointData,
                   a.contentText,
                   a.contentHtml,
                   QString::fromUtf8(a.json)};
    for (auto it = a.customAttributes.cbegin(); it != a.customAttributes.cend(); ++it)
        f.append(it.key() + u'=' + it.value());
    return f;
}

AcdEvent acdEvent(qint64 id, qint64 createdMs, const char *modified = "2024-05-24 10:00:00")
{
    AcdEvent e;
    e.id = id;
    e.typeId = 3;
    e.statusId = 1;
    e.groupId = 12;
    e.sender = u"4922199900011"_s;
    e.receiver = u"4922199900000"_s;
    e.subject = u"Callback %1"_s.arg(id);
    e.createdMsecs = createdMs;
    e.priority = 50;
    // plain literals: raw strings ahead of the test class confuse moc (6.4)
    e.json = "{\"ID\":" + QByteArray::number(id) + ",\"dtModified\":\"" + modified
        + "\",\"dtAppointment\":\"2024-05-25 09:30:00\",\"CrmURL\":\"https://crm.example.com/"
        + QByteArray::number(id) + "\",\"AcdAgentGroupsID\":null}";
    return e;
}

QStringList dump(const QSqlDatabase &db, const QString &table)
{
    QStringList rows;
    QSqlQuery query(db);
    query.exec(u"SELECT * FROM %1 ORDER BY rowid"_s.arg(table));
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i).isNull() ? u"NULL"_s : query.value(i).toString());
        rows.append(values.join(u'|'));
    }
    return rows;
}

int countCommit(void *commits)
{
    ++*static_cast<int *>(commits);
    return 0; // 0: let the commit go ahead
}

} // namespace

// The cache repositories: what goes in comes out, batches are all or nothing, the GUI pages.
class TestCacheRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void activitiesRoundTripEveryField();
    void upsertReplacesAndKeepsOthers();
    void byIdsReturnsWhatExists();
    void pagesACaseNewestFirstWithoutGapsOrRepeats();
    void pagesAllActivities();
    void casePageUsesTheIndexWithoutSorting();
    void countsActivities();
    void batchOf10kIsOneTransaction();
    void teamLoadFollowsEveryWrite();
    void activityFailTheIthStatement();
    void casesRoundTrip();
    void acdEventsApplyChanges();
    void acdEventsKeepOptionalsAndDocumentedFields();
    void acdEventsPageInQueueOrder();
    void acdEventFailTheIthStatement();
    void acdEventsLoadedInBulkKeepIndexesCountsAndSettings();
    void acdEventsBulkLoadFailingHalfwayLeavesTheSchemaAsItWas();
    void syncStateGetAndSet();
    void storesWorkFromAnotherThread();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_database;
};

void TestCacheRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<CacheDatabase>(m_dir->filePath(u"cache.sqlite"_s));
    QCOMPARE(m_database->open(), std::nullopt);
}

void TestCacheRepositories::cleanup()
{
    FailureInjection::disarm();
    m_database.reset();
    m_dir.reset();
}

void TestCacheRepositories::activitiesRoundTripEveryField()
{
    ActivityStore store(*m_database);
    const Activity original = activity(42, 5001, 1717000000000);
    QCOMPARE(store.upsert({original}), std::nullopt);
    const auto read = store.byIds({42});
    QVERIFY(read.ok());
    QCOMPARE(read.value.size(), 1);
    QCOMPARE(fields(read.value.at(0)), fields(original));
    QCOMPARE(read.value.at(0).customAttributes, original.customAttributes);

    // an activity with nothing set reads back as nothing set
    Activity bare;
    bare.id = 43;
    QCOMPARE(store.upsert({bare}), std::nullopt);
    QCOMPARE(fields(store.byIds({43}).value.at(0)), fields(bare));
}

void TestCacheRepositories::upsertReplacesAndKeepsOthers()
{
    ActivityStore store(*m_database);
    QCOMPARE(store.upsert({activity(1, 10, 100), activity(2, 10, 200)}), std::nullopt);
    Activity changed = activity(1, 11, 300);
    changed.status = u"completed"_s;
    changed.customAttributes.clear();
    changed.json = R"({"id":"1","v":2})";
    QCOMPARE(store.upsert({changed}), std::nullopt);
    const auto read = store.byIds({1, 2});
    QCOMPARE(read.value.size(), 2);
    QCOMPARE(fields(read.value.at(0)), fields(changed));
    QVERIFY(read.value.at(0).customAttributes.isEmpty());
    QCOMPARE(read.value.at(1).lastModifiedMs, 200);
}

void TestCacheRepositories::byIdsReturnsWhatExists()
{
    ActivityStore store(*m_database);
    QCOMPARE(store.upsert({activity(1, 10, 100), activity(2, 10, 200), activity(3, 10, 300)}),
             std::nullopt);
    const auto read = store.byIds({3, 99, 1});
    QVERIFY(read.ok());
    QCOMPARE(read.value.size(), 2);
    QCOMPARE(read.value.at(0).id, 1);
    QCOMPARE(read.value.at(1).id, 3);
    QVERIFY(store.byIds({}).value.isEmpty());
}

void TestCacheRepositories::pagesACaseNewestFirstWithoutGapsOrRepeats()
{
    ActivityStore store(*m_database);
    QList<Activity> batch;
    for (int i = 0; i < 95; ++i) // equal timestamps in threes: the id breaks the tie
        batch.append(activity(1000 + i, i % 2 ? 7 : 8, 1000000 + (i / 3) * 10));
    QCOMPARE(store.upsert(batch), std::nullopt);

    QList<qint64> seen;
    std::optional<PageKey> after;
    for (;;) {
        const auto page = store.pageByCase(7, 10, after);
        QVERIFY(page.ok());
        if (page.value.isEmpty())
            break;
        QVERIFY(page.value.size() <= 10);
        for (const Activity &a : page.value) {
            QCOMPARE(a.caseId, 7);
            seen.append(a.id);
        }
        after = ActivityStore::keyAfter(page.value.last());
    }
    QCOMPARE(seen.size(), 47);
    QList<qint64> expected;
    for (const Activity &a : std::as_const(batch)) {
        if (a.caseId == 7)
            expected.append(a.id);
    }
    // newest first, ties by id descending — which for this data is simply descending ids
    std::sort(expected.begin(), expected.end(), std::greater<>());
    QCOMPARE(seen, expected);
}

void TestCacheRepositories::pagesAllActivities()
{
    ActivityStore store(*m_database);
    QCOMPARE(store.upsert({activity(1, 10, 300), activity(2, 11, 100), activity(3, 12, 200)}),
             std::nullopt);
    const auto first = store.page(2);
    QCOMPARE(first.value.size(), 2);
    QCOMPARE(first.value.at(0).id, 1);
    QCOMPARE(first.value.at(1).id, 3);
    const auto second = store.page(2, ActivityStore::keyAfter(first.value.last()));
    QCOMPARE(second.value.size(), 1);
    QCOMPARE(second.value.at(0).id, 2);
}

// Schema step 2's index: a page of one case reads in index order, no temporary sort.
void TestCacheRepositories::casePageUsesTheIndexWithoutSorting()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"EXPLAIN QUERY PLAN SELECT id FROM activities WHERE case_id = 7 "
                       "AND (last_modified_ms, id) < (5, 5) "
                       "ORDER BY last_modified_ms DESC, id DESC LIMIT 10"_s));
    QStringList plan;
    while (query.next())
        plan.append(query.value(3).toString());
    const QString text = plan.join(u"; ");
    QVERIFY2(text.contains(u"activities_case_page"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"TEMP B-TREE"_s), qPrintable(text));
}

void TestCacheRepositories::countsActivities()
{
    ActivityStore store(*m_database);
    QCOMPARE(store.count().value, 0);
    QCOMPARE(store.upsert({activity(1, 10, 1), activity(2, 10, 2), activity(3, 11, 3)}),
             std::nullopt);
    QCOMPARE(store.count().value, 3);
    QCOMPARE(store.count(10).value, 2);
    QCOMPARE(store.count(12).value, 0);
}

void TestCacheRepositories::batchOf10kIsOneTransaction()
{
    QList<Activity> batch;
    batch.reserve(10000);
    for (int i = 0; i < 10000; ++i)
        batch.append(activity(i + 1, i % 100, 1700000000000 + i));

    const QSqlDatabase db = m_database->connection();
    sqlite3 *handle = SqliteStatement::handle(db);
    QVERIFY2(handle, "the Qt SQLite driver hands out its sqlite3 handle");
    int commits = 0;
    sqlite3_commit_hook(handle, countCommit, &commits);
    const int changesBefore = sqlite3_total_changes(handle);

    QCOMPARE(ActivityStore(*m_database).upsert(batch), std::nullopt);
    sqlite3_commit_hook(handle, nullptr, nullptr);

    QCOMPARE(commits, 1);
    // each row once, once the count of this writer's rows that lets other processes see the
    // write (CacheDatabase::writesByOthers), and once each the Team counts of its agent, its
    // queue and its department (TeamLoadStore)
    QCOMPARE(sqlite3_total_changes(handle) - changesBefore, 5 * 10000);
    QCOMPARE(ActivityStore(*m_database).count().value, 10000);
}

// The Team pane's counts are kept by triggers: after inserts, moves between agents and queues,
// completions and deletes they equal a count of the activities themselves.
void TestCacheRepositories::teamLoadFollowsEveryWrite()
{
    ActivityStore store(*m_database);
    QList<Activity> batch;
    for (int i = 0; i < 300; ++i) {
        Activity a = activity(i + 1, 10, 1700000000000 + i);
        a.assignedUserId = i % 3 == 0 ? 0 : 7 + i % 2;
        a.status = a.assignedUserId ? u"assigned"_s : u"in_queue"_s;
        a.queueId = 12 + i % 4;
        batch.append(a);
    }
    QCOMPARE(store.upsert(batch), std::nullopt);
    TeamLoadStore team(*m_database);
    auto same = [&team] {
        const auto kept = team.read();
        const auto counted = team.recount();
        if (!kept.ok() || !counted.ok() || kept.value.size() != counted.value.size())
            return false;
        for (qsizetype i = 0; i < kept.value.size(); ++i) {
            if (!kept.value.at(i).sameCounts(counted.value.at(i)))
                return false;
        }
        return true;
    };
    QVERIFY(same());
    const auto first = team.read().value;
    QCOMPARE(first.size(), 2 + 4); // agents 7 and 8, queues 12–15
    QCOMPARE(first.at(0).id, 7);
    QCOMPARE(first.at(0).openCount, 100);
    QCOMPARE(first.at(0).oldestCreatedMs, 1700000000000 + 2 - 1000); // row 3, the first of agent 7
    // the targets a transfer offers come from the same counts
    const auto targets = team.targets().value;
    QCOMPARE(targets.users.size(), 2);
    QCOMPARE(targets.queues.size(), 4);
    QCOMPARE(targets.departments, (QList<std::pair<qint64, QString>> {{999, u"Service"_s}}));
    QCOMPARE(targets.queueDepartments.value(12), 999);

    // transfers, picks and completions rewrite rows: the counts follow
    for (Activity &a : batch) {
        if (a.id % 5 == 0) {
            a.status = u"completed"_s;
        } else if (a.id % 5 == 1) {
            a.assignedUserId = 9;
            a.status = u"assigned"_s;
        } else if (a.id % 5 == 2) {
            a.assignedUserId = 0;
            a.queueId = 16;
            a.status = u"in_queue"_s;
        } else if (a.id % 5 == 3) {
            a.departmentId = 998; // a transfer to another department
            a.departmentName = u"Sales"_s;
        }
    }
    QCOMPARE(store.upsert(batch), std::nullopt);
    QVERIFY(same());
    // a rewrite of the same rows changes nothing
    QCOMPARE(store.upsert(batch), std::nullopt);
    QVERIFY(same());
    const auto moved = team.read().value;
    QCOMPARE(team.targets().value.departments,
             (QList<std::pair<qint64, QString>> {{998, u"Sales"_s}, {999, u"Service"_s}}));
    QCOMPARE(std::count_if(moved.cbegin(), moved.cend(),
                           [](const TeamLoadStore::Load &load) { return load.id == 9; }),
             1);

    QSqlQuery remove(m_database->connection());
    QVERIFY(remove.exec(u"DELETE FROM activities WHERE id % 7 = 0"_s));
    QVERIFY(same());
}

// Fails the 1st, 2nd, … statement of a batch upsert until it gets through: each failure is
// reported and leaves the table exactly as it was — never a partial batch.
void TestCacheRepositories::activityFailTheIthStatement()
{
    ActivityStore store(*m_database);
    QCOMPARE(store.upsert({activity(1, 10, 100), activity(2, 10, 200)}), std::nullopt);
    Activity changed = activity(2, 10, 250);
    changed.subject = u"changed"_s;
    const QList<Activity> batch {activity(3, 10, 300), changed, activity(4, 11, 400)};
    const QStringList before = dump(m_database->connection(), u"activities"_s);

    int failures = 0;
    for (int i = 1; i <= 20; ++i) {
        FailureInjection::failNth(i);
        const auto status = store.upsert(batch);
        const bool fired = FailureInjection::fired();
        FailureInjection::disarm();
        if (!fired) {
            QCOMPARE(status, std::nullopt);
            QCOMPARE(store.count().value, 4);
            QCOMPARE(store.byIds({2}).value.at(0).subject, u"changed"_s);
            QCOMPARE(failures, 5); // BEGIN, three rows and COMMIT each failed once
            return;
        }
        ++failures;
        QVERIFY2(status, qPrintable(u"statement %1 failed, upsert reported success"_s.arg(i)));
        QCOMPARE(status->kind, CacheError::Kind::Database);
        QCOMPARE(dump(m_database->connection(), u"activities"_s), before);
    }
    QFAIL("the upsert never succeeded");
}

void TestCacheRepositories::casesRoundTrip()
{
    CaseStore store(*m_database);
    Case c;
    c.id = 5001;
    c.departmentId = 999;
    c.departmentName = u"Service"_s;
    c.status = u"open"_s;
    c.subject = u"Rechnung März"_s;
    c.description = u"desc"_s;
    c.solution = u"sol"_s;
    c.severity = u"high"_s;
    c.customerId = 1001;
    c.customerName = u"Müller GmbH"_s;
    c.ownerId = 7;
    c.ownerName = u"lena.fischer"_s;
    c.dueDateMs = 3;
    c.createdMs = 1;
    c.lastModifiedMs = 2;
    c.originatingChannel = u"phone"_s;
    c.relatedCaseIds = {5002, 5003};
    c.customAttributes = {{u"contract"_s, u"K-1"_s}};
    c.json = R"({"id":"5001","x":true})";
    Case other;
    other.id = 5002;
    QCOMPARE(store.upsert({c, other}), std::nullopt);

    const auto read = store.byIds({5002, 5001, 1});
    QVERIFY(read.ok());
    QCOMPARE(read.value.size(), 2);
    const Case &r = read.value.at(0);
    QCOMPARE(r.id, c.id);
    QCOMPARE(r.departmentId, c.departmentId);
    QCOMPARE(r.departmentName, c.departmentName);
    QCOMPARE(r.status, c.status);
    QCOMPARE(r.subject, c.subject);
    QCOMPARE(r.description, c.description);
    QCOMPARE(r.solution, c.solution);
    QCOMPARE(r.severity, c.severity);
    QCOMPARE(r.customerId, c.customerId);
    QCOMPARE(r.customerName, c.customerName);
    QCOMPARE(r.ownerId, c.ownerId);
    QCOMPARE(r.ownerName, c.ownerName);
    QCOMPARE(r.dueDateMs, c.dueDateMs);
    QCOMPARE(r.createdMs, c.createdMs);
    QCOMPARE(r.lastModifiedMs, c.lastModifiedMs);
    QCOMPARE(r.originatingChannel, c.originatingChannel);
    QCOMPARE(r.relatedCaseIds, c.relatedCaseIds);
    QCOMPARE(r.customAttributes, c.customAttributes);
    QCOMPARE(r.json, c.json);
    QVERIFY(read.value.at(1).relatedCaseIds.isEmpty());
}

void TestCacheRepositories::acdEventsApplyChanges()
{
    AcdEventStore store(*m_database);
    const auto first
        = store.applyChanges({acdEvent(1, 10), acdEvent(2, 20), acdEvent(3, 30)}, {}, {});
    QVERIFY(first.ok());
    QCOMPARE(first.value, (AcdEventChanges {3, 0, 0}));

    AcdEvent updated = acdEvent(2, 20, "2024-05-24 11:00:00");
    updated.statusId = 20;
    const auto second = store.applyChanges({acdEvent(4, 40)}, {updated}, {3, 99});
    QVERIFY(second.ok());
    QCOMPARE(second.value, (AcdEventChanges {1, 1, 1})); // 99 was never cached

    const auto ids = store.allIdsWithHash();
    QVERIFY(ids.ok());
    QCOMPARE(ids.value.size(), 3);
    QCOMPARE(ids.value.value(1), AcdEventStore::contentHash(acdEvent(1, 10).json));
    QCOMPARE(ids.value.value(2), AcdEventStore::contentHash(updated.json));
    QVERIFY(ids.value.value(1) != ids.value.value(2));
    QVERIFY(!ids.value.contains(3));
    QCOMPARE(store.byIds({2}).value.at(0), updated);
    QCOMPARE(store.count().value, 3);
    QVERIFY(store.applyChanges({}, {}, {}).ok());
}

void TestCacheRepositories::acdEventsKeepOptionalsAndDocumentedFields()
{
    AcdEventStore store(*m_database);
    AcdEvent queued = acdEvent(1, 10);
    queued.usersId.reset(); // waits in the group queue
    queued.priority.reset();
    AcdEvent assigned = acdEvent(2, 20);
    assigned.usersId = 7;
    assigned.priority = 0;
    AcdEvent bare;
    bare.id = 3;
    QVERIFY(store.applyChanges({queued, assigned, bare}, {}, {}).ok());
    const auto read = store.byIds({1, 2, 3});
    QCOMPARE(read.value.size(), 3);
    QCOMPARE(read.value.at(0), queued);
    QCOMPARE(read.value.at(1), assigned);
    QCOMPARE(read.value.at(2), bare);

    // the documented fields AcdEvent does not model are columns too, read from the record
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT appointment_local, crm_url, agent_group_id, modified_local "
                       "FROM acd_events ORDER BY id"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"2024-05-25 09:30:00"_s);
    QCOMPARE(query.value(1).toString(), u"https://crm.example.com/1"_s);
    QVERIFY(query.value(2).isNull());
    QCOMPARE(query.value(3).toString(), u"2024-05-24 10:00:00"_s);
    QVERIFY(query.next());
    QVERIFY(query.next()); // no record at all: NULL, not an error
    QVERIFY(query.value(0).isNull());
}

void TestCacheRepositories::acdEventsPageInQueueOrder()
{
    AcdEventStore store(*m_database);
    QVERIFY(store
                .applyChanges({acdEvent(5, 30), acdEvent(4, 10), acdEvent(6, 10), acdEvent(1, 20)},
                              {}, {})
                .ok());
    const auto first = store.page(3);
    QVERIFY(first.ok());
    QCOMPARE(first.value.size(), 3);
    QCOMPARE(first.value.at(0).id, 4);
    QCOMPARE(first.value.at(1).id, 6);
    QCOMPARE(first.value.at(2).id, 1);
    const auto second = store.page(3, AcdEventStore::keyAfter(first.value.last()));
    QCOMPARE(second.value.size(), 1);
    QCOMPARE(second.value.at(0).id, 5);
}

void TestCacheRepositories::acdEventFailTheIthStatement()
{
    AcdEventStore store(*m_database);
    QVERIFY(store.applyChanges({acdEvent(1, 10), acdEvent(2, 20)}, {}, {}).ok());
    const QStringList before = dump(m_database->connection(), u"acd_events"_s);
    AcdEvent updated = acdEvent(1, 10);
    updated.statusId = 30;

    for (int i = 1; i <= 20; ++i) {
        FailureInjection::failNth(i);
        const auto result = store.applyChanges({acdEvent(3, 30)}, {updated}, {2});
        const bool fired = FailureInjection::fired();
        FailureInjection::disarm();
        if (!fired) {
            QVERIFY(result.ok());
            QCOMPARE(result.value, (AcdEventChanges {1, 1, 1}));
            return;
        }
        QVERIFY2(!result.ok(), qPrintable(u"statement %1 failed, reported success"_s.arg(i)));
        QCOMPARE(dump(m_database->connection(), u"acd_events"_s), before);
    }
    QFAIL("applyChanges never succeeded");
}

namespace {

QStringList acdEventIndexes(const QSqlDatabase &db)
{
    QStringList indexes;
    QSqlQuery query(db);
    query.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' "
               "AND tbl_name = 'acd_events' ORDER BY name"_s);
    while (query.next())
        indexes.append(query.value(0).toString() + u": "_s + query.value(1).toString());
    return indexes;
}

qint64 pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    query.exec(u"PRAGMA "_s + name);
    query.next();
    return query.value(0).toLongLong();
}

QList<AcdEvent> acdEvents(int count, const char *modified = "2024-05-24 10:00:00")
{
    QList<AcdEvent> events;
    for (int id = count; id >= 1; --id) // not in id order, as a list may come
        events.append(acdEvent(id, 1'700'000'000'000 + id % 977, modified));
    return events;
}

} // namespace

// A large load into an empty table builds the indexes after the rows, counts its rows for the
// other processes in one step and commits without SQLite's automatic checkpoint: the schema, the
// counts and the connection's settings are as if it had written row by row.
void TestCacheRepositories::acdEventsLoadedInBulkKeepIndexesCountsAndSettings()
{
    const QSqlDatabase db = m_database->connection();
    const QStringList indexes = acdEventIndexes(db);
    QCOMPARE(indexes.size(), 3);
    const qint64 cacheSize = pragma(db, u"cache_size"_s);
    const qint64 autoCheckpoint = pragma(db, u"wal_autocheckpoint"_s);
    CacheDatabase other(m_database->filePath());
    QCOMPARE(other.open(), std::nullopt);

    AcdEventStore store(*m_database);
    const auto loaded = store.applyChanges(acdEvents(6000), {}, {});
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value.inserted, 6000);
    QVERIFY(loaded.value.checkpointDue);
    QCOMPARE(acdEventIndexes(db), indexes);
    QCOMPARE(pragma(db, u"cache_size"_s), cacheSize);
    QCOMPARE(pragma(db, u"wal_autocheckpoint"_s), autoCheckpoint);
    QSqlQuery query(db);
    QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"ok"_s);
    query.finish();
    QCOMPARE(other.writesByOthers().value.value(u"acd_events"_s), 6000);
    // the pages leave the WAL for the file
    QCOMPARE(m_database->checkpoint(), std::nullopt);
    QVERIFY(query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) && query.next());
    QCOMPARE(query.value(1).toInt(), query.value(2).toInt()); // every frame copied
    query.finish();

    // into a table that has rows the indexes stay; each row is counted once
    const auto changed = store.applyChanges({}, acdEvents(6000, "2024-05-24 11:00:00"), {1, 2});
    QVERIFY(changed.ok());
    QCOMPARE(changed.value, (AcdEventChanges {0, 6000, 2, true}));
    QCOMPARE(acdEventIndexes(db), indexes);
    QCOMPARE(other.writesByOthers().value.value(u"acd_events"_s), 12002);
    // and a small write is counted row by row again
    QVERIFY(store.applyChanges({acdEvent(7000, 1)}, {}, {}).ok());
    QCOMPARE(other.writesByOthers().value.value(u"acd_events"_s), 12003);
    QVERIFY(!store.applyChanges({acdEvent(7001, 1)}, {}, {}).value.checkpointDue);
    const auto page = store.page(2);
    QCOMPARE(page.value.size(), 2);
    QVERIFY(query.exec(u"EXPLAIN QUERY PLAN SELECT id FROM acd_events ORDER BY created_ms, id"_s)
            && query.next());
    QVERIFY2(query.value(3).toString().contains(u"acd_events_queue"_s),
             qPrintable(query.value(3).toString()));
}

void TestCacheRepositories::acdEventsBulkLoadFailingHalfwayLeavesTheSchemaAsItWas()
{
    const QSqlDatabase db = m_database->connection();
    const QStringList indexes = acdEventIndexes(db);
    CacheDatabase other(m_database->filePath());
    QCOMPARE(other.open(), std::nullopt);
    AcdEventStore store(*m_database);
    // the drops of the indexes and triggers, some rows, the index builds, the count
    for (const int failing : {2, 4, 9, 3000, 6010, 6013}) {
        FailureInjection::failNth(failing);
        const auto result = store.applyChanges(acdEvents(6000), {}, {});
        const bool fired = FailureInjection::fired();
        FailureInjection::disarm();
        QVERIFY2(fired, qPrintable(u"statement %1 was never run"_s.arg(failing)));
        QVERIFY(!result.ok());
        QCOMPARE(store.count().value, 0);
        QCOMPARE(acdEventIndexes(db), indexes);
        QCOMPARE(other.writesByOthers().value.value(u"acd_events"_s), 0);
    }
    // the counting triggers came back with the rollback
    QVERIFY(store.applyChanges({acdEvent(1, 1)}, {}, {}).ok());
    QCOMPARE(other.writesByOthers().value.value(u"acd_events"_s), 1);
}

void TestCacheRepositories::syncStateGetAndSet()
{
    SyncStateStore store(*m_database);
    const auto missing = store.get(u"case"_s, u"lastModifiedMs"_s);
    QVERIFY(missing.ok());
    QCOMPARE(missing.value, std::nullopt);
    QCOMPARE(store.set(u"case"_s, u"lastModifiedMs"_s, u"100"_s), std::nullopt);
    QCOMPARE(store.set(u"jtel"_s, u"lastModifiedMs"_s, u"7"_s), std::nullopt);
    QCOMPARE(store.set(u"case"_s, u"lastModifiedMs"_s, u"200"_s), std::nullopt);
    QCOMPARE(store.get(u"case"_s, u"lastModifiedMs"_s).value, u"200"_s);
    QCOMPARE(store.get(u"jtel"_s, u"lastModifiedMs"_s).value, u"7"_s);
}

void TestCacheRepositories::storesWorkFromAnotherThread()
{
    // a sync worker writes, the GUI thread reads
    auto worker = std::async(std::launch::async, [this] {
        QList<Activity> batch;
        for (int i = 0; i < 500; ++i)
            batch.append(activity(i + 1, 1, i));
        return ActivityStore(*m_database).upsert(batch);
    });
    QCOMPARE(worker.get(), std::nullopt);
    QCOMPARE(ActivityStore(*m_database).count(1).value, 500);
}

QTEST_GUILESS_MAIN(TestCacheRepositories)
#include "tst_cacherepositories.moc"
