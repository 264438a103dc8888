// The window stays live whoever writes: agentdeskctl on the same profile writes the shared cache
// while the window is open, and the window's panes show those rows after the next sync at the
// latest; the status bar says a server is back as soon as any request to it succeeded.
// The training profile on the bundled sandbox, as tst_mainwindow opens it, and the real
// agentdeskctl binary.

#include "acdeventqueuemodel.h"
#include "activitymodel.h"
#include "ctlrun.h"
#include "desktopsession.h"
#include "mainwindow.h"
#include "outboxmodel.h"
#include "sandboxprocess.h"
#include "tablepane.h"

#include "cache/acdeventstore.h"
#include "cache/outboxstore.h"
#include "session/profilesession.h"
#include "session/trainingsandbox.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int SyncTimeoutMs = 60'000;
// the promise: within 2 s of the next sync
constexpr int ShownAfterSyncMs = 2'000;

int findRow(const QAbstractItemModel &model, int column, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

CtlRun ctl(const QStringList &arguments)
{
    return CtlRun::start(QString::fromLocal8Bit(AGENTDESKCTL_BIN), arguments);
}

QString unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

} // namespace

class TestLiveWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsAnotherProcessWroteAreShownAfterTheNextSync();
    void serverIsOnlineOnceARequestToItSucceeded();
    void outboxOffersItsActionsAsButtons();

private:
    std::unique_ptr<DesktopSession> m_desktop;
    MainWindow *m_window = nullptr;
    QString m_queuedSubject; // the calltrack applied once the server was back
    std::unique_ptr<SandboxProcess> m_server; // in the training server's place, once it was gone
};

void TestLiveWindow::initTestCase()
{
    QVERIFY(QFontMetrics(QGuiApplication::font()).inFont(u'A'));
    QSettings().clear();
    QVERIFY(QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                 + u"/AgentDesk"_s)
                .removeRecursively());
    m_desktop = std::make_unique<DesktopSession>();
    std::optional<QString> opened;
    m_desktop->openTraining([&opened](const QString &error) { opened = error; });
    QTRY_VERIFY_WITH_TIMEOUT(m_desktop->window(), SyncTimeoutMs);
    m_window = m_desktop->window();
    QSignalSpy synced(m_window, &MainWindow::firstSyncFinished);
    QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), SyncTimeoutMs);
    QVERIFY2(opened->isEmpty(), qPrintable(*opened));
    QVERIFY(synced.wait(SyncTimeoutMs));
    QVERIFY2(synced.constFirst().constFirst().toBool(), qPrintable(m_window->statusText()));
    // the sandbox's 302 ACD events, once the background load is in
    QTRY_COMPARE_WITH_TIMEOUT(m_window->queuePane()->view()->model()->rowCount(), 302, 10000);
}

// agentdeskctl creates a callback and a calltrack on the window's profile: both are applied and
// read back into the shared cache by agentdeskctl, so the window's next sync finds nothing new
// on the servers. The window shows them all the same.
void TestLiveWindow::rowsAnotherProcessWroteAreShownAfterTheNextSync()
{
    const QString profile = TrainingSandbox::profileName();
    const QString callbackSubject = unique(u"From the command line "_s);
    const CtlRun callback
        = ctl({u"create-callback"_s, u"--profile"_s, profile, u"--group"_s, u"513"_s, u"--sender"_s,
               u"+4930555019876"_s, u"--subject"_s, callbackSubject});
    QVERIFY2(callback.exitCode == 0, qPrintable(callback.describe()));
    const QString callSubject = unique(u"Logged by a script "_s);
    const CtlRun calltrack = ctl({u"create-calltrack"_s, u"--profile"_s, profile, u"--department"_s,
                                  u"Service"_s, u"--subtype"_s, u"general"_s, u"--customer"_s,
                                  u"5001"_s, u"--subject"_s, callSubject});
    QVERIFY2(calltrack.exitCode == 0, qPrintable(calltrack.describe()));

    SyncEngine *engine = m_desktop->session()->syncEngine();
    QSignalSpy finished(engine, &SyncEngine::syncFinished);
    engine->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, SyncTimeoutMs);
    for (const QList<QVariant> &sync : std::as_const(finished))
        QVERIFY2(sync.at(1).toBool(), qPrintable(m_window->statusText()));

    const QAbstractItemModel &queue = *m_window->queuePane()->view()->model();
    const QAbstractItemModel &activities = *m_window->activityPane()->view()->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        findRow(queue, AcdEventQueueModel::SubjectColumn, callbackSubject) >= 0, ShownAfterSyncMs);
    QTRY_VERIFY_WITH_TIMEOUT(findRow(activities, ActivityModel::SubjectColumn, callSubject) >= 0,
                             ShownAfterSyncMs);
}

// The server was away, the status bar counts down to the next reconnect; the agent sends the
// queued calltrack again and the server applies it (201 in its log): the status bar says
// "online" at once, not when the engine's own back-off runs out. The engine is stopped, so only
// the outbox's request can have told it.
void TestLiveWindow::serverIsOnlineOnceARequestToItSucceeded()
{
    TrainingSandbox *training = m_desktop->training();
    const quint16 port = training->port();
    QCOMPARE(::kill(pid_t(training->processId()), SIGKILL), 0);
    QTRY_VERIFY(!training->isRunning());
    SyncEngine *engine = m_desktop->session()->syncEngine();
    engine->syncNow();
    QTRY_VERIFY2_WITH_TIMEOUT(m_window->statusText().contains(u"Cases: offline"_s),
                              qPrintable(m_window->statusText()), SyncTimeoutMs);
    engine->stop();

    const QString subject = unique(u"Queued while away "_s);
    m_queuedSubject = subject;
    const CtlRun queued
        = ctl({u"create-calltrack"_s, u"--profile"_s, TrainingSandbox::profileName(),
               u"--department"_s, u"Service"_s, u"--subtype"_s, u"general"_s, u"--customer"_s,
               u"5001"_s, u"--subject"_s, subject});
    OutboxStore outbox(m_desktop->session()->database());
    QVERIFY2(outbox.list({OutboxEntry::State::Pending}).value.size() == 1,
             qPrintable(queued.describe()));
    QVERIFY2(m_window->statusText().contains(u"Cases: offline"_s),
             qPrintable(m_window->statusText()));

    m_server = std::make_unique<SandboxProcess>(QStringList {u"--port"_s, QString::number(port)});
    const SandboxProcess &server = *m_server;
    QVERIFY2(server.isRunning(), qPrintable(server.errorString()));
    bool flushed = false;
    m_desktop->session()->flush([&flushed] { flushed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(flushed, SyncTimeoutMs);
    // ECE v12: POST …/activity creates the calltrack
    QString posts;
    const auto applied = [&server, &subject, &posts] {
        for (const QJsonObject &request : server.requestLog()) {
            if (request.value(u"method"_s).toString() != u"POST")
                continue;
            posts += request.value(u"path"_s).toString() + u' '
                + QString::number(request.value(u"status"_s).toInt()) + u'\n';
            // a 401 first: the new server knows no session, so the client signs in again
            if (request.value(u"body"_s).toString().contains(subject)
                && request.value(u"status"_s).toInt() == 201)
                return true;
        }
        return false;
    };
    QVERIFY2(applied(), qPrintable(posts));
    QCOMPARE(outbox.list({OutboxEntry::State::Pending}).value.size(), 0);
    QTRY_VERIFY2(m_window->statusText().contains(u"Cases: online"_s),
                 qPrintable(m_window->statusText()));
    QVERIFY(!engine->isStarted());
    engine->start();
}

// The outbox pane: the calltrack of the last test failed once (the server was away) and was
// applied then — two attempts, and the error of the first is not shown beside "Done". A callback
// the server refuses needs attention: Edit, Send again and Discard are buttons under the table,
// enabled for it and not for the applied entry.
void TestLiveWindow::outboxOffersItsActionsAsButtons()
{
    const QString refusedSubject = unique(u"No such group "_s);
    const CtlRun refused
        = ctl({u"create-callback"_s, u"--profile"_s, TrainingSandbox::profileName(), u"--group"_s,
               u"599"_s, u"--sender"_s, u"+4930555019876"_s, u"--subject"_s, refusedSubject});
    QVERIFY2(refused.err.contains(u"404"_s), qPrintable(refused.describe()));

    TablePane *pane = m_window->outboxPane();
    QTableView *view = pane->view();
    QAbstractItemModel &outbox = *view->model();
    const auto rowAbout = [&outbox](const QString &subject) {
        for (int row = 0; row < outbox.rowCount(); ++row) {
            if (outbox.index(row, OutboxModel::SummaryColumn).data().toString().contains(subject))
                return row;
        }
        return -1;
    };
    QTRY_VERIFY(rowAbout(refusedSubject) >= 0);
    const int done = rowAbout(m_queuedSubject);
    const int attention = rowAbout(refusedSubject);
    QVERIFY(done >= 0);
    QCOMPARE(outbox.index(done, OutboxModel::StateColumn).data().toString(), u"Done"_s);
    QCOMPARE(outbox.index(attention, OutboxModel::StateColumn).data().toString(),
             u"Needs attention"_s);
    QCOMPARE(outbox.index(done, OutboxModel::AttemptsColumn).data().toString(), u"2"_s);
    QCOMPARE(outbox.index(done, OutboxModel::LastErrorColumn).data().toString(), QString());
    QVERIFY(!outbox.index(attention, OutboxModel::LastErrorColumn).data().toString().isEmpty());

    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_O));
    QTRY_VERIFY(pane->isVisible());
    QHash<QString, QPushButton *> buttons;
    for (QPushButton *button : pane->parentWidget()->findChildren<QPushButton *>())
        buttons.insert(button->text(), button);
    for (const QString &text : {u"Edit…"_s, u"Send again now"_s, u"Discard…"_s}) {
        QVERIFY2(buttons.value(text), qPrintable(text));
        QVERIFY(buttons.value(text)->isVisible());
    }
    view->selectRow(done);
    for (QPushButton *button : std::as_const(buttons))
        QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
    view->clearSelection();
    view->selectRow(attention);
    for (QPushButton *button : std::as_const(buttons))
        QVERIFY2(button->isEnabled(),
                 qPrintable(button->text()
                            + u" with %1 rows selected"_s.arg(
                                view->selectionModel()->selectedRows().size())));

    // the summary is readable beside the short columns
    const QHeaderView *header = view->horizontalHeader();
    QVERIFY(header->sectionSize(OutboxModel::SummaryColumn)
            > 2 * header->sectionSize(OutboxModel::StateColumn));
    const QFontMetrics metrics = view->fontMetrics();
    QVERIFY(header->sectionSize(OutboxModel::StateColumn)
            >= metrics.horizontalAdvance(u"Needs attention"_s));
}

QTEST_MAIN(TestLiveWindow)
#include "tst_livewindow.moc"
