#pragma once

#include "activitymodel.h"
#include "cache/outboxentry.h"
#include "domain/calltrackvalidator.h"
#include "sync/serverstatus.h"

#include <QHash>
#include <QSet>
#include <QMainWindow>

class AcdEventQueueModel;
class CaseModel;
class QProgressBar;
class QTimer;
class OperationController;
class OperationDialog;
class OutboxModel;
class ProfileSession;
class QComboBox;
class QDockWidget;
class QLabel;
class QSystemTrayIcon;
class QToolButton;
class TablePane;

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

    // Opens the dialog of an operation (as the actions do); it deletes itself when closed.
    OperationDialog *newCalltrack();
    OperationDialog *changeCase();
    OperationDialog *newCallback();
    // A refused outbox entry in its dialog, to correct and send again in its place.
    OperationDialog *editOutboxEntry(const QString &entryId);

Q_SIGNALS:
    // every configured server has finished its first sync since start()
    void firstSyncFinished(bool ok);
    // File → Profiles…: the owner shows the profile dialog (and may reopen another profile)
    void profilesRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

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
    void showActivityScope();
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
    QDockWidget *m_outboxDock = nullptr;
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
