// The ISO layouts of eGain, ECE and jtel, and the eGain formatter. Checks, for every input:
// the byte and UTF-16 paths agree; a parsed UTC time formats and parses back to itself; a
// parsed local time is the one QDateTime gives for the same wall-clock time.
#include "core/timestamps.h"
#include "fuzzcheck.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <ctime>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    silenceQt();
    // a zone with DST, so the per-hour offsets of parseLocal() meet transitions; TZ from the
    // environment wins, to fuzz other zones
    setenv("TZ", "Europe/Berlin", 0);
    tzset();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // Latin-1 maps each byte to one QChar, so both paths must read the same text alike
    const QString text = QString::fromLatin1(bytes);

    const std::optional<qint64> utc = Timestamps::parseUtc(bytes);
    FUZZ_CHECK(utc == Timestamps::parseUtc(text));
    if (utc) {
        const QString formatted = Timestamps::formatUtc(*utc);
        // offsets can move an instant of year 1 or 9999 out of the formatter's range
        if (!formatted.isEmpty())
            FUZZ_CHECK(Timestamps::parseUtc(formatted) == utc);
    }

    const std::optional<qint64> local = Timestamps::parseLocal(bytes);
    FUZZ_CHECK(local == Timestamps::parseLocal(text));
    const bool hasZone = size > 0 && (data[size - 1] == 'Z' || data[size - 1] == 'z');
    if (local && !hasZone) {
        // the same fields read as UTC give the wall-clock time to hand to QDateTime
        FUZZ_CHECK(utc.has_value());
        const QDateTime wall = QDateTime::fromMSecsSinceEpoch(*utc, Qt::UTC);
        const QDateTime reference(wall.date(), wall.time(), Qt::LocalTime);
        FUZZ_CHECK(reference.isValid() ? local == reference.toMSecsSinceEpoch() : false);
    }
    if (!local && utc && !hasZone && bytes.indexOf('+') < 0 && bytes.lastIndexOf('-') < 10) {
        // refused as local although well-formed: only a time a DST gap skips may be
        const QDateTime wall = QDateTime::fromMSecsSinceEpoch(*utc, Qt::UTC);
        FUZZ_CHECK(!QDateTime(wall.date(), wall.time(), Qt::LocalTime).isValid());
    }

    // the formatter takes any instant
    if (size >= sizeof(qint64)) {
        qint64 msecs = 0;
        std::memcpy(&msecs, data, sizeof msecs);
        const QString formatted = Timestamps::formatUtc(msecs);
        if (!formatted.isEmpty())
            FUZZ_CHECK(Timestamps::parseUtc(formatted) == msecs);
    }
    return 0;
}
