// {"case": [...]} of eGain v3 and ECE v12.
#include "api/casemanagerdecoder.h"
#include "fuzzcheck.h"

#include <QJsonDocument>

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
    const auto result = CaseManagerDecoder::decodeCases(body);
    if (result.totalCount)
        FUZZ_CHECK(*result.totalCount >= 0);
    if (!result.ok()) {
        FUZZ_CHECK(result.cases.isEmpty() && result.skippedRecords.isEmpty());
        return 0;
    }
    for (const Case &c : result.cases) {
        FUZZ_CHECK(c.id > 0);
        FUZZ_CHECK(c.departmentId >= 0 && c.customerId >= 0 && c.ownerId >= 0);
        FUZZ_CHECK(isDecodedTimestamp(c.createdMs) && isDecodedTimestamp(c.lastModifiedMs)
                   && isDecodedTimestamp(c.dueDateMs));
        for (qint64 related : c.relatedCaseIds)
            FUZZ_CHECK(related > 0);
        FUZZ_CHECK(QJsonDocument::fromJson(c.json).isObject());
    }
    return 0;
}
