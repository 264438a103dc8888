#pragma once

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

class CacheDatabase;
class CacheNotifier;

// Brings writes of other processes to this process's models. agentdeskctl (or a second window)
// writes the same cache file: a callback it created is in the server and in the cache, so the
// sync engine here, which diffs the server's list against the cache, finds nothing new and
// reports nothing — the window never showed it. The watcher compares the others' write counters
// in the file (CacheDatabase::writesByOthers) with what it saw last, after every sync and
// shortly after the file or its WAL changed, and tells the notifier which tables to read again
// (the outbox as an outbox change).
class CacheWriteWatcher : public QObject
{
    Q_OBJECT
public:
    // The database must be open and, like the notifier, outlive the watcher.
    CacheWriteWatcher(CacheDatabase &database, CacheNotifier *notifier, QObject *parent = nullptr);

    // Looks now: a handful of rows, cheap enough for the GUI thread.
    void check();

private:
    void watch();
    void fileChanged();

    CacheDatabase &m_database;
    CacheNotifier *m_notifier;
    QHash<QString, qint64> m_seen;
    QFileSystemWatcher m_files;
    QTimer m_settle; // one look after a burst of file changes
};
