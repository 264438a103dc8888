#pragma once

#include "cache/cacheresult.h"
#include "cache/migrationstep.h"

#include <QList>
#include <QSqlDatabase>

// The cache schema as numbered steps, the version kept in PRAGMA user_version.
//
// THE RULE: a later step may drop and recreate cache tables (cases, activities, acd_events,
// sync_state) — the next sync refills them — but it must never drop, recreate or empty the
// outbox: its rows are an agent's queued work and exist nowhere else. The outbox may only gain
// columns (ALTER TABLE outbox ADD COLUMN) and indexes. tst_cachedatabase checks every step.
class Migrations
{
public:
    static const QList<MigrationStep> &all();
    static int latestVersion(const QList<MigrationStep> &steps = all());

    static CacheResult<int> userVersion(const QSqlDatabase &db);
    // Runs each step above the database's version in its own transaction, stopping at the
    // first failure: the database then stays at the last version that completed.
    static CacheStatus apply(const QSqlDatabase &db, const QList<MigrationStep> &steps);
};
