#include "cache/sqlstatement.h"

#include "cache/failureinjection.h"
#include "core/logging.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {

CacheError databaseError(const QSqlQuery &query, const QString &sql)
{
    const QSqlError error = query.lastError();
    CacheError result {CacheError::Kind::Database,
                       u"%1 (%2)"_s.arg(error.text(), error.nativeErrorCode())};
    qCWarning(lcCache).noquote() << "statement failed:" << result.message << "in"
                                 << sql.simplified().left(120);
    return result;
}

std::optional<CacheError> injected(const QString &sql)
{
    if (!FailureInjection::shouldFail())
        return std::nullopt;
    qCDebug(lcCache).noquote() << "injected failure in" << sql.simplified().left(120);
    return CacheError {CacheError::Kind::Database, u"injected failure (test hook)"_s};
}

} // namespace

namespace SqlStatement {

std::optional<CacheError> prepare(QSqlQuery &query, const QString &sql)
{
    if (!query.prepare(sql))
        return databaseError(query, sql);
    return std::nullopt;
}

std::optional<CacheError> exec(QSqlQuery &query)
{
    if (auto error = injected(query.lastQuery()))
        return error;
    if (!query.exec())
        return databaseError(query, query.lastQuery());
    return std::nullopt;
}

std::optional<CacheError> exec(QSqlQuery &query, const QString &sql)
{
    if (auto error = injected(sql))
        return error;
    if (!query.exec(sql))
        return databaseError(query, sql);
    return std::nullopt;
}

QStringList placeholders(const QStringList &columns)
{
    QStringList result;
    result.reserve(columns.size());
    for (const QString &column : columns)
        result.append(u':' + column);
    return result;
}

QString upsertSql(const QString &table, const QStringList &columns)
{
    QStringList updates;
    for (qsizetype i = 1; i < columns.size(); ++i)
        updates.append(u"%1 = excluded.%1"_s.arg(columns.at(i)));
    return u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(%4) DO UPDATE SET %5"_s.arg(
        table, columns.join(u", "), placeholders(columns).join(u", "), columns.first(),
        updates.join(u", "));
}

CacheError notOpen()
{
    return {CacheError::Kind::NotOpen, u"the cache database is not open"_s};
}

} // namespace SqlStatement
