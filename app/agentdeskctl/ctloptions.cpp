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
    , json(u"json"_s,
           tr("Print the records as a JSON array instead of tab-separated values; a write "
              "prints its outcome as one JSON object."))
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
    , caseId(u"case"_s,
             tr("activities: the activities of case <id>. create-calltrack: add the activity "
                "to case <id> (default: a new case). change-case: move to the existing case "
                "<id>."),
             tr("id"))
    , idList(u"ids"_s, tr("activities, cases: these ids, comma-separated (any number)."), tr("ids"))
    , status(u"status"_s,
             tr("activities: with this status (open, in_queue, assigned, completed, …)."),
             tr("status"))
    , assignedTo(u"assigned-to"_s, tr("activities: assigned to the user with id <id>."), tr("id"))
    , queue(u"queue"_s,
            tr("activities: in the queue with id <id>. transfer: the queue to transfer to."),
            tr("id"))
    , modifiedSince(u"modified-since"_s,
                    tr("activities: modified at or after <time> (ISO 8601, e.g. "
                       "2031-01-15T08:00:00Z)."),
                    tr("time"))
    , eventId(u"id"_s, tr("events: only the event with id <id>."), tr("id"))
    , department(u"department"_s,
                 tr("create-calltrack: the department that owns the activity, by name. transfer: "
                    "the department to transfer to, by id."),
                 tr("name"))
    , subtype(u"subtype"_s, tr("create-calltrack: the calltrack subtype (see subtypes)."),
              tr("value"))
    , mode(u"mode"_s, tr("create-calltrack: Inbound (the default) or Outbound."), tr("mode"))
    , content(u"content"_s, tr("create-calltrack: the call notes as plain text."), tr("text"))
    , html(u"html"_s, tr("create-calltrack: the call notes as HTML."), tr("html"))
    , customer(u"customer"_s, tr("create-calltrack: the customer with id <id>."), tr("id"))
    , contact(u"contact"_s, tr("create-calltrack: the customer of the contact person <id>."),
              tr("id"))
    , contactPointId(u"contact-point-id"_s,
                     tr("create-calltrack: the customer of the contact point <id> (with "
                        "--contact-point-kind)."),
                     tr("id"))
    , contactPointKind(u"contact-point-kind"_s,
                       tr("create-calltrack: phone, postal, email, social or website."), tr("kind"))
    , contactPointData(u"contact-point-data"_s,
                       tr("create-calltrack: the customer's email address or phone number "
                          "(digits only); with --anonymous, only recorded."),
                       tr("data"))
    , anonymous(u"anonymous"_s, tr("create-calltrack: the caller is not linked to a customer."))
    , targetUserId(u"target-user-id"_s,
                   tr("create-calltrack: assign the activity to the user with id <id>."), tr("id"))
    , targetUser(u"target-user"_s,
                 tr("create-calltrack: assign the activity to the user with this login name."),
                 tr("login"))
    , attribute(u"attribute"_s,
                tr("create-calltrack: a custom attribute of the activity; repeat for more."),
                tr("name=value"))
    , activities(u"activities"_s,
                 tr("change-case, transfer, pick: the activities, comma-separated; @<entry> names "
                    "a calltrack that create-calltrack queued in the outbox (change-case only)."),
                 tr("ids"))
    , newCase(u"new-case"_s, tr("change-case: move the activities to a new case."))
    , caseDescription(u"description"_s, tr("change-case: the new case's description."), tr("text"))
    , caseSolution(u"solution"_s, tr("change-case: the new case's solution."), tr("text"))
    , caseSeverity(u"severity"_s,
                   tr("change-case: the new case's severity: urgent, high, medium or low."),
                   tr("severity"))
    , relate(u"relate"_s, tr("change-case: relate the source case and the target case."))
    , unpin(u"unpin"_s,
            tr("transfer, pick: also take activities their assignee pinned (unpin=yes)."))
    , group(u"group"_s, tr("create-callback: the ACD group that distributes the event."), tr("id"))
    , configGroup(u"config-group"_s,
                  tr("create-callback: the configuration group (with --agent-group)."), tr("id"))
    , agentGroup(u"agent-group"_s, tr("create-callback: the agent group (with --config-group)."),
                 tr("id"))
    , sender(u"sender"_s,
             tr("create-callback: the caller; an E.164 number for callbacks and voice mails."),
             tr("sender"))
    , type(u"type"_s, tr("create-callback: the event type (default 3, callback)."), tr("type"))
    , user(u"user"_s,
           tr("create-callback: route the event to the jtel user <id>. transfer: the user to "
              "transfer to, an id or a login."),
           tr("id"))
    , receiver(u"receiver"_s, tr("create-callback: the service number that was called."),
               tr("number"))
    , body(u"body"_s, tr("create-callback: text added to a callback's body."), tr("text"))
    , crmUrl(u"crm-url"_s, tr("create-callback: a link into the CRM."), tr("url"))
    , userData(u"user-data"_s, tr("create-callback: free data, e.g. a ticket number."), tr("text"))
    , date(u"date"_s, tr("create-callback: the appointment date, YYYY-MM-DD (jtel's clock)."),
           tr("date"))
    , time(u"time"_s, tr("create-callback: the appointment time, HH:MM (jtel's clock)."),
           tr("time"))
    , subject(u"subject"_s,
              tr("create-calltrack, create-callback: the subject. change-case: the new case's "
                 "subject."),
              tr("text"))
    , priority(u"priority"_s,
               tr("create-calltrack: 1 to 7. create-callback: 0 to 200 (default 50)."),
               tr("priority"))
    , due(u"due"_s,
          tr("create-calltrack: the activity's due time. change-case: the new case's (ISO "
             "8601, in the future)."),
          tr("time"))
    , all(u"all"_s, tr("outbox list: the applied entries too."))
{
    m_parser.setApplicationDescription(description());
    m_parser.addPositionalArgument(u"command"_s, tr("The command to run, see above."),
                                   tr("<command> [arguments]"));
    for (const QCommandLineOption *option : {&profile,
                                             &json,
                                             &server,
                                             &passwordStdin,
                                             &secretStdin,
                                             &force,
                                             &caseId,
                                             &idList,
                                             &status,
                                             &assignedTo,
                                             &queue,
                                             &modifiedSince,
                                             &eventId,
                                             &department,
                                             &subtype,
                                             &mode,
                                             &subject,
                                             &content,
                                             &html,
                                             &customer,
                                             &contact,
                                             &contactPointId,
                                             &contactPointKind,
                                             &contactPointData,
                                             &anonymous,
                                             &targetUserId,
                                             &targetUser,
                                             &priority,
                                             &due,
                                             &attribute,
                                             &activities,
                                             &newCase,
                                             &caseDescription,
                                             &caseSolution,
                                             &caseSeverity,
                                             &relate,
                                             &unpin,
                                             &group,
                                             &configGroup,
                                             &agentGroup,
                                             &sender,
                                             &type,
                                             &user,
                                             &receiver,
                                             &body,
                                             &crmUrl,
                                             &userData,
                                             &date,
                                             &time,
                                             &all}) {
        m_parser.addOption(*option);
    }
}

QString CtlOptions::description()
{
    //: the command names, option names, key names and values are literal; do not translate them
    return tr("Command-line companion of AgentDesk: reads from and writes to the case-management "
              "server (eGain v3 or Cisco ECE v12) and the jtel ACD of a saved profile. It never "
              "prompts: secrets are read from standard input and kept in the system keychain, "
              "never in files or output.\n"
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
              "Writing (kept in the profile's outbox first, so nothing is lost offline):\n"
              "  create-calltrack --department D --subtype S [--mode Inbound|Outbound]\n"
              "        [--subject S] [--content TEXT] [--html HTML]\n"
              "        (--customer ID | --contact ID | --contact-point-id ID\n"
              "         --contact-point-kind K | --contact-point-data X | --anonymous)\n"
              "        [--target-user-id ID | --target-user LOGIN] [--case ID] [--priority 1-7]\n"
              "        [--due TIME] [--attribute NAME=VALUE]…\n"
              "  change-case --activities ID,… (--case ID | --new-case [--subject S]\n"
              "        [--description D] [--solution S] [--severity S] [--due TIME]) [--relate]\n"
              "        An id @ENTRY names a calltrack that create-calltrack queued offline.\n"
              "  create-callback (--group ID | --config-group ID --agent-group ID) --sender E164\n"
              "        --subject S [--type N] [--user ID] [--receiver E164] [--body TEXT]\n"
              "        [--crm-url URL] [--user-data TEXT] [--priority 0-200]\n"
              "        [--date YYYY-MM-DD] [--time HH:MM]\n"
              "  transfer --activities ID,… (--user ID|LOGIN | --queue ID | --department ID)\n"
              "        [--unpin]     hand activities to a user, a queue or a department\n"
              "  pick --activities ID,… [--unpin]   take activities over yourself\n"
              "  A write the server cannot take now stays queued (exit code 4, or 5 when not\n"
              "  signed in); its outbox entry id is printed. AgentDesk or outbox flush sends it.\n"
              "\n"
              "Outbox (the writes of the profile that are not applied yet):\n"
              "  outbox list [--all]          waiting and refused entries (--all: applied too)\n"
              "  outbox retry ID              send a refused or waiting entry again, now\n"
              "  outbox discard ID            remove an entry that is not being sent\n"
              "  outbox flush                 send every waiting entry now; 0 when none is left\n"
              "\n"
              "Cache:\n"
              "  sync                         replay the outbox, then refresh the profile's cache\n"
              "                               from its servers, as AgentDesk does on start\n"
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

std::optional<qint64> CtlOptions::positiveId(const QString &flag, const QString &text,
                                             QString *error)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok) {
        //: %1 is the option, %2 what was given
        *error = tr("%1: '%2' is not a number.").arg(flag, text);
        return std::nullopt;
    }
    if (number <= 0) {
        *error = tr("%1: '%2' is not a valid id; ids are positive.").arg(flag, text);
        return std::nullopt;
    }
    return number;
}

std::optional<qint64> CtlOptions::id(const QCommandLineOption &option, QString *error) const
{
    return positiveId(optionName(option), value(option).trimmed(), error);
}

std::optional<QList<qint64>> CtlOptions::ids(const QCommandLineOption &option, QString *error) const
{
    QList<qint64> result;
    for (const QString &part : value(option).split(u',')) {
        const std::optional<qint64> number = positiveId(optionName(option), part.trimmed(), error);
        if (!number)
            return std::nullopt;
        if (!result.contains(*number))
            result.append(*number);
    }
    return result;
}

std::optional<CtlOptions::ActivityList> CtlOptions::activityList(const QCommandLineOption &option,
                                                                 QString *error) const
{
    ActivityList result;
    for (const QString &part : value(option).split(u',')) {
        const QString text = part.trimmed();
        if (!text.startsWith(u'@')) {
            const std::optional<qint64> number = positiveId(optionName(option), text, error);
            if (!number)
                return std::nullopt;
            result.ids.append(*number);
            continue;
        }
        const QString entry = text.mid(1).trimmed();
        if (entry.isEmpty()) {
            //: @<entry> is literal syntax; do not translate it
            *error
                = tr("%1: '@' needs an outbox entry id, as in @<entry>.").arg(optionName(option));
            return std::nullopt;
        }
        result.outboxEntries.append(entry);
    }
    // repeats are left in: the change-case rules report them (P7)
    return result;
}

std::optional<int> CtlOptions::number(const QCommandLineOption &option, QString *error) const
{
    const QString text = value(option).trimmed();
    bool ok = false;
    const int result = text.toInt(&ok);
    if (!ok) {
        *error = tr("%1: '%2' is not a number.").arg(optionName(option), text);
        return std::nullopt;
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
