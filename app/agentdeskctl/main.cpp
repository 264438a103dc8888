#include "agentdeskctl/ctloptions.h"
#include "agentdeskctl/profilecommands.h"
#include "agentdeskctl/readcommands.h"
#include "agentdeskctl/serversession.h"
#include "agentdeskctl/signincommands.h"
#include "core/buildinfo.h"
#include "core/commandline.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("agentdeskctl", text);
}

int usage(const QString &message)
{
    CommandLine::printError(message);
    return CommandLine::ExitUsage;
}

bool hasCaseServer(const Profile &profile)
{
    return profile.caseDialect != Profile::CaseDialect::None && profile.caseBaseUrl.isValid()
        && !profile.caseBaseUrl.isEmpty();
}

bool hasJtel(const Profile &profile)
{
    return profile.jtelBaseUrl.isValid() && !profile.jtelBaseUrl.isEmpty();
}

QString missingServer(const Profile &profile, SecretKeys::Server server)
{
    if (server == SecretKeys::Server::Jtel) {
        return QCoreApplication::translate("agentdeskctl",
                                           "Profile %1 has no jtel server: set jtelBaseUrl with "
                                           "agentdeskctl profile set %1 jtelBaseUrl=URL.")
            .arg(profile.name);
    }
    return QCoreApplication::translate("agentdeskctl",
                                       "Profile %1 has no case-management server: set "
                                       "caseDialect and caseBaseUrl with agentdeskctl profile "
                                       "set %1.")
        .arg(profile.name);
}

// Only the first line counts, without its line break: `echo secret | agentdeskctl login …`
// and a here-string both work, and nothing is ever prompted for.
std::optional<QString> readSecretLine(const QString &option, QString *error)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("agentdeskctl", "%1: standard input cannot be read.")
                     .arg(option);
        return std::nullopt;
    }
    QByteArray line = input.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        *error = QCoreApplication::translate("agentdeskctl",
                                             "%1: the first line of standard input is empty.")
                     .arg(option);
        return std::nullopt;
    }
    return QString::fromUtf8(line);
}

int signIn(QCoreApplication &app, const CtlOptions &options, const QString &command)
{
    const bool login = command == u"login";
    const auto error = login
        ? options.checkOnly(command,
                            {&options.profile, &options.server, &options.passwordStdin,
                             &options.secretStdin, &options.force})
        : options.checkOnly(command, {&options.profile, &options.server});
    if (error)
        return usage(*error);
    if (!options.commandArguments().isEmpty())
        return usage(
            QCoreApplication::translate("agentdeskctl", "%1 takes no arguments.").arg(command));
    QString problem;
    const std::optional<Profile> profile = ProfileCommands::selected(options, &problem);
    if (!profile)
        return usage(problem);

    std::optional<SecretKeys::Server> server;
    if (options.isSet(options.server)) {
        const QString name = options.value(options.server);
        if (name == u"case")
            server = SecretKeys::Server::Case;
        else if (name == u"jtel")
            server = SecretKeys::Server::Jtel;
        else
            //: case and jtel are literal values; do not translate them
            return usage(
                QCoreApplication::translate("agentdeskctl", "--server: '%1' is not case or jtel.")
                    .arg(name));
        const bool present
            = *server == SecretKeys::Server::Case ? hasCaseServer(*profile) : hasJtel(*profile);
        if (!present)
            return usage(missingServer(*profile, *server));
    } else if (login) {
        if (hasCaseServer(*profile) && hasJtel(*profile))
            return usage(QCoreApplication::translate(
                             "agentdeskctl",
                             "--server: profile %1 has a case-management server and a jtel "
                             "server; choose one with --server case or --server jtel.")
                             .arg(profile->name));
        if (!hasCaseServer(*profile) && !hasJtel(*profile))
            return usage(missingServer(*profile, SecretKeys::Server::Case));
        server = hasCaseServer(*profile) ? SecretKeys::Server::Case : SecretKeys::Server::Jtel;
    }

    std::optional<QString> secret;
    if (login) {
        const bool browser = *server == SecretKeys::Server::Case
            && profile->caseDialect == Profile::CaseDialect::EgainV3
            && profile->oauthFlow == Profile::OAuthFlow::UserPkce;
        const bool password = options.isSet(options.passwordStdin);
        const bool other = options.isSet(options.secretStdin);
        const QString flag = password ? u"--password-stdin"_s : u"--secret-stdin"_s;
        if (password && other)
            return usage(translate("--password-stdin and --secret-stdin read the same line; give "
                                   "one of them."));
        if (browser && (password || other))
            return usage(QCoreApplication::translate("agentdeskctl",
                                                     "%1: profile %2 signs in as an eGain user "
                                                     "through the browser; there is no secret "
                                                     "to read.")
                             .arg(flag, profile->name));
        if (!browser && !password && !other)
            return usage(translate("login reads the secret from standard input: give "
                                   "--password-stdin (ECE password) or --secret-stdin (eGain "
                                   "client secret, jtel token)."));
        if (!browser) {
            secret = readSecretLine(flag, &problem);
            if (!secret)
                return usage(problem);
        }
    }

    auto *session = new ServerSession(*profile, options.isSet(options.force), &app);
    auto *commands = new SignInCommands(session, session);
    QTimer::singleShot(0, commands, [commands, login, server, secret] {
        if (login)
            commands->login(*server, secret);
        else
            commands->logout(server);
    });
    return app.exec();
}

int read(QCoreApplication &app, const CtlOptions &options, const QString &command)
{
    QList<const QCommandLineOption *> allowed {&options.profile, &options.json, &options.force};
    if (command == u"activities")
        allowed << &options.caseId << &options.idList << &options.status << &options.assignedTo
                << &options.queue << &options.modifiedSince;
    else if (command == u"cases")
        allowed << &options.idList;
    else if (command == u"events")
        allowed << &options.eventId;
    if (const auto error = options.checkOnly(command, allowed))
        return usage(*error);
    if (!options.commandArguments().isEmpty())
        return usage(QCoreApplication::translate("agentdeskctl", "%1 takes options only, not '%2'.")
                         .arg(command, options.commandArguments().constFirst()));

    // every value is checked before anything goes to a server
    QString problem;
    std::optional<QList<qint64>> ids;
    ActivityQuery query;
    std::optional<qint64> eventId;
    if (options.isSet(options.idList)) {
        ids = options.ids(options.idList, &problem);
        if (!ids)
            return usage(problem);
    }
    if (command == u"activities") {
        const bool filtered = options.isSet(options.caseId) || options.isSet(options.status)
            || options.isSet(options.assignedTo) || options.isSet(options.queue)
            || options.isSet(options.modifiedSince);
        if (ids && filtered)
            return usage(translate("--ids cannot be combined with --case, --status, "
                                   "--assigned-to, --queue or --modified-since."));
        if (!ids && !options.isSet(options.caseId) && !options.isSet(options.status))
            return usage(translate("activities needs --ids, --case or --status."));
        const struct
        {
            const QCommandLineOption &option;
            qint64 &target;
        } numbers[] = {{options.caseId, query.caseId},
                       {options.assignedTo, query.assignedTo},
                       {options.queue, query.queueId}};
        for (const auto &[option, target] : numbers) {
            if (!options.isSet(option))
                continue;
            const std::optional<qint64> number = options.id(option, &problem);
            if (!number)
                return usage(problem);
            target = *number;
        }
        if (options.isSet(options.status)) {
            query.status = options.value(options.status).trimmed();
            if (query.status.isEmpty())
                return usage(translate("--status: give a status such as open or assigned."));
        }
        if (options.isSet(options.modifiedSince)) {
            const std::optional<qint64> since = options.timestamp(options.modifiedSince, &problem);
            if (!since)
                return usage(problem);
            query.lastModifiedFromMs = *since;
        }
    } else if (command == u"cases" && !ids) {
        return usage(translate("cases needs --ids."));
    } else if (command == u"events" && options.isSet(options.eventId)) {
        eventId = options.id(options.eventId, &problem);
        if (!eventId)
            return usage(problem);
    }

    const std::optional<Profile> profile = ProfileCommands::selected(options, &problem);
    if (!profile)
        return usage(problem);
    const SecretKeys::Server server
        = command == u"events" ? SecretKeys::Server::Jtel : SecretKeys::Server::Case;
    if (!(server == SecretKeys::Server::Jtel ? hasJtel(*profile) : hasCaseServer(*profile)))
        return usage(missingServer(*profile, server));

    auto *session = new ServerSession(*profile, options.isSet(options.force), &app);
    auto *commands = new ReadCommands(session, options.isSet(options.json), session);
    QTimer::singleShot(0, commands, [commands, command, ids, query, eventId] {
        if (command == u"activities" && ids)
            commands->activitiesByIds(*ids);
        else if (command == u"activities")
            commands->searchActivities(query);
        else if (command == u"cases")
            commands->cases(*ids);
        else if (command == u"events")
            commands->events(eventId);
        else
            commands->subtypes();
    });
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"AgentDesk"_s);
    QCoreApplication::setApplicationName(u"agentdeskctl"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(AgentDesk::BuildInfo::version));
    // stdout and stderr belong to the command: the transport's progress notes would drown it, and
    // every failed call is reported once by the command itself (ApiError::message()). Other
    // warnings stay; QT_LOGGING_RULES still switches everything on for debugging.
    QLoggingCategory::setFilterRules(
        u"agentdesk.*.debug=false\nagentdesk.*.info=false\nagentdesk.api.warning=false"_s);

    CtlOptions options;
    if (const auto exitCode = options.parse(app.arguments()))
        return *exitCode;

    const QString command = options.command();
    if (command.isEmpty())
        return usage(translate("No command given. See agentdeskctl --help."));
    if (command == u"profile") {
        if (const auto exitCode = ProfileCommands::run(options, options.commandArguments()))
            return *exitCode;
        return app.exec();
    }
    if (command == u"login" || command == u"logout")
        return signIn(app, options, command);
    if (command == u"activities" || command == u"cases" || command == u"events"
        || command == u"subtypes")
        return read(app, options, command);
    return usage(QCoreApplication::translate("agentdeskctl", "Unknown command '%1'.").arg(command));
}
