#pragma once

#include "cache/cacheresult.h"

#include <QString>

#include <optional>

class CacheDatabase;

// Per-server bookkeeping of the sync engine, e.g. ("case", "lastModifiedMs") for incremental
// pulls or ("jtel", "lastSyncAt") for the status bar.
class SyncStateStore
{
public:
    explicit SyncStateStore(CacheDatabase &database);

    CacheResult<std::optional<QString>> get(const QString &server, const QString &key);
    CacheStatus set(const QString &server, const QString &key, const QString &value);

private:
    CacheDatabase &m_database;
};
