#include "agentdeskctl/profilecommands.h"

#include "agentdeskctl/ctloptions.h"
#include "agentdeskctl/output.h"
#include "auth/credentialstore.h"
#include "auth/profilestore.h"
#include "auth/signin.h"
#include "core/commandline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

int usage(const QString &message)
{
    CommandLine::printError(message);
    return CommandLine::ExitUsage;
}

std::optional<QString> checkName(const QString &name)
{
    if (ProfileStore::isValidName(name))
        return std::nullopt;
    return QCoreApplication::translate("agentdeskctl",
                                       "'%1' is not a valid profile name: use letters, digits, "
                                       "'-' and '_' (at most 64).")
        .arg(name);
}

QString noSuchProfile(const QString &name)
{
    return QCoreApplication::translate("agentdeskctl",
                                       "There is no profile '%1'; see agentdeskctl profile list.")
        .arg(name);
}

int set(ProfileStore &store, const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage(
            QCoreApplication::translate("agentdeskctl", "profile set needs a profile name."));
    const QString name = arguments.constFirst();
    if (const auto error = checkName(name))
        return usage(*error);
    Profile profile = store.load(name).value_or(Profile {});
    profile.name = name;
    for (const QString &assignment : arguments.mid(1)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0) {
            return usage(QCoreApplication::translate("agentdeskctl",
                                                     "'%1' is not key=value. Known keys: %2.")
                             .arg(assignment, ProfileStore::fieldNames().join(u", "_s)));
        }
        // setField's message names the key; a refused value is not echoed (URLs may carry one)
        if (const auto error
            = ProfileStore::setField(profile, assignment.left(equals), assignment.mid(equals + 1)))
            return usage(*error);
    }
    const bool first = store.names().isEmpty() || store.activeName().isEmpty();
    if (!store.save(profile)) {
        CommandLine::printError(
            QCoreApplication::translate("agentdeskctl", "The profile could not be saved to %1.")
                .arg(store.fileName()));
        return CommandLine::ExitFailure;
    }
    // with no active profile the next command would fail anyway; a first profile is the one meant
    if (first)
        store.setActive(name);
    return CommandLine::ExitOk;
}

int list(const ProfileStore &store, bool json)
{
    const QString active = store.activeName();
    QJsonArray records;
    QList<QStringList> rows;
    for (const QString &name : store.names()) {
        const Profile profile = store.load(name).value_or(Profile {});
        QJsonObject record {{u"name"_s, name}, {u"active"_s, name == active}};
        QStringList row {name == active ? u"*"_s : QString(), name};
        for (const auto &[key, value] : ProfileStore::fields(profile)) {
            if (key == u"caseDialect" || key == u"caseBaseUrl" || key == u"jtelBaseUrl") {
                record.insert(key, value);
                row.append(value);
            }
        }
        records.append(record);
        rows.append(row);
    }
    if (json)
        Output::printJson(records);
    else
        Output::printTable(
            {u"active"_s, u"name"_s, u"caseDialect"_s, u"caseBaseUrl"_s, u"jtelBaseUrl"_s}, rows);
    return CommandLine::ExitOk;
}

int show(const Profile &profile, bool active, bool json)
{
    const auto fields = ProfileStore::fields(profile);
    if (json) {
        QJsonObject record {{u"name"_s, profile.name}, {u"active"_s, active}};
        for (const auto &[key, value] : fields)
            record.insert(key, value);
        Output::printJson(QJsonArray {record});
        return CommandLine::ExitOk;
    }
    QList<QStringList> rows;
    for (const auto &[key, value] : fields)
        rows.append({key, value});
    Output::printTable({u"key"_s, u"value"_s}, rows);
    return CommandLine::ExitOk;
}

std::optional<int> remove(ProfileStore &store, const QString &name)
{
    const std::optional<Profile> profile = store.load(name);
    if (!profile)
        return usage(noSuchProfile(name));
    if (!store.remove(name)) {
        CommandLine::printError(
            QCoreApplication::translate("agentdeskctl", "The profile could not be removed from %1.")
                .arg(store.fileName()));
        return CommandLine::ExitFailure;
    }
    // secrets of a profile that is gone would otherwise stay in the keychain for good
    auto *credentials = new CredentialStore(QCoreApplication::instance());
    SignIn::removeKeys(credentials, SignIn::allKeys(*profile), [name](const QString &error) {
        if (!error.isEmpty()) {
            CommandLine::printError(
                QCoreApplication::translate("agentdeskctl",
                                            "Profile '%1' was removed, but its secrets could not "
                                            "be removed from the keychain: %2")
                    .arg(name, error));
            QCoreApplication::exit(CommandLine::ExitFailure);
            return;
        }
        QCoreApplication::exit(CommandLine::ExitOk);
    });
    return std::nullopt;
}

} // namespace

namespace ProfileCommands {

std::optional<int> run(const CtlOptions &options, const QStringList &arguments)
{
    const QString subcommand = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    const QString command = u"profile "_s + subcommand;
    ProfileStore store;

    if (subcommand == u"set" || subcommand == u"use" || subcommand == u"remove") {
        if (const auto error = options.checkOnly(command, {}))
            return usage(*error);
    } else if (subcommand == u"list") {
        if (const auto error = options.checkOnly(command, {&options.json}))
            return usage(*error);
    } else if (subcommand == u"show") {
        if (const auto error = options.checkOnly(command, {&options.json, &options.profile}))
            return usage(*error);
    }

    if (subcommand == u"set")
        return set(store, rest);
    if (subcommand == u"list") {
        if (!rest.isEmpty())
            return usage(
                QCoreApplication::translate("agentdeskctl", "profile list takes no arguments."));
        return list(store, options.isSet(options.json));
    }
    if (subcommand == u"show") {
        if (rest.size() > 1)
            return usage(QCoreApplication::translate(
                "agentdeskctl", "profile show takes at most one profile name."));
        QString error;
        std::optional<Profile> profile;
        if (rest.isEmpty()) {
            profile = selected(options, &error);
        } else {
            profile = store.load(rest.constFirst());
            error = noSuchProfile(rest.constFirst());
        }
        if (!profile)
            return usage(error);
        return show(*profile, profile->name == store.activeName(), options.isSet(options.json));
    }
    if (subcommand == u"use" || subcommand == u"remove") {
        if (rest.size() != 1)
            return usage(QCoreApplication::translate("agentdeskctl",
                                                     "profile %1 needs exactly one profile name.")
                             .arg(subcommand));
        const QString name = rest.constFirst();
        if (const auto error = checkName(name))
            return usage(*error);
        if (subcommand == u"remove")
            return remove(store, name);
        if (!store.load(name))
            return usage(noSuchProfile(name));
        if (!store.setActive(name)) {
            CommandLine::printError(
                QCoreApplication::translate("agentdeskctl",
                                            "The settings file %1 could not be written.")
                    .arg(store.fileName()));
            return CommandLine::ExitFailure;
        }
        return CommandLine::ExitOk;
    }
    if (subcommand.isEmpty())
        return usage(QCoreApplication::translate(
            "agentdeskctl", "profile needs a subcommand: set, list, show, use or remove."));
    return usage(
        QCoreApplication::translate(
            "agentdeskctl", "Unknown profile subcommand '%1'; use set, list, show, use or remove.")
            .arg(subcommand));
}

std::optional<Profile> selected(const CtlOptions &options, QString *error)
{
    ProfileStore store;
    if (options.isSet(options.profile)) {
        const QString name = options.value(options.profile);
        std::optional<Profile> profile = store.load(name);
        if (!profile) {
            *error = QCoreApplication::translate("agentdeskctl",
                                                 "--profile: there is no profile '%1'.")
                         .arg(name);
        }
        return profile;
    }
    const QString active = store.activeName();
    if (active.isEmpty()) {
        *error = QCoreApplication::translate(
            "agentdeskctl",
            "No profile is active: give --profile NAME, or choose one with "
            "agentdeskctl profile use NAME.");
        return std::nullopt;
    }
    return store.load(active);
}

} // namespace ProfileCommands
