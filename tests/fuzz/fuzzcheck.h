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

// Decoders report through QCoreApplication::translate and never log; keep Qt quiet anyway so
// the fuzzer's own output stays readable.
inline void silenceQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &) {
        if (type == QtFatalMsg)
            std::abort();
    });
}
