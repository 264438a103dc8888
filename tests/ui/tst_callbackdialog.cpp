// The "New callback" dialog as an agent uses it, against agentdesk-sandbox: the rules J2–J11
// explained next to their fields as the form is typed, the appointment shown as the moment it
// results in, the callback created on the server, jtel's de-duplication reported as an update,
// a refusal that keeps the dialog open, and a callback queued while the server is away.

#include "dialogtest.h"
#include "operationbench.h"

#include "api/jtelclient.h"
#include "cache/outboxstore.h"
#include "callbackdialog.h"
#include "controllers/createcallbackcontroller.h"
#include "domain/callbackvalidator.h"
#include "sync/outboxpayload.h"

#include <QDateTime>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace DialogTest;

namespace {

const QString profileName = u"training"_s;

// group 513 does not de-duplicate (sandbox/README.md)
const QStringList validCallback = {u"typeId=3"_s, u"groupId=513"_s, u"sender=+4930555019876"_s,
                                   u"subject=Call back after 14:00"_s};

QString summaryOf(CallbackDialog &dialog)
{
    return dialog.findChild<QLabel *>(u"appointmentSummary"_s)->text();
}

} // namespace

class TestCallbackDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void appointmentIsShownAsTheMomentItResultsIn();
    void senderFormatIsExplained();
    void defaultsComeFromTheSelectedEvent();
    void validationMessagesAppearNextToTheirField_data();
    void validationMessagesAppearNextToTheirField();
    void everyControlIsNamedAndReachableByTab();
    void createdCallbackIsOnTheServer();
    void duplicateIsReportedAsAnUpdate();
    void refusalKeepsTheDialogOpenWithTheServerCode();
    void queuedWhenTheServerCannotBeReached();

private:
    std::unique_ptr<OperationBench> m_bench;
    std::unique_ptr<CreateCallbackController> m_controller;
};

void TestCallbackDialog::initTestCase()
{
    m_bench = std::make_unique<OperationBench>();
    QVERIFY2(m_bench->isRunning(), qPrintable(m_bench->errorString()));
}

void TestCallbackDialog::init()
{
    m_controller.reset();
    const QString failed = m_bench->reset();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_controller = std::make_unique<CreateCallbackController>(m_bench->database(),
                                                              m_bench->dispatcher(), profileName);
}

// jtel §8.3, shown while it is typed
void TestCallbackDialog::appointmentIsShownAsTheMomentItResultsIn()
{
    CallbackDialog dialog(m_controller.get());
    QVERIFY(fill(dialog, validCallback).isEmpty());
    QCOMPARE(summaryOf(dialog), u"No appointment: the event is distributed as soon as possible."_s);

    QVERIFY(fill(dialog, {u"appointmentTime=10:00"_s}).isEmpty());
    CallbackDraft timeOnly;
    timeOnly.appointmentTime = u"10:00"_s;
    QCOMPARE(summaryOf(dialog),
             CallbackValidator::appointmentSummary(
                 timeOnly, CallbackValidator::wallClockMs(QDateTime::currentDateTime())));

    const QDate tomorrow = QDate::currentDate().addDays(1);
    QVERIFY(fill(dialog, {u"appointmentDate="_s + tomorrow.toString(u"yyyy-MM-dd"_s)}).isEmpty());
    // the field takes the server's format, the summary speaks the user's
    const QLocale locale;
    QCOMPARE(summaryOf(dialog),
             u"Distributed no earlier than tomorrow, %1, at %2."_s.arg(
                 locale.toString(tomorrow, QLocale::ShortFormat),
                 locale.toString(QTime(10, 0), QLocale::ShortFormat)));

    QVERIFY(fill(dialog, {u"appointmentDate=2020-03-04"_s}).isEmpty());
    QVERIFY2(summaryOf(dialog).contains(u"has passed"_s), qPrintable(summaryOf(dialog)));
    QVERIFY(okButton(dialog)->isEnabled()); // a past appointment means "now", not an error

    QVERIFY(fill(dialog, {u"appointmentTime=10:7"_s}).isEmpty());
    QVERIFY(summaryOf(dialog).isEmpty()); // the message under the time says why
    QVERIFY(!shownError(dialog, u"appointmentTime"_s).isEmpty());
}

// J5: the format hint follows the type of event
void TestCallbackDialog::senderFormatIsExplained()
{
    CallbackDialog dialog(m_controller.get());
    dialog.show();
    QVERIFY(fill(dialog, validCallback).isEmpty());
    auto *hint = dialog.findChild<QLabel *>(u"senderHint"_s);
    QVERIFY(hint->isVisibleTo(&dialog));
    QVERIFY2(hint->text().contains(u"E.164"_s) && hint->text().contains(u"+4922199900011"_s),
             qPrintable(hint->text()));
    QCOMPARE(dialog.findChild<QWidget *>(u"sender"_s)->accessibleDescription(), hint->text());
    QVERIFY(fill(dialog, {u"typeId=5"_s}).isEmpty());
    QVERIFY2(hint->text().contains(u"email address"_s), qPrintable(hint->text()));
    QVERIFY(!dialog.findChild<QWidget *>(u"body"_s)->isVisibleTo(&dialog)); // callbacks only (J8)
}

void TestCallbackDialog::validationMessagesAppearNextToTheirField_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QString>("field"); // empty: valid; "banner": no field shows it
    QTest::addColumn<QString>("message");

    QTest::newRow("valid") << QStringList() << QString() << QString();
    QTest::newRow("valid, configuration and agent group")
        << QStringList {u"addressing=false"_s, u"configurationGroupId=40"_s, u"agentGroupId=41"_s}
        << QString() << QString();
    QTest::newRow("J2 no group") << QStringList {u"groupId="_s} << u"groupId"_s
                                 << u"Choose the ACD group"_s;
    QTest::newRow("J2 configuration group without agent group")
        << QStringList {u"addressing=false"_s, u"configurationGroupId=40"_s} << u"agentGroupId"_s
        << u"Choose the agent group that goes with configuration group 40."_s;
    QTest::newRow("J2 agent group without configuration group")
        << QStringList {u"addressing=false"_s, u"agentGroupId=41"_s} << u"configurationGroupId"_s
        << u"Choose the configuration group of agent group 41."_s;
    QTest::newRow("J2 neither configuration nor agent group")
        << QStringList {u"addressing=false"_s} << u"banner"_s
        << u"Choose the ACD group, or a configuration group with an agent group"_s;
    QTest::newRow("J2 group ID 0")
        << QStringList {u"groupId=0"_s} << u"groupId"_s << u"The ACD group ID 0 is not valid"_s;
    QTest::newRow("J4 user ID 0") << QStringList {u"usersId=0"_s} << u"usersId"_s
                                  << u"The user ID 0 is not valid"_s;
    QTest::newRow("J5 no sender")
        << QStringList {u"sender="_s} << u"sender"_s
        << u"Enter the sender: the caller's phone number, with country code."_s;
    QTest::newRow("J5 sender not E.164")
        << QStringList {u"sender=+49 221 99900011"_s} << u"sender"_s
        << u"contains \"a space\"; a phone number in E.164 has digits only"_s;
    QTest::newRow("J5 sender starts with 0")
        << QStringList {u"sender=022199900011"_s} << u"sender"_s << u"starts with 0"_s;
    QTest::newRow("J5 sender too short")
        << QStringList {u"sender=4922"_s} << u"sender"_s << u"is too short"_s;
    QTest::newRow("J5 sender is an email address")
        << QStringList {u"sender=anna.schmidt@example.com"_s} << u"sender"_s
        << u"is not a phone number"_s;
    QTest::newRow("J6 receiver not a number")
        << QStringList {u"receiver=support"_s} << u"receiver"_s
        << u"The receiver \"support\" is not a phone number"_s;
    QTest::newRow("J7 no subject")
        << QStringList {u"subject=  "_s} << u"subject"_s << u"Enter a subject."_s;
    QTest::newRow("J9 CRM link not http")
        << QStringList {u"crmUrl=ftp://crm.example.com/contacts/88412"_s} << u"crmUrl"_s
        << u"must start with http:// or https://"_s;
    QTest::newRow("J9 CRM link not absolute") << QStringList {u"crmUrl=contacts/88412"_s}
                                              << u"crmUrl"_s << u"is not a complete web address"_s;
    QTest::newRow("J10 priority above 200")
        << QStringList {u"priority=250"_s} << u"priority"_s
        << u"The priority 250 is not valid; use a whole number from 0 to 200"_s;
    QTest::newRow("J11 date layout")
        << QStringList {u"appointmentDate=04.03.2031"_s} << u"appointmentDate"_s
        << u"is not in the form yyyy-mm-dd or yyyymmdd"_s;
    QTest::newRow("J11 date does not exist")
        << QStringList {u"appointmentDate=2031-02-30"_s} << u"appointmentDate"_s
        << u"The appointment date 2031-02-30 does not exist"_s;
    QTest::newRow("J11 time does not exist")
        << QStringList {u"appointmentTime=25:00"_s} << u"appointmentTime"_s
        << u"hours run from 00 to 23"_s;
}

void TestCallbackDialog::validationMessagesAppearNextToTheirField()
{
    QFETCH(QStringList, edits);
    QFETCH(QString, field);
    QFETCH(QString, message);

    CallbackDialog dialog(m_controller.get());
    dialog.show();
    const QString failed = fill(dialog, validCallback + edits);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    const QString differs = checkMessage(dialog, field, message);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestCallbackDialog::everyControlIsNamedAndReachableByTab()
{
    CallbackDialog dialog(m_controller.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(unnamedControls(dialog).join(u", "_s), QString());
    QCOMPARE(repeatedMnemonics(dialog).join(u", "_s), QString());
    QVERIFY(fill(dialog, validCallback).isEmpty());
    QCOMPARE(tabOrder(*dialog.findChild<QWidget *>(u"typeId"_s)).join(u", "_s),
             QStringList({u"typeId"_s, u"addressing"_s, u"groupId"_s, u"usersId"_s, u"sender"_s,
                          u"receiver"_s, u"subject"_s, u"body"_s, u"crmUrl"_s, u"userData"_s,
                          u"priority"_s, u"appointmentDate"_s, u"appointmentTime"_s,
                          u"Create Callback"_s, u"Cancel"_s})
                 .join(u", "_s));
}

void TestCallbackDialog::createdCallbackIsOnTheServer()
{
    CallbackDialog dialog(m_controller.get());
    QSignalSpy applied(&dialog, &OperationDialog::applied);
    dialog.show();
    const QString tomorrow = QDate::currentDate().addDays(1).toString(u"yyyy-MM-dd"_s);
    const QString failed
        = fill(dialog,
               validCallback
                   + QStringList {u"receiver=4930120000"_s,
                                  u"body=Delivery question; after 14:00 please."_s,
                                  u"crmUrl=https://crm.example.com/contacts/88412"_s,
                                  u"userData=88412"_s, u"priority=60"_s,
                                  u"appointmentDate="_s + tomorrow, u"appointmentTime=14:30"_s});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(saveScreenshot(dialog, u"callbackdialog"_s));

    const int before = serverEventCount(m_bench->sandbox());
    const OperationOutcome outcome = submit(dialog, *m_controller);
    QVERIFY2(outcome.status == OperationOutcome::Status::Applied, qPrintable(outcome.message));
    const auto result = OutboxPayload::callbackResult(outcome.result);
    QVERIFY(!result->updatedExisting);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.constFirst().constFirst().toString(),
             u"Callback event %1 created."_s.arg(result->eventId));
    QVERIFY(!dialog.isVisible());

    QCOMPARE(serverEventCount(m_bench->sandbox()), before + 1);
    const auto event = await<AcdEvent>(
        [&](const auto &done) { m_bench->jtelClient()->event(result->eventId, done); });
    QVERIFY(event.ok());
    QCOMPARE(event.value.typeId, 3);
    QCOMPARE(event.value.groupId, 513);
    QCOMPARE(event.value.sender, u"4930555019876"_s); // jtel's form, without '+'
    QCOMPARE(event.value.receiver, u"4930120000"_s);
    QCOMPARE(event.value.subject, u"Call back after 14:00"_s);
    QCOMPARE(event.value.priority, 60);
}

// J12: group 512 forbids duplicates and 88001 is an open callback from this caller
void TestCallbackDialog::duplicateIsReportedAsAnUpdate()
{
    CallbackDialog dialog(m_controller.get());
    QSignalSpy applied(&dialog, &OperationDialog::applied);
    dialog.show();
    QVERIFY(fill(dialog, {u"groupId=512"_s, u"sender=4922199900011"_s, u"subject=Callback again"_s})
                .isEmpty());
    const int before = serverEventCount(m_bench->sandbox());
    const OperationOutcome outcome = submit(dialog, *m_controller);
    QVERIFY2(outcome.status == OperationOutcome::Status::Applied, qPrintable(outcome.message));
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.constFirst().constFirst().toString(),
             u"An open callback for this caller already existed and was updated (event 88001); "
             "no new callback was created."_s);
    QCOMPARE(serverEventCount(m_bench->sandbox()), before);
}

// J3: only the server knows its groups
void TestCallbackDialog::refusalKeepsTheDialogOpenWithTheServerCode()
{
    CallbackDialog dialog(m_controller.get());
    QSignalSpy applied(&dialog, &OperationDialog::applied);
    dialog.show();
    QVERIFY(fill(dialog, validCallback + QStringList {u"groupId=599"_s}).isEmpty());
    const OperationOutcome outcome = submit(dialog, *m_controller);
    QCOMPARE(outcome.status, OperationOutcome::Status::NeedsAttention);
    QCOMPARE(outcome.code, u"404"_s);
    QVERIFY(dialog.isVisible());
    const QString banner = bannerText(dialog);
    QVERIFY2(banner.contains(u"(404)"_s) && banner.contains(u"outbox"_s), qPrintable(banner));
    QVERIFY(applied.isEmpty());

    QVERIFY(fill(dialog, {u"groupId=513"_s}).isEmpty());
    const OperationOutcome retried = submit(dialog, *m_controller);
    QVERIFY2(retried.status == OperationOutcome::Status::Applied, qPrintable(retried.message));
    QCOMPARE(applied.size(), 1);
}

void TestCallbackDialog::queuedWhenTheServerCannotBeReached()
{
    const QString failed = m_bench->goOffline();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    CreateCallbackController controller(m_bench->database(), m_bench->dispatcher(), profileName);
    CallbackDialog dialog(&controller);
    QSignalSpy queued(&dialog, &OperationDialog::queued);
    dialog.show();
    QVERIFY(fill(dialog, validCallback).isEmpty());
    const OperationOutcome outcome = submit(dialog, controller);
    QCOMPARE(outcome.status, OperationOutcome::Status::Queued);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(queued.size(), 1);
    const QString message = queued.constFirst().constFirst().toString();
    QVERIFY2(message.startsWith(
                 u"New Callback: Queued: it is sent as soon as the server can be reached"_s),
             qPrintable(message));
    QCOMPARE(OutboxStore(m_bench->database()).count(OutboxEntry::State::Pending).value, 1);
}

// A callback for the caller of the selected ACD event: its group and sender are filled in
void TestCallbackDialog::defaultsComeFromTheSelectedEvent()
{
    AcdEvent event;
    event.id = 88401;
    event.groupId = 513;
    event.sender = u"+4930555019876"_s;
    CallbackDialog dialog(m_controller.get());
    QVERIFY(!dialog.startNew(profileName, CreateCallbackController::defaultsFor(event)));
    QCOMPARE(dialog.draft().groupId, std::optional<qint64>(513));
    QCOMPARE(dialog.draft().sender, u"+4930555019876"_s);
    QCOMPARE(dialog.draft().typeId, CallbackValidator::CallbackType);
    QVERIFY(!dialog.hasInput());
    QVERIFY(fill(dialog, {u"subject=Call back after 14:00"_s}).isEmpty());
    QCOMPARE(checkMessage(dialog, {}, {}), QString());
    // Escape asks for the callback by its own name
    dialog.show();
    dialog.reject();
    QVERIFY(dialog.discardQuestion());
    QCOMPARE(dialog.discardQuestion()->text(), u"Discard this callback?"_s);
    dialog.discardQuestion()->button(QMessageBox::Discard)->click();
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestCallbackDialog)
#include "tst_callbackdialog.moc"
