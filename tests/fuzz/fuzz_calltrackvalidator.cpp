// The calltrack draft an agent fills in (eGain v3 §7.7, C1–C16), with what the client knows of
// the tenant. Fields in FuzzInput order: department, subtype, mode, subject, contentText,
// contentHtml, customerBy, customerKey, contactPointKind, contactPointData, targetBy,
// targetUser, targetAttributeName, caseId, priority, dueDateMs, customAttributes,
// attachmentAltIds; then the context: subtypes ("value=department,department" items),
// clientApplication, whether attribute definitions are known, the definitions ("name=value,
// value" items), nowMs.
//
// Checks: every error names a documented field and rule with a message; the validator is
// deterministic; an accepted draft keeps the rules it was accepted under and comes back from
// the outbox payload unchanged and still accepted.
#include "domain/calltrackvalidator.h"
#include "draftcheck.h"
#include "fuzzinput.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    CalltrackDraft draft;
    draft.department = input.text();
    draft.subtype = input.text();
    draft.mode = input.text();
    draft.subject = input.text();
    draft.contentText = input.text();
    draft.contentHtml = input.text();
    draft.customerBy = CalltrackDraft::CustomerBy(input.choice(
        {"customerId", "contactId", "contactPointId", "contactPointData", "anonymous"}));
    draft.customerKey = input.text();
    draft.contactPointKind = input.text();
    draft.contactPointData = input.text();
    draft.targetBy = CalltrackDraft::TargetBy(
        input.choice({"none", "userId", "userName", "customAttribute"}));
    draft.targetUser = input.text();
    draft.targetAttributeName = input.text();
    draft.caseId = input.number();
    draft.priority = input.text();
    draft.dueDateMs = input.number();
    draft.customAttributes = input.map();
    draft.attachmentAltIds = input.list();

    CalltrackValidator::Context context;
    for (const QString &item : input.list()) {
        CalltrackSubtype subtype;
        subtype.value = item.section(u'=', 0, 0);
        subtype.displayValue = subtype.value;
        const QString departments = item.section(u'=', 1);
        if (!departments.isEmpty())
            subtype.departments = departments.split(u',');
        context.subtypes.append(subtype);
    }
    context.clientApplication = input.flag();
    const bool definitionsKnown = input.flag();
    const QMap<QString, QString> definitions = input.map();
    if (definitionsKnown) {
        QList<CustomAttributeDefinition> known;
        for (auto it = definitions.cbegin(); it != definitions.cend(); ++it)
            known.append({it.key(), it.value().isEmpty() ? QStringList() : it.value().split(u',')});
        context.customAttributes = known;
    }
    context.nowMs = input.number();

    const QList<ValidationError> errors = CalltrackValidator::validate(draft, context);
    const bool hasPercent = QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size))
                                .contains('%');
    checkErrors(errors,
                {u"department"_s, u"subtype"_s, u"mode"_s, u"subject"_s, u"customer"_s,
                 u"contactPointKind"_s, u"contactPointData"_s, u"targetUser"_s,
                 u"targetAttributeName"_s, u"caseId"_s, u"priority"_s, u"dueDate"_s,
                 u"attachments"_s, u"customAttributes"_s},
                {u"C2"_s, u"C4"_s, u"C5"_s, u"C6"_s, u"C7"_s, u"C8"_s, u"C9"_s, u"C10"_s,
                 u"C11"_s, u"C12"_s, u"C13"_s, u"C14"_s, u"C16"_s},
                hasPercent);
    FUZZ_CHECK(errors == CalltrackValidator::validate(draft, context));
    if (!errors.isEmpty())
        return 0;

    // what acceptance promises the encoder and the server
    FUZZ_CHECK(!draft.department.trimmed().isEmpty() && !draft.subtype.trimmed().isEmpty());
    FUZZ_CHECK(draft.mode == u"Inbound"_s || draft.mode == u"Outbound"_s);
    FUZZ_CHECK(draft.subject.size() <= CalltrackValidator::MaxSubjectLength);
    FUZZ_CHECK(draft.caseId >= 0);
    FUZZ_CHECK(draft.priority.isEmpty()
               || (draft.priority.size() == 1 && draft.priority >= u"1"_s
                   && draft.priority <= u"7"_s));
    FUZZ_CHECK(draft.dueDateMs == 0 || draft.dueDateMs > context.nowMs);
    QSet<QString> altIds;
    for (const QString &altId : draft.attachmentAltIds) {
        FUZZ_CHECK(!altId.trimmed().isEmpty() && !altIds.contains(altId.trimmed()));
        altIds.insert(altId.trimmed());
    }
    if (draft.customerBy == CalltrackDraft::CustomerBy::Anonymous)
        FUZZ_CHECK(draft.customerKey.trimmed().isEmpty());

    // the outbox keeps the draft as it was accepted, and re-validates it before sending
    const auto stored = OutboxPayload::calltrack(OutboxPayload::encode(draft));
    FUZZ_CHECK(stored.has_value());
    FUZZ_CHECK(sameDraft(*stored, draft));
    FUZZ_CHECK(CalltrackValidator::validate(*stored, context).isEmpty());
    return 0;
}
