// The jtel event list, GET {baseUrl}/acd/events.
#include "api/acdeventdecoder.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const AcdEventDecoder::Result result = AcdEventDecoder::decodeList(body);
    if (!result.ok())
        FUZZ_CHECK(result.events.isEmpty() && result.skippedRecords.isEmpty());
    for (const AcdEvent &event : result.events) {
        // jtel event IDs (AcdEventsID) are positive; a record without one is dropped
        FUZZ_CHECK(event.id > 0);
        FUZZ_CHECK(isDecodedTimestamp(event.createdMsecs));
        FUZZ_CHECK(!event.json.isEmpty());
    }
    return 0;
}
