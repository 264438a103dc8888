#pragma once

#include "cachetablemodel.h"

class CacheDatabase;
class CacheNotifier;

// The cached eGain / ECE activities as a table: all of them, one case's, or those assigned to
// one user ("my activities"). Newest first until the user sorts; sorts and filters itself
// (CompactTableModel), so a million activities need no proxy model.
class ActivityModel : public CacheTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        SubjectColumn,
        TypeColumn,
        StatusColumn,
        AssignedUserColumn,
        CustomerColumn,
        PriorityColumn,
        CaseColumn,
        LastModifiedColumn,
        DueColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // Agent and Queue: the open activities of one assigned user or one queue (the Team pane)
    enum class Scope { All, Case, AssignedUser, Agent, Queue };
    Q_ENUM(Scope)

    // Shows every activity: the first page at once, the rest when loaded in the background.
    explicit ActivityModel(CacheDatabase &database, CacheNotifier *notifier = nullptr,
                           QObject *parent = nullptr);

    // Each replaces every row (a model reset) and loads the new scope.
    void showAll();
    void setCase(qint64 caseId);
    // "my activities": those assigned to this login (the profile's user)
    void setAssignedUser(const QString &login);
    // the open activities assigned to this user id, or in this queue
    void setAgent(qint64 userId);
    void setQueue(qint64 queueId);
    qint64 teamTarget() const { return m_teamTarget; }

    // rows can be dragged onto the Team pane: their ids as TeamModel::ActivityIdsMimeType
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Scope scope() const { return m_scope; }
    qint64 caseId() const { return m_caseId; }
    QString assignedUser() const { return m_userName; }

protected:
    CacheQuery query() const override;
    QSet<qint64> pendingIds(const PendingTargets &targets) const override;

private:
    static Schema schema();

    Scope m_scope = Scope::All;
    qint64 m_caseId = 0;
    QString m_userName;
    qint64 m_teamTarget = 0;
};
