#include "sync/syncwriter.h"

#include "cache/acdeventstore.h"
#include "cache/activitystore.h"
#include "cache/cachedatabase.h"
#include "cache/casestore.h"
#include "sync/acdeventdiff.h"
#include "sync/cachenotifier.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

QList<qint64> idsOf(const auto &records)
{
    QList<qint64> ids;
    ids.reserve(records.size());
    for (const auto &record : records)
        ids.append(record.id);
    return ids;
}

void notify(CacheNotifier *notifier, const CacheChange &change)
{
    if (notifier)
        notifier->notifyChanged(change);
}

// Writes the fetched records that are new or differ from their cached version, each id once,
// and reports them. The server's json holds every field, so equal json and modification time
// mean nothing changed. onWrite(record, cached or nullptr) sees each record written.
template<typename Store, typename Record, typename OnWrite>
SyncWriter::Result writeChanged(CacheDatabase &database, CacheNotifier *notifier,
                                CacheChange::Table table, const QList<Record> &fetched,
                                OnWrite onWrite)
{
    Store store(database);
    const auto cached = store.byIds(idsOf(fetched));
    if (!cached.ok())
        return {cached.error, {}};
    QHash<qint64, const Record *> before;
    before.reserve(cached.value.size());
    for (const Record &record : cached.value)
        before.insert(record.id, &record);
    QSet<qint64> seen;
    QList<Record> changed;
    CacheChange change;
    change.table = table;
    for (const Record &record : fetched) {
        if (seen.contains(record.id))
            continue;
        seen.insert(record.id);
        const Record *old = before.value(record.id);
        if (old && old->json == record.json && old->lastModifiedMs == record.lastModifiedMs)
            continue;
        (old ? change.updated : change.inserted).append(record.id);
        changed.append(record);
        onWrite(record, old);
    }
    if (auto error = store.upsert(changed))
        return {error, {}};
    notify(notifier, change);
    return {};
}

} // namespace

SyncWriter::Result SyncWriter::writeAcdEvents(CacheDatabase &database, CacheNotifier *notifier,
                                              const QList<AcdEvent> &fetched)
{
    AcdEventStore store(database);
    const auto cached = store.allIdsWithHash();
    if (!cached.ok())
        return {cached.error, {}};
    const AcdEventDiff diff = AcdEventDiff::compute(fetched, cached.value);
    if (diff.isEmpty())
        return {};
    const auto written = store.applyChanges(diff.inserted, diff.updated, diff.removed);
    if (!written.ok())
        return {written.error, {}};
    CacheChange change;
    change.table = CacheChange::Table::AcdEvents;
    change.inserted = idsOf(diff.inserted);
    change.updated = idsOf(diff.updated);
    change.removed = diff.removed;
    notify(notifier, change);
    // a failed checkpoint loses nothing: the next one copies the pages
    if (written.value.checkpointDue)
        database.checkpoint();
    return {};
}

SyncWriter::Result SyncWriter::writeActivities(CacheDatabase &database, CacheNotifier *notifier,
                                               const QList<Activity> &fetched)
{
    QSet<qint64> caseIds;
    Result result
        = writeChanged<ActivityStore>(database, notifier, CacheChange::Table::Activities, fetched,
                                      [&caseIds](const Activity &now, const Activity *old) {
                                          caseIds.insert(now.caseId);
                                          if (old)
                                              caseIds.insert(old->caseId);
                                      });
    if (result.error)
        return result;
    caseIds.remove(0); // an activity without a case
    result.caseIds = QList<qint64>(caseIds.cbegin(), caseIds.cend());
    std::sort(result.caseIds.begin(), result.caseIds.end());
    return result;
}

SyncWriter::Result SyncWriter::writeCases(CacheDatabase &database, CacheNotifier *notifier,
                                          const QList<Case> &fetched)
{
    return writeChanged<CaseStore>(database, notifier, CacheChange::Table::Cases, fetched,
                                   [](const Case &, const Case *) {});
}
