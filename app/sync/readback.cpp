#include "sync/readback.h"

#include "api/casemanagerclient.h"
#include "api/jtelclient.h"
#include "cache/acdeventstore.h"
#include "cache/activitystore.h"
#include "cache/casestore.h"
#include "core/logging.h"
#include "sync/cachenotifier.h"

#include <QPointer>
#include <QSet>

namespace {

// ids already cached go to updated, the others to inserted
CacheChange changeOf(CacheChange::Table table, const QSet<qint64> &known, const QList<qint64> &ids)
{
    CacheChange change {table, {}, {}, {}};
    for (qint64 id : ids)
        (known.contains(id) ? change.updated : change.inserted).append(id);
    return change;
}

template<typename Record> QSet<qint64> idsOf(const QList<Record> &records)
{
    QSet<qint64> ids;
    for (const Record &record : records)
        ids.insert(record.id);
    return ids;
}

void readCases(CaseManagerClient *client, CacheDatabase &database, CacheNotifier *notifier,
               QObject *context, const QList<qint64> &caseIds, const ReadBack::Done &done)
{
    QPointer<QObject> alive(context);
    client->casesByIds(
        caseIds, [alive, &database, notifier, caseIds, done](const ApiResult<QList<Case>> &cases) {
            if (!alive)
                return;
            if (!cases.ok())
                return done(cases.error);
            CaseStore store(database);
            const auto cachedBefore = store.byIds(caseIds);
            if (auto error = store.upsert(cases.value)) {
                qCWarning(lcCache).noquote() << "caching cases failed:" << error->message;
                return done(std::nullopt);
            }
            QList<qint64> fetched;
            for (const Case &c : cases.value)
                fetched.append(c.id);
            if (notifier)
                notifier->notifyChanged(
                    changeOf(CacheChange::Table::Cases, idsOf(cachedBefore.value), fetched));
            done(std::nullopt);
        });
}

} // namespace

void ReadBack::activities(CaseManagerClient *client, CacheDatabase &database,
                          CacheNotifier *notifier, QObject *context,
                          const QList<qint64> &activityIds, const Done &done)
{
    QPointer<QObject> alive(context);
    // The records are stored as the answers come in, a wave of parallel requests at a time:
    // the cache write overlaps the server's work on the next wave (a bulk transfer's 1,000
    // activities wrote ~25 ms after the last answer), and a write per answer would prepare the
    // upsert and its triggers and commit 14 times. The models hear of all of them once.
    constexpr qsizetype wave
        = CaseManagerClient::MaxIdsPerRequest * CaseManagerClient::ParallelReads;
    struct Stored
    {
        QList<Activity> waiting;
        QList<qint64> ids;
        QSet<qint64> cachedBefore;
        QList<qint64> caseIds;
        bool failed = false;
    };
    auto stored = std::make_shared<Stored>();
    auto write = [&database, stored] {
        if (stored->failed || stored->waiting.isEmpty())
            return;
        const QList<Activity> read = std::exchange(stored->waiting, {});
        ActivityStore activities(database);
        QList<qint64> ids;
        for (const Activity &activity : read) {
            ids.append(activity.id);
            if (activity.caseId && !stored->caseIds.contains(activity.caseId))
                stored->caseIds.append(activity.caseId);
        }
        const auto before = activities.cachedIds(ids);
        if (auto error = activities.upsert(read)) {
            qCWarning(lcCache).noquote() << "caching activities failed:" << error->message;
            stored->failed = true;
            return;
        }
        stored->cachedBefore.unite(before.value);
        stored->ids += ids;
    };
    auto arrived = [alive, stored, write](const QList<Activity> &read) {
        if (!alive)
            return;
        stored->waiting += read;
        if (stored->waiting.size() >= wave)
            write();
    };
    client->activitiesByIds(
        activityIds,
        [=, &database](const ApiResult<QList<Activity>> &read) {
            if (!alive)
                return;
            write();
            if (notifier && !stored->ids.isEmpty())
                notifier->notifyChanged(
                    changeOf(CacheChange::Table::Activities, stored->cachedBefore, stored->ids));
            if (!read.ok()) {
                qCInfo(lcCache).noquote()
                    << "reading back activities failed:" << read.error->message();
                return done(read.error);
            }
            if (stored->failed || stored->caseIds.isEmpty())
                return done(std::nullopt);
            // the activities are cached: a failed read of their cases is no failure of this one
            readCases(client, database, notifier, alive, stored->caseIds,
                      [done](const std::optional<ApiError> &) { done(std::nullopt); });
        },
        arrived);
}

void ReadBack::acdEvent(JtelClient *client, CacheDatabase &database, CacheNotifier *notifier,
                        QObject *context, qint64 eventId, const Done &done)
{
    QPointer<QObject> alive(context);
    client->event(eventId, [=, &database](const ApiResult<AcdEvent> &read) {
        if (!alive)
            return;
        if (!read.ok())
            return done(read.error);
        AcdEventStore events(database);
        const auto before = events.byIds({eventId});
        const bool known = before.ok() && !before.value.isEmpty();
        const auto applied = known ? events.applyChanges({}, {read.value}, {})
                                   : events.applyChanges({read.value}, {}, {});
        if (applied.ok() && notifier)
            notifier->notifyChanged(
                changeOf(CacheChange::Table::AcdEvents, idsOf(before.value), {eventId}));
        done(std::nullopt);
    });
}
