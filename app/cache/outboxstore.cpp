#include "cache/outboxstore.h"

#include "cache/cachedatabase.h"
#include "cache/jsoncolumns.h"
#include "cache/sqlstatement.h"
#include "cache/sqltransaction.h"
#include "core/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QString selectColumns
    = u"SELECT id, seq, profile, server, kind, payload, state, attempts, next_attempt_at, "
      "created_at, sent_at, last_error_code, last_error_message, depends_on, result, "
      "outcome_unknown FROM outbox "_s;

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

CacheResult<OutboxEntry> fromRow(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.id = query.value(0).toString();
    entry.seq = query.value(1).toLongLong();
    entry.profile = query.value(2).toString();
    const auto server = OutboxEntry::serverFromName(query.value(3).toString());
    const auto kind = OutboxEntry::kindFromName(query.value(4).toString());
    const auto state = OutboxEntry::stateFromName(query.value(6).toString());
    if (!server || !kind || !state) {
        // never guessed: an entry this version cannot interpret must not be sent or dropped
        return CacheResult<OutboxEntry>::failure(
            {CacheError::Kind::Database,
             u"outbox entry %1 has an unknown server, kind or state"_s.arg(entry.id)});
    }
    entry.server = *server;
    entry.kind = *kind;
    entry.payload = query.value(5).toString().toUtf8();
    entry.state = *state;
    entry.attempts = query.value(7).toInt();
    entry.nextAttemptAt = timeOf(query.value(8));
    entry.createdAt = timeOf(query.value(9));
    entry.sentAt = timeOf(query.value(10));
    entry.lastErrorCode = query.value(11).toString();
    entry.lastErrorMessage = query.value(12).toString();
    entry.dependsOn = query.value(13).toString();
    entry.result = query.value(14).toString().toUtf8();
    entry.outcomeUnknown = query.value(15).toBool();
    return CacheResult<OutboxEntry>::success(entry);
}

CacheResult<std::optional<OutboxEntry>> readOne(QSqlQuery &query)
{
    using Result = CacheResult<std::optional<OutboxEntry>>;
    if (auto error = SqlStatement::exec(query))
        return Result::failure(*error);
    if (!query.next())
        return Result::success(std::nullopt);
    auto row = fromRow(query);
    if (!row.ok())
        return Result::failure(*row.error);
    return Result::success(std::move(row.value));
}

} // namespace

OutboxStore::OutboxStore(CacheDatabase &database)
    : m_database(database)
{
}

CacheResult<OutboxEntry> OutboxStore::enqueue(OutboxEntry entry)
{
    CacheResult<QList<OutboxEntry>> stored = enqueueAll({std::move(entry)});
    if (!stored.ok())
        return CacheResult<OutboxEntry>::failure(*stored.error);
    return CacheResult<OutboxEntry>::success(stored.value.constFirst());
}

CacheResult<QList<OutboxEntry>> OutboxStore::enqueueAll(QList<OutboxEntry> entries)
{
    using Result = CacheResult<QList<OutboxEntry>>;
    // the message names the file and, where it can, why it could not be written
    const auto failed = [this](const CacheError &error) { return Result::failure(m_database.explained(error)); };
    const QSqlDatabase db = m_database.connection();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (OutboxEntry &entry : entries) {
        if (entry.id.isEmpty())
            entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!entry.createdAt.isValid())
            entry.createdAt = now;
        if (!entry.nextAttemptAt.isValid())
            entry.nextAttemptAt = entry.createdAt;
        entry.state = OutboxEntry::State::Pending;
        entry.attempts = 0;
        entry.sentAt = {};
        entry.result.clear();
        entry.lastErrorCode.clear();
        entry.lastErrorMessage.clear();
        entry.outcomeUnknown = false;
    }

    SqlTransaction transaction(db, SqlTransaction::Durability::Full);
    if (transaction.beginError())
        return failed(*transaction.beginError());
    QSqlQuery query(db);
    if (auto error = SqlStatement::prepare(
            query,
            u"INSERT INTO outbox (id, profile, server, kind, payload, state, attempts, "
            "next_attempt_at, created_at, depends_on) VALUES (:id, :profile, :server, :kind, "
            ":payload, 'pending', 0, :next_attempt_at, :created_at, :depends_on)"_s))
        return failed(*error);
    for (OutboxEntry &entry : entries) {
        query.bindValue(u":id"_s, entry.id);
        query.bindValue(u":profile"_s, entry.profile);
        query.bindValue(u":server"_s, OutboxEntry::serverName(entry.server));
        query.bindValue(u":kind"_s, OutboxEntry::kindName(entry.kind));
        query.bindValue(u":payload"_s, QString::fromUtf8(entry.payload));
        query.bindValue(u":next_attempt_at"_s, entry.nextAttemptAt.toMSecsSinceEpoch());
        query.bindValue(u":created_at"_s, entry.createdAt.toMSecsSinceEpoch());
        // an unknown dependency fails on the foreign key
        query.bindValue(u":depends_on"_s, textOrNull(entry.dependsOn));
        if (auto error = SqlStatement::exec(query))
            return failed(*error);
        entry.seq = query.lastInsertId().toLongLong();
    }
    query.finish();
    if (auto error = transaction.commit())
        return failed(*error);
    for (const OutboxEntry &entry : std::as_const(entries)) {
        qCDebug(lcCache).noquote() << "queued" << OutboxEntry::kindName(entry.kind) << entry.id
                                   << "seq" << entry.seq;
    }
    return Result::success(entries);
}

CacheResult<std::optional<OutboxEntry>> OutboxStore::nextDue(OutboxEntry::Server server,
                                                             const QDateTime &now)
{
    using Result = CacheResult<std::optional<OutboxEntry>>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = SqlStatement::prepare(query,
                                           selectColumns
                                               + u"WHERE server = :server AND state IN "
                                                 "('pending', 'in-flight') ORDER BY seq "
                                                 "LIMIT 1"_s))
        return Result::failure(*error);
    query.bindValue(u":server"_s, OutboxEntry::serverName(server));
    auto head = readOne(query);
    if (!head.ok() || !head.value)
        return head;
    const OutboxEntry &entry = *head.value;
    if (entry.state == OutboxEntry::State::InFlight || entry.nextAttemptAt > now)
        return Result::success(std::nullopt);
    if (!entry.dependsOn.isEmpty()) {
        QSqlQuery dependency(db);
        if (auto error
            = SqlStatement::prepare(dependency, u"SELECT state FROM outbox WHERE id = :id"_s))
            return Result::failure(*error);
        dependency.bindValue(u":id"_s, entry.dependsOn);
        if (auto error = SqlStatement::exec(dependency))
            return Result::failure(*error);
        // A dependency that is done lets it go; one that needs attention cannot become done
        // without the user, so the head is handed out too: the dispatcher moves it to needs
        // attention (it cannot run as queued) instead of holding up the whole queue.
        const QString state = dependency.next() ? dependency.value(0).toString() : QString();
        if (state != OutboxEntry::stateName(OutboxEntry::State::Done)
            && state != OutboxEntry::stateName(OutboxEntry::State::NeedsAttention))
            return Result::success(std::nullopt);
    }
    return head;
}

CacheStatus OutboxStore::transition(const QString &id, const QString &sql,
                                    const QList<std::pair<QString, QVariant>> &values,
                                    SqlTransaction::Durability durability)
{
    const QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db, durability);
    if (transaction.beginError())
        return transaction.beginError();
    QSqlQuery query(db);
    if (auto error = SqlStatement::prepare(query, sql))
        return error;
    query.bindValue(u":id"_s, id);
    for (const auto &[name, value] : values)
        query.bindValue(name, value);
    if (auto error = SqlStatement::exec(query))
        return error;
    if (query.numRowsAffected() == 0) {
        // tell a missing entry from one in the wrong state; the transaction changed nothing
        QSqlQuery state(db);
        if (auto error = SqlStatement::prepare(state, u"SELECT state FROM outbox WHERE id = :id"_s))
            return error;
        state.bindValue(u":id"_s, id);
        if (auto error = SqlStatement::exec(state))
            return error;
        if (!state.next())
            return CacheError {CacheError::Kind::NotFound, u"no outbox entry %1"_s.arg(id)};
        return CacheError {CacheError::Kind::WrongState,
                           u"outbox entry %1 is %2"_s.arg(id, state.value(0).toString())};
    }
    query.finish();
    return transaction.commit();
}

CacheStatus OutboxStore::markInFlight(const QString &id, const QDateTime &now)
{
    return transition(id,
                      u"UPDATE outbox SET state = 'in-flight', sent_at = :now "
                      "WHERE id = :id AND state = 'pending'"_s,
                      {{u":now"_s, now.toMSecsSinceEpoch()}});
}

CacheStatus OutboxStore::markDone(const QString &id, const QByteArray &resultJson)
{
    return transition(id,
                      u"UPDATE outbox SET attempts = attempts + (state = 'in-flight'), "
                      "state = 'done', result = :result, outcome_unknown = 0, "
                      "effects_cached_at = NULL "
                      "WHERE id = :id AND state IN ('in-flight', 'pending')"_s,
                      {{u":result"_s, QString::fromUtf8(resultJson)}},
                      SqlTransaction::Durability::Normal);
}

CacheStatus OutboxStore::markTransientFailure(const QString &id, const QString &code,
                                              const QString &message,
                                              const QDateTime &nextAttemptAt)
{
    return pendingAgain(id, code, message, nextAttemptAt, false);
}

CacheStatus OutboxStore::markOutcomeUnknown(const QString &id, const QString &code,
                                            const QString &message,
                                            const QDateTime &nextAttemptAt)
{
    return pendingAgain(id, code, message, nextAttemptAt, true);
}

CacheStatus OutboxStore::pendingAgain(const QString &id, const QString &code,
                                      const QString &message, const QDateTime &nextAttemptAt,
                                      bool outcomeUnknown)
{
    return transition(id,
                      u"UPDATE outbox SET state = 'pending', attempts = attempts + 1, "
                      "outcome_unknown = :unknown, next_attempt_at = :next, "
                      "last_error_code = :code, last_error_message = :message "
                      "WHERE id = :id AND state = 'in-flight'"_s,
                      {{u":unknown"_s, outcomeUnknown ? 1 : 0},
                       {u":next"_s, nextAttemptAt.toMSecsSinceEpoch()},
                       {u":code"_s, code},
                       {u":message"_s, message}});
}

CacheStatus OutboxStore::markNeedsAttention(const QString &id, const QString &code,
                                            const QString &message)
{
    return transition(id,
                      u"UPDATE outbox SET attempts = attempts + (state = 'in-flight'), "
                      "state = 'needs-attention', last_error_code = :code, "
                      "last_error_message = :message "
                      "WHERE id = :id AND state IN ('in-flight', 'pending')"_s,
                      {{u":code"_s, code}, {u":message"_s, message}});
}

CacheStatus OutboxStore::retry(const QString &id, const QDateTime &now)
{
    return transition(id,
                      u"UPDATE outbox SET state = 'pending', next_attempt_at = :now "
                      "WHERE id = :id AND state = 'needs-attention'"_s,
                      {{u":now"_s, now.toMSecsSinceEpoch()}});
}

CacheStatus OutboxStore::updatePayload(const QString &id, const QByteArray &payload,
                                       const QDateTime &now)
{
    return transition(
        id,
        u"UPDATE outbox SET state = 'pending', payload = :payload, "
        "next_attempt_at = :now WHERE id = :id "
        "AND state IN ('needs-attention', 'pending')"_s,
        {{u":payload"_s, QString::fromUtf8(payload)}, {u":now"_s, now.toMSecsSinceEpoch()}});
}

CacheStatus OutboxStore::resolvePayload(const QString &id, const QByteArray &payload)
{
    return transition(
        id, u"UPDATE outbox SET payload = :payload WHERE id = :id AND state = 'pending'"_s,
        {{u":payload"_s, QString::fromUtf8(payload)}}, SqlTransaction::Durability::Normal);
}

CacheStatus OutboxStore::discard(const QString &id)
{
    const QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db, SqlTransaction::Durability::Full);
    if (transaction.beginError())
        return transaction.beginError();
    QSqlQuery query(db);
    if (auto error = SqlStatement::prepare(query, u"SELECT state FROM outbox WHERE id = :id"_s))
        return error;
    query.bindValue(u":id"_s, id);
    if (auto error = SqlStatement::exec(query))
        return error;
    if (!query.next())
        return CacheError {CacheError::Kind::NotFound, u"no outbox entry %1"_s.arg(id)};
    const QString state = query.value(0).toString();
    query.finish();
    // the server may be applying it right now; its answer must still find the entry
    if (state == OutboxEntry::stateName(OutboxEntry::State::InFlight))
        return CacheError {CacheError::Kind::WrongState, u"outbox entry %1 is in flight"_s.arg(id)};

    // A done entry has served its dependents. Otherwise they cannot run as queued: they wait
    // for the user instead of silently running without it or being dropped with it.
    const QString dependents = state == OutboxEntry::stateName(OutboxEntry::State::Done)
        ? u"UPDATE outbox SET depends_on = NULL WHERE depends_on = :id"_s
        : u"UPDATE outbox SET depends_on = NULL, state = 'needs-attention', "
          "last_error_code = 'dependency-discarded', "
          "last_error_message = 'The operation it depended on was discarded.' "
          "WHERE depends_on = :id"_s;
    if (auto error = SqlStatement::prepare(query, dependents))
        return error;
    query.bindValue(u":id"_s, id);
    if (auto error = SqlStatement::exec(query))
        return error;
    if (auto error = SqlStatement::prepare(query, u"DELETE FROM outbox WHERE id = :id"_s))
        return error;
    query.bindValue(u":id"_s, id);
    if (auto error = SqlStatement::exec(query))
        return error;
    query.finish();
    return transaction.commit();
}

CacheResult<std::optional<OutboxEntry>> OutboxStore::entry(const QString &id)
{
    using Result = CacheResult<std::optional<OutboxEntry>>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = SqlStatement::prepare(query, selectColumns + u"WHERE id = :id"_s))
        return Result::failure(*error);
    query.bindValue(u":id"_s, id);
    return readOne(query);
}

CacheResult<QList<OutboxEntry>> OutboxStore::list(const QList<OutboxEntry::State> &states)
{
    QStringList names;
    for (const OutboxEntry::State state : states)
        names.append(u"'%1'"_s.arg(OutboxEntry::stateName(state)));
    return select(names.isEmpty() ? QString() : u"WHERE state IN (%1) "_s.arg(names.join(u',')),
                  {});
}

CacheResult<bool> OutboxStore::changedUncachedAt(qint64 seq, const QDateTime &queuedAt,
                                                 const QList<qint64> &activityIds)
{
    using Result = CacheResult<bool>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = SqlStatement::prepare(
            query,
            u"SELECT 1 FROM outbox, json_each(outbox.result, '$.activityIds') AS changed "
            u"WHERE state = 'done' AND seq < :seq AND kind IN (:reassign, :changeCase) "
            u"AND (effects_cached_at IS NULL OR effects_cached_at >= :queuedAt "
            u"OR (effects_cached_at = 0 AND sent_at >= :queuedAt)) "
            u"AND CAST(changed.value AS INTEGER) IN (SELECT value FROM json_each(:ids)) "
            u"LIMIT 1"_s))
        return Result::failure(*error);
    query.bindValue(u":seq"_s, seq);
    query.bindValue(u":reassign"_s, OutboxEntry::kindName(OutboxEntry::Kind::Reassign));
    query.bindValue(u":changeCase"_s, OutboxEntry::kindName(OutboxEntry::Kind::ChangeCase));
    query.bindValue(u":queuedAt"_s, queuedAt.toMSecsSinceEpoch());
    query.bindValue(u":ids"_s, JsonColumns::fromIds(activityIds));
    if (auto error = SqlStatement::exec(query))
        return Result::failure(*error);
    return Result::success(query.next());
}

CacheStatus OutboxStore::markEffectsCached(const QStringList &ids, const QDateTime &now)
{
    if (ids.isEmpty())
        return std::nullopt;
    const QSqlDatabase db = m_database.connection();
    // losing this to a power cut costs a later transfer one read more, nothing else
    SqlTransaction transaction(db, SqlTransaction::Durability::Normal);
    if (transaction.beginError())
        return transaction.beginError();
    QSqlQuery query(db);
    if (auto error
        = SqlStatement::prepare(query,
                                u"UPDATE outbox SET effects_cached_at = :now WHERE state = 'done' "
                                u"AND id IN (SELECT value FROM json_each(:ids))"_s))
        return error;
    query.bindValue(u":now"_s, now.toMSecsSinceEpoch());
    query.bindValue(
        u":ids"_s,
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    if (auto error = SqlStatement::exec(query))
        return error;
    query.finish();
    return transaction.commit();
}

CacheResult<QList<OutboxEntry>>
OutboxStore::select(const QString &where, const QList<std::pair<QString, QVariant>> &values)
{
    using Result = CacheResult<QList<OutboxEntry>>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = SqlStatement::prepare(query, selectColumns + where + u"ORDER BY seq"_s))
        return Result::failure(*error);
    for (const auto &[name, value] : values)
        query.bindValue(name, value);
    if (auto error = SqlStatement::exec(query))
        return Result::failure(*error);
    QList<OutboxEntry> entries;
    while (query.next()) {
        auto row = fromRow(query);
        if (!row.ok())
            return Result::failure(*row.error);
        entries.append(std::move(row.value));
    }
    return Result::success(entries);
}

CacheResult<int> OutboxStore::count(OutboxEntry::State state)
{
    using Result = CacheResult<int>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    if (auto error
        = SqlStatement::prepare(query, u"SELECT count(*) FROM outbox WHERE state = :state"_s))
        return Result::failure(*error);
    query.bindValue(u":state"_s, OutboxEntry::stateName(state));
    if (auto error = SqlStatement::exec(query))
        return Result::failure(*error);
    query.next();
    return Result::success(query.value(0).toInt());
}

CacheResult<int> OutboxStore::makeAllDue(const QDateTime &now)
{
    return updateAll(u"UPDATE outbox SET next_attempt_at = :now "
                     "WHERE state = 'pending' AND next_attempt_at > :now"_s,
                     now);
}

CacheResult<int> OutboxStore::resetInFlight(const QDateTime &now)
{
    const auto reset = updateAll(u"UPDATE outbox SET state = 'pending', outcome_unknown = 1, "
                                 "next_attempt_at = :now WHERE state = 'in-flight'"_s,
                                 now);
    if (reset.ok() && reset.value > 0)
        qCInfo(lcCache) << reset.value
                        << "outbox entries were in flight at the last stop; outcome unknown";
    return reset;
}

CacheResult<int> OutboxStore::updateAll(const QString &sql, const QDateTime &now)
{
    using Result = CacheResult<int>;
    const QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db, SqlTransaction::Durability::Full);
    if (transaction.beginError())
        return Result::failure(*transaction.beginError());
    QSqlQuery query(db);
    if (auto error = SqlStatement::prepare(query, sql))
        return Result::failure(*error);
    query.bindValue(u":now"_s, now.toMSecsSinceEpoch());
    if (auto error = SqlStatement::exec(query))
        return Result::failure(*error);
    const int changed = query.numRowsAffected();
    query.finish();
    if (auto error = transaction.commit())
        return Result::failure(*error);
    return Result::success(changed);
}
