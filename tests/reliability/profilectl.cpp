#include "profilectl.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

ProfileCtl::ProfileCtl(const QString &program, const QString &profile)
    : m_program(program)
    , m_profile(profile)
{
}

QStringList ProfileCtl::withProfile(const QStringList &arguments) const
{
    return arguments + QStringList {u"--profile"_s, m_profile};
}

CtlRun ProfileCtl::run(const QStringList &arguments, const QByteArray &input) const
{
    return CtlRun::start(m_program, withProfile(arguments), input);
}

CtlRun ProfileCtl::runAndKill(const QStringList &arguments, int killAfterMs) const
{
    return CtlRun::startAndKill(m_program, withProfile(arguments), killAfterMs);
}

QList<CtlRun> ProfileCtl::runAll(const QList<QStringList> &argumentLists) const
{
    QList<QStringList> lists;
    for (const QStringList &arguments : argumentLists)
        lists.append(withProfile(arguments));
    return CtlRun::startAll(m_program, lists);
}

QString ProfileCtl::set(const QStringList &fields) const
{
    // `profile set NAME …` names the profile itself
    const CtlRun set
        = CtlRun::start(m_program, QStringList {u"profile"_s, u"set"_s, m_profile} + fields);
    return set.exitCode == 0 ? QString() : set.describe();
}

QString ProfileCtl::login(const QString &server, const QString &secret, bool passwordOption,
                          const QStringList &extra, int attempts) const
{
    CtlRun login;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        login = run(QStringList {u"login"_s, u"--server"_s, server,
                                 passwordOption ? u"--password-stdin"_s : u"--secret-stdin"_s}
                        + extra,
                    secret.toUtf8() + '\n');
        if (login.exitCode == 0)
            return {};
    }
    return login.describe();
}

QJsonArray ProfileCtl::outbox(bool all, QString *error) const
{
    QStringList arguments {u"outbox"_s, u"list"_s, u"--json"_s};
    if (all)
        arguments << u"--all"_s;
    const CtlRun list = run(arguments);
    if (list.exitCode != 0 && error)
        *error = list.describe();
    return QJsonDocument::fromJson(list.out.toUtf8()).array();
}

QString ProfileCtl::remove() const
{
    const CtlRun removed = CtlRun::start(m_program, {u"profile"_s, u"remove"_s, m_profile});
    return removed.exitCode == 0 ? QString() : removed.describe();
}
