#include "core/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, bytes.size(), stream);
    std::fflush(stream);
}

} // namespace

namespace CommandLine {

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        write(stderr,
              QCoreApplication::translate("CommandLine", "Try '%1 --help' for more information.\n")
                  .arg(QCoreApplication::applicationName()));
        return ExitUsage;
    }
    // --help-all is added by addHelpOption(); the Qt options it would add are not ours to list.
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        write(stdout, parser.helpText());
        return ExitOk;
    }
    if (parser.isSet(version)) {
        write(stdout,
              QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                            QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    return std::nullopt;
}

void printError(const QString &message)
{
    write(stderr, QStringLiteral("%1: %2\n").arg(QCoreApplication::applicationName(), message));
}

} // namespace CommandLine
