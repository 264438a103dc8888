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
    CtlOptions();

    // See CommandLine::parse(): an exit code when the program should stop here.
    std::optional<int> parse(const QStringList &arguments);

    // the first positional argument, and the ones after it
    QString command() const;
    QStringList commandArguments() const;

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }

    // A message naming the first option given that is not among `allowed`, for `command`.
    std::optional<QString> checkOnly(const QString &command,
                                     const QList<const QCommandLineOption *> &allowed) const;

    // Values checked here, so every command words a bad value the same way and names the flag.
    std::optional<qint64> id(const QCommandLineOption &option, QString *error) const;
    std::optional<QList<qint64>> ids(const QCommandLineOption &option, QString *error) const;
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

private:
    static QString description();

    QCommandLineParser m_parser;
};
