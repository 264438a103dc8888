#include "acdeventqueuemodel.h"

#include "core/timestamps.h"
#include "itemroles.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

enum Field {
    TypeNameField,
    GroupField,
    SenderField,
    SubjectField,
    PriorityField,
    AppointmentField,
    StatusField,
    CreatedField,
    TypeIdField,
    StatusNameField,
};

using Kind = CompactTable::Kind;

qint64 numberOrNone(const auto &value)
{
    return value ? qint64(*value) : CompactTable::NoNumber;
}

std::optional<qint64> optionalNumber(qint64 value)
{
    return value == CompactTable::NoNumber ? std::nullopt : std::optional<qint64>(value);
}

void storeEvent(CompactTable &table, int slot, const AcdEvent &event, qint64 appointmentMsecs)
{
    table.setShared(slot, TypeNameField, Vocabulary::acdType(event.typeId));
    table.setNumber(slot, TypeIdField, event.typeId);
    table.setNumber(slot, GroupField, numberOrNone(event.groupId));
    table.setText(slot, SenderField, event.sender);
    table.setText(slot, SubjectField, event.subject);
    table.setNumber(slot, PriorityField, numberOrNone(event.priority));
    table.setNumber(slot, AppointmentField, appointmentMsecs);
    table.setNumber(slot, StatusField, event.statusId);
    table.setShared(slot, StatusNameField, Vocabulary::acdStatus(event.statusId));
    table.setNumber(slot, CreatedField, event.createdMsecs);
}

// dtAppointment of a record (jtel local time, null when none), found in the minified json
// without parsing it all: setEvents() may get 100k records of ~1.5 KB.
qint64 appointmentOf(const QByteArray &json)
{
    static constexpr QByteArrayView key = "\"dtAppointment\":\"";
    const qsizetype start = json.indexOf(key);
    if (start < 0)
        return CompactTable::NoNumber;
    const qsizetype from = start + key.size();
    const qsizetype end = json.indexOf('"', from);
    if (end < 0)
        return CompactTable::NoNumber;
    return Timestamps::parseLocal(QByteArrayView(json).sliced(from, end - from))
        .value_or(CompactTable::NoNumber);
}

void fillRow(CompactTable &table, int slot, const QSqlQuery &row)
{
    AcdEvent event;
    event.typeId = row.value(1).toInt();
    if (!row.value(2).isNull())
        event.groupId = row.value(2).toLongLong();
    event.sender = row.value(3).toString();
    event.subject = row.value(4).toString();
    if (!row.value(5).isNull())
        event.priority = row.value(5).toInt();
    const QString appointment = row.value(6).toString();
    event.statusId = row.value(7).toInt();
    event.createdMsecs = row.value(8).toLongLong();
    storeEvent(table, slot, event,
               appointment.isEmpty()
                   ? CompactTable::NoNumber
                   : Timestamps::parseLocal(appointment).value_or(CompactTable::NoNumber));
}

} // namespace

CompactTableModel::Schema AcdEventQueueModel::schema()
{
    return {
        {Kind::Shared, Kind::Number, Kind::Text, Kind::Text, Kind::Number, Kind::Number,
         Kind::Number, Kind::Number, Kind::Number, Kind::Shared},
        {
            //: jtel's number of the ACD event
            {tr("ID"), CompactTable::IdField, Format::Number},
            {tr("Type"), TypeNameField},
            // who to call back comes first: on a narrow screen the group is what can wait
            //: caller number or e-mail address the event came from
            {tr("Sender"), SenderField},
            //: the ACD group that distributes the event
            {tr("Group"), GroupField, Format::Number},
            {tr("Subject"), SubjectField},
            {tr("Priority"), PriorityField, Format::Number},
            //: the time the caller asked to be called back
            {tr("Appointment"), AppointmentField, Format::DateTime},
            // the status's word, sorted by its number
            {tr("Status"), StatusNameField, Format::Text, StatusField},
            //: how long ago the event was created
            {tr("Age"), CreatedField, Format::DateTime},
        },
        {TypeNameField, GroupField, SenderField, SubjectField, CompactTable::IdField},
        AgeColumn,
        Qt::AscendingOrder,
    };
}

AcdEventQueueModel::AcdEventQueueModel(QObject *parent)
    : AcdEventQueueModel(nullptr, nullptr, parent)
{
}

AcdEventQueueModel::AcdEventQueueModel(CacheDatabase &database, CacheNotifier *notifier,
                                       QObject *parent)
    : AcdEventQueueModel(&database, notifier, parent)
{
    reload();
}

AcdEventQueueModel::AcdEventQueueModel(CacheDatabase *database, CacheNotifier *notifier,
                                       QObject *parent)
    : CacheTableModel(schema(), database, notifier, CacheChange::Table::AcdEvents, parent)
{
    // ages move on while nothing else changes
    m_ageTimer.setInterval(std::chrono::minutes(1));
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn),
                               {Qt::DisplayRole});
    });
    m_ageTimer.start();
}

void AcdEventQueueModel::setEvents(const QList<AcdEvent> &events)
{
    stopLoading();
    CompactTable rows = emptyTable();
    rows.reserve(int(events.size()));
    for (const AcdEvent &event : events)
        storeEvent(rows, rows.slotFor(event.id), event, appointmentOf(event.json));
    m_newIds.clear();
    resetRows(std::move(rows));
    rowsChanged();
}

QList<AcdEvent> AcdEventQueueModel::events() const
{
    const CompactTable &rows = table();
    QList<AcdEvent> result;
    result.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row) {
        const int slot = slotAt(row);
        AcdEvent event;
        event.id = rows.id(slot);
        event.typeId = int(rows.number(slot, TypeIdField));
        event.statusId = int(rows.number(slot, StatusField));
        event.groupId = optionalNumber(rows.number(slot, GroupField));
        event.sender = rows.text(slot, SenderField);
        event.subject = rows.text(slot, SubjectField);
        event.createdMsecs = rows.number(slot, CreatedField);
        if (const auto priority = optionalNumber(rows.number(slot, PriorityField)))
            event.priority = int(*priority);
        result.append(event);
    }
    return result;
}

int AcdEventQueueModel::newCount() const
{
    return int(m_newIds.size());
}

void AcdEventQueueModel::acknowledgeNew()
{
    if (m_newIds.isEmpty())
        return;
    const QList<qint64> ids = m_newIds.values();
    m_newIds.clear();
    emitDataChanged(ids, {ItemRoles::NewRole, Qt::FontRole});
    Q_EMIT newCountChanged(0);
}

bool AcdEventQueueModel::isNew(int slot) const
{
    return m_newIds.contains(table().id(slot));
}

void AcdEventQueueModel::rowsArriving(const QList<qint64> &ids)
{
    // before the rows are inserted, so that views see them new from the start
    for (const qint64 id : ids)
        m_newIds.insert(id);
}

void AcdEventQueueModel::rowsChanged()
{
    // an event that left the queue is no longer new
    const CompactTable &rows = table();
    m_newIds.removeIf([&rows](qint64 id) { return rows.slotOf(id) < 0; });
    if (newCount() != m_reportedNewCount) {
        m_reportedNewCount = newCount();
        Q_EMIT newCountChanged(m_reportedNewCount);
    }
}

CacheQuery AcdEventQueueModel::query() const
{
    CacheQuery query;
    query.table = u"acd_events"_s;
    // appointment_local: dtAppointment, a column SQLite generates from the record's json
    query.columns
        = {u"id"_s,       u"type_id"_s,           u"group_id"_s,  u"sender"_s,    u"subject"_s,
           u"priority"_s, u"appointment_local"_s, u"status_id"_s, u"created_ms"_s};
    // the queue order of AcdEventStore::page(), on the acd_events_queue index
    query.firstPageOrder = u"created_ms, id"_s;
    query.fill = fillRow;
    return query;
}

QSet<qint64> AcdEventQueueModel::pendingIds(const PendingTargets &targets) const
{
    QSet<qint64> ids;
    if (targets.callbacks.isEmpty())
        return ids;
    const CompactTable &rows = table();
    for (int slot = 0; slot < rows.slotCount(); ++slot) {
        if (rows.isLive(slot) && isPending(slot, targets))
            ids.insert(rows.id(slot));
    }
    return ids;
}

bool AcdEventQueueModel::isPending(int slot, const PendingTargets &targets) const
{
    if (targets.callbacks.isEmpty())
        return false;
    const CompactTable &rows = table();
    return targets.namesCallbackLike(int(rows.number(slot, TypeIdField)),
                                     optionalNumber(rows.number(slot, GroupField)),
                                     rows.text(slot, SenderField));
}

QVariant AcdEventQueueModel::data(const QModelIndex &index, int role) const
{
    if (index.column() == AgeColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        const qint64 created = table().number(slotAt(index.row()), CreatedField);
        return role == Qt::DisplayRole ? ageText(created, QDateTime::currentMSecsSinceEpoch())
                                       : dateTimeText(created);
    }
    return CacheTableModel::data(index, role);
}

QString AcdEventQueueModel::ageText(qint64 createdMsecs, qint64 nowMsecs)
{
    if (createdMsecs == 0)
        return {};
    // a server clock slightly ahead must not give negative ages
    const qint64 minutes = std::max<qint64>(0, nowMsecs - createdMsecs) / 60'000;
    if (minutes < 60)
        //: age of an ACD event in minutes
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        //: age of an ACD event in hours
        return tr("%n h", nullptr, int(minutes / 60));
    //: age of an ACD event in days
    return tr("%n d", nullptr, int(minutes / (24 * 60)));
}
