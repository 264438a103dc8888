#pragma once

#include "cache/outboxentry.h"
#include "compacttablemodel.h"

#include <QTimer>

class CacheDatabase;
class CacheNotifier;

// The outbox as a table, in queue order: every entry not done yet (pending, sending, needing
// attention) and the most recent done ones, so the agent sees what was sent. A done entry counts
// the send that was applied and shows no error of earlier attempts. Re-read on each
// outbox change and updated row by row; the outbox holds tens of entries, not millions.
class OutboxModel : public CompactTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        StateColumn,
        SummaryColumn,
        QueuedColumn,
        AttemptsColumn,
        NextAttemptColumn,
        LastErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit OutboxModel(CacheDatabase &database, CacheNotifier *notifier = nullptr,
                         QObject *parent = nullptr);

    // How many done entries are listed, newest first; 20 unless set.
    int recentDoneLimit() const { return m_recentDoneLimit; }
    void setRecentDoneLimit(int limit);
    // Reads the outbox again; called on every CacheNotifier::outboxChanged.
    void refresh();

    // The state's tool tip explains an unknown outcome; the next attempt shows as the time left
    // ("in 40 s"), counting down, with the time itself in its tool tip.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString kindName(OutboxEntry::Kind kind);
    static QString stateName(OutboxEntry::State state);
    // One line on what the entry asks for, from its payload.
    static QString summary(const OutboxEntry &entry);
    // "in 40 s", "in 3 min", "now": how long until msecs (epoch) from nowMsecs
    static QString timeUntil(qint64 msecs, qint64 nowMsecs);

protected:
    // IdRole: the entry's UUID; OutboxStateRole
    QVariant rowData(int slot, int role) const override;

private:
    static Schema schema();
    CompactTable readEntries() const;

    void showTimeLeft();

    CacheDatabase &m_database;
    int m_recentDoneLimit = 20;
    QTimer m_countdown;
};
