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

} // namespace

CacheDatabase::CacheDatabase(QString filePath, QList<MigrationStep> steps)
    : m_filePath(std::move(filePath))
    , m_steps(std::move(steps))
    , m_instance(++nextInstance)
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
    return Migrations::apply(db, m_steps);
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
            // per-connection settings, not stored in the file
            QSqlQuery query(db);
            for (const auto &pragma :
                 {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = NORMAL"_s}) {
                if (!query.exec(pragma)) {
                    qCWarning(lcCache) << pragma << "failed:" << query.lastError().text();
                    ok = false;
                    break;
                }
            }
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
