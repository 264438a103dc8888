#pragma once

#include "domain/calltrackdraft.h"
#include "domain/calltracksubtype.h"
#include "domain/customattributedefinition.h"
#include "domain/validationerror.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// Checks a calltrack draft against every rule of the eGain v3 API reference §7.7 (C1–C16) that
// the client can decide on its own. Pure: no I/O, cheap enough to run on every keystroke.
//
// Field names: department, subtype, mode, subject, customer, contactPointKind, contactPointData,
// targetUser, targetAttributeName, caseId, priority, dueDate, attachments, customAttributes.
//
// Guaranteed by the draft type and the encoder, so never reported:
//   C1  one draft is one activity in one request body;
//   C3  the encoder always sends type.value "call_track";
//   C15 the draft only has text and html content;
//   C16 the query parameter anonymousCustomer=yes is derived from CustomerBy::Anonymous alone
//       (what is checked under C16 is that an anonymous draft names no customer).
// Only the server can decide, so a valid draft may still be refused:
//   C2  the department exists and the caller may create activities there (licence CallTrackPlus);
//   C4  the subtype, when the client does not know the tenant's subtypes;
//   C7  the customer exists; customer departmentalization;
//   C8  the contact point belongs to a customer of the department;
//   C9  the target user exists, is logged in, holds CallTrackPlus, and the caller may transfer;
//   C10 the case exists;
//   C14 names and values, when the client does not know the attribute definitions.
class CalltrackValidator
{
    Q_DECLARE_TR_FUNCTIONS(CalltrackValidator)
public:
    // What the client knows about the tenant and the caller.
    struct Context
    {
        // from "Get Activity Attributes"; empty: unknown, C4 checks presence only
        QList<CalltrackSubtype> subtypes;
        // a client application (oAuthClient) must name a target user (C9)
        bool clientApplication = false;
        // activity custom attributes; nullopt: unknown, C14 checks only that names are given
        std::optional<QList<CustomAttributeDefinition>> customAttributes;
        qint64 nowMs = 0; // epoch ms UTC, for C12
    };

    static constexpr int MaxSubjectLength = 255;

    static QList<ValidationError> validate(const CalltrackDraft &draft, const Context &context);

    // eGain v3 §7.6: contactPointData is an email address or a phone number of digits only
    static bool isValidEmail(const QString &text);
};
