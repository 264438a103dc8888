#include "domain/callbackvalidator.h"

#include <QDateTime>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

using Mutation = std::function<void(CallbackDraft &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

// the jtel server's wall clock, as in the jtel AcdEvents API reference §8.3: "at 15:30"
qint64 local(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}
const qint64 Now = local(2024, 5, 14, 15, 30);
constexpr qint64 None = -1;

// the callback example of §8.2
CallbackDraft validDraft()
{
    CallbackDraft draft;
    draft.typeId = 3;
    draft.groupId = 512;
    draft.sender = u"4922199900011"_s;
    draft.receiver = u"4922100000000"_s;
    draft.subject = u"Callback wanted: delivery question"_s;
    draft.body = u"Customer asked for a call back after 14:00."_s;
    draft.crmUrl = u"https://crm.example.com/contacts/88412"_s;
    draft.userData = u"88412"_s;
    draft.priority = 60;
    draft.appointmentDate = u"2031-03-04"_s;
    draft.appointmentTime = u"14:30"_s;
    return draft;
}

// the ticket example of §8.2: not a telephone event, addressed by configuration + agent group
void makeTicket(CallbackDraft &d)
{
    d.typeId = 6;
    d.groupId.reset();
    d.configurationGroupId = 40;
    d.agentGroupId = 41;
    d.sender = u"client@example.net"_s;
    d.receiver = u"support@example.com"_s;
    d.body.clear();
}

QByteArray describe(const QList<ValidationError> &errors)
{
    QStringList lines;
    for (const ValidationError &error : errors)
        lines.append(error.rule + u' ' + error.field + u": "_s + error.message);
    return lines.join(u"\n"_s).toUtf8();
}

} // namespace

class TestCallbackValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportsEachRule_data();
    void reportsEachRule();
    void acceptsValidDrafts_data();
    void acceptsValidDrafts();
    void reportsAllProblems();
    void summarisesTheAppointment_data();
    void summarisesTheAppointment();
    void normalizesE164_data();
    void normalizesE164();
    void readsTheWallClock();
};

void TestCallbackValidator::initTestCase()
{
    // the appointment summary writes dates and times in the user's format
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestCallbackValidator::reportsEachRule_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("J1 type id not positive")
        << Mutation([](CallbackDraft &d) { d.typeId = 0; }) << u"typeId"_s << u"J1"_s
        << QStringList {u"type 0"_s, u"greater than 0"_s};
    QTest::newRow("J2 no group") << Mutation([](CallbackDraft &d) { d.groupId.reset(); })
                                 << u"groupId"_s << u"J2"_s
                                 << QStringList {u"ACD group"_s,
                                                 u"configuration group with an agent group"_s};
    QTest::newRow("J2 both group forms") << Mutation([](CallbackDraft &d) {
        d.configurationGroupId = 40;
        d.agentGroupId = 41;
    }) << u"groupId"_s << u"J2"_s << QStringList {u"either"_s, u"not both"_s};
    QTest::newRow("J2 configuration group without agent group")
        << Mutation([](CallbackDraft &d) {
               d.groupId.reset();
               d.configurationGroupId = 40;
           })
        << u"agentGroupId"_s << u"J2"_s
        << QStringList {u"agent group"_s, u"configuration group 40"_s};
    QTest::newRow("J2 agent group without configuration group")
        << Mutation([](CallbackDraft &d) {
               d.groupId.reset();
               d.agentGroupId = 41;
           })
        << u"configurationGroupId"_s << u"J2"_s
        << QStringList {u"configuration group"_s, u"agent group 41"_s};
    QTest::newRow("J2 group id not positive")
        << Mutation([](CallbackDraft &d) { d.groupId = 0; }) << u"groupId"_s << u"J2"_s
        << QStringList {u"ACD group ID 0"_s, u"greater than 0"_s};
    QTest::newRow("J4 user id not positive")
        << Mutation([](CallbackDraft &d) { d.usersId = -3; }) << u"usersId"_s << u"J4"_s
        << QStringList {u"user ID -3"_s, u"greater than 0"_s};
    QTest::newRow("J5 sender missing")
        << Mutation([](CallbackDraft &d) { d.sender = u" "_s; }) << u"sender"_s << u"J5"_s
        << QStringList {u"sender"_s, u"phone number"_s};
    QTest::newRow("J5 sender with spaces")
        << Mutation([](CallbackDraft &d) { d.sender = u"+49 221 99900011"_s; }) << u"sender"_s
        << u"J5"_s << QStringList {u"\"+49 221 99900011\""_s, u"a space"_s, u"digits only"_s};
    QTest::newRow("J5 sender in national format")
        << Mutation([](CallbackDraft &d) { d.sender = u"022199900011"_s; }) << u"sender"_s
        << u"J5"_s << QStringList {u"\"022199900011\""_s, u"starts with 0"_s, u"country code"_s};
    QTest::newRow("J5 sender too short")
        << Mutation([](CallbackDraft &d) { d.sender = u"4922199"_s; }) << u"sender"_s << u"J5"_s
        << QStringList {u"\"4922199\""_s, u"too short"_s, u"8 to 15 digits"_s};
    QTest::newRow("J5 sender too long")
        << Mutation([](CallbackDraft &d) { d.sender = u"+4922199900011223"_s; }) << u"sender"_s
        << u"J5"_s << QStringList {u"\"+4922199900011223\""_s, u"too long"_s, u"8 to 15 digits"_s};
    QTest::newRow("J5 voice mail sender is a number too")
        << Mutation([](CallbackDraft &d) {
               d.typeId = 1;
               d.body.clear();
               d.sender = u"anna@example.com"_s;
           })
        << u"sender"_s << u"J5"_s
        << QStringList {u"\"anna@example.com\""_s, u"not a phone number"_s};
    QTest::newRow("J6 receiver not E.164")
        << Mutation([](CallbackDraft &d) { d.receiver = u"0221-000000"_s; }) << u"receiver"_s
        << u"J6"_s << QStringList {u"receiver"_s, u"\"0221-000000\""_s, u"\"-\""_s};
    QTest::newRow("J7 subject blank") << Mutation([](CallbackDraft &d) { d.subject = u"   "_s; })
                                      << u"subject"_s << u"J7"_s << QStringList {u"subject"_s};
    QTest::newRow("J8 body on a ticket") << Mutation([](CallbackDraft &d) {
        makeTicket(d);
        d.body = u"Please call"_s;
    }) << u"body"_s << u"J8"_s << QStringList {u"callback"_s, u"type 3"_s};
    QTest::newRow("J9 relative CRM link")
        << Mutation([](CallbackDraft &d) { d.crmUrl = u"/contacts/88412"_s; }) << u"crmUrl"_s
        << u"J9"_s << QStringList {u"\"/contacts/88412\""_s, u"https://"_s};
    QTest::newRow("J9 CRM link without host")
        << Mutation([](CallbackDraft &d) { d.crmUrl = u"https://"_s; }) << u"crmUrl"_s << u"J9"_s
        << QStringList {u"\"https://\""_s, u"complete web address"_s};
    QTest::newRow("J9 CRM link with spaces") << Mutation([](CallbackDraft &d) {
        d.crmUrl = u"https://crm.example.com/contacts/Anna Schmidt"_s;
    }) << u"crmUrl"_s << u"J9"_s << QStringList {u"complete web address"_s};
    QTest::newRow("J9 CRM link not http")
        << Mutation([](CallbackDraft &d) { d.crmUrl = u"javascript:alert(1)"_s; }) << u"crmUrl"_s
        << u"J9"_s << QStringList {u"\"javascript:alert(1)\""_s, u"http:// or https://"_s};
    QTest::newRow("J10 priority above 200")
        << Mutation([](CallbackDraft &d) { d.priority = 201; }) << u"priority"_s << u"J10"_s
        << QStringList {u"201"_s, u"0 to 200"_s, u"50"_s};
    QTest::newRow("J10 priority below 0")
        << Mutation([](CallbackDraft &d) { d.priority = -1; }) << u"priority"_s << u"J10"_s
        << QStringList {u"-1"_s, u"0 to 200"_s};
    QTest::newRow("J11 date in another layout")
        << Mutation([](CallbackDraft &d) { d.appointmentDate = u"04.03.2031"_s; })
        << u"appointmentDate"_s << u"J11"_s
        << QStringList {u"\"04.03.2031\""_s, u"yyyy-mm-dd or yyyymmdd"_s};
    QTest::newRow("J11 date with half the dashes")
        << Mutation([](CallbackDraft &d) { d.appointmentDate = u"2031-0304"_s; })
        << u"appointmentDate"_s << u"J11"_s
        << QStringList {u"\"2031-0304\""_s, u"yyyy-mm-dd or yyyymmdd"_s};
    QTest::newRow("J11 date that does not exist")
        << Mutation([](CallbackDraft &d) { d.appointmentDate = u"20310230"_s; })
        << u"appointmentDate"_s << u"J11"_s << QStringList {u"20310230"_s, u"does not exist"_s};
    QTest::newRow("J11 time in another layout")
        << Mutation([](CallbackDraft &d) { d.appointmentTime = u"14.30"_s; })
        << u"appointmentTime"_s << u"J11"_s << QStringList {u"\"14.30\""_s, u"hh:mm or hhmm"_s};
    QTest::newRow("J11 time that does not exist")
        << Mutation([](CallbackDraft &d) { d.appointmentTime = u"24:00"_s; })
        << u"appointmentTime"_s << u"J11"_s << QStringList {u"24:00"_s, u"00 to 23"_s};
}

void TestCallbackValidator::reportsEachRule()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    QFETCH(QStringList, mentions);

    CallbackDraft draft = validDraft();
    mutate(draft);
    const QList<ValidationError> errors = CallbackValidator::validate(draft, Now);

    QVERIFY2(errors.size() == 1, describe(errors));
    QCOMPARE(errors.first().field, field);
    QCOMPARE(errors.first().rule, rule);
    for (const QString &mention : mentions)
        QVERIFY2(errors.first().message.contains(mention),
                 qPrintable(errors.first().message + u" lacks "_s + mention));
}

void TestCallbackValidator::acceptsValidDrafts_data()
{
    QTest::addColumn<Mutation>("mutate");

    QTest::newRow("the callback example") << Mutation([](CallbackDraft &) {});
    QTest::newRow("the ticket example") << Mutation(makeTicket);
    QTest::newRow("J1 an undocumented positive type") << Mutation([](CallbackDraft &d) {
        makeTicket(d);
        d.typeId = 7;
    });
    QTest::newRow("J4 a user of the group") << Mutation([](CallbackDraft &d) { d.usersId = 1001; });
    QTest::newRow("J5 sender with '+'")
        << Mutation([](CallbackDraft &d) { d.sender = u"+4922199900011"_s; });
    QTest::newRow("J5 sender of 8 digits")
        << Mutation([](CallbackDraft &d) { d.sender = u"49221999"_s; });
    QTest::newRow("J5 sender of 15 digits")
        << Mutation([](CallbackDraft &d) { d.sender = u"492219990001122"_s; });
    QTest::newRow("J6 no receiver") << Mutation([](CallbackDraft &d) { d.receiver.clear(); });
    QTest::newRow("J8 no body") << Mutation([](CallbackDraft &d) { d.body.clear(); });
    QTest::newRow("J9 no CRM link") << Mutation([](CallbackDraft &d) { d.crmUrl.clear(); });
    QTest::newRow("J9 plain http")
        << Mutation([](CallbackDraft &d) { d.crmUrl = u"http://crm.local:8080/c?id=1"_s; });
    QTest::newRow("J10 priority 0") << Mutation([](CallbackDraft &d) { d.priority = 0; });
    QTest::newRow("J10 priority 200") << Mutation([](CallbackDraft &d) { d.priority = 200; });
    QTest::newRow("J10 server default") << Mutation([](CallbackDraft &d) { d.priority.reset(); });
    QTest::newRow("J11 compact layouts") << Mutation([](CallbackDraft &d) {
        d.appointmentDate = u"20310304"_s;
        d.appointmentTime = u"1430"_s;
    });
    QTest::newRow("J11 a past appointment means now") << Mutation([](CallbackDraft &d) {
        d.appointmentDate = u"2024-05-14"_s;
        d.appointmentTime = u"09:00"_s;
    });
    QTest::newRow("J11 leap day") << Mutation(
        [](CallbackDraft &d) { d.appointmentDate = u"2032-02-29"_s; });
    QTest::newRow("J11 no appointment") << Mutation([](CallbackDraft &d) {
        d.appointmentDate.clear();
        d.appointmentTime.clear();
    });
}

void TestCallbackValidator::acceptsValidDrafts()
{
    QFETCH(Mutation, mutate);

    CallbackDraft draft = validDraft();
    mutate(draft);
    const QList<ValidationError> errors = CallbackValidator::validate(draft, Now);
    QVERIFY2(errors.isEmpty(), describe(errors));
}

void TestCallbackValidator::reportsAllProblems()
{
    CallbackDraft draft = validDraft();
    draft.typeId = 1; // voice mail: no body
    draft.groupId.reset();
    draft.sender = u"0221 999"_s;
    draft.subject.clear();
    draft.crmUrl = u"crm/88412"_s;
    draft.priority = 500;
    draft.appointmentTime = u"25:61"_s;

    const QList<ValidationError> errors = CallbackValidator::validate(draft, Now);
    QList<std::pair<QString, QString>> reported;
    for (const ValidationError &error : errors)
        reported.append({error.rule, error.field});
    const QList<std::pair<QString, QString>> expected = {
        {u"J2"_s, u"groupId"_s},          {u"J5"_s, u"sender"_s},
        {u"J7"_s, u"subject"_s},          {u"J8"_s, u"body"_s},
        {u"J9"_s, u"crmUrl"_s},           {u"J10"_s, u"priority"_s},
        {u"J11"_s, u"appointmentTime"_s},
    };
    QVERIFY2(reported == expected, describe(errors));
}

void TestCallbackValidator::summarisesTheAppointment_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("time");
    QTest::addColumn<qint64>("appointment");
    QTest::addColumn<QString>("summary");

    // now is 2024-05-14 15:30 on the server's wall clock; dates and times as the British write them
    // (initTestCase)
    QTest::newRow("neither") << QString() << QString() << None
                             << u"No appointment: the event is distributed as soon as possible."_s;
    QTest::newRow("date only: that day at 00:00")
        << u"2031-03-04"_s << QString() << local(2031, 3, 4, 0, 0)
        << u"Distributed no earlier than 04/03/2031 at 00:00."_s;
    QTest::newRow("date only: tomorrow, compact")
        << u"20240515"_s << QString() << local(2024, 5, 15, 0, 0)
        << u"Distributed no earlier than tomorrow, 15/05/2024, at 00:00."_s;
    QTest::newRow("date only: today has begun, so now")
        << u"2024-05-14"_s << QString() << local(2024, 5, 14, 0, 0)
        << u"The appointment 14/05/2024 00:00 has passed: the event is distributed as soon as possible."_s;
    QTest::newRow("time only: 18:00 is still ahead today")
        << QString() << u"18:00"_s << local(2024, 5, 14, 18, 0)
        << u"Distributed no earlier than today at 18:00."_s;
    QTest::newRow("time only: 10:00 has passed, so tomorrow")
        << QString() << u"1000"_s << local(2024, 5, 15, 10, 0)
        << u"Distributed no earlier than tomorrow, 15/05/2024, at 10:00."_s;
    QTest::newRow("time only: this very minute, so tomorrow")
        << QString() << u"15:30"_s << local(2024, 5, 15, 15, 30)
        << u"Distributed no earlier than tomorrow, 15/05/2024, at 15:30."_s;
    QTest::newRow("date and time: exactly then")
        << u"2031-03-04"_s << u"14:30"_s << local(2031, 3, 4, 14, 30)
        << u"Distributed no earlier than 04/03/2031 at 14:30."_s;
    QTest::newRow("date and time: later today")
        << u"2024-05-14"_s << u"16:00"_s << local(2024, 5, 14, 16, 0)
        << u"Distributed no earlier than today at 16:00."_s;
    QTest::newRow("date and time: past, so now")
        << u"2024-05-14"_s << u"0900"_s << local(2024, 5, 14, 9, 0)
        << u"The appointment 14/05/2024 09:00 has passed: the event is distributed as soon as possible."_s;
    QTest::newRow("date and time: German format")
        << u"2031-03-04"_s << u"14:30"_s << local(2031, 3, 4, 14, 30)
        << u"Distributed no earlier than 04.03.31 at 14:30."_s;
    QTest::newRow("invalid date: no summary") << u"2031-02-30"_s << u"14:30"_s << None << QString();
    QTest::newRow("invalid time: no summary") << QString() << u"7:30"_s << None << QString();
}

void TestCallbackValidator::summarisesTheAppointment()
{
    QFETCH(QString, date);
    QFETCH(QString, time);
    QFETCH(qint64, appointment);
    QFETCH(QString, summary);

    CallbackDraft draft = validDraft();
    draft.appointmentDate = date;
    draft.appointmentTime = time;
    const QLocale british = QLocale();
    if (QByteArrayView(QTest::currentDataTag()).contains("German"))
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(CallbackValidator::appointmentSummary(draft, Now), summary);
    QLocale::setDefault(british);
    const auto resolved = CallbackValidator::appointmentLocalMs(draft, Now);
    QCOMPARE(resolved.value_or(None), appointment);
}

void TestCallbackValidator::normalizesE164_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("sent");

    QTest::newRow("with plus") << u"+4922199900011"_s << true << u"4922199900011"_s;
    QTest::newRow("digits only") << u"4922199900011"_s << true << u"4922199900011"_s;
    QTest::newRow("surrounding spaces") << u" +4922199900011 "_s << false << u"4922199900011"_s;
    QTest::newRow("inner spaces stay") << u"+49 221 99900011"_s << false << u"+49 221 99900011"_s;
    QTest::newRow("national format stays") << u"+022199900011"_s << false << u"+022199900011"_s;
    QTest::newRow("email address stays")
        << u"client@example.net"_s << false << u"client@example.net"_s;
}

void TestCallbackValidator::normalizesE164()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, sent);

    QCOMPARE(CallbackValidator::isE164(input), valid);
    QCOMPARE(CallbackValidator::normalizedE164(input), sent);
}

void TestCallbackValidator::readsTheWallClock()
{
    // 15:30 in Berlin summer time is 13:30 UTC; jtel speaks Berlin's wall clock
    const QDateTime berlin(QDate(2024, 5, 14), QTime(15, 30), Qt::OffsetFromUTC, 2 * 3600);
    QCOMPARE(CallbackValidator::wallClockMs(berlin), Now);
}

QTEST_GUILESS_MAIN(TestCallbackValidator)
#include "tst_callbackvalidator.moc"
