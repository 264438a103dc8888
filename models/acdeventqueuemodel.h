#pragma once

#include "cachetablemodel.h"
#include "domain/acdevent.h"

#include <QTimer>

class CacheDatabase;
class CacheNotifier;

// The jtel ACD event queue as a table, one row per event, oldest first (the order in which the
// ACD distributes) until the user sorts. Over the cache it follows the sync engine's changes
// row by row and marks events that arrived since the agent last acknowledged the queue.
class AcdEventQueueModel : public CacheTableModel
{
    Q_OBJECT

public:
    enum Column {
        // jtel's event id: what the agent and jtel's own tools name the event by
        IdColumn,
        TypeColumn,
        SenderColumn,
        GroupColumn,
        SubjectColumn,
        PriorityColumn,
        AppointmentColumn,
        StatusColumn,
        // shows the age, sorts by creation time: ascending is queue order, oldest first
        AgeColumn,
        ColumnCount,
        CreatedColumn = AgeColumn,
    };
    Q_ENUM(Column)

    // Without a cache: rows come from setEvents().
    explicit AcdEventQueueModel(QObject *parent = nullptr);
    // Every cached event: the first page at once, the rest loaded in the background.
    AcdEventQueueModel(CacheDatabase &database, CacheNotifier *notifier, QObject *parent = nullptr);

    // Replaces all rows (a model reset), keeping the current sort order and filter.
    void setEvents(const QList<AcdEvent> &events);
    // The shown events in row order, with the fields the queue shows (no json, receiver or
    // user).
    QList<AcdEvent> events() const;

    // Events that arrived (were inserted by a change) since the last acknowledgeNew().
    int newCount() const;
    void acknowledgeNew();

    // The age column shows the age, with the creation time as tool tip.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "5 min", "3 h", "2 d": how long ago an event was created; empty when it has no time.
    static QString ageText(qint64 createdMsecs, qint64 nowMsecs);

Q_SIGNALS:
    void newCountChanged(int count);

protected:
    CacheQuery query() const override;
    QSet<qint64> pendingIds(const PendingTargets &targets) const override;
    bool isPending(int slot, const PendingTargets &targets) const override;
    bool isNew(int slot) const override;
    void rowsArriving(const QList<qint64> &ids) override;
    void rowsChanged() override;

private:
    AcdEventQueueModel(CacheDatabase *database, CacheNotifier *notifier, QObject *parent);
    static Schema schema();

    QSet<qint64> m_newIds;
    int m_reportedNewCount = 0;
    QTimer m_ageTimer;
};
