#pragma once

#include <QSqlDatabase>

#include <optional>

// A connection's settings for the length of one large write (RAII), the old ones back after it.
// - SQLite's page cache (2 MB by default) holds the pages a transaction changes until they spill
//   into the WAL in the middle of it; a first sync of 100k events changes ~70 MB of pages and
//   1,000 activities read back after a bulk change case ~6 MB, and the spills wrote much of it
//   twice (~20 % of the time of either). The cache grows to what the write changes, within a
//   bound; setting the old size back frees the pages.
// - Checkpoint::Deferred: SQLite's automatic checkpoint would copy the whole write from the WAL
//   into the file, with two fsyncs, before COMMIT returns (~25 % of the time of a first sync):
//   the writer checkpoints after it has announced the change instead
//   (CacheDatabase::checkpoint()).
class BulkWriteSettings
{
public:
    enum class Checkpoint { Automatic, Deferred };

    // changedKib: what the write will change, table and index pages; 0 changes nothing
    BulkWriteSettings(const QSqlDatabase &db, qint64 changedKib,
                      Checkpoint checkpoint = Checkpoint::Automatic);
    ~BulkWriteSettings();
    BulkWriteSettings(const BulkWriteSettings &) = delete;
    BulkWriteSettings &operator=(const BulkWriteSettings &) = delete;

    bool checkpointDeferred() const { return m_autoCheckpoint.has_value(); }

private:
    std::optional<qint64> pragma(const char *name) const;
    void set(const char *name, qint64 value) const;

    QSqlDatabase m_db;
    std::optional<qint64> m_cacheSize;
    std::optional<qint64> m_autoCheckpoint;
};
