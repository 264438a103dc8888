#include "core/buildinfo.h"
#include "core/commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QPixmap>
#include <QTimer>

#include <memory>
#include <utility>

namespace {

// A load that has neither succeeded nor failed by then is captured as it stands, as a failure,
// so that an unattended run (run-demo without a display) always ends.
constexpr int ScreenshotTimeoutMs = 20'000;

const QString ScreenshotOption = QStringLiteral("screenshot");

void setUpApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AgentDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("agentdesk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(AgentDesk::BuildInfo::version));
}

void defineOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Contact-center agent desktop for eGain, Cisco ECE "
                                    "and jtel ACD."));
    CommandLine::addJtelOptions(parser);
    parser.addOption({ScreenshotOption,
                      QCoreApplication::translate(
                          "main",
                          "After the first load (or an error, or 20 s), save an image of "
                          "the main window to <file> and quit: exit code 0 when the load "
                          "succeeded and the image was written, else 1."),
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

// Grabs the window once the load has ended (at once when nothing loads, or when the time is
// up) and ends the program.
void arrangeScreenshot(MainWindow &window, const QString &path, bool loading)
{
    auto done = std::make_shared<bool>(false);
    auto shoot = [&window, path, done](bool loaded) {
        if (std::exchange(*done, true))
            return;
        const bool saved = window.grab().save(path);
        if (!saved)
            CommandLine::printError(
                QCoreApplication::translate("main", "Cannot write the screenshot %1").arg(path));
        if (!loaded)
            CommandLine::printError(window.statusText());
        QCoreApplication::exit(saved && loaded ? CommandLine::ExitOk : CommandLine::ExitFailure);
    };
    if (!loading) {
        QTimer::singleShot(0, &window, [shoot] { shoot(true); });
        return;
    }
    // Queued: the view takes in the new rows before the grab.
    QObject::connect(&window, &MainWindow::loadFinished, &window, shoot, Qt::QueuedConnection);
    QTimer::singleShot(ScreenshotTimeoutMs, &window, [shoot] { shoot(false); });
}

} // namespace

int main(int argc, char **argv)
{
    if (asksForInformationOnly(argc, argv))
        return answerInformationOnly(argc, argv);

    QApplication app(argc, argv);
    setUpApplication();
    QCommandLineParser parser;
    defineOptions(parser);
    if (const auto exitCode = CommandLine::parse(parser, app.arguments()))
        return *exitCode;

    MainWindow window;
    const bool loading = CommandLine::hasJtelOptions(parser);
    if (loading) {
        QString error;
        const auto endpoint = CommandLine::jtelEndpoint(parser, &error);
        if (!endpoint) {
            CommandLine::printError(error);
            return CommandLine::ExitUsage;
        }
        window.connectToJtel(*endpoint);
    }
    if (parser.isSet(ScreenshotOption))
        arrangeScreenshot(window, parser.value(ScreenshotOption), loading);
    window.show();
    return app.exec();
}
