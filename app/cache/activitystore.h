#pragma once

#include "cache/cacheresult.h"
#include "cache/pagekey.h"
#include "domain/activity.h"

#include <QList>
#include <QSet>

#include <optional>

class CacheDatabase;

// The cached eGain / ECE activities. Usable from any thread; bulk upserts belong off the GUI
// thread.
class ActivityStore
{
public:
    explicit ActivityStore(CacheDatabase &database);

    // Inserts or replaces every activity in one transaction: all or nothing.
    CacheStatus upsert(const QList<Activity> &activities);
    // The activities that exist, in id order.
    CacheResult<QList<Activity>> byIds(const QList<qint64> &ids);
    // The same without their content, custom attributes and record (json): what a validator
    // reads, without the bulk of each row (a bulk transfer reads 1,000 of them twice).
    CacheResult<QList<Activity>> summariesByIds(const QList<qint64> &ids);
    // Which of the ids are cached: the index alone, no row is read.
    CacheResult<QSet<qint64>> cachedIds(const QList<qint64> &ids);
    // Newest first by (lastModifiedMs, id); after: the last row of the previous page.
    CacheResult<QList<Activity>> pageByCase(qint64 caseId, int limit,
                                            std::optional<PageKey> after = std::nullopt);
    CacheResult<QList<Activity>> page(int limit, std::optional<PageKey> after = std::nullopt);
    // The key that continues after this page's last row.
    static PageKey keyAfter(const Activity &last) { return {last.lastModifiedMs, last.id}; }

    CacheResult<qint64> count(std::optional<qint64> caseId = std::nullopt);
    // The department most of the user's own cached activities belong to (by login), as the
    // user's home department; empty when none is cached.
    CacheResult<QString> usualDepartment(const QString &login);

    // the id of the user a cached activity is assigned to under this login; 0 when none is
    CacheResult<qint64> userIdOfLogin(const QString &login);

private:
    CacheDatabase &m_database;
};
