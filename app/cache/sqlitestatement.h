#pragma once

#include "cache/cacheerror.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

// One prepared statement on the SQLite handle of a Qt connection, for the bulk writes of a sync
// and the reads of many rows by id.
// QSqlQuery binds through QVariant and hands text to SQLite as UTF-16, which SQLite converts back
// to UTF-8 for every row: at 100k ACD events of ~1 KB that conversion and the QVariant copies
// cost more than writing the rows. This binds the UTF-8 bytes in place instead. Same thread and
// transaction rules as the QSqlDatabase it comes from; failures are CacheErrors logged like
// SqlStatement's, and FailureInjection counts each step().
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    const std::optional<CacheError> &prepareError() const { return m_prepareError; }

    // Parameters count from 1, as in SQL. Text is bound without a copy: it must live until
    // step() has returned.
    void bind(int parameter, qint64 value);
    void bind(int parameter, QByteArrayView utf8);
    void bindNull(int parameter);
    // As QSqlQuery binds: a null variant or null string is NULL, text is copied as UTF-8.
    void bindValue(int parameter, const QVariant &value);
    template<typename T> void bind(int parameter, const std::optional<T> &value)
    {
        if (value)
            bind(parameter, qint64(*value));
        else
            bindNull(parameter);
    }

    // Runs the statement to its end and makes it ready for the next binding.
    std::optional<CacheError> step();
    // Rows the last step() inserted, updated or deleted.
    qint64 changes() const;

    // Steps a SELECT to its next row: true while there is one. At the end, or on an error
    // (then in readError()), false, and ready for the next binding. One FailureInjection count
    // per run of the statement, at its first row.
    bool next();
    const std::optional<CacheError> &readError() const { return m_readError; }
    // A column of the current row as QSqlQuery::value() gives it (integer, real, text, blob, or
    // an invalid QVariant for NULL), without QSqlQuery's row cache and UTF-16 round trip.
    QVariant value(int column) const;

    // The handle of a Qt SQLite connection, or nullptr for another driver or a closed one.
    static sqlite3 *handle(const QSqlDatabase &db);

private:
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<CacheError> m_prepareError;
    std::optional<CacheError> m_readError;
    bool m_reading = false;
};
