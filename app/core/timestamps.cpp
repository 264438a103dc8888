#include "core/timestamps.h"

#include <QDateTime>

#include <array>
#include <atomic>

namespace Timestamps {
namespace {

constexpr qint64 MsPerSecond = 1000;
constexpr qint64 MsPerMinute = 60 * MsPerSecond;
constexpr qint64 MsPerHour = 60 * MsPerMinute;
constexpr qint64 MsPerDay = 24 * MsPerHour;

enum class Layout {
    Utc, // zone optional, "Z" or an offset; none means UTC
    Local, // zone optional, only "Z"; none means the system time zone
};

struct Fields
{
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int msec = 0;
    bool hasZone = false;
    qint64 offsetMs = 0; // east of UTC
};

constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

constexpr bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr int daysInMonth(int year, int month)
{
    constexpr int Days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : Days[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
constexpr qint64 daysFromCivil(qint64 year, qint64 month, qint64 day)
{
    year -= month <= 2;
    const qint64 era = floorDiv(year, 400);
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

struct CivilDate
{
    qint64 year;
    int month;
    int day;
};

// The inverse of daysFromCivil.
constexpr CivilDate civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;
    const int day = static_cast<int>(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    const int month = static_cast<int>(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    return {yearOfEra + era * 400 + (month <= 2), month, day};
}

static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(daysFromCivil(2000, 3, 1) == 11017);
static_assert(civilFromDays(11017).year == 2000 && civilFromDays(11017).month == 3);

template<typename Char> bool isDigit(Char c)
{
    return c >= Char('0') && c <= Char('9');
}

// count digits at text[from…]; false when any is not a digit
template<typename Char> bool readDigits(const Char *text, qsizetype from, int count, int *value)
{
    int result = 0;
    for (int i = 0; i < count; ++i) {
        const Char c = text[from + i];
        if (!isDigit(c))
            return false;
        result = result * 10 + static_cast<int>(c - Char('0'));
    }
    *value = result;
    return true;
}

template<typename Char> std::optional<Fields> scan(const Char *text, qsizetype size, Layout layout)
{
    if (size < 19 || text[4] != Char('-') || text[7] != Char('-')
        || (text[10] != Char('T') && text[10] != Char(' ')) || text[13] != Char(':')
        || text[16] != Char(':'))
        return std::nullopt;
    Fields f;
    if (!readDigits(text, 0, 4, &f.year) || !readDigits(text, 5, 2, &f.month)
        || !readDigits(text, 8, 2, &f.day) || !readDigits(text, 11, 2, &f.hour)
        || !readDigits(text, 14, 2, &f.minute) || !readDigits(text, 17, 2, &f.second))
        return std::nullopt;
    if (f.year < 1 || f.month < 1 || f.month > 12 || f.day < 1
        || f.day > daysInMonth(f.year, f.month) || f.hour > 23 || f.minute > 59 || f.second > 59)
        return std::nullopt;

    qsizetype pos = 19;
    if (pos < size && text[pos] == Char('.')) {
        const qsizetype start = ++pos;
        int scale = 100;
        for (; pos < size && isDigit(text[pos]); ++pos) {
            f.msec += static_cast<int>(text[pos] - Char('0')) * scale;
            scale /= 10; // digits beyond the millisecond add nothing
        }
        if (pos == start)
            return std::nullopt;
    }
    if (pos < size && (text[pos] == Char('Z') || text[pos] == Char('z'))) {
        f.hasZone = true;
        ++pos;
    } else if (pos < size && (text[pos] == Char('+') || text[pos] == Char('-'))
               && layout == Layout::Utc) {
        const bool west = text[pos] == Char('-');
        ++pos;
        int hours = 0;
        int minutes = 0;
        if (size - pos < 4 || !readDigits(text, pos, 2, &hours))
            return std::nullopt;
        pos += 2;
        if (text[pos] == Char(':'))
            ++pos;
        if (size - pos < 2 || !readDigits(text, pos, 2, &minutes) || hours > 23 || minutes > 59)
            return std::nullopt;
        pos += 2;
        f.hasZone = true;
        f.offsetMs = (west ? -1 : 1) * (hours * MsPerHour + minutes * MsPerMinute);
    }
    if (pos != size)
        return std::nullopt;
    return f;
}

// the fields read as if they were UTC
qint64 wallClockMs(const Fields &f)
{
    return daysFromCivil(f.year, f.month, f.day) * MsPerDay + f.hour * MsPerHour
        + f.minute * MsPerMinute + f.second * MsPerSecond + f.msec;
}

std::optional<qint64> viaQDateTime(const Fields &f)
{
    const QDateTime local(QDate(f.year, f.month, f.day), QTime(f.hour, f.minute, f.second, f.msec),
                          Qt::LocalTime);
    if (!local.isValid())
        return std::nullopt;
    return local.toMSecsSinceEpoch();
}

// Converting a local time through QDateTime costs microseconds, but one offset serves a whole
// local hour unless a transition (DST, a zone change) lies close to it. So each thread keeps
// the offset of recently seen hours, and uses QDateTime itself for the hours near a
// transition, where it alone knows which of two readings (or none) a local time has.
struct HourOffset
{
    qint64 hour = 0; // wall-clock hours since 1970-01-01T00 local
    quint32 generation = 0;
    bool uniform = false;
    qint64 offsetMs = 0;
};

std::atomic<quint32> offsetGeneration {1};
thread_local std::array<HourOffset, 64> hourOffsets {};

qint64 offsetAt(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::LocalTime).offsetFromUtc() * MsPerSecond;
}

HourOffset probeHour(const Fields &f, qint64 hour)
{
    HourOffset entry;
    entry.hour = hour;
    const QDate date(f.year, f.month, f.day);
    const QTime start(f.hour, 0);
    const QDateTime local(date, start, Qt::LocalTime);
    if (!local.isValid() || local.date() != date || local.time() != start)
        return entry; // the hour begins in a gap
    const qint64 startUtc = local.toMSecsSinceEpoch();
    entry.offsetMs = hour * MsPerHour - startUtc;
    // If the offset is the same 3 h before the hour and 3 h after its end, every local time in
    // the hour has exactly one reading: DST shifts are at most 2 h, so no other offset can map
    // into this hour, and no zone has two transitions within those 7 hours.
    entry.uniform = offsetAt(startUtc - 3 * MsPerHour) == entry.offsetMs
        && offsetAt(startUtc + 4 * MsPerHour) == entry.offsetMs;
    return entry;
}

std::optional<qint64> localToUtc(const Fields &f)
{
    const qint64 wall = wallClockMs(f);
    const qint64 hour = floorDiv(wall, MsPerHour);
    const quint32 generation = offsetGeneration.load(std::memory_order_relaxed);
    HourOffset &entry = hourOffsets[static_cast<quint64>(hour) % hourOffsets.size()];
    if (entry.generation != generation || entry.hour != hour) {
        entry = probeHour(f, hour);
        entry.generation = generation;
    }
    if (entry.uniform)
        return wall - entry.offsetMs;
    return viaQDateTime(f);
}

template<typename Char> std::optional<qint64> parse(const Char *text, qsizetype size, Layout layout)
{
    const std::optional<Fields> fields = scan(text, size, layout);
    if (!fields)
        return std::nullopt;
    if (layout == Layout::Local && !fields->hasZone)
        return localToUtc(*fields);
    return wallClockMs(*fields) - fields->offsetMs;
}

template<typename Char> void writeDigits(Char *out, qint64 value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = Char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

std::optional<qint64> parseUtc(QStringView text)
{
    return parse(text.utf16(), text.size(), Layout::Utc);
}

std::optional<qint64> parseUtc(QByteArrayView text)
{
    return parse(text.data(), text.size(), Layout::Utc);
}

std::optional<qint64> parseLocal(QStringView text)
{
    return parse(text.utf16(), text.size(), Layout::Local);
}

std::optional<qint64> parseLocal(QByteArrayView text)
{
    return parse(text.data(), text.size(), Layout::Local);
}

QString formatUtc(qint64 msecsSinceEpoch)
{
    // checked first, so no arithmetic below can overflow
    constexpr qint64 First = daysFromCivil(1, 1, 1) * MsPerDay;
    constexpr qint64 Last = daysFromCivil(10000, 1, 1) * MsPerDay - 1;
    if (msecsSinceEpoch < First || msecsSinceEpoch > Last)
        return {};
    const qint64 days = floorDiv(msecsSinceEpoch, MsPerDay);
    const qint64 ms = msecsSinceEpoch - days * MsPerDay;
    const CivilDate date = civilFromDays(days);
    // yyyy-MM-ddTHH:mm:ss.zzzZ
    char16_t out[24] = {u'0', u'0', u'0', u'0', u'-', u'0', u'0', u'-', u'0', u'0', u'T', u'0',
                        u'0', u':', u'0', u'0', u':', u'0', u'0', u'.', u'0', u'0', u'0', u'Z'};
    writeDigits(out, date.year, 4);
    writeDigits(out + 5, date.month, 2);
    writeDigits(out + 8, date.day, 2);
    writeDigits(out + 11, ms / MsPerHour, 2);
    writeDigits(out + 14, ms / MsPerMinute % 60, 2);
    writeDigits(out + 17, ms / MsPerSecond % 60, 2);
    writeDigits(out + 20, ms % MsPerSecond, 3);
    return QString(reinterpret_cast<const QChar *>(out), 24);
}

void forgetLocalOffsets()
{
    offsetGeneration.fetch_add(1, std::memory_order_relaxed);
}

} // namespace Timestamps
