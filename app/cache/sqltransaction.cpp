#include "cache/sqltransaction.h"

#include "cache/sqlstatement.h"
#include "core/logging.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

SqlTransaction::SqlTransaction(const QSqlDatabase &db, Durability durability)
    : m_db(db)
    , m_durability(durability)
{
    if (!m_db.isOpen()) {
        m_beginError = SqlStatement::notOpen();
        return;
    }
    QSqlQuery query(m_db);
    // synchronous can only change outside a transaction; it is per connection
    if (m_durability == Durability::Full && !query.exec(u"PRAGMA synchronous = FULL"_s))
        qCWarning(lcCache) << "cannot raise synchronous to FULL:" << query.lastError().text();
    // IMMEDIATE takes the write lock now, so the busy timeout applies; a deferred transaction
    // that upgrades later fails at once when another connection wrote in between (WAL).
    m_beginError = SqlStatement::exec(query, u"BEGIN IMMEDIATE"_s);
    m_active = !m_beginError;
    if (!m_active)
        restoreDurability();
}

SqlTransaction::~SqlTransaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        if (!query.exec(u"ROLLBACK"_s))
            qCWarning(lcCache) << "rollback failed:" << query.lastError().text();
        restoreDurability();
    }
}

std::optional<CacheError> SqlTransaction::commit()
{
    if (!m_active)
        return m_beginError ? m_beginError : SqlStatement::notOpen();
    QSqlQuery query(m_db);
    if (auto error = SqlStatement::exec(query, u"COMMIT"_s))
        return error; // still active: the destructor rolls back
    m_active = false;
    restoreDurability();
    return std::nullopt;
}

void SqlTransaction::restoreDurability()
{
    if (m_durability != Durability::Full)
        return;
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA synchronous = NORMAL"_s))
        qCWarning(lcCache) << "cannot restore synchronous=NORMAL:" << query.lastError().text();
}
