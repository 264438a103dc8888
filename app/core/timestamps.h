#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

// The fixed ISO 8601 layouts our servers send, read by hand into milliseconds since the epoch
// (UTC). QDateTime::fromString costs about 50× more per date, and a jtel list carries five
// dates in each of up to 100k records. Pure and thread-safe.
//
// Accepted: yyyy-MM-ddTHH:mm:ss, a space instead of the T, an optional fraction of one or more
// digits (read to the millisecond, further digits dropped), and a zone: "Z", "+hh:mm", "-hh:mm"
// or "+hhmm" (each parser says which it accepts). Years 0001–9999; impossible dates and times
// (2024-02-30, 24:00, leap seconds) are refused.
namespace Timestamps {

// eGain v3 and ECE v12 dates, "2024-05-14T09:30:00.000Z" (the eGain v3 API reference §5). The
// servers also accept offsets and missing milliseconds on input, so we read those too; a value
// without zone is read as UTC, the only zone the APIs speak.
std::optional<qint64> parseUtc(QStringView text);
std::optional<qint64> parseUtc(QByteArrayView text);

// jtel dates, local time without zone, "2020-09-15T02:59:32.794" (the jtel AcdEvents reference
// §4), read in the system time zone — the ACD and its agents normally share a site. A trailing
// "Z" is read as UTC; an offset is refused, since jtel's layout has none.
std::optional<qint64> parseLocal(QStringView text);
std::optional<qint64> parseLocal(QByteArrayView text);

// The eGain layout, "2024-05-14T09:30:00.000Z"; empty for instants outside years 0001–9999.
QString formatUtc(qint64 msecsSinceEpoch);

// parseLocal() keeps, per thread, the UTC offset of recently seen local hours. Call this after
// the system time zone changed (and after setting TZ in a test) so no stale offset is used.
void forgetLocalOffsets();

} // namespace Timestamps
