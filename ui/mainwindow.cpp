#include "mainwindow.h"

#include "acdeventqueuemodel.h"
#include "activitymodel.h"
#include "callbackdialog.h"
#include "calltrackdialog.h"
#include "casemodel.h"
#include "changecasedialog.h"
#include "detailsview.h"
#include "icons.h"
#include "outboxmodel.h"
#include "outboxpane.h"
#include "reassigndialog.h"
#include "tablepane.h"
#include "teammodel.h"
#include "teampane.h"

#include "auth/serverconnections.h"
#include "cache/acdeventstore.h"
#include "cache/activitystore.h"
#include "cache/casestore.h"
#include "cache/outboxstore.h"
#include "controllers/changecasecontroller.h"
#include "controllers/createcallbackcontroller.h"
#include "controllers/createcalltrackcontroller.h"
#include "controllers/reassigncontroller.h"
#include "core/buildinfo.h"
#include "core/displaytime.h"
#include "core/uilanguage.h"
#include "itemroles.h"
#include "session/profilesession.h"
#include "sync/cachenotifier.h"
#include "sync/outboxpayload.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int StatusMessageMs = 10'000;
// anything slower than this shows progress
constexpr int SyncProgressDelayMs = 300;

QString serverName(OutboxEntry::Server server)
{
    return server == OutboxEntry::Server::Case ? MainWindow::tr("Cases")
                                               : MainWindow::tr("ACD");
}

} // namespace

MainWindow::MainWindow(ProfileSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_cases(new CaseModel(session->database(), session->notifier(), this))
    , m_activities(new ActivityModel(session->database(), session->notifier(), this))
    , m_queue(new AcdEventQueueModel(session->database(), session->notifier(), this))
    , m_outbox(new OutboxModel(session->database(), session->notifier(), this))
{
    setWindowTitle(tr("AgentDesk — %1").arg(session->connections()->profile().name));
    // for X11, which does not take it from the desktop entry; dialogs inherit it
    setWindowIcon(Icons::get(Icons::Application));
    setDockNestingEnabled(true);
    createPanes();
    createActions();
    createStatusBar();
    restoreLayout();

    SyncEngine *engine = m_session->syncEngine();
    connect(engine, &SyncEngine::statusChanged, this, &MainWindow::showServerStatus);
    connect(engine, &SyncEngine::syncStarted, this, [this](OutboxEntry::Server server) {
        m_syncing.insert(server);
        // counted from the first of several servers to start
        if (!m_syncProgress->isVisible() && !m_syncProgressDelay->isActive())
            m_syncProgressDelay->start();
    });
    connect(engine, &SyncEngine::syncFinished, this, [this](OutboxEntry::Server server) {
        m_syncing.remove(server);
        if (m_syncing.isEmpty()) {
            m_syncProgressDelay->stop();
            m_syncProgress->hide();
        }
    });
    connect(engine, &SyncEngine::syncFinished, this, [this](OutboxEntry::Server server, bool ok) {
        if (!m_awaitingFirstSync.removeOne(server))
            return;
        // a queue that filled an empty cache is not news: everything would be "new"; a large
        // first fill reaches the model from a background load, after the sync
        if (server == OutboxEntry::Server::Jtel && m_queueWasEmpty) {
            const auto firstFillShown = [this] {
                m_queue->acknowledgeNew();
                m_queueWasEmpty = false;
            };
            if (!m_queue->isLoading()) {
                firstFillShown();
            } else {
                auto *once = new QObject(this);
                connect(m_queue, &CacheTableModel::loadingChanged, once,
                        [once, firstFillShown](bool loading) {
                            if (loading)
                                return;
                            firstFillShown();
                            once->deleteLater();
                        });
            }
        }
        m_firstSyncOk = m_firstSyncOk && ok;
        if (m_awaitingFirstSync.isEmpty())
            emit firstSyncFinished(m_firstSyncOk);
    });
    for (OutboxEntry::Server server : {OutboxEntry::Server::Case, OutboxEntry::Server::Jtel})
        showServerStatus(server, engine->status(server));
    connect(m_session->notifier(), &CacheNotifier::outboxChanged, this,
            &MainWindow::updateOutboxButton);
    connect(m_queue, &AcdEventQueueModel::newCountChanged, this, &MainWindow::announceNewEvents);
    updateOutboxButton();

    // "reconnecting in N s" counts down
    auto *tick = new QTimer(this);
    tick->start(1000);
    connect(tick, &QTimer::timeout, this, &MainWindow::updateStatusLabels);
}

MainWindow::~MainWindow() = default;

void MainWindow::start()
{
    const ServerConnections *connections = m_session->connections();
    m_awaitingFirstSync.clear();
    if (connections->hasCaseServer())
        m_awaitingFirstSync.append(OutboxEntry::Server::Case);
    if (connections->hasJtel())
        m_awaitingFirstSync.append(OutboxEntry::Server::Jtel);
    m_firstSyncOk = true;
    m_queueWasEmpty = m_queue->unfilteredRowCount() == 0;
    if (m_awaitingFirstSync.isEmpty()) {
        statusBar()->showMessage(tr("This profile names no server: open File → Profiles and sign-in."));
        QTimer::singleShot(0, this, [this] { emit firstSyncFinished(false); });
        return;
    }
    m_session->syncEngine()->start();
}

void MainWindow::createPanes()
{
    m_activityPane = new TablePane(m_activities, settingsPrefix() + u"panes/activities"_s, this);
    m_activityPane->setSpareWidthColumn(ActivityModel::SubjectColumn);
    m_activityScope = new QComboBox(this);
    m_activityScope->setAccessibleName(tr("Activities to show"));
    if (const QString login = m_session->userLogin(); !login.isEmpty())
        m_activityScope->addItem(tr("My activities (%1)").arg(login),
                                 QVariant::fromValue(ActivityModel::Scope::AssignedUser));
    m_activityScope->addItem(tr("All cached activities"), QVariant::fromValue(ActivityModel::Scope::All));
    m_activityScope->addItem(tr("Activities of the selected case"),
                             QVariant::fromValue(ActivityModel::Scope::Case));
    m_activityScope->setCurrentIndex(m_activityScope->findData(
        QVariant::fromValue(ActivityModel::Scope::All))); // what the model shows from the start
    connect(m_activityScope, &QComboBox::currentIndexChanged, this, &MainWindow::showActivityScope);
    m_scopePinned = new QToolButton(this);
    m_scopePinned->setCheckable(true);
    //: keeps the chosen activities scope when a case is selected
    m_scopePinned->setText(tr("Pin"));
    m_scopePinned->setAccessibleName(tr("Pin the activities scope"));
    m_scopePinned->setToolTip(tr("Keep this scope when a case is selected. When not pinned, "
                                 "selecting a case shows its activities."));
    auto *scopeLine = new QHBoxLayout;
    scopeLine->setContentsMargins(0, 0, 0, 0);
    scopeLine->addWidget(m_activityScope, 1);
    scopeLine->addWidget(m_scopePinned);
    auto *activities = new QWidget(this);
    auto *activitiesLayout = new QVBoxLayout(activities);
    activitiesLayout->setContentsMargins(0, 0, 0, 0);
    activitiesLayout->addLayout(scopeLine);
    activitiesLayout->addWidget(m_activityPane);
    activities->setMinimumWidth(240);
    setCentralWidget(activities);

    auto dock = [this](QWidget *pane, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *widget = new QDockWidget(title, this);
        widget->setObjectName(name); // saveState() needs it
        widget->setWidget(pane);
        addDockWidget(area, widget);
        return widget;
    };
    // the left and right columns reach the bottom: the reading pane lies under the activities
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_casePane = new TablePane(m_cases, settingsPrefix() + u"panes/cases"_s, this);
    m_casePane->setSpareWidthColumn(CaseModel::SubjectColumn);
    m_casePane->setMinimumWidth(200);
    m_caseDock = dock(m_casePane, tr("Cases"), u"casesDock"_s, Qt::LeftDockWidgetArea);
    m_queuePane = new TablePane(m_queue, settingsPrefix() + u"panes/queue"_s, this);
    m_queuePane->setSpareWidthColumn(AcdEventQueueModel::SubjectColumn);
    m_queuePane->setMinimumWidth(200);
    m_queueDock = dock(m_queuePane, tr("ACD queue"), u"queueDock"_s, Qt::RightDockWidgetArea);
    m_details = new DetailsView(m_session, this);
    m_details->setMinimumHeight(120);
    m_detailsDock = dock(m_details, tr("Details"), u"detailsDock"_s, Qt::BottomDockWidgetArea);
    auto *outbox = new OutboxPane(m_outbox, settingsPrefix() + u"panes/outbox"_s, this);
    m_outboxPane = outbox->table();
    m_outboxDock = dock(outbox, tr("Outbox"), u"outboxDock"_s, Qt::BottomDockWidgetArea);
    m_outboxDock->hide();
    // for supervisors: who holds what; activities dragged onto an agent or a queue go there
    m_team = new TeamModel(m_session->database(), m_session->notifier(), this);
    m_teamPane = new TeamPane(m_team, this);
    m_teamDock = dock(m_teamPane, tr("Team"), u"teamDock"_s, Qt::BottomDockWidgetArea);
    // a tab beside the reading pane: both want the width under the activities
    tabifyDockWidget(m_detailsDock, m_teamDock);
    m_teamDock->hide();
    connect(m_teamDock->toggleViewAction(), &QAction::triggered, m_teamDock, [this](bool shown) {
        if (shown)
            m_teamDock->raise();
    });
    // rows are dragged onto the Team pane only while it is open; otherwise a drag over the
    // table selects rows, as it always did
    m_activityPane->view()->setDragDropMode(QAbstractItemView::DragOnly);
    m_activityPane->view()->setDragEnabled(false);
    connect(m_teamDock, &QDockWidget::visibilityChanged, m_activityPane->view(),
            &QAbstractItemView::setDragEnabled);
    connect(m_teamPane, &TeamPane::targetChosen, this, &MainWindow::showTeamTarget);
    // while the pane is open, the queues it shows are pulled whole: their other agents appear
    const auto watchTeamQueues = [this] {
        QSet<qint64> queues;
        if (m_teamDock->isVisible()) {
            for (int row = 0; row < m_team->rowCount(); ++row) {
                if (m_team->load(row).kind == TeamLoadStore::Load::Kind::Queue)
                    queues.insert(m_team->load(row).id);
            }
        }
        m_session->syncEngine()->watchQueues(queues);
    };
    connect(m_teamDock, &QDockWidget::visibilityChanged, this, watchTeamQueues);
    connect(m_team, &QAbstractItemModel::modelReset, this, watchTeamQueues);
    connect(m_team, &TeamModel::activitiesDropped, this,
            [this](TeamLoadStore::Load::Kind kind, qint64 target, const QList<qint64> &ids) {
                reassign(kind == TeamLoadStore::Load::Kind::Agent
                             ? ReassignRequest::Operation::TransferToUser
                             : ReassignRequest::Operation::TransferToQueue,
                         ids, target);
            });

    connect(m_casePane, &TablePane::selectionChanged, this, &MainWindow::followCaseSelection);
    for (TablePane *pane : {m_casePane, m_activityPane, m_queuePane})
        connect(pane, &TablePane::selectionChanged, this, [this, pane] { showDetailsOf(pane); });
    connect(m_casePane, &TablePane::activated, this,
            [this](qint64 id) { openDetailsWindow(DetailsView::Kind::Case, id); });
    connect(m_activityPane, &TablePane::activated, this,
            [this](qint64 id) { openDetailsWindow(DetailsView::Kind::Activity, id); });
    connect(m_queuePane, &TablePane::activated, this,
            [this](qint64 id) { openDetailsWindow(DetailsView::Kind::AcdEvent, id); });
    connect(m_details, &DetailsView::caseRequested, this, &MainWindow::selectCase);
    connect(m_details, &DetailsView::activityRequested, this, [this](qint64 id) {
        if (!m_activityPane->selectId(id))
            m_details->showActivity(id);
    });
    // the queue's new rows are acknowledged once the agent looked at the queue
    connect(m_queuePane, &TablePane::selectionChanged, m_queue, &AcdEventQueueModel::acknowledgeNew);
}

QString MainWindow::settingsPrefix() const
{
    // filters, scope and columns belong to the profile: another profile's filter must not
    // hide this one's queue
    return u"profiles/%1/"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(m_session->connections()->profile().name)));
}

ActivityModel::Scope MainWindow::activityScope() const
{
    return m_activityScope->currentData().value<ActivityModel::Scope>();
}

void MainWindow::setActivityScope(ActivityModel::Scope scope)
{
    if (const int index = m_activityScope->findData(QVariant::fromValue(scope)); index >= 0)
        m_activityScope->setCurrentIndex(index);
}

SyncEngine *MainWindow::syncEngine() const
{
    return m_session->syncEngine();
}

void MainWindow::showTeamTarget(TeamLoadStore::Load::Kind kind, qint64 id, const QString &name)
{
    using Scope = ActivityModel::Scope;
    const Scope scope = kind == TeamLoadStore::Load::Kind::Agent ? Scope::Agent : Scope::Queue;
    m_teamTarget = id;
    {
        // one such entry, replaced by the next choice
        const QSignalBlocker blocker(m_activityScope);
        for (const Scope team : {Scope::Agent, Scope::Queue}) {
            if (const int index = m_activityScope->findData(QVariant::fromValue(team)); index >= 0)
                m_activityScope->removeItem(index);
        }
        m_activityScope->addItem(scope == Scope::Agent
                                     ? tr("Open activities of %1").arg(name)
                                     : tr("Open activities in queue %1").arg(name),
                                 QVariant::fromValue(scope));
        m_activityScope->setCurrentIndex(m_activityScope->count() - 1);
    }
    showActivityScope();
}

void MainWindow::followCaseSelection()
{
    if (activityScope() == ActivityModel::Scope::Case)
        return showActivityScope();
    if (!m_scopePinned->isChecked() && !m_casePane->selectedIds().isEmpty())
        setActivityScope(ActivityModel::Scope::Case);
}

void MainWindow::showDetailsOf(TablePane *pane)
{
    const QModelIndex current = pane->view()->currentIndex();
    const bool currentSelected = current.isValid()
        && pane->view()->selectionModel()->isRowSelected(current.row(), current.parent());
    const QList<qint64> selected = pane->selectedIds();
    if (!currentSelected && selected.isEmpty())
        return; // the reading pane keeps what it shows until something else is selected
    const qint64 id
        = currentSelected ? current.data(ItemRoles::IdRole).toLongLong() : selected.constFirst();
    if (pane == m_casePane)
        m_details->showCase(id);
    else if (pane == m_activityPane)
        m_details->showActivity(id);
    else if (pane == m_queuePane)
        m_details->showAcdEvent(id);
}

DetailsView *MainWindow::openDetailsWindow(DetailsView::Kind kind, qint64 id)
{
    // a dialog for its keys (Escape closes it), never modal: several stay open beside the window
    auto *window = new QDialog(this, Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setModal(false);
    auto *view = new DetailsView(m_session, window);
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    connect(view, &DetailsView::titleChanged, window, &QWidget::setWindowTitle);
    connect(view, &DetailsView::caseRequested, this, &MainWindow::selectCase);
    connect(view, &DetailsView::activityRequested, this, [this](qint64 activityId) {
        openDetailsWindow(DetailsView::Kind::Activity, activityId);
    });
    switch (kind) {
    case DetailsView::Kind::Activity:
        view->showActivity(id);
        break;
    case DetailsView::Kind::Case:
        view->showCase(id);
        break;
    case DetailsView::Kind::AcdEvent:
        view->showAcdEvent(id);
        break;
    case DetailsView::Kind::None:
        break;
    }
    window->setWindowTitle(view->title());
    window->resize(QSize(720, 760).boundedTo(screen()->availableSize() * 0.9));
    window->show();
    return view;
}

bool MainWindow::selectCase(qint64 caseId)
{
    if (m_casePane->selectId(caseId))
        return true;
    if (m_casePane->filterEdit()->text().isEmpty())
        return false;
    // a filter must not hide the case the user asked for
    m_casePane->filterEdit()->clear();
    return m_casePane->selectId(caseId);
}

void MainWindow::showActivityScope()
{
    SyncEngine *engine = m_session->syncEngine();
    switch (activityScope()) {
    case ActivityModel::Scope::All:
        m_activities->showAll();
        return;
    case ActivityModel::Scope::AssignedUser:
        m_activities->setAssignedUser(m_session->userLogin());
        return;
    case ActivityModel::Scope::Agent:
        m_activities->setAgent(m_teamTarget);
        return;
    case ActivityModel::Scope::Queue:
        m_activities->setQueue(m_teamTarget);
        return;
    case ActivityModel::Scope::Case:
        break;
    }
    const QList<qint64> selected = m_casePane->selectedIds();
    const qint64 caseId = selected.isEmpty() ? 0 : selected.constFirst();
    if (m_watchedCase && m_watchedCase != caseId)
        engine->unwatchCase(m_watchedCase);
    m_watchedCase = caseId;
    m_activities->setCase(caseId);
    // the case's activities are pulled even when they are not the agent's own
    if (caseId)
        engine->watchCase(caseId);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Profiles and sign-in…"), this, &MainWindow::profilesRequested)
        ->setIcon(Icons::get(Icons::Profiles));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setIcon(Icons::get(Icons::Quit));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    auto focusedPane = [this]() -> TablePane * {
        for (TablePane *pane : {m_casePane, m_activityPane, m_queuePane, m_outboxPane}) {
            if (pane->isAncestorOf(QApplication::focusWidget()))
                return pane;
        }
        return m_activityPane;
    };
    edit->addAction(tr("&Copy rows as CSV"), QKeySequence::Copy, this,
                    [focusedPane] { focusedPane()->copySelection(); })
        ->setIcon(Icons::get(Icons::Copy));
    edit->addAction(tr("&Filter"), QKeySequence::Find, this,
                    [focusedPane] { focusedPane()->focusFilter(); })
        ->setIcon(Icons::get(Icons::Filter));

    QMenu *operations = menuBar()->addMenu(tr("&Operations"));
    QAction *calltrack = operations->addAction(tr("New &calltrack activity…"),
                                               QKeySequence(Qt::CTRL | Qt::Key_N), this,
                                               [this] { newCalltrack(); });
    QAction *move = operations->addAction(tr("&Move to another case…"),
                                          QKeySequence(Qt::CTRL | Qt::Key_M), this,
                                          [this] { changeCase(); });
    QAction *callback = operations->addAction(tr("New call&back…"), QKeySequence(Qt::CTRL | Qt::Key_B),
                                              this, [this] { newCallback(); });
    operations->addSeparator();
    using Operation = ReassignRequest::Operation;
    QAction *toUser
        = operations->addAction(tr("&Transfer to user…"), QKeySequence(Qt::CTRL | Qt::Key_T), this,
                                [this] { reassign(Operation::TransferToUser); });
    QAction *toQueue = operations->addAction(tr("Transfer to &queue…"), this,
                                             [this] { reassign(Operation::TransferToQueue); });
    QAction *toDepartment = operations->addAction(tr("Transfer to &department…"), this, [this] {
        reassign(Operation::TransferToDepartment);
    });
    QAction *pick
        = operations->addAction(tr("&Pick"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this,
                                [this] { reassign(Operation::Pick); });
    //: tool bar button of "Transfer to user…"
    toUser->setIconText(tr("Transfer"));
    operations->addSeparator();
    QAction *sync = operations->addAction(tr("&Sync now"), QKeySequence(Qt::Key_F5), this,
                                          [this] { m_session->syncEngine()->syncNow(); });
    calltrack->setIcon(Icons::get(Icons::NewCalltrack));
    move->setIcon(Icons::get(Icons::MoveToCase));
    callback->setIcon(Icons::get(Icons::NewCallback));
    sync->setIcon(Icons::get(Icons::Sync));
    for (QAction *transfer : {toUser, toQueue, toDepartment})
        transfer->setIcon(Icons::get(Icons::Transfer));
    pick->setIcon(Icons::get(Icons::Pick));
    m_operationActions = {calltrack, move, toUser, pick, callback, sync};
    calltrack->setEnabled(m_session->connections()->hasCaseServer());
    move->setEnabled(m_session->connections()->hasCaseServer());
    for (QAction *reassigning : {toUser, toQueue, toDepartment, pick})
        reassigning->setEnabled(m_session->connections()->hasCaseServer());
    callback->setEnabled(m_session->connections()->hasJtel());
    m_activityPane->setContextActions({calltrack, move, toUser, toQueue, toDepartment, pick});
    m_casePane->setContextActions({calltrack});
    m_queuePane->setContextActions({callback});

    // the outbox: what the server refused waits here to be sent again or discarded
    auto *retry = new QAction(tr("Send again now"), this);
    connect(retry, &QAction::triggered, this, [this] {
        OutboxStore outbox(m_session->database());
        for (const QString &id : m_outboxPane->selectedKeys()) {
            const auto entry = outbox.entry(id);
            if (!entry.ok() || !entry.value)
                continue;
            if (entry.value->state == OutboxEntry::State::NeedsAttention)
                outbox.retry(id);
        }
        m_session->flush([] {});
    });
    auto *discard = new QAction(tr("Discard…"), this);
    connect(discard, &QAction::triggered, this, [this] {
        const QStringList ids = m_outboxPane->selectedKeys();
        if (ids.isEmpty()
            || QMessageBox::question(this, tr("Discard operations"),
                                     tr("Discard %n operations? They will not be sent.", nullptr,
                                        int(ids.size())))
                   != QMessageBox::Yes)
            return;
        OutboxStore outbox(m_session->database());
        QStringList failed;
        for (const QString &id : ids) {
            if (const CacheStatus error = outbox.discard(id))
                failed.append(error->message);
        }
        m_session->notifier()->notifyOutboxChanged();
        if (!failed.isEmpty())
            statusBar()->showMessage(failed.join(u"; "_s), StatusMessageMs);
    });
    auto *editEntry = new QAction(tr("Edit…"), this);
    connect(editEntry, &QAction::triggered, this, [this] {
        const QStringList ids = m_outboxPane->selectedKeys();
        if (ids.size() == 1)
            editOutboxEntry(ids.constFirst());
    });
    connect(m_outboxPane->view(), &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        editOutboxEntry(index.data(ItemRoles::IdRole).toString());
    });
    qobject_cast<OutboxPane *>(m_outboxDock->widget())->setActions(editEntry, retry, discard);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    m_outboxDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_outboxDock->toggleViewAction()->setIcon(Icons::get(Icons::Outbox));
    m_detailsDock->toggleViewAction()->setIcon(Icons::get(Icons::ReadingPane));
    view->addSeparator();
    QMenu *notify = view->addMenu(tr("Notify about new ACD events"));
    auto *notifyGroup = new QActionGroup(this);
    const QList<std::pair<Notify, QString>> choices = {
        {Notify::Never, tr("Never")},
        {Notify::Always, tr("Always")},
        {Notify::WhenInactive, tr("When the window is inactive")}};
    m_notify = Notify(QSettings().value(u"notifyNewEvents"_s, int(Notify::WhenInactive)).toInt());
    for (const auto &[choice, label] : choices) {
        QAction *action = notify->addAction(label);
        action->setCheckable(true);
        action->setChecked(choice == m_notify);
        notifyGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = choice] {
            m_notify = choice;
            QSettings().setValue(u"notifyNewEvents"_s, int(choice));
        });
    }

    QMenu *language = view->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(this);
    const QString chosen = UiLanguage::chosen();
    QStringList languages = UiLanguage::available();
    languages.prepend(QString()); // the system's
    for (const QString &code : std::as_const(languages)) {
        QAction *action = language->addAction(code.isEmpty() ? tr("System language")
                                                             : UiLanguage::nativeName(code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            UiLanguage::choose(code);
            QMessageBox box(QMessageBox::Information, tr("Language"),
                            tr("AgentDesk uses the new language from its next start."),
                            QMessageBox::NoButton, this);
            QPushButton *restart = box.addButton(tr("&Restart now"), QMessageBox::AcceptRole);
            box.addButton(tr("&Later"), QMessageBox::RejectRole);
            box.setDefaultButton(restart);
            box.exec();
            // closed first, so the new run finds the layout saved and the sync stopped
            if (box.clickedButton() == restart && close())
                QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                        QCoreApplication::arguments().mid(1));
        });
    }

    // the keyboard's way around the window: Tab moves within a pane, these between panes
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const QList<std::pair<QString, QWidget *>> panes = {{tr("&Cases"), m_casePane},
                                                        {tr("&Activities"), m_activityPane},
                                                        {tr("ACD &queue"), m_queuePane},
                                                        {tr("&Details"), m_details}};
    for (qsizetype i = 0; i < panes.size(); ++i) {
        QWidget *pane = panes.at(i).second;
        go->addAction(panes.at(i).first, QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this,
                      [this, pane] { focusPane(pane); });
    }
    go->addSeparator();
    go->addAction(tr("&Next pane"), QKeySequence(Qt::Key_F6), this, [this] { focusNextPane(1); });
    go->addAction(tr("&Previous pane"), QKeySequence(Qt::SHIFT | Qt::Key_F6), this,
                  [this] { focusNextPane(-1); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts)
        ->setIcon(Icons::get(Icons::KeyboardShortcuts));
    help->addAction(tr("&About AgentDesk"), this, &MainWindow::showAbout)
        ->setIcon(Icons::get(Icons::About));

    QToolBar *toolBar = addToolBar(tr("Operations"));
    toolBar->setObjectName(u"operationsToolBar"_s);
    // words beside the pictures: four actions, and an agent should not have to guess them
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions(m_operationActions);
    // reachable with Tab like every other control (tool buttons take no focus by default)
    for (QAction *action : std::as_const(m_operationActions))
        toolBar->widgetForAction(action)->setFocusPolicy(Qt::TabFocus);
}

void MainWindow::createStatusBar()
{
    for (OutboxEntry::Server server : {OutboxEntry::Server::Case, OutboxEntry::Server::Jtel}) {
        auto *label = new QLabel(this);
        label->setAccessibleName(tr("%1 server state").arg(serverName(server)));
        statusBar()->addPermanentWidget(label);
        m_serverLabels.insert(server, label);
    }
    // A sync's length is unknown in advance: a busy bar, only for one that takes longer than a
    // glance, so the usual quick poll does not flicker in the corner.
    m_syncProgress = new QProgressBar(this);
    m_syncProgress->setRange(0, 0);
    m_syncProgress->setMaximumWidth(100);
    m_syncProgress->setTextVisible(false);
    m_syncProgress->setAccessibleName(tr("Sync in progress"));
    m_syncProgress->setToolTip(tr("Syncing with the servers"));
    m_syncProgress->hide();
    statusBar()->addPermanentWidget(m_syncProgress);
    m_syncProgressDelay = new QTimer(this);
    m_syncProgressDelay->setSingleShot(true);
    m_syncProgressDelay->setInterval(SyncProgressDelayMs);
    connect(m_syncProgressDelay, &QTimer::timeout, m_syncProgress, &QWidget::show);

    m_outboxButton = new QToolButton(this);
    m_outboxButton->setAutoRaise(true);
    m_outboxButton->setAccessibleName(tr("Outbox"));
    m_outboxButton->setToolTip(tr("Show the outbox: operations waiting to be sent, and those the "
                                  "server refused"));
    connect(m_outboxButton, &QToolButton::clicked, this, [this] {
        m_outboxDock->show();
        m_outboxDock->raise();
        m_outboxPane->view()->setFocus();
    });
    statusBar()->addPermanentWidget(m_outboxButton);
}

void MainWindow::showServerStatus(OutboxEntry::Server server, const ServerStatus &status)
{
    m_serverStatus.insert(server, status);
    updateStatusLabels();
}

void MainWindow::updateStatusLabels()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_serverStatus.cbegin(); it != m_serverStatus.cend(); ++it) {
        const ServerStatus &status = it.value();
        const QString name = serverName(it.key());
        QString text;
        switch (status.state) {
        case ServerStatus::State::SignedOut:
            text = tr("%1: not configured").arg(name);
            break;
        case ServerStatus::State::Connecting:
            text = tr("%1: connecting…").arg(name);
            break;
        case ServerStatus::State::Online:
            text = status.lastSyncAt.isValid()
                ? tr("%1: online, synced %2")
                      .arg(name, DisplayTime::time(status.lastSyncAt.toLocalTime().time()))
                : tr("%1: online").arg(name);
            break;
        case ServerStatus::State::Offline: {
            const qint64 seconds = std::max<qint64>(0, now.secsTo(status.nextRetryAt));
            text = status.nextRetryAt.isValid()
                ? tr("%1: offline, reconnecting in %n s", nullptr, int(seconds)).arg(name)
                : tr("%1: offline").arg(name);
            break;
        }
        case ServerStatus::State::NeedsCredentials:
            text = tr("%1: sign-in needed").arg(name);
            break;
        }
        QLabel *label = m_serverLabels.value(it.key());
        label->setText(text);
        label->setToolTip(status.lastError);
    }
}

void MainWindow::updateOutboxButton()
{
    OutboxStore outbox(m_session->database());
    const int waiting = outbox.count(OutboxEntry::State::Pending).value
        + outbox.count(OutboxEntry::State::InFlight).value;
    const int refused = outbox.count(OutboxEntry::State::NeedsAttention).value;
    m_outboxButton->setText(refused > 0
                                ? tr("Outbox: %1 waiting, %n need attention", nullptr, refused).arg(waiting)
                                : tr("Outbox: %1 waiting").arg(waiting));
}

QString MainWindow::statusText() const
{
    QStringList parts;
    for (OutboxEntry::Server server : {OutboxEntry::Server::Case, OutboxEntry::Server::Jtel})
        parts.append(m_serverLabels.value(server)->text());
    parts.append(m_outboxButton->text());
    if (!statusBar()->currentMessage().isEmpty())
        parts.append(statusBar()->currentMessage());
    return parts.join(u" · "_s);
}

void MainWindow::announceNewEvents(int count)
{
    // m_queueWasEmpty: the first fill of an empty cache is still arriving
    if (count <= 0 || m_notify == Notify::Never || m_queueWasEmpty)
        return;
    if (m_notify == Notify::WhenInactive && isActiveWindow())
        return;
    const QString message = tr("%n new ACD events in the queue", nullptr, count);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                showNormal();
                activateWindow();
                m_queuePane->view()->setFocus();
            });
        }
        m_tray->show();
        m_tray->showMessage(tr("AgentDesk"), message);
    }
    statusBar()->showMessage(message, StatusMessageMs);
}

OperationDialog *MainWindow::openDialog(OperationDialog *dialog, OperationController *controller)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto report = [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); };
    connect(dialog, &OperationDialog::applied, this, report);
    connect(dialog, &OperationDialog::queued, this, report);
    connect(
        controller, &OperationController::finished, this,
        [this, controller](const OperationOutcome &outcome) { selectResult(controller, outcome); });
    // the controller outlives the dialog while its operation is still being sent
    connect(dialog, &QObject::destroyed, controller, [controller] {
        if (!controller->isBusy())
            controller->deleteLater();
        else
            connect(controller, &OperationController::finished, controller, &QObject::deleteLater);
    });
    dialog->show();
    return dialog;
}

OperationDialog *MainWindow::newCalltrack()
{
    if (!m_session->connections()->hasCaseServer())
        return nullptr;
    auto *controller = new CreateCalltrackController(m_session->database(), m_session->dispatcher(),
                                                     m_session->connections()->caseClient(),
                                                     m_session->connections()->profile().name, this);
    // the call is usually about what is selected: the first selected activity, else case
    std::optional<Activity> activity;
    if (const QList<qint64> ids = m_activityPane->selectedIds(); !ids.isEmpty()) {
        const auto found = ActivityStore(m_session->database()).byIds({ids.constFirst()});
        if (found.ok() && !found.value.isEmpty())
            activity = found.value.constFirst();
    }
    std::optional<Case> selectedCase;
    if (const QList<qint64> ids = m_casePane->selectedIds(); !ids.isEmpty()) {
        const auto found = CaseStore(m_session->database()).byIds({ids.constFirst()});
        if (found.ok() && !found.value.isEmpty())
            selectedCase = found.value.constFirst();
    }
    const Profile &profile = m_session->connections()->profile();
    auto *dialog = new CalltrackDialog(controller, calltrackContext(), this);
    dialog->startNew(profile.name,
                     controller->defaultsFor(activity, selectedCase, profile.userName));
    return openDialog(dialog, controller);
}

CalltrackValidator::Context MainWindow::calltrackContext() const
{
    CalltrackValidator::Context context;
    const Profile &profile = m_session->connections()->profile();
    // C9: an API client (client credentials) must name a target user
    context.clientApplication = profile.isClientApplication();
    return context;
}

OperationDialog *MainWindow::changeCase()
{
    const QList<qint64> ids = m_activityPane->selectedIds();
    if (ids.isEmpty() || !m_session->connections()->hasCaseServer()) {
        statusBar()->showMessage(tr("Select the activities to move first."), StatusMessageMs);
        return nullptr;
    }
    const auto activities = ActivityStore(m_session->database()).byIds(ids);
    auto *controller = new ChangeCaseController(m_session->database(), m_session->dispatcher(),
                                                m_session->connections()->profile().name, this);
    return openDialog(new ChangeCaseDialog(controller, activities.value, {}, this), controller);
}

OperationDialog *MainWindow::reassign(ReassignRequest::Operation operation,
                                      QList<qint64> activityIds, qint64 target)
{
    if (activityIds.isEmpty())
        activityIds = m_activityPane->selectedIds();
    if (activityIds.isEmpty() || !m_session->connections()->hasCaseServer()) {
        statusBar()->showMessage(tr("Select the activities to transfer or pick first."),
                                 StatusMessageMs);
        return nullptr;
    }
    CacheDatabase &database = m_session->database();
    const auto activities = ActivityStore(database).byIds(activityIds);
    const auto targets = TeamLoadStore(database).targets();
    const Profile &profile = m_session->connections()->profile();
    ReassignValidator::Context context = ReassignController::contextOf(profile);
    context.queueDepartments = targets.value.queueDepartments;
    auto *controller = new ReassignController(database, m_session->dispatcher(), profile.name,
                                              m_session->userLogin(), this);
    auto *dialog
        = new ReassignDialog(controller, activities.value, operation, targets.value, context, this);
    if (target)
        dialog->setTarget(target);
    return openDialog(dialog, controller);
}

OperationDialog *MainWindow::newCallback()
{
    if (!m_session->connections()->hasJtel())
        return nullptr;
    auto *controller = new CreateCallbackController(m_session->database(), m_session->dispatcher(),
                                                    m_session->connections()->profile().name, this);
    // a callback is usually for the caller of the selected ACD event
    std::optional<AcdEvent> event;
    if (const QList<qint64> ids = m_queuePane->selectedIds(); !ids.isEmpty()) {
        const auto found = AcdEventStore(m_session->database()).byIds({ids.constFirst()});
        if (found.ok() && !found.value.isEmpty())
            event = found.value.constFirst();
    }
    auto *dialog = new CallbackDialog(controller, this);
    dialog->startNew(m_session->connections()->profile().name,
                     CreateCallbackController::defaultsFor(event));
    return openDialog(dialog, controller);
}

OperationDialog *MainWindow::editOutboxEntry(const QString &entryId)
{
    const auto entry = OutboxStore(m_session->database()).entry(entryId);
    if (!entry.ok() || !entry.value || entry.value->state != OutboxEntry::State::NeedsAttention) {
        statusBar()->showMessage(tr("Only operations the server refused can be edited."), StatusMessageMs);
        return nullptr;
    }
    if (entry.value->kind == OutboxEntry::Kind::CreateCalltrack) {
        const auto draft = OutboxPayload::calltrack(entry.value->payload);
        if (draft && m_session->connections()->hasCaseServer()) {
            auto *controller = new CreateCalltrackController(m_session->database(), m_session->dispatcher(),
                                                             m_session->connections()->caseClient(),
                                                             m_session->connections()->profile().name, this);
            controller->setReplacing({entryId});
            auto *dialog = new CalltrackDialog(controller, calltrackContext(), this);
            dialog->setDraft(*draft);
            return openDialog(dialog, controller);
        }
    }
    if (entry.value->kind == OutboxEntry::Kind::CreateCallback) {
        const auto draft = OutboxPayload::callback(entry.value->payload);
        if (draft && m_session->connections()->hasJtel()) {
            auto *controller = new CreateCallbackController(m_session->database(), m_session->dispatcher(),
                                                            m_session->connections()->profile().name, this);
            controller->setReplacing({entryId});
            auto *dialog = new CallbackDialog(controller, this);
            dialog->setDraft(*draft);
            return openDialog(dialog, controller);
        }
    }
    if (entry.value->kind == OutboxEntry::Kind::ChangeCase) {
        const auto change = OutboxPayload::changeCase(entry.value->payload);
        // a part of a larger move, or one waiting for other entries, is corrected as a whole
        const bool standsAlone = change && change->pendingActivities.isEmpty()
            && change->targetCaseFrom.isEmpty();
        if (standsAlone && m_session->connections()->hasCaseServer()) {
            const auto activities = ActivityStore(m_session->database()).byIds(change->request.activityIds);
            if (activities.ok() && activities.value.size() == change->request.activityIds.size()) {
                auto *controller = new ChangeCaseController(m_session->database(), m_session->dispatcher(),
                                                            m_session->connections()->profile().name, this);
                controller->setReplacing({entryId});
                auto *dialog = new ChangeCaseDialog(controller, activities.value, {}, this);
                dialog->setRequest(change->request);
                return openDialog(dialog, controller);
            }
        }
    }
    statusBar()->showMessage(tr("This change of case cannot be edited here: send it again, or "
                                "discard it and move the activities anew."),
                             StatusMessageMs);
    return nullptr;
}

void MainWindow::selectResult(OperationController *controller, const OperationOutcome &outcome)
{
    if (outcome.status != OperationOutcome::Status::Applied)
        return;
    if (qobject_cast<CreateCallbackController *>(controller)) {
        if (const auto created = OutboxPayload::callbackResult(outcome.result))
            retryUntilSelected([this, id = created->eventId] { return m_queuePane->selectId(id); });
        return;
    }
    QList<qint64> activityIds;
    qint64 caseId = 0;
    if (qobject_cast<CreateCalltrackController *>(controller)) {
        if (const auto created = OutboxPayload::calltrackResult(outcome.result))
            activityIds = {created->activityId};
    } else if (const auto moved = OutboxPayload::changeCaseResult(outcome.result)) {
        activityIds = moved->activityIds;
        caseId = moved->caseId;
    }
    if (activityIds.isEmpty())
        return;
    if (!caseId) {
        const auto cached = ActivityStore(m_session->database()).byIds({activityIds.constFirst()});
        if (cached.ok() && !cached.value.isEmpty())
            caseId = cached.value.constFirst().caseId;
    }
    // the activities pane shows the case the result is in, unless the user pinned a scope
    const bool showCase = caseId && !m_scopePinned->isChecked();
    retryUntilSelected([this, activityIds, caseId, showCase] {
        const bool caseShown
            = activityScope() == ActivityModel::Scope::Case && m_activities->caseId() == caseId;
        if (showCase && !caseShown && selectCase(caseId))
            return false; // its activities are loading: select them at the next attempt
        if (!m_activityPane->selectId(activityIds.constFirst()))
            return false;
        for (qint64 id : activityIds.sliced(1)) {
            if (const int row = m_activityPane->model()->rowOfId(id); row >= 0)
                m_activityPane->view()->selectionModel()->select(
                    m_activityPane->model()->index(row, 0),
                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        return true;
    });
}

void MainWindow::retryUntilSelected(std::function<bool()> select, int attemptsLeft)
{
    if (select() || attemptsLeft <= 0)
        return;
    QTimer::singleShot(100, this, [this, select = std::move(select), attemptsLeft]() mutable {
        retryUntilSelected(std::move(select), attemptsLeft - 1);
    });
}

QList<QWidget *> MainWindow::focusOrder() const
{
    QList<QWidget *> order;
    for (QDockWidget *dock : {m_caseDock, static_cast<QDockWidget *>(nullptr), m_queueDock,
                              m_detailsDock, m_teamDock, m_outboxDock}) {
        if (!dock)
            order.append(m_activityPane); // the central widget
        else if (dock->isVisible())
            order.append(dock->widget());
    }
    return order;
}

void MainWindow::focusPane(QWidget *pane)
{
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dock->widget() == pane) {
            dock->show();
            dock->raise();
        }
    }
    // a table pane's place to work is its table, not its filter line
    if (auto *table = qobject_cast<TablePane *>(pane))
        table->view()->setFocus(Qt::ShortcutFocusReason);
    else
        pane->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::focusNextPane(int step)
{
    const QList<QWidget *> order = focusOrder();
    qsizetype current = -1;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (order.at(i)->isAncestorOf(QApplication::focusWidget())
            || order.at(i) == QApplication::focusWidget())
            current = i;
    }
    const qsizetype count = order.size();
    const qsizetype next
        = current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count;
    focusPane(order.at(next));
}

void MainWindow::showShortcuts()
{
    QStringList rows;
    QList<QAction *> actions;
    for (QMenu *menu : menuBar()->findChildren<QMenu *>())
        actions += menu->actions();
    for (QAction *action : std::as_const(actions)) {
        if (action->shortcut().isEmpty())
            continue;
        rows.append(u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(
            action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
            action->text().remove(u'&').toHtmlEscaped()));
    }
    // keys the tables and dialogs handle themselves
    const auto keys = [](std::initializer_list<QKeyCombination> combinations) {
        QStringList names;
        for (QKeyCombination combination : combinations)
            names.append(QKeySequence(combination).toString(QKeySequence::NativeText));
        return names.join(u", "_s);
    };
    const QList<std::pair<QString, QString>> fixedKeys
        = {{keys({Qt::Key_Tab, Qt::SHIFT | Qt::Key_Tab}),
            tr("Next or previous control; Tab leaves a table")},
           {tr("Arrow keys"), tr("Move within a table")},
           {keys({Qt::Key_Return}), tr("Open the selected row in a window of its own")},
           {keys({Qt::SHIFT | Qt::Key_F10, Qt::Key_Menu}), tr("Context menu of the selected rows")},
           {keys({Qt::Key_Escape}), tr("Close a details window; cancel a dialog")}};
    for (const auto &[key, meaning] : fixedKeys)
        rows.append(
            u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(key.toHtmlEscaped(), meaning.toHtmlEscaped()));
    rows.removeDuplicates();
    QMessageBox::information(this, tr("Keyboard shortcuts"),
                             u"<table cellpadding=\"3\">%1</table>"_s.arg(rows.join(QString())));
}

void MainWindow::showAbout()
{
    const QString version = QString::fromLatin1(AgentDesk::BuildInfo::version);
    QMessageBox::about(this, tr("About AgentDesk"),
                       tr("<p><b>AgentDesk %1</b></p><p>Agent desktop for eGain, Cisco ECE and "
                          "jtel ACD. Works from its cache and keeps every operation in a durable "
                          "outbox until the server applied it.</p>")
                               .arg(version)
                           //: "The AgentDesk authors" is the copyright holder's name: keep it
                           + tr("<p>Copyright 2026 The AgentDesk authors<br>"
                                "Free software under the MIT License.</p>"));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        resize(QSize(1280, 800).boundedTo(screen()->availableSize() * 0.9));
        setWindowState(Qt::WindowMaximized); // the agent's main window, all day
    }
    m_savedLayout = restoreState(settings.value(u"window/state"_s).toByteArray());
    for (TablePane *pane : {m_casePane, m_activityPane, m_queuePane, m_outboxPane})
        pane->restoreState();
    settings.beginGroup(settingsPrefix() + u"panes/activities"_s);
    // the scope comes back, and whether it is pinned; a case's activities wait for a case
    if (settings.contains(u"scope"_s)) {
        setActivityScope(ActivityModel::Scope(settings.value(u"scope"_s).toInt()));
    } else if (m_session->connections()->profile().caseDialect != Profile::CaseDialect::None
               && !m_session->userLogin().isEmpty()) {
        setActivityScope(ActivityModel::Scope::AssignedUser);
    }
    m_scopePinned->setChecked(settings.value(u"scopePinned"_s, false).toBool());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    for (TablePane *pane : {m_casePane, m_activityPane, m_queuePane, m_outboxPane})
        pane->saveState();
    settings.beginGroup(settingsPrefix() + u"panes/activities"_s);
    settings.setValue(u"scope"_s, int(activityScope()));
    settings.setValue(u"scopePinned"_s, m_scopePinned->isChecked());
}

void MainWindow::shareWidthsProportionally()
{
    // cases a fifth, the queue (whose senders must stay readable) 37 %, the activities the
    // rest; the reading pane takes two fifths of the height under the activities
    resizeDocks({m_caseDock, m_queueDock}, {width() / 5, width() * 37 / 100}, Qt::Horizontal);
    resizeDocks({m_detailsDock}, {height() * 2 / 5}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_layoutWidth == 0) {
        if (!m_savedLayout)
            shareWidthsProportionally();
        m_layoutWidth = width();
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_layoutWidth <= 0 || width() == m_layoutWidth)
        return;
    // the main window's layout gives a new width to the central widget alone: the docks keep
    // their share of the window instead
    QList<QDockWidget *> docks;
    QList<int> widths;
    for (QDockWidget *dock : {m_caseDock, m_queueDock}) {
        if (dock->isVisible() && !dock->isFloating()) {
            docks.append(dock);
            widths.append(int(qint64(dock->width()) * width() / m_layoutWidth));
        }
    }
    m_layoutWidth = width();
    if (!docks.isEmpty())
        resizeDocks(docks, widths, Qt::Horizontal);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_session->syncEngine()->stop();
    QMainWindow::closeEvent(event);
}
