#pragma once

#include "cache/cacheresult.h"
#include "cachequery.h"
#include "compacttable.h"

#include <QList>

#include <atomic>

class CacheDatabase;

// Reads the rows of a CacheQuery into a CompactTable, forward-only and only the columns the
// model shows: a model never materialises full Activity records (content, json) for a million
// rows. Each call uses the calling thread's connection, so all() can run on a worker.
namespace CacheRowReader {

// The first rows in the query's default order: what the view paints first. Its cost depends
// on the limit, not on the size of the cache (keyset order on an index).
CacheResult<CompactTable> firstPage(CacheDatabase &database, const CacheQuery &query, int limit);
// Every row in scope, in no particular order; stops early, with an error, once cancelled.
CacheResult<CompactTable> all(CacheDatabase &database, const CacheQuery &query,
                              const std::atomic<bool> &cancelled);
// The rows of these ids that exist and are in scope, in id order.
CacheResult<CompactTable> byIds(CacheDatabase &database, const CacheQuery &query,
                                const QList<qint64> &ids);

} // namespace CacheRowReader
