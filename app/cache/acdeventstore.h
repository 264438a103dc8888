#pragma once

#include "cache/acdeventchanges.h"
#include "cache/cacheresult.h"
#include "cache/pagekey.h"
#include "domain/acdevent.h"

#include <QHash>
#include <QList>

#include <optional>

class CacheDatabase;

// The cached jtel ACD events. jtel returns the whole list on every poll, so the sync engine
// diffs it against allIdsWithModified() and applies only the difference.
class AcdEventStore
{
public:
    explicit AcdEventStore(CacheDatabase &database);

    // One transaction: all or nothing. An "inserted" event that is already cached, or an
    // "updated" one that is not, is written all the same (upsert), so a diff computed from a
    // slightly older snapshot still converges.
    CacheResult<AcdEventChanges> applyChanges(const QList<AcdEvent> &inserted,
                                              const QList<AcdEvent> &updated,
                                              const QList<qint64> &removedIds);
    // id -> the record's dtModified text (empty when the record has none), for diffing.
    CacheResult<QHash<qint64, QString>> allIdsWithModified();

    CacheResult<QList<AcdEvent>> byIds(const QList<qint64> &ids);
    // Queue order, oldest first by (createdMsecs, id); after: the last row of the previous page.
    CacheResult<QList<AcdEvent>> page(int limit, std::optional<PageKey> after = std::nullopt);
    static PageKey keyAfter(const AcdEvent &last) { return {last.createdMsecs, last.id}; }
    CacheResult<qint64> count();

private:
    CacheDatabase &m_database;
};
