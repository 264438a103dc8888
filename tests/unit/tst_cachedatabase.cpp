#include "cache/acdeventstore.h"
#include "cache/activitystore.h"
#include "cache/cachedatabase.h"
#include "cache/casestore.h"
#include "cache/migrations.h"
#include "cache/outboxstore.h"
#include "cache/sqltransaction.h"
#include "cache/syncstatestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// Every row of a table as text, in rowid order: for "nothing changed" comparisons.
// columns: all of them, or those a later step found (it may add columns)
QStringList dump(const QSqlDatabase &db, const QString &table, const QString &columns = u"*"_s)
{
    QStringList rows;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT %1 FROM %2 ORDER BY rowid"_s.arg(columns, table)))
        return {u"<no table %1>"_s.arg(table)};
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i).isNull() ? u"NULL"_s : query.value(i).toString());
        rows.append(values.join(u'|'));
    }
    return rows;
}

bool tableExists(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM sqlite_schema WHERE name = :name"_s);
    query.bindValue(u":name"_s, name);
    return query.exec() && query.next();
}

QList<MigrationStep> stepsUpTo(int version)
{
    QList<MigrationStep> steps;
    for (const MigrationStep &step : Migrations::all()) {
        if (step.version <= version)
            steps.append(step);
    }
    return steps;
}

} // namespace

// CacheDatabase: the file, its pragmas, one connection per thread, and the numbered migrations.
class TestCacheDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultFileIsPerProfileInAppData();
    void setsWalSynchronousNormalAndForeignKeys();
    void migratesAnEmptyFileToTheLatestVersion();
    void reopeningDoesNotMigrateAgain();
    void eachThreadGetsItsOwnConnection();
    void readersSeeTheirSnapshotWhileAnotherThreadCommits();
    void connectionIsRemovedWhenItsThreadEnds();
    void closeRemovesEveryConnection();
    void writesOfAnotherWriterAreCounted();
    void refusesANewerSchemaAndLeavesTheFileUntouched();
    void failingStepRollsBackToThePreviousVersion();
    void stepsAreNumberedInOrder();
    void laterStepsNeverDropTheOutbox_data();
    void laterStepsNeverDropTheOutbox();
    void upgradesTheVersion1Fixture();
    void upgradeKeepsEveryOutboxRow();
    void writeVersion1Fixture();

private:
    QString path(const QString &name = u"profile.sqlite"_s) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCacheDatabase::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("XDG_DATA_HOME"), "run through ctest (agentdesk_add_test)");
}

void TestCacheDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCacheDatabase::cleanup()
{
    m_dir.reset();
}

// The app and agentdeskctl share the file, whatever the program's name
void TestCacheDatabase::defaultFileIsPerProfileInAppData()
{
    const QString file = CacheDatabase::defaultFilePath(u"support-de"_s);
    QCOMPARE(file,
             QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                 + u"/AgentDesk/agentdesk/cache/support-de.sqlite"_s);
    QCoreApplication::setApplicationName(u"agentdeskctl"_s);
    QCOMPARE(CacheDatabase::defaultFilePath(u"support-de"_s), file);

    // the folder is created on open
    CacheDatabase database(file);
    QCOMPARE(database.open(), std::nullopt);
    QVERIFY(QFile::exists(file));
    database.close();
    QVERIFY(QFile::remove(file));
}

void TestCacheDatabase::setsWalSynchronousNormalAndForeignKeys()
{
    CacheDatabase database(path());
    QCOMPARE(database.open(), std::nullopt);
    const QSqlDatabase db = database.connection();
    QVERIFY(db.isOpen());
    QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(db, u"PRAGMA synchronous"_s).toInt(), 1); // NORMAL
    QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);

    // the same on another thread's connection
    auto other = std::async(std::launch::async, [&database] {
        const QSqlDatabase db = database.connection();
        return QStringList {scalar(db, u"PRAGMA journal_mode"_s).toString(),
                            scalar(db, u"PRAGMA synchronous"_s).toString(),
                            scalar(db, u"PRAGMA foreign_keys"_s).toString()};
    });
    QCOMPARE(other.get(), (QStringList {u"wal"_s, u"1"_s, u"1"_s}));
}

void TestCacheDatabase::migratesAnEmptyFileToTheLatestVersion()
{
    CacheDatabase database(path());
    QCOMPARE(database.open(), std::nullopt);
    const QSqlDatabase db = database.connection();
    QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion());
    for (const auto &table : {u"cases"_s, u"activities"_s, u"acd_events"_s, u"sync_state"_s,
                              u"outbox"_s, u"activities_case_page"_s})
        QVERIFY2(tableExists(db, table), qPrintable(table));
    QVERIFY(!tableExists(db, u"activities_case_id"_s)); // replaced by step 2
}

void TestCacheDatabase::reopeningDoesNotMigrateAgain()
{
    {
        CacheDatabase database(path());
        QCOMPARE(database.open(), std::nullopt);
        QCOMPARE(SyncStateStore(database).set(u"jtel"_s, u"lastSyncAt"_s, u"42"_s), std::nullopt);
    }
    CacheDatabase database(path());
    QCOMPARE(database.open(), std::nullopt);
    QCOMPARE(SyncStateStore(database).get(u"jtel"_s, u"lastSyncAt"_s).value, u"42"_s);
}

void TestCacheDatabase::eachThreadGetsItsOwnConnection()
{
    CacheDatabase database(path());
    QCOMPARE(database.open(), std::nullopt);
    const QString mine = database.connection().connectionName();
    QCOMPARE(database.connection().connectionName(), mine); // reused on the same thread

    auto theirs = std::async(std::launch::async, [&database] {
        const QSqlDatabase db = database.connection();
        return std::pair {db.connectionName(), db.isOpen()};
    });
    const auto [name, open] = theirs.get();
    QVERIFY(open);
    QVERIFY(name != mine);
    QVERIFY(mine.contains(path()));
}

void TestCacheDatabase::readersSeeTheirSnapshotWhileAnotherThreadCommits()
{
    CacheDatabase database(path());
    QCOMPARE(database.open(), std::nullopt);
    QCOMPARE(SyncStateStore(database).set(u"case"_s, u"k"_s, u"before"_s), std::nullopt);

    std::promise<void> readerHoldsSnapshot;
    std::promise<void> writerCommitted;
    auto reader = std::async(std::launch::async, [&] {
        const QSqlDatabase db = database.connection();
        QSqlQuery query(db);
        QStringList seen;
        query.exec(u"BEGIN"_s);
        seen.append(scalar(db, u"SELECT value FROM sync_state WHERE key = 'k'"_s).toString());
        readerHoldsSnapshot.set_value();
        writerCommitted.get_future().wait();
        // still inside its read transaction: the snapshot it started with
        seen.append(scalar(db, u"SELECT value FROM sync_state WHERE key = 'k'"_s).toString());
        query.exec(u"COMMIT"_s);
        seen.append(scalar(db, u"SELECT value FROM sync_state WHERE key = 'k'"_s).toString());
        return seen;
    });

    readerHoldsSnapshot.get_future().wait();
    // with a rollback journal this commit would have to wait for the reader; WAL lets it through
    {
        const QSqlDatabase db = database.connection();
        SqlTransaction transaction(db);
        QCOMPARE(transaction.beginError(), std::nullopt);
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE sync_state SET value = 'after' WHERE key = 'k'"_s));
        QCOMPARE(transaction.commit(), std::nullopt);
    }
    writerCommitted.set_value();
    QCOMPARE(reader.get(), (QStringList {u"before"_s, u"before"_s, u"after"_s}));
}

void TestCacheDatabase::connectionIsRemovedWhenItsThreadEnds()
{
    CacheDatabase database(path());
    QCOMPARE(database.open(), std::nullopt);
    QString name;
    std::thread worker([&] { name = database.connection().connectionName(); });
    worker.join();
    QVERIFY(!name.isEmpty());
    QVERIFY(!QSqlDatabase::contains(name));
}

void TestCacheDatabase::closeRemovesEveryConnection()
{
    CacheDatabase database(path());
    QCOMPARE(database.open(), std::nullopt);
    const QString mine = database.connection().connectionName();
    QVERIFY(QSqlDatabase::contains(mine));
    database.close();
    QVERIFY(!QSqlDatabase::contains(mine));
    QVERIFY(!database.connection().isValid());
    QCOMPARE(SyncStateStore(database).get(u"case"_s, u"k"_s).error->kind,
             CacheError::Kind::NotOpen);
}

// Two CacheDatabase objects on one file stand for two processes (the window and agentdeskctl):
// each sees the rows the other wrote per table, from any of its threads, never its own; a
// rolled-back write counts nothing, and a writer that closes leaves the others' sums alone.
void TestCacheDatabase::writesOfAnotherWriterAreCounted()
{
    CacheDatabase window(path());
    QCOMPARE(window.open(), std::nullopt);
    CacheDatabase script(path());
    QCOMPARE(script.open(), std::nullopt);
    QCOMPARE(window.writesByOthers().value, (QHash<QString, qint64>()));

    AcdEvent event;
    event.id = 88402;
    event.subject = u"Callback"_s;
    event.json = R"({"ID":88402})";
    QVERIFY(AcdEventStore(script).applyChanges({event}, {}, {}).ok());
    QHash<QString, qint64> seen = window.writesByOthers().value;
    QCOMPARE(seen.value(u"acd_events"_s), 1);
    QCOMPARE(seen.value(u"activities"_s), 0);
    QCOMPARE(script.writesByOthers().value.value(u"acd_events"_s), 0);

    // a worker thread of the script writes under the script's name, too
    std::thread worker([&] {
        OutboxEntry entry;
        entry.profile = u"p"_s;
        entry.payload = "{}";
        QVERIFY(OutboxStore(script).enqueue(entry).ok());
    });
    worker.join();
    QCOMPARE(window.writesByOthers().value.value(u"outbox"_s), 1);

    {
        SqlTransaction rolledBack(script.connection());
        QSqlQuery query(script.connection());
        QVERIFY(query.exec(u"DELETE FROM acd_events"_s));
    }
    QCOMPARE(window.writesByOthers().value.value(u"acd_events"_s), 1);

    // the window's own writes are not the others'
    QVERIFY(AcdEventStore(window).applyChanges({}, {}, {88402}).ok());
    QCOMPARE(window.writesByOthers().value.value(u"acd_events"_s), 1);
    QCOMPARE(script.writesByOthers().value.value(u"acd_events"_s), 1);

    seen = window.writesByOthers().value;
    script.close();
    QCOMPARE(window.writesByOthers().value, seen);
    QCOMPARE(scalar(window.connection(),
                    u"SELECT COUNT(*) FROM sync_state WHERE server LIKE 'writer:%'"_s)
                 .toInt(),
             3); // the retired counters of acd_events and outbox, and the window's own
}

void TestCacheDatabase::refusesANewerSchemaAndLeavesTheFileUntouched()
{
    const int newer = Migrations::latestVersion() + 3;
    {
        CacheDatabase database(path());
        QCOMPARE(database.open(), std::nullopt);
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"CREATE TABLE from_the_future (x)"_s));
        QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(newer)));
    }
    QVERIFY(!QFile::exists(path() + u"-wal"_s)); // checkpointed on close: all in the main file
    const QByteArray before = fileHash(path());

    CacheDatabase database(path());
    const auto error = database.open();
    QVERIFY(error);
    QCOMPARE(error->kind, CacheError::Kind::NewerSchema);
    QVERIFY2(error->message.contains(QString::number(newer)), qPrintable(error->message));
    QVERIFY2(error->message.contains(QString::number(Migrations::latestVersion())),
             qPrintable(error->message));
    QVERIFY(!database.isOpen());
    QCOMPARE(fileHash(path()), before);
}

void TestCacheDatabase::failingStepRollsBackToThePreviousVersion()
{
    const int latest = Migrations::latestVersion();
    QList<MigrationStep> steps = Migrations::all();
    steps.append({latest + 1,
                  u"a step whose last statement fails"_s,
                  {u"CREATE TABLE half_done (x)"_s, u"INSERT INTO half_done VALUES (1)"_s,
                   u"ALTER TABLE outbox ADD COLUMN added_by_step INTEGER"_s,
                   u"INSERT INTO no_such_table VALUES (1)"_s}});

    // from nothing: the good steps stay, the failing one leaves no trace
    {
        CacheDatabase database(path(), steps);
        const auto error = database.open();
        QVERIFY(error);
        QVERIFY2(error->message.contains(u"schema step %1"_s.arg(latest + 1)),
                 qPrintable(error->message));
        QVERIFY(!database.isOpen());
    }
    CacheDatabase database(path());
    QCOMPARE(database.open(), std::nullopt);
    const QSqlDatabase db = database.connection();
    QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), latest);
    QVERIFY(!tableExists(db, u"half_done"_s));
    QSqlQuery query(db);
    QVERIFY(!query.exec(u"SELECT added_by_step FROM outbox"_s));
}

void TestCacheDatabase::stepsAreNumberedInOrder()
{
    int expected = 1;
    for (const MigrationStep &step : Migrations::all()) {
        QCOMPARE(step.version, expected++);
        QVERIFY(!step.statements.isEmpty());
    }
}

void TestCacheDatabase::laterStepsNeverDropTheOutbox_data()
{
    QTest::addColumn<QString>("statement");
    for (const MigrationStep &step : Migrations::all()) {
        if (step.version == 1)
            continue; // creates it
        for (qsizetype i = 0; i < step.statements.size(); ++i)
            QTest::addRow("step %d statement %lld", step.version, qlonglong(i + 1))
                << step.statements.at(i);
    }
}

// The rule written beside the steps (migrations.h): the outbox only ever gains columns and
// indexes. Checked on the text of every step after the first.
void TestCacheDatabase::laterStepsNeverDropTheOutbox()
{
    QFETCH(QString, statement);
    const QString s = statement.simplified();
    static const QRegularExpression forbidden(
        uR"(\bDROP\s+TABLE\s+(IF\s+EXISTS\s+)?outbox\b|\bALTER\s+TABLE\s+outbox\s+(RENAME|DROP)\b|\bDELETE\s+FROM\s+outbox\b|\bUPDATE\s+outbox\b|\bALTER\s+TABLE\s+\w+\s+RENAME\s+TO\s+outbox\b|\bCREATE\s+TABLE\s+(IF\s+NOT\s+EXISTS\s+)?outbox\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!forbidden.match(s).hasMatch(), qPrintable(s));
}

void TestCacheDatabase::upgradesTheVersion1Fixture()
{
    const QString fixture = QStringLiteral(AGENTDESK_FIXTURES_DIR "/cache-v1.sqlite");
    QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
    QVERIFY(QFile::copy(fixture, path()));
    QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner));

    CacheDatabase database(path());
    QCOMPARE(database.open(), std::nullopt);
    const QSqlDatabase db = database.connection();
    QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion());
    QVERIFY(tableExists(db, u"activities_case_page"_s));

    // the queued work of a version-1 user is all there and usable
    OutboxStore outbox(database);
    const auto entries = outbox.list();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value.size(), 3);
    QCOMPARE(entries.value.at(0).id, u"7d1c2f64-0000-4000-8000-000000000001"_s);
    QCOMPARE(entries.value.at(0).kind, OutboxEntry::Kind::CreateCalltrack);
    QCOMPARE(entries.value.at(0).state, OutboxEntry::State::Done);
    QCOMPARE(entries.value.at(1).dependsOn, entries.value.at(0).id);
    QCOMPARE(entries.value.at(1).state, OutboxEntry::State::Pending);
    QCOMPARE(entries.value.at(1).kind, OutboxEntry::Kind::ChangeCase);
    QCOMPARE(entries.value.at(2).state, OutboxEntry::State::NeedsAttention);
    QCOMPARE(entries.value.at(2).lastErrorCode, u"400"_s);
    const auto due = outbox.nextDue(OutboxEntry::Server::Case,
                                    QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC));
    QVERIFY(due.ok());
    QVERIFY(due.value);
    QCOMPARE(due.value->id, entries.value.at(1).id);

    // the cache is readable through today's stores
    ActivityStore activities(database);
    QCOMPARE(activities.count().value, 3);
    const auto page = activities.pageByCase(5001, 10);
    QVERIFY(page.ok());
    QCOMPARE(page.value.size(), 2);
    QCOMPARE(page.value.at(0).subject, u"Rückruf wegen Rechnung"_s);
    QCOMPARE(page.value.at(0).customAttributes.value(u"contract"_s), u"K-1"_s);
    QVERIFY(page.value.at(0).json.contains("\"unmodelled\""));
    QCOMPARE(CaseStore(database).byIds({5001, 5002}).value.size(), 2);
    const auto events = AcdEventStore(database).page(10);
    QCOMPARE(events.value.size(), 2);
    QCOMPARE(events.value.at(0).priority, 70);
    QCOMPARE(SyncStateStore(database).get(u"case"_s, u"lastModifiedMs"_s).value,
             u"1717000000000"_s);
}

void TestCacheDatabase::upgradeKeepsEveryOutboxRow()
{
    {
        CacheDatabase database(path(), stepsUpTo(1));
        QCOMPARE(database.open(), std::nullopt);
        OutboxStore outbox(database);
        for (int i = 0; i < 5; ++i) {
            OutboxEntry entry;
            entry.profile = u"p"_s;
            entry.payload = "{\"n\":" + QByteArray::number(i) + "}";
            QVERIFY(outbox.enqueue(entry).ok());
        }
    }
    QStringList before;
    QStringList columns;
    {
        CacheDatabase database(path(), stepsUpTo(1));
        QCOMPARE(database.open(), std::nullopt);
        before = dump(database.connection(), u"outbox"_s);
        const QSqlRecord record = database.connection().record(u"outbox"_s);
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
    }
    CacheDatabase database(path());
    QCOMPARE(database.open(), std::nullopt);
    QCOMPARE(scalar(database.connection(), u"PRAGMA user_version"_s).toInt(),
             Migrations::latestVersion());
    QCOMPARE(dump(database.connection(), u"outbox"_s, columns.join(u", "_s)), before);
}

// Not a test: writes tests/fixtures/cache-v1.sqlite with the version-1 schema and stores.
// Run once per released schema: AGENTDESK_WRITE_FIXTURE=<file> tst_cachedatabase
// writeVersion1Fixture
void TestCacheDatabase::writeVersion1Fixture()
{
    const QString target = qEnvironmentVariable("AGENTDESK_WRITE_FIXTURE");
    if (target.isEmpty())
        QSKIP("set AGENTDESK_WRITE_FIXTURE to regenerate the version-1 fixture");
    QFile::remove(target);
    CacheDatabase database(target, stepsUpTo(1));
    QCOMPARE(database.open(), std::nullopt);

    Case first;
    first.id = 5001;
    first.status = u"open"_s;
    first.subject = u"Rechnung März"_s;
    first.relatedCaseIds = {5002};
    first.lastModifiedMs = 1'717'000'000'000;
    first.json = R"({"id":"5001","subject":"Rechnung März","unmodelled":true})";
    Case second = first;
    second.id = 5002;
    second.subject = u"Vertrag"_s;
    second.relatedCaseIds.clear();
    QCOMPARE(CaseStore(database).upsert({first, second}), std::nullopt);

    QList<Activity> activities;
    for (int i = 0; i < 3; ++i) {
        Activity a;
        a.id = 9001 + i;
        a.caseId = i < 2 ? 5001 : 5002;
        a.type = u"email"_s;
        a.status = i == 0 ? u"completed"_s : u"assigned"_s;
        a.subject = i == 1 ? u"Rückruf wegen Rechnung"_s : u"Activity %1"_s.arg(i);
        a.lastModifiedMs = 1'716'000'000'000 + i * 1000;
        a.customAttributes = {{u"contract"_s, u"K-%1"_s.arg(i)}};
        a.json = R"({"id":")" + QByteArray::number(a.id) + R"(","unmodelled":{"x":1}})";
        activities.append(a);
    }
    QCOMPARE(ActivityStore(database).upsert(activities), std::nullopt);

    QList<AcdEvent> events;
    for (int i = 0; i < 2; ++i) {
        AcdEvent e;
        e.id = 700 + i;
        e.typeId = 3;
        e.statusId = 1;
        e.groupId = 12;
        e.sender = u"4922199900011"_s;
        e.subject = u"Callback %1"_s.arg(i);
        e.createdMsecs = 1'716'500'000'000 + i;
        e.priority = i == 0 ? std::optional(70) : std::nullopt;
        e.json = R"({"ID":)" + QByteArray::number(e.id)
            + R"(,"dtModified":"2024-05-24 10:00:00","dtAppointment":null,"CrmURL":"https://crm.example.com/1"})";
        events.append(e);
    }
    QVERIFY(AcdEventStore(database).applyChanges(events, {}, {}).ok());
    QCOMPARE(SyncStateStore(database).set(u"case"_s, u"lastModifiedMs"_s, u"1717000000000"_s),
             std::nullopt);

    OutboxStore outbox(database);
    const QDateTime created = QDateTime::fromMSecsSinceEpoch(1'717'000'100'000, Qt::UTC);
    OutboxEntry calltrack;
    calltrack.id = u"7d1c2f64-0000-4000-8000-000000000001"_s;
    calltrack.profile = u"support-de"_s;
    calltrack.kind = OutboxEntry::Kind::CreateCalltrack;
    calltrack.payload = R"({"caseId":5001,"subject":"Anruf"})";
    calltrack.createdAt = created;
    QVERIFY(outbox.enqueue(calltrack).ok());
    OutboxEntry change = calltrack;
    change.id = u"7d1c2f64-0000-4000-8000-000000000002"_s;
    change.kind = OutboxEntry::Kind::ChangeCase;
    change.payload = R"({"targetCaseId":5002})";
    change.dependsOn = calltrack.id;
    QVERIFY(outbox.enqueue(change).ok());
    OutboxEntry callback = calltrack;
    callback.id = u"7d1c2f64-0000-4000-8000-000000000003"_s;
    callback.server = OutboxEntry::Server::Jtel;
    callback.kind = OutboxEntry::Kind::CreateCallback;
    callback.payload = R"({"AcdEventTypesID":3,"Sender":"4922199900011"})";
    QVERIFY(outbox.enqueue(callback).ok());
    QCOMPARE(outbox.markInFlight(calltrack.id, created), std::nullopt);
    QCOMPARE(outbox.markDone(calltrack.id, R"({"activityId":9004})"), std::nullopt);
    QCOMPARE(outbox.markInFlight(callback.id, created), std::nullopt);
    QCOMPARE(outbox.markNeedsAttention(callback.id, u"400"_s, u"J3: unknown group"_s),
             std::nullopt);
}

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
