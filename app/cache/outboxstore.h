#pragma once

#include "cache/cacheresult.h"
#include "cache/outboxentry.h"
#include "cache/sqltransaction.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

#include <optional>
#include <utility>

class CacheDatabase;

// The outbox table: the single write path of every operation. Each call is one transaction
// committed with a synced WAL before it returns, so what it reports is what a crash or power
// loss leaves behind. Usable from any thread (each uses its own connection).
class OutboxStore
{
    Q_DECLARE_TR_FUNCTIONS(OutboxStore)
public:
    explicit OutboxStore(CacheDatabase &database);

    // Stores a new pending entry (fresh UUID when entry.id is empty, createdAt and
    // nextAttemptAt default to now) and returns it as stored, with its seq.
    CacheResult<OutboxEntry> enqueue(OutboxEntry entry);
    // The same for several entries in one transaction: all are queued or none (one user action
    // that becomes several requests, e.g. a change case of more than 75 activities).
    CacheResult<QList<OutboxEntry>> enqueueAll(QList<OutboxEntry> entries);

    // The entry the dispatcher should send next to this server, if any. Entries of one server
    // go strictly in seq order: the oldest pending or in-flight entry is the head, and when the
    // head is in flight, not yet due, or waits for a dependency that is not done, nothing is
    // due. Entries that need attention do not hold up the others (unless they depend on them).
    CacheResult<std::optional<OutboxEntry>> nextDue(OutboxEntry::Server server,
                                                    const QDateTime &now);

    // pending -> in-flight
    CacheStatus markInFlight(const QString &id,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());
    // in-flight (or pending, when evidence shows an unknown outcome was applied) -> done,
    // without an fsync of its own: the next durable commit syncs it, and a power loss before
    // that leaves the entry in flight, whose outcome the dispatcher looks for on the server
    // before sending anything again (the same as a crash between the answer and this). A bulk
    // operation of 14 requests paid 14 fsyncs for it.
    CacheStatus markDone(const QString &id, const QByteArray &resultJson);
    // in-flight -> pending, attempts + 1, not before nextAttemptAt; the server did not apply it
    CacheStatus markTransientFailure(const QString &id, const QString &code, const QString &message,
                                     const QDateTime &nextAttemptAt);
    // in-flight -> pending like a transient failure, but the request may have been applied: the
    // dispatcher looks for evidence before sending it again
    CacheStatus markOutcomeUnknown(const QString &id, const QString &code, const QString &message,
                                   const QDateTime &nextAttemptAt);
    // in-flight or pending -> needs-attention (attempts + 1 when it was in flight)
    CacheStatus markNeedsAttention(const QString &id, const QString &code, const QString &message);
    // needs-attention -> pending, due now
    CacheStatus retry(const QString &id, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // needs-attention or pending -> pending with the edited payload, due now
    CacheStatus updatePayload(const QString &id, const QByteArray &payload,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());
    // pending -> pending with the payload the dispatcher is about to send (real ids, the
    // lastModified it read), without an fsync of its own: the next transition (in flight,
    // SqlTransaction::Durability::Full) syncs the WAL and with it this commit, and a power loss
    // before that leaves the payload the dispatcher derives again. One fsync per state change.
    CacheStatus resolvePayload(const QString &id, const QByteArray &payload);
    // Removes an entry that is not in flight. Entries waiting for it move to needs-attention,
    // since they cannot run as queued.
    CacheStatus discard(const QString &id);

    // Every pending entry becomes due now: the user asked to send, so the back-off of earlier
    // failures does not apply. Returns how many entries were waiting.
    CacheResult<int> makeAllDue(const QDateTime &now = QDateTime::currentDateTimeUtc());

    CacheResult<std::optional<OutboxEntry>> entry(const QString &id);
    // In seq order; all entries when states is empty.
    CacheResult<QList<OutboxEntry>> list(const QList<OutboxEntry::State> &states = {});
    // Whether a done change-case or reassign entry queued before the entry `seq` changed one of
    // activityIds (its result's "activityIds") and its effects were not in the cache yet at
    // `queuedAt` (not read back then, or never): what an entry queued at queuedAt may find
    // changed by its own outbox behind the cache's back. One statement: a bulk transfer asks it
    // once per entry, of every entry done before in the same replay.
    CacheResult<bool> changedUncachedAt(qint64 seq, const QDateTime &queuedAt,
                                        const QList<qint64> &activityIds);
    // The activities these done entries changed are in the cache now, as the server has them.
    CacheStatus markEffectsCached(const QStringList &ids,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());
    CacheResult<int> count(OutboxEntry::State state);

    // At start-up, before the dispatcher runs: entries left in flight by a crash go back to
    // pending with outcomeUnknown set. Returns how many. Only while no other process uses the
    // outbox (ProfileSession::open() decides): that one may still be waiting for an answer.
    CacheResult<int> resetInFlight(const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    // the entries WHERE … (with its values bound), in seq order
    CacheResult<QList<OutboxEntry>> select(const QString &where,
                                           const QList<std::pair<QString, QVariant>> &values);
    // one durable UPDATE binding :now; returns how many entries it changed
    CacheResult<int> updateAll(const QString &sql, const QDateTime &now);
    CacheStatus pendingAgain(const QString &id, const QString &code, const QString &message,
                             const QDateTime &nextAttemptAt, bool outcomeUnknown);
    CacheStatus transition(const QString &id, const QString &sql,
                           const QList<std::pair<QString, QVariant>> &values,
                           SqlTransaction::Durability durability
                           = SqlTransaction::Durability::Full);

    CacheDatabase &m_database;
};
