#include "ctlrun.h"

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
