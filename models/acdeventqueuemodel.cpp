#include "acdeventqueuemodel.h"

#include "itemroles.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace {

QString optionalNumber(const auto &value)
{
    return value ? QString::number(*value) : QString();
}

// Less-than on one column; ties keep their previous order (stable sort), so sorting by group
// after sorting by date gives each group's events oldest first.
bool lessThan(const AcdEvent &a, const AcdEvent &b, int column)
{
    switch (column) {
    case AcdEventQueueModel::TypeColumn:
        return AcdEventQueueModel::typeName(a.typeId).localeAwareCompare(
                   AcdEventQueueModel::typeName(b.typeId))
            < 0;
    case AcdEventQueueModel::GroupColumn:
        return a.groupId < b.groupId; // std::optional: no group sorts first
    case AcdEventQueueModel::SenderColumn:
        return a.sender.compare(b.sender, Qt::CaseInsensitive) < 0;
    case AcdEventQueueModel::SubjectColumn:
        return a.subject.localeAwareCompare(b.subject) < 0;
    case AcdEventQueueModel::PriorityColumn:
        return a.priority < b.priority;
    case AcdEventQueueModel::StatusColumn:
        return a.statusId < b.statusId;
    case AcdEventQueueModel::CreatedColumn:
        return a.createdMsecs < b.createdMsecs;
    default:
        return false;
    }
}

// The row order after sorting: element i is the current row that moves to row i.
// Sorting a permutation rather than the rows lets persistent indexes follow their rows.
std::vector<int> sortedOrder(const QList<AcdEvent> &events, int column, Qt::SortOrder order)
{
    std::vector<int> newToOld(events.size());
    std::iota(newToOld.begin(), newToOld.end(), 0);
    std::stable_sort(newToOld.begin(), newToOld.end(), [&](int a, int b) {
        return order == Qt::AscendingOrder ? lessThan(events[a], events[b], column)
                                           : lessThan(events[b], events[a], column);
    });
    return newToOld;
}

QList<AcdEvent> reordered(QList<AcdEvent> &events, const std::vector<int> &newToOld)
{
    QList<AcdEvent> result;
    result.reserve(events.size());
    for (const int oldRow : newToOld)
        result.append(std::move(events[oldRow]));
    return result;
}

} // namespace

AcdEventQueueModel::AcdEventQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AcdEventQueueModel::setEvents(QList<AcdEvent> events)
{
    if (m_sortColumn >= 0)
        events = reordered(events, sortedOrder(events, m_sortColumn, m_sortOrder));
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int AcdEventQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int AcdEventQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AcdEventQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AcdEvent &event = m_events.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn:
            return typeName(event.typeId);
        case GroupColumn:
            return optionalNumber(event.groupId);
        case SenderColumn:
            return event.sender;
        case SubjectColumn:
            return event.subject;
        case PriorityColumn:
            return optionalNumber(event.priority);
        case StatusColumn:
            // jtel documents no status names (§7): show the number, never a guessed name.
            return QString::number(event.statusId);
        case CreatedColumn:
            if (event.createdMsecs == 0)
                return QString();
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.createdMsecs),
                                      QLocale::ShortFormat);
        }
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case GroupColumn:
        case PriorityColumn:
        case StatusColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SubjectColumn)
            return event.subject;
        break;
    case ItemRoles::IdRole:
        return event.id;
    }
    return {};
}

QVariant AcdEventQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case GroupColumn:
        //: the ACD group that distributes the event
        return tr("Group");
    case SenderColumn:
        //: caller number or e-mail address the event came from
        return tr("Sender");
    case SubjectColumn:
        return tr("Subject");
    case PriorityColumn:
        return tr("Priority");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

void AcdEventQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const std::vector<int> newToOld = sortedOrder(m_events, column, order);
    m_events = reordered(m_events, newToOld);

    std::vector<int> oldToNew(newToOld.size());
    for (int row = 0; row < static_cast<int>(newToOld.size()); ++row)
        oldToNew[newToOld[row]] = row;
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to.append(this->index(oldToNew[index.row()], index.column()));
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QString AcdEventQueueModel::typeName(int typeId)
{
    switch (typeId) {
    case 1:
        return tr("Voicemail");
    case 2:
        return tr("Fax");
    case 3:
        //: ACD event type: the customer asked to be called back
        return tr("Callback");
    case 4:
        return tr("SMS");
    case 5:
        return tr("Email");
    case 6:
        return tr("Ticket");
    default:
        //: ACD event type that jtel does not document, %1 is its number
        return tr("Type %1").arg(typeId);
    }
}
