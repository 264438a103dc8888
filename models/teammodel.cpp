#include "teammodel.h"

#include "sync/cachenotifier.h"

#include <QDateTime>
#include <QMimeData>

using namespace Qt::StringLiterals;

TeamModel::TeamModel(CacheDatabase &database, CacheNotifier *notifier, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(0);
    connect(&m_refreshSoon, &QTimer::timeout, this, &TeamModel::refresh);
    if (notifier) {
        connect(notifier, &CacheNotifier::changed, this, [this](const CacheChange &change) {
            if (change.table == CacheChange::Table::Activities)
                m_refreshSoon.start();
        });
        connect(notifier, &CacheNotifier::tableRewritten, this, [this](CacheChange::Table table) {
            if (table == CacheChange::Table::Activities)
                m_refreshSoon.start();
        });
    }
    refresh();
}

void TeamModel::refresh()
{
    auto loads = TeamLoadStore(m_database).read();
    if (!loads.ok())
        return;
    QHash<int, int> scale;
    for (const TeamLoadStore::Load &load : std::as_const(loads.value))
        scale[int(load.kind)] = std::max(scale.value(int(load.kind), 1), load.openCount);
    // the same rows in the same order: only the numbers change, the selection stays
    bool sameRows = loads.value.size() == m_loads.size();
    for (qsizetype i = 0; sameRows && i < m_loads.size(); ++i)
        sameRows = m_loads.at(i).kind == loads.value.at(i).kind
            && m_loads.at(i).id == loads.value.at(i).id;
    if (sameRows) {
        m_loads = std::move(loads.value);
        m_scale = scale;
        if (!m_loads.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_loads = std::move(loads.value);
    m_scale = scale;
    endResetModel();
}

int TeamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_loads.size());
}

int TeamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TeamModel::age(qint64 createdMs, qint64 nowMs)
{
    if (createdMs <= 0)
        return {};
    const qint64 minutes = std::max<qint64>(0, nowMs - createdMs) / 60'000;
    if (minutes < 60)
        //: age of the oldest open activity, in minutes
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        //: age of the oldest open activity, in hours
        return tr("%n h", nullptr, int(minutes / 60));
    //: age of the oldest open activity, in days
    return tr("%n d", nullptr, int(minutes / (24 * 60)));
}

QString TeamModel::kindName(TeamLoadStore::Load::Kind kind)
{
    return kind == TeamLoadStore::Load::Kind::Agent ? tr("Agent") : tr("Queue");
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_loads.size())
        return {};
    const TeamLoadStore::Load &load = m_loads.at(index.row());
    switch (role) {
    case KindRole:
        return int(load.kind);
    case TargetIdRole:
        return load.id;
    case LoginRole:
        return load.login;
    case ScaleRole:
        return m_scale.value(int(load.kind), 1);
    case StatusCountsRole: {
        QVariantList counts;
        for (const auto &status : load.statuses)
            counts.append(QVariant(
                QVariantList {status.statusDisplay.isEmpty() ? status.status : status.statusDisplay,
                              status.count}));
        return counts;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == OpenColumn || index.column() == OldestColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return load.name.isEmpty() ? QString::number(load.id)
                                   : u"%1 (%2)"_s.arg(load.name).arg(load.id);
    case KindColumn:
        return kindName(load.kind);
    case OpenColumn:
        return load.openCount;
    case StatusColumn: {
        QStringList parts;
        for (const auto &status : load.statuses)
            parts.append(
                u"%1: %2"_s
                    .arg(status.statusDisplay.isEmpty() ? status.status : status.statusDisplay)
                    .arg(status.count));
        return parts.join(u" · "_s);
    }
    case OldestColumn:
        return role == Qt::ToolTipRole && load.oldestCreatedMs
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(load.oldestCreatedMs),
                                 QLocale::ShortFormat)
            : age(load.oldestCreatedMs, QDateTime::currentMSecsSinceEpoch());
    }
    return {};
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        //: Team pane column: the agent or the queue
        return tr("Who");
    case KindColumn:
        return tr("Kind");
    case OpenColumn:
        //: Team pane column: open activities
        return tr("Open");
    case StatusColumn:
        return tr("By status");
    case OldestColumn:
        //: Team pane column: age of the oldest open activity
        return tr("Oldest");
    }
    return {};
}

Qt::ItemFlags TeamModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
}

QStringList TeamModel::mimeTypes() const
{
    return {ActivityIdsMimeType};
}

Qt::DropActions TeamModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

QList<qint64> TeamModel::activityIds(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(ActivityIdsMimeType))
        return ids;
    for (const QByteArray &line : data->data(ActivityIdsMimeType).split('\n')) {
        bool ok = false;
        const qint64 id = line.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

bool TeamModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                const QModelIndex &parent) const
{
    // onto an agent or a queue, not between rows
    return row < 0 && parent.isValid() && !activityIds(data).isEmpty();
}

bool TeamModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                             const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const TeamLoadStore::Load &load = m_loads.at(parent.row());
    emit activitiesDropped(load.kind, load.id, activityIds(data));
    // nothing moves here: the transfer dialog decides
    return false;
}
