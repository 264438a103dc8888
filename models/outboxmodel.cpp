#include "outboxmodel.h"

#include "cache/cachedatabase.h"
#include "cache/outboxstore.h"
#include "cache/sqlstatement.h"
#include "core/logging.h"
#include "itemroles.h"
#include "sync/cachenotifier.h"
#include "sync/outboxpayload.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

enum Field {
    KindField,
    KindNameField,
    StateField,
    StateNameField,
    SummaryField,
    QueuedField,
    AttemptsField,
    NextAttemptField,
    LastErrorField,
    EntryIdField,
    OutcomeUnknownField,
};

using Kind = CompactTable::Kind;
using State = OutboxEntry::State;

void storeEntry(CompactTable &table, const OutboxEntry &entry)
{
    const int slot = table.slotFor(entry.seq);
    table.setNumber(slot, KindField, int(entry.kind));
    table.setShared(slot, KindNameField, OutboxModel::kindName(entry.kind));
    table.setNumber(slot, StateField, int(entry.state));
    table.setShared(slot, StateNameField, OutboxModel::stateName(entry.state));
    table.setText(slot, SummaryField, OutboxModel::summary(entry));
    table.setNumber(slot, QueuedField,
                    entry.createdAt.isValid() ? entry.createdAt.toMSecsSinceEpoch()
                                              : CompactTable::NoNumber);
    table.setNumber(slot, AttemptsField, entry.attempts);
    // only a pending entry waits for a time; the others wait for the server or the user
    table.setNumber(slot, NextAttemptField,
                    entry.state == State::Pending && entry.nextAttemptAt.isValid()
                        ? entry.nextAttemptAt.toMSecsSinceEpoch()
                        : CompactTable::NoNumber);
    QString lastError;
    // the error of an earlier attempt no longer matters once the server applied it
    if (entry.state != State::Done)
        lastError = entry.lastErrorCode.isEmpty() || entry.lastErrorMessage.isEmpty()
            ? entry.lastErrorCode + entry.lastErrorMessage
            : u"%1: %2"_s.arg(entry.lastErrorCode, entry.lastErrorMessage);
    table.setText(slot, LastErrorField, lastError);
    table.setText(slot, EntryIdField, entry.id);
    table.setNumber(slot, OutcomeUnknownField, entry.outcomeUnknown);
}

} // namespace

CompactTableModel::Schema OutboxModel::schema()
{
    return {
        {Kind::Number, Kind::Shared, Kind::Number, Kind::Shared, Kind::Text, Kind::Number,
         Kind::Number, Kind::Number, Kind::Text, Kind::Text, Kind::Number},
        {
            //: the kind of queued operation
            {tr("Operation"), KindNameField},
            // sorted in the order an entry goes through, not by name
            {tr("State"), StateNameField, Format::Text, StateField},
            {tr("Summary"), SummaryField},
            //: when the operation was put in the outbox
            {tr("Queued"), QueuedField, Format::DateTime},
            //: how often the operation was sent
            {tr("Attempts"), AttemptsField, Format::Number},
            {tr("Next attempt"), NextAttemptField, Format::DateTime},
            {tr("Last error"), LastErrorField},
        },
        {KindNameField, StateNameField, SummaryField, LastErrorField},
        -1, // queue order (seq)
        Qt::AscendingOrder,
    };
}

OutboxModel::OutboxModel(CacheDatabase &database, CacheNotifier *notifier, QObject *parent)
    : CompactTableModel(schema(), parent)
    , m_database(database)
{
    if (notifier)
        connect(notifier, &CacheNotifier::outboxChanged, this, &OutboxModel::refresh);
    resetRows(readEntries());
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &OutboxModel::showTimeLeft);
    m_countdown.start();
}

void OutboxModel::showTimeLeft()
{
    QList<qint64> waiting;
    const CompactTable &rows = table();
    for (int slot = 0; slot < rows.slotCount(); ++slot) {
        if (rows.isLive(slot) && rows.number(slot, NextAttemptField) != CompactTable::NoNumber)
            waiting.append(rows.id(slot));
    }
    if (!waiting.isEmpty())
        emitDataChanged(waiting, {Qt::DisplayRole});
}

QString OutboxModel::timeUntil(qint64 msecs, qint64 nowMsecs)
{
    const qint64 seconds = (msecs - nowMsecs + 999) / 1000;
    if (seconds <= 0)
        //: the next attempt to send is due now
        return tr("now");
    if (seconds < 60)
        //: the next attempt to send, in seconds from now
        return tr("in %n s", nullptr, int(seconds));
    //: the next attempt to send, in minutes from now
    return tr("in %n min", nullptr, int((seconds + 59) / 60));
}

void OutboxModel::setRecentDoneLimit(int limit)
{
    if (limit == m_recentDoneLimit)
        return;
    m_recentDoneLimit = limit;
    refresh();
}

CompactTable OutboxModel::readEntries() const
{
    CompactTable entries = emptyTable();
    OutboxStore store(m_database);
    const auto open = store.list({State::Pending, State::InFlight, State::NeedsAttention});
    if (!open.ok())
        return entries;
    for (const OutboxEntry &entry : open.value)
        storeEntry(entries, entry);

    // OutboxStore lists every done entry; only the last few are wanted
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (SqlStatement::prepare(query,
                              u"SELECT id FROM outbox WHERE state = 'done' "
                              "ORDER BY seq DESC LIMIT :limit"_s))
        return entries;
    query.bindValue(u":limit"_s, m_recentDoneLimit);
    if (SqlStatement::exec(query))
        return entries;
    QStringList doneIds;
    while (query.next())
        doneIds.append(query.value(0).toString());
    query.finish();
    for (const QString &id : std::as_const(doneIds)) {
        const auto done = store.entry(id);
        if (done.ok() && done.value)
            storeEntry(entries, *done.value);
    }
    return entries;
}

void OutboxModel::refresh()
{
    const CompactTable entries = readEntries();
    QList<qint64> gone;
    const CompactTable &rows = table();
    for (int slot = 0; slot < rows.slotCount(); ++slot) {
        if (rows.isLive(slot) && entries.slotOf(rows.id(slot)) < 0)
            gone.append(rows.id(slot));
    }
    applyRows(entries, gone);
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole && index.column() == StateColumn
        && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        && table().number(slotAt(index.row()), OutcomeUnknownField)) {
        return tr("The answer to an earlier attempt was lost. Before sending it again, "
                  "AgentDesk checks whether the server already applied it.");
    }
    if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && index.column() == NextAttemptColumn
        && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        const qint64 next = table().number(slotAt(index.row()), NextAttemptField);
        if (next == CompactTable::NoNumber)
            return {};
        return role == Qt::DisplayRole ? timeUntil(next, QDateTime::currentMSecsSinceEpoch())
                                       : dateTimeText(next);
    }
    return CompactTableModel::data(index, role);
}

QVariant OutboxModel::rowData(int slot, int role) const
{
    switch (role) {
    case ItemRoles::IdRole:
        return table().text(slot, EntryIdField);
    case ItemRoles::OutboxStateRole:
        return int(table().number(slot, StateField));
    }
    return CompactTableModel::rowData(slot, role);
}

QString OutboxModel::kindName(OutboxEntry::Kind kind)
{
    switch (kind) {
    case OutboxEntry::Kind::CreateCalltrack:
        //: outbox operation: an agent logged a phone call
        return tr("Log call");
    case OutboxEntry::Kind::ChangeCase:
        //: outbox operation: activities move to another case
        return tr("Change case");
    case OutboxEntry::Kind::CreateCallback:
        //: outbox operation: a callback request for the ACD
        return tr("Callback request");
    case OutboxEntry::Kind::Reassign:
        //: outbox operation: activities transferred to a user, queue or department, or picked
        return tr("Reassign");
    }
    return {};
}

QString OutboxModel::stateName(OutboxEntry::State state)
{
    switch (state) {
    case State::Pending:
        //: outbox state: waiting to be sent
        return tr("Pending");
    case State::InFlight:
        //: outbox state: sent, no answer yet
        return tr("Sending");
    case State::NeedsAttention:
        //: outbox state: the server refused it; the agent edits, retries or discards it
        return tr("Needs attention");
    case State::Done:
        //: outbox state: the server applied it
        return tr("Done");
    }
    return {};
}

QString OutboxModel::summary(const OutboxEntry &entry)
{
    switch (entry.kind) {
    case OutboxEntry::Kind::CreateCalltrack:
        if (const auto draft = OutboxPayload::calltrack(entry.payload)) {
            if (draft->caseId)
                //: %1 is the subject of the call, %2 the case number
                return tr("Log call “%1” in case %2")
                    .arg(draft->subject, QString::number(draft->caseId));
            //: %1 is the subject of the call
            return tr("Log call “%1” in a new case").arg(draft->subject);
        }
        break;
    case OutboxEntry::Kind::ChangeCase:
        if (const auto change = OutboxPayload::changeCase(entry.payload)) {
            const auto count
                = int(change->request.activityIds.size() + change->pendingActivities.size());
            if (change->request.targetCaseId)
                //: %1 is the case number
                return tr("Move %n activities to case %1", nullptr, count)
                    .arg(change->request.targetCaseId);
            return tr("Move %n activities to a new case", nullptr, count);
        }
        break;
    case OutboxEntry::Kind::CreateCallback:
        if (const auto draft = OutboxPayload::callback(entry.payload))
            //: %1 is the caller's number, %2 the subject of the callback
            return tr("Callback to %1: %2").arg(draft->sender, draft->subject);
        break;
    case OutboxEntry::Kind::Reassign:
        if (const auto reassign = OutboxPayload::reassign(entry.payload)) {
            const int count = int(reassign->request.activities.size());
            const qint64 target = reassign->request.targetId;
            switch (reassign->request.operation) {
            case ReassignRequest::Operation::TransferToUser:
                //: %1 is the user's ID
                return tr("Transfer %n activities to user %1", nullptr, count).arg(target);
            case ReassignRequest::Operation::TransferToQueue:
                //: %1 is the queue's ID
                return tr("Transfer %n activities to queue %1", nullptr, count).arg(target);
            case ReassignRequest::Operation::TransferToDepartment:
                //: %1 is the department's ID
                return tr("Transfer %n activities to department %1", nullptr, count).arg(target);
            case ReassignRequest::Operation::Pick:
                return tr("Pick %n activities", nullptr, count);
            }
        }
        break;
    }
    return tr("The queued request cannot be read");
}
