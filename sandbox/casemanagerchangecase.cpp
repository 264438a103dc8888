#include "casemanagerapi.h"

#include "authregistry.h"
#include "casemanagerwire.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;
using namespace CaseManagerWire;

SandboxReply CaseManagerApi::changeCase(const SandboxRequest &request, const Actor &actor)
{
    // P10: relateCase=yes is the only query parameter
    for (const auto &[key, value] : request.queryItems()) {
        if (key != u"relateCase"_s)
            return unsupportedParameter(key);
        if (value != u"yes"_s)
            return badRequest(u"P10: relateCase only accepts the value yes"_s);
    }
    const bool relate = request.query.hasQueryItem(u"relateCase"_s);

    // P7
    const auto ids = parseIdList(request.captures.value(0));
    if (!ids)
        return badRequest(u"P7: the activity ID list must be comma-separated positive integers"_s);
    if (ids->size() > MaxIds)
        return badRequest(u"P7: at most 75 activities can change case in one request"_s);

    // P1
    QList<Activity *> moving;
    for (qint64 id : *ids) {
        const auto it = m_store.activities.find(id);
        if (it == m_store.activities.end())
            return SandboxReply::egainError(404, 101, u"P1: activity %1 does not exist"_s.arg(id));
        moving.append(&it->second);
    }

    // P11
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (request.body.trimmed().isEmpty() || parseError.error != QJsonParseError::NoError
        || !document.isObject())
        return badRequest(
            u"P11: the body must be a case object ({} for a new case without attributes)"_s);
    const QJsonObject body = document.object();
    std::optional<qint64> targetId;
    if (body.contains(u"id"_s)) {
        if (body.size() != 1)
            return badRequest(u"P11: an existing target case is given by its id alone"_s);
        targetId = idOf(body.value(u"id"_s));
        if (!targetId)
            return badRequest(u"P11: the target case id must be a positive integer"_s);
    } else if (auto error = validateNewCase(body)) {
        return *error;
    }

    // P9, P8
    const User *caller = actor.isClient() ? nullptr : m_store.user(actor.userId);
    if (!actor.mayManage)
        return forbidden(u"P9: the token lacks the casemgr.manage scope"_s);
    for (const Activity *activity : moving) {
        if (caller && (!caller->mayChangeCase || !caller->worksIn(activity->department)))
            return forbidden(
                u"P9: the user may not change the case of activity %1"_s.arg(activity->id));
    }
    for (const Activity *activity : moving) {
        if (activity->lockedBy && (!caller || activity->lockedBy != caller->id))
            return SandboxReply::egainError(
                403, 102, u"P8: activity %1 is locked by another user"_s.arg(activity->id));
    }

    // P2, P3, P6
    const qint64 sourceId = moving.first()->caseId;
    for (const Activity *activity : moving) {
        if (activity->caseId != sourceId)
            return badRequest(u"P2: all activities must belong to the same case"_s);
    }
    const auto sourceIt = m_store.cases.find(sourceId);
    if (sourceIt == m_store.cases.end())
        return badRequest(u"P2: the activities' case does not exist"_s);
    for (const Activity *activity : moving) {
        if (activity->status != u"in_queue"_s && activity->status != u"assigned"_s)
            return badRequest(
                u"P3: activity %1 is neither in queue nor assigned"_s.arg(activity->id));
    }
    for (const Activity *activity : moving) {
        if (!activity->replyStatus.isEmpty() && activity->replyStatus != u"completed"_s)
            return badRequest(u"P6: the reply of activity %1 is not completed"_s.arg(activity->id));
    }

    // P5, P4
    Case &source = sourceIt->second;
    if (targetId) {
        const auto targetIt = m_store.cases.find(*targetId);
        if (targetIt == m_store.cases.end())
            return badRequest(u"P5: target case %1 does not exist"_s.arg(*targetId));
        if (*targetId == sourceId)
            return badRequest(u"P5: the target case is the activities' own case"_s);
        if (targetIt->second.customer != source.customer)
            return badRequest(u"P4: the target case belongs to another customer"_s);
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int modifier = caller ? caller->id : source.owner;
    int status = 204;
    if (!targetId) {
        // a new case inherits department, owner, customer and channel of the original case
        Case prototype;
        prototype.department = source.department;
        prototype.owner = source.owner;
        prototype.customer = source.customer;
        prototype.originatingChannel = source.originatingChannel;
        prototype.subject
            = body.contains(u"subject"_s) ? body.value(u"subject"_s).toString() : source.subject;
        prototype.description = body.value(u"description"_s).toString();
        prototype.solution = body.value(u"solution"_s).toString();
        prototype.severity = member(body, u"severity.value"_s).toString();
        if (body.contains(u"dueDate"_s))
            prototype.dueDate
                = parseIsoDateTime(body.value(u"dueDate"_s).toString()).toMSecsSinceEpoch();
        prototype.customAttributes = customAttributesFrom(body.value(u"customAttributes"_s));
        prototype.lastModifiedBy = modifier;
        targetId = createCase(prototype);
        status = 201;
    }
    Case &target = m_store.cases.at(*targetId);
    target.open = true; // a closed target case is reopened
    target.lastModified = now;
    target.lastModifiedBy = modifier;
    for (Activity *activity : moving) {
        activity->caseId = target.id;
        activity->lastModified = now;
        activity->lastModifiedBy = modifier;
    }
    const bool sourceStillOpen = std::any_of(
        m_store.activities.cbegin(), m_store.activities.cend(), [&](const auto &entry) {
            return entry.second.caseId == sourceId && entry.second.isOpen();
        });
    if (!sourceStillOpen)
        source.open = false;
    source.lastModified = now;
    source.lastModifiedBy = modifier;
    if (relate) {
        source.relatedCases.insert(target.id);
        target.relatedCases.insert(sourceId);
    }
    if (status == 201)
        return SandboxReply::empty(201).withHeader("Location",
                                                   href(u"case"_s, target.id).toLatin1());
    return SandboxReply::empty(204);
}

std::optional<SandboxReply> CaseManagerApi::validateNewCase(const QJsonObject &body) const
{
    static const QStringList Members = {u"dueDate"_s,     u"severity"_s, u"subject"_s,
                                        u"description"_s, u"solution"_s, u"customAttributes"_s};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!Members.contains(it.key()))
            return badRequest(u"P11: '%1' is not allowed in a new case"_s.arg(it.key()));
    }
    if (body.contains(u"dueDate"_s)) {
        const QDateTime due = parseIsoDateTime(body.value(u"dueDate"_s).toString());
        if (!due.isValid() || due.toMSecsSinceEpoch() <= QDateTime::currentMSecsSinceEpoch())
            return badRequest(u"P11: dueDate must be a valid date-time in the future"_s);
    }
    if (body.contains(u"severity"_s)) {
        static const QStringList Severities = {u"urgent"_s, u"high"_s, u"medium"_s, u"low"_s};
        if (!Severities.contains(member(body, u"severity.value"_s).toString()))
            return badRequest(u"P11: severity.value must be urgent, high, medium or low"_s);
    }
    for (const QString &text : {u"subject"_s, u"description"_s, u"solution"_s}) {
        const QJsonValue value = body.value(text);
        if (!value.isUndefined() && (!value.isString() || value.toString().size() > 1024))
            return badRequest(u"P11: %1 must be text of at most 1024 characters"_s.arg(text));
    }
    return validateCustomAttributes(body.value(u"customAttributes"_s), true, u"P11"_s);
}
