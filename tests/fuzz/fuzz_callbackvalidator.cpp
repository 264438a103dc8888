// A jtel AcdEvent to create (jtel AcdEvents §8.6, J1–J11). Fields in FuzzInput order: typeId,
// groupId, configurationGroupId, agentGroupId, usersId (empty: not given), sender, receiver,
// subject, body, crmUrl, userData, priority (empty: not given), appointmentDate,
// appointmentTime, nowLocalMs.
//
// Checks: every error names a documented field and rule with a message; an accepted draft is
// addressed in exactly one way, carries E.164 numbers when it is a telephone event, and comes
// back from the outbox payload unchanged and still accepted.
#include "domain/callbackvalidator.h"
#include "draftcheck.h"
#include "fuzzinput.h"

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
    CallbackDraft draft;
    draft.typeId = input.integer();
    draft.groupId = input.optionalNumber();
    draft.configurationGroupId = input.optionalNumber();
    draft.agentGroupId = input.optionalNumber();
    draft.usersId = input.optionalNumber();
    draft.sender = input.text();
    draft.receiver = input.text();
    draft.subject = input.text();
    draft.body = input.text();
    draft.crmUrl = input.text();
    draft.userData = input.text();
    draft.priority = input.optionalInteger();
    draft.appointmentDate = input.text();
    draft.appointmentTime = input.text();
    const qint64 nowLocalMs = input.number();

    const QList<ValidationError> errors = CallbackValidator::validate(draft, nowLocalMs);
    const bool hasPercent = QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size))
                                .contains('%');
    checkErrors(errors,
                {u"typeId"_s, u"groupId"_s, u"configurationGroupId"_s, u"agentGroupId"_s,
                 u"usersId"_s, u"sender"_s, u"receiver"_s, u"subject"_s, u"body"_s, u"crmUrl"_s,
                 u"priority"_s, u"appointmentDate"_s, u"appointmentTime"_s},
                {u"J1"_s, u"J2"_s, u"J4"_s, u"J5"_s, u"J6"_s, u"J7"_s, u"J8"_s, u"J9"_s,
                 u"J10"_s, u"J11"_s},
                hasPercent);
    FUZZ_CHECK(errors == CallbackValidator::validate(draft, nowLocalMs));
    if (!errors.isEmpty())
        return 0;

    FUZZ_CHECK(draft.typeId > 0);
    // jtel §8.1: AcdGroupsID alone, or the configuration group with the agent group
    FUZZ_CHECK(draft.groupId ? !draft.configurationGroupId && !draft.agentGroupId
                             : draft.configurationGroupId && draft.agentGroupId);
    for (const auto &id : {draft.groupId, draft.configurationGroupId, draft.agentGroupId,
                           draft.usersId})
        FUZZ_CHECK(!id || *id > 0);
    FUZZ_CHECK(!draft.sender.trimmed().isEmpty() && !draft.subject.trimmed().isEmpty());
    if (CallbackValidator::isTelephoneEvent(draft.typeId)) {
        FUZZ_CHECK(CallbackValidator::isE164(draft.sender.trimmed()));
        FUZZ_CHECK(draft.receiver.trimmed().isEmpty()
                   || CallbackValidator::isE164(draft.receiver.trimmed()));
    }
    FUZZ_CHECK(draft.body.isEmpty() || draft.typeId == CallbackValidator::CallbackType);
    FUZZ_CHECK(!draft.priority
               || (*draft.priority >= CallbackValidator::MinPriority
                   && *draft.priority <= CallbackValidator::MaxPriority));

    const auto stored = OutboxPayload::callback(OutboxPayload::encode(draft));
    FUZZ_CHECK(stored.has_value());
    FUZZ_CHECK(sameDraft(*stored, draft));
    FUZZ_CHECK(CallbackValidator::validate(*stored, nowLocalMs).isEmpty());
    return 0;
}
