#pragma once

#include "cache/cacheresult.h"
#include "domain/calltracksubtype.h"

#include <QList>

class CacheDatabase;

// The tenant's calltrack subtypes with the departments each is configured for, as the last
// sync read them from "Get Activity Attributes": what the calltrack dialog offers, online or
// not.
class CalltrackSubtypeStore
{
public:
    explicit CalltrackSubtypeStore(CacheDatabase &database);

    // Replaces the stored list with the server's, in its order, in one transaction.
    CacheStatus replaceAll(const QList<CalltrackSubtype> &subtypes);
    // In the server's order; empty before the first sync.
    CacheResult<QList<CalltrackSubtype>> all();

private:
    CacheDatabase &m_database;
};
