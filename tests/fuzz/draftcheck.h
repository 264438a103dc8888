#pragma once

#include "domain/validationerror.h"
#include "fuzzcheck.h"
#include "sync/outboxpayload.h"

#include <QList>
#include <QStringList>

// Field-by-field equality of what the outbox keeps (the drafts have no operator==, since the
// product never compares them), and the contract every validator keeps for its errors.

inline bool sameDraft(const CalltrackDraft &a, const CalltrackDraft &b)
{
    return a.department == b.department && a.subtype == b.subtype && a.mode == b.mode
        && a.subject == b.subject && a.contentText == b.contentText
        && a.contentHtml == b.contentHtml && a.customerBy == b.customerBy
        && a.customerKey == b.customerKey && a.contactPointKind == b.contactPointKind
        && a.contactPointData == b.contactPointData && a.targetBy == b.targetBy
        && a.targetUser == b.targetUser && a.targetAttributeName == b.targetAttributeName
        && a.caseId == b.caseId && a.priority == b.priority && a.dueDateMs == b.dueDateMs
        && a.customAttributes == b.customAttributes && a.attachmentAltIds == b.attachmentAltIds;
}

inline bool sameRequest(const ChangeCaseRequest &a, const ChangeCaseRequest &b)
{
    return a.activityIds == b.activityIds && a.targetCaseId == b.targetCaseId
        && a.relateCase == b.relateCase && a.newCase.subject == b.newCase.subject
        && a.newCase.description == b.newCase.description
        && a.newCase.solution == b.newCase.solution && a.newCase.severity == b.newCase.severity
        && a.newCase.dueDateMs == b.newCase.dueDateMs
        && a.newCase.customAttributes == b.newCase.customAttributes;
}

inline bool sameChange(const QueuedChangeCase &a, const QueuedChangeCase &b)
{
    return sameRequest(a.request, b.request) && a.pendingActivities == b.pendingActivities
        && a.targetCaseFrom == b.targetCaseFrom && a.sourceCaseId == b.sourceCaseId;
}

inline bool sameDraft(const CallbackDraft &a, const CallbackDraft &b)
{
    return a.typeId == b.typeId && a.groupId == b.groupId
        && a.configurationGroupId == b.configurationGroupId && a.agentGroupId == b.agentGroupId
        && a.usersId == b.usersId && a.sender == b.sender && a.receiver == b.receiver
        && a.subject == b.subject && a.body == b.body && a.crmUrl == b.crmUrl
        && a.userData == b.userData && a.priority == b.priority
        && a.appointmentDate == b.appointmentDate && a.appointmentTime == b.appointmentTime;
}

// Every error names a documented field and rule and says something: the dialog maps the field
// to a widget and shows the message, so an unknown field or an empty message is a silent error.
// Unless the draft's own text brings a '%', no placeholder of tr() may be left unfilled.
inline void checkErrors(const QList<ValidationError> &errors, const QStringList &fields,
                        const QStringList &rules, bool draftHasPercent)
{
    for (const ValidationError &error : errors) {
        FUZZ_CHECK(fields.contains(error.field));
        FUZZ_CHECK(rules.contains(error.rule));
        FUZZ_CHECK(!error.message.trimmed().isEmpty());
        if (!draftHasPercent)
            FUZZ_CHECK(!error.message.contains(u'%'));
    }
}

inline bool hasErrorFor(const QList<ValidationError> &errors, const QString &field)
{
    return !ValidationError::forField(errors, field).isEmpty();
}
