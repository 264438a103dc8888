#pragma once

#include "cache/cacheresult.h"
#include "cache/migrations.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

#include <atomic>

// One SQLite file per profile. SQLite connections must not be shared between threads, so
// every thread that touches the cache gets its own connection, opened lazily by connection()
// and removed when the thread ends or close() is called. WAL lets those connections read while
// one of them writes.
class CacheDatabase
{
    Q_DECLARE_TR_FUNCTIONS(CacheDatabase)
public:
    // steps: the schema to migrate to; tests pass a shortened or extended list.
    explicit CacheDatabase(QString filePath, QList<MigrationStep> steps = Migrations::all());
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    // <GenericDataLocation>/AgentDesk/agentdesk/cache/<profile>.sqlite, the same for every binary
    static QString defaultFilePath(const QString &profile);

    // Creates the file if needed and migrates it. A file of a newer schema is refused untouched.
    CacheStatus open();
    // Removes the connections of every thread; call it once no other thread uses the cache.
    void close();
    bool isOpen() const { return m_open.load(); }

    // The calling thread's connection, opened on first use; not open when the database is not
    // (or could not be opened on this thread). Fetch it per operation rather than keeping it.
    QSqlDatabase connection();

    QString filePath() const { return m_filePath; }
    // A write to the file failed: the error with the file's path and, where the file system
    // tells, why (a read-only file or folder, a full disk), so that its message says what to fix.
    // Other kinds of errors come back unchanged.
    CacheError explained(CacheError error) const;
    int targetVersion() const { return Migrations::latestVersion(m_steps); }

    // Every row this CacheDatabase writes to activities, cases, acd_events or outbox is counted
    // in the file under its own writer name (sync_state rows "writer:<uuid>", key: the table),
    // by TEMP triggers on each of its connections. Other processes on the same file
    // (agentdeskctl, a second window) count theirs under their names.
    // The rows the others wrote, per table: a sum that changes when another writer wrote there.
    CacheResult<QHash<QString, qint64>> writesByOthers();
    // A trigger per row costs a bulk write of 100k rows ~15 % of its time. Inside its
    // transaction, the writer turns the counting of `table` off on its connection and counts its
    // rows in one step when it turns it on again; a rollback undoes both.
    CacheStatus suspendWriteCounting(const QSqlDatabase &db, const QString &table);
    CacheStatus resumeWriteCounting(const QSqlDatabase &db, const QString &table,
                                    qint64 rowsWritten);

    // Copies what the WAL holds into the file, without waiting for readers or writers
    // (PASSIVE). A bulk write commits without SQLite's automatic checkpoint, so that the change
    // is announced as soon as it is in the WAL; its writer calls this afterwards, on its own
    // thread. Otherwise the next commit of any connection (the GUI thread's too) would copy it.
    CacheStatus checkpoint();

private:
    QString connectionName() const;
    QSqlDatabase openConnection(const QString &name);
    CacheStatus prepareFile();
    void countWrites(const QSqlDatabase &db) const;
    // the CREATE TEMP TRIGGER statements that count the writes to a table
    QStringList countingTriggers(const QString &table) const;
    void retireWriteCounts();

    const QString m_filePath;
    const QList<MigrationStep> m_steps;
    const quint64 m_instance;
    const QString m_writer; // "writer:<uuid>": this instance's write counters
    std::atomic<bool> m_open {false};
    std::atomic<bool> m_migrated {false}; // the tables exist: new connections count their writes
    QMutex m_mutex;
    QStringList m_connectionNames; // guarded by m_mutex
};
