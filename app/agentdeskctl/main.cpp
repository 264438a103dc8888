#include "agentdeskctl/ctloptions.h"
#include "agentdeskctl/draftoptions.h"
#include "agentdeskctl/outboxcommands.h"
#include "agentdeskctl/profilecommands.h"
#include "agentdeskctl/readcommands.h"
#include "agentdeskctl/serversession.h"
#include "agentdeskctl/signincommands.h"
#include "agentdeskctl/synccommands.h"
#include "agentdeskctl/writecommands.h"
#include "core/buildinfo.h"
#include "core/commandline.h"
#include "core/logging.h"
#include "core/uilanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

int usage(const QString &message)
{
    CommandLine::printError(message);
    return CommandLine::ExitUsage;
}

bool hasCaseServer(const Profile &profile)
{
    return SignIn::hasServer(profile, SignIn::Server::Case);
}

bool hasJtel(const Profile &profile)
{
    return SignIn::hasServer(profile, SignIn::Server::Jtel);
}

QString missingServer(const Profile &profile, SignIn::Server server)
{
    if (server == SignIn::Server::Jtel) {
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

std::optional<QString> optionsOnly(const CtlOptions &options, const QString &command)
{
    if (options.commandArguments().isEmpty())
        return std::nullopt;
    return QCoreApplication::translate("agentdeskctl", "%1 takes options only, not '%2'.")
        .arg(command, options.commandArguments().constFirst());
}

// The profile a command works on, which must have `server`; nothing after a usage message.
std::optional<Profile> profileWith(const CtlOptions &options, SignIn::Server server)
{
    QString problem;
    std::optional<Profile> profile = ProfileCommands::selected(options, &problem);
    if (profile
        && !(server == SignIn::Server::Jtel ? hasJtel(*profile) : hasCaseServer(*profile))) {
        problem = missingServer(*profile, server);
        profile.reset();
    }
    if (!profile)
        usage(problem);
    return profile;
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

    std::optional<SignIn::Server> server;
    if (options.isSet(options.server)) {
        const QString name = options.value(options.server);
        if (name == u"case")
            server = SignIn::Server::Case;
        else if (name == u"jtel")
            server = SignIn::Server::Jtel;
        else
            //: case and jtel are literal values; do not translate them
            return usage(
                QCoreApplication::translate("agentdeskctl", "--server: '%1' is not case or jtel.")
                    .arg(name));
        const bool present
            = *server == SignIn::Server::Case ? hasCaseServer(*profile) : hasJtel(*profile);
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
            return usage(missingServer(*profile, SignIn::Server::Case));
        server = hasCaseServer(*profile) ? SignIn::Server::Case : SignIn::Server::Jtel;
    }

    std::optional<QString> secret;
    if (login) {
        const bool browser = SignIn::secretFor(*profile, *server) == SignIn::Secret::Browser;
        const bool password = options.isSet(options.passwordStdin);
        const bool other = options.isSet(options.secretStdin);
        const QString flag = password ? u"--password-stdin"_s : u"--secret-stdin"_s;
        if (password && other)
            return usage(QCoreApplication::translate(
                "agentdeskctl",
                "--password-stdin and --secret-stdin read the same line; give "
                "one of them."));
        if (browser && (password || other))
            return usage(QCoreApplication::translate("agentdeskctl",
                                                     "%1: profile %2 signs in as an eGain user "
                                                     "through the browser; there is no secret "
                                                     "to read.")
                             .arg(flag, profile->name));
        if (!browser && !password && !other)
            return usage(QCoreApplication::translate(
                "agentdeskctl",
                "login reads the secret from standard input: give "
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
    const bool force = options.isSet(options.force);
    QTimer::singleShot(0, commands, [commands, login, server, secret, force] {
        if (login)
            commands->login(*server, secret, force);
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
    if (const auto error = optionsOnly(options, command))
        return usage(*error);

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
            return usage(
                QCoreApplication::translate("agentdeskctl",
                                            "--ids cannot be combined with --case, --status, "
                                            "--assigned-to, --queue or --modified-since."));
        if (!ids && !options.isSet(options.caseId) && !options.isSet(options.status))
            return usage(QCoreApplication::translate(
                "agentdeskctl", "activities needs --ids, --case or --status."));
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
                return usage(QCoreApplication::translate(
                    "agentdeskctl", "--status: give a status such as open or assigned."));
        }
        if (options.isSet(options.modifiedSince)) {
            const std::optional<qint64> since = options.timestamp(options.modifiedSince, &problem);
            if (!since)
                return usage(problem);
            query.lastModifiedFromMs = *since;
        }
    } else if (command == u"cases" && !ids) {
        return usage(QCoreApplication::translate("agentdeskctl", "cases needs --ids."));
    } else if (command == u"events" && options.isSet(options.eventId)) {
        eventId = options.id(options.eventId, &problem);
        if (!eventId)
            return usage(problem);
    }

    const std::optional<Profile> profile = profileWith(
        options, command == u"events" ? SignIn::Server::Jtel : SignIn::Server::Case);
    if (!profile)
        return CommandLine::ExitUsage;

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

int write(QCoreApplication &app, const CtlOptions &options, const QString &command)
{
    if (const auto error = options.checkOnly(
            command,
            QList<const QCommandLineOption *> {&options.profile, &options.json, &options.force}
                + DraftOptions::of(options, command)))
        return usage(*error);
    if (const auto error = optionsOnly(options, command))
        return usage(*error);

    // every value is checked before the outbox or a server is touched
    QString problem;
    std::optional<CalltrackDraft> calltrack;
    std::optional<ChangeCaseRequest> change;
    QStringList pendingActivities;
    std::optional<CallbackDraft> callback;
    std::optional<ReassignRequest> reassign;
    QString userLogin;
    if (command == u"create-calltrack")
        calltrack = DraftOptions::calltrack(options, &problem);
    else if (command == u"change-case")
        change = DraftOptions::changeCase(options, &pendingActivities, &problem);
    else if (command == u"transfer" || command == u"pick")
        reassign = DraftOptions::reassign(options, command, &userLogin, &problem);
    else
        callback = DraftOptions::callback(options, &problem);
    if (!calltrack && !change && !callback && !reassign)
        return usage(problem);

    const std::optional<Profile> profile
        = profileWith(options, callback ? SignIn::Server::Jtel : SignIn::Server::Case);
    if (!profile)
        return CommandLine::ExitUsage;

    auto *session = new ServerSession(*profile, options.isSet(options.force), &app);
    auto *commands = new WriteCommands(session, options.isSet(options.json), session);
    QTimer::singleShot(0, commands, [=] {
        if (calltrack)
            commands->createCalltrack(*calltrack);
        else if (change)
            commands->changeCase(*change, pendingActivities);
        else if (reassign)
            commands->reassign(*reassign, userLogin);
        else
            commands->createCallback(*callback);
    });
    return app.exec();
}

int outbox(QCoreApplication &app, const CtlOptions &options)
{
    const QStringList arguments = options.commandArguments();
    const QString action = arguments.value(0);
    const QString command = u"outbox "_s + action;
    QList<const QCommandLineOption *> allowed {&options.profile, &options.json, &options.force};
    if (action == u"list")
        allowed << &options.all;
    if (const auto error = options.checkOnly(command, allowed))
        return usage(*error);
    const bool withId = action == u"retry" || action == u"discard";
    if (!withId && action != u"list" && action != u"flush")
        //: list, retry, discard and flush are literal command names; do not translate them
        return usage(QCoreApplication::translate("agentdeskctl",
                                                 "Unknown outbox command '%1'; use list, retry, "
                                                 "discard or flush.")
                         .arg(action));
    if (arguments.size() != (withId ? 2 : 1))
        return usage(
            withId ? QCoreApplication::translate("agentdeskctl", "%1 takes one outbox entry id.")
                         .arg(command)
                   : QCoreApplication::translate("agentdeskctl", "%1 takes no arguments.")
                         .arg(command));
    QString problem;
    const std::optional<Profile> profile = ProfileCommands::selected(options, &problem);
    if (!profile)
        return usage(problem);

    auto *session = new ServerSession(*profile, options.isSet(options.force), &app);
    auto *commands = new OutboxCommands(session, options.isSet(options.json), session);
    const QString id = arguments.value(1);
    const bool all = options.isSet(options.all);
    QTimer::singleShot(0, commands, [commands, action, id, all] {
        if (action == u"list")
            commands->list(all);
        else if (action == u"retry")
            commands->retry(id);
        else if (action == u"discard")
            commands->discard(id);
        else
            commands->flush();
    });
    return app.exec();
}

int sync(QCoreApplication &app, const CtlOptions &options)
{
    const QString command = u"sync"_s;
    if (const auto error
        = options.checkOnly(command, {&options.profile, &options.json, &options.force}))
        return usage(*error);
    if (const auto error = optionsOnly(options, command))
        return usage(*error);
    QString problem;
    const std::optional<Profile> profile = ProfileCommands::selected(options, &problem);
    if (!profile)
        return usage(problem);
    if (!hasCaseServer(*profile) && !hasJtel(*profile))
        return usage(missingServer(*profile, SignIn::Server::Case));

    auto *session = new ServerSession(*profile, options.isSet(options.force), &app);
    auto *commands = new SyncCommands(session, options.isSet(options.json), session);
    QTimer::singleShot(0, commands, [commands] { commands->sync(); });
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Logging::installFileLog(u"agentdeskctl"_s);
    QCoreApplication::setOrganizationName(u"AgentDesk"_s);
    QCoreApplication::setApplicationName(u"agentdeskctl"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(AgentDesk::BuildInfo::version));
    UiLanguage::install(&app);
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
        return usage(QCoreApplication::translate("agentdeskctl",
                                                 "No command given. See agentdeskctl --help."));
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
    if (command == u"create-calltrack" || command == u"change-case" || command == u"create-callback"
        || command == u"transfer" || command == u"pick")
        return write(app, options, command);
    if (command == u"outbox")
        return outbox(app, options);
    if (command == u"sync")
        return sync(app, options);
    return usage(QCoreApplication::translate("agentdeskctl", "Unknown command '%1'.").arg(command));
}
