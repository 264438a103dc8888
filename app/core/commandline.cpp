#include "core/commandline.h"

#include "api/apierror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <cstdio>

namespace {

const QString JtelUrlOption = QStringLiteral("jtel-url");
const QString JtelTokenFileOption = QStringLiteral("jtel-token-file");

QString translate(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

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
              translate("Try '%1 --help' for more information.\n")
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

void addJtelOptions(QCommandLineParser &parser)
{
    parser.addOption({JtelUrlOption,
                      translate("Base URL of the jtel ACD REST API, including the client account "
                                "number, e.g. https://acd.example.net/rest/v1.0/1234."),
                      translate("url")});
    parser.addOption({JtelTokenFileOption,
                      translate("Read the jtel API token from <file> (first line)."),
                      translate("file")});
}

bool hasJtelOptions(const QCommandLineParser &parser)
{
    return parser.isSet(JtelUrlOption) || parser.isSet(JtelTokenFileOption);
}

std::optional<JtelEndpoint> jtelEndpoint(const QCommandLineParser &parser, QString *error)
{
    if (!parser.isSet(JtelUrlOption) || !parser.isSet(JtelTokenFileOption)) {
        *error = translate("--jtel-url and --jtel-token-file must be given together.");
        return std::nullopt;
    }
    const QString text = parser.value(JtelUrlOption);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
        || url.host().isEmpty()) {
        *error = translate("'%1' is not an http or https URL.").arg(text);
        return std::nullopt;
    }
    const std::optional<QString> token = readTokenFile(parser.value(JtelTokenFileOption), error);
    if (!token)
        return std::nullopt;
    return JtelEndpoint {url, *token};
}

std::optional<QString> readTokenFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = translate("Cannot read the token file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QString token = QString::fromUtf8(file.readLine()).trimmed();
    if (token.isEmpty()) {
        *error = translate("The token file %1 is empty.").arg(path);
        return std::nullopt;
    }
    return token;
}

void printError(const QString &message)
{
    write(stderr, QStringLiteral("%1: %2\n").arg(QCoreApplication::applicationName(), message));
}

} // namespace CommandLine
