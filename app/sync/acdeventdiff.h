#pragma once

#include "domain/acdevent.h"

#include <QHash>
#include <QList>

// What one jtel poll changes in the cache. jtel returns every event on every poll (AcdEvents
// reference §5.1: no paging, no filter), so this diff alone decides what is written and which
// rows the models hear about.
//
// The change marker is a hash of the whole record, not dtModified: the reference documents no
// rule for when dtModified changes (§4), and events change status in the jtel agent UI (§5.5)
// without saying whether that touches it. A stale queue row is worse than hashing the list.
struct AcdEventDiff
{
    QList<AcdEvent> inserted; // not cached yet
    QList<AcdEvent> updated; // cached, with other content
    QList<qint64> removed; // cached, no longer listed; ascending

    bool isEmpty() const { return inserted.isEmpty() && updated.isEmpty() && removed.isEmpty(); }

    // fetched: the whole list, in server order (kept in inserted/updated); cached: id ->
    // AcdEventStore::contentHash() of the cached record. An id listed twice counts once: the
    // first record wins, as it would in a view of the list. Pure and thread-safe.
    static AcdEventDiff compute(const QList<AcdEvent> &fetched,
                                const QHash<qint64, quint64> &cached);
};
