#include "api/jtelclient.h"
#include "core/buildinfo.h"
#include "core/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

#include <cstdio>

namespace {

const QString AcdEventsCommand = QStringLiteral("acd-events");

QString translate(const char *text)
{
    return QCoreApplication::translate("agentdeskctl", text);
}

// Tab-separated values for scripts: one header line, then one line per event. Tabs and line
// breaks inside a field become spaces so that every event stays on one line.
QString field(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

QString optionalNumber(const auto &value)
{
    return value ? QString::number(*value) : QString();
}

void printEvents(const QList<AcdEvent> &events)
{
    QTextStream out(stdout);
    out << "id\ttype\tstatus\tgroup\tuser\tpriority\tcreated\tsender\treceiver\tsubject\n";
    for (const AcdEvent &event : events) {
        const QString created = event.createdMsecs == 0
            ? QString()
            : QDateTime::fromMSecsSinceEpoch(event.createdMsecs, Qt::UTC)
                  .toString(Qt::ISODateWithMs);
        out << event.id << '\t' << event.typeId << '\t' << event.statusId << '\t'
            << optionalNumber(event.groupId) << '\t' << optionalNumber(event.usersId) << '\t'
            << optionalNumber(event.priority) << '\t' << created << '\t' << field(event.sender)
            << '\t' << field(event.receiver) << '\t' << field(event.subject) << '\n';
    }
}

int listAcdEvents(QCoreApplication &app, const QCommandLineParser &parser)
{
    QString error;
    const auto endpoint = CommandLine::jtelEndpoint(parser, &error);
    if (!endpoint) {
        CommandLine::printError(error);
        return CommandLine::ExitUsage;
    }
    JtelClient client;
    client.setEndpoint(*endpoint);
    QObject::connect(&client, &JtelClient::eventsReceived, &app, [](const QList<AcdEvent> &events) {
        printEvents(events);
        QCoreApplication::exit(CommandLine::ExitOk);
    });
    QObject::connect(&client, &JtelClient::failed, &app, [](const QString &message) {
        CommandLine::printError(message);
        QCoreApplication::exit(CommandLine::ExitFailure);
    });
    client.fetchEvents();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AgentDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("agentdeskctl"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(AgentDesk::BuildInfo::version));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        translate("Command-line companion of AgentDesk.\n\nCommands:\n"
                  "  acd-events   List the jtel ACD event queue as tab-separated values "
                  "(needs --jtel-url and --jtel-token-file)."));
    parser.addPositionalArgument(QStringLiteral("command"), translate("The command to run."),
                                 translate("<command>"));
    CommandLine::addJtelOptions(parser);
    if (const auto exitCode = CommandLine::parse(parser, app.arguments()))
        return *exitCode;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        CommandLine::printError(positional.isEmpty() ? translate("No command given.")
                                                     : translate("Give exactly one command."));
        return CommandLine::ExitUsage;
    }
    if (positional.constFirst() == AcdEventsCommand)
        return listAcdEvents(app, parser);
    CommandLine::printError(translate("Unknown command '%1'.").arg(positional.constFirst()));
    return CommandLine::ExitUsage;
}
