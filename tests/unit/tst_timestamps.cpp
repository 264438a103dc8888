#include "core/timestamps.h"

#include <QDateTime>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTest>

#include <ctime>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Berlin has both DST transitions at fixed local hours, which makes expectations easy to read.
constexpr char DefaultZone[] = "Europe/Berlin";
// the expectation of a row whose text must be refused
constexpr qint64 Refused = std::numeric_limits<qint64>::min();

std::optional<qint64> expectation(qint64 expected)
{
    if (expected == Refused)
        return std::nullopt;
    return expected;
}

qint64 utcMs(int year, int month, int day, int hour, int minute, int second = 0, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC)
        .toMSecsSinceEpoch();
}

// what QDateTime makes of a local time: the reference parseLocal() must match
std::optional<qint64> qtLocalMs(const QDate &date, const QTime &time)
{
    const QDateTime local(date, time, Qt::LocalTime);
    if (!local.isValid())
        return std::nullopt;
    return local.toMSecsSinceEpoch();
}

bool useZone(const char *zone)
{
    if (!QFileInfo::exists(u"/usr/share/zoneinfo/"_s + QLatin1StringView(zone)))
        return false;
    qputenv("TZ", zone);
    tzset();
    Timestamps::forgetLocalOffsets();
    return true;
}

} // namespace

class TestTimestamps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesServerLayouts_data();
    void parsesServerLayouts();
    void parsesLocalTimeInTheSystemZone_data();
    void parsesLocalTimeInTheSystemZone();
    void localTimeMatchesQDateTimeAroundTransitions_data();
    void localTimeMatchesQDateTimeAroundTransitions();
    void forgetsOffsetsWhenTheZoneChanges();
    void formatsTheEgainLayout_data();
    void formatsTheEgainLayout();
    void formatAndParseRoundTrip();
};

void TestTimestamps::parsesServerLayouts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");

    const qint64 sample = utcMs(2024, 5, 14, 9, 30);
    // the eGain v3 API reference §5: ISO 8601 UTC with milliseconds
    QTest::newRow("documented layout") << u"2024-05-14T09:30:00.000Z"_s << sample;
    QTest::newRow("with milliseconds") << u"2024-05-14T09:30:00.120Z"_s << sample + 120;
    // the servers accept these on input, so they may send them too
    QTest::newRow("no milliseconds") << u"2024-05-14T09:30:00Z"_s << sample;
    QTest::newRow("offset east") << u"2024-05-14T11:30:00.000+02:00"_s << sample;
    QTest::newRow("offset west, half hour") << u"2024-05-14T04:00:00.000-05:30"_s << sample;
    QTest::newRow("offset without colon") << u"2024-05-14T11:30:00+0200"_s << sample;
    QTest::newRow("offset zero") << u"2024-05-14T09:30:00.000+00:00"_s << sample;
    QTest::newRow("offset crosses the day") << u"2024-05-15T00:30:00.000+15:00"_s << sample;
    QTest::newRow("no zone reads as UTC") << u"2024-05-14T09:30:00.000"_s << sample;
    QTest::newRow("lower-case z") << u"2024-05-14T09:30:00.000z"_s << sample;
    QTest::newRow("space separator") << u"2024-05-14 09:30:00.000Z"_s << sample;
    QTest::newRow("one fraction digit") << u"2024-05-14T09:30:00.5Z"_s << sample + 500;
    QTest::newRow("microseconds") << u"2024-05-14T09:30:00.123999Z"_s << sample + 123;
    QTest::newRow("leap day") << u"2024-02-29T00:00:00.000Z"_s << utcMs(2024, 2, 29, 0, 0);
    QTest::newRow("leap day of 2000") << u"2000-02-29T12:00:00Z"_s << utcMs(2000, 2, 29, 12, 0);
    QTest::newRow("epoch") << u"1970-01-01T00:00:00.000Z"_s << qint64(0);
    QTest::newRow("before the epoch") << u"1969-12-31T23:59:59.999Z"_s << qint64(-1);
    QTest::newRow("first year") << u"0001-01-01T00:00:00.000Z"_s << utcMs(1, 1, 1, 0, 0);
    QTest::newRow("last instant") << u"9999-12-31T23:59:59.999Z"_s
                                  << utcMs(9999, 12, 31, 23, 59, 59, 999);

    QTest::newRow("30 February") << u"2024-02-30T09:30:00.000Z"_s << Refused;
    QTest::newRow("29 February of a common year") << u"2023-02-29T09:30:00.000Z"_s << Refused;
    QTest::newRow("29 February 1900") << u"1900-02-29T09:30:00.000Z"_s << Refused;
    QTest::newRow("31 April") << u"2024-04-31T09:30:00.000Z"_s << Refused;
    QTest::newRow("month 13") << u"2024-13-14T09:30:00.000Z"_s << Refused;
    QTest::newRow("month 0") << u"2024-00-14T09:30:00.000Z"_s << Refused;
    QTest::newRow("day 0") << u"2024-05-00T09:30:00.000Z"_s << Refused;
    QTest::newRow("year 0") << u"0000-05-14T09:30:00.000Z"_s << Refused;
    QTest::newRow("hour 25") << u"2024-05-14T25:00:00.000Z"_s << Refused;
    QTest::newRow("hour 24") << u"2024-05-14T24:00:00.000Z"_s << Refused;
    QTest::newRow("minute 60") << u"2024-05-14T09:60:00.000Z"_s << Refused;
    QTest::newRow("leap second") << u"2016-12-31T23:59:60.000Z"_s << Refused;
    QTest::newRow("empty") << QString() << Refused;
    QTest::newRow("date only") << u"2024-05-14"_s << Refused;
    QTest::newRow("no seconds") << u"2024-05-14T09:30Z"_s << Refused;
    QTest::newRow("empty fraction") << u"2024-05-14T09:30:00.Z"_s << Refused;
    QTest::newRow("comma fraction") << u"2024-05-14T09:30:00,000Z"_s << Refused;
    QTest::newRow("offset hours only") << u"2024-05-14T11:30:00+02"_s << Refused;
    QTest::newRow("offset short minutes") << u"2024-05-14T11:30:00+02:0"_s << Refused;
    QTest::newRow("offset 24 h") << u"2024-05-14T11:30:00+24:00"_s << Refused;
    QTest::newRow("offset minute 60") << u"2024-05-14T11:30:00+02:60"_s << Refused;
    QTest::newRow("zone twice") << u"2024-05-14T09:30:00ZZ"_s << Refused;
    QTest::newRow("trailing text") << u"2024-05-14T09:30:00.000Z junk"_s << Refused;
    QTest::newRow("leading space") << u" 2024-05-14T09:30:00.000Z"_s << Refused;
    QTest::newRow("letter in a number") << u"2024-05-1xT09:30:00.000Z"_s << Refused;
    QTest::newRow("slashes") << u"2024/05/14T09:30:00.000Z"_s << Refused;
    QTest::newRow("signed year") << u"+024-05-14T09:30:00.000Z"_s << Refused;
    QTest::newRow("non-ASCII digits") << u"٢٠٢٤-05-14T09:30:00.000Z"_s << Refused;
    QTest::newRow("epoch number") << u"1715679000000"_s << Refused;
}

// Both overloads, so the byte path a streaming decoder would use reads the same.
void TestTimestamps::parsesServerLayouts()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const std::optional<qint64> wanted = expectation(expected);
    QCOMPARE(Timestamps::parseUtc(text), wanted);
    QCOMPARE(Timestamps::parseUtc(QByteArrayView(text.toUtf8())), wanted);
}

void TestTimestamps::parsesLocalTimeInTheSystemZone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");

    // Europe/Berlin: CET (+1) in winter, CEST (+2) from the last Sunday of March 02:00 to the
    // last Sunday of October 03:00
    QTest::newRow("jtel example, summer")
        << u"2020-09-15T02:59:32.794"_s << utcMs(2020, 9, 15, 0, 59, 32, 794);
    QTest::newRow("winter") << u"2024-01-15T12:00:00.000"_s << utcMs(2024, 1, 15, 11, 0);
    QTest::newRow("no milliseconds") << u"2024-01-15T12:00:00"_s << utcMs(2024, 1, 15, 11, 0);
    QTest::newRow("before spring forward")
        << u"2024-03-31T01:59:59.999"_s << utcMs(2024, 3, 31, 0, 59, 59, 999);
    QTest::newRow("after spring forward")
        << u"2024-03-31T03:00:00.000"_s << utcMs(2024, 3, 31, 1, 0);
    QTest::newRow("before fall back, summer time")
        << u"2024-10-27T01:59:59.999"_s << utcMs(2024, 10, 26, 23, 59, 59, 999);
    QTest::newRow("after fall back") << u"2024-10-27T03:00:00.000"_s << utcMs(2024, 10, 27, 2, 0);
    QTest::newRow("new year's eve, winter")
        << u"2023-12-31T23:59:59.999"_s << utcMs(2023, 12, 31, 22, 59, 59, 999);
    // a zone in the text wins over the system zone
    QTest::newRow("UTC marker") << u"2020-09-15T02:59:32.794Z"_s
                                << utcMs(2020, 9, 15, 2, 59, 32, 794);
    // jtel's layout has no offsets
    QTest::newRow("offset") << u"2020-09-15T02:59:32.794+02:00"_s << Refused;
    QTest::newRow("30 February") << u"2024-02-30T12:00:00"_s << Refused;
    QTest::newRow("hour 25") << u"2024-01-15T25:00:00"_s << Refused;
}

void TestTimestamps::parsesLocalTimeInTheSystemZone()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const std::optional<qint64> wanted = expectation(expected);
    QCOMPARE(Timestamps::parseLocal(text), wanted);
    QCOMPARE(Timestamps::parseLocal(QByteArrayView(text.toLatin1())), wanted);
}

void TestTimestamps::localTimeMatchesQDateTimeAroundTransitions_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("day");

    // the hours a per-hour offset could get wrong: gaps, folds, and transitions off the hour
    QTest::newRow("Berlin, spring forward") << QByteArray("Europe/Berlin") << QDate(2024, 3, 31);
    QTest::newRow("Berlin, fall back") << QByteArray("Europe/Berlin") << QDate(2024, 10, 27);
    QTest::newRow("New York, spring forward")
        << QByteArray("America/New_York") << QDate(2024, 3, 10);
    QTest::newRow("New York, fall back") << QByteArray("America/New_York") << QDate(2024, 11, 3);
    // Lord Howe Island moves its clocks by 30 minutes, at 02:00
    QTest::newRow("Lord Howe, spring forward")
        << QByteArray("Australia/Lord_Howe") << QDate(2024, 10, 6);
    QTest::newRow("Lord Howe, fall back") << QByteArray("Australia/Lord_Howe") << QDate(2024, 4, 7);
    // Troll station moves its clocks by two hours
    QTest::newRow("Troll, spring forward") << QByteArray("Antarctica/Troll") << QDate(2024, 3, 31);
    QTest::newRow("Troll, fall back") << QByteArray("Antarctica/Troll") << QDate(2024, 10, 27);
    // until 2011 Goose Bay changed its clocks one minute past midnight, inside an hour
    QTest::newRow("Goose Bay, spring forward at 00:01")
        << QByteArray("America/Goose_Bay") << QDate(2010, 3, 14);
    QTest::newRow("Goose Bay, fall back at 00:01")
        << QByteArray("America/Goose_Bay") << QDate(2010, 11, 7);
    // Samoa skipped 30 December 2011 when it crossed the date line
    QTest::newRow("Samoa, skipped day") << QByteArray("Pacific/Apia") << QDate(2011, 12, 29);
    QTest::newRow("Kolkata, no DST") << QByteArray("Asia/Kolkata") << QDate(2024, 3, 31);
}

// Every 5 minutes (at an odd millisecond) for three days, each local time must read as
// QDateTime reads it, including the times a gap skips and those a fold repeats.
void TestTimestamps::localTimeMatchesQDateTimeAroundTransitions()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, day);
    if (!useZone(zone.constData()))
        QSKIP("the zone is not installed");
    const auto restore = qScopeGuard([] { useZone(DefaultZone); });

    for (QDate date = day.addDays(-1); date <= day.addDays(1); date = date.addDays(1)) {
        for (int minute = 0; minute < 24 * 60; minute += 5) {
            const QTime time(minute / 60, minute % 60, 7, 123);
            const QString text = date.toString(Qt::ISODate) + u'T' + time.toString(u"HH:mm:ss.zzz");
            const std::optional<qint64> parsed = Timestamps::parseLocal(text);
            const std::optional<qint64> reference = qtLocalMs(date, time);
            if (parsed != reference) {
                QFAIL(qPrintable(u"%1: %2, QDateTime: %3"_s.arg(
                    text, parsed ? QString::number(*parsed) : u"refused"_s,
                    reference ? QString::number(*reference) : u"refused"_s)));
            }
        }
    }
}

void TestTimestamps::forgetsOffsetsWhenTheZoneChanges()
{
    const QString text = u"2024-01-15T12:00:00.000"_s;
    QCOMPARE(Timestamps::parseLocal(text), utcMs(2024, 1, 15, 11, 0));
    if (!useZone("America/New_York"))
        QSKIP("the zone is not installed");
    const auto restore = qScopeGuard([] { useZone(DefaultZone); });
    QCOMPARE(Timestamps::parseLocal(text), utcMs(2024, 1, 15, 17, 0));
}

void TestTimestamps::formatsTheEgainLayout_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<QString>("expected");

    QTest::newRow("documented sample")
        << utcMs(2024, 5, 14, 9, 30) << u"2024-05-14T09:30:00.000Z"_s;
    QTest::newRow("milliseconds") << utcMs(2031, 1, 15, 8, 0, 5, 42)
                                  << u"2031-01-15T08:00:05.042Z"_s;
    QTest::newRow("epoch") << qint64(0) << u"1970-01-01T00:00:00.000Z"_s;
    QTest::newRow("before the epoch") << qint64(-1) << u"1969-12-31T23:59:59.999Z"_s;
    QTest::newRow("leap day") << utcMs(2024, 2, 29, 23, 59, 59, 999)
                              << u"2024-02-29T23:59:59.999Z"_s;
    QTest::newRow("first year") << utcMs(1, 1, 1, 0, 0) << u"0001-01-01T00:00:00.000Z"_s;
    QTest::newRow("last instant") << utcMs(9999, 12, 31, 23, 59, 59, 999)
                                  << u"9999-12-31T23:59:59.999Z"_s;
    QTest::newRow("after year 9999") << utcMs(9999, 12, 31, 23, 59, 59, 999) + 1 << QString();
    QTest::newRow("before year 1") << utcMs(1, 1, 1, 0, 0) - 1 << QString();
    QTest::newRow("smallest qint64") << std::numeric_limits<qint64>::min() << QString();
    QTest::newRow("largest qint64") << std::numeric_limits<qint64>::max() << QString();
}

void TestTimestamps::formatsTheEgainLayout()
{
    QFETCH(qint64, msecs);
    QFETCH(QString, expected);
    QCOMPARE(Timestamps::formatUtc(msecs), expected);
    if (!expected.isEmpty()) {
        const QDateTime reference = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        QCOMPARE(Timestamps::formatUtc(msecs), reference.toString(Qt::ISODateWithMs));
    }
}

void TestTimestamps::formatAndParseRoundTrip()
{
    // a stride that visits every field's range over 400 years
    const qint64 from = utcMs(1800, 1, 1, 0, 0);
    const qint64 to = utcMs(2200, 1, 1, 0, 0);
    for (qint64 msecs = from; msecs < to; msecs += 86'399'997LL * 37) {
        const QString text = Timestamps::formatUtc(msecs);
        QCOMPARE(Timestamps::parseUtc(text), msecs);
    }
}

int main(int argc, char **argv)
{
    // before anything reads the local zone
    useZone(DefaultZone);
    QCoreApplication app(argc, argv);
    TestTimestamps test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_timestamps.moc"
