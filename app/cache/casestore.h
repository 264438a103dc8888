#pragma once

#include "cache/cacheresult.h"
#include "domain/casedata.h"

#include <QList>

class CacheDatabase;

// The cached eGain / ECE cases. Usable from any thread.
class CaseStore
{
public:
    explicit CaseStore(CacheDatabase &database);

    // Inserts or replaces every case in one transaction: all or nothing.
    CacheStatus upsert(const QList<Case> &cases);
    // The cases that exist, in id order.
    CacheResult<QList<Case>> byIds(const QList<qint64> &ids);

private:
    CacheDatabase &m_database;
};
