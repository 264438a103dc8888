#include "domain/reassignvalidator.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

using Operation = ReassignRequest::Operation;

// the checklist numbers of each operation for the rules the four share, by their T number
int numberFor(Operation operation, int t)
{
    switch (operation) {
    case Operation::TransferToUser:
        return t;
    case Operation::TransferToQueue:
        return t == 15 ? 16 : t; // Q15 is the queue permission, Q16 the departments
    case Operation::TransferToDepartment:
        return t;
    case Operation::Pick:
        switch (t) {
        case 3:
            return 3;
        case 5:
            return 5;
        case 7:
            return 6;
        case 9:
            return 9;
        case 12:
            return 8;
        case 15:
            return 16;
        default:
            return t;
        }
    }
    return t;
}

QChar letterFor(Operation operation)
{
    switch (operation) {
    case Operation::TransferToUser:
        return u'T';
    case Operation::TransferToQueue:
        return u'Q';
    case Operation::TransferToDepartment:
        return u'D';
    case Operation::Pick:
        return u'K';
    }
    return u'T';
}

bool isType(const Activity &activity, QStringView type)
{
    return activity.type.compare(type, Qt::CaseInsensitive) == 0;
}

QString shownType(const Activity &activity)
{
    return activity.typeDisplay.isEmpty() ? activity.type : activity.typeDisplay;
}

} // namespace

QString ReassignValidator::rule(Operation operation, int transferToUserNumber)
{
    return QString(letterFor(operation))
        + QString::number(numberFor(operation, transferToUserNumber));
}

QList<QList<ReassignRequest::Item>>
ReassignValidator::chunks(const QList<ReassignRequest::Item> &items)
{
    QList<QList<ReassignRequest::Item>> result;
    for (qsizetype start = 0; start < items.size(); start += MaxPerRequest)
        result.append(items.mid(start, MaxPerRequest));
    return result;
}

bool ReassignValidator::isAtTarget(const Activity &activity, const ReassignRequest &request,
                                   const QString &callerLogin)
{
    switch (request.operation) {
    case Operation::TransferToUser:
        return activity.assignedUserId == request.targetId;
    case Operation::TransferToQueue:
        // in the queue and nobody's yet: the status strings are not documented (eGain v3 §6)
        return activity.assignedUserId == 0 && activity.queueId == request.targetId;
    case Operation::TransferToDepartment:
        return activity.departmentId == request.targetId;
    case Operation::Pick:
        return !callerLogin.isEmpty()
            && activity.assignedUserLogin.compare(callerLogin, Qt::CaseInsensitive) == 0;
    }
    return false;
}

QList<ValidationError> ReassignValidator::validate(const ReassignRequest &request,
                                                   const QList<Activity> &knownActivities,
                                                   const Context &context)
{
    QList<ValidationError> errors;
    const Operation operation = request.operation;
    const auto report = [&](const QString &field, int t, const QString &message) {
        errors.append({field, rule(operation, t), message});
    };

    // T1/Q1/D1: one target, a positive id; K1: a pick has none
    if (request.isTransfer() && request.targetId <= 0) {
        switch (operation) {
        case Operation::TransferToUser:
            report(u"target"_s, 1, tr("Choose the user to transfer the activities to."));
            break;
        case Operation::TransferToQueue:
            report(u"target"_s, 1, tr("Choose the queue to transfer the activities to."));
            break;
        default:
            report(u"target"_s, 1, tr("Choose the department to transfer the activities to."));
            break;
        }
    }

    // K18: picking hands the activities to the calling user; a client application is none
    if (operation == Operation::Pick && context.clientApplication) {
        errors.append({u"activities"_s, u"K18"_s,
                       tr("A client application cannot pick activities: picking gives them to the "
                          "signed-in user. Sign in as a user to pick.")});
    }

    // T3: at least one, each once
    if (request.activities.isEmpty())
        report(u"activities"_s, 3, tr("Choose at least one activity."));
    QHash<qint64, const Activity *> byId;
    for (const Activity &activity : knownActivities)
        byId.insert(activity.id, &activity);
    QSet<qint64> seen;
    for (const ReassignRequest::Item &item : request.activities) {
        if (item.id <= 0) {
            report(u"activities"_s, 3,
                   tr("The activity ID %1 is not valid; activity IDs are greater than 0.")
                       .arg(item.id));
            continue;
        }
        if (seen.contains(item.id)) {
            report(
                u"activities"_s, 3,
                tr("Activity %1 is listed more than once; list each activity once.").arg(item.id));
            continue;
        }
        seen.insert(item.id);
        const Activity *activity = byId.value(item.id);
        if (!activity) {
            if (context.requireKnown) {
                report(u"activities"_s, 5,
                       tr("Activity %1 is not known; refresh the list and choose the activities "
                          "again.")
                           .arg(item.id));
            }
            continue;
        }

        // T7/Q7/D7/K6: which types may go. ECE: emails only. eGain v3: never calltracks, chats or
        // web activities, and no social ones to another department.
        const bool email = isType(*activity, u"email");
        bool allowed = email;
        if (!context.eceDialect) {
            allowed = !isType(*activity, u"call_track") && !isType(*activity, u"chat")
                && !isType(*activity, u"web")
                && !(operation == Operation::TransferToDepartment && isType(*activity, u"social"));
        }
        if (!allowed) {
            const QString allowedTypes = context.eceDialect ? tr("only email activities")
                : operation == Operation::TransferToDepartment
                ? tr("only email, task and custom activities")
                : tr("only email, social, task and custom activities");
            report(u"activities"_s, 7,
                   operation == Operation::Pick
                       ? tr("Activity %1 is a %2 activity; %3 can be picked.")
                             .arg(item.id)
                             .arg(shownType(*activity), allowedTypes)
                       : tr("Activity %1 is a %2 activity; %3 can be transferred.")
                             .arg(item.id)
                             .arg(shownType(*activity), allowedTypes));
        }

        // T9: waiting in a queue or assigned. The open states have no documented names, so
        // every status but completed counts as open (eGain v3 §6).
        if (!activity->isOpen()) {
            report(u"activities"_s, 9,
                   tr("Activity %1 is %2; only activities waiting in a queue or assigned to a user "
                      "can be reassigned.")
                       .arg(item.id)
                       .arg(activity->statusDisplay.isEmpty() ? activity->status
                                                              : activity->statusDisplay));
        } else if (isAtTarget(*activity, request, context.callerLogin)) {
            // T12/Q12/D12/K8: already there
            switch (operation) {
            case Operation::TransferToUser:
                report(u"activities"_s, 12,
                       tr("Activity %1 is already assigned to %2.")
                           .arg(item.id)
                           .arg(activity->assignedUserName.isEmpty()
                                    ? QString::number(request.targetId)
                                    : activity->assignedUserName));
                break;
            case Operation::TransferToQueue:
                report(u"activities"_s, 12,
                       tr("Activity %1 is already waiting in queue %2.")
                           .arg(item.id)
                           .arg(activity->queueName.isEmpty() ? QString::number(request.targetId)
                                                              : activity->queueName));
                break;
            case Operation::TransferToDepartment:
                report(u"activities"_s, 12,
                       tr("Activity %1 already belongs to department %2.")
                           .arg(item.id)
                           .arg(activity->departmentName.isEmpty()
                                    ? QString::number(request.targetId)
                                    : activity->departmentName));
                break;
            case Operation::Pick:
                report(u"activities"_s, 12,
                       tr("Activity %1 is already assigned to you.").arg(item.id));
                break;
            }
        }

        // Q13: a queue takes activities of its own department only
        if (operation == Operation::TransferToQueue && activity->departmentId > 0) {
            const qint64 queueDepartment = context.queueDepartments.value(request.targetId);
            if (queueDepartment > 0 && queueDepartment != activity->departmentId) {
                errors.append({u"activities"_s, u"Q13"_s,
                               tr("Activity %1 belongs to another department than queue %2; a "
                                  "queue takes activities of its own department only.")
                                   .arg(item.id)
                                   .arg(request.targetId)});
            }
        }

        // T15: the caller works in the activity's department
        if (context.callerDepartments && activity->departmentId > 0
            && !context.callerDepartments->contains(activity->departmentId)) {
            report(u"activities"_s, 15,
                   tr("Activity %1 belongs to %2, a department you do not work in.")
                       .arg(item.id)
                       .arg(activity->departmentName.isEmpty()
                                ? QString::number(activity->departmentId)
                                : activity->departmentName));
        }
    }
    return errors;
}
