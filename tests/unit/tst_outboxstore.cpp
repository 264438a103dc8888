#include "cache/cachedatabase.h"
#include "cache/failureinjection.h"
#include "cache/outboxstore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <functional>

using namespace Qt::StringLiterals;

using State = OutboxEntry::State;
using Server = OutboxEntry::Server;
using Op = std::function<bool(OutboxStore &, const QString &id)>;

Q_DECLARE_METATYPE(OutboxEntry::State)
Q_DECLARE_METATYPE(std::optional<CacheError::Kind>)

namespace {

const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'717'000'000'000, Qt::UTC);

OutboxEntry draft(Server server = Server::Case, const QByteArray &payload = "{}")
{
    OutboxEntry entry;
    entry.profile = u"support-de"_s;
    entry.server = server;
    entry.kind = server == Server::Jtel ? OutboxEntry::Kind::CreateCallback
                                        : OutboxEntry::Kind::CreateCalltrack;
    entry.payload = payload;
    entry.createdAt = t0;
    return entry;
}

QStringList dumpOutbox(CacheDatabase &database)
{
    QStringList rows;
    QSqlQuery query(database.connection());
    query.exec(u"SELECT * FROM outbox ORDER BY seq"_s);
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i).isNull() ? u"NULL"_s : query.value(i).toString());
        rows.append(values.join(u'|'));
    }
    return rows;
}

// SQLite's default file system with every sync of a -wal file counted: the fsyncs that make a
// transition durable, as the disk sees them.
class CountedWalSyncs
{
public:
    // the default file system from now on, for connections opened afterwards
    static void install()
    {
        if (s_real)
            return;
        s_real = sqlite3_vfs_find(nullptr);
        s_vfs = *s_real;
        s_vfs.zName = "agentdesk-counted-syncs";
        s_vfs.szOsFile = int(sizeof(File)) + s_real->szOsFile;
        s_vfs.xOpen = open;
        sqlite3_vfs_register(&s_vfs, 1);
    }
    static int count() { return s_walSyncs.load(); }

private:
    struct File
    {
        sqlite3_file base; // first: SQLite sees a sqlite3_file
        bool wal;
        sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
    };
    static File *of(sqlite3_file *file) { return reinterpret_cast<File *>(file); }
    static sqlite3_file *real(sqlite3_file *file) { return of(file)->real(); }

    static int open(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *out)
    {
        File *counted = of(file);
        counted->wal = flags & SQLITE_OPEN_WAL;
        const int rc = s_real->xOpen(s_real, name, counted->real(), flags, out);
        if (rc != SQLITE_OK || !counted->real()->pMethods) {
            counted->base.pMethods = nullptr;
            return rc;
        }
        // every call passed on to the real file's own methods (SQLite's unix files differ by
        // kind: a WAL has no locking of its own), xSync counted for the WAL
        static const auto wrapped = [] {
            std::array<sqlite3_io_methods, 4> tables {};
            sqlite3_io_methods m {};
            m.xClose = [](sqlite3_file *f) { return real(f)->pMethods->xClose(real(f)); };
            m.xRead = [](sqlite3_file *f, void *b, int n, sqlite3_int64 o) {
                return real(f)->pMethods->xRead(real(f), b, n, o);
            };
            m.xWrite = [](sqlite3_file *f, const void *b, int n, sqlite3_int64 o) {
                return real(f)->pMethods->xWrite(real(f), b, n, o);
            };
            m.xTruncate = [](sqlite3_file *f, sqlite3_int64 size) {
                return real(f)->pMethods->xTruncate(real(f), size);
            };
            m.xSync = [](sqlite3_file *f, int flags) {
                if (of(f)->wal)
                    ++s_walSyncs;
                return real(f)->pMethods->xSync(real(f), flags);
            };
            m.xFileSize = [](sqlite3_file *f, sqlite3_int64 *size) {
                return real(f)->pMethods->xFileSize(real(f), size);
            };
            m.xLock = [](sqlite3_file *f, int l) { return real(f)->pMethods->xLock(real(f), l); };
            m.xUnlock
                = [](sqlite3_file *f, int l) { return real(f)->pMethods->xUnlock(real(f), l); };
            m.xCheckReservedLock = [](sqlite3_file *f, int *r) {
                return real(f)->pMethods->xCheckReservedLock(real(f), r);
            };
            m.xFileControl = [](sqlite3_file *f, int op, void *arg) {
                return real(f)->pMethods->xFileControl(real(f), op, arg);
            };
            m.xSectorSize = [](sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); };
            m.xDeviceCharacteristics = [](sqlite3_file *f) {
                return real(f)->pMethods->xDeviceCharacteristics(real(f));
            };
            m.xShmMap
                = [](sqlite3_file *f, int region, int size, int extend, void volatile **memory) {
                      return real(f)->pMethods->xShmMap(real(f), region, size, extend, memory);
                  };
            m.xShmLock = [](sqlite3_file *f, int offset, int n, int flags) {
                return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
            };
            m.xShmBarrier = [](sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); };
            m.xShmUnmap = [](sqlite3_file *f, int deleteFlag) {
                return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
            };
            m.xFetch = [](sqlite3_file *f, sqlite3_int64 o, int n, void **p) {
                return real(f)->pMethods->xFetch(real(f), o, n, p);
            };
            m.xUnfetch = [](sqlite3_file *f, sqlite3_int64 o, void *p) {
                return real(f)->pMethods->xUnfetch(real(f), o, p);
            };
            for (int version = 1; version <= 3; ++version) {
                tables[version] = m;
                tables[version].iVersion = version;
            }
            return tables;
        }();
        counted->base.pMethods = &wrapped[std::clamp(counted->real()->pMethods->iVersion, 1, 3)];
        return rc;
    }

    static inline sqlite3_vfs *s_real = nullptr;
    static inline sqlite3_vfs s_vfs {};
    static inline std::atomic<int> s_walSyncs {0};
};

} // namespace

// The outbox contract: durable, ordered per server, every transition explicit, nothing dropped.
class TestOutboxStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void enqueueStoresAPendingEntryWithIdAndSeq();
    void enqueueKeepsAClientId();
    void enqueueRefusesAnUnknownDependency();
    void enqueuedEntriesSurviveReopening();
    void transitionsSurviveReopening();
    void sendsInOrderPerServer();
    void headThatIsNotDueHoldsUpItsServer();
    void headInFlightHoldsUpItsServer();
    void waitsForADependencyOnAnotherServer();
    void needsAttentionDoesNotHoldUpOthers();
    void transitions_data();
    void transitions();
    void transitionsRecordWhatHappened();
    void unknownIdIsNotFound();
    void discardSendsDependentsToNeedsAttention();
    void discardOfADoneEntryReleasesItsDependents();
    void listsAndCountsByState();
    void doneEntriesAreUncachedUntilTheirEffectsAreRead();
    void resetInFlightMarksTheOutcomeUnknown();
    void eachStateChangeCostsOneSyncAtMost();
    void failTheIthStatement_data();
    void failTheIthStatement();

private:
    QString enqueue(const OutboxEntry &entry)
    {
        const auto stored = m_store->enqueue(entry);
        return stored.ok() ? stored.value.id : QString();
    }
    bool bringTo(const QString &id, State state);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_database;
    std::unique_ptr<OutboxStore> m_store;
};

void TestOutboxStore::initTestCase()
{
    // before any connection opens: the counted file system must be the one they use
    CountedWalSyncs::install();
}

void TestOutboxStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<CacheDatabase>(m_dir->filePath(u"outbox.sqlite"_s));
    QCOMPARE(m_database->open(), std::nullopt);
    m_store = std::make_unique<OutboxStore>(*m_database);
}

void TestOutboxStore::cleanup()
{
    FailureInjection::disarm();
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

bool TestOutboxStore::bringTo(const QString &id, State state)
{
    switch (state) {
    case State::Pending:
        return true;
    case State::InFlight:
        return !m_store->markInFlight(id, t0);
    case State::NeedsAttention:
        return !m_store->markNeedsAttention(id, u"400-101"_s, u"rejected"_s);
    case State::Done:
        return !m_store->markInFlight(id, t0) && !m_store->markDone(id, "{\"id\":1}");
    }
    return false;
}

void TestOutboxStore::enqueueStoresAPendingEntryWithIdAndSeq()
{
    const auto first = m_store->enqueue(draft(Server::Case, R"({"subject":"Anruf"})"));
    QVERIFY(first.ok());
    QVERIFY(!QUuid::fromString(first.value.id).isNull());
    QVERIFY(first.value.seq > 0);
    QCOMPARE(first.value.state, State::Pending);
    QCOMPARE(first.value.nextAttemptAt, t0);

    const auto second = m_store->enqueue(draft());
    QVERIFY(second.value.seq > first.value.seq);
    QVERIFY(second.value.id != first.value.id);

    const auto stored = m_store->entry(first.value.id);
    QVERIFY(stored.ok() && stored.value);
    QCOMPARE(stored.value->payload, QByteArray(R"({"subject":"Anruf"})"));
    QCOMPARE(stored.value->profile, u"support-de"_s);
    QCOMPARE(stored.value->seq, first.value.seq);
    QCOMPARE(stored.value->createdAt, t0);
}

void TestOutboxStore::enqueueKeepsAClientId()
{
    OutboxEntry entry = draft();
    entry.id = u"0b5f4a52-1d3e-4c59-9f4c-7a2d1e3b9c01"_s;
    QCOMPARE(m_store->enqueue(entry).value.id, entry.id);
    // the same id twice is a bug in the caller, never a silent overwrite
    const auto again = m_store->enqueue(entry);
    QVERIFY(!again.ok());
    QCOMPARE(m_store->list().value.size(), 1);
}

void TestOutboxStore::enqueueRefusesAnUnknownDependency()
{
    OutboxEntry entry = draft();
    entry.dependsOn = u"no-such-entry"_s;
    const auto stored = m_store->enqueue(entry);
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error->kind, CacheError::Kind::Database);
    QVERIFY(m_store->list().value.isEmpty());
}

void TestOutboxStore::enqueuedEntriesSurviveReopening()
{
    const QString a = enqueue(draft(Server::Case, "{\"a\":1}"));
    const QString b = enqueue(draft(Server::Jtel, "{\"b\":2}"));
    const QString path = m_database->filePath();
    m_store.reset();
    m_database.reset();

    CacheDatabase reopened(path);
    QCOMPARE(reopened.open(), std::nullopt);
    const auto entries = OutboxStore(reopened).list();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value.size(), 2);
    QCOMPARE(entries.value.at(0).id, a);
    QCOMPARE(entries.value.at(0).payload, QByteArray("{\"a\":1}"));
    QCOMPARE(entries.value.at(1).id, b);
    QCOMPARE(entries.value.at(1).server, Server::Jtel);
}

void TestOutboxStore::transitionsSurviveReopening()
{
    const QString a = enqueue(draft());
    const QString b = enqueue(draft());
    QVERIFY(bringTo(a, State::Done));
    QVERIFY(bringTo(b, State::NeedsAttention));
    const QString path = m_database->filePath();
    m_store.reset();
    m_database.reset();

    CacheDatabase reopened(path);
    QCOMPARE(reopened.open(), std::nullopt);
    OutboxStore store(reopened);
    QCOMPARE(store.entry(a).value->state, State::Done);
    QCOMPARE(store.entry(a).value->result, QByteArray("{\"id\":1}"));
    QCOMPARE(store.entry(b).value->state, State::NeedsAttention);
    QCOMPARE(store.entry(b).value->lastErrorCode, u"400-101"_s);
}

void TestOutboxStore::sendsInOrderPerServer()
{
    const QString case1 = enqueue(draft(Server::Case));
    const QString jtel1 = enqueue(draft(Server::Jtel));
    const QString case2 = enqueue(draft(Server::Case));
    const QString jtel2 = enqueue(draft(Server::Jtel));

    QCOMPARE(m_store->nextDue(Server::Case, t0).value->id, case1);
    QCOMPARE(m_store->nextDue(Server::Jtel, t0).value->id, jtel1);
    QVERIFY(bringTo(case1, State::Done));
    QCOMPARE(m_store->nextDue(Server::Case, t0).value->id, case2);
    QCOMPARE(m_store->nextDue(Server::Jtel, t0).value->id, jtel1); // the other server is unaffected
    QVERIFY(bringTo(case2, State::Done));
    QCOMPARE(m_store->nextDue(Server::Case, t0).value, std::nullopt);
    QVERIFY(bringTo(jtel1, State::Done));
    QCOMPARE(m_store->nextDue(Server::Jtel, t0).value->id, jtel2);
}

void TestOutboxStore::headThatIsNotDueHoldsUpItsServer()
{
    const QString first = enqueue(draft());
    const QString second = enqueue(draft());
    QVERIFY(bringTo(first, State::InFlight));
    QCOMPARE(m_store->markTransientFailure(first, u"503"_s, u"unavailable"_s, t0.addSecs(30)),
             std::nullopt);

    // second is due, but may not overtake first
    const auto early = m_store->nextDue(Server::Case, t0.addSecs(29));
    QVERIFY(early.ok());
    QCOMPARE(early.value, std::nullopt);
    QCOMPARE(m_store->nextDue(Server::Case, t0.addSecs(30)).value->id, first);
    Q_UNUSED(second);
}

void TestOutboxStore::headInFlightHoldsUpItsServer()
{
    const QString first = enqueue(draft());
    enqueue(draft());
    QVERIFY(bringTo(first, State::InFlight));
    QCOMPARE(m_store->nextDue(Server::Case, t0.addDays(1)).value, std::nullopt);
}

void TestOutboxStore::waitsForADependencyOnAnotherServer()
{
    const QString calltrack = enqueue(draft(Server::Case));
    OutboxEntry callback = draft(Server::Jtel);
    callback.dependsOn = calltrack;
    const QString dependent = enqueue(callback);

    QCOMPARE(m_store->nextDue(Server::Jtel, t0).value, std::nullopt);
    QVERIFY(bringTo(calltrack, State::InFlight));
    QCOMPARE(m_store->nextDue(Server::Jtel, t0).value, std::nullopt);
    QCOMPARE(m_store->markDone(calltrack, "{}"), std::nullopt);
    QCOMPARE(m_store->nextDue(Server::Jtel, t0).value->id, dependent);
}

void TestOutboxStore::needsAttentionDoesNotHoldUpOthers()
{
    const QString rejected = enqueue(draft());
    const QString next = enqueue(draft());
    QVERIFY(bringTo(rejected, State::InFlight));
    QCOMPARE(m_store->markNeedsAttention(rejected, u"400-101"_s, u"bad"_s), std::nullopt);
    QCOMPARE(m_store->nextDue(Server::Case, t0).value->id, next);

    // retried, it is the oldest again and goes first
    QCOMPARE(m_store->retry(rejected, t0), std::nullopt);
    QCOMPARE(m_store->nextDue(Server::Case, t0).value->id, rejected);
}

void TestOutboxStore::transitions_data()
{
    QTest::addColumn<State>("from");
    QTest::addColumn<QString>("operation");
    // the state afterwards; nullopt with a kind: refused, entry unchanged; both nullopt: removed
    QTest::addColumn<std::optional<State>>("to");
    QTest::addColumn<std::optional<CacheError::Kind>>("refused");

    const auto wrong = std::optional(CacheError::Kind::WrongState);
    const std::optional<CacheError::Kind> ok;
    const std::optional<State> gone;
    const struct
    {
        const char *name;
        State from;
        const char *operation;
        std::optional<State> to;
        std::optional<CacheError::Kind> refused;
    } rows[] = {
        {"send a pending entry", State::Pending, "markInFlight", State::InFlight, ok},
        {"in flight cannot be sent again", State::InFlight, "markInFlight", gone, wrong},
        {"needs attention is not sent", State::NeedsAttention, "markInFlight", gone, wrong},
        {"done is not sent", State::Done, "markInFlight", gone, wrong},
        {"acknowledged", State::InFlight, "markDone", State::Done, ok},
        {"evidence after an unknown outcome", State::Pending, "markDone", State::Done, ok},
        {"needs attention is not done", State::NeedsAttention, "markDone", gone, wrong},
        {"done only once", State::Done, "markDone", gone, wrong},
        {"transient failure retries later", State::InFlight, "markTransientFailure", State::Pending,
         ok},
        {"no transient failure unsent", State::Pending, "markTransientFailure", gone, wrong},
        {"no transient failure when parked", State::NeedsAttention, "markTransientFailure", gone,
         wrong},
        {"no transient failure when done", State::Done, "markTransientFailure", gone, wrong},
        {"answer lost after sending", State::InFlight, "markOutcomeUnknown", State::Pending, ok},
        {"no unknown outcome unsent", State::Pending, "markOutcomeUnknown", gone, wrong},
        {"no unknown outcome when done", State::Done, "markOutcomeUnknown", gone, wrong},
        {"permanent failure", State::InFlight, "markNeedsAttention", State::NeedsAttention, ok},
        {"refused before sending", State::Pending, "markNeedsAttention", State::NeedsAttention, ok},
        {"already needs attention", State::NeedsAttention, "markNeedsAttention", gone, wrong},
        {"done never needs attention", State::Done, "markNeedsAttention", gone, wrong},
        {"retry after attention", State::NeedsAttention, "retry", State::Pending, ok},
        {"retry of pending", State::Pending, "retry", gone, wrong},
        {"retry while in flight", State::InFlight, "retry", gone, wrong},
        {"retry of done", State::Done, "retry", gone, wrong},
        {"edit after attention", State::NeedsAttention, "updatePayload", State::Pending, ok},
        {"edit while pending", State::Pending, "updatePayload", State::Pending, ok},
        {"no edit in flight", State::InFlight, "updatePayload", gone, wrong},
        {"no edit when done", State::Done, "updatePayload", gone, wrong},
        {"discard pending", State::Pending, "discard", gone, ok},
        {"discard after attention", State::NeedsAttention, "discard", gone, ok},
        {"discard done", State::Done, "discard", gone, ok},
        {"never discard in flight", State::InFlight, "discard", gone, wrong},
    };
    for (const auto &row : rows)
        QTest::newRow(row.name) << row.from << QString::fromLatin1(row.operation) << row.to
                                << row.refused;
}

void TestOutboxStore::transitions()
{
    QFETCH(State, from);
    QFETCH(QString, operation);
    QFETCH(std::optional<State>, to);
    QFETCH(std::optional<CacheError::Kind>, refused);

    const QString id = enqueue(draft());
    QVERIFY(bringTo(id, from));
    const QStringList before = dumpOutbox(*m_database);

    CacheStatus status;
    if (operation == "markInFlight"_L1)
        status = m_store->markInFlight(id, t0);
    else if (operation == "markDone"_L1)
        status = m_store->markDone(id, "{}");
    else if (operation == "markTransientFailure"_L1)
        status = m_store->markTransientFailure(id, u"503"_s, u"busy"_s, t0.addSecs(60));
    else if (operation == "markOutcomeUnknown"_L1)
        status = m_store->markOutcomeUnknown(id, u"network"_s, u"connection closed"_s, t0.addSecs(60));
    else if (operation == "markNeedsAttention"_L1)
        status = m_store->markNeedsAttention(id, u"409"_s, u"conflict"_s);
    else if (operation == "retry"_L1)
        status = m_store->retry(id, t0);
    else if (operation == "updatePayload"_L1)
        status = m_store->updatePayload(id, "{\"edited\":true}", t0);
    else if (operation == "discard"_L1)
        status = m_store->discard(id);
    else
        QFAIL("unknown operation");

    if (refused) {
        QVERIFY(status);
        QCOMPARE(status->kind, *refused);
        QCOMPARE(dumpOutbox(*m_database), before);
        return;
    }
    QCOMPARE(status, std::nullopt);
    const auto after = m_store->entry(id);
    QVERIFY(after.ok());
    if (!to) {
        QCOMPARE(after.value, std::nullopt);
        return;
    }
    QVERIFY(after.value);
    QCOMPARE(after.value->state, *to);
    // only a lost answer leaves the dispatcher unsure whether the server acted
    QCOMPARE(after.value->outcomeUnknown, operation == "markOutcomeUnknown"_L1);
}

void TestOutboxStore::transitionsRecordWhatHappened()
{
    const QString id = enqueue(draft());
    QCOMPARE(m_store->markInFlight(id, t0.addSecs(1)), std::nullopt);
    QCOMPARE(m_store->entry(id).value->sentAt, t0.addSecs(1));

    QCOMPARE(m_store->markTransientFailure(id, u"503"_s, u"Service Unavailable"_s, t0.addSecs(10)),
             std::nullopt);
    auto entry = *m_store->entry(id).value;
    QCOMPARE(entry.attempts, 1);
    QCOMPARE(entry.nextAttemptAt, t0.addSecs(10));
    QCOMPARE(entry.lastErrorCode, u"503"_s);
    QCOMPARE(entry.lastErrorMessage, u"Service Unavailable"_s);

    QCOMPARE(m_store->markInFlight(id, t0.addSecs(10)), std::nullopt);
    QCOMPARE(m_store->markNeedsAttention(id, u"400-101"_s, u"Subject is required"_s), std::nullopt);
    entry = *m_store->entry(id).value;
    QCOMPARE(entry.attempts, 2);
    QCOMPARE(entry.lastErrorMessage, u"Subject is required"_s);

    QCOMPARE(m_store->updatePayload(id, "{\"subject\":\"fixed\"}", t0.addSecs(20)), std::nullopt);
    entry = *m_store->entry(id).value;
    QCOMPARE(entry.state, State::Pending);
    QCOMPARE(entry.payload, QByteArray("{\"subject\":\"fixed\"}"));
    QCOMPARE(entry.nextAttemptAt, t0.addSecs(20));

    QCOMPARE(m_store->markInFlight(id, t0.addSecs(20)), std::nullopt);
    QCOMPARE(m_store->markDone(id, R"({"activityId":4711})"), std::nullopt);
    entry = *m_store->entry(id).value;
    QCOMPARE(entry.state, State::Done);
    QCOMPARE(entry.result, QByteArray(R"({"activityId":4711})"));
    // the send that was applied counts: two refused or failed, the third applied
    QCOMPARE(entry.attempts, 3);
}

void TestOutboxStore::unknownIdIsNotFound()
{
    for (const auto &status :
         {m_store->markInFlight(u"nope"_s), m_store->markDone(u"nope"_s, {}),
          m_store->markTransientFailure(u"nope"_s, {}, {}, t0),
          m_store->markNeedsAttention(u"nope"_s, {}, {}), m_store->retry(u"nope"_s),
          m_store->updatePayload(u"nope"_s, "{}"), m_store->discard(u"nope"_s)}) {
        QVERIFY(status);
        QCOMPARE(status->kind, CacheError::Kind::NotFound);
    }
    QCOMPARE(m_store->entry(u"nope"_s).value, std::nullopt);
}

void TestOutboxStore::discardSendsDependentsToNeedsAttention()
{
    const QString calltrack = enqueue(draft());
    OutboxEntry change = draft();
    change.kind = OutboxEntry::Kind::ChangeCase;
    change.dependsOn = calltrack;
    const QString dependent = enqueue(change);
    QVERIFY(bringTo(calltrack, State::NeedsAttention));

    QCOMPARE(m_store->discard(calltrack), std::nullopt);
    const auto entry = *m_store->entry(dependent).value;
    QCOMPARE(entry.state, State::NeedsAttention);
    QCOMPARE(entry.lastErrorCode, u"dependency-discarded"_s);
    QVERIFY(entry.dependsOn.isEmpty());
    QCOMPARE(m_store->list().value.size(), 1);
}

void TestOutboxStore::discardOfADoneEntryReleasesItsDependents()
{
    const QString calltrack = enqueue(draft());
    OutboxEntry change = draft();
    change.dependsOn = calltrack;
    const QString dependent = enqueue(change);
    QVERIFY(bringTo(calltrack, State::Done));
    QCOMPARE(m_store->discard(calltrack), std::nullopt);
    const auto entry = *m_store->entry(dependent).value;
    QCOMPARE(entry.state, State::Pending);
    QCOMPARE(m_store->nextDue(Server::Case, t0).value->id, dependent);
}

void TestOutboxStore::listsAndCountsByState()
{
    const QString a = enqueue(draft());
    const QString b = enqueue(draft(Server::Jtel));
    const QString c = enqueue(draft());
    QVERIFY(bringTo(b, State::NeedsAttention));
    QVERIFY(bringTo(c, State::Done));

    QCOMPARE(m_store->count(State::Pending).value, 1);
    QCOMPARE(m_store->count(State::NeedsAttention).value, 1);
    QCOMPARE(m_store->count(State::Done).value, 1);
    QCOMPARE(m_store->count(State::InFlight).value, 0);
    const auto open = m_store->list({State::Pending, State::NeedsAttention});
    QVERIFY(open.ok());
    QCOMPARE(open.value.size(), 2);
    QCOMPARE(open.value.at(0).id, a);
    QCOMPARE(open.value.at(1).id, b);
    QCOMPARE(m_store->list().value.size(), 3);
}

// What a transfer queued at some time may find changed behind the cache's back: done transfers
// and moves before it of the same activities whose effects were read back at that time or
// later, or never.
void TestOutboxStore::doneEntriesAreUncachedUntilTheirEffectsAreRead()
{
    auto reassign = [](const QDateTime &queuedAt) {
        OutboxEntry entry = draft();
        entry.kind = OutboxEntry::Kind::Reassign;
        entry.createdAt = queuedAt;
        return entry;
    };
    // sent at t0, done with the activities it changed
    auto done = [this](const QString &id, const QByteArray &activityIds) {
        return !m_store->markInFlight(id, t0)
            && !m_store->markDone(id, R"({"activityIds":)" + activityIds + '}');
    };
    const QString calltrack = enqueue(draft());
    const QString early = enqueue(reassign(t0));
    const QString late = enqueue(reassign(t0));
    const QString unread = enqueue(reassign(t0));
    const QString last = enqueue(reassign(t0.addSecs(20)));
    QVERIFY(done(calltrack, R"(["7"])")); // a calltrack moves no activity
    QVERIFY(done(early, R"(["1"])"));
    QVERIFY(done(late, R"(["2","3"])"));
    QVERIFY(done(unread, R"(["4"])"));
    QCOMPARE(m_store->markEffectsCached({early}, t0.addSecs(10)), std::nullopt);
    QCOMPARE(m_store->markEffectsCached({late}, t0.addSecs(30)), std::nullopt);
    const qint64 seq = m_store->entry(last).value->seq;
    auto changed = [this](qint64 before, const QDateTime &queuedAt, const QList<qint64> &ids) {
        const auto found = m_store->changedUncachedAt(before, queuedAt, ids);
        return found.ok() && found.value;
    };

    // queued at t0 + 20: `late` was read back after that, `unread` never
    QVERIFY(!changed(seq, t0.addSecs(20), {1}));
    QVERIFY(changed(seq, t0.addSecs(20), {3, 9}));
    QVERIFY(changed(seq, t0.addSecs(20), {4}));
    QVERIFY(!changed(seq, t0.addSecs(20), {7, 9}));
    // queued at t0 + 40: only the one never read back
    QVERIFY(!changed(seq, t0.addSecs(40), {2, 3}));
    QVERIFY(changed(seq, t0.addSecs(40), {4}));
    // only entries queued before it count
    QVERIFY(!changed(m_store->entry(unread).value->seq, t0.addSecs(40), {4}));
    // a pending entry has no effects to note as read
    QCOMPARE(m_store->markEffectsCached({last, unread}, t0.addSecs(50)), std::nullopt);
    QVERIFY(!changed(seq, t0.addSecs(60), {4}));
    QVERIFY(done(last, R"(["5"])"));
    QVERIFY(changed(seq + 1, t0.addSecs(60), {5}));
}

void TestOutboxStore::resetInFlightMarksTheOutcomeUnknown()
{
    const QString a = enqueue(draft(Server::Case));
    const QString b = enqueue(draft(Server::Jtel));
    const QString c = enqueue(draft(Server::Case));
    QVERIFY(bringTo(a, State::InFlight));
    QVERIFY(bringTo(b, State::InFlight));

    // a crash: the process ends with both in flight
    const QString path = m_database->filePath();
    m_store.reset();
    m_database.reset();
    m_database = std::make_unique<CacheDatabase>(path);
    QCOMPARE(m_database->open(), std::nullopt);
    m_store = std::make_unique<OutboxStore>(*m_database);

    const auto reset = m_store->resetInFlight(t0.addSecs(5));
    QVERIFY(reset.ok());
    QCOMPARE(reset.value, 2);
    for (const QString &id : {a, b}) {
        const auto entry = *m_store->entry(id).value;
        QCOMPARE(entry.state, State::Pending);
        QVERIFY(entry.outcomeUnknown);
    }
    QVERIFY(!m_store->entry(c).value->outcomeUnknown);
    // order is kept: the unknown one is still the head
    QCOMPARE(m_store->nextDue(Server::Case, t0.addSecs(5)).value->id, a);
    // evidence found on the server: done without sending again
    QCOMPARE(m_store->markDone(a, "{\"found\":true}"), std::nullopt);
    QVERIFY(!m_store->entry(a).value->outcomeUnknown);
    QCOMPARE(m_store->resetInFlight().value, 0);
}

void TestOutboxStore::failTheIthStatement_data()
{
    QTest::addColumn<QString>("operation");
    for (const char *operation : {"enqueue", "enqueue with dependency", "enqueueAll", "markInFlight",
                                  "markDone", "markTransientFailure", "markOutcomeUnknown",
                                  "markNeedsAttention", "retry",
                                  "updatePayload", "discard with dependents", "resetInFlight"})
        QTest::newRow(operation) << QString::fromLatin1(operation);
}

// Fails the 1st, 2nd, … statement of one operation until it gets through: every failure must be
// reported and leave the outbox exactly as it was — never half an entry or half a transition.
void TestOutboxStore::failTheIthStatement()
{
    QFETCH(QString, operation);
    const QString head = enqueue(draft());
    OutboxEntry dependentDraft = draft(Server::Jtel);
    dependentDraft.dependsOn = head;
    const QString dependent = enqueue(dependentDraft);
    const QString other = enqueue(draft());
    QVERIFY(bringTo(head, State::InFlight));
    QVERIFY(bringTo(other, State::NeedsAttention));

    const std::function<bool()> run = [&]() -> bool {
        if (operation == "enqueue"_L1)
            return m_store->enqueue(draft()).ok();
        if (operation == "enqueue with dependency"_L1)
            return m_store->enqueue(dependentDraft).ok();
        if (operation == "enqueueAll"_L1) // a change case of more than 75: all chunks or none
            return m_store->enqueueAll({draft(), draft(), draft()}).ok();
        if (operation == "markInFlight"_L1)
            return !m_store->markInFlight(dependent, t0);
        if (operation == "markDone"_L1)
            return !m_store->markDone(head, "{\"id\":1}");
        if (operation == "markTransientFailure"_L1)
            return !m_store->markTransientFailure(head, u"503"_s, u"busy"_s, t0.addSecs(9));
        if (operation == "markOutcomeUnknown"_L1)
            return !m_store->markOutcomeUnknown(head, u"network"_s, u"closed"_s, t0.addSecs(9));
        if (operation == "markNeedsAttention"_L1)
            return !m_store->markNeedsAttention(head, u"400"_s, u"bad"_s);
        if (operation == "retry"_L1)
            return !m_store->retry(other, t0);
        if (operation == "updatePayload"_L1)
            return !m_store->updatePayload(other, "{\"x\":2}", t0);
        if (operation == "discard with dependents"_L1)
            return !m_store->discard(head);
        if (operation == "resetInFlight"_L1)
            return m_store->resetInFlight(t0).ok();
        return false;
    };
    if (operation == "discard with dependents"_L1) // an entry in flight cannot be discarded
        QVERIFY(!m_store->markNeedsAttention(head, u"400"_s, u"bad"_s));

    const QStringList before = dumpOutbox(*m_database);
    int failures = 0;
    for (int i = 1; i <= 50; ++i) {
        FailureInjection::failNth(i);
        const bool ok = run();
        const bool fired = FailureInjection::fired();
        FailureInjection::disarm();
        if (!fired) {
            QVERIFY2(ok, qPrintable(u"fails without an injected failure (i = %1)"_s.arg(i)));
            QVERIFY(dumpOutbox(*m_database) != before);
            QVERIFY2(failures > 0, "the sweep never reached a statement");
            return;
        }
        ++failures;
        QVERIFY2(!ok,
                 qPrintable(u"statement %1 failed but the operation reported success"_s.arg(i)));
        QCOMPARE(dumpOutbox(*m_database), before);
    }
    QFAIL("the operation never succeeded");
}

// The outbox is durable (an fsync of the WAL per commit, SqlTransaction::Durability::Full), and a
// dispatched entry costs one fsync: in flight before the request leaves. Done rides on the next
// fsync (a power loss before it leaves the entry in flight, and its outcome is looked for on
// the server before anything is sent again), and so does the dispatcher's rewrite of the
// payload it sends (real ids, the lastModified it read); a user's edit is durable at once.
void TestOutboxStore::eachStateChangeCostsOneSyncAtMost()
{
    const QString id = enqueue(draft());
    QVERIFY(!id.isEmpty());
    const auto synced = [](const std::function<bool()> &change) {
        const int before = CountedWalSyncs::count();
        return change() ? CountedWalSyncs::count() - before : -1;
    };
    QCOMPARE(synced([&] { return enqueue(draft()).size() > 0; }), 1);
    QCOMPARE(synced([&] { return !m_store->updatePayload(id, "{\"edited\":1}"); }), 1);
    QCOMPARE(synced([&] { return !m_store->resolvePayload(id, "{\"sent\":1}"); }), 0);
    QCOMPARE(synced([&] { return !m_store->markInFlight(id); }), 1);
    QCOMPARE(synced([&] { return !m_store->markDone(id, "{}"); }), 0);
    QCOMPARE(m_store->entry(id).value->payload, QByteArray("{\"sent\":1}"));
    // only a pending entry gets the payload the dispatcher sends
    QCOMPARE(m_store->resolvePayload(id, "{}")->kind, CacheError::Kind::WrongState);
}

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "tst_outboxstore.moc"
