#include "casemanagerapi.h"

#include "authregistry.h"
#include "casemanagerwire.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using namespace CaseManagerWire;

namespace {

// a single object or a one-element array, as JSON bindings of XML lists come either way
QJsonObject singleObject(const QJsonValue &value)
{
    if (value.isArray() && value.toArray().size() == 1)
        return value.toArray().first().toObject();
    return value.toObject();
}

bool isValidEmail(const QString &text)
{
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$"_s);
    return email.match(text).hasMatch();
}

bool isDigits(const QString &text)
{
    return !text.isEmpty()
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

SandboxReply CaseManagerApi::createCalltrack(const SandboxRequest &request, const Actor &actor)
{
    // C16: anonymousCustomer=yes is the only query parameter
    for (const auto &[key, value] : request.queryItems()) {
        if (key != u"anonymousCustomer"_s)
            return unsupportedParameter(key);
        if (value != u"yes"_s)
            return badRequest(u"C16: anonymousCustomer only accepts the value yes"_s);
    }
    const bool anonymous = request.query.hasQueryItem(u"anonymousCustomer"_s);

    // C1: one activity object
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (request.body.trimmed().isEmpty() || parseError.error != QJsonParseError::NoError)
        return badRequest(u"C1: the body must be one JSON activity object"_s);
    if (!document.isObject() || document.object().value(u"activity"_s).isArray())
        return badRequest(u"C1: only one activity can be created per request"_s);

    Activity draft;
    if (auto error = validateCalltrack(document.object(), anonymous, actor, &draft))
        return *error;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    draft.id = m_store.nextActivityId++;
    draft.type = u"call_track"_s;
    draft.status = u"assigned"_s;
    draft.queue = 300 + draft.department;
    draft.created = draft.lastModified = now;
    draft.lastModifiedBy = actor.isClient() ? draft.assignedUser : actor.userId;
    if (draft.caseId == 0) {
        Case prototype;
        prototype.department = draft.department;
        prototype.owner = draft.assignedUser;
        prototype.customer = draft.customer;
        prototype.subject = draft.subject.isEmpty() ? draft.contentText.left(255) : draft.subject;
        prototype.originatingChannel = u"phone"_s;
        prototype.lastModifiedBy = draft.lastModifiedBy;
        draft.caseId = createCase(prototype);
    } else {
        // a closed case that gets a new activity is reopened
        Case &c = m_store.cases.at(draft.caseId);
        c.open = true;
        c.lastModified = now;
    }
    m_store.activities[draft.id] = draft;
    return SandboxReply::empty(201).withHeader("Location",
                                               href(u"activity"_s, draft.id).toLatin1());
}

std::optional<SandboxReply> CaseManagerApi::validateCalltrack(const QJsonObject &body,
                                                              bool anonymous, const Actor &actor,
                                                              Activity *draft) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const User *caller = actor.isClient() ? nullptr : m_store.user(actor.userId);

    // C2: department named, existing, and open to the caller; the caller's own licence too
    const QString departmentName = member(body, u"department.name"_s).toString();
    if (departmentName.isEmpty())
        return badRequest(u"C2: department.name is required"_s);
    const Department *department = m_store.departmentByName(departmentName);
    if (!department)
        return badRequest(u"C2: department '%1' does not exist"_s.arg(departmentName));
    if (!actor.mayManage)
        return forbidden(u"C2: the token lacks the casemgr.manage scope"_s);
    if (caller) {
        if (!caller->mayCreateActivity)
            return forbidden(u"C2: the user lacks the 'Create activity' action"_s);
        if (!caller->worksIn(department->id))
            return forbidden(
                u"C2: the user may not create activities in department '%1'"_s.arg(departmentName));
        if (!caller->callTrackPlus)
            return forbidden(u"C2: the user has no eGain CallTrackPlus licence"_s);
    }
    draft->department = department->id;

    // C3, C4, C5
    if (member(body, u"type.value"_s).toString() != u"call_track"_s)
        return badRequest(u"C3: type.value must be call_track"_s);
    const QString subtype = member(body, u"type.subtype.value"_s).toString();
    if (!department->calltrackSubtypes.contains(subtype))
        return badRequest(u"C4: '%1' is not a calltrack subtype of department '%2'"_s.arg(
            subtype, departmentName));
    const QString mode = member(body, u"mode.value"_s).toString();
    if (mode != u"Inbound"_s && mode != u"Outbound"_s)
        return badRequest(u"C5: mode.value must be Inbound or Outbound"_s);
    draft->subtype = subtype;
    draft->mode = mode.toLower();

    // C6: subject or content; subject at most 255 characters
    const QJsonValue subject = body.value(u"subject"_s);
    const QJsonValue content = member(body, u"payload.calltrack.content"_s);
    const bool hasContent = content.isObject()
        && (!content[u"text"_s].toString().isEmpty() || !content[u"html"_s].toString().isEmpty());
    if (!subject.isUndefined() && !subject.isString())
        return badRequest(u"C6: subject must be a string"_s);
    if (subject.toString().isEmpty() && !hasContent)
        return badRequest(u"C6: subject or content is required"_s);
    if (subject.toString().size() > 255)
        return badRequest(u"C6: subject is longer than 255 characters"_s);
    draft->subject = subject.toString();

    // C7, C8: exactly one customer identifier unless anonymous
    const QJsonValue customerValue = body.value(u"customer"_s);
    const QJsonValue contactPointValue = body.value(u"contactPointData"_s);
    const QString contactPoint = contactPointValue.toString();
    if (!contactPointValue.isUndefined()) {
        if (!contactPointValue.isString() || contactPoint.isEmpty())
            return badRequest(u"C8: contactPointData must be a non-empty string"_s);
        if (contactPoint.contains(u'@') ? !isValidEmail(contactPoint) : !isDigits(contactPoint))
            return badRequest(
                u"C8: contactPointData must be a valid email address or a phone number of digits only"_s);
        draft->contactPointData = contactPoint;
    }
    if (anonymous) {
        if (!customerValue.isUndefined())
            return badRequest(
                u"C7: a customer element is not allowed with anonymousCustomer=yes"_s);
    } else {
        const QJsonObject customer = customerValue.toObject();
        const QJsonObject contact = singleObject(member(customer, u"contacts.contact"_s));
        struct Identifier
        {
            QString kind;
            std::optional<qint64> id;
        };
        QList<Identifier> identifiers;
        if (customer.contains(u"id"_s))
            identifiers.append({u"customer"_s, idOf(customer.value(u"id"_s))});
        if (contact.contains(u"id"_s))
            identifiers.append({u"contact"_s, idOf(contact.value(u"id"_s))});
        for (const QString &kind :
             {u"phone"_s, u"postal"_s, u"email"_s, u"social"_s, u"website"_s}) {
            const QJsonObject point = singleObject(contact.value(kind));
            if (point.contains(u"id"_s))
                identifiers.append({kind, idOf(point.value(u"id"_s))});
        }
        if (!contactPointValue.isUndefined())
            identifiers.append({u"contactPointData"_s, 0});
        if (identifiers.isEmpty())
            return badRequest(
                u"C7: the customer must be identified (customer.id, a contact or contact point id, or contactPointData)"_s);
        if (identifiers.size() > 1)
            return badRequest(u"C7: send exactly one customer identifier"_s);
        const Identifier &identifier = identifiers.first();
        const Customer *found = nullptr;
        for (const Customer &candidate : m_store.customers) {
            const qint64 id = identifier.id.value_or(0);
            const bool match = identifier.kind == u"customer"_s ? candidate.id == id
                : identifier.kind == u"contact"_s               ? candidate.contactId == id
                : identifier.kind == u"phone"_s                 ? candidate.phoneId == id
                : identifier.kind == u"email"_s                 ? candidate.emailId == id
                : identifier.kind == u"postal"_s                ? candidate.postalId == id
                : identifier.kind == u"contactPointData"_s
                ? (candidate.email.compare(contactPoint, Qt::CaseInsensitive) == 0
                   || candidate.phone == contactPoint)
                    && candidate.department == department->id
                : false;
            if (match) {
                found = &candidate;
                break;
            }
        }
        if (!found && identifier.kind == u"contactPointData"_s)
            return badRequest(
                u"C8: no customer of department '%1' has the contact point '%2'"_s.arg(
                    departmentName, contactPoint));
        if (!found)
            return badRequest(u"C7: no customer matches the %1 id"_s.arg(identifier.kind));
        // customer departmentalization is on in the sandbox
        if (found->department != department->id)
            return badRequest(u"C7: customer %1 belongs to another department"_s.arg(found->id));
        draft->customer = found->id;
    }

    // C9: target user
    const QJsonObject target = member(body, u"status.assigned.user"_s).toObject();
    const QStringList targetKeys = {u"id"_s, u"name"_s, u"customAttributes"_s};
    const qsizetype identifierCount
        = std::count_if(targetKeys.cbegin(), targetKeys.cend(),
                        [&](const QString &key) { return target.contains(key); });
    if (identifierCount > 1)
        return badRequest(
            u"C9: identify the target user by exactly one of id, name, customAttributes"_s);
    if (identifierCount == 0 && actor.isClient())
        return badRequest(
            u"C9: a client application must name the target user in status.assigned.user"_s);
    const User *assignee = caller;
    if (identifierCount == 1) {
        assignee = nullptr;
        if (target.contains(u"id"_s)) {
            assignee = m_store.user(int(idOf(target.value(u"id"_s)).value_or(0)));
        } else if (target.contains(u"name"_s)) {
            assignee = m_store.userByLogin(target.value(u"name"_s).toString());
        } else {
            const auto attributes = customAttributesFrom(target.value(u"customAttributes"_s));
            for (const User &user : m_store.users) {
                if (attributes.value(u"employee_no"_s) == user.employeeNumber())
                    assignee = &user;
            }
        }
        if (!assignee)
            return badRequest(u"C9: the target user does not exist"_s);
        if (caller && assignee->id != caller->id && !caller->mayTransfer)
            return forbidden(
                u"C9: the caller lacks the 'Transfer Activities' permission on the target user"_s);
        if (!assignee->available)
            return forbidden(u"C9: the target user is not logged in"_s);
        if (!assignee->callTrackPlus)
            return forbidden(u"C9: the target user has no eGain CallTrackPlus licence"_s);
    }
    draft->assignedUser = assignee->id;

    // C10: an existing case
    if (body.contains(u"case"_s)) {
        const auto caseId = idOf(member(body, u"case.id"_s));
        if (!caseId || m_store.cases.find(*caseId) == m_store.cases.end())
            return badRequest(u"C10: case.id does not name an existing case"_s);
        draft->caseId = *caseId;
    }

    // C11: priority "1".."7"
    if (body.contains(u"priority"_s)) {
        static const QStringList Priorities
            = {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s};
        const QJsonValue priority = body.value(u"priority"_s);
        if (!priority.isString() || !Priorities.contains(priority.toString()))
            return badRequest(u"C11: priority must be one of the strings \"1\" to \"7\""_s);
        draft->priority = priority.toString();
    }

    // C12: due date in the future
    if (body.contains(u"dueDate"_s)) {
        const QDateTime due = parseIsoDateTime(body.value(u"dueDate"_s).toString());
        if (!due.isValid())
            return badRequest(u"C12: dueDate must be an ISO 8601 date-time"_s);
        if (due.toMSecsSinceEpoch() <= now)
            return badRequest(u"C12: dueDate must lie in the future"_s);
        draft->dueDate = due.toMSecsSinceEpoch();
    }

    // C13: every attachment has an altId
    for (const QJsonValue &attachment : listOf(member(body, u"attachments.attachment"_s))) {
        const QString altId = attachment.toObject().value(u"altId"_s).toString();
        if (altId.isEmpty())
            return badRequest(u"C13: every attachment needs an altId"_s);
        draft->attachmentAltIds.append(altId);
    }
    if (body.contains(u"attachments"_s) && !body.value(u"attachments"_s).isObject())
        return badRequest(u"C13: attachments must be an object with an attachment list"_s);

    // C14: custom attributes
    if (auto error = validateCustomAttributes(body.value(u"customAttributes"_s), false, u"C14"_s))
        return error;
    draft->customAttributes = customAttributesFrom(body.value(u"customAttributes"_s));

    // C15: content types text and html only
    if (!content.isUndefined()) {
        if (!content.isObject())
            return badRequest(u"C15: payload.calltrack.content must be an object"_s);
        const QJsonObject object = content.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if ((it.key() != u"text"_s && it.key() != u"html"_s) || !it.value().isString())
                return badRequest(
                    u"C15: content type '%1' is not allowed; use text or html"_s.arg(it.key()));
        }
        draft->contentText = object.value(u"text"_s).toString();
        draft->contentHtml = object.value(u"html"_s).toString();
    }
    return std::nullopt;
}
