#pragma once

#include "cache/cacheerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
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

} // namespace SqlStatement
