// The "Change case" dialog as a supervisor uses it on a selection of cached activities, against
// agentdesk-sandbox: the preconditions P1–P11 explained next to their fields, a move into an
// existing case, a lock the server refuses while the dialog stays open, and more than 75
// activities moved in several requests with progress.

#include "dialogtest.h"
#include "operationbench.h"

#include "api/casemanagerclient.h"
#include "cache/activitystore.h"
#include "cache/casestore.h"
#include "changecasedialog.h"
#include "controllers/changecasecontroller.h"
#include "sync/outboxpayload.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace DialogTest;

namespace {

const QString profileName = u"training"_s;

// sandbox/README.md: the case attributes of the fixture tenant
ChangeCaseValidator::Options sandboxOptions()
{
    ChangeCaseValidator::Options options;
    options.caseAttributes = QList<CustomAttributeDefinition> {
        {u"sales_region"_s, {u"EMEA"_s, u"AMER"_s, u"APAC"_s}}, {u"contract_id"_s, {}}};
    return options;
}

QList<qint64> idRange(qint64 first, qint64 last)
{
    QList<qint64> ids;
    for (qint64 id = first; id <= last; ++id)
        ids.append(id);
    return ids;
}

} // namespace

class TestChangeCaseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void showsTheSelection();
    void validationMessagesAppearNextToTheirField_data();
    void validationMessagesAppearNextToTheirField();
    void everyControlIsNamedAndReachableByTab();
    void movesIntoAnExistingCase();
    void lockedActivityKeepsTheDialogOpenWithTheServerCode();
    void moreThan75ActivitiesAreMovedWithProgress();

private:
    std::unique_ptr<OperationBench> m_bench;
    std::unique_ptr<ChangeCaseController> m_controller;
};

void TestChangeCaseDialog::initTestCase()
{
    m_bench = std::make_unique<OperationBench>();
    QVERIFY2(m_bench->isRunning(), qPrintable(m_bench->errorString()));
}

void TestChangeCaseDialog::init()
{
    m_controller.reset();
    const QString failed = m_bench->reset();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_controller = std::make_unique<ChangeCaseController>(m_bench->database(),
                                                          m_bench->dispatcher(), profileName);
}

void TestChangeCaseDialog::showsTheSelection()
{
    const QList<Activity> activities = m_bench->cacheActivities({81001, 81002});
    QCOMPARE(activities.size(), 2);
    ChangeCaseDialog dialog(m_controller.get(), activities);
    QCOMPARE(dialog.findChild<QLabel *>(u"activityIds"_s)->text(), u"2 activities: 81001, 81002"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"sourceCase"_s)->text(), u"Case 70001 of Anna Schmidt"_s);
    QVERIFY(dialog.findChild<QLabel *>(u"chunkNote"_s)->isHidden());
    QCOMPARE(dialog.request().activityIds, (QList<qint64> {81001, 81002}));
    QVERIFY(dialog.request().movesToNewCase());
}

void TestChangeCaseDialog::validationMessagesAppearNextToTheirField_data()
{
    QTest::addColumn<QList<qint64>>("activityIds");
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::addColumn<QString>("message");

    const QString toExisting = u"targetKind=true"_s;
    QTest::newRow("valid, to a new case")
        << QList<qint64> {81001, 81002} << QStringList {u"subject=Split off"_s, u"severity=high"_s}
        << QString() << QString();
    QTest::newRow("valid, to an existing case")
        << QList<qint64> {81008} << QStringList {toExisting, u"targetCaseId=70001"_s} << QString()
        << QString();
    QTest::newRow("P7 none selected") << QList<qint64>() << QStringList() << u"activityIds"_s
                                      << u"Choose at least one activity to move."_s;
    QTest::newRow("P2 activities of two cases")
        << QList<qint64> {81001, 81007} << QStringList() << u"activityIds"_s
        << u"The activities belong to different cases (70001, 70003)"_s;
    QTest::newRow("P3 completed activity") << QList<qint64> {81001, 81005} << QStringList()
                                           << u"activityIds"_s << u"Activity 81005 is"_s;
    QTest::newRow("P5 no target case ID")
        << QList<qint64> {81001} << QStringList {toExisting} << u"targetCaseId"_s
        << u"Enter the ID of the case the activities move to"_s;
    QTest::newRow("P5 target is the source case")
        << QList<qint64> {81001} << QStringList {toExisting, u"targetCaseId=70001"_s}
        << u"targetCaseId"_s << u"The activities already belong to case 70001"_s;
    QTest::newRow("P4 case of another customer")
        << QList<qint64> {81007} << QStringList {toExisting, u"targetCaseId=70001"_s}
        << u"targetCaseId"_s << u"Case 70001 belongs to customer"_s;
    QTest::newRow("P11 subject too long")
        << QList<qint64> {81001} << QStringList {u"subject="_s + QString(1025, u's')}
        << u"subject"_s << u"The new case's subject has 1025 characters"_s;
    QTest::newRow("P11 due date in the past")
        << QList<qint64> {81001} << QStringList {u"dueDate=-1"_s} << u"dueDate"_s
        << u"The new case's due date is not in the future"_s;
    QTest::newRow("P11 attribute of activities, not cases")
        << QList<qint64> {81001} << QStringList {u"customAttributes=contact_reason=billing"_s}
        << u"customAttributes"_s << u"\"contact_reason\" is not a custom attribute of cases"_s;
    QTest::newRow("P11 value not allowed")
        << QList<qint64> {81001} << QStringList {u"customAttributes=sales_region=EU"_s}
        << u"customAttributes"_s << u"\"EU\" is not an allowed value"_s;
    QTest::newRow("P11 attribute given twice")
        << QList<qint64> {81001}
        << QStringList {u"customAttributes=contract_id=C-1"_s,
                        u"customAttributes=contract_id=C-2"_s}
        << u"customAttributes"_s << u"contract_id is given in more than one row"_s;
}

void TestChangeCaseDialog::validationMessagesAppearNextToTheirField()
{
    QFETCH(QList<qint64>, activityIds);
    QFETCH(QStringList, edits);
    QFETCH(QString, field);
    QFETCH(QString, message);

    // the target cases of the rows are known to the cache too (P4)
    m_bench->cacheActivities({81001});
    const QList<Activity> activities = m_bench->cacheActivities(activityIds);
    QCOMPARE(activities.size(), activityIds.size());
    ChangeCaseDialog dialog(m_controller.get(), activities, sandboxOptions());
    dialog.show();
    const QString failed = fill(dialog, edits);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    const QString differs = checkMessage(dialog, field, message);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestChangeCaseDialog::everyControlIsNamedAndReachableByTab()
{
    ChangeCaseDialog dialog(m_controller.get(), m_bench->cacheActivities({81001}));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(unnamedControls(dialog).join(u", "_s), QString());
    QCOMPARE(repeatedMnemonics(dialog).join(u", "_s), QString());
    QCOMPARE(
        tabOrder(*dialog.findChild<QWidget *>(u"targetKind"_s)).join(u", "_s),
        QStringList({u"targetKind"_s, u"relateCase"_s, u"subject"_s, u"description"_s,
                     u"solution"_s, u"severity"_s, u"dueDateEnabled"_s, u"customAttributeTable"_s,
                     u"addAttribute"_s, u"Move Activities"_s, u"Cancel"_s})
            .join(u", "_s));
    QVERIFY(fill(dialog, {u"targetKind=true"_s}).isEmpty());
    QCOMPARE(tabOrder(*dialog.findChild<QWidget *>(u"targetKind"_s)).join(u", "_s),
             QStringList({u"targetKind"_s, u"targetCaseId"_s, u"relateCase"_s, u"Move Activities"_s,
                          u"Cancel"_s})
                 .join(u", "_s));
}

void TestChangeCaseDialog::movesIntoAnExistingCase()
{
    ChangeCaseDialog dialog(m_controller.get(), m_bench->cacheActivities({81008}));
    QSignalSpy applied(&dialog, &OperationDialog::applied);
    dialog.show();
    QVERIFY(fill(dialog, {u"targetKind=true"_s, u"targetCaseId=70001"_s, u"relateCase=true"_s})
                .isEmpty());
    const OperationOutcome outcome = submit(dialog, *m_controller);
    QVERIFY2(outcome.status == OperationOutcome::Status::Applied, qPrintable(outcome.message));
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.constFirst().constFirst().toString(), outcome.message);
    QVERIFY(outcome.message.contains(u"moved to case 70001"_s));
    QVERIFY(!dialog.isVisible());

    const auto activities = await<QList<Activity>>(
        [&](const auto &done) { m_bench->caseClient()->activitiesByIds({81008}, done); });
    QCOMPARE(activities.value.constFirst().caseId, 70001);
    const auto cases = await<QList<Case>>(
        [&](const auto &done) { m_bench->caseClient()->casesByIds({70001}, done); });
    QVERIFY(cases.value.constFirst().relatedCaseIds.contains(70004));
}

// P8: only the server knows the lock; its words and code stay in the dialog
void TestChangeCaseDialog::lockedActivityKeepsTheDialogOpenWithTheServerCode()
{
    ChangeCaseDialog dialog(m_controller.get(), m_bench->cacheActivities({81003}));
    QSignalSpy applied(&dialog, &OperationDialog::applied);
    QSignalSpy queued(&dialog, &OperationDialog::queued);
    dialog.show();
    QVERIFY(fill(dialog, {u"subject=Taken over"_s}).isEmpty());
    const OperationOutcome outcome = submit(dialog, *m_controller);
    QCOMPARE(outcome.status, OperationOutcome::Status::NeedsAttention);
    QCOMPARE(outcome.code, u"403-102"_s);
    QVERIFY(dialog.isVisible());
    const QString banner = bannerText(dialog);
    QVERIFY2(banner.contains(u"403-102"_s) && banner.contains(u"locked"_s), qPrintable(banner));
    // the server's reason first, in words; host, HTTP status and code in a details line
    QVERIFY2(banner.startsWith(u"Activity 81003 is locked by another user."_s), qPrintable(banner));
    const QString details = banner.split(u'\n').filter(u"Details:"_s).value(0);
    QVERIFY2(details.contains(u"HTTP 403"_s) && details.contains(u"403-102"_s), qPrintable(banner));
    QVERIFY2(banner.contains(u"outbox"_s), qPrintable(banner));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(applied.isEmpty() && queued.isEmpty());
    const auto activities = await<QList<Activity>>(
        [&](const auto &done) { m_bench->caseClient()->activitiesByIds({81003}, done); });
    QCOMPARE(activities.value.constFirst().caseId, 70001);
}

// P7: case 70008 holds 81101–81180; the controller sends 75, then 5 into the case the first made
void TestChangeCaseDialog::moreThan75ActivitiesAreMovedWithProgress()
{
    const QList<qint64> ids = idRange(81101, 81180);
    const QList<Activity> activities = m_bench->cacheActivities(ids);
    QCOMPARE(activities.size(), 80);
    ChangeCaseDialog dialog(m_controller.get(), activities);
    QSignalSpy applied(&dialog, &OperationDialog::applied);
    dialog.show();
    QVERIFY(dialog.findChild<QLabel *>(u"activityIds"_s)->text().startsWith(u"80 activities: "_s));
    QVERIFY(dialog.findChild<QLabel *>(u"sourceCase"_s)->text().startsWith(u"Case 70008"_s));
    auto *note = dialog.findChild<QLabel *>(u"chunkNote"_s);
    QVERIFY(note->isVisibleTo(&dialog));
    QVERIFY2(note->text().contains(u"these 80 activities are sent in 2 requests"_s),
             qPrintable(note->text()));
    QVERIFY(fill(dialog, {u"subject=Split off in bulk"_s, u"severity=medium"_s}).isEmpty());
    QVERIFY(saveScreenshot(dialog, u"changecasedialog"_s));

    auto *progress = dialog.findChild<QProgressBar *>(u"progress"_s);
    QSignalSpy steps(progress, &QProgressBar::valueChanged);
    const OperationOutcome outcome = submit(dialog, *m_controller);
    QVERIFY2(outcome.status == OperationOutcome::Status::Applied, qPrintable(outcome.message));
    QCOMPARE(outcome.entryIds.size(), 2);
    QCOMPARE(progress->maximum(), 2);
    QCOMPARE(progress->value(), 2);
    QList<int> values;
    for (const QList<QVariant> &step : std::as_const(steps))
        values.append(step.constFirst().toInt());
    QVERIFY2(values.contains(1), qPrintable(QString::number(values.size())));
    const qint64 caseId = OutboxPayload::changeCaseResult(outcome.result)->caseId;
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.constFirst().constFirst().toString(),
             u"80 activities moved to the new case %1."_s.arg(caseId));
    QVERIFY(!dialog.isVisible());

    const auto moved = await<QList<Activity>>(
        [&](const auto &done) { m_bench->caseClient()->activitiesByIds(ids, done); });
    QCOMPARE(moved.value.size(), 80);
    for (const Activity &activity : moved.value)
        QCOMPARE(activity.caseId, caseId);
    const auto cases = await<QList<Case>>(
        [&](const auto &done) { m_bench->caseClient()->casesByIds({caseId}, done); });
    QCOMPARE(cases.value.constFirst().subject, u"Split off in bulk"_s);
    QCOMPARE(cases.value.constFirst().severity, u"medium"_s);
}

QTEST_MAIN(TestChangeCaseDialog)
#include "tst_changecasedialog.moc"
