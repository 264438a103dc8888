// The window an agent works in all day, on the training profile: the reading pane and its
// windows, a case's activities, readable columns, a visible filter, the keyboard's way round the
// panes, a layout that shares the screen at 1024×700, 1366×768 and 1920×1080, and the result of
// an operation selected when it is applied.

#include "acdeventqueuemodel.h"
#include "activitymodel.h"
#include "callbackdialog.h"
#include "calltrackdialog.h"
#include "casemodel.h"
#include "changecasedialog.h"
#include "itemroles.h"
#include "desktopsession.h"
#include "detailsview.h"
#include "dialogtest.h"
#include "mainwindow.h"
#include "recorddocument.h"
#include "tablepane.h"
#include "trainingwindow.h"

#include "auth/serverconnections.h"
#include "cache/activitystore.h"
#include "cache/outboxstore.h"
#include "session/profilesession.h"
#include "sync/cachenotifier.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QComboBox *activityScope(const MainWindow &window)
{
    for (QComboBox *box : window.findChildren<QComboBox *>()) {
        if (box->accessibleName() == u"Activities to show")
            return box;
    }
    return nullptr;
}

QAbstractButton *scopePin(const MainWindow &window)
{
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->accessibleName() == u"Pin the activities scope")
            return button;
    }
    return nullptr;
}

QString shownText(const DetailsView &view)
{
    return view.browser()->toPlainText();
}

// Clicks the row of this id, as the user would; whether it is then the one selected.
bool clickRow(TablePane *pane, qint64 id)
{
    const int row = pane->model()->rowOfId(id);
    if (row < 0)
        return false;
    pane->view()->scrollTo(pane->model()->index(row, 1));
    QTest::mouseClick(pane->view()->viewport(), Qt::LeftButton, {},
                      pane->view()->visualRect(pane->model()->index(row, 1)).center());
    return pane->selectedIds() == QList<qint64> {id};
}

} // namespace

class TestAgentWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // closes the details windows a test left open
    void cleanup();
    void readingPaneShowsTheSelectedActivity();
    void selectingACaseShowsItsActivitiesUnlessPinned();
    void caseLinkInTheReadingPaneSelectsTheCase();
    void readingPaneShowsACaseAndAnAcdEvent();
    void remoteContentIsNeverLoaded();
    void contentMissingFromTheCacheIsReadOnDemand();
    void failedReadSaysSoAndShowsTheCache();
    void doubleClickAndEnterOpenWindowsOfTheirOwn();
    void columnsFitTheirContentsOnFirstStart();
    void activeFilterIsVisibleAndRememberedPerProfile();
    void tabLeavesTablesAndReachesEveryPane();
    void paneKeysMoveTheFocus();
    void deleteKeysDestroyNothing();
    void shortcutListNamesEveryKey();
    void layoutSharesTheScreenAtCommonSizes_data();
    void layoutSharesTheScreenAtCommonSizes();
    void newCallbackIsSelectedWhenApplied();
    void newCalltrackIsSelectedInItsCaseWhenApplied();
    void queuedWorkIsGreyedInItsList();

private:
    std::unique_ptr<DesktopSession> m_desktop;
    MainWindow *m_window = nullptr;
};

void TestAgentWindow::initTestCase()
{
    const QString error = TrainingWindow::open(m_desktop);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = m_desktop->window();
    m_window->showNormal();
    m_window->resize(1366, 768);
    QTRY_VERIFY(m_window->activityPane()->model()->rowOfId(81001) >= 0);
}

void TestAgentWindow::readingPaneShowsTheSelectedActivity()
{
    QDockWidget *dock = m_window->findChild<QDockWidget *>(u"detailsDock"_s);
    QVERIFY(dock);
    QVERIFY2(dock->isVisible(), "the reading pane is on by default");

    QVERIFY(clickRow(m_window->activityPane(), 81004));
    DetailsView *details = m_window->detailsView();
    QCOMPARE(details->kind(), DetailsView::Kind::Activity);
    QCOMPARE(details->recordId(), 81004);
    const QString text = shownText(*details);
    // what the sandbox holds for 81004 (sandbox/datastore.cpp): its subject, its content, its
    // case and the draft reply
    const auto cached = ActivityStore(m_desktop->session()->database()).byIds({81004});
    QVERIFY(cached.ok() && cached.value.size() == 1);
    const Activity &activity = cached.value.constFirst();
    QVERIFY2(text.contains(activity.subject), qPrintable(text));
    QVERIFY2(!activity.contentText.isEmpty() && text.contains(activity.contentText),
             qPrintable(text));
    QVERIFY2(text.contains(u"Lena Fischer"_s), qPrintable(text));
    QVERIFY2(text.contains(u"draft"_s, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(details->browser()->toHtml().contains(u"agentdesk:case/70001"_s),
             "the case is a link");
}

void TestAgentWindow::selectingACaseShowsItsActivitiesUnlessPinned()
{
    QComboBox *scope = activityScope(*m_window);
    QAbstractButton *pin = scopePin(*m_window);
    QVERIFY(scope && pin);
    pin->setChecked(false);
    QTRY_VERIFY(m_window->casePane()->model()->rowOfId(70003) >= 0);
    QVERIFY(clickRow(m_window->casePane(), 70003));
    QCOMPARE(scope->currentData().value<ActivityModel::Scope>(), ActivityModel::Scope::Case);
    const auto *activities = static_cast<ActivityModel *>(m_window->activityPane()->model());
    QCOMPARE(activities->caseId(), 70003);
    QTRY_VERIFY(activities->rowOfId(81007) >= 0);
    QCOMPARE(activities->rowCount(), 1);

    // pinned: "My activities" stays whatever case is selected
    scope->setCurrentIndex(
        scope->findData(QVariant::fromValue(ActivityModel::Scope::AssignedUser)));
    pin->setChecked(true);
    QVERIFY(clickRow(m_window->casePane(), 70001));
    QCOMPARE(scope->currentData().value<ActivityModel::Scope>(),
             ActivityModel::Scope::AssignedUser);
    QCOMPARE(m_window->detailsView()->kind(), DetailsView::Kind::Case);
    QCOMPARE(m_window->detailsView()->recordId(), 70001);
    pin->setChecked(false);
}

void TestAgentWindow::caseLinkInTheReadingPaneSelectsTheCase()
{
    QVERIFY(clickRow(m_window->casePane(), 70003));
    QTRY_VERIFY(m_window->activityPane()->model()->rowOfId(81007) >= 0);
    QVERIFY(clickRow(m_window->activityPane(), 81007));
    m_window->casePane()->filterEdit()->setText(u"no case has this subject"_s);
    // a click on the case's link, as QTextBrowser reports it
    emit m_window->detailsView()->browser()->anchorClicked(QUrl(RecordDocument::caseLink(70003)));
    QCOMPARE(m_window->casePane()->selectedIds(), QList<qint64> {70003});
    QVERIFY2(m_window->casePane()->filterEdit()->text().isEmpty(), "the filter hid the case");
    QCOMPARE(m_window->detailsView()->kind(), DetailsView::Kind::Case);
}

void TestAgentWindow::readingPaneShowsACaseAndAnAcdEvent()
{
    QVERIFY(clickRow(m_window->casePane(), 70001));
    DetailsView *details = m_window->detailsView();
    QTRY_VERIFY(shownText(*details).contains(u"81005"_s));
    // the others' activities arrive with the pull of the watched case
    for (const QString &activity : {u"81001"_s, u"81002"_s, u"81003"_s, u"81004"_s})
        QTRY_VERIFY2_WITH_TIMEOUT(
            details->browser()->toHtml().contains(u"agentdesk:activity/"_s + activity),
            qPrintable(activity), 10000);

    QTRY_VERIFY(m_window->queuePane()->model()->rowOfId(88001) >= 0);
    QVERIFY(clickRow(m_window->queuePane(), 88001));
    QCOMPARE(details->kind(), DetailsView::Kind::AcdEvent);
    const QString text = shownText(*details);
    QVERIFY2(text.contains(u"4922199900011"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Callback"_s), qPrintable(text));
    QVERIFY2(text.contains(u"512"_s), qPrintable(text));
}

void TestAgentWindow::remoteContentIsNeverLoaded()
{
    QTcpServer tracker;
    QVERIFY(tracker.listen(QHostAddress::LocalHost));
    const QString remote = u"http://127.0.0.1:%1/"_s.arg(tracker.serverPort());
    Activity activity;
    activity.id = 89001;
    activity.caseId = 70001;
    activity.subject = u"Newsletter with a tracking pixel"_s;
    activity.contentHtml = u"<p>Hello <b>Lena</b></p><img src=\"%1pixel.png\">"
                           "<div style=\"background: url(%1bg.png)\">x</div>"
                           "<a href=\"%1click\">offer</a><script>alert(1)</script>"_s.arg(remote);
    activity.json
        = QJsonDocument(QJsonObject {{u"id"_s, u"89001"_s}, {u"payload"_s, QJsonObject {}}})
              .toJson(QJsonDocument::Compact);
    CacheDatabase &database = m_desktop->session()->database();
    QVERIFY(!ActivityStore(database).upsert({activity}));
    m_desktop->session()->notifier()->notifyChanged(
        {CacheChange::Table::Activities, {89001}, {}, {}});

    DetailsView *details = m_window->openDetailsWindow(DetailsView::Kind::Activity, 89001);
    QVERIFY(QTest::qWaitForWindowExposed(details->window()));
    QCOMPARE(details->window()->windowTitle(),
             u"Activity 89001: Newsletter with a tracking pixel"_s);
    details->window()->grab(); // lays out and paints the document
    QVERIFY2(shownText(*details).contains(u"Hello Lena"_s), qPrintable(shownText(*details)));
    QVERIFY2(details->note().contains(u"Remote content blocked"_s), qPrintable(details->note()));
    QVERIFY(!details->browser()->toHtml().contains(remote + u"pixel.png"_s));
    QVERIFY(!tracker.waitForNewConnection(500));
    // the link stays, for a click that opens it in the browser
    QVERIFY(details->browser()->toHtml().contains(remote + u"click"_s));
}

void TestAgentWindow::contentMissingFromTheCacheIsReadOnDemand()
{
    CacheDatabase &database = m_desktop->session()->database();
    auto cached = ActivityStore(database).byIds({81001});
    QVERIFY(cached.ok() && cached.value.size() == 1);
    const QString content = cached.value.constFirst().contentText;
    QVERIFY(!content.isEmpty());
    // as a summary read leaves it: no payload
    Activity summary = cached.value.constFirst();
    summary.contentText.clear();
    summary.contentHtml.clear();
    QJsonObject record = QJsonDocument::fromJson(summary.json).object();
    record.remove(u"payload"_s);
    summary.json = QJsonDocument(record).toJson(QJsonDocument::Compact);
    QVERIFY(!ActivityStore(database).upsert({summary}));

    DetailsView *details = m_window->detailsView();
    details->showActivity(81001);
    QVERIFY2(details->isReading(), "no read was started");
    QVERIFY(details->note().contains(u"Reading"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!details->isReading(), 10000);
    QTRY_VERIFY2(shownText(*details).contains(content), qPrintable(shownText(*details)));
    // and it is cached
    cached = ActivityStore(database).byIds({81001});
    QCOMPARE(cached.value.constFirst().contentText, content);
    QVERIFY(RecordDocument::hasContent(cached.value.constFirst()));
    QVERIFY2(details->note().isEmpty(), qPrintable(details->note()));
}

void TestAgentWindow::failedReadSaysSoAndShowsTheCache()
{
    // an activity the server does not have (any more): the read fails with the server's 404
    Activity gone;
    gone.id = 89002;
    gone.caseId = 70001;
    gone.subject = u"Deleted on the server"_s;
    gone.json = QJsonDocument(QJsonObject {{u"id"_s, u"89002"_s}}).toJson(QJsonDocument::Compact);
    QVERIFY(!ActivityStore(m_desktop->session()->database()).upsert({gone}));
    DetailsView *details = m_window->detailsView();
    details->showActivity(89002);
    QTRY_VERIFY_WITH_TIMEOUT(!details->isReading(), 10000);
    QVERIFY2(details->note().contains(u"could not be read"_s), qPrintable(details->note()));
    QVERIFY2(details->note().contains(u"as of"_s), qPrintable(details->note()));
    QVERIFY(shownText(*details).contains(u"Deleted on the server"_s));
}

void TestAgentWindow::doubleClickAndEnterOpenWindowsOfTheirOwn()
{
    TablePane *activities = m_window->activityPane();
    QVERIFY(clickRow(m_window->casePane(), 70001));
    QTRY_VERIFY(activities->model()->rowOfId(81001) >= 0);
    const auto windowsShowing = [this](qint64 id) {
        int count = 0;
        for (DetailsView *view : m_window->findChildren<DetailsView *>())
            count += view != m_window->detailsView() && view->recordId() == id && view->isVisible();
        return count;
    };
    const int row = activities->model()->rowOfId(81001);
    const QPoint cell = activities->view()->visualRect(activities->model()->index(row, 1)).center();
    // the press of a double click, then the double click itself, as a window system sends them
    QTest::mouseClick(activities->view()->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(activities->view()->viewport(), Qt::LeftButton, {}, cell);
    QTRY_COMPARE(windowsShowing(81001), 1);

    // m.jansen's: cached once the case is watched
    QTRY_VERIFY_WITH_TIMEOUT(activities->selectId(81003), 10000);
    activities->view()->setFocus();
    QTest::keyClick(activities->view(), Qt::Key_Return);
    QTRY_COMPARE(windowsShowing(81003), 1);
    QCOMPARE(windowsShowing(81001), 1); // several stay open

    // Escape closes the window it is pressed in
    for (DetailsView *view : m_window->findChildren<DetailsView *>()) {
        if (view->recordId() == 81003 && view != m_window->detailsView()) {
            view->window()->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(view->window()));
            QTest::keyClick(view->browser(), Qt::Key_Escape);
        }
    }
    QTRY_COMPARE(windowsShowing(81003), 0);
}

void TestAgentWindow::cleanup()
{
    for (DetailsView *view : m_window->findChildren<DetailsView *>()) {
        if (view != m_window->detailsView())
            view->window()->close();
    }
    m_window->activateWindow();
}

void TestAgentWindow::columnsFitTheirContentsOnFirstStart()
{
    const QHeaderView *queue = m_window->queuePane()->view()->horizontalHeader();
    const QFontMetrics metrics(m_window->queuePane()->view()->font());
    QVERIFY2(queue->sectionSize(AcdEventQueueModel::SenderColumn)
                 >= metrics.horizontalAdvance(u"4922199900011"_s),
             "the sender is cut");
    const QHeaderView *activities = m_window->activityPane()->view()->horizontalHeader();
    QVERIFY2(activities->sectionSize(ActivityModel::SubjectColumn)
                 > activities->sectionSize(ActivityModel::IdColumn),
             "the subject is narrower than the id");
    QVERIFY(activities->sectionSize(ActivityModel::IdColumn)
            >= metrics.horizontalAdvance(u"81001"_s));
}

void TestAgentWindow::activeFilterIsVisibleAndRememberedPerProfile()
{
    TablePane *cases = m_window->casePane();
    cases->filterEdit()->clear();
    const int total = cases->model()->unfilteredRowCount();
    const QColor normal = cases->filterEdit()->palette().color(QPalette::Base);
    cases->filterEdit()->setText(u"70003"_s);
    QCOMPARE(cases->model()->rowCount(), 1);
    QCOMPARE(cases->countText(), u"1 of %1 shown"_s.arg(QLocale().toString(total)));
    QVERIFY2(cases->filterEdit()->palette().color(QPalette::Base) != normal,
             "the filter is not highlighted");
    cases->saveState();
    const QString profile = m_desktop->session()->connections()->profile().name;
    QCOMPARE(QSettings().value(u"profiles/%1/panes/cases/filter"_s.arg(profile)).toString(),
             u"70003"_s);
    cases->filterEdit()->clear();
    QCOMPARE(cases->countText(), u"%1 rows"_s.arg(total));
    QCOMPARE(cases->filterEdit()->palette().color(QPalette::Base), normal);
}

void TestAgentWindow::tabLeavesTablesAndReachesEveryPane()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->casePane()->view()->setFocus(Qt::TabFocusReason);
    QSet<QWidget *> reached;
    for (int presses = 0; presses < 80; ++presses) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        reached.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    const QList<QWidget *> expected
        = {m_window->casePane()->view(),       m_window->activityPane()->view(),
           m_window->queuePane()->view(),      m_window->detailsView()->browser(),
           activityScope(*m_window),           scopePin(*m_window),
           m_window->casePane()->filterEdit(), m_window->queuePane()->filterEdit()};
    for (QWidget *widget : expected)
        QVERIFY2(reached.contains(widget),
                 qPrintable(QString::fromLatin1(widget->metaObject()->className()) + u' '
                            + widget->accessibleName()));
    bool toolBarReached = false;
    for (QToolBar *toolBar : m_window->findChildren<QToolBar *>()) {
        for (QWidget *widget : std::as_const(reached))
            toolBarReached = toolBarReached || toolBar->isAncestorOf(widget);
    }
    QVERIFY2(toolBarReached, "Tab never reaches the toolbar");
}

void TestAgentWindow::paneKeysMoveTheFocus()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    const QList<std::pair<Qt::Key, QWidget *>> keys = {{Qt::Key_1, m_window->casePane()},
                                                       {Qt::Key_2, m_window->activityPane()},
                                                       {Qt::Key_3, m_window->queuePane()},
                                                       {Qt::Key_4, m_window->detailsView()}};
    for (const auto &[key, pane] : keys) {
        QTest::keyClick(m_window, key, Qt::AltModifier);
        QVERIFY2(pane->isAncestorOf(QApplication::focusWidget()), qPrintable(QString::number(key)));
    }
    // F6 goes round: details → cases → activities, Shift+F6 back
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QVERIFY(m_window->casePane()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QVERIFY(m_window->activityPane()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(m_window->casePane()->isAncestorOf(QApplication::focusWidget()));
}

void TestAgentWindow::deleteKeysDestroyNothing()
{
    OutboxStore outbox(m_desktop->session()->database());
    const int entries = outbox.count(OutboxEntry::State::Pending).value
        + outbox.count(OutboxEntry::State::NeedsAttention).value;
    for (TablePane *pane : {m_window->casePane(), m_window->activityPane(), m_window->queuePane(),
                            m_window->outboxPane()}) {
        const int rows = pane->model()->unfilteredRowCount();
        pane->view()->selectAll();
        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_Delete);
        QTest::keyClick(pane->view(), Qt::Key_Delete, Qt::ShiftModifier);
        QVERIFY2(!QApplication::activeModalWidget(), "Delete opened a dialog");
        QCOMPARE(pane->model()->unfilteredRowCount(), rows);
        pane->view()->clearSelection();
    }
    QCOMPARE(outbox.count(OutboxEntry::State::Pending).value
                 + outbox.count(OutboxEntry::State::NeedsAttention).value,
             entries);
}

void TestAgentWindow::shortcutListNamesEveryKey()
{
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        shown = box->text();
        box->accept();
    });
    for (QAction *action : m_window->menuBar()->actions()) {
        for (QAction *item : action->menu()->actions()) {
            if (item->text().contains(u"Keyboard shortcuts"_s))
                item->trigger();
        }
    }
    for (const QString &key : {u"F6"_s, u"Shift+F6"_s, u"Alt+1"_s, u"Alt+4"_s, u"Ctrl+N"_s,
                               u"Ctrl+M"_s, u"Ctrl+B"_s, u"F5"_s, u"Return"_s, u"Shift+Tab"_s})
        QVERIFY2(shown.contains(key), qPrintable(key + u" missing in "_s + shown));
}

void TestAgentWindow::layoutSharesTheScreenAtCommonSizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestAgentWindow::layoutSharesTheScreenAtCommonSizes()
{
    QFETCH(QSize, size);
    m_window->showNormal();
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    QApplication::processEvents();
    const QWidget *central = m_window->centralWidget();
    const QList<const QWidget *> panes
        = {m_window->casePane(), central, m_window->queuePane(), m_window->detailsView()};
    for (const QWidget *pane : panes) {
        QVERIFY2(pane->isVisible(), pane->metaObject()->className());
        QVERIFY2(pane->width() >= std::max(pane->minimumWidth(), 200),
                 qPrintable(
                     u"%1 is %2 px wide"_s.arg(QString::fromLatin1(pane->metaObject()->className()))
                         .arg(pane->width())));
        QVERIFY2(pane->height() >= 100, pane->metaObject()->className());
    }
    // each column keeps a share of the width: none takes it all, none is squeezed
    for (const QWidget *pane : {static_cast<const QWidget *>(m_window->casePane()), central,
                                static_cast<const QWidget *>(m_window->queuePane())})
        QVERIFY2(pane->width() <= size.width() / 2,
                 qPrintable(u"%1 takes %2 of %3 px"_s
                                .arg(QString::fromLatin1(pane->metaObject()->className()))
                                .arg(pane->width())
                                .arg(size.width())));
    const QHeaderView *header = m_window->activityPane()->view()->horizontalHeader();
    QVERIFY(header->sectionSize(ActivityModel::SubjectColumn)
            > header->sectionSize(ActivityModel::IdColumn));
    DialogTest::saveScreenshot(*m_window,
                               u"agentdesk-%1x%2"_s.arg(size.width()).arg(size.height()));
}

void TestAgentWindow::newCallbackIsSelectedWhenApplied()
{
    const QString subject
        = u"Selected "_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    auto *dialog = qobject_cast<CallbackDialog *>(m_window->newCallback());
    QVERIFY(dialog);
    QVERIFY(DialogTest::fill(*dialog,
                             {u"typeId=3"_s, u"groupId=512"_s, u"sender=+4930555019999"_s,
                              u"subject="_s + subject})
                .isEmpty());
    QSignalSpy applied(dialog, &OperationDialog::applied);
    QTest::mouseClick(DialogTest::okButton(*dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 30000);
    TablePane *queue = m_window->queuePane();
    QTRY_COMPARE(queue->selectedIds().size(), 1);
    const int row = queue->model()->rowOfId(queue->selectedIds().constFirst());
    QCOMPARE(queue->model()->index(row, AcdEventQueueModel::SubjectColumn).data().toString(),
             subject);
    QCOMPARE(m_window->detailsView()->kind(), DetailsView::Kind::AcdEvent);
}

void TestAgentWindow::newCalltrackIsSelectedInItsCaseWhenApplied()
{
    // the agent works in "my activities" and logs a call for case 70004
    QComboBox *scope = activityScope(*m_window);
    scope->setCurrentIndex(scope->findData(QVariant::fromValue(ActivityModel::Scope::AssignedUser)));
    scopePin(*m_window)->setChecked(false);
    const QString subject = u"Logged "_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    auto *dialog = qobject_cast<CalltrackDialog *>(m_window->newCalltrack());
    QVERIFY(dialog);
    QVERIFY(DialogTest::fill(*dialog, {u"department=Service"_s, u"subtype=follow_up"_s,
                                       u"mode=Outbound"_s, u"subject="_s + subject,
                                       u"customerBy=0"_s, u"customer=5001"_s,
                                       u"caseChoice=true"_s, u"caseId=70004"_s})
                .isEmpty());
    QSignalSpy applied(dialog, &OperationDialog::applied);
    QTest::mouseClick(DialogTest::okButton(*dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 30000);
    // its case is selected, so the activities pane shows that case, with the new one selected
    QTRY_COMPARE(m_window->casePane()->selectedIds(), QList<qint64>{70004});
    TablePane *activities = m_window->activityPane();
    QTRY_COMPARE(activities->selectedIds().size(), 1);
    QCOMPARE(static_cast<ActivityModel *>(activities->model())->caseId(), 70004);
    const int row = activities->model()->rowOfId(activities->selectedIds().constFirst());
    QCOMPARE(activities->model()->index(row, ActivityModel::SubjectColumn).data().toString(), subject);
    QCOMPARE(m_window->detailsView()->recordId(), activities->selectedIds().constFirst());
}

// A move the server refused waits in the outbox; until it is sent or discarded, the activity's
// row is drawn greyed (in the palette's disabled text colour) in the activities pane.
void TestAgentWindow::queuedWorkIsGreyedInItsList()
{
    QVERIFY(m_window->selectCase(70004));
    TablePane *activities = m_window->activityPane();
    QTRY_VERIFY(activities->selectId(81008));
    // the pixels of the subject drawn in the normal text colour: none when it is greyed
    const auto textPixels = [activities] {
        const QModelIndex cell = activities->model()->index(activities->model()->rowOfId(81008),
                                                            ActivityModel::SubjectColumn);
        activities->view()->clearSelection(); // the selection colours would hide the text's
        const QImage image = activities->view()->viewport()
                                 ->grab(activities->view()->visualRect(cell))
                                 .toImage();
        const QRgb text = activities->view()->palette().color(QPalette::Active, QPalette::Text).rgb();
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += image.pixel(x, y) == text;
        }
        return count;
    };
    QVERIFY(textPixels() > 0);

    QVERIFY(activities->selectId(81008));
    auto *dialog = qobject_cast<ChangeCaseDialog *>(m_window->changeCase());
    QVERIFY(dialog);
    QVERIFY(DialogTest::fill(*dialog, {u"targetKind=true"_s, u"targetCaseId=7999999"_s}).isEmpty());
    QTest::mouseClick(DialogTest::okButton(*dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!DialogTest::bannerText(*dialog).isEmpty(), 30000);
    dialog->close();
    const QModelIndex row = activities->model()->index(activities->model()->rowOfId(81008), 0);
    QTRY_VERIFY(row.data(ItemRoles::PendingRole).toBool());
    QVERIFY2(textPixels() == 0, "the waiting move's row is not greyed");

    OutboxStore outbox(m_desktop->session()->database());
    const auto refused = outbox.list({OutboxEntry::State::NeedsAttention});
    QCOMPARE(refused.value.size(), 1);
    QVERIFY(!outbox.discard(refused.value.constFirst().id));
    m_desktop->session()->notifier()->notifyOutboxChanged();
    QTRY_VERIFY(!row.data(ItemRoles::PendingRole).toBool());
    QVERIFY(textPixels() > 0);
}

QTEST_MAIN(TestAgentWindow)
#include "tst_agentwindow.moc"
