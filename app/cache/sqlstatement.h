#pragma once

#include "cache/bulkwritesettings.h"
#include "cache/cacheerror.h"
#include "cache/cacheresult.h"
#include "cache/jsoncolumns.h"
#include "cache/sqlitestatement.h"
#include "cache/sqltransaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QList>
#include <QStringList>

#include <optional>

// Every statement the cache runs goes through these, so that SQLite's errors become CacheError
// values logged in one place and tests can make the i-th execution fail (FailureInjection).
namespace SqlStatement {

std::optional<CacheError> prepare(QSqlQuery &query, const QString &sql);
// Executes a prepared statement with its bound values.
std::optional<CacheError> exec(QSqlQuery &query);
// Executes one unprepared statement (DDL, pragmas, BEGIN/COMMIT).
std::optional<CacheError> exec(QSqlQuery &query, const QString &sql);

// ":name" for each column name.
QStringList placeholders(const QStringList &columns);
// INSERT … ON CONFLICT(<first column>) DO UPDATE of every other column: unlike INSERT OR
// REPLACE it updates the row in place instead of deleting and re-inserting it.
QString upsertSql(const QString &table, const QStringList &columns);

// The error for a connection that is not usable on this thread.
CacheError notOpen();

// Runs a prepared SELECT and turns every row into a record.
template<typename Record, typename FromRow>
CacheResult<QList<Record>> readAll(QSqlQuery &query, FromRow fromRow)
{
    if (auto error = exec(query))
        return CacheResult<QList<Record>>::failure(*error);
    QList<Record> records;
    while (query.next())
        records.append(fromRow(query));
    return CacheResult<QList<Record>>::success(records);
}

// The rows of `select` (a "SELECT … FROM table " without WHERE) whose id is one of ids, in id
// order: one statement for any number of ids, which travel as one JSON array. fromRow(row)
// reads a SqliteStatement: QSqlQuery's row cache and its UTF-16 copies of every text were most
// of a read (37 of 45 profile samples of a bulk transfer's reads before sending).
template<typename Record, typename FromRow>
CacheResult<QList<Record>> readByIds(const QSqlDatabase &db, const QString &select,
                                     const QList<qint64> &ids, FromRow fromRow)
{
    if (!db.isOpen())
        return CacheResult<QList<Record>>::failure(notOpen());
    SqliteStatement query(
        db,
        (select + QStringLiteral("WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id"))
            .toUtf8()
            .constData());
    const QByteArray idList = JsonColumns::fromIds(ids).toByteArray();
    query.bind(1, QByteArrayView(idList));
    QList<Record> records;
    records.reserve(ids.size());
    while (query.next())
        records.append(fromRow(query));
    if (query.readError())
        return CacheResult<QList<Record>>::failure(*query.readError());
    return CacheResult<QList<Record>>::success(records);
}

// Upserts a batch into `table` in one transaction with one prepared statement: all rows or
// none. bindRow(statement, record) binds one record's values, parameter i + 1 for columns[i];
// the statement binds UTF-8 through SQLite's own API (SqliteStatement).
template<typename Record, typename BindRow>
std::optional<CacheError> upsertAll(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                                    const QList<Record> &records, BindRow bindRow)
{
    if (records.isEmpty())
        return std::nullopt;
    // table and index pages: about thrice the record's JSON and a KiB for the rest
    qint64 changedBytes = 0;
    for (const Record &record : records)
        changedBytes += 3 * record.json.size() + 1024;
    const BulkWriteSettings bulkWrite(db, changedBytes / 1024);
    SqlTransaction transaction(db);
    if (transaction.beginError())
        return transaction.beginError();
    // SQLite numbers the named parameters in their order of appearance, the columns' order
    SqliteStatement upsert(db, upsertSql(table, columns).toUtf8().constData());
    if (upsert.prepareError())
        return upsert.prepareError();
    for (const Record &record : records) {
        bindRow(upsert, record);
        if (auto error = upsert.step())
            return error;
    }
    return transaction.commit();
}

} // namespace SqlStatement
