// The "Get Activity Attributes" answer with $attribute=type.
#include "api/casemanagerdecoder.h"
#include "fuzzcheck.h"

#include <QSet>

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
    const auto result = CaseManagerDecoder::decodeCalltrackSubtypes(body);
    if (!result.ok()) {
        FUZZ_CHECK(result.subtypes.isEmpty());
        return 0;
    }
    QSet<QString> values;
    for (const CalltrackSubtype &subtype : result.subtypes) {
        FUZZ_CHECK(!subtype.value.isEmpty() && !subtype.displayValue.isEmpty());
        FUZZ_CHECK(!values.contains(subtype.value));
        values.insert(subtype.value);
    }
    return 0;
}
