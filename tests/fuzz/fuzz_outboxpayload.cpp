// The payloads and results the outbox keeps in the cache database, read back after a restart,
// possibly written by another version. The input is one stored record, offered to each decoder.
//
// Checks: a record that decodes is written back the way it was read, so re-saving an entry
// read from the database changes nothing (decode ∘ encode is the identity on decoded values).
#include "draftcheck.h"
#include "fuzzcheck.h"
#include "sync/outboxpayload.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray stored(reinterpret_cast<const char *>(data), qsizetype(size));

    if (const auto draft = OutboxPayload::calltrack(stored)) {
        const auto again = OutboxPayload::calltrack(OutboxPayload::encode(*draft));
        FUZZ_CHECK(again && sameDraft(*again, *draft));
    }
    if (const auto change = OutboxPayload::changeCase(stored)) {
        const auto again = OutboxPayload::changeCase(OutboxPayload::encode(*change));
        FUZZ_CHECK(again && sameChange(*again, *change));
    }
    if (const auto draft = OutboxPayload::callback(stored)) {
        const auto again = OutboxPayload::callback(OutboxPayload::encode(*draft));
        FUZZ_CHECK(again && sameDraft(*again, *draft));
    }
    if (const auto result = OutboxPayload::calltrackResult(stored)) {
        const auto again = OutboxPayload::calltrackResult(OutboxPayload::encode(*result));
        FUZZ_CHECK(again && again->activityId == result->activityId);
    }
    if (const auto result = OutboxPayload::changeCaseResult(stored)) {
        const auto again = OutboxPayload::changeCaseResult(OutboxPayload::encode(*result));
        FUZZ_CHECK(again && again->caseId == result->caseId && again->newCase == result->newCase
                   && again->activityIds == result->activityIds);
    }
    if (const auto result = OutboxPayload::callbackResult(stored)) {
        const auto again = OutboxPayload::callbackResult(OutboxPayload::encode(*result));
        FUZZ_CHECK(again && again->eventId == result->eventId
                   && again->updatedExisting == result->updatedExisting);
    }
    return 0;
}
