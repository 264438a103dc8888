#include "sync/cachewritewatcher.h"

#include "cache/cachedatabase.h"
#include "core/logging.h"
#include "sync/cachenotifier.h"

using namespace Qt::StringLiterals;

namespace {

// A writer commits in several statements (the effects of an applied entry, then its state):
// one look after they settled rather than one per write.
constexpr int SettleMs = 100;

} // namespace

CacheWriteWatcher::CacheWriteWatcher(CacheDatabase &database, CacheNotifier *notifier,
                                     QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_notifier(notifier)
{
    // what is in the file now, the models read when they load
    const auto writes = m_database.writesByOthers();
    if (writes.ok())
        m_seen = writes.value;
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &CacheWriteWatcher::check);
    // in WAL mode a commit only appends to the -wal file; a checkpoint writes the file itself
    connect(&m_files, &QFileSystemWatcher::fileChanged, this, &CacheWriteWatcher::fileChanged);
    watch();
}

void CacheWriteWatcher::watch()
{
    // a file that was replaced or removed (the WAL after the last connection closed) is no
    // longer watched; it is watched again once it exists
    for (const QString &path : {m_database.filePath(), m_database.filePath() + u"-wal"_s}) {
        if (!m_files.files().contains(path))
            m_files.addPath(path);
    }
}

void CacheWriteWatcher::fileChanged()
{
    // Not watched until the writes settled: a bulk write (a first sync writes ~70 MB to the
    // WAL) raised thousands of change notifications, each read by this (the GUI) thread, for a
    // 100 ms stall; check() watches again before it reads, so no later write goes unseen.
    if (const QStringList watched = m_files.files(); !watched.isEmpty())
        m_files.removePaths(watched);
    if (!m_settle.isActive())
        m_settle.start();
}

void CacheWriteWatcher::check()
{
    watch();
    const auto writes = m_database.writesByOthers();
    if (!writes.ok())
        return;
    if (writes.value == m_seen)
        return;
    const auto changed
        = [&](const QString &table) { return writes.value.value(table) != m_seen.value(table); };
    const QList<std::pair<QString, CacheChange::Table>> tables {
        {u"activities"_s, CacheChange::Table::Activities},
        {u"cases"_s, CacheChange::Table::Cases},
        {u"acd_events"_s, CacheChange::Table::AcdEvents},
    };
    for (const auto &[name, table] : tables) {
        if (changed(name)) {
            qCDebug(lcCache) << "another process wrote" << name;
            m_notifier->notifyTableRewritten(table);
        }
    }
    if (changed(u"outbox"_s))
        m_notifier->notifyOutboxChanged();
    m_seen = writes.value;
}
