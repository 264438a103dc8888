// The "New calltrack activity" dialog as an agent uses it, against agentdesk-sandbox: the
// server's subtypes per department, the rules C2–C14 explained next to their fields as the form
// is typed, the activity created on the server, a refusal that keeps the dialog open, and a
// call logged while the server cannot be reached.

#include "dialogtest.h"
#include "operationbench.h"

#include "api/casemanagerclient.h"
#include "cache/activitystore.h"
#include "cache/calltracksubtypestore.h"
#include "cache/casestore.h"
#include "cache/outboxstore.h"
#include "calltrackdialog.h"
#include "controllers/createcalltrackcontroller.h"
#include "sync/cachenotifier.h"
#include "sync/outboxpayload.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace DialogTest;

namespace {

const QString profileName = u"training"_s;
constexpr int LoadTimeoutMs = 20'000;

// sandbox/README.md: the activity attributes of the fixture tenant
CalltrackValidator::Context sandboxContext()
{
    CalltrackValidator::Context context;
    context.customAttributes = QList<CustomAttributeDefinition> {
        {u"contact_reason"_s, {u"billing"_s, u"technical"_s, u"complaint"_s, u"other"_s}},
        {u"callback_number"_s, {}}};
    return context;
}

// a call every rule accepts; the validation rows change one thing
const QStringList validCall = {u"department=Service"_s,
                               u"subtype=follow_up"_s,
                               u"mode=Outbound"_s,
                               u"subject=Router replaced"_s,
                               u"contentText=Customer confirms the replacement works."_s,
                               u"customerBy=0"_s,
                               u"customer=5001"_s};

// sorted: the order is the server's
QStringList subtypeValues(const QComboBox *combo)
{
    QStringList values;
    for (int i = 0; i < combo->count(); ++i)
        values.append(combo->itemData(i).toString());
    values.sort();
    return values;
}

bool subtypesLoaded(CalltrackDialog &dialog)
{
    return QTest::qWaitFor(
        [&] { return dialog.findChild<QLabel *>(u"subtypeHint"_s)->text().isEmpty(); },
        LoadTimeoutMs);
}

} // namespace

class TestCalltrackDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void subtypesFollowTheDepartment();
    void validationMessagesAppearNextToTheirField_data();
    void validationMessagesAppearNextToTheirField();
    void everyControlIsNamedAndReachableByTab();
    void messagesWaitForAnEditOrOk();
    void cancelAsksAndTheDraftIsKeptUntilSentOrDiscarded();
    void defaultsComeFromTheSelection();
    void subtypesOfTheLastSyncServeOffline();
    void createdActivityIsOnTheServer();
    void refusalKeepsTheDialogOpenWithTheServerCode();
    void queuedWhenTheServerCannotBeReached();

private:
    std::unique_ptr<OperationBench> m_bench;
    std::unique_ptr<CreateCalltrackController> m_controller;
};

void TestCalltrackDialog::initTestCase()
{
    m_bench = std::make_unique<OperationBench>();
    QVERIFY2(m_bench->isRunning(), qPrintable(m_bench->errorString()));
}

void TestCalltrackDialog::init()
{
    m_controller.reset();
    const QString failed = m_bench->reset();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_controller = std::make_unique<CreateCalltrackController>(
        m_bench->database(), m_bench->dispatcher(), m_bench->caseClient(), profileName);
}

// §12: the server's list, filtered by department, and the saved list when there is no server
void TestCalltrackDialog::subtypesFollowTheDepartment()
{
    CalltrackDialog dialog(m_controller.get(), {});
    QVERIFY(subtypesLoaded(dialog));
    auto *subtype = dialog.findChild<QComboBox *>(u"subtype"_s);
    QVERIFY(fill(dialog, {u"department=Service"_s}).isEmpty());
    QCOMPARE(subtypeValues(subtype), (QStringList {u"complaint"_s, u"follow_up"_s, u"general"_s}));
    QVERIFY(fill(dialog, {u"subtype=complaint"_s, u"department=Sales"_s}).isEmpty());
    QCOMPARE(subtypeValues(subtype), (QStringList {u"general"_s, u"order"_s}));
    // the choice stays, and the form says why it no longer fits
    QCOMPARE(dialog.draft().subtype, u"complaint"_s);
    QVERIFY2(shownError(dialog, u"subtype"_s)
                 .startsWith(u"The subtype \"complaint\" is not configured for department Sales"_s),
             qPrintable(shownError(dialog, u"subtype"_s)));
    QVERIFY(fill(dialog, {u"subtype=order"_s}).isEmpty());
    QCOMPARE(dialog.draft().subtype, u"order"_s);
    QVERIFY(shownError(dialog, u"subtype"_s).isEmpty());

    // no client: what the first dialog loaded was kept in the cache
    CreateCalltrackController offline(m_bench->database(), m_bench->dispatcher(), nullptr,
                                      profileName);
    CalltrackDialog later(&offline, {});
    QVERIFY(fill(later, {u"department=Billing"_s}).isEmpty());
    QCOMPARE(subtypeValues(later.findChild<QComboBox *>(u"subtype"_s)),
             (QStringList {u"general"_s, u"payment"_s}));
}

void TestCalltrackDialog::validationMessagesAppearNextToTheirField_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<bool>("clientApplication");
    QTest::addColumn<QString>("field"); // empty: valid; "banner": no field shows it
    QTest::addColumn<QString>("message");

    const QString longSubject(256, u'x');
    QTest::newRow("valid") << QStringList() << false << QString() << QString();
    QTest::newRow("C2 no department")
        << QStringList {u"department="_s} << false << u"department"_s << u"Choose the department"_s;
    QTest::newRow("C4 no subtype") << QStringList {u"subtype="_s} << false << u"subtype"_s
                                   << u"Choose the calltrack subtype."_s;
    QTest::newRow("C4 unknown subtype")
        << QStringList {u"subtype=callme"_s} << false << u"subtype"_s
        << u"\"callme\" is not a calltrack subtype of this server"_s;
    QTest::newRow("C4 subtype of another department")
        << QStringList {u"department=Sales"_s} << false << u"subtype"_s
        << u"The subtype \"follow_up\" is not configured for department Sales; choose one of: "_s;
    QTest::newRow("C4 department without subtypes")
        << QStringList {u"department=Legal"_s} << false << u"subtype"_s
        << u"is not configured for department Legal, which has no calltrack subtypes."_s;
    QTest::newRow("C6 subject too long")
        << QStringList {u"subject="_s + longSubject} << false << u"subject"_s
        << u"The subject has 256 characters; at most 255 are allowed."_s;
    QTest::newRow("C6 neither subject nor notes")
        << QStringList {u"subject="_s, u"contentText="_s} << false << u"subject"_s
        << u"Enter a subject or call notes"_s;
    QTest::newRow("C7 no customer") << QStringList {u"customer="_s} << false << u"customer"_s
                                    << u"Enter the customer ID, or mark the caller as anonymous."_s;
    QTest::newRow("C7 customer ID not a number")
        << QStringList {u"customer=50a1"_s} << false << u"customer"_s
        << u"The customer ID \"50a1\" is not valid"_s;
    QTest::newRow("C7 contact person ID not a number")
        << QStringList {u"customerBy=1"_s, u"customer=anna"_s} << false << u"customer"_s
        << u"The contact ID \"anna\" is not valid"_s;
    QTest::newRow("C7 no email or phone")
        << QStringList {u"customerBy=3"_s} << false << u"contactPointData"_s
        << u"Enter the customer's email address or phone number"_s;
    QTest::newRow("C8 phone number with spaces")
        << QStringList {u"customerBy=3"_s, u"contactPointData=030 555010001"_s} << false
        << u"contactPointData"_s << u"it may contain digits only"_s;
    QTest::newRow("C8 email address without domain")
        << QStringList {u"customerBy=4"_s, u"contactPointData=anna@"_s} << false
        << u"contactPointData"_s << u"\"anna@\" is not a valid email address"_s;
    QTest::newRow("C9 client application names no user")
        << QStringList() << true << u"banner"_s
        << u"A client application must assign the activity to a user"_s;
    QTest::newRow("C9 user ID not a number")
        << QStringList {u"targetBy=1"_s, u"targetUser=lena"_s} << false << u"targetUser"_s
        << u"The user ID \"lena\" is not valid"_s;
    QTest::newRow("C9 custom attribute without name")
        << QStringList {u"targetBy=3"_s, u"targetUser=E1001"_s} << false << u"targetAttributeName"_s
        << u"Enter the name of the custom attribute"_s;
    QTest::newRow("C10 existing case without ID")
        << QStringList {u"caseChoice=true"_s} << false << u"caseId"_s
        << u"Enter the ID of the existing case"_s;
    QTest::newRow("C12 due date in the past")
        << QStringList {u"dueDate=-1"_s} << false << u"dueDate"_s
        << u"The due date is not in the future"_s;
    QTest::newRow("C14 attribute without name")
        << QStringList {u"customAttributes==technical"_s} << false << u"customAttributes"_s
        << u"A custom attribute with the value \"technical\" has no name"_s;
    QTest::newRow("C14 unknown attribute")
        << QStringList {u"customAttributes=mood=calm"_s} << false << u"customAttributes"_s
        << u"\"mood\" is not a custom attribute of activities"_s;
    QTest::newRow("C14 value not allowed")
        << QStringList {u"customAttributes=contact_reason=weather"_s} << false
        << u"customAttributes"_s << u"\"weather\" is not an allowed value"_s;
    QTest::newRow("C14 attribute given twice")
        << QStringList {u"customAttributes=contact_reason=billing"_s,
                        u"customAttributes=contact_reason=other"_s}
        << false << u"customAttributes"_s << u"contact_reason is given in more than one row"_s;
}

void TestCalltrackDialog::validationMessagesAppearNextToTheirField()
{
    QFETCH(QStringList, edits);
    QFETCH(bool, clientApplication);
    QFETCH(QString, field);
    QFETCH(QString, message);

    CalltrackValidator::Context context = sandboxContext();
    context.clientApplication = clientApplication;
    CalltrackDialog dialog(m_controller.get(), context);
    dialog.show();
    QVERIFY(subtypesLoaded(dialog));
    const QString failed = fill(dialog, validCall + edits);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    const QString differs = checkMessage(dialog, field, message);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestCalltrackDialog::everyControlIsNamedAndReachableByTab()
{
    CalltrackDialog dialog(m_controller.get(), sandboxContext());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(subtypesLoaded(dialog));
    QVERIFY(fill(dialog, validCall).isEmpty());
    QCOMPARE(unnamedControls(dialog).join(u", "_s), QString());
    QCOMPARE(repeatedMnemonics(dialog).join(u", "_s), QString());
    QCOMPARE(
        tabOrder(*dialog.findChild<QWidget *>(u"department"_s)).join(u", "_s),
        QStringList({u"department"_s, u"subtype"_s, u"mode"_s, u"subject"_s, u"content"_s,
                     u"contentText"_s, u"customerBy"_s, u"customer"_s, u"targetBy"_s,
                     u"caseChoice"_s, u"priority"_s, u"dueDateEnabled"_s, u"customAttributeTable"_s,
                     u"addAttribute"_s, u"Create Activity"_s, u"Cancel"_s})
            .join(u", "_s));

    // rows that apply are reached in form order
    QVERIFY(
        fill(dialog, {u"customerBy=2"_s, u"targetBy=3"_s, u"caseChoice=true"_s, u"dueDate=+1"_s})
            .isEmpty());
    QCOMPARE(tabOrder(*dialog.findChild<QWidget *>(u"customerBy"_s)).mid(0, 11).join(u", "_s),
             QStringList({u"customerBy"_s, u"customer"_s, u"contactPointKind"_s, u"targetBy"_s,
                          u"targetAttributeName"_s, u"targetUser"_s, u"caseChoice"_s, u"caseId"_s,
                          u"priority"_s, u"dueDateEnabled"_s, u"dueDateValue"_s})
                 .join(u", "_s));
}

void TestCalltrackDialog::createdActivityIsOnTheServer()
{
    CalltrackDialog dialog(m_controller.get(), sandboxContext());
    QSignalSpy applied(&dialog, &OperationDialog::applied);
    dialog.show();
    QVERIFY(subtypesLoaded(dialog));
    const QString failed
        = fill(dialog,
               validCall
                   + QStringList {u"contentHtml=<p>Customer confirms the replacement works.</p>"_s,
                                  u"priority=3"_s, u"dueDate=+2"_s,
                                  u"customAttributes=contact_reason=technical"_s});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(saveScreenshot(dialog, u"calltrackdialog"_s));

    const OperationOutcome outcome = submit(dialog, *m_controller);
    QVERIFY2(outcome.status == OperationOutcome::Status::Applied, qPrintable(outcome.message));
    const qint64 id = OutboxPayload::calltrackResult(outcome.result)->activityId;
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.constFirst().constFirst().toString(),
             u"Calltrack activity %1 created."_s.arg(id));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());

    const auto read = await<QList<Activity>>(
        [&](const auto &done) { m_bench->caseClient()->activitiesByIds({id}, done); });
    QVERIFY(read.ok());
    const Activity &activity = read.value.constFirst();
    QCOMPARE(activity.subject, u"Router replaced"_s);
    QCOMPARE(activity.subtype, u"follow_up"_s);
    QCOMPARE(activity.mode, u"outbound"_s);
    QCOMPARE(activity.customerId, 5001);
    QCOMPARE(activity.priority, u"3"_s);
    QCOMPARE(activity.customAttributes.value(u"contact_reason"_s), u"technical"_s);
    QCOMPARE(activity.contentHtml, u"<p>Customer confirms the replacement works.</p>"_s);
    QCOMPARE(activity.dueDateMs, dialog.draft().dueDateMs);
}

// C9: the server knows who is logged in; its refusal stays in the dialog, which can send again
void TestCalltrackDialog::refusalKeepsTheDialogOpenWithTheServerCode()
{
    const QString failed = m_bench->reset(u"s.okafor"_s);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_controller = std::make_unique<CreateCalltrackController>(
        m_bench->database(), m_bench->dispatcher(), m_bench->caseClient(), profileName);
    CalltrackDialog dialog(m_controller.get(), sandboxContext());
    QSignalSpy applied(&dialog, &OperationDialog::applied);
    dialog.show();
    QVERIFY(subtypesLoaded(dialog));
    QVERIFY(
        fill(dialog, validCall + QStringList {u"targetBy=2"_s, u"targetUser=r.ito"_s}).isEmpty());

    const OperationOutcome refused = submit(dialog, *m_controller);
    QCOMPARE(refused.status, OperationOutcome::Status::NeedsAttention);
    QVERIFY(!refused.code.isEmpty());
    QVERIFY(dialog.isVisible());
    const QString banner = bannerText(dialog);
    QVERIFY2(banner.contains(refused.code) && banner.contains(u"C9"_s), qPrintable(banner));
    QVERIFY2(banner.contains(u"outbox"_s), qPrintable(banner));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(applied.isEmpty());

    // the user corrects the form and sends again
    QVERIFY(fill(dialog, {u"targetUser=lena.fischer"_s}).isEmpty());
    QVERIFY(bannerText(dialog).contains(refused.code)); // still there while editing
    const OperationOutcome outcome = submit(dialog, *m_controller);
    QVERIFY2(outcome.status == OperationOutcome::Status::Applied, qPrintable(outcome.message));
    QCOMPARE(applied.size(), 1);
    const qint64 id = OutboxPayload::calltrackResult(outcome.result)->activityId;
    const auto read = await<QList<Activity>>(
        [&](const auto &done) { m_bench->caseClient()->activitiesByIds({id}, done); });
    QCOMPARE(read.value.constFirst().assignedUserName, u"Lena Fischer"_s);
    // the correction took the refused entry's place: one entry, applied
    QCOMPARE(outcome.entryIds, refused.entryIds);
    QCOMPARE(OutboxStore(m_bench->database()).entry(refused.entryIds.constFirst()).value->state,
             OutboxEntry::State::Done);
}

void TestCalltrackDialog::queuedWhenTheServerCannotBeReached()
{
    CalltrackDialog first(m_controller.get(), {});
    QVERIFY(subtypesLoaded(first)); // saved in the cache for later

    const QString failed = m_bench->goOffline();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    CreateCalltrackController controller(m_bench->database(), m_bench->dispatcher(),
                                         m_bench->caseClient(), profileName);
    CalltrackDialog dialog(&controller, {});
    QSignalSpy queued(&dialog, &OperationDialog::queued);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QLabel *>(u"subtypeHint"_s)
                                 ->text()
                                 .contains(u"these are the subtypes saved earlier"_s),
                             LoadTimeoutMs);
    QVERIFY(fill(dialog, validCall).isEmpty());

    const OperationOutcome outcome = submit(dialog, controller);
    QCOMPARE(outcome.status, OperationOutcome::Status::Queued);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(queued.size(), 1);
    const QString message = queued.constFirst().constFirst().toString();
    QVERIFY2(message.startsWith(u"New Calltrack Activity: Queued: it is sent as soon as the "
                                "server can be reached"_s),
             qPrintable(message));
    QCOMPARE(OutboxStore(m_bench->database()).count(OutboxEntry::State::Pending).value, 1);
}

// Before an edit or OK, no message; an edited field speaks for itself; OK on an invalid form
// shows everything, sends nothing and takes the user to the first invalid field.
void TestCalltrackDialog::messagesWaitForAnEditOrOk()
{
    CalltrackDialog dialog(m_controller.get(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(!dialog.problems().isEmpty()); // nothing is filled in
    for (const QString &field : {u"department"_s, u"subtype"_s, u"subject"_s, u"customer"_s})
        QVERIFY2(shownError(dialog, field).isEmpty(), qPrintable(field));
    QVERIFY(bannerText(dialog).isEmpty());
    QVERIFY(okButton(dialog)->isEnabled());

    QVERIFY(fill(dialog, {u"subject="_s + QString(300, u'x')}).isEmpty());
    QVERIFY(!shownError(dialog, u"subject"_s).isEmpty());
    QVERIFY(shownError(dialog, u"department"_s).isEmpty());

    const auto *department = dialog.findChild<QComboBox *>(u"department"_s);
    const auto *mode = dialog.findChild<QComboBox *>(u"mode"_s);
    const auto distance = [&] {
        return mode->mapTo(&dialog, QPoint(0, 0)).y()
            - department->mapTo(&dialog, QPoint(0, 0)).y();
    };
    const int before = distance();
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(!dialog.isSending());
    QVERIFY(!dialog.lastOutcome());
    QVERIFY(!shownError(dialog, u"department"_s).isEmpty());
    QVERIFY(department->hasFocus() || department->lineEdit()->hasFocus());
    // the messages of department and subtype had their lines already: mode did not move
    QCOMPARE(distance(), before);
    QCOMPARE(OutboxStore(m_bench->database()).count(OutboxEntry::State::Pending).value, 0);
}

// Escape on a form with input asks; a kept draft comes back with the next dialog until it is
// sent or discarded.
void TestCalltrackDialog::cancelAsksAndTheDraftIsKeptUntilSentOrDiscarded()
{
    {
        CalltrackDialog empty(m_controller.get(), {});
        QVERIFY(!empty.startNew(profileName, {}));
        empty.show();
        QTest::keyClick(&empty, Qt::Key_Escape);
        QVERIFY(!empty.isVisible()); // nothing to lose: no question
    }
    {
        CalltrackDialog dialog(m_controller.get(), {});
        QVERIFY(!dialog.startNew(profileName, {}));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(fill(dialog, {u"subject=Router replaced"_s}).isEmpty());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QMessageBox *question = dialog.discardQuestion();
        QVERIFY(question);
        QCOMPARE(question->text(), u"Discard this calltrack?"_s);
        QVERIFY(dialog.isVisible());
        question->button(QMessageBox::Cancel)->click(); // back to the form
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.draft().subject, u"Router replaced"_s);
        dialog.reject();
        QVERIFY(dialog.discardQuestion());
        dialog.discardQuestion()->findChild<QPushButton *>(u"keepDraft"_s)->click();
        QVERIFY(!dialog.isVisible());
    }
    CalltrackDialog next(m_controller.get(), {});
    QVERIFY(next.startNew(profileName, {}));
    QCOMPARE(next.draft().subject, u"Router replaced"_s);
    // another profile has its own drafts
    CalltrackDialog other(m_controller.get(), {});
    QVERIFY(!other.startNew(u"another"_s, {}));

    next.show();
    next.reject();
    QVERIFY(next.discardQuestion());
    next.discardQuestion()->button(QMessageBox::Discard)->click();
    QVERIFY(!next.isVisible());
    CalltrackDialog afterDiscard(m_controller.get(), {});
    QVERIFY(!afterDiscard.startNew(profileName, {}));
    QCOMPARE(afterDiscard.draft().subject, QString());

    // sent: the draft goes too
    CalltrackDialog sent(m_controller.get(), {});
    sent.startNew(profileName, {});
    sent.show();
    QVERIFY(subtypesLoaded(sent));
    QVERIFY(fill(sent, validCall).isEmpty());
    QCOMPARE(submit(sent, *m_controller).status, OperationOutcome::Status::Applied);
    CalltrackDialog afterSending(m_controller.get(), {});
    QVERIFY(!afterSending.startNew(profileName, {}));
}

// The selected activity (or case) gives case, customer and department; the subtype waits for
// the user's choice
void TestCalltrackDialog::defaultsComeFromTheSelection()
{
    const QList<Activity> cached = m_bench->cacheActivities({81001});
    QCOMPARE(cached.size(), 1);
    const Activity &activity = cached.constFirst();
    QVERIFY(!activity.departmentName.isEmpty());
    QVERIFY(activity.customerId > 0);

    CalltrackDialog dialog(m_controller.get(), {});
    dialog.startNew(profileName, m_controller->defaultsFor(activity, std::nullopt, {}));
    QVERIFY(subtypesLoaded(dialog));
    const CalltrackDraft draft = dialog.draft();
    QCOMPARE(draft.caseId, activity.caseId);
    QCOMPARE(draft.customerKey, QString::number(activity.customerId));
    QCOMPARE(draft.department, activity.departmentName);
    QCOMPARE(draft.subtype, QString());
    QVERIFY(!dialog.hasInput()); // defaults are not the user's input
    QVERIFY(dialog.findChild<QComboBox *>(u"subtype"_s)->count() > 0);

    // a case: its own
    const auto cases = CaseStore(m_bench->database()).byIds({activity.caseId});
    QCOMPARE(cases.value.size(), 1);
    const CalltrackDraft ofCase
        = m_controller->defaultsFor(std::nullopt, cases.value.constFirst(), {});
    QCOMPARE(ofCase.caseId, activity.caseId);
    QCOMPARE(ofCase.department, cases.value.constFirst().departmentName);

    // nothing selected: the department of the user's own activities
    Activity own = activity;
    own.id = 99001;
    own.departmentName = u"Billing"_s;
    own.assignedUserLogin = u"lena.fischer"_s;
    QVERIFY(!ActivityStore(m_bench->database()).upsert({own}));
    const CalltrackDraft home
        = m_controller->defaultsFor(std::nullopt, std::nullopt, u"Lena.Fischer"_s);
    QCOMPARE(home.department, u"Billing"_s);
    QCOMPARE(home.caseId, 0);

    // no department: no subtype to choose from yet
    CalltrackDialog blank(m_controller.get(), {});
    QVERIFY(subtypesLoaded(blank));
    QCOMPARE(blank.findChild<QComboBox *>(u"subtype"_s)->count(), 0);
}

// The sync stores the subtypes and departments; a dialog without a server offers them
void TestCalltrackDialog::subtypesOfTheLastSyncServeOffline()
{
    QVERIFY(CalltrackSubtypeStore(m_bench->database()).all().value.isEmpty());
    CacheNotifier notifier;
    SyncEngine engine(m_bench->caseClient(), nullptr, m_bench->database(), &notifier,
                      u"lena.fischer"_s);
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    engine.syncNow(OutboxEntry::Server::Case);
    QVERIFY(finished.wait(LoadTimeoutMs));
    QCOMPARE(finished.constFirst().at(1).toBool(), true);
    QVERIFY(!CalltrackSubtypeStore(m_bench->database()).all().value.isEmpty());

    CreateCalltrackController offline(m_bench->database(), m_bench->dispatcher(), nullptr,
                                      profileName);
    CalltrackDialog dialog(&offline, {});
    auto *department = dialog.findChild<QComboBox *>(u"department"_s);
    QVERIFY(department->findText(u"Service"_s) >= 0);
    QVERIFY(fill(dialog, {u"department=Billing"_s}).isEmpty());
    QCOMPARE(subtypeValues(dialog.findChild<QComboBox *>(u"subtype"_s)),
             (QStringList {u"general"_s, u"payment"_s}));
}

QTEST_MAIN(TestCalltrackDialog)
#include "tst_calltrackdialog.moc"
