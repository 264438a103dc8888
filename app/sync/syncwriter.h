#pragma once

#include "cache/cacheerror.h"
#include "domain/acdevent.h"
#include "domain/activity.h"
#include "domain/casedata.h"

#include <QList>

#include <optional>

class CacheDatabase;
class CacheNotifier;

// The sync engine's work on the cache: compare what a server sent with what is cached, write
// only what is new or different (one transaction per call: all or nothing) and report exactly
// those ids to the notifier, right after the commit. Each call uses the calling thread's
// connection, so it runs on a worker thread and never on the GUI thread.
class SyncWriter
{
public:
    struct Result
    {
        std::optional<CacheError> error; // nothing was written
        // writeActivities: the cases of the activities written, before and after the write,
        // so a move to another case refreshes both
        QList<qint64> caseIds;
    };

    // jtel: the whole list, diffed by AcdEventDiff; events no longer listed are removed.
    static Result writeAcdEvents(CacheDatabase &database, CacheNotifier *notifier,
                                 const QList<AcdEvent> &fetched);
    // A search result or a by-id answer: nothing is removed, unchanged records are skipped.
    static Result writeActivities(CacheDatabase &database, CacheNotifier *notifier,
                                  const QList<Activity> &fetched);
    static Result writeCases(CacheDatabase &database, CacheNotifier *notifier,
                             const QList<Case> &fetched);
};
