#pragma once

#include "api/apierror.h"
#include "cache/cacheerror.h"
#include "cache/outboxentry.h"
#include "sync/serverstatus.h"
#include "sync/syncwriter.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class CacheDatabase;
class CacheNotifier;
class CaseManagerClient;
class JtelClient;
class QTimer;

// Keeps the cache of one profile in step with its servers, and says how each server is doing.
//  - jtel: the whole event list on every pull (there is no other way), diffed against the
//    cache; only new, changed and vanished events are written and reported.
//  - case server: the profile user's activities, incrementally by lastModifiedDate (eGain v3
//    §9, ECE v12 §7.2) after a first full pull, plus every activity of the watched cases; then
//    the cases of the activities that changed.
// Before every pull of a server the outbox of that server is replayed (setReplay), so that
// server data never overwrites a change still queued here. Diffs and writes run on worker
// threads; the engine's own thread only starts requests and receives results. Every write is
// reported to the CacheNotifier with row ids.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    using Server = OutboxEntry::Server;
    // Replays the outbox of `server`, then calls done — exactly once, whatever the replay's
    // outcome, on the engine's thread. The pull waits for it.
    using Replay = std::function<void(Server server, std::function<void()> done)>;

    // Either client may be null: that server is then SignedOut. userName: the profile's user,
    // whose activities are pulled (empty for an API client, which may not search by user).
    // The database and the notifier must outlive the engine.
    SyncEngine(CaseManagerClient *caseClient, JtelClient *jtelClient, CacheDatabase &database,
               CacheNotifier *notifier, QString userName, QObject *parent = nullptr);
    // Waits for a write that is still running on a worker thread.
    ~SyncEngine() override;

    void setReplay(Replay replay);

    // Polls every interval, spread ±20 %; default 60 s. A pending poll is rescheduled.
    void setPollInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds pollInterval() const { return m_pollInterval; }
    // Syncs each configured server now, then polls; after a failure it retries with back-off
    // (RetryBackoff) instead. stop() ends the polling; a running sync still completes.
    void start();
    void stop();
    bool isStarted() const { return m_started; }

    // A sync now. While one of that server runs, it asks for exactly one more after it.
    void syncNow(Server server);
    void syncNow();
    bool isSyncing(Server server) const;

    // The activities of a case a pane shows: pulled with the next pulls (one starts now) until
    // unwatched. A case is refreshed whenever one of its activities changed.
    void watchCase(qint64 caseId);
    void unwatchCase(qint64 caseId);
    // The activities of these queues are pulled too, from now on (the Team pane shows who holds
    // what in them); syncs now when the set grows.
    void watchQueues(const QSet<qint64> &queueIds);

    ServerStatus status(Server server) const;

    // Another request to the server got its answer (the outbox dispatcher's): a server thought
    // offline is online at once, and the retry waiting for its back-off starts now.
    void serverAnswered(Server server);

signals:
    void statusChanged(OutboxEntry::Server server, const ServerStatus &status);
    // a sync of this server began (the outbox replay, then the pull); syncFinished follows
    void syncStarted(OutboxEntry::Server server);
    // after every sync, with or without success
    void syncFinished(OutboxEntry::Server server, bool ok);

private:
    struct ServerRun
    {
        ServerStatus status;
        QTimer *timer = nullptr; // the next poll, or the retry after a failure
        bool running = false;
        bool again = false; // asked for during a run: one more run after it
        int failures = 0; // in a row
    };
    struct CasePull;

    ServerRun &run(Server server);
    const ServerRun &run(Server server) const;
    bool hasClient(Server server) const;
    void loadSyncState();

    void begin(Server server);
    void pull(Server server);
    void pullJtel();
    void pullCase();
    void searchNext(const std::shared_ptr<CasePull> &pull);
    void storeActivities(const std::shared_ptr<CasePull> &pull);
    void storeCases(const std::shared_ptr<CasePull> &pull, const QList<Case> &cases);
    void finish(Server server, const std::optional<ApiError> &apiError,
                const std::optional<CacheError> &cacheError, const QDateTime &syncedAt);
    void setStatus(Server server, const ServerStatus &status);
    void onWorker(std::function<SyncWriter::Result()> work,
                  std::function<void(const SyncWriter::Result &)> then);

    QPointer<CaseManagerClient> m_caseClient;
    QPointer<JtelClient> m_jtelClient;
    CacheDatabase &m_database;
    CacheNotifier *m_notifier;
    const QString m_userName;
    Replay m_replay;
    std::chrono::milliseconds m_pollInterval {60'000};
    bool m_started = false;
    ServerRun m_caseRun;
    ServerRun m_jtelRun;
    QSet<qint64> m_watchedCases;
    QSet<qint64> m_watchedQueues;
    // the newest lastModified among the user's activities pulled so far (server time), and
    // whose they were; 0 until the first full pull completed
    qint64 m_modifiedMs = 0;
    QString m_modifiedUser;
};
