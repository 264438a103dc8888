#pragma once

#include "cache/acdeventchanges.h"
#include "cache/cacheresult.h"
#include "cache/pagekey.h"
#include "domain/acdevent.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <optional>

class CacheDatabase;

// The cached jtel ACD events. jtel returns the whole list on every poll, so the sync engine
// diffs it against allIdsWithHash() and applies only the difference.
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
    // id -> contentHash() of the cached record (0 for rows cached before schema 3), for diffing.
    CacheResult<QHash<qint64, quint64>> allIdsWithHash();

    // The change marker kept with each row: a 64-bit hash of the record's minified json, never
    // 0. Fixed by this code (unlike qHash, which may change between Qt versions), since it is
    // stored. It detects changes; it is no defence against crafted collisions.
    static quint64 contentHash(QByteArrayView json);

    CacheResult<QList<AcdEvent>> byIds(const QList<qint64> &ids);
    // Queue order, oldest first by (createdMsecs, id); after: the last row of the previous page.
    CacheResult<QList<AcdEvent>> page(int limit, std::optional<PageKey> after = std::nullopt);
    static PageKey keyAfter(const AcdEvent &last) { return {last.createdMsecs, last.id}; }
    CacheResult<qint64> count();

private:
    CacheDatabase &m_database;
};
