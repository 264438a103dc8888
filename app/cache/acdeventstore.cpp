#include "cache/acdeventstore.h"

#include "cache/bulkwritesettings.h"
#include "cache/cachedatabase.h"
#include "cache/jsoncolumns.h"
#include "cache/sqlitestatement.h"
#include "cache/sqlstatement.h"
#include "cache/sqltransaction.h"

#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

namespace {

// The stored columns, in the order of bindRow()/fromRow(); the documented fields AcdEvent does
// not model are generated from json by SQLite (see Migrations).
const QStringList columns
    = {u"id"_s,       u"type_id"_s, u"status_id"_s,  u"group_id"_s, u"users_id"_s, u"sender"_s,
       u"receiver"_s, u"subject"_s, u"created_ms"_s, u"priority"_s, u"json"_s};

const QString selectSql = u"SELECT %1 FROM acd_events "_s.arg(columns.join(u", "));
// written but never read back into an AcdEvent
const QStringList writtenColumns = columns + QStringList {u"json_hash"_s};

template<typename T> QVariant optionalValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

// Binds one event's values in the order of writtenColumns; the UTF-8 texts must outlive the step.
void bindRow(SqliteStatement &upsert, const AcdEvent &e, const QByteArray (&texts)[3])
{
    upsert.bind(1, e.id);
    upsert.bind(2, qint64(e.typeId));
    upsert.bind(3, qint64(e.statusId));
    upsert.bind(4, e.groupId);
    upsert.bind(5, e.usersId);
    upsert.bind(6, texts[0]);
    upsert.bind(7, texts[1]);
    upsert.bind(8, texts[2]);
    upsert.bind(9, e.createdMsecs);
    upsert.bind(10, e.priority);
    if (e.json.isEmpty())
        upsert.bindNull(11);
    else
        upsert.bind(11, QByteArrayView(e.json));
    // SQLite integers are signed; the bits are what matter
    upsert.bind(12, qint64(AcdEventStore::contentHash(e.json)));
}

// a QSqlQuery or a SqliteStatement (SqlStatement::readByIds())
template<typename Row> AcdEvent fromRow(const Row &q)
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

// From this many rows a write of events is a bulk write (BulkWriteSettings, the indexes and the
// write counts below): a first sync, or a large part of the queue changed at once.
constexpr qsizetype bulkRows = 5000;

// In id (rowid) order new rows append to the table's b-tree instead of splitting pages all
// over it: a first sync of 100k events, listed by jtel in creation order, writes ~40 % faster.
QList<const AcdEvent *> inIdOrder(const QList<AcdEvent> &events)
{
    QList<const AcdEvent *> ordered;
    ordered.reserve(events.size());
    for (const AcdEvent &event : events)
        ordered.append(&event);
    std::sort(ordered.begin(), ordered.end(),
              [](const AcdEvent *a, const AcdEvent *b) { return a->id < b->id; });
    return ordered;
}

// Keeping the table's three indexes up to date row by row cost ~500 ms of a first sync of 100k
// events (measured here); built after the load, from keys SQLite sorts once, ~120 ms. So a
// large load into an empty table drops them (inside the write's transaction, which a failure
// rolls back) and returns their CREATE statements, as the schema has them, to run after it.
CacheResult<QStringList> indexesToBuildAfterLoading(const QSqlDatabase &db, qsizetype inserting)
{
    using Result = CacheResult<QStringList>;
    if (inserting < bulkRows)
        return Result::success({});
    QSqlQuery query(db);
    if (auto error = SqlStatement::exec(query, u"SELECT EXISTS (SELECT 1 FROM acd_events)"_s))
        return Result::failure(*error);
    if (!query.next() || query.value(0).toBool())
        return Result::success({});
    if (auto error = SqlStatement::exec(
            query,
            u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'acd_events' "
            "AND sql IS NOT NULL"_s))
        return Result::failure(*error);
    QStringList names;
    QStringList creates;
    while (query.next()) {
        names.append(query.value(0).toString());
        creates.append(query.value(1).toString());
    }
    query.finish();
    for (const QString &name : std::as_const(names)) {
        if (auto error = SqlStatement::exec(query, u"DROP INDEX \"%1\""_s.arg(name)))
            return Result::failure(*error);
    }
    return Result::success(creates);
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
    // ~1 KB of table and index pages per event, with room
    const bool bulk = inserted.size() + updated.size() >= bulkRows;
    const BulkWriteSettings bulkWrite(db, bulk ? 2 * (inserted.size() + updated.size()) : 0,
                                      bulk ? BulkWriteSettings::Checkpoint::Deferred
                                           : BulkWriteSettings::Checkpoint::Automatic);
    SqlTransaction transaction(db);
    if (transaction.beginError())
        return Result::failure(*transaction.beginError());

    // SQLite numbers the named parameters in their order of appearance, the columns' order
    static const QByteArray upsertSql
        = SqlStatement::upsertSql(u"acd_events"_s, writtenColumns).toUtf8();
    const auto deferredIndexes = indexesToBuildAfterLoading(db, inserted.size());
    if (!deferredIndexes.ok())
        return Result::failure(*deferredIndexes.error);
    if (bulk) {
        if (auto error = m_database.suspendWriteCounting(db, u"acd_events"_s))
            return Result::failure(*error);
    }
    SqliteStatement upsert(db, upsertSql.constData());
    if (upsert.prepareError())
        return Result::failure(*upsert.prepareError());
    for (const auto &[events, counter] :
         {std::pair {&inserted, &changes.inserted}, std::pair {&updated, &changes.updated}}) {
        for (const AcdEvent *event : inIdOrder(*events)) {
            const QByteArray texts[]
                = {event->sender.toUtf8(), event->receiver.toUtf8(), event->subject.toUtf8()};
            bindRow(upsert, *event, texts);
            if (auto error = upsert.step())
                return Result::failure(*error);
            *counter += upsert.changes();
        }
    }
    for (const QString &createIndex : deferredIndexes.value) {
        QSqlQuery query(db);
        if (auto error = SqlStatement::exec(query, createIndex))
            return Result::failure(*error);
    }

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
    if (bulk) {
        if (auto error = m_database.resumeWriteCounting(
                db, u"acd_events"_s, changes.inserted + changes.updated + changes.removed))
            return Result::failure(*error);
    }
    if (auto error = transaction.commit())
        return Result::failure(*error);
    changes.checkpointDue = bulkWrite.checkpointDeferred();
    return Result::success(changes);
}

CacheResult<QHash<qint64, quint64>> AcdEventStore::allIdsWithHash()
{
    using Result = CacheResult<QHash<qint64, quint64>>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = SqlStatement::prepare(query, u"SELECT id, json_hash FROM acd_events"_s))
        return Result::failure(*error);
    if (auto error = SqlStatement::exec(query))
        return Result::failure(*error);
    QHash<qint64, quint64> result;
    while (query.next())
        result.insert(query.value(0).toLongLong(), quint64(query.value(1).toLongLong()));
    return Result::success(result);
}

quint64 AcdEventStore::contentHash(QByteArrayView json)
{
    // Four independent lanes over 8-byte little-endian words keep the multiplier busy, so a
    // 150 MB list hashes in a few tens of milliseconds; the tail goes word- then byte-wise,
    // and a final avalanche spreads every input bit over the result.
    constexpr quint64 prime1 = 0x9E3779B185EBCA87ULL;
    constexpr quint64 prime2 = 0xC2B2AE3D27D4EB4FULL;
    constexpr quint64 prime3 = 0x165667B19E3779F9ULL;
    const auto mix = [](quint64 accumulator, quint64 word) {
        return std::rotl(accumulator + word * prime2, 31) * prime1;
    };
    const auto *p = reinterpret_cast<const uchar *>(json.data());
    const uchar *const end = p + json.size();
    quint64 lanes[4] = {prime1 + prime2, prime2, 0, 0 - prime1};
    for (; end - p >= 32; p += 32) {
        for (int i = 0; i < 4; ++i)
            lanes[i] = mix(lanes[i], qFromLittleEndian<quint64>(p + 8 * i));
    }
    quint64 h = std::rotl(lanes[0], 1) + std::rotl(lanes[1], 7) + std::rotl(lanes[2], 12)
        + std::rotl(lanes[3], 18) + quint64(json.size());
    for (; end - p >= 8; p += 8)
        h = std::rotl(h ^ mix(0, qFromLittleEndian<quint64>(p)), 27) * prime1 + prime3;
    for (; p < end; ++p)
        h = std::rotl(h ^ (*p * prime3), 11) * prime1;
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 33;
    return h ? h : 1; // 0 stands for "no hash stored"
}

CacheResult<QList<AcdEvent>> AcdEventStore::byIds(const QList<qint64> &ids)
{
    return SqlStatement::readByIds<AcdEvent>(m_database.connection(), selectSql, ids,
                                             fromRow<SqliteStatement>);
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
    return SqlStatement::readAll<AcdEvent>(query, fromRow<QSqlQuery>);
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
