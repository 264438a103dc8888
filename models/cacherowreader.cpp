#include "cacherowreader.h"

#include "cache/cachedatabase.h"
#include "cache/jsoncolumns.h"
#include "cache/sqlstatement.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {

using Result = CacheResult<CompactTable>;
using Bindings = QList<std::pair<QString, QVariant>>;

QString whereClause(const CacheQuery &query, const QString &condition = {})
{
    QStringList conditions;
    if (!query.scope.isEmpty())
        conditions.append(u'(' + query.scope + u')');
    if (!condition.isEmpty())
        conditions.append(condition);
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

QString selectSql(const CacheQuery &query, const QString &condition = {})
{
    return u"SELECT %1 FROM %2"_s.arg(query.columns.join(u", "_s), query.table)
        + whereClause(query, condition);
}

std::optional<CacheError> run(QSqlQuery &sqlQuery, const QString &sql, const Bindings &bindings)
{
    sqlQuery.setForwardOnly(true);
    if (auto error = SqlStatement::prepare(sqlQuery, sql))
        return error;
    for (const auto &[name, value] : bindings)
        sqlQuery.bindValue(name, value);
    return SqlStatement::exec(sqlQuery);
}

Result read(CacheDatabase &database, const CacheQuery &query, const QString &sql,
            const Bindings &bindings, const std::atomic<bool> *cancelled = nullptr,
            qint64 expectedRows = 0)
{
    const QSqlDatabase db = database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery sqlQuery(db);
    if (auto error = run(sqlQuery, sql, query.bindings + bindings))
        return Result::failure(*error);
    CompactTable table(query.fields);
    // reserved once: growing vectors of a million rows would leave their old copies in RSS
    table.reserve(int(expectedRows));
    for (int rows = 1; sqlQuery.next(); ++rows) {
        if (cancelled && rows % 1024 == 0 && cancelled->load(std::memory_order_relaxed))
            return Result::failure({CacheError::Kind::Database, u"cancelled"_s});
        query.fill(table, table.slotFor(sqlQuery.value(0).toLongLong()), sqlQuery);
    }
    if (sqlQuery.lastError().isValid())
        return Result::failure({CacheError::Kind::Database, sqlQuery.lastError().text()});
    return Result::success(std::move(table));
}

} // namespace

namespace CacheRowReader {

Result firstPage(CacheDatabase &database, const CacheQuery &query, int limit)
{
    return read(database, query,
                selectSql(query) + u" ORDER BY "_s + query.firstPageOrder + u" LIMIT :limit"_s,
                {{u":limit"_s, limit}}, nullptr, limit);
}

Result all(CacheDatabase &database, const CacheQuery &query, const std::atomic<bool> &cancelled)
{
    const QSqlDatabase db = database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery count(db);
    if (auto error = run(count, u"SELECT count(*) FROM %1"_s.arg(query.table) + whereClause(query),
                         query.bindings))
        return Result::failure(*error);
    const qint64 rows = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();
    return read(database, query, selectSql(query), {}, &cancelled, rows);
}

Result byIds(CacheDatabase &database, const CacheQuery &query, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return Result::success(CompactTable(query.fields));
    // one statement for any number of ids: they travel as one JSON array
    return read(database, query,
                selectSql(query, u"id IN (SELECT value FROM json_each(:ids))"_s)
                    + u" ORDER BY id"_s,
                {{u":ids"_s, JsonColumns::fromIds(ids)}}, nullptr, ids.size());
}

} // namespace CacheRowReader
