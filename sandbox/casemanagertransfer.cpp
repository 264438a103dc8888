#include "casemanagerapi.h"

#include "authregistry.h"
#include "casemanagerwire.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;
using namespace CaseManagerWire;

namespace {

using Reassignment = CaseManagerApi::Reassignment;

const QString Assigned = u"assigned"_s;
const QString InQueue = u"in_queue"_s;

// One operation's rule ids (egain-transfer-pick.md §3–6) for the checks the four share; the
// rules only one of them has (T13, Q13, Q14, D13, D14, K13–K15, K18) are named where checked.
struct Checklist
{
    QString query, unpin, body, count, exists, target, type, reply, status, lock, pin, already;
    QString departments, permission, pick, stale;
};

const Checklist &checklistOf(Reassignment kind)
{
    static const Checklist ToUser {u"T1"_s,  u"T2"_s,  u"T3"_s,  u"T4"_s,  u"T5"_s,  u"T6"_s,
                                   u"T7"_s,  u"T8"_s,  u"T9"_s,  u"T10"_s, u"T11"_s, u"T12"_s,
                                   u"T15"_s, u"T14"_s, u"T16"_s, u"T18"_s};
    static const Checklist ToQueue {u"Q1"_s,  u"Q2"_s,  u"Q3"_s,  u"Q4"_s,  u"Q5"_s,  u"Q6"_s,
                                    u"Q7"_s,  u"Q8"_s,  u"Q9"_s,  u"Q10"_s, u"Q11"_s, u"Q12"_s,
                                    u"Q16"_s, u"Q15"_s, u"Q17"_s, u"Q18"_s};
    // D4, D5 and D8–D11 are "as T4, T5, T8–T11"; there is no permission on a department
    static const Checklist ToDepartment {u"D1"_s,  u"D2"_s, u"D3"_s,  u"D4"_s,  u"D5"_s,  u"D6"_s,
                                         u"D7"_s,  u"D8"_s, u"D9"_s,  u"D10"_s, u"D11"_s, u"D12"_s,
                                         u"D15"_s, {},      u"D16"_s, u"D17"_s};
    // a pick has no target; its pick permissions are K12–K15 themselves
    static const Checklist Pick {u"K1"_s,  u"K2"_s,  u"K3"_s, u"K4"_s,  u"K5"_s,  {},
                                 u"K6"_s,  u"K7"_s,  u"K9"_s, u"K10"_s, u"K11"_s, u"K8"_s,
                                 u"K16"_s, u"K12"_s, {},      u"K19"_s};
    switch (kind) {
    case Reassignment::ToUser:
        return ToUser;
    case Reassignment::ToQueue:
        return ToQueue;
    case Reassignment::ToDepartment:
        return ToDepartment;
    case Reassignment::Pick:
        break;
    }
    return Pick;
}

struct Entry
{
    qint64 id = 0;
    std::optional<qint64> lastModified;
};

// T3/T4 and their twins: {"activity": [{"id": "81230", "lastModified": "…"}, …]}, 1–75 entries.
// ECE nests dates as {"date": "…"} in its sibling writes, so ECE accepts that form too.
std::optional<SandboxReply> parseEntries(const QByteArray &body, const Checklist &rules,
                                         bool stampRequired, bool ece, QList<Entry> *entries)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (body.trimmed().isEmpty() || parseError.error != QJsonParseError::NoError
        || !document.isObject())
        return badRequest(
            rules.body + u": the body must be {\"activity\":[{\"id\":…,\"lastModified\":…},…]}"_s);
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"activity"_s)
            return badRequest(rules.body + u": '%1' is not allowed in the body"_s.arg(it.key()));
    }
    const QJsonArray list = object.value(u"activity"_s).toArray();
    if (list.isEmpty())
        return badRequest(rules.body + u": activity must list at least one activity"_s);
    if (list.size() > MaxIds)
        return badRequest(rules.count + u": at most 75 activities per request"_s);
    QSet<qint64> seen;
    for (const QJsonValue &value : list) {
        const QJsonObject element = value.toObject();
        for (auto it = element.begin(); it != element.end(); ++it) {
            if (it.key() != u"id"_s && it.key() != u"lastModified"_s)
                return badRequest(rules.body
                                  + u": '%1' is not allowed in an activity entry"_s.arg(it.key()));
        }
        Entry entry;
        const auto id = idOf(element.value(u"id"_s));
        if (!id)
            return badRequest(rules.body + u": every activity needs an id, a positive integer"_s);
        entry.id = *id;
        if (seen.contains(entry.id))
            return badRequest(rules.body + u": activity %1 is listed twice"_s.arg(entry.id));
        seen.insert(entry.id);
        QJsonValue stamp = element.value(u"lastModified"_s);
        if (stamp.isUndefined()) {
            if (stampRequired)
                return badRequest(
                    rules.body + u": activity %1 needs its lastModified as read"_s.arg(entry.id));
        } else {
            if (ece && stamp.isObject() && stamp.toObject().size() == 1)
                stamp = stamp.toObject().value(u"date"_s);
            const QDateTime moment
                = stamp.isString() ? parseIsoDateTime(stamp.toString()) : QDateTime();
            if (!moment.isValid())
                return badRequest(
                    rules.body
                    + u": lastModified of activity %1 must be an ISO 8601 date-time%2"_s.arg(
                        QString::number(entry.id), ece ? u" or {\"date\":…}"_s : QString()));
            entry.lastModified = moment.toMSecsSinceEpoch();
        }
        entries->append(entry);
    }
    return std::nullopt;
}

std::optional<SandboxReply> parseUnpin(const QUrlQuery &query, const QString &rule, bool *unpin)
{
    const QStringList values = query.allQueryItemValues(u"unpin"_s);
    if (values.size() > 1 || (values.size() == 1 && values.first() != u"yes"_s))
        return badRequest(rule + u": unpin accepts only the value yes, once"_s);
    *unpin = values.size() == 1;
    return std::nullopt;
}

bool typeAllowed(Reassignment kind, const QString &type, bool ece)
{
    // ECE v12: Email only on the user, queue and pick pages; its department transfer is not
    // documented and gets the same rule
    if (ece)
        return type == u"email"_s;
    // v3 D7 leaves out Social; the sandbox's custom type task stands for Task and Generic
    if (kind == Reassignment::ToDepartment)
        return type == u"email"_s || type == u"task"_s;
    return type == u"email"_s || type == u"social"_s || type == u"task"_s;
}

struct Refusal
{
    QString rule;
    QString reason;
};

// K12–K15: what a user needs to take over an activity that is not assigned to them
std::optional<Refusal> pickRefusal(const User &caller, const Activity &activity, bool unpin)
{
    if (!caller.mayPick)
        return Refusal {u"K12"_s, u"the caller lacks the 'Pick Activities' action"_s};
    if (activity.status == Assigned && !caller.pullUsers.contains(activity.assignedUser))
        return Refusal {
            u"K13"_s,
            u"the caller may not pull activities from user %1"_s.arg(activity.assignedUser)};
    if (activity.status == Assigned && activity.pinned && unpin && !caller.mayUnpin)
        return Refusal {u"K14"_s, u"the caller lacks the 'Unpin' action"_s};
    if (activity.status == InQueue && !caller.pullQueues.contains(activity.queue))
        return Refusal {u"K15"_s,
                        u"the caller may not pull activities from queue %1"_s.arg(activity.queue)};
    return std::nullopt;
}

} // namespace

SandboxReply CaseManagerApi::transferActivities(const SandboxRequest &request, const Actor &actor)
{
    // T1, Q1, D1: the one target parameter names the operation; unpin is the only other one
    static const QStringList Targets = {u"user"_s, u"queue"_s, u"department"_s};
    QList<QPair<QString, QString>> targets;
    for (const auto &[key, value] : request.queryItems()) {
        if (key != u"unpin"_s && !Targets.contains(key))
            return unsupportedParameter(key);
        if (key != u"unpin"_s)
            targets.append({key, value});
    }
    if (targets.size() != 1)
        return badRequest(
            u"T1, Q1, D1: exactly one target parameter (user, queue or department) is required"_s);
    const auto &[name, value] = targets.first();
    const Reassignment kind = name == u"user"_s ? Reassignment::ToUser
        : name == u"queue"_s                    ? Reassignment::ToQueue
                                                : Reassignment::ToDepartment;
    const Checklist &rules = checklistOf(kind);
    bool numeric = !value.isEmpty() && value.size() <= 9;
    for (const QChar c : value)
        numeric = numeric && c.isDigit() && c.unicode() < 128;
    if (!numeric || value.toInt() <= 0)
        return badRequest(rules.query + u": %1 must be a numeric ID"_s.arg(name));
    bool unpin = false;
    if (auto error = parseUnpin(request.query, rules.unpin, &unpin))
        return *error;
    return reassign(request, actor, kind, value.toInt(), unpin);
}

SandboxReply CaseManagerApi::pickActivities(const SandboxRequest &request, const Actor &actor)
{
    // K1: unpin is the only query parameter
    for (const auto &[key, value] : request.queryItems()) {
        if (key != u"unpin"_s)
            return unsupportedParameter(key);
    }
    bool unpin = false;
    if (auto error = parseUnpin(request.query, u"K2"_s, &unpin))
        return *error;
    return reassign(request, actor, Reassignment::Pick, 0, unpin);
}

// Validates the whole batch, rule by rule in the order of README.md, and changes nothing unless
// every activity passes: a batch is all-or-nothing.
SandboxReply CaseManagerApi::reassign(const SandboxRequest &request, const Actor &actor,
                                      Reassignment kind, int target, bool unpin)
{
    const Checklist &rules = checklistOf(kind);
    const bool ece = m_dialect == Dialect::EceV12;

    // T3, T4; D3 makes lastModified mandatory
    QList<Entry> entries;
    if (auto error
        = parseEntries(request.body, rules, kind == Reassignment::ToDepartment, ece, &entries))
        return *error;

    // K18: picking hands the activities to the caller, so it needs a user
    if (kind == Reassignment::Pick && actor.isClient())
        return forbidden(u"K18: a client application cannot pick activities; use a user token"_s);
    if (!actor.mayManage)
        return forbidden(u"the token lacks the casemgr.manage scope"_s);
    const User *caller = actor.isClient() ? nullptr : m_store.user(actor.userId);
    if (!actor.isClient() && !caller)
        return forbidden(u"the caller is not a known user"_s);

    // T5
    QList<Activity *> moving;
    for (const Entry &entry : std::as_const(entries)) {
        const auto it = m_store.activities.find(entry.id);
        if (it == m_store.activities.end())
            return SandboxReply::egainError(
                404, 101, rules.exists + u": activity %1 does not exist"_s.arg(entry.id));
        moving.append(&it->second);
    }

    // T15: as for reads, an activity outside the caller's departments is 403
    for (const Activity *activity : std::as_const(moving)) {
        if (!visible(actor, activity->department))
            return forbidden(rules.departments
                             + u": activity %1 is in department %2, which is not the caller's"_s
                                   .arg(activity->id)
                                   .arg(activity->department));
    }

    // T6, Q6, D6
    const User *targetUser = nullptr;
    const Queue *targetQueue = nullptr;
    const Department *targetDepartment = nullptr;
    switch (kind) {
    case Reassignment::ToUser:
        targetUser = m_store.user(target);
        if (!targetUser)
            return SandboxReply::egainError(
                404, 101, rules.target + u": user %1 does not exist"_s.arg(target));
        break;
    case Reassignment::ToQueue:
        if (const auto it = m_store.queues.constFind(target); it != m_store.queues.cend())
            targetQueue = &*it;
        if (!targetQueue)
            return SandboxReply::egainError(
                404, 101, rules.target + u": queue %1 does not exist"_s.arg(target));
        break;
    case Reassignment::ToDepartment:
        if (const auto it = m_store.departments.constFind(target); it != m_store.departments.cend())
            targetDepartment = &*it;
        if (!targetDepartment)
            return SandboxReply::egainError(
                404, 101, rules.target + u": department %1 does not exist"_s.arg(target));
        break;
    case Reassignment::Pick:
        break;
    }

    // T7, T8, T9
    for (const Activity *activity : std::as_const(moving)) {
        if (!typeAllowed(kind, activity->type, ece))
            return badRequest(
                rules.type
                + u": activity %1 is of type %2, which this operation does not take"_s.arg(
                    QString::number(activity->id), activity->type));
    }
    for (const Activity *activity : std::as_const(moving)) {
        if (activity->isReply())
            return badRequest(
                rules.reply
                + u": activity %1 is a reply to activity %2; only inbound and composed activities can be reassigned"_s
                      .arg(activity->id)
                      .arg(activity->replyTo));
    }
    for (const Activity *activity : std::as_const(moving)) {
        if (activity->status != InQueue && activity->status != Assigned)
            return badRequest(rules.status
                              + u": activity %1 is %2, neither in queue nor assigned"_s.arg(
                                  QString::number(activity->id), activity->status));
    }

    // T10: a lock by anyone but the caller; a client application has none of its own
    for (const Activity *activity : std::as_const(moving)) {
        if (activity->lockedBy && (!caller || activity->lockedBy != caller->id))
            return SandboxReply::egainError(
                403, 102,
                rules.lock
                    + u": activity %1 is locked by user %2"_s.arg(activity->id)
                          .arg(activity->lockedBy));
    }

    // T11
    for (const Activity *activity : std::as_const(moving)) {
        if (activity->status == Assigned && activity->pinned && !unpin)
            return badRequest(
                rules.pin
                + u": activity %1 is pinned by its assignee; send unpin=yes to unpin it"_s.arg(
                    activity->id));
    }

    // T12, Q12, D12, K8
    for (const Activity *activity : std::as_const(moving)) {
        const bool assigned = activity->status == Assigned;
        switch (kind) {
        case Reassignment::ToUser:
            if (assigned && activity->assignedUser == target)
                return badRequest(
                    rules.already
                    + u": activity %1 is already assigned to user %2"_s.arg(activity->id)
                          .arg(target));
            break;
        case Reassignment::ToQueue:
            if (!assigned && activity->queue == target)
                return badRequest(
                    rules.already
                    + u": activity %1 is already in queue %2"_s.arg(activity->id).arg(target));
            break;
        case Reassignment::ToDepartment:
            if (activity->department == target)
                return badRequest(
                    rules.already
                    + u": activity %1 already belongs to department %2"_s.arg(activity->id)
                          .arg(target));
            break;
        case Reassignment::Pick:
            if (assigned && activity->assignedUser == caller->id)
                return badRequest(
                    rules.already
                    + u": activity %1 is already assigned to the caller"_s.arg(activity->id));
            break;
        }
    }

    // T13, Q13, Q14, D13, D14: does the target fit the activities?
    for (const Activity *activity : std::as_const(moving)) {
        if (targetUser && !targetUser->worksIn(activity->department))
            return badRequest(
                u"T13: user %1 works neither at home nor as a foreign user in department %2 of activity %3"_s
                    .arg(target)
                    .arg(activity->department)
                    .arg(activity->id));
        if (targetQueue && targetQueue->department != activity->department)
            return badRequest(
                u"Q13: queue %1 belongs to department %2, activity %3 to department %4"_s
                    .arg(target)
                    .arg(targetQueue->department)
                    .arg(activity->id)
                    .arg(activity->department));
    }
    if (targetQueue && !targetQueue->active)
        return badRequest(u"Q14: queue %1 is not active"_s.arg(target));
    if (targetDepartment && !targetDepartment->transferWorkflow)
        return badRequest(u"D13: department %1 has no Transfer workflow"_s.arg(target));
    for (const Activity *activity : std::as_const(moving)) {
        if (targetDepartment && !targetDepartment->sharedWith.contains(activity->department))
            return forbidden(
                u"D14: department %1 is not shared with department %2 of activity %3"_s.arg(target)
                    .arg(activity->department)
                    .arg(activity->id));
    }

    // T14, Q15, K12; a client application needs no permission (T14–T16 do not apply to it)
    if (caller) {
        if ((kind == Reassignment::ToUser || kind == Reassignment::ToQueue) && !caller->mayTransfer)
            return forbidden(rules.permission
                             + u": the caller may not transfer activities to %1 %2"_s.arg(
                                 kind == Reassignment::ToUser ? u"user"_s : u"queue"_s,
                                 QString::number(target)));
        if (kind == Reassignment::Pick && !caller->mayPick)
            return forbidden(u"K12: the caller lacks the 'Pick Activities' action"_s);
    }

    // T16, Q17, D16, K13–K15: taking over another user's or a queue's activity needs the pick
    // permissions
    for (const Activity *activity : std::as_const(moving)) {
        if (!caller || (activity->status == Assigned && activity->assignedUser == caller->id))
            continue;
        if (const auto refusal = pickRefusal(*caller, *activity, unpin)) {
            if (kind == Reassignment::Pick)
                return forbidden(refusal->rule + u": activity %1: "_s.arg(activity->id)
                                 + refusal->reason);
            return forbidden(rules.pick
                             + u": activity %1 is not the caller's, and %2 (%3)"_s.arg(
                                 QString::number(activity->id), refusal->reason, refusal->rule));
        }
    }

    // T18: the activity changed since the caller read it
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Activity *activity = moving.at(i);
        if (entries.at(i).lastModified && *entries.at(i).lastModified != activity->lastModified)
            return SandboxReply::egainError(
                409, 102,
                rules.stale
                    + u": activity %1 was modified at %2, not at %3"_s.arg(
                        QString::number(activity->id), formatIsoUtc(activity->lastModified),
                        formatIsoUtc(*entries.at(i).lastModified)));
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto apply = [&](Activity &activity, int modifier) {
        switch (kind) {
        case Reassignment::ToUser:
            activity.status = Assigned;
            activity.assignedUser = target;
            break;
        case Reassignment::ToQueue:
            activity.status = InQueue;
            activity.assignedUser = 0;
            activity.queue = target;
            break;
        case Reassignment::ToDepartment:
            // the department's Transfer workflow routes the activity to its transfer queue
            activity.department = target;
            activity.status = InQueue;
            activity.assignedUser = 0;
            activity.queue = targetDepartment->transferQueue;
            break;
        case Reassignment::Pick:
            activity.status = Assigned;
            activity.assignedUser = caller->id;
            break;
        }
        // only the caller's own lock gets this far (T10); it does not pass to someone else
        if (activity.lockedBy != activity.assignedUser)
            activity.lockedBy = 0;
        if (unpin)
            activity.pinned = false;
        activity.lastModified = now;
        activity.lastModifiedBy = modifier;
    };
    QHash<qint64, int> modifiers;
    for (Activity *activity : std::as_const(moving)) {
        // a client application has no user id; the case owner stands in, as for change case
        const auto c = m_store.cases.find(activity->caseId);
        const int modifier = caller ? caller->id : c != m_store.cases.end() ? c->second.owner : 0;
        modifiers.insert(activity->id, modifier);
        apply(*activity, modifier);
    }
    // draft replies travel with their email
    for (auto &[id, activity] : m_store.activities) {
        if (activity.isReply() && activity.isOpen() && modifiers.contains(activity.replyTo))
            apply(activity, modifiers.value(activity.replyTo));
    }
    return SandboxReply::empty(204);
}
