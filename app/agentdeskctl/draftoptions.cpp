#include "agentdeskctl/draftoptions.h"

#include "agentdeskctl/ctloptions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString flag(const QCommandLineOption &option)
{
    return u"--"_s + option.names().constFirst();
}

// The flags of `alternatives` that were given; false, with *error set, when more than one was.
bool atMostOne(const CtlOptions &options, const QList<const QCommandLineOption *> &alternatives,
               QStringList *given, QString *error)
{
    for (const QCommandLineOption *option : alternatives) {
        if (options.isSet(*option))
            given->append(flag(*option));
    }
    if (given->size() <= 1)
        return true;
    //: %1 lists options, e.g. "--customer, --contact"
    *error = QCoreApplication::translate("agentdeskctl", "Give only one of %1.")
                 .arg(given->join(u", "_s));
    return false;
}

// Each of these is true when the option is not given, or given with a good value (stored in
// *target); false with *error set otherwise.
bool readId(const CtlOptions &options, const QCommandLineOption &option,
            std::optional<qint64> *target, QString *error)
{
    if (!options.isSet(option))
        return true;
    *target = options.id(option, error);
    return target->has_value();
}

bool readNumber(const CtlOptions &options, const QCommandLineOption &option,
                std::optional<int> *target, QString *error)
{
    if (!options.isSet(option))
        return true;
    *target = options.number(option, error);
    return target->has_value();
}

bool readTime(const CtlOptions &options, const QCommandLineOption &option, qint64 *target,
              QString *error)
{
    if (!options.isSet(option))
        return true;
    const std::optional<qint64> msecs = options.timestamp(option, error);
    *target = msecs.value_or(0);
    return msecs.has_value();
}

bool readAttributes(const CtlOptions &options, QMap<QString, QString> *attributes, QString *error)
{
    for (const QString &assignment : options.values(options.attribute)) {
        const qsizetype equals = assignment.indexOf(u'=');
        const QString name = assignment.left(equals).trimmed();
        if (equals < 0 || name.isEmpty()) {
            *error = QCoreApplication::translate("agentdeskctl",
                                                 "--attribute: '%1' is not name=value.")
                         .arg(assignment);
            return false;
        }
        if (attributes->contains(name)) {
            *error = QCoreApplication::translate("agentdeskctl", "--attribute: %1 is given twice.")
                         .arg(name);
            return false;
        }
        attributes->insert(name, assignment.mid(equals + 1));
    }
    return true;
}

// eGain v3 §7.6: one way to name the customer; an anonymous caller may still leave an email
// address or a phone number (contactPointData), which then names nobody
bool readCustomer(const CtlOptions &options, CalltrackDraft *draft, QString *error)
{
    using CustomerBy = CalltrackDraft::CustomerBy;
    QStringList given;
    if (!atMostOne(
            options,
            {&options.customer, &options.contact, &options.contactPointId, &options.anonymous},
            &given, error))
        return false;
    const bool data = options.isSet(options.contactPointData);
    if (given.isEmpty() && !data) {
        *error = QCoreApplication::translate(
            "agentdeskctl",
            "create-calltrack needs the customer: --customer, --contact, "
            "--contact-point-id, --contact-point-data or --anonymous.");
        return false;
    }
    if (data && !given.isEmpty() && !options.isSet(options.anonymous)) {
        *error = QCoreApplication::translate("agentdeskctl", "Give only one of %1.")
                     .arg(given.constFirst() + u", "_s + flag(options.contactPointData));
        return false;
    }
    if (options.isSet(options.contactPointKind) && !options.isSet(options.contactPointId)) {
        *error = QCoreApplication::translate("agentdeskctl",
                                             "--contact-point-kind goes with --contact-point-id.");
        return false;
    }
    draft->contactPointData = options.value(options.contactPointData);
    draft->contactPointKind = options.value(options.contactPointKind);
    const struct
    {
        const QCommandLineOption &option;
        CustomerBy by;
    } keys[] = {{options.customer, CustomerBy::CustomerId},
                {options.contact, CustomerBy::ContactId},
                {options.contactPointId, CustomerBy::ContactPointId}};
    draft->customerBy
        = options.isSet(options.anonymous) ? CustomerBy::Anonymous : CustomerBy::ContactPointData;
    for (const auto &[option, by] : keys) {
        std::optional<qint64> key;
        if (!readId(options, option, &key, error))
            return false;
        if (key) {
            draft->customerBy = by;
            draft->customerKey = QString::number(*key);
        }
    }
    return true;
}

} // namespace

namespace DraftOptions {

QList<const QCommandLineOption *> of(const CtlOptions &options, const QString &command)
{
    if (command == u"create-calltrack")
        return {&options.department,
                &options.subtype,
                &options.mode,
                &options.subject,
                &options.content,
                &options.html,
                &options.customer,
                &options.contact,
                &options.contactPointId,
                &options.contactPointKind,
                &options.contactPointData,
                &options.anonymous,
                &options.targetUserId,
                &options.targetUser,
                &options.caseId,
                &options.priority,
                &options.due,
                &options.attribute};
    if (command == u"change-case")
        return {&options.activities,      &options.caseId,
                &options.newCase,         &options.subject,
                &options.caseDescription, &options.caseSolution,
                &options.caseSeverity,    &options.due,
                &options.relate};
    if (command == u"transfer")
        return {&options.activities, &options.user, &options.queue, &options.department,
                &options.unpin};
    if (command == u"pick")
        return {&options.activities, &options.unpin};
    if (command == u"create-callback")
        return {&options.group,   &options.configGroup, &options.agentGroup, &options.sender,
                &options.subject, &options.type,        &options.user,       &options.receiver,
                &options.body,    &options.crmUrl,      &options.userData,   &options.priority,
                &options.date,    &options.time};
    return {};
}

std::optional<CalltrackDraft> calltrack(const CtlOptions &options, QString *error)
{
    CalltrackDraft draft;
    draft.department = options.value(options.department);
    draft.subtype = options.value(options.subtype);
    if (options.isSet(options.mode))
        draft.mode = options.value(options.mode);
    draft.subject = options.value(options.subject);
    draft.contentText = options.value(options.content);
    draft.contentHtml = options.value(options.html);
    if (!readCustomer(options, &draft, error))
        return std::nullopt;

    QStringList target;
    std::optional<qint64> targetId;
    if (!atMostOne(options, {&options.targetUserId, &options.targetUser}, &target, error)
        || !readId(options, options.targetUserId, &targetId, error))
        return std::nullopt;
    if (targetId) {
        draft.targetBy = CalltrackDraft::TargetBy::UserId;
        draft.targetUser = QString::number(*targetId);
    } else if (options.isSet(options.targetUser)) {
        draft.targetBy = CalltrackDraft::TargetBy::UserName;
        draft.targetUser = options.value(options.targetUser);
    }

    std::optional<qint64> caseId;
    if (!readId(options, options.caseId, &caseId, error)
        || !readTime(options, options.due, &draft.dueDateMs, error)
        || !readAttributes(options, &draft.customAttributes, error))
        return std::nullopt;
    draft.caseId = caseId.value_or(0);
    // C11 judges the value and says what is allowed
    draft.priority = options.value(options.priority);
    return draft;
}

std::optional<ChangeCaseRequest> changeCase(const CtlOptions &options,
                                            QStringList *pendingActivities, QString *error)
{
    QStringList target;
    if (!atMostOne(options, {&options.caseId, &options.newCase}, &target, error))
        return std::nullopt;
    if (!options.isSet(options.activities) || target.isEmpty()) {
        *error = QCoreApplication::translate(
            "agentdeskctl", "change-case needs --activities, and --case or --new-case.");
        return std::nullopt;
    }
    const std::optional<CtlOptions::ActivityList> activities
        = options.activityList(options.activities, error);
    std::optional<qint64> caseId;
    ChangeCaseRequest request;
    if (!activities || !readId(options, options.caseId, &caseId, error)
        || !readTime(options, options.due, &request.newCase.dueDateMs, error))
        return std::nullopt;
    request.activityIds = activities->ids;
    *pendingActivities = activities->outboxEntries;
    request.targetCaseId = caseId.value_or(0);
    // with --case, P11 refuses these and names them
    request.newCase.subject = options.value(options.subject);
    request.newCase.description = options.value(options.caseDescription);
    request.newCase.solution = options.value(options.caseSolution);
    request.newCase.severity = options.value(options.caseSeverity);
    request.relateCase = options.isSet(options.relate);
    return request;
}

std::optional<ReassignRequest> reassign(const CtlOptions &options, const QString &command,
                                        QString *userLogin, QString *error)
{
    ReassignRequest request;
    QStringList target;
    if (command == u"transfer") {
        if (!atMostOne(options, {&options.user, &options.queue, &options.department}, &target,
                       error))
            return std::nullopt;
        if (!options.isSet(options.activities) || target.isEmpty()) {
            *error = QCoreApplication::translate(
                "agentdeskctl",
                "transfer needs --activities, and --user, --queue or --department.");
            return std::nullopt;
        }
    } else if (!options.isSet(options.activities)) {
        *error = QCoreApplication::translate("agentdeskctl", "pick needs --activities.");
        return std::nullopt;
    }
    const std::optional<CtlOptions::ActivityList> activities
        = options.activityList(options.activities, error);
    if (!activities)
        return std::nullopt;
    if (!activities->outboxEntries.isEmpty()) {
        *error = QCoreApplication::translate("agentdeskctl",
                                             "@%1 is a calltrack queued for creation; calltracks "
                                             "cannot be transferred or picked.")
                     .arg(activities->outboxEntries.constFirst());
        return std::nullopt;
    }
    for (qint64 id : activities->ids)
        request.activities.append({id, 0});
    request.unpin = options.isSet(options.unpin);
    if (command == u"pick") {
        request.operation = ReassignRequest::Operation::Pick;
        return request;
    }
    std::optional<qint64> id;
    if (options.isSet(options.user)) {
        request.operation = ReassignRequest::Operation::TransferToUser;
        const QString value = options.value(options.user).trimmed();
        bool numeric = false;
        value.toLongLong(&numeric);
        if (!numeric) {
            if (value.isEmpty()) {
                *error
                    = QCoreApplication::translate("agentdeskctl", "--user needs an id or a login.");
                return std::nullopt;
            }
            *userLogin = value;
            return request;
        }
        if (!readId(options, options.user, &id, error))
            return std::nullopt;
    } else if (options.isSet(options.queue)) {
        request.operation = ReassignRequest::Operation::TransferToQueue;
        if (!readId(options, options.queue, &id, error))
            return std::nullopt;
    } else {
        request.operation = ReassignRequest::Operation::TransferToDepartment;
        if (!readId(options, options.department, &id, error))
            return std::nullopt;
    }
    request.targetId = id.value_or(0);
    return request;
}

std::optional<CallbackDraft> callback(const CtlOptions &options, QString *error)
{
    CallbackDraft draft;
    std::optional<int> type;
    // J1–J11 judge the combination and the ranges
    if (!readNumber(options, options.type, &type, error)
        || !readId(options, options.group, &draft.groupId, error)
        || !readId(options, options.configGroup, &draft.configurationGroupId, error)
        || !readId(options, options.agentGroup, &draft.agentGroupId, error)
        || !readId(options, options.user, &draft.usersId, error)
        || !readNumber(options, options.priority, &draft.priority, error))
        return std::nullopt;
    draft.typeId = type.value_or(draft.typeId);
    draft.sender = options.value(options.sender);
    draft.receiver = options.value(options.receiver);
    draft.subject = options.value(options.subject);
    draft.body = options.value(options.body);
    draft.crmUrl = options.value(options.crmUrl);
    draft.userData = options.value(options.userData);
    draft.appointmentDate = options.value(options.date);
    draft.appointmentTime = options.value(options.time);
    return draft;
}

} // namespace DraftOptions
