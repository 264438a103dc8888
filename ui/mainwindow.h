#pragma once

#include "cache/teamloadstore.h"
#include "domain/reassignrequest.h"

#include "activitymodel.h"
#include "cache/outboxentry.h"
#include "detailsview.h"
#include "domain/calltrackvalidator.h"
#include "sync/serverstatus.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <functional>

class AcdEventQueueModel;
class CaseModel;
class QProgressBar;
class QTimer;
class OperationController;
class OperationDialog;
struct OperationOutcome;
class OutboxModel;
class ProfileSession;
class QComboBox;
class QDockWidget;
class QLabel;
class QSystemTrayIcon;
class QToolButton;
class SyncEngine;
class TablePane;
class TeamModel;
class TeamPane;

// The agent's window on one profile: cases, activities and the ACD queue from the cache, kept
// current by the sync engine row by row; the three operations (Ctrl+N, Ctrl+M, Ctrl+B) through
// their dialogs and the outbox; a status bar that says per server whether it is online,
// reconnecting or asking for credentials, and how many operations wait in the outbox.
// Panes are dock widgets the user can rearrange; layout, columns, sort and filters come back
// at the next start.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // When new ACD events are announced outside the window.
    enum class Notify { Never, Always, WhenInactive };
    Q_ENUM(Notify)

    explicit MainWindow(ProfileSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts syncing (and polling) every configured server.
    void start();

    // The status bar's words for people and tests, one server after the other.
    QString statusText() const;
    TablePane *casePane() const { return m_casePane; }
    TablePane *activityPane() const { return m_activityPane; }
    TablePane *queuePane() const { return m_queuePane; }
    TablePane *outboxPane() const { return m_outboxPane; }
    SyncEngine *syncEngine() const;
    // the reading pane: what the last selected row is about
    DetailsView *detailsView() const { return m_details; }
    // A record in a window of its own (double-click, Enter); several can be open.
    DetailsView *openDetailsWindow(DetailsView::Kind kind, qint64 id);
    // Selects the case in the cases pane (and so, unless another scope is pinned, shows its
    // activities); false when the pane does not show it.
    bool selectCase(qint64 caseId);

    // Opens the dialog of an operation (as the actions do); it deletes itself when closed.
    OperationDialog *newCalltrack();
    OperationDialog *changeCase();
    OperationDialog *newCallback();
    // Transfer or pick the given activities (the selected ones when none are given); target:
    // a prefilled user or queue (a drop on the Team pane), 0 for none.
    OperationDialog *reassign(ReassignRequest::Operation operation, QList<qint64> activityIds = {},
                              qint64 target = 0);
    // A refused outbox entry in its dialog, to correct and send again in its place.
    OperationDialog *editOutboxEntry(const QString &entryId);

Q_SIGNALS:
    // every configured server has finished its first sync since start()
    void firstSyncFinished(bool ok);
    // File → Profiles…: the owner shows the profile dialog (and may reopen another profile)
    void profilesRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createPanes();
    void createActions();
    void createStatusBar();
    void restoreLayout();
    void saveLayout() const;
    void showServerStatus(OutboxEntry::Server server, const ServerStatus &status);
    void updateStatusLabels();
    void updateOutboxButton();
    ActivityModel::Scope activityScope() const;
    void setActivityScope(ActivityModel::Scope scope);
    void showActivityScope();
    void followCaseSelection();
    // the activities pane shows the open activities of a Team pane row
    void showTeamTarget(TeamLoadStore::Load::Kind kind, qint64 id, const QString &name);
    void showDetailsOf(TablePane *pane);
    // the panes in F6 order: cases, activities, queue, details, and the team and outbox when
    // shown
    QList<QWidget *> focusOrder() const;
    void focusNextPane(int step);
    void focusPane(QWidget *pane);
    // Selects what an applied operation created or moved, once its rows are shown.
    void selectResult(OperationController *controller, const OperationOutcome &outcome);
    // Runs select until it returns true, for a few seconds at most: the rows of a result may
    // still be on their way into the model.
    void retryUntilSelected(std::function<bool()> select, int attemptsLeft = 30);
    // the docks' widths as shares of the window's, for a window that has no saved layout
    void shareWidthsProportionally();
    QString settingsPrefix() const;
    void announceNewEvents(int count);
    OperationDialog *openDialog(OperationDialog *dialog, OperationController *controller);
    CalltrackValidator::Context calltrackContext() const;
    void showShortcuts();
    void showAbout();

    ProfileSession *m_session;
    CaseModel *m_cases;
    ActivityModel *m_activities;
    AcdEventQueueModel *m_queue;
    OutboxModel *m_outbox;
    TablePane *m_casePane = nullptr;
    TablePane *m_activityPane = nullptr;
    TablePane *m_queuePane = nullptr;
    TablePane *m_outboxPane = nullptr;
    QComboBox *m_activityScope = nullptr;
    QToolButton *m_scopePinned = nullptr;
    DetailsView *m_details = nullptr;
    QDockWidget *m_caseDock = nullptr;
    QDockWidget *m_queueDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_outboxDock = nullptr;
    TeamModel *m_team = nullptr;
    TeamPane *m_teamPane = nullptr;
    QDockWidget *m_teamDock = nullptr;
    qint64 m_teamTarget = 0; // the agent or queue the activities scope shows
    // the window width the docks were last sized for: they keep their share when it changes
    int m_layoutWidth = 0;
    bool m_savedLayout = false;
    QHash<OutboxEntry::Server, QLabel *> m_serverLabels;
    QHash<OutboxEntry::Server, ServerStatus> m_serverStatus;
    QToolButton *m_outboxButton = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    QTimer *m_syncProgressDelay = nullptr;
    QSet<OutboxEntry::Server> m_syncing;
    QSystemTrayIcon *m_tray = nullptr;
    Notify m_notify = Notify::WhenInactive;
    qint64 m_watchedCase = 0;
    QList<OutboxEntry::Server> m_awaitingFirstSync;
    bool m_firstSyncOk = true;
    bool m_queueWasEmpty = false;
    QList<QAction *> m_operationActions;
};
