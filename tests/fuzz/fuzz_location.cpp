// The Location header of a 201: the new activity's or case's ID.
#include "api/casemanagerdecoder.h"
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
    // a view of exactly the fuzzer's bytes, so ASan sees any read past them
    const QByteArrayView location(reinterpret_cast<const char *>(data),
                                  static_cast<qsizetype>(size));
    const auto id = CaseManagerDecoder::idFromLocation(location);
    if (id) {
        FUZZ_CHECK(*id > 0);
        // the ID is written in the header as it is
        FUZZ_CHECK(location.indexOf(QByteArray::number(*id)) >= 0);
    }
    return 0;
}
