#include "core/buildinfo.h"
#include "core/commandline.h"
#include "core/logging.h"
#include "core/uilanguage.h"
#include "desktopsession.h"
#include "mainwindow.h"
#include "operationdialog.h"
#include "profiledialog.h"
#include "sync/syncengine.h"
#include "tablepane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDockWidget>
#include <QEventLoop>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPixmap>
#include <QTableView>
#include <QTimer>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// A first sync that has neither succeeded nor failed by then is captured as it stands, as a
// failure, so that an unattended run (run-demo without a display) always ends.
constexpr int ScreenshotTimeoutMs = 30'000;

const QString ProfileOption = QStringLiteral("profile");
const QString TrainingOption = QStringLiteral("training");
const QString TrainingUserOption = QStringLiteral("training-user");
const QString ScreenshotOption = QStringLiteral("screenshot");

void setUpApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AgentDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("agentdesk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(AgentDesk::BuildInfo::version));
    // the window's icon and its entry in the application menu come from the desktop entry
    QGuiApplication::setDesktopFileName(QString::fromLatin1(AgentDesk::BuildInfo::appId));
    UiLanguage::install(QCoreApplication::instance());
}

void defineOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Contact-center agent desktop for eGain, Cisco ECE "
                                    "and jtel ACD."));
    parser.addOption({ProfileOption,
                      QCoreApplication::translate("main",
                                                  "Open profile <name> (default: the active one; "
                                                  "without any, the profile dialog opens)."),
                      QCoreApplication::translate("main", "name")});
    parser.addOption({TrainingOption,
                      QCoreApplication::translate("main",
                                                  "Start the bundled training sandbox and open "
                                                  "the profile `training` on it.")});
    parser.addOption({TrainingUserOption,
                      QCoreApplication::translate("main",
                                                  "With --training: sign in as this user of the "
                                                  "sandbox instead of the agent lena.fischer, e.g. "
                                                  "the supervisor s.okafor."),
                      QCoreApplication::translate("main", "login")});
    parser.addOption({ScreenshotOption,
                      QCoreApplication::translate(
                          "main",
                          "After the first sync (or an error, or 30 s), save an image of the main "
                          "window to <file>, and of each operation dialog next to it "
                          "(<file>-calltrack.png, …), then quit: exit code 0 when the sync "
                          "succeeded and the images were written, else 1."),
                      QCoreApplication::translate("main", "file")});
}

// --help and --version must also answer on a console without a display (ssh, CI), where
// QApplication would abort; they need no GUI, so a QCoreApplication answers them.
bool asksForInformationOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

int answerInformationOnly(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setUpApplication();
    QCommandLineParser parser;
    defineOptions(parser);
    return CommandLine::parse(parser, app.arguments()).value_or(CommandLine::ExitUsage);
}

// Grabs the window once the first sync has ended (or the time is up), then each operation
// dialog, and ends the program.
void arrangeScreenshot(MainWindow *window, const QString &path)
{
    auto done = std::make_shared<bool>(false);
    auto shoot = [window, path, done](bool synced) {
        if (std::exchange(*done, true))
            return;
        // the reading pane shows the first activity, as after a click
        QTableView *activities = window->activityPane()->view();
        activities->selectRow(0);
        QCoreApplication::processEvents();
        bool saved = window->grab().save(path);
        const QString base = path.endsWith(u".png"_s) ? path.chopped(4) : path;
        // the screens agents have: the panes must share each of them
        for (const QSize size : {QSize(1024, 700), QSize(1366, 768), QSize(1920, 1080)}) {
            window->showNormal();
            window->resize(size);
            QCoreApplication::processEvents();
            saved = window->grab().save(
                        u"%1-%2x%3.png"_s.arg(base).arg(size.width()).arg(size.height()))
                && saved;
        }
        // the Team pane under the activities, as a supervisor opens it
        if (auto *team = window->findChild<QDockWidget *>(u"teamDock"_s)) {
            window->resize(QSize(1366, 768));
            team->show();
            team->raise();
            // the open pane pulls its queues: shot once that sync has ended (or 10 s passed)
            QEventLoop pulled;
            QTimer::singleShot(10'000, &pulled, &QEventLoop::quit);
            QObject::connect(window->syncEngine(), &SyncEngine::syncFinished, &pulled,
                             [&pulled](OutboxEntry::Server server) {
                                 if (server == OutboxEntry::Server::Case)
                                     QTimer::singleShot(300, &pulled, &QEventLoop::quit);
                             });
            pulled.exec();
            saved = window->grab().save(base + u"-team.png"_s) && saved;
            team->hide();
        }
        const auto selectFirstTwo = [window] {
            QTableView *activities = window->activityPane()->view();
            activities->selectionModel()->select(
                QItemSelection(activities->model()->index(0, 0), activities->model()->index(1, 0)),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        };
        const QList<std::pair<QString, std::function<OperationDialog *()>>> dialogs = {
            {u"calltrack"_s, [window] { return window->newCalltrack(); }},
            {u"callback"_s, [window] { return window->newCallback(); }},
            // these dialogs act on a selection: the first two activities shown
            {u"changecase"_s,
             [window, selectFirstTwo] {
                 selectFirstTwo();
                 return window->changeCase();
             }},
            {u"transfer"_s,
             [window, selectFirstTwo] {
                 selectFirstTwo();
                 return window->reassign(ReassignRequest::Operation::TransferToUser);
             }},
        };
        for (const auto &[name, open] : dialogs) {
            if (OperationDialog *dialog = open()) {
                saved = dialog->grab().save(base + u'-' + name + u".png"_s) && saved;
                dialog->close();
            }
        }
        if (!saved)
            CommandLine::printError(
                QCoreApplication::translate("main", "Cannot write the screenshot %1").arg(path));
        if (!synced)
            CommandLine::printError(window->statusText());
        QCoreApplication::exit(saved && synced ? CommandLine::ExitOk : CommandLine::ExitFailure);
    };
    // queued: the views take in the new rows before the grab
    QObject::connect(window, &MainWindow::firstSyncFinished, window,
                     [shoot](bool ok) { QTimer::singleShot(500, [shoot, ok] { shoot(ok); }); },
                     Qt::QueuedConnection);
    QTimer::singleShot(ScreenshotTimeoutMs, window, [shoot] { shoot(false); });
}

} // namespace

int main(int argc, char **argv)
{
    if (asksForInformationOnly(argc, argv))
        return answerInformationOnly(argc, argv);

    QApplication app(argc, argv);
    Logging::installFileLog(u"agentdesk"_s);
    setUpApplication();
    QCommandLineParser parser;
    defineOptions(parser);
    if (const auto exitCode = CommandLine::parse(parser, app.arguments()))
        return *exitCode;

    DesktopSession desktop;
    const bool screenshot = parser.isSet(ScreenshotOption);
    const auto opened = [&](const QString &error) {
        if (!error.isEmpty()) {
            CommandLine::printError(error);
            if (!desktop.window()) {
                if (!screenshot) // unattended: the message on stderr is all there is
                    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "AgentDesk"), error);
                // queued: this may run before the event loop started, where exit() is lost
                QMetaObject::invokeMethod(qApp, [] { QCoreApplication::exit(CommandLine::ExitFailure); },
                                          Qt::QueuedConnection);
                return;
            }
        }
        if (screenshot && desktop.window())
            arrangeScreenshot(desktop.window(), parser.value(ScreenshotOption));
    };
    if (parser.isSet(TrainingUserOption))
        desktop.training()->setUser(parser.value(TrainingUserOption));
    std::optional<QString> profile = parser.value(ProfileOption);
    if (!parser.isSet(TrainingOption) && profile->isEmpty())
        profile = ProfileDialog::ensureProfile(nullptr, desktop.training());
    if (!profile)
        return CommandLine::ExitOk; // the user cancelled the first start
    // the training profile points at a sandbox of an earlier run: start a new one
    if (parser.isSet(TrainingOption) || *profile == TrainingSandbox::profileName())
        desktop.openTraining(opened);
    else
        desktop.open(*profile, opened);
    return app.exec();
}
