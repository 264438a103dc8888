#pragma once

#include "cache/cacheerror.h"

#include <QSqlDatabase>

#include <optional>

// RAII transaction guard (as Trojitá's SqlTransactionAutoAborter): begins in the constructor,
// rolls back in the destructor unless commit() succeeded, so an early return or a failed
// statement can never leave half a batch behind.
class SqlTransaction
{
public:
    enum class Durability {
        // WAL + synchronous=NORMAL: survives an application crash, may lose the last commits on
        // power loss. Right for everything the next sync can fetch again.
        Normal,
        // fsync of the WAL at commit: for the outbox, whose entries exist nowhere else.
        Full,
    };

    explicit SqlTransaction(const QSqlDatabase &db, Durability durability = Durability::Normal);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    // Set when BEGIN failed; the guard is inactive then.
    const std::optional<CacheError> &beginError() const { return m_beginError; }
    std::optional<CacheError> commit();

private:
    void restoreDurability();

    QSqlDatabase m_db;
    Durability m_durability;
    bool m_active = false;
    std::optional<CacheError> m_beginError;
};
