#include "ctlrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

QString CtlRun::describe() const
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(out.left(3000), err);
}

QJsonObject CtlRun::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

CtlRun CtlRun::start(const QString &program, const QStringList &arguments, const QByteArray &input,
                     QProcessEnvironment environment)
{
    const QString asanOptions = environment.value(u"ASAN_OPTIONS"_s);
    environment.insert(u"ASAN_OPTIONS"_s, asanOptions.isEmpty()
                                              ? u"detect_leaks=0"_s
                                              : asanOptions + u":detect_leaks=0"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10'000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(180'000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString CtlRun::removeEveryProfile(const QString &program)
{
    const CtlRun list = start(program, {u"profile"_s, u"list"_s, u"--json"_s});
    if (list.exitCode != 0)
        return list.describe();
    for (const QJsonValue &profile : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        const CtlRun removed = start(program, {u"profile"_s, u"remove"_s, profile[u"name"].toString()});
        if (removed.exitCode != 0)
            return removed.describe();
    }
    return {};
}
