#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Every option of agentdeskctl, parsed once. One parser for all commands keeps `--help` a single
// page; each command then refuses the options that are not its own (checkOnly), so a typo such
// as `events --ids 1` fails loudly instead of being ignored.
class CtlOptions
{
    Q_DECLARE_TR_FUNCTIONS(agentdeskctl)
public:
    // change-case --activities: ids of activities on the server, and outbox entry ids
    // (`@<id>`) of calltracks still queued for creation
    struct ActivityList
    {
        QList<qint64> ids;
        QStringList outboxEntries;
    };

    CtlOptions();

    // See CommandLine::parse(): an exit code when the program should stop here.
    std::optional<int> parse(const QStringList &arguments);

    // the first positional argument, and the ones after it
    QString command() const;
    QStringList commandArguments() const;

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    // every value of an option given more than once, in order
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }

    // A message naming the first option given that is not among `allowed`, for `command`.
    std::optional<QString> checkOnly(const QString &command,
                                     const QList<const QCommandLineOption *> &allowed) const;

    // Values checked here, so every command words a bad value the same way and names the flag.
    std::optional<qint64> id(const QCommandLineOption &option, QString *error) const;
    std::optional<QList<qint64>> ids(const QCommandLineOption &option, QString *error) const;
    std::optional<ActivityList> activityList(const QCommandLineOption &option,
                                             QString *error) const;
    // any whole number; the range is the validators' to judge (and to explain)
    std::optional<int> number(const QCommandLineOption &option, QString *error) const;
    // ISO 8601 (eGain layout, an offset or a missing fraction accepted), as ms since the epoch
    std::optional<qint64> timestamp(const QCommandLineOption &option, QString *error) const;

    const QCommandLineOption profile;
    const QCommandLineOption json;
    const QCommandLineOption server;
    const QCommandLineOption passwordStdin;
    const QCommandLineOption secretStdin;
    const QCommandLineOption force;
    const QCommandLineOption caseId;
    const QCommandLineOption idList;
    const QCommandLineOption status;
    const QCommandLineOption assignedTo;
    const QCommandLineOption queue;
    const QCommandLineOption modifiedSince;
    const QCommandLineOption eventId;
    // create-calltrack
    const QCommandLineOption department;
    const QCommandLineOption subtype;
    const QCommandLineOption mode;
    const QCommandLineOption content;
    const QCommandLineOption html;
    const QCommandLineOption customer;
    const QCommandLineOption contact;
    const QCommandLineOption contactPointId;
    const QCommandLineOption contactPointKind;
    const QCommandLineOption contactPointData;
    const QCommandLineOption anonymous;
    const QCommandLineOption targetUserId;
    const QCommandLineOption targetUser;
    const QCommandLineOption attribute;
    // change-case
    const QCommandLineOption activities;
    const QCommandLineOption newCase;
    const QCommandLineOption caseDescription;
    const QCommandLineOption caseSolution;
    const QCommandLineOption caseSeverity;
    const QCommandLineOption relate;
    // transfer, pick
    const QCommandLineOption unpin;
    // create-callback
    const QCommandLineOption group;
    const QCommandLineOption configGroup;
    const QCommandLineOption agentGroup;
    const QCommandLineOption sender;
    const QCommandLineOption type;
    const QCommandLineOption user;
    const QCommandLineOption receiver;
    const QCommandLineOption body;
    const QCommandLineOption crmUrl;
    const QCommandLineOption userData;
    const QCommandLineOption date;
    const QCommandLineOption time;
    // shared by several write commands
    const QCommandLineOption subject;
    const QCommandLineOption priority;
    const QCommandLineOption due;
    // outbox list
    const QCommandLineOption all;

private:
    static QString description();
    // one id as `flag` takes it: a positive whole number
    static std::optional<qint64> positiveId(const QString &flag, const QString &text,
                                            QString *error);

    QCommandLineParser m_parser;
};
