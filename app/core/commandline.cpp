#include "core/commandline.h"

#include "api/apierror.h"

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

int exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls: // like no connection: the answer never arrived from this server
        return ExitUnreachable;
    case ApiError::Kind::Http:
        // the transport has already retried a transient status (503, 429, …) until giving up
        return error.transient ? ExitUnreachable : ExitRejected;
    case ApiError::Kind::Authentication:
        return ExitAuthentication;
    case ApiError::Kind::Decode:
    case ApiError::Kind::Configuration:
        break;
    }
    return ExitFailure;
}

void printError(const QString &message)
{
    write(stderr, QStringLiteral("%1: %2\n").arg(QCoreApplication::applicationName(), message));
}

} // namespace CommandLine
