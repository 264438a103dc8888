// The window as a supervisor works in it, on the training sandbox signed in as s.okafor (who may
// transfer, pick and unpin): transfer and pick from the Operations menu, the dialog's note on
// what cannot go, the Team pane's counts, its row filtering the activities pane, and activities
// dropped on an agent opening the transfer with that agent filled in.

#include "activitymodel.h"
#include "desktopsession.h"
#include "dialogtest.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "reassigndialog.h"
#include "tablepane.h"
#include "teammodel.h"
#include "trainingwindow.h"

#include "auth/serverconnections.h"
#include "cache/activitystore.h"
#include "cache/teamloadstore.h"
#include "session/profilesession.h"
#include "sync/readback.h"
#include "sync/syncengine.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDropEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// sandbox/README.md, "Activities to reassign": 81201 an email in the Service queue, 81202 and
// 81203 m.jansen's (81203 pinned), 81205 a new outbound email in the queue, 81208 a calltrack,
// 81216 p.lindqvist's. The training profile speaks ECE, which transfers emails only.
const QList<qint64> Reassignable = {81201, 81202, 81203, 81205, 81208, 81216};

QAction *actionWithShortcut(const MainWindow &window, const QKeySequence &keys)
{
    for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
        if (action->shortcut() == keys)
            return action;
    }
    return nullptr;
}

ReassignDialog *openReassignDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<ReassignDialog *>(widget); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

class TestSupervisorWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void transferFromTheOperationsMenuIsApplied();
    void pickTakesTheActivitiesOver();
    void dialogSaysWhatCannotGoBeforeSending();
    void teamPaneCountsAndFiltersTheActivities();
    void droppingActivitiesOnAnAgentOpensTheTransfer();

private:
    void select(const QList<qint64> &ids);
    std::optional<Activity> cached(qint64 id) const;

    std::unique_ptr<DesktopSession> m_desktop;
    MainWindow *m_window = nullptr;
};

void TestSupervisorWindow::initTestCase()
{
    const QString error = TrainingWindow::open(m_desktop, u"s.okafor"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = m_desktop->window();
    m_window->showNormal();
    m_window->resize(1366, 768);
    // the activities the supervisor looks at, read into the cache as the reading pane would
    ProfileSession *session = m_desktop->session();
    std::optional<std::optional<ApiError>> read;
    ReadBack::activities(session->connections()->caseClient(), session->database(),
                         session->notifier(), this, Reassignable,
                         [&read](const std::optional<ApiError> &error) { read = error; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
    QVERIFY2(!*read, qPrintable((*read)->message()));
    auto *scope = m_window->findChild<QComboBox *>();
    for (QComboBox *box : m_window->findChildren<QComboBox *>()) {
        if (box->accessibleName() == u"Activities to show")
            scope = box;
    }
    scope->setCurrentIndex(scope->findData(QVariant::fromValue(ActivityModel::Scope::All)));
    // a result selected after an operation must not switch the pane to its case
    for (QToolButton *button : m_window->findChildren<QToolButton *>()) {
        if (button->accessibleName() == u"Pin the activities scope")
            button->setChecked(true);
    }
    QTRY_VERIFY(m_window->activityPane()->model()->rowOfId(81201) >= 0);
}

void TestSupervisorWindow::cleanup()
{
    while (ReassignDialog *dialog = openReassignDialog()) {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->done(QDialog::Rejected);
        QCoreApplication::processEvents();
    }
}

void TestSupervisorWindow::select(const QList<qint64> &ids)
{
    TablePane *pane = m_window->activityPane();
    pane->view()->clearSelection();
    for (qint64 id : ids) {
        const int row = pane->model()->rowOfId(id);
        QVERIFY2(row >= 0,
                 qPrintable(u"%1 not among %2 rows (cached: %3)"_s.arg(id)
                                .arg(pane->model()->rowCount())
                                .arg(cached(id).has_value())));
        pane->view()->selectionModel()->select(
            pane->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

std::optional<Activity> TestSupervisorWindow::cached(qint64 id) const
{
    const auto found = ActivityStore(m_desktop->session()->database()).byIds({id});
    return found.value.isEmpty() ? std::nullopt : std::optional(found.value.constFirst());
}

void TestSupervisorWindow::transferFromTheOperationsMenuIsApplied()
{
    select({81201, 81205});
    QAction *transfer = actionWithShortcut(*m_window, QKeySequence(Qt::CTRL | Qt::Key_T));
    QVERIFY(transfer);
    QVERIFY(transfer->isEnabled());
    transfer->trigger();
    ReassignDialog *dialog = openReassignDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(u"activities"_s)->text().contains(u"81201, 81205"_s));
    // p.lindqvist is known to the cache (81216): chosen by name
    auto *target = dialog->findChild<QComboBox *>(u"target"_s);
    const int known = target->findData(qint64(1009));
    QVERIFY2(known >= 0, "the cache's users are offered as targets");
    QVERIFY(target->itemText(known).contains(u"Lindqvist"_s));
    QVERIFY(DialogTest::fill(*dialog, {u"target="_s + target->itemText(known)}).isEmpty());
    QCOMPARE(dialog->request().targetId, 1009);
    QVERIFY(!dialog->findChild<QAbstractButton *>(u"unpin"_s)->isChecked());
    QSignalSpy applied(dialog, &OperationDialog::applied);
    QTest::mouseClick(DialogTest::okButton(*dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 30000);
    QVERIFY2(applied.constFirst().constFirst().toString().contains(u"1009"_s),
             qPrintable(applied.constFirst().constFirst().toString()));
    // read back from the server into the cache, and so into the pane
    QTRY_COMPARE(cached(81201)->assignedUserId, 1009);
    QCOMPARE(cached(81205)->assignedUserId, 1009);
    TablePane *pane = m_window->activityPane();
    const int row = pane->model()->rowOfId(81201);
    QTRY_VERIFY(pane->model()
                    ->index(row, ActivityModel::AssignedUserColumn)
                    .data()
                    .toString()
                    .contains(u"Lindqvist"_s));
}

void TestSupervisorWindow::pickTakesTheActivitiesOver()
{
    select({81202});
    QAction *pick = actionWithShortcut(*m_window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QVERIFY(pick);
    pick->trigger();
    ReassignDialog *dialog = openReassignDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->request().operation, ReassignRequest::Operation::Pick);
    QVERIFY(!dialog->findChild<QComboBox *>(u"target"_s)->isVisible());
    QSignalSpy applied(dialog, &OperationDialog::applied);
    QTest::mouseClick(DialogTest::okButton(*dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 30000);
    QTRY_COMPARE(cached(81202)->assignedUserLogin, u"s.okafor"_s);
}

// a calltrack cannot be transferred: said before anything is sent, naming the activity
void TestSupervisorWindow::dialogSaysWhatCannotGoBeforeSending()
{
    select({81208, 81203});
    auto *dialog = qobject_cast<ReassignDialog *>(
        m_window->reassign(ReassignRequest::Operation::TransferToUser));
    QVERIFY(dialog);
    const QLabel *blocked = dialog->findChild<QLabel *>(u"blocked"_s);
    QVERIFY(blocked->isVisible());
    QVERIFY2(blocked->text().contains(u"81208"_s), qPrintable(blocked->text()));
    QVERIFY(!blocked->text().contains(u"81203"_s));
    // every control is named and reached by Tab; the target's row leaves the order for a pick
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(DialogTest::unnamedControls(*dialog).join(u", "_s), QString());
    QCOMPARE(DialogTest::repeatedMnemonics(*dialog).join(u", "_s), QString());
    QWidget *first = dialog->findChild<QWidget *>(u"operation"_s);
    QCOMPARE(DialogTest::tabOrder(*first).join(u", "_s),
             u"operation, target, unpin, Transfer, Cancel"_s);
    QVERIFY(DialogTest::fill(*dialog, {u"operation=3"_s}).isEmpty());
    QCOMPARE(DialogTest::tabOrder(*first).join(u", "_s), u"operation, unpin, Pick, Cancel"_s);
    QVERIFY(DialogTest::fill(*dialog, {u"operation=0"_s}).isEmpty());
    // OK on it sends nothing and says why under the selection
    QVERIFY(DialogTest::fill(*dialog, {u"target=1009"_s}).isEmpty());
    QTest::mouseClick(DialogTest::okButton(*dialog), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(DialogTest::shownError(*dialog, u"activities"_s).contains(u"81208"_s));
    QCOMPARE(cached(81208)->assignedUserId, 1002);
}

void TestSupervisorWindow::teamPaneCountsAndFiltersTheActivities()
{
    auto *dock = m_window->findChild<QDockWidget *>(u"teamDock"_s);
    QVERIFY(dock);
    dock->toggleViewAction()->trigger(); // View → Team, as the user opens it
    auto *view = dock->findChild<QTableView *>(u"teamView"_s);
    auto *team = qobject_cast<TeamModel *>(view->model());
    QVERIFY(team);
    // the open pane pulls its queues whole: t.nowak, who holds activities in the Service queue
    // that nobody read before, appears
    const auto rowOf = [team](TeamLoadStore::Load::Kind kind, qint64 id) {
        for (int row = 0; row < team->rowCount(); ++row) {
            if (team->load(row).kind == kind && team->load(row).id == id)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(TeamLoadStore::Load::Kind::Agent, 1006) >= 0, 20000);
    SyncEngine *engine = m_desktop->session()->syncEngine();
    QTRY_VERIFY_WITH_TIMEOUT(!engine->isSyncing(SyncEngine::Server::Case), 20000);
    QCoreApplication::processEvents();
    // the counts the triggers keep are those of the cached activities
    const auto counted = TeamLoadStore(m_desktop->session()->database()).recount().value;
    QTRY_COMPARE(team->rowCount(), int(counted.size()));
    int agentRow = -1;
    for (int row = 0; row < team->rowCount(); ++row) {
        QVERIFY(team->load(row).sameCounts(counted.at(row)));
        if (team->load(row).kind == TeamLoadStore::Load::Kind::Agent && team->load(row).id == 1009)
            agentRow = row;
    }
    QVERIFY2(agentRow >= 0, "p.lindqvist holds activities after the transfer");
    QVERIFY(team->index(agentRow, TeamModel::OpenColumn).data().toInt() >= 3);
    // F6 reaches the pane like every other one
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    bool reached = false;
    for (int press = 0; press < 8 && !reached; ++press) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window,
                        Qt::Key_F6);
        reached = view->hasFocus();
    }
    QVERIFY(reached);

    // a click shows that agent's open activities
    const QRect cell = view->visualRect(team->index(agentRow, TeamModel::NameColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    auto *activities = static_cast<ActivityModel *>(m_window->activityPane()->model());
    QTRY_COMPARE(activities->scope(), ActivityModel::Scope::Agent);
    QTRY_VERIFY(activities->rowCount() >= 3);
    for (int row = 0; row < activities->rowCount(); ++row) {
        const qint64 id
            = activities->index(row, ActivityModel::IdColumn).data(ItemRoles::IdRole).toLongLong();
        QCOMPARE(cached(id)->assignedUserId, 1009);
    }
    dock->toggleViewAction()->trigger();
}

void TestSupervisorWindow::droppingActivitiesOnAnAgentOpensTheTransfer()
{
    auto *dock = m_window->findChild<QDockWidget *>(u"teamDock"_s);
    // a drag over the activities selects rows unless the Team pane is there to drop them on
    QVERIFY(!dock->isVisible());
    QVERIFY(!m_window->activityPane()->view()->dragEnabled());
    dock->toggleViewAction()->trigger(); // View → Team, as the user opens it
    QTRY_VERIFY(m_window->activityPane()->view()->dragEnabled());
    auto *view = dock->findChild<QTableView *>(u"teamView"_s);
    auto *team = qobject_cast<TeamModel *>(view->model());
    int agentRow = -1;
    for (int row = 0; row < team->rowCount(); ++row) {
        if (team->load(row).kind == TeamLoadStore::Load::Kind::Agent && team->load(row).id == 1002)
            agentRow = row;
    }
    QVERIFY2(agentRow >= 0, "m.jansen holds 81203");

    // what the activities pane puts on a drag of its selected rows
    TablePane *pane = m_window->activityPane();
    const int row = pane->model()->rowOfId(81201);
    QVERIFY(row >= 0);
    std::unique_ptr<QMimeData> data(pane->model()->mimeData({pane->model()->index(row, 0)}));
    QVERIFY(data->hasFormat(TeamModel::ActivityIdsMimeType));

    const QPoint at = view->visualRect(team->index(agentRow, TeamModel::NameColumn)).center();
    QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton,
                          Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(at, Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton,
                    Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &drop);
    ReassignDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openReassignDialog()) != nullptr);
    QCOMPARE(dialog->request().operation, ReassignRequest::Operation::TransferToUser);
    QCOMPARE(dialog->request().targetId, 1002);
    QCOMPARE(dialog->request().activityIds(), QList<qint64> {81201});
    dock->toggleViewAction()->trigger();
}

QTEST_MAIN(TestSupervisorWindow)
#include "tst_supervisorwindow.moc"
