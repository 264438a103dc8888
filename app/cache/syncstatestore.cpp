#include "cache/syncstatestore.h"

#include "cache/cachedatabase.h"
#include "cache/sqlstatement.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

SyncStateStore::SyncStateStore(CacheDatabase &database)
    : m_database(database)
{
}

CacheResult<std::optional<QString>> SyncStateStore::get(const QString &server, const QString &key)
{
    using Result = CacheResult<std::optional<QString>>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    if (auto error = SqlStatement::prepare(
            query, u"SELECT value FROM sync_state WHERE server = :server AND key = :key"_s))
        return Result::failure(*error);
    query.bindValue(u":server"_s, server);
    query.bindValue(u":key"_s, key);
    if (auto error = SqlStatement::exec(query))
        return Result::failure(*error);
    if (!query.next())
        return Result::success(std::nullopt);
    return Result::success(query.value(0).toString());
}

CacheStatus SyncStateStore::set(const QString &server, const QString &key, const QString &value)
{
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return SqlStatement::notOpen();
    // one statement: SQLite commits it atomically on its own
    QSqlQuery query(db);
    if (auto error = SqlStatement::prepare(
            query,
            u"INSERT INTO sync_state (server, key, value) VALUES (:server, :key, :value) "
            "ON CONFLICT(server, key) DO UPDATE SET value = excluded.value"_s))
        return error;
    query.bindValue(u":server"_s, server);
    query.bindValue(u":key"_s, key);
    query.bindValue(u":value"_s, value);
    return SqlStatement::exec(query);
}
