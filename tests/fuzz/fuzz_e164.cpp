// The phone numbers of voice mail and callback events (jtel AcdEvents §8.1): E.164, sent
// without '+'. The input is one number as typed, UTF-8.
//
// Checks: normalizedE164() is idempotent; it turns a valid number into digits only and leaves
// anything else trimmed but unchanged; isE164() and the validator's rules J5 (sender) and J6
// (receiver) accept the same numbers, so no number passes the check and fails the other.
#include "domain/callbackvalidator.h"
#include "draftcheck.h"

#include <algorithm>
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
    const QString typed
        = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString trimmed = typed.trimmed();
    const bool valid = CallbackValidator::isE164(trimmed);
    const QString normalized = CallbackValidator::normalizedE164(typed);

    FUZZ_CHECK(CallbackValidator::normalizedE164(normalized) == normalized);
    if (valid) {
        FUZZ_CHECK(CallbackValidator::isE164(normalized));
        FUZZ_CHECK(normalized.size() >= 8 && normalized.size() <= 15);
        FUZZ_CHECK(std::all_of(normalized.cbegin(), normalized.cend(),
                               [](QChar c) { return c >= u'0' && c <= u'9'; }));
        FUZZ_CHECK(trimmed.endsWith(normalized));
    } else {
        FUZZ_CHECK(normalized == trimmed);
    }

    // a callback addressed to a group, so the number is all the validator can object to
    CallbackDraft draft;
    draft.typeId = CallbackValidator::CallbackType;
    draft.groupId = 1;
    draft.subject = u"Callback"_s;
    draft.sender = typed;
    draft.receiver = typed;
    const QList<ValidationError> errors = CallbackValidator::validate(draft, 0);
    const bool hasPercent = typed.contains(u'%');
    checkErrors(errors, {u"sender"_s, u"receiver"_s}, {u"J5"_s, u"J6"_s}, hasPercent);
    FUZZ_CHECK(hasErrorFor(errors, u"sender"_s) == !valid);
    FUZZ_CHECK(hasErrorFor(errors, u"receiver"_s) == (!valid && !trimmed.isEmpty()));

    // what the client sends passes the same rules
    draft.sender = normalized;
    draft.receiver = normalized;
    FUZZ_CHECK(CallbackValidator::validate(draft, 0).isEmpty() == valid);
    return 0;
}
