#pragma once

#include "cache/cacheresult.h"

#include <QObject>

#include <functional>
#include <memory>

class CacheDatabase;
class CacheNotifier;
class CacheWriteWatcher;
class OutboxDispatcher;
class ProcessLock;
class ServerConnections;
class SyncEngine;

// One profile at run time: its cache, the outbox dispatcher and the sync engine over the
// profile's servers, wired so that a server's outbox is replayed before every pull of that
// server. The desktop app holds one for the profile it shows, agentdeskctl one per command;
// both use the same cache file, so either sends what the other queued.
class ProfileSession : public QObject
{
    Q_OBJECT
public:
    // connections must outlive the session. cacheFilePath: empty for the profile's file
    // (CacheDatabase::defaultFilePath).
    explicit ProfileSession(ServerConnections *connections, const QString &cacheFilePath = {},
                            QObject *parent = nullptr);
    ~ProfileSession() override;

    // Opens (and migrates) the cache and follows what other processes write to it (after every
    // sync and on a change of the file), so the models show their rows too. The first process to
    // open a profile's cache also puts entries a crash left in flight back to pending with an
    // unknown outcome; a process that opens it while another one runs leaves them alone, since that
    // one may still be waiting for their answers. Nothing else works before open() succeeded.
    CacheStatus open();

    // Makes every pending entry due now (the user asked: the back-off does not apply) and
    // replays the outbox of each server the profile has, then calls done.
    void flush(const std::function<void()> &done);

    ServerConnections *connections() const { return m_connections; }
    CacheDatabase &database() const { return *m_database; }
    CacheNotifier *notifier() const { return m_notifier.get(); }
    OutboxDispatcher *dispatcher() const { return m_dispatcher.get(); }
    SyncEngine *syncEngine() const { return m_syncEngine.get(); }
    // the login whose activities are pulled ("my activities"); empty for an OAuth client
    // application, which has none
    QString userLogin() const;

private:
    ServerConnections *m_connections;
    // declared in construction order: destroyed in reverse, the database last
    std::unique_ptr<CacheDatabase> m_database;
    std::unique_ptr<ProcessLock> m_recoveryLock;
    std::unique_ptr<CacheNotifier> m_notifier;
    std::unique_ptr<OutboxDispatcher> m_dispatcher;
    std::unique_ptr<SyncEngine> m_syncEngine;
    std::unique_ptr<CacheWriteWatcher> m_writeWatcher; // once open
};
