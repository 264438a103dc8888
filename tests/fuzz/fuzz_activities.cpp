// {"activity": [...], "paginationInfo": {...}} of eGain v3 and ECE v12.
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
    const auto result = CaseManagerDecoder::decodeActivities(body);
    if (!result.ok()) {
        FUZZ_CHECK(result.activities.isEmpty() && result.skippedRecords.isEmpty());
        return 0;
    }
    if (result.totalCount)
        FUZZ_CHECK(*result.totalCount >= 0);
    for (const Activity &activity : result.activities) {
        FUZZ_CHECK(activity.id > 0);
        // references read as 0 when absent, never as a negative ID
        FUZZ_CHECK(activity.caseId >= 0 && activity.departmentId >= 0 && activity.customerId >= 0
                   && activity.assignedUserId >= 0 && activity.queueId >= 0);
        FUZZ_CHECK(isDecodedTimestamp(activity.createdMs)
                   && isDecodedTimestamp(activity.lastModifiedMs)
                   && isDecodedTimestamp(activity.dueDateMs));
        // the kept record must be the JSON object it came from
        FUZZ_CHECK(QJsonDocument::fromJson(activity.json).isObject());
    }
    return 0;
}
