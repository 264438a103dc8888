#include "agentdeskctl/records.h"

#include "agentdeskctl/output.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace {

// 0 is how the decoders say "not sent"; scripts should see that as null, not as an id
QJsonValue idOrNull(qint64 id)
{
    return id == 0 ? QJsonValue() : QJsonValue(id);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue timeOrNull(qint64 msecs)
{
    return msecs == 0 ? QJsonValue() : QJsonValue(Output::timestamp(msecs));
}

QString idText(qint64 id)
{
    return id == 0 ? QString() : QString::number(id);
}

template<typename T> QString optionalText(const std::optional<T> &value)
{
    return value ? QString::number(*value) : QString();
}

template<typename T> QJsonValue optionalJson(const std::optional<T> &value)
{
    return value ? QJsonValue(qint64(*value)) : QJsonValue();
}

QJsonObject attributes(const QMap<QString, QString> &custom)
{
    QJsonObject object;
    for (auto it = custom.cbegin(); it != custom.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonValue raw(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (document.isObject())
        return document.object();
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? Output::timestamp(time.toMSecsSinceEpoch()) : QString();
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return textOrNull(timeText(time));
}

// only a waiting entry has a next attempt
QDateTime nextAttempt(const OutboxEntry &entry)
{
    return entry.state == OutboxEntry::State::Pending ? entry.nextAttemptAt : QDateTime();
}

QString statusName(OperationOutcome::Status status)
{
    switch (status) {
    case OperationOutcome::Status::Invalid:
        return u"invalid"_s;
    case OperationOutcome::Status::Applied:
        return u"applied"_s;
    case OperationOutcome::Status::Queued:
        return u"queued"_s;
    case OperationOutcome::Status::NeedsAttention:
        return u"needs-attention"_s;
    case OperationOutcome::Status::Failed:
        break;
    }
    return u"failed"_s;
}

QString stateName(ServerStatus::State state)
{
    switch (state) {
    case ServerStatus::State::SignedOut:
        return u"signed-out"_s;
    case ServerStatus::State::Connecting:
        return u"connecting"_s;
    case ServerStatus::State::Online:
        return u"online"_s;
    case ServerStatus::State::Offline:
        return u"offline"_s;
    case ServerStatus::State::NeedsCredentials:
        break;
    }
    return u"needs-credentials"_s;
}

} // namespace

namespace Records {

QStringList activityHeader()
{
    return {u"id"_s,       u"case"_s,         u"status"_s,       u"type"_s,
            u"subtype"_s,  u"department"_s,   u"assignedUser"_s, u"queue"_s,
            u"customer"_s, u"lastModified"_s, u"subject"_s};
}

QStringList activityRow(const Activity &activity)
{
    return {QString::number(activity.id),
            idText(activity.caseId),
            activity.status,
            activity.type,
            activity.subtype,
            activity.departmentName,
            activity.assignedUserName,
            activity.queueName,
            activity.customerName,
            Output::timestamp(activity.lastModifiedMs),
            activity.subject};
}

QJsonObject activityJson(const Activity &activity)
{
    return {
        {u"id"_s, activity.id},
        {u"caseId"_s, idOrNull(activity.caseId)},
        {u"departmentId"_s, idOrNull(activity.departmentId)},
        {u"departmentName"_s, textOrNull(activity.departmentName)},
        {u"type"_s, textOrNull(activity.type)},
        {u"subtype"_s, textOrNull(activity.subtype)},
        {u"mode"_s, textOrNull(activity.mode)},
        {u"status"_s, textOrNull(activity.status)},
        {u"substatus"_s, textOrNull(activity.substatus)},
        {u"assignedUserId"_s, idOrNull(activity.assignedUserId)},
        {u"assignedUserName"_s, textOrNull(activity.assignedUserName)},
        {u"subject"_s, textOrNull(activity.subject)},
        {u"customerId"_s, idOrNull(activity.customerId)},
        {u"customerName"_s, textOrNull(activity.customerName)},
        {u"priority"_s, textOrNull(activity.priority)},
        {u"created"_s, timeOrNull(activity.createdMs)},
        {u"lastModified"_s, timeOrNull(activity.lastModifiedMs)},
        {u"dueDate"_s, timeOrNull(activity.dueDateMs)},
        {u"queueId"_s, idOrNull(activity.queueId)},
        {u"queueName"_s, textOrNull(activity.queueName)},
        {u"contactPointData"_s, textOrNull(activity.contactPointData)},
        {u"customAttributes"_s, attributes(activity.customAttributes)},
        {u"raw"_s, raw(activity.json)},
    };
}

QStringList caseHeader()
{
    return {u"id"_s,    u"status"_s,       u"department"_s, u"customer"_s,
            u"owner"_s, u"lastModified"_s, u"subject"_s};
}

QStringList caseRow(const Case &record)
{
    return {QString::number(record.id),
            record.status,
            record.departmentName,
            record.customerName,
            record.ownerName,
            Output::timestamp(record.lastModifiedMs),
            record.subject};
}

QJsonObject caseJson(const Case &record)
{
    QJsonArray related;
    for (qint64 id : record.relatedCaseIds)
        related.append(id);
    return {
        {u"id"_s, record.id},
        {u"departmentId"_s, idOrNull(record.departmentId)},
        {u"departmentName"_s, textOrNull(record.departmentName)},
        {u"status"_s, textOrNull(record.status)},
        {u"subject"_s, textOrNull(record.subject)},
        {u"description"_s, textOrNull(record.description)},
        {u"solution"_s, textOrNull(record.solution)},
        {u"severity"_s, textOrNull(record.severity)},
        {u"customerId"_s, idOrNull(record.customerId)},
        {u"customerName"_s, textOrNull(record.customerName)},
        {u"ownerId"_s, idOrNull(record.ownerId)},
        {u"ownerName"_s, textOrNull(record.ownerName)},
        {u"dueDate"_s, timeOrNull(record.dueDateMs)},
        {u"created"_s, timeOrNull(record.createdMs)},
        {u"lastModified"_s, timeOrNull(record.lastModifiedMs)},
        {u"originatingChannel"_s, textOrNull(record.originatingChannel)},
        {u"relatedCaseIds"_s, related},
        {u"customAttributes"_s, attributes(record.customAttributes)},
        {u"raw"_s, raw(record.json)},
    };
}

QStringList eventHeader()
{
    return {u"id"_s,       u"type"_s,    u"status"_s, u"group"_s,    u"user"_s,
            u"priority"_s, u"created"_s, u"sender"_s, u"receiver"_s, u"subject"_s};
}

QStringList eventRow(const AcdEvent &event)
{
    return {QString::number(event.id),
            QString::number(event.typeId),
            QString::number(event.statusId),
            optionalText(event.groupId),
            optionalText(event.usersId),
            optionalText(event.priority),
            Output::timestamp(event.createdMsecs),
            event.sender,
            event.receiver,
            event.subject};
}

QJsonObject eventJson(const AcdEvent &event)
{
    return {
        {u"id"_s, event.id},
        {u"typeId"_s, event.typeId},
        {u"statusId"_s, event.statusId},
        {u"groupId"_s, optionalJson(event.groupId)},
        {u"usersId"_s, optionalJson(event.usersId)},
        {u"priority"_s, optionalJson(event.priority)},
        {u"created"_s, timeOrNull(event.createdMsecs)},
        {u"sender"_s, event.sender},
        {u"receiver"_s, event.receiver},
        {u"subject"_s, event.subject},
    };
}

QStringList subtypeHeader()
{
    return {u"value"_s, u"displayValue"_s, u"departments"_s};
}

QStringList subtypeRow(const CalltrackSubtype &subtype)
{
    return {subtype.value, subtype.displayValue, subtype.departments.join(u',')};
}

QJsonObject subtypeJson(const CalltrackSubtype &subtype)
{
    return {
        {u"value"_s, subtype.value},
        {u"displayValue"_s, subtype.displayValue},
        {u"departments"_s, QJsonArray::fromStringList(subtype.departments)},
    };
}

QStringList outboxHeader()
{
    return {u"id"_s,          u"kind"_s,      u"server"_s, u"state"_s,     u"attempts"_s,
            u"nextAttempt"_s, u"errorCode"_s, u"error"_s,  u"dependsOn"_s, u"result"_s};
}

QStringList outboxRow(const OutboxEntry &entry)
{
    return {entry.id,
            OutboxEntry::kindName(entry.kind),
            OutboxEntry::serverName(entry.server),
            OutboxEntry::stateName(entry.state),
            QString::number(entry.attempts),
            timeText(nextAttempt(entry)),
            entry.lastErrorCode,
            entry.lastErrorMessage,
            entry.dependsOn,
            QString::fromUtf8(entry.result)};
}

QJsonObject outboxJson(const OutboxEntry &entry)
{
    return {
        {u"id"_s, entry.id},
        {u"seq"_s, entry.seq},
        {u"kind"_s, OutboxEntry::kindName(entry.kind)},
        {u"server"_s, OutboxEntry::serverName(entry.server)},
        {u"state"_s, OutboxEntry::stateName(entry.state)},
        {u"attempts"_s, entry.attempts},
        {u"created"_s, timeOrNull(entry.createdAt)},
        {u"sent"_s, timeOrNull(entry.sentAt)},
        {u"nextAttempt"_s, timeOrNull(nextAttempt(entry))},
        {u"outcomeUnknown"_s, entry.outcomeUnknown},
        {u"lastErrorCode"_s, textOrNull(entry.lastErrorCode)},
        {u"lastErrorMessage"_s, textOrNull(entry.lastErrorMessage)},
        {u"dependsOn"_s, textOrNull(entry.dependsOn)},
        {u"payload"_s, raw(entry.payload)},
        {u"result"_s, raw(entry.result)},
    };
}

QStringList serverStateHeader()
{
    return {u"server"_s, u"state"_s, u"lastSync"_s, u"error"_s};
}

QStringList serverStateRow(const ServerState &state)
{
    return {OutboxEntry::serverName(state.first), stateName(state.second.state),
            timeText(state.second.lastSyncAt), state.second.lastError};
}

QJsonObject serverStateJson(const ServerState &state)
{
    return {
        {u"server"_s, OutboxEntry::serverName(state.first)},
        {u"state"_s, stateName(state.second.state)},
        {u"lastSync"_s, timeOrNull(state.second.lastSyncAt)},
        {u"error"_s, textOrNull(state.second.lastError)},
    };
}

QJsonObject outcomeJson(const OperationOutcome &outcome)
{
    return {
        {u"status"_s, statusName(outcome.status)},
        {u"message"_s, outcome.message},
        {u"code"_s, textOrNull(outcome.code)},
        {u"entryIds"_s, QJsonArray::fromStringList(outcome.entryIds)},
        {u"result"_s, raw(outcome.result)},
    };
}

} // namespace Records
