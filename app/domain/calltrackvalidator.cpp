#include "domain/calltrackvalidator.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using CustomerBy = CalltrackDraft::CustomerBy;
using TargetBy = CalltrackDraft::TargetBy;

bool isDigitsOnly(const QString &text)
{
    return !text.isEmpty()
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// eGain IDs are whole numbers sent as strings; "0" names nothing
bool isPositiveId(const QString &text)
{
    bool ok = false;
    return isDigitsOnly(text) && text.toLongLong(&ok) > 0 && ok;
}

QString firstNonDigit(const QString &text)
{
    const auto it
        = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return c < u'0' || c > u'9'; });
    return it == text.cend() ? QString() : QString(*it);
}

} // namespace

bool CalltrackValidator::isValidEmail(const QString &text)
{
    // local@domain.tld; deliberately loose, the server decides what it stores
    static const QRegularExpression email(
        u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]$"_s);
    return email.match(text).hasMatch();
}

QList<ValidationError> CalltrackValidator::validate(const CalltrackDraft &draft,
                                                    const Context &context)
{
    QList<ValidationError> errors;
    const auto report
        = [&errors](const QString &field, const QString &rule, const QString &message) {
              errors.append({field, rule, message});
          };

    // C2: the department that owns the activity
    const QString department = draft.department.trimmed();
    if (department.isEmpty())
        report(u"department"_s, u"C2"_s, tr("Choose the department that will own the activity."));

    // C4: a subtype configured in the tenant, for this department when the list says so
    const QString subtype = draft.subtype.trimmed();
    if (subtype.isEmpty()) {
        report(u"subtype"_s, u"C4"_s, tr("Choose the calltrack subtype."));
    } else if (!context.subtypes.isEmpty()) {
        bool known = false;
        bool configured = false;
        QStringList available;
        for (const CalltrackSubtype &candidate : context.subtypes) {
            const bool forDepartment = candidate.departments.isEmpty() || department.isEmpty()
                || candidate.departments.contains(department);
            if (forDepartment && !available.contains(candidate.value))
                available.append(candidate.value);
            if (candidate.value == subtype) {
                known = true;
                configured = configured || forDepartment;
            }
        }
        if (!known) {
            report(u"subtype"_s, u"C4"_s,
                   tr("\"%1\" is not a calltrack subtype of this server; choose one of: %2.")
                       .arg(subtype, available.join(u", "_s)));
        } else if (!configured) {
            report(u"subtype"_s, u"C4"_s,
                   available.isEmpty() ? tr("The subtype \"%1\" is not configured for department "
                                            "%2, which has no calltrack subtypes.")
                                             .arg(subtype, department)
                                       : tr("The subtype \"%1\" is not configured for department "
                                            "%2; choose one of: %3.")
                                             .arg(subtype, department, available.join(u", "_s)));
        }
    }

    // C5: the server's spelling, capitalised
    if (draft.mode != u"Inbound"_s && draft.mode != u"Outbound"_s) {
        report(u"mode"_s, u"C5"_s,
               draft.mode.isEmpty()
                   ? tr("Choose whether the call was Inbound or Outbound.")
                   : tr("The mode \"%1\" is not valid; use Inbound or Outbound.").arg(draft.mode));
    }

    // C6: a subject or call notes; the schema limits the subject to 255 characters. QString
    // counts UTF-16 code units, as the Java server does, so an emoji counts as two.
    const bool hasContent
        = !draft.contentText.trimmed().isEmpty() || !draft.contentHtml.trimmed().isEmpty();
    if (draft.subject.trimmed().isEmpty() && !hasContent) {
        report(u"subject"_s, u"C6"_s,
               tr("Enter a subject or call notes; the activity needs at least one of them."));
    }
    if (draft.subject.size() > MaxSubjectLength) {
        report(u"subject"_s, u"C6"_s,
               tr("The subject has %n characters; at most 255 are allowed.", nullptr,
                  int(draft.subject.size())));
    }

    // C7: exactly one way to name the customer, unless the caller is anonymous (§7.6)
    const QString customerKey = draft.customerKey.trimmed();
    const bool hasContactPointData = !draft.contactPointData.isEmpty();
    switch (draft.customerBy) {
    case CustomerBy::CustomerId:
    case CustomerBy::ContactId:
    case CustomerBy::ContactPointId: {
        const QString what = draft.customerBy == CustomerBy::CustomerId ? tr("customer ID")
            : draft.customerBy == CustomerBy::ContactId                 ? tr("contact ID")
                                                                        : tr("contact point ID");
        if (customerKey.isEmpty()) {
            //: %1 is "customer ID", "contact ID" or "contact point ID"
            report(u"customer"_s, u"C7"_s,
                   tr("Enter the %1, or mark the caller as anonymous.").arg(what));
        } else if (!isPositiveId(customerKey)) {
            report(u"customer"_s, u"C7"_s,
                   tr("The %1 \"%2\" is not valid; IDs are whole numbers greater than 0.")
                       .arg(what, customerKey));
        }
        if (draft.customerBy == CustomerBy::ContactPointId) {
            static const QStringList Kinds
                = {u"phone"_s, u"postal"_s, u"email"_s, u"social"_s, u"website"_s};
            if (draft.contactPointKind.isEmpty()) {
                report(u"contactPointKind"_s, u"C7"_s,
                       tr("Choose the type of the contact point: phone, postal, email, social or "
                          "website."));
            } else if (!Kinds.contains(draft.contactPointKind)) {
                report(u"contactPointKind"_s, u"C7"_s,
                       tr("The contact point type \"%1\" is not valid; use phone, postal, email, "
                          "social or website.")
                           .arg(draft.contactPointKind));
            }
        }
        // the encoder sends contactPointData whenever it is set: a second identifier
        if (hasContactPointData) {
            report(u"contactPointData"_s, u"C7"_s,
                   tr("The customer is already named by the %1; the email address or phone number "
                      "would name it a second time. Clear one of them.")
                       .arg(what));
        }
        break;
    }
    case CustomerBy::ContactPointData:
        if (draft.contactPointData.trimmed().isEmpty()) {
            report(u"contactPointData"_s, u"C7"_s,
                   tr("Enter the customer's email address or phone number, or mark the caller as "
                      "anonymous."));
        }
        break;
    case CustomerBy::Anonymous:
        // C16: anonymity travels only as the query flag, which excludes any customer element
        if (!customerKey.isEmpty()) {
            report(
                u"customer"_s, u"C16"_s,
                tr("The caller is marked anonymous but the customer \"%1\" is given; an anonymous "
                   "call is linked to no customer. Clear the customer or unmark anonymous.")
                    .arg(customerKey));
        }
        break;
    }

    // C8: an email address or a phone number of digits only, also for anonymous callers
    if (hasContactPointData && !draft.contactPointData.trimmed().isEmpty()) {
        const QString &data = draft.contactPointData;
        if (data.contains(u'@')) {
            if (!isValidEmail(data)) {
                report(u"contactPointData"_s, u"C8"_s,
                       tr("\"%1\" is not a valid email address; use the form name@example.com.")
                           .arg(data));
            }
        } else if (!isDigitsOnly(data)) {
            const QString bad = firstNonDigit(data);
            report(u"contactPointData"_s, u"C8"_s,
                   tr("The phone number \"%1\" contains \"%2\"; it may contain digits only, "
                      "without '+', spaces or dashes (for example 4930987654).")
                       .arg(data, bad == u" "_s ? tr("a space") : bad));
        }
    }

    // C9: the target user; the draft's enum already allows at most one identifier
    switch (draft.targetBy) {
    case TargetBy::None:
        if (context.clientApplication) {
            report(u"targetUser"_s, u"C9"_s,
                   tr("A client application must assign the activity to a user: enter the user's "
                      "ID, login name or identifying custom attribute."));
        }
        break;
    case TargetBy::UserId: {
        const QString id = draft.targetUser.trimmed();
        if (id.isEmpty()) {
            report(u"targetUser"_s, u"C9"_s, tr("Enter the ID of the user who gets the activity."));
        } else if (!isPositiveId(id)) {
            report(u"targetUser"_s, u"C9"_s,
                   tr("The user ID \"%1\" is not valid; user IDs are whole numbers greater than 0.")
                       .arg(id));
        }
        break;
    }
    case TargetBy::UserName:
        if (draft.targetUser.trimmed().isEmpty())
            report(u"targetUser"_s, u"C9"_s,
                   tr("Enter the login name of the user who gets the activity."));
        break;
    case TargetBy::CustomAttribute:
        if (draft.targetAttributeName.trimmed().isEmpty()) {
            report(u"targetAttributeName"_s, u"C9"_s,
                   tr("Enter the name of the custom attribute that identifies the user."));
        }
        if (draft.targetUser.trimmed().isEmpty()) {
            report(u"targetUser"_s, u"C9"_s,
                   tr("Enter the value of the custom attribute that identifies the user."));
        }
        break;
    }

    // C10: 0 asks for a new case; whether a positive ID exists only the server knows
    if (draft.caseId < 0) {
        report(
            u"caseId"_s, u"C10"_s,
            tr("The case ID %1 is not valid; enter an ID greater than 0, or none for a new case.")
                .arg(draft.caseId));
    }

    // C11: the schema enumerates the strings "1" to "7"
    static const QStringList Priorities = {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s};
    if (!draft.priority.isEmpty() && !Priorities.contains(draft.priority)) {
        report(u"priority"_s, u"C11"_s,
               tr("The priority \"%1\" is not valid; use a whole number from 1 to 7, or none.")
                   .arg(draft.priority));
    }

    // C12: 0 means no due date
    if (draft.dueDateMs != 0 && draft.dueDateMs <= context.nowMs) {
        report(u"dueDate"_s, u"C12"_s,
               tr("The due date is not in the future; choose a date and time after now, or none."));
    }

    // C13: every attachment has an altId. That they differ is our inference: the files of the
    // multipart request are matched by altId, so a shared one would be ambiguous.
    QHash<QString, int> seenAltIds;
    for (int i = 0; i < draft.attachmentAltIds.size(); ++i) {
        const QString altId = draft.attachmentAltIds.at(i).trimmed();
        if (altId.isEmpty()) {
            report(u"attachments"_s, u"C13"_s,
                   tr("Attachment %1 has no alternate ID; every attachment needs one.").arg(i + 1));
        } else if (seenAltIds.contains(altId)) {
            report(u"attachments"_s, u"C13"_s,
                   tr("Attachments %1 and %2 share the alternate ID \"%3\"; each needs its own.")
                       .arg(seenAltIds.value(altId) + 1)
                       .arg(i + 1)
                       .arg(altId));
        } else {
            seenAltIds.insert(altId, i);
        }
    }

    // C14: names configured for activities; enumeration attributes take only their values
    for (auto it = draft.customAttributes.cbegin(); it != draft.customAttributes.cend(); ++it) {
        if (it.key().trimmed().isEmpty()) {
            report(u"customAttributes"_s, u"C14"_s,
                   tr("A custom attribute with the value \"%1\" has no name; enter the attribute's "
                      "name.")
                       .arg(it.value()));
            continue;
        }
        if (!context.customAttributes)
            continue;
        const auto definition = std::find_if(
            context.customAttributes->cbegin(), context.customAttributes->cend(),
            [&](const CustomAttributeDefinition &candidate) { return candidate.name == it.key(); });
        if (definition == context.customAttributes->cend()) {
            QStringList names;
            for (const CustomAttributeDefinition &known : *context.customAttributes)
                names.append(known.name);
            report(u"customAttributes"_s, u"C14"_s,
                   names.isEmpty()
                       ? tr("\"%1\" is not a custom attribute of activities; none are configured.")
                             .arg(it.key())
                       : tr("\"%1\" is not a custom attribute of activities; known attributes: %2.")
                             .arg(it.key(), names.join(u", "_s)));
        } else if (!definition->allowedValues.isEmpty()
                   && !definition->allowedValues.contains(it.value())) {
            report(u"customAttributes"_s, u"C14"_s,
                   tr("\"%1\" is not an allowed value of the attribute %2; allowed: %3.")
                       .arg(it.value(), it.key(), definition->allowedValues.join(u", "_s)));
        }
    }

    return errors;
}
