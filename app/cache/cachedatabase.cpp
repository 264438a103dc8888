#include "cache/cachedatabase.h"

#include "cache/sqlstatement.h"
#include "core/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// A serial number per thread: unlike native thread ids it is never reused, so a new thread can
// never pick up a dead thread's connection.
quint64 threadSerial()
{
    static std::atomic<quint64> next {0};
    thread_local const quint64 serial = ++next;
    return serial;
}

// The connection names not removed yet, of every thread. Never destroyed: the threads of the
// global thread pool end during static destruction, after Qt SQL's own registry may be gone,
// and must then learn that close() already removed their connections rather than touch it.
struct OpenConnections
{
    QMutex mutex;
    QSet<QString> names;

    // true when the name was still open (and is no longer registered)
    bool take(const QString &name)
    {
        QMutexLocker locker(&mutex);
        return names.remove(name);
    }
};
OpenConnections &openConnections()
{
    static auto *const open = new OpenConnections;
    return *open;
}

// The connections this thread opened; removed when the thread ends, unless close() did first.
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names)) {
            if (openConnections().take(name))
                QSqlDatabase::removeDatabase(name);
        }
    }
};
thread_local ThreadConnections threadConnections;

std::atomic<quint64> nextInstance {0};

// The tables whose writes reach the models; see CacheDatabase::writesByOthers().
const QStringList countedTables {u"activities"_s, u"cases"_s, u"acd_events"_s, u"outbox"_s};
// Every writer's counters lie in [writerPrefix, writerEnd): one index range of sync_state.
const QString writerPrefix = u"writer:"_s;
const QString writerEnd = u"writer;"_s;
// the counters of writers that closed, so that their rows do not pile up
const QString retiredWriter = u"writer:retired"_s;

} // namespace

CacheDatabase::CacheDatabase(QString filePath, QList<MigrationStep> steps)
    : m_filePath(std::move(filePath))
    , m_steps(std::move(steps))
    , m_instance(++nextInstance)
    , m_writer(writerPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

CacheDatabase::~CacheDatabase()
{
    close();
}

QString CacheDatabase::defaultFilePath(const QString &profile)
{
    // Fixed names, like ProfileStore's settings: AppDataLocation would follow the program's
    // name, and the app and agentdeskctl must share one cache and one outbox per profile.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + "/AgentDesk/agentdesk/cache/"_L1 + profile + ".sqlite"_L1;
}

QString CacheDatabase::connectionName() const
{
    return u"agentdesk.cache:%1:%2:thread-%3"_s.arg(m_instance).arg(m_filePath).arg(threadSerial());
}

CacheStatus CacheDatabase::open()
{
    if (m_open)
        return std::nullopt;
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath())) {
        CacheError error {CacheError::Kind::NotOpen,
                          tr("Cannot create the folder for the cache %1.").arg(m_filePath)};
        qCWarning(lcCache).noquote() << error.message;
        return error;
    }
    m_open = true;
    if (auto error = prepareFile()) {
        close();
        return error;
    }
    return std::nullopt;
}

CacheStatus CacheDatabase::prepareFile()
{
    const QSqlDatabase db = connection();
    if (!db.isOpen())
        return CacheError {CacheError::Kind::NotOpen,
                           tr("Cannot open the cache %1.").arg(m_filePath)};

    // Read the version before anything writes: a newer file must stay byte-identical, and
    // even switching to WAL writes its header.
    const auto version = Migrations::userVersion(db);
    if (!version.ok())
        return version.error;
    const int known = targetVersion();
    if (version.value > known) {
        CacheError error {CacheError::Kind::NewerSchema,
                          tr("The cache %1 has schema version %2, written by a newer AgentDesk; "
                             "this version knows schema versions up to %3 and leaves it untouched.")
                              .arg(m_filePath)
                              .arg(version.value)
                              .arg(known)};
        qCWarning(lcCache).noquote() << error.message;
        return error;
    }

    // journal_mode is stored in the file, so setting it once here covers every connection
    QSqlQuery query(db);
    if (auto error = SqlStatement::exec(query, u"PRAGMA journal_mode = WAL"_s))
        return error;
    if (!query.next() || query.value(0).toString() != "wal"_L1)
        return CacheError {CacheError::Kind::Database,
                           u"the cache %1 cannot use WAL journaling"_s.arg(m_filePath)};
    query.finish();
    if (auto error = Migrations::apply(db, m_steps))
        return error;
    // this connection opened before the tables existed
    countWrites(db);
    m_migrated = true;
    return std::nullopt;
}

// TEMP triggers belong to the connection, so they know which writer they count for; the
// counters themselves are in the file, where every process sees them. They count rows, not
// transactions: a rolled-back write counts nothing.
void CacheDatabase::countWrites(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT name FROM main.sqlite_master WHERE type = 'table'"_s))
        return;
    QStringList present;
    while (query.next())
        present.append(query.value(0).toString());
    query.finish();
    if (!present.contains(u"sync_state"_s))
        return;
    for (const QString &table : countedTables) {
        if (!present.contains(table))
            continue;
        for (const QString &create : countingTriggers(table)) {
            if (!query.exec(create))
                qCWarning(lcCache)
                    << "cannot count writes to" << table << ":" << query.lastError().text();
        }
    }
}

QStringList CacheDatabase::countingTriggers(const QString &table) const
{
    QStringList creates;
    for (const QString operation : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s}) {
        creates.append(uR"(CREATE TEMP TRIGGER IF NOT EXISTS count_%1_%2
AFTER %2 ON main.%1 BEGIN
    INSERT INTO sync_state (server, key, value) VALUES ('%3', '%1', 1)
        ON CONFLICT(server, key) DO UPDATE SET value = value + 1;
END)"_s.arg(table, operation, m_writer));
    }
    return creates;
}

CacheStatus CacheDatabase::suspendWriteCounting(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    for (const QString operation : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s}) {
        if (auto error = SqlStatement::exec(
                query, u"DROP TRIGGER IF EXISTS temp.count_%1_%2"_s.arg(table, operation)))
            return error;
    }
    return std::nullopt;
}

CacheStatus CacheDatabase::resumeWriteCounting(const QSqlDatabase &db, const QString &table,
                                               qint64 rowsWritten)
{
    QSqlQuery query(db);
    if (auto error = SqlStatement::prepare(
            query,
            u"INSERT INTO sync_state (server, key, value) VALUES (:me, :table, :rows) "
            "ON CONFLICT(server, key) DO UPDATE SET value = value + excluded.value"_s))
        return error;
    query.bindValue(u":me"_s, m_writer);
    query.bindValue(u":table"_s, table);
    query.bindValue(u":rows"_s, rowsWritten);
    if (rowsWritten > 0) {
        if (auto error = SqlStatement::exec(query))
            return error;
    }
    for (const QString &create : countingTriggers(table)) {
        if (auto error = SqlStatement::exec(query, create))
            return error;
    }
    return std::nullopt;
}

CacheResult<QHash<QString, qint64>> CacheDatabase::writesByOthers()
{
    using Result = CacheResult<QHash<QString, qint64>>;
    QSqlQuery query(connection());
    if (auto error = SqlStatement::prepare(
            query,
            u"SELECT key, SUM(value) FROM sync_state WHERE server >= :from AND server < :to "
            "AND server <> :me GROUP BY key"_s))
        return Result::failure(*error);
    query.bindValue(u":from"_s, writerPrefix);
    query.bindValue(u":to"_s, writerEnd);
    query.bindValue(u":me"_s, m_writer);
    if (auto error = SqlStatement::exec(query))
        return Result::failure(*error);
    QHash<QString, qint64> writes;
    while (query.next())
        writes.insert(query.value(0).toString(), query.value(1).toLongLong());
    return Result::success(writes);
}

CacheStatus CacheDatabase::checkpoint()
{
    QSqlQuery query(connection());
    return SqlStatement::exec(query, u"PRAGMA wal_checkpoint(PASSIVE)"_s);
}

// Moves this writer's counts to the retired row: the others' sums stay as they are, and a file
// used by many agentdeskctl runs keeps a handful of counter rows.
void CacheDatabase::retireWriteCounts()
{
    const QSqlDatabase db = connection();
    if (!db.isOpen())
        return;
    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM sync_state WHERE server = :me LIMIT 1"_s);
    query.bindValue(u":me"_s, m_writer);
    if (!query.exec() || !query.next())
        return;
    query.finish();
    // plain statements, not SqlStatement: housekeeping at the end is no cache operation a test
    // would count or make fail
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return;
    // WHERE before ON CONFLICT: SQLite would otherwise read ON as a join constraint
    query.prepare(u"INSERT INTO sync_state (server, key, value) "
                  "SELECT :retired, key, value FROM sync_state WHERE server = :me "
                  "ON CONFLICT(server, key) DO UPDATE SET value = value + excluded.value"_s);
    query.bindValue(u":retired"_s, retiredWriter);
    query.bindValue(u":me"_s, m_writer);
    bool ok = query.exec();
    if (ok) {
        query.prepare(u"DELETE FROM sync_state WHERE server = :me"_s);
        query.bindValue(u":me"_s, m_writer);
        ok = query.exec();
    }
    query.finish();
    if (!ok || !query.exec(u"COMMIT"_s)) {
        qCDebug(lcCache) << "the write counters stay under their writer:"
                         << query.lastError().text();
        query.exec(u"ROLLBACK"_s);
    }
}

CacheError CacheDatabase::explained(CacheError error) const
{
    if (error.kind != CacheError::Kind::Database && error.kind != CacheError::Kind::NotOpen)
        return error;
    const QFileInfo file(m_filePath);
    const QString folder = file.absolutePath();
    QString reason;
    // access(2) honours the immutable attribute and read-only mounts, which stop root as well
    if (!QFileInfo(folder).isWritable())
        reason = tr("its folder %1 is read-only").arg(folder);
    else if (file.exists() && !file.isWritable())
        reason = tr("the file is read-only");
    else if (const QStorageInfo disk(folder); disk.isValid() && disk.bytesAvailable() < 1024 * 1024)
        reason = tr("the disk is full");
    error.message = reason.isEmpty()
        ? tr("The cache %1 could not be written: %2").arg(m_filePath, error.message)
        : tr("The cache %1 could not be written, %2: %3").arg(m_filePath, reason, error.message);
    return error;
}

void CacheDatabase::close()
{
    if (m_migrated)
        retireWriteCounts();
    m_migrated = false;
    m_open = false;
    QStringList names;
    {
        QMutexLocker locker(&m_mutex);
        names.swap(m_connectionNames);
    }
    for (const QString &name : std::as_const(names)) {
        if (openConnections().take(name))
            QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase CacheDatabase::connection()
{
    if (!m_open)
        return {};
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    return openConnection(name);
}

QSqlDatabase CacheDatabase::openConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_filePath);
        // wait for another thread's write transaction instead of failing at once
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        bool ok = db.open();
        if (ok) {
            // per-connection settings, not stored in the file. temp_store: a statement that
            // fires triggers keeps a journal of the pages it changes, to undo itself; on disk
            // (SQLite's default) the read-back of 1,000 activities wrote ~20 MB to a temporary
            // file (a quarter of its time), in memory it costs what the statement changes.
            QSqlQuery query(db);
            for (const auto &pragma :
                 {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = NORMAL"_s,
                  u"PRAGMA temp_store = MEMORY"_s}) {
                if (!query.exec(pragma)) {
                    qCWarning(lcCache) << pragma << "failed:" << query.lastError().text();
                    ok = false;
                    break;
                }
            }
            query.finish();
            if (ok && m_migrated)
                countWrites(db);
        } else {
            qCWarning(lcCache).noquote()
                << "cannot open" << m_filePath << ":" << db.lastError().text();
        }
        if (ok) {
            {
                QMutexLocker locker(&m_mutex);
                m_connectionNames.append(name);
            }
            threadConnections.names.append(name);
            {
                QMutexLocker locker(&openConnections().mutex);
                openConnections().names.insert(name);
            }
            return db;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return {};
}
