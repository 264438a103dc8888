#pragma once

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

// An invariant the decoder promises for every input; a violation is a finding like a crash.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant violated: %s\n", __FILE__, __LINE__,            \
                         #condition);                                                              \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

// Timestamps::parseUtc() and parseLocal() read years 0001–9999; an offset or the local zone moves
// the instant by less than a day. Decoders keep 0 for "not sent".
inline bool isDecodedTimestamp(qint64 msecs)
{
    constexpr qint64 year1 = -62135596800000;    // 0001-01-01T00:00:00Z
    constexpr qint64 year10000 = 253402300800000; // 10000-01-01T00:00:00Z
    constexpr qint64 day = 86400000;
    return msecs == 0 || (msecs >= year1 - day && msecs < year10000 + day);
}

// Decoders report through QCoreApplication::translate and never log; keep Qt quiet anyway so
// the fuzzer's own output stays readable.
inline void silenceQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &) {
        if (type == QtFatalMsg)
            std::abort();
    });
}
