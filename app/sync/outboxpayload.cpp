#include "sync/outboxpayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QList<std::pair<CalltrackDraft::CustomerBy, QString>> customerNames = {
    {CalltrackDraft::CustomerBy::CustomerId, u"customerId"_s},
    {CalltrackDraft::CustomerBy::ContactId, u"contactId"_s},
    {CalltrackDraft::CustomerBy::ContactPointId, u"contactPointId"_s},
    {CalltrackDraft::CustomerBy::ContactPointData, u"contactPointData"_s},
    {CalltrackDraft::CustomerBy::Anonymous, u"anonymous"_s},
};
const QList<std::pair<CalltrackDraft::TargetBy, QString>> targetNames = {
    {CalltrackDraft::TargetBy::None, u"none"_s},
    {CalltrackDraft::TargetBy::UserId, u"userId"_s},
    {CalltrackDraft::TargetBy::UserName, u"userName"_s},
    {CalltrackDraft::TargetBy::CustomAttribute, u"customAttribute"_s},
};

const QList<std::pair<ReassignRequest::Operation, QString>> operationNames = {
    {ReassignRequest::Operation::TransferToUser, u"transferToUser"_s},
    {ReassignRequest::Operation::TransferToQueue, u"transferToQueue"_s},
    {ReassignRequest::Operation::TransferToDepartment, u"transferToDepartment"_s},
    {ReassignRequest::Operation::Pick, u"pick"_s},
};

template<typename Enum>
QString nameOf(const QList<std::pair<Enum, QString>> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return name;
    }
    return {};
}

template<typename Enum>
std::optional<Enum> valueOf(const QList<std::pair<Enum, QString>> &names, const QString &name)
{
    for (const auto &[candidate, candidateName] : names) {
        if (candidateName == name)
            return candidate;
    }
    return std::nullopt;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> objectOf(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QJsonObject mapJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, QString> mapOf(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

// ids travel as strings: JSON numbers are doubles and ids may exceed 2^53
QJsonArray idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(QString::number(id));
    return array;
}

std::optional<QList<qint64>> idsOf(const QJsonValue &value)
{
    QList<qint64> ids;
    for (const QJsonValue &item : value.toArray()) {
        bool ok = false;
        const qint64 id = item.toString().toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        ids.append(id);
    }
    return ids;
}

QString idText(qint64 id)
{
    return QString::number(id);
}

qint64 idOf(const QJsonValue &value)
{
    return value.toString().toLongLong();
}

QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(idText(*id)) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> optionalIdOf(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    return idOf(value);
}

} // namespace

namespace OutboxPayload {

QByteArray encode(const CalltrackDraft &draft)
{
    QJsonArray attachments;
    for (const QString &altId : draft.attachmentAltIds)
        attachments.append(altId);
    return compact({
        {u"department"_s, draft.department},
        {u"subtype"_s, draft.subtype},
        {u"mode"_s, draft.mode},
        {u"subject"_s, draft.subject},
        {u"contentText"_s, draft.contentText},
        {u"contentHtml"_s, draft.contentHtml},
        {u"customerBy"_s, nameOf(customerNames, draft.customerBy)},
        {u"customerKey"_s, draft.customerKey},
        {u"contactPointKind"_s, draft.contactPointKind},
        {u"contactPointData"_s, draft.contactPointData},
        {u"targetBy"_s, nameOf(targetNames, draft.targetBy)},
        {u"targetUser"_s, draft.targetUser},
        {u"targetAttributeName"_s, draft.targetAttributeName},
        {u"caseId"_s, idText(draft.caseId)},
        {u"priority"_s, draft.priority},
        {u"dueDateMs"_s, idText(draft.dueDateMs)},
        {u"customAttributes"_s, mapJson(draft.customAttributes)},
        {u"attachmentAltIds"_s, attachments},
    });
}

std::optional<CalltrackDraft> calltrack(const QByteArray &payload)
{
    const auto object = objectOf(payload);
    if (!object)
        return std::nullopt;
    const auto customerBy = valueOf(customerNames, object->value(u"customerBy"_s).toString());
    const auto targetBy = valueOf(targetNames, object->value(u"targetBy"_s).toString());
    if (!customerBy || !targetBy)
        return std::nullopt;
    CalltrackDraft draft;
    draft.department = object->value(u"department"_s).toString();
    draft.subtype = object->value(u"subtype"_s).toString();
    draft.mode = object->value(u"mode"_s).toString();
    draft.subject = object->value(u"subject"_s).toString();
    draft.contentText = object->value(u"contentText"_s).toString();
    draft.contentHtml = object->value(u"contentHtml"_s).toString();
    draft.customerBy = *customerBy;
    draft.customerKey = object->value(u"customerKey"_s).toString();
    draft.contactPointKind = object->value(u"contactPointKind"_s).toString();
    draft.contactPointData = object->value(u"contactPointData"_s).toString();
    draft.targetBy = *targetBy;
    draft.targetUser = object->value(u"targetUser"_s).toString();
    draft.targetAttributeName = object->value(u"targetAttributeName"_s).toString();
    draft.caseId = idOf(object->value(u"caseId"_s));
    draft.priority = object->value(u"priority"_s).toString();
    draft.dueDateMs = idOf(object->value(u"dueDateMs"_s));
    draft.customAttributes = mapOf(object->value(u"customAttributes"_s));
    for (const QJsonValue &altId : object->value(u"attachmentAltIds"_s).toArray())
        draft.attachmentAltIds.append(altId.toString());
    return draft;
}

QByteArray encode(const QueuedChangeCase &change)
{
    const ChangeCaseRequest &request = change.request;
    const ChangeCaseRequest::NewCase &newCase = request.newCase;
    return compact({
        {u"activityIds"_s, idsJson(request.activityIds)},
        {u"pendingActivities"_s, QJsonArray::fromStringList(change.pendingActivities)},
        {u"targetCaseId"_s, idText(request.targetCaseId)},
        {u"targetCaseFrom"_s, change.targetCaseFrom},
        {u"sourceCaseId"_s, idText(change.sourceCaseId)},
        {u"relateCase"_s, request.relateCase},
        {u"newCase"_s,
         QJsonObject{{u"subject"_s, newCase.subject},
                     {u"description"_s, newCase.description},
                     {u"solution"_s, newCase.solution},
                     {u"severity"_s, newCase.severity},
                     {u"dueDateMs"_s, idText(newCase.dueDateMs)},
                     {u"customAttributes"_s, mapJson(newCase.customAttributes)}}},
    });
}

std::optional<QueuedChangeCase> changeCase(const QByteArray &payload)
{
    const auto object = objectOf(payload);
    if (!object)
        return std::nullopt;
    const auto activityIds = idsOf(object->value(u"activityIds"_s));
    if (!activityIds)
        return std::nullopt;
    QueuedChangeCase change;
    change.request.activityIds = *activityIds;
    for (const QJsonValue &id : object->value(u"pendingActivities"_s).toArray())
        change.pendingActivities.append(id.toString());
    change.request.targetCaseId = idOf(object->value(u"targetCaseId"_s));
    change.targetCaseFrom = object->value(u"targetCaseFrom"_s).toString();
    change.sourceCaseId = idOf(object->value(u"sourceCaseId"_s));
    change.request.relateCase = object->value(u"relateCase"_s).toBool();
    const QJsonObject newCase = object->value(u"newCase"_s).toObject();
    change.request.newCase.subject = newCase.value(u"subject"_s).toString();
    change.request.newCase.description = newCase.value(u"description"_s).toString();
    change.request.newCase.solution = newCase.value(u"solution"_s).toString();
    change.request.newCase.severity = newCase.value(u"severity"_s).toString();
    change.request.newCase.dueDateMs = idOf(newCase.value(u"dueDateMs"_s));
    change.request.newCase.customAttributes = mapOf(newCase.value(u"customAttributes"_s));
    return change;
}

QString operationName(ReassignRequest::Operation operation)
{
    return nameOf(operationNames, operation);
}

std::optional<ReassignRequest::Operation> operationFromName(const QString &name)
{
    return valueOf(operationNames, name);
}

QByteArray encode(const QueuedReassign &reassign)
{
    QJsonArray activities;
    for (const ReassignRequest::Item &item : reassign.request.activities)
        activities.append(QJsonObject {{u"id"_s, idText(item.id)},
                                       {u"lastModifiedMs"_s, idText(item.lastModifiedMs)}});
    return compact({
        {u"operation"_s, operationName(reassign.request.operation)},
        {u"targetId"_s, idText(reassign.request.targetId)},
        {u"activities"_s, activities},
        {u"unpin"_s, reassign.request.unpin},
        {u"callerLogin"_s, reassign.callerLogin},
    });
}

std::optional<QueuedReassign> reassign(const QByteArray &payload)
{
    const auto object = objectOf(payload);
    if (!object)
        return std::nullopt;
    const auto operation = operationFromName(object->value(u"operation"_s).toString());
    if (!operation)
        return std::nullopt;
    QueuedReassign reassign;
    reassign.request.operation = *operation;
    reassign.request.targetId = idOf(object->value(u"targetId"_s));
    for (const QJsonValue &value : object->value(u"activities"_s).toArray()) {
        const ReassignRequest::Item item {idOf(value[u"id"_s]), idOf(value[u"lastModifiedMs"_s])};
        if (item.id <= 0)
            return std::nullopt;
        reassign.request.activities.append(item);
    }
    reassign.request.unpin = object->value(u"unpin"_s).toBool();
    reassign.callerLogin = object->value(u"callerLogin"_s).toString();
    return reassign;
}

QByteArray encode(const CallbackDraft &draft)
{
    return compact({
        {u"typeId"_s, draft.typeId},
        {u"groupId"_s, optionalId(draft.groupId)},
        {u"configurationGroupId"_s, optionalId(draft.configurationGroupId)},
        {u"agentGroupId"_s, optionalId(draft.agentGroupId)},
        {u"usersId"_s, optionalId(draft.usersId)},
        {u"sender"_s, draft.sender},
        {u"receiver"_s, draft.receiver},
        {u"subject"_s, draft.subject},
        {u"body"_s, draft.body},
        {u"crmUrl"_s, draft.crmUrl},
        {u"userData"_s, draft.userData},
        {u"priority"_s, draft.priority ? QJsonValue(*draft.priority) : QJsonValue(QJsonValue::Null)},
        {u"appointmentDate"_s, draft.appointmentDate},
        {u"appointmentTime"_s, draft.appointmentTime},
    });
}

std::optional<CallbackDraft> callback(const QByteArray &payload)
{
    const auto object = objectOf(payload);
    if (!object || !object->value(u"typeId"_s).isDouble())
        return std::nullopt;
    CallbackDraft draft;
    draft.typeId = object->value(u"typeId"_s).toInt();
    draft.groupId = optionalIdOf(object->value(u"groupId"_s));
    draft.configurationGroupId = optionalIdOf(object->value(u"configurationGroupId"_s));
    draft.agentGroupId = optionalIdOf(object->value(u"agentGroupId"_s));
    draft.usersId = optionalIdOf(object->value(u"usersId"_s));
    draft.sender = object->value(u"sender"_s).toString();
    draft.receiver = object->value(u"receiver"_s).toString();
    draft.subject = object->value(u"subject"_s).toString();
    draft.body = object->value(u"body"_s).toString();
    draft.crmUrl = object->value(u"crmUrl"_s).toString();
    draft.userData = object->value(u"userData"_s).toString();
    const QJsonValue priority = object->value(u"priority"_s);
    if (priority.isDouble())
        draft.priority = priority.toInt();
    draft.appointmentDate = object->value(u"appointmentDate"_s).toString();
    draft.appointmentTime = object->value(u"appointmentTime"_s).toString();
    return draft;
}

QByteArray encode(const CalltrackResult &result)
{
    return compact({{u"activityId"_s, idText(result.activityId)}});
}

QByteArray encode(const ReassignResult &result)
{
    return compact({{u"activityIds"_s, idsJson(result.activityIds)}});
}

std::optional<ReassignResult> reassignResult(const QByteArray &result)
{
    const auto object = objectOf(result);
    if (!object)
        return std::nullopt;
    const auto ids = idsOf(object->value(u"activityIds"_s));
    if (!ids)
        return std::nullopt;
    return ReassignResult {*ids};
}

QByteArray encode(const ChangeCaseResult &result)
{
    return compact({{u"caseId"_s, idText(result.caseId)},
                    {u"newCase"_s, result.newCase},
                    {u"activityIds"_s, idsJson(result.activityIds)}});
}

QByteArray encode(const CallbackOutcome &result)
{
    return compact({{u"eventId"_s, idText(result.eventId)},
                    {u"updatedExisting"_s, result.updatedExisting}});
}

std::optional<CalltrackResult> calltrackResult(const QByteArray &result)
{
    const auto object = objectOf(result);
    if (!object)
        return std::nullopt;
    return CalltrackResult{idOf(object->value(u"activityId"_s))};
}

std::optional<ChangeCaseResult> changeCaseResult(const QByteArray &result)
{
    const auto object = objectOf(result);
    if (!object)
        return std::nullopt;
    const auto activityIds = idsOf(object->value(u"activityIds"_s));
    if (!activityIds)
        return std::nullopt;
    return ChangeCaseResult{idOf(object->value(u"caseId"_s)), object->value(u"newCase"_s).toBool(),
                            *activityIds};
}

std::optional<CallbackOutcome> callbackResult(const QByteArray &result)
{
    const auto object = objectOf(result);
    if (!object)
        return std::nullopt;
    return CallbackOutcome{idOf(object->value(u"eventId"_s)),
                           object->value(u"updatedExisting"_s).toBool()};
}

} // namespace OutboxPayload
