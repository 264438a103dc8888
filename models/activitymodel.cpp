#include "activitymodel.h"

#include "itemroles.h"
#include "teammodel.h"
#include "vocabulary.h"

#include <QMimeData>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// The stored fields, in the order of the SELECT after the id.
enum Field {
    SubjectField,
    TypeField,
    StatusField,
    AssignedUserField,
    CustomerField,
    PriorityField,
    CaseField,
    LastModifiedField,
    DueField,
};

using Kind = CompactTable::Kind;

// the stored fields' columns, in the order of Field, after the id
const QStringList columns = {
    u"id"_s,
    u"subject"_s,
    // type and status: the value, then the server's display name for it
    u"type"_s,
    u"type_display"_s,
    u"status"_s,
    u"status_display"_s,
    u"assigned_user_name"_s,
    u"customer_name"_s,
    u"cast(nullif(priority, '') AS INTEGER)"_s,
    u"case_id"_s,
    u"last_modified_ms"_s,
    u"due_date_ms"_s,
};

void fillRow(CompactTable &table, int slot, const QSqlQuery &row)
{
    table.setText(slot, SubjectField, row.value(1).toString());
    table.setShared(slot, TypeField,
                    Vocabulary::activityType(row.value(2).toString(), row.value(3).toString()));
    table.setShared(slot, StatusField,
                    Vocabulary::activityStatus(row.value(4).toString(), row.value(5).toString()));
    table.setShared(slot, AssignedUserField, row.value(6).toString());
    table.setShared(slot, CustomerField, row.value(7).toString());
    const QVariant priority = row.value(8);
    table.setNumber(slot, PriorityField,
                    priority.isNull() ? CompactTable::NoNumber : priority.toLongLong());
    // case 0: not in a case
    const qint64 caseId = row.value(9).toLongLong();
    table.setNumber(slot, CaseField, caseId ? caseId : CompactTable::NoNumber);
    table.setNumber(slot, LastModifiedField, row.value(10).toLongLong());
    table.setNumber(slot, DueField, row.value(11).toLongLong());
}

} // namespace

CompactTableModel::Schema ActivityModel::schema()
{
    return {
        {Kind::Text, Kind::Shared, Kind::Shared, Kind::Shared, Kind::Shared, Kind::Number,
         Kind::Number, Kind::Number, Kind::Number},
        {
            //: the server's activity number
            {tr("ID"), CompactTable::IdField, Format::Number},
            {tr("Subject"), SubjectField},
            {tr("Type"), TypeField},
            {tr("Status"), StatusField},
            //: the agent the activity is assigned to
            {tr("Assigned to"), AssignedUserField},
            {tr("Customer"), CustomerField},
            {tr("Priority"), PriorityField, Format::Number},
            //: the number of the case the activity belongs to
            {tr("Case"), CaseField, Format::Number},
            {tr("Last modified"), LastModifiedField, Format::DateTime},
            {tr("Due"), DueField, Format::DateTime},
        },
        {CompactTable::IdField, SubjectField, TypeField, StatusField, AssignedUserField,
         CustomerField, CaseField},
        LastModifiedColumn,
        Qt::DescendingOrder,
    };
}

ActivityModel::ActivityModel(CacheDatabase &database, CacheNotifier *notifier, QObject *parent)
    : CacheTableModel(schema(), &database, notifier, CacheChange::Table::Activities, parent)
{
    reload();
}

void ActivityModel::showAll()
{
    m_scope = Scope::All;
    reload();
}

void ActivityModel::setCase(qint64 caseId)
{
    m_scope = Scope::Case;
    m_caseId = caseId;
    reload();
}

void ActivityModel::setAssignedUser(const QString &userName)
{
    m_scope = Scope::AssignedUser;
    m_userName = userName;
    reload();
}

void ActivityModel::setAgent(qint64 userId)
{
    m_scope = Scope::Agent;
    m_teamTarget = userId;
    reload();
}

void ActivityModel::setQueue(qint64 queueId)
{
    m_scope = Scope::Queue;
    m_teamTarget = queueId;
    reload();
}

Qt::ItemFlags ActivityModel::flags(const QModelIndex &index) const
{
    return CacheTableModel::flags(index)
        | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList ActivityModel::mimeTypes() const
{
    return {TeamModel::ActivityIdsMimeType};
}

QMimeData *ActivityModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = index.data(ItemRoles::IdRole).toLongLong();
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    QByteArray lines;
    for (qint64 id : std::as_const(ids))
        lines += QByteArray::number(id) + '\n';
    auto *data = new QMimeData;
    data->setData(TeamModel::ActivityIdsMimeType, lines);
    data->setText(QString::fromLatin1(lines));
    return data;
}

CacheQuery ActivityModel::query() const
{
    CacheQuery query;
    query.table = u"activities"_s;
    query.columns = columns;
    switch (m_scope) {
    case Scope::All:
        break;
    case Scope::Case:
        query.scope = u"case_id = :case_id"_s;
        query.bindings = {{u":case_id"_s, m_caseId}};
        break;
    case Scope::AssignedUser:
        query.scope = u"assigned_user_login = :user COLLATE NOCASE"_s;
        query.bindings = {{u":user"_s, m_userName}};
        break;
    // the partial indexes of the open activities (schema step 6)
    case Scope::Agent:
        query.scope = u"assigned_user_id = :target AND status <> 'completed'"_s;
        query.bindings = {{u":target"_s, m_teamTarget}};
        break;
    case Scope::Queue:
        query.scope = u"queue_id = :target AND status <> 'completed'"_s;
        query.bindings = {{u":target"_s, m_teamTarget}};
        break;
    }
    // the keyset order of ActivityStore::page(), on the activities_last_modified index
    query.firstPageOrder = u"last_modified_ms DESC, id DESC"_s;
    query.fill = fillRow;
    return query;
}

QSet<qint64> ActivityModel::pendingIds(const PendingTargets &targets) const
{
    return targets.activityIds;
}
