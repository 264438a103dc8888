#include "cache/acdeventstore.h"

#include "cache/cachedatabase.h"
#include "cache/jsoncolumns.h"
#include "cache/sqlstatement.h"
#include "cache/sqltransaction.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// The stored columns, in the order of bindRow()/fromRow(); the documented fields AcdEvent does
// not model are generated from json by SQLite (see Migrations).
const QStringList columns
    = {u"id"_s,       u"type_id"_s, u"status_id"_s,  u"group_id"_s, u"users_id"_s, u"sender"_s,
       u"receiver"_s, u"subject"_s, u"created_ms"_s, u"priority"_s, u"json"_s};

const QString selectSql = u"SELECT %1 FROM acd_events "_s.arg(columns.join(u", "));

template<typename T> QVariant optionalValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

void bindRow(QSqlQuery &query, const QStringList &placeholders, const AcdEvent &e)
{
    const QVariant values[] = {e.id,
                               e.typeId,
                               e.statusId,
                               optionalValue(e.groupId),
                               optionalValue(e.usersId),
                               e.sender,
                               e.receiver,
                               e.subject,
                               e.createdMsecs,
                               optionalValue(e.priority),
                               JsonColumns::fromBytes(e.json)};
    static_assert(std::size(values) == 11);
    for (qsizetype i = 0; i < placeholders.size(); ++i)
        query.bindValue(placeholders.at(i), values[i]);
}

AcdEvent fromRow(const QSqlQuery &q)
{
    AcdEvent e;
    e.id = q.value(0).toLongLong();
    e.typeId = q.value(1).toInt();
    e.statusId = q.value(2).toInt();
    if (!q.value(3).isNull())
        e.groupId = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        e.usersId = q.value(4).toLongLong();
    e.sender = q.value(5).toString();
    e.receiver = q.value(6).toString();
    e.subject = q.value(7).toString();
    e.createdMsecs = q.value(8).toLongLong();
    if (!q.value(9).isNull())
        e.priority = q.value(9).toInt();
    e.json = JsonColumns::toBytes(q.value(10));
    return e;
}

} // namespace

AcdEventStore::AcdEventStore(CacheDatabase &database)
    : m_database(database)
{
}

CacheResult<AcdEventChanges> AcdEventStore::applyChanges(const QList<AcdEvent> &inserted,
                                                         const QList<AcdEvent> &updated,
                                                         const QList<qint64> &removedIds)
{
    using Result = CacheResult<AcdEventChanges>;
    AcdEventChanges changes;
    if (inserted.isEmpty() && updated.isEmpty() && removedIds.isEmpty())
        return Result::success(changes);
    const QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (transaction.beginError())
        return Result::failure(*transaction.beginError());

    static const QStringList placeholders = SqlStatement::placeholders(columns);
    static const QString upsertSql = SqlStatement::upsertSql(u"acd_events"_s, columns);
    QSqlQuery upsert(db);
    if (auto error = SqlStatement::prepare(upsert, upsertSql))
        return Result::failure(*error);
    for (const auto &[events, counter] :
         {std::pair {&inserted, &changes.inserted}, std::pair {&updated, &changes.updated}}) {
        for (const AcdEvent &event : *events) {
            bindRow(upsert, placeholders, event);
            if (auto error = SqlStatement::exec(upsert))
                return Result::failure(*error);
            *counter += upsert.numRowsAffected();
        }
    }
    upsert.finish();

    if (!removedIds.isEmpty()) {
        QSqlQuery remove(db);
        if (auto error = SqlStatement::prepare(
                remove,
                u"DELETE FROM acd_events WHERE id IN (SELECT value FROM json_each(:ids))"_s))
            return Result::failure(*error);
        remove.bindValue(u":ids"_s, JsonColumns::fromIds(removedIds));
        if (auto error = SqlStatement::exec(remove))
            return Result::failure(*error);
        changes.removed = remove.numRowsAffected();
    }
    if (auto error = transaction.commit())
        return Result::failure(*error);
    return Result::success(changes);
}

CacheResult<QHash<qint64, QString>> AcdEventStore::allIdsWithModified()
{
    using Result = CacheResult<QHash<qint64, QString>>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = SqlStatement::prepare(query, u"SELECT id, modified_local FROM acd_events"_s))
        return Result::failure(*error);
    if (auto error = SqlStatement::exec(query))
        return Result::failure(*error);
    QHash<qint64, QString> result;
    while (query.next())
        result.insert(query.value(0).toLongLong(), query.value(1).toString());
    return Result::success(result);
}

CacheResult<QList<AcdEvent>> AcdEventStore::byIds(const QList<qint64> &ids)
{
    using Result = CacheResult<QList<AcdEvent>>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = SqlStatement::prepare(
            query, selectSql + u"WHERE id IN (SELECT value FROM json_each(:ids)) ORDER BY id"_s))
        return Result::failure(*error);
    query.bindValue(u":ids"_s, JsonColumns::fromIds(ids));
    return SqlStatement::readAll<AcdEvent>(query, fromRow);
}

CacheResult<QList<AcdEvent>> AcdEventStore::page(int limit, std::optional<PageKey> after)
{
    using Result = CacheResult<QList<AcdEvent>>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString keyset
        = after ? u"WHERE (created_ms, id) > (:after_sort, :after_id) "_s : QString();
    if (auto error = SqlStatement::prepare(
            query, selectSql + keyset + u"ORDER BY created_ms, id LIMIT :limit"_s))
        return Result::failure(*error);
    if (after) {
        query.bindValue(u":after_sort"_s, after->sortValue);
        query.bindValue(u":after_id"_s, after->id);
    }
    query.bindValue(u":limit"_s, limit);
    return SqlStatement::readAll<AcdEvent>(query, fromRow);
}

CacheResult<qint64> AcdEventStore::count()
{
    using Result = CacheResult<qint64>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    if (auto error = SqlStatement::exec(query, u"SELECT count(*) FROM acd_events"_s))
        return Result::failure(*error);
    query.next();
    return Result::success(query.value(0).toLongLong());
}
