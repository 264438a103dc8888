#pragma once

#include "cache/teamloadstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

class CacheDatabase;
class CacheNotifier;

// The Team pane's rows: per agent and per queue the open activities, by status, and the age of
// the oldest one (TeamLoadStore). Refreshed when activities change, at most once per event loop
// pass. Activities dragged from the activities pane can be dropped on an agent or a queue:
// the model reports the drop, the window opens the transfer dialog prefilled.
class TeamModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, OpenColumn, StatusColumn, OldestColumn, ColumnCount };
    enum Role {
        // the status counts for the bar: QVariantList of QVariantList {display, count}
        StatusCountsRole = Qt::UserRole + 40,
        // the largest open count of the rows of the same kind (agents, queues), the bar's full
        // width: a queue holds far more than an agent, and agents are compared with agents
        ScaleRole,
        KindRole, // TeamLoadStore::Load::Kind as int
        TargetIdRole,
        LoginRole,
    };
    // what the activities pane offers to drag: the ids as text, one per line
    static inline const QString ActivityIdsMimeType
        = QStringLiteral("application/x-agentdesk-activity-ids");

    TeamModel(CacheDatabase &database, CacheNotifier *notifier, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    const TeamLoadStore::Load &load(int row) const { return m_loads.at(row); }
    // reads the counts now (a few milliseconds)
    void refresh();
    // "3 h", "2 d": the age of a creation time, as the Oldest column shows it
    static QString age(qint64 createdMs, qint64 nowMs);
    // "Agent", "Queue": the Kind column
    static QString kindName(TeamLoadStore::Load::Kind kind);
    static QList<qint64> activityIds(const QMimeData *data);

Q_SIGNALS:
    void activitiesDropped(TeamLoadStore::Load::Kind kind, qint64 targetId,
                           const QList<qint64> &activityIds);

private:
    CacheDatabase &m_database;
    QList<TeamLoadStore::Load> m_loads;
    QHash<int, int> m_scale; // per Load::Kind
    QTimer m_refreshSoon;
};
