#pragma once

#include "api/apierror.h"
#include "api/apiresult.h"
#include "cache/outboxentry.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

struct Activity;
struct QueuedChangeCase;
struct QueuedReassign;
class CacheDatabase;
class CacheNotifier;
class CaseManagerClient;
class JtelClient;
class QTimer;

// Sends what the outbox holds, one entry at a time per server, in the order it was queued
// (the outbox contract in docs/architecture.md):
//  - success: the entry is done with the server's answer, and its effects are read back from
//    the server into the cache (the new activity, the moved and reassigned activities and their
//    cases, the created ACD event), so the models update without waiting for the next poll;
//    the activities of all entries applied in one replay are read back together at its end,
//    before it reports (a bulk write reads each activity and its case once, not per request);
//  - the server refused it (400, 403, 404, 409, any other non-transient status): the entry
//    needs attention with the server's code and message, and the entries after it go on;
//  - unreachable, busy, signed out: the entry stays pending with a back-off, and so does the
//    rest of that server's queue, until the next replay (RetryBackoff: 5 s doubling to 5 min);
//  - the request may have been applied (connection lost after sending, a 502/504, an answer
//    that could not be read, a crash while in flight): before sending it again the dispatcher
//    looks for evidence that the server applied it, so a replay never creates a duplicate.
// Entries that name results of earlier entries (a change case of an activity created offline,
// the later chunks of a move into a new case) are rewritten with the real ids before sending.
//
// A pending entry is taken with a pending -> in-flight transition, which only one process can
// win, so the app and agentdeskctl can share a profile.
class OutboxDispatcher : public QObject
{
    Q_OBJECT
public:
    // Either client may be null when the profile has no such server; its entries then wait.
    OutboxDispatcher(CacheDatabase &database, CaseManagerClient *caseClient,
                     JtelClient *jtelClient, CacheNotifier *notifier, QObject *parent = nullptr);
    ~OutboxDispatcher() override;

    // Sends the due entries of the server until none is due, then runs done. A call while that
    // server's replay runs joins it (and makes it look once more before it ends). Entries not
    // yet due get a timer that replays them when they are.
    void replay(OutboxEntry::Server server, std::function<void()> done = {});
    bool isReplaying(OutboxEntry::Server server) const;
    // No timer starts a replay any more: the process is ending (agentdeskctl logs out of ECE
    // after its command, and a replay started then would sign in again).
    void stopRetrying();

    // the last error code of an entry that waits because the credentials were refused or none
    // are stored; it is not retried on a timer, only by the next replay()
    static inline const QString AuthenticationCode = QStringLiteral("authentication");
    // the last error code of a transfer or pick the server refused with 409: an activity changed
    // since it was read; a retry reads the activities again before it sends
    static inline const QString ChangedSinceRead = QStringLiteral("changed");

signals:
    // after every state change the dispatcher made (read back from the outbox)
    void entryUpdated(const OutboxEntry &entry);
    // the server applied or refused an entry: it is reachable now
    void serverAnswered(OutboxEntry::Server server);

private:
    struct Replay;
    struct Prepared;

    void runNext(OutboxEntry::Server server);
    void finishReplay(OutboxEntry::Server server);
    void scheduleRetry(OutboxEntry::Server server);

    void checkEvidence(const OutboxEntry &entry);
    void evidenceFailed(const OutboxEntry &entry, const ApiError &error);
    void checkReassign(const OutboxEntry &entry);
    void findCalltrack(const OutboxEntry &entry,
                       const std::function<void(std::optional<QByteArray>, std::optional<ApiError>)> &done);
    void findChangeCase(const OutboxEntry &entry,
                        const std::function<void(std::optional<QByteArray>, std::optional<ApiError>)> &done);
    void findCallback(const OutboxEntry &entry,
                      const std::function<void(std::optional<QByteArray>, std::optional<ApiError>)> &done);

    void send(const OutboxEntry &entry);
    std::optional<QString> resolveChangeCase(const OutboxEntry &entry, QByteArray *payload);
    // pending -> in flight, then the call; its answer decides the entry's next state
    template<typename T>
    void transmit(const OutboxEntry &entry, const std::function<void(const ApiCallback<T> &)> &call,
                  const std::function<QByteArray(const T &)> &result);
    static QString unreadable();
    static QString evidenceRefused(const ApiError &error);
    void sendCalltrack(const OutboxEntry &entry);
    void sendChangeCase(const OutboxEntry &entry);
    void transmitChangeCase(const OutboxEntry &entry, const QueuedChangeCase &change,
                            const QList<Activity> &knownActivities);
    void sendCallback(const OutboxEntry &entry);
    void sendReassign(const OutboxEntry &entry);
    bool changedByEarlierEntry(const OutboxEntry &entry, const QList<qint64> &ids) const;
    // whether the lastModified this reassign was queued with must be read again before sending
    bool needsFreshTimes(const OutboxEntry &entry, const QList<qint64> &ids) const;
    void transmitReassign(const OutboxEntry &entry, const QueuedReassign &reassign,
                          const QList<qint64> &chunkIds, const QList<Activity> &knownActivities);

    void succeeded(const OutboxEntry &entry, const QByteArray &result);
    // the activities an applied entry created, moved or reassigned, read back at the replay's end
    static QList<qint64> affectedActivities(const OutboxEntry &entry);
    // Operation: the write itself; Evidence: the look whether it was applied; Read: a read
    // before sending it (nothing was sent)
    enum class FailedCall { Operation, Evidence, Read };
    void failed(const OutboxEntry &entry, const ApiError &error,
                FailedCall call = FailedCall::Operation);
    void needsAttention(const OutboxEntry &entry, const QString &code, const QString &message);
    // after a failed cache write: the replay of that server stops; nothing is lost, since the
    // entry keeps the state it had
    void stopOnCacheError(const OutboxEntry &entry, const QString &what, const QString &error);

    void applyEffects(const OutboxEntry &entry, const std::function<void()> &done);

    void publish(const QString &id);
    // the ids a done entry of this kind already accounts for, so evidence never claims them twice
    QList<qint64> claimedIds(OutboxEntry::Kind kind);

    CacheDatabase &m_database;
    QPointer<CaseManagerClient> m_caseClient;
    QPointer<JtelClient> m_jtelClient;
    CacheNotifier *m_notifier;
    QHash<OutboxEntry::Server, Replay *> m_replays;
    bool m_retrying = true;
};
