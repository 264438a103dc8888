// Dates and times follow the system's regional settings, not the interface language: an
// English interface on a German desktop (LC_ALL=de_DE.UTF-8, set before anything reads the
// locale) keeps the 24-hour clock in the tables, the status bar and the callback's appointment.

#include "acdeventqueuemodel.h"
#include "core/displaytime.h"
#include "core/uilanguage.h"
#include "domain/callbackdraft.h"
#include "domain/callbackvalidator.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDisplayTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void timeKeepsTheSystemsClock();
    void dateTimeKeepsTheSystemsLayout();
    void queueShowsTheAppointmentOnTheSystemsClock();
    void callbackSummaryUsesTheSystemsClock();
};

void TestDisplayTime::initTestCase()
{
    QCOMPARE(QLocale::system().name(), u"de_DE"_s);
    UiLanguage::choose(u"en"_s);
    QVERIFY(UiLanguage::install(QCoreApplication::instance()));
    QCOMPARE(QLocale().language(), QLocale::English);
    // what the interface language alone would show
    QVERIFY(QLocale().toString(QTime(14, 30), QLocale::ShortFormat).contains(u"PM"_s));
}

void TestDisplayTime::timeKeepsTheSystemsClock()
{
    QCOMPARE(DisplayTime::time(QTime(14, 30)), u"14:30"_s);
    QCOMPARE(DisplayTime::time(QTime(9, 5)), u"09:05"_s);
}

void TestDisplayTime::dateTimeKeepsTheSystemsLayout()
{
    const QDateTime moment(QDate(2031, 3, 4), QTime(14, 30));
    QCOMPARE(DisplayTime::date(moment.date()), u"04.03.31"_s);
    QCOMPARE(DisplayTime::dateTime(moment), u"04.03.31 14:30"_s);
    QVERIFY(!DisplayTime::dateTimeFormat().contains(u'a', Qt::CaseInsensitive)); // no AM/PM
}

void TestDisplayTime::queueShowsTheAppointmentOnTheSystemsClock()
{
    AcdEventQueueModel model;
    AcdEvent event;
    event.id = 88001;
    event.typeId = 3;
    event.json = R"({"AcdEventsID":88001,"dtAppointment":"2031-03-04T14:30:00.000"})";
    model.setEvents({event});
    QCOMPARE(model.index(0, AcdEventQueueModel::AppointmentColumn).data().toString(),
             u"04.03.31 14:30"_s);
}

void TestDisplayTime::callbackSummaryUsesTheSystemsClock()
{
    const qint64 now = CallbackValidator::wallClockMs(QDateTime(QDate(2031, 3, 4), QTime(9, 0)));
    CallbackDraft draft;
    draft.appointmentDate = u"2031-03-04"_s;
    draft.appointmentTime = u"14:30"_s;
    QCOMPARE(CallbackValidator::appointmentSummary(draft, now),
             u"Distributed no earlier than today at 14:30."_s);
}

int main(int argc, char *argv[])
{
    // the system's regional settings, read once by QLocale::system(): German
    qputenv("LC_ALL", "de_DE.UTF-8");
    QCoreApplication app(argc, argv);
    TestDisplayTime test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_displaytime.moc"
