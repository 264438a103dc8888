#include "agentdeskctl/ctloptions.h"

#include "auth/profilestore.h"
#include "core/commandline.h"
#include "core/timestamps.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString optionName(const QCommandLineOption &option)
{
    return u"--"_s + option.names().constFirst();
}

} // namespace

CtlOptions::CtlOptions()
    : profile(u"profile"_s, tr("Use the profile <name> instead of the active one."), tr("name"))
    , json(u"json"_s, tr("Print the records as a JSON array instead of tab-separated values."))
    , server(u"server"_s, tr("login, logout: the server of the profile, case or jtel."),
             tr("server"))
    , passwordStdin(u"password-stdin"_s,
                    tr("login: read the ECE password from the first line of standard input."))
    , secretStdin(u"secret-stdin"_s,
                  tr("login: read the eGain client secret or the jtel API token from the first "
                     "line of standard input."))
    , force(u"force"_s,
            tr("ECE: when the user already has the most sessions ECE allows, end the oldest "
               "one (that signs the user out there)."))
    , caseId(u"case"_s, tr("activities: the activities of case <id>."), tr("id"))
    , idList(u"ids"_s, tr("activities, cases: these ids, comma-separated (any number)."), tr("ids"))
    , status(u"status"_s,
             tr("activities: with this status (open, in_queue, assigned, completed, …)."),
             tr("status"))
    , assignedTo(u"assigned-to"_s, tr("activities: assigned to the user with id <id>."), tr("id"))
    , queue(u"queue"_s, tr("activities: in the queue with id <id>."), tr("id"))
    , modifiedSince(u"modified-since"_s,
                    tr("activities: modified at or after <time> (ISO 8601, e.g. "
                       "2031-01-15T08:00:00Z)."),
                    tr("time"))
    , eventId(u"id"_s, tr("events: only the event with id <id>."), tr("id"))
{
    m_parser.setApplicationDescription(description());
    m_parser.addPositionalArgument(u"command"_s, tr("The command to run, see above."),
                                   tr("<command> [arguments]"));
    for (const QCommandLineOption *option :
         {&profile, &json, &server, &passwordStdin, &secretStdin, &force, &caseId, &idList, &status,
          &assignedTo, &queue, &modifiedSince, &eventId}) {
        m_parser.addOption(*option);
    }
}

QString CtlOptions::description()
{
    //: the command names, option names, key names and values are literal; do not translate them
    return tr("Command-line companion of AgentDesk: reads from the case-management server (eGain "
              "v3 or "
              "Cisco ECE v12) and the jtel ACD of a saved profile. It never prompts: secrets are "
              "read "
              "from standard input and kept in the system keychain, never in files or output.\n"
              "\n"
              "Profiles:\n"
              "  profile set NAME key=value…  Create or change a profile. Keys: %1.\n"
              "  profile list                 List the profiles; the active one is marked with *.\n"
              "  profile show [NAME]          Show a profile (default: the active one).\n"
              "  profile use NAME             Make NAME the active profile.\n"
              "  profile remove NAME          Remove a profile and its stored secrets.\n"
              "\n"
              "Signing in (--profile NAME on any command overrides the active profile):\n"
              "  login [--server case|jtel] [--password-stdin | --secret-stdin] [--force]\n"
              "        Checks the secret with the server, then keeps it in the keychain. An eGain\n"
              "        user (oauthFlow=user) signs in through the browser instead: open the URL\n"
              "        printed on standard error.\n"
              "  logout [--server case|jtel]  Remove the stored secrets of the profile.\n"
              "\n"
              "Reading (tab-separated values with a header line, or --json):\n"
              "  activities --ids ID,… | --case ID | --status S [--assigned-to ID] [--queue ID]\n"
              "             [--modified-since TIME]\n"
              "  cases --ids ID,…\n"
              "  events [--id ID]             jtel ACD events\n"
              "  subtypes                     calltrack subtypes and their departments\n"
              "\n"
              "Exit codes:\n"
              "  0  success\n"
              "  1  any other failure (no keychain, an answer that could not be read)\n"
              "  2  invalid input: unknown command, option, profile, key or a bad value\n"
              "  3  the server refused the request (its code and message are printed)\n"
              "  4  the server could not be reached (network, timeout, TLS, busy after retries)\n"
              "  5  authentication failed: not signed in, or the credentials were refused")
        .arg(ProfileStore::fieldNames().join(u", "_s));
}

std::optional<int> CtlOptions::parse(const QStringList &arguments)
{
    return CommandLine::parse(m_parser, arguments);
}

QString CtlOptions::command() const
{
    const QStringList positional = m_parser.positionalArguments();
    return positional.isEmpty() ? QString() : positional.constFirst();
}

QStringList CtlOptions::commandArguments() const
{
    return m_parser.positionalArguments().mid(1);
}

std::optional<QString> CtlOptions::checkOnly(const QString &command,
                                             const QList<const QCommandLineOption *> &allowed) const
{
    for (const QString &given : m_parser.optionNames()) {
        const bool known
            = std::any_of(allowed.cbegin(), allowed.cend(), [&](const QCommandLineOption *option) {
                  return option->names().contains(given);
              });
        if (!known)
            return tr("--%1 is not an option of %2.").arg(given, command);
    }
    return std::nullopt;
}

std::optional<qint64> CtlOptions::id(const QCommandLineOption &option, QString *error) const
{
    const QString text = value(option).trimmed();
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok) {
        //: %1 is the option, %2 what was given
        *error = tr("%1: '%2' is not a number.").arg(optionName(option), text);
        return std::nullopt;
    }
    if (number <= 0) {
        *error = tr("%1: '%2' is not a valid id; ids are positive.").arg(optionName(option), text);
        return std::nullopt;
    }
    return number;
}

std::optional<QList<qint64>> CtlOptions::ids(const QCommandLineOption &option, QString *error) const
{
    QList<qint64> result;
    const QStringList parts = value(option).split(u',');
    for (const QString &part : parts) {
        const QString text = part.trimmed();
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (!ok) {
            *error = tr("%1: '%2' is not a number.").arg(optionName(option), text);
            return std::nullopt;
        }
        if (number <= 0) {
            *error
                = tr("%1: '%2' is not a valid id; ids are positive.").arg(optionName(option), text);
            return std::nullopt;
        }
        if (!result.contains(number))
            result.append(number);
    }
    return result;
}

std::optional<qint64> CtlOptions::timestamp(const QCommandLineOption &option, QString *error) const
{
    const QString text = value(option).trimmed();
    const std::optional<qint64> msecs = Timestamps::parseUtc(QStringView(text));
    if (!msecs) {
        //: the example is a literal ISO 8601 time; keep it as it is
        *error = tr("%1: '%2' is not an ISO 8601 time such as 2031-01-15T08:00:00Z.")
                     .arg(optionName(option), text);
    }
    return msecs;
}
