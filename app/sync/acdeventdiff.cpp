#include "sync/acdeventdiff.h"

#include "cache/acdeventstore.h"

#include <QSet>

#include <algorithm>

AcdEventDiff AcdEventDiff::compute(const QList<AcdEvent> &fetched,
                                   const QHash<qint64, quint64> &cached)
{
    AcdEventDiff diff;
    QSet<qint64> seen;
    seen.reserve(fetched.size());
    for (const AcdEvent &event : fetched) {
        if (seen.contains(event.id))
            continue;
        seen.insert(event.id);
        const auto it = cached.constFind(event.id);
        if (it == cached.cend())
            diff.inserted.append(event);
        else if (it.value() != AcdEventStore::contentHash(event.json))
            diff.updated.append(event);
    }
    // the cached ids still listed are the listed ids not inserted; a scan for the others is
    // needed only when the cache holds more than those
    const qsizetype stillListed = seen.size() - diff.inserted.size();
    if (cached.size() > stillListed) {
        for (auto it = cached.cbegin(); it != cached.cend(); ++it) {
            if (!seen.contains(it.key()))
                diff.removed.append(it.key());
        }
    }
    std::sort(diff.removed.begin(), diff.removed.end());
    return diff;
}
