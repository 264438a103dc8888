#include "ctlrun.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

QString CtlRun::describe() const
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(out.left(3000), err);
}

QJsonObject CtlRun::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

void CtlRun::withoutLeakChecks(QProcessEnvironment &environment)
{
    const QString asanOptions = environment.value(u"ASAN_OPTIONS"_s);
    environment.insert(u"ASAN_OPTIONS"_s, asanOptions.isEmpty()
                                              ? u"detect_leaks=0"_s
                                              : asanOptions + u":detect_leaks=0"_s);
}

CtlRun CtlRun::start(const QString &program, const QStringList &arguments, const QByteArray &input,
                     QProcessEnvironment environment, const std::function<void()> &inChild)
{
    withoutLeakChecks(environment);
    QProcess process;
    process.setProcessEnvironment(environment);
    if (inChild)
        process.setChildProcessModifier(inChild);
    QElapsedTimer clock;
    clock.start();
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
    CtlRun run {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    run.elapsedMs = clock.elapsed();
    return run;
}

CtlRun CtlRun::startAndKill(const QString &program, const QStringList &arguments, int killAfterMs,
                            QProcessEnvironment environment)
{
    withoutLeakChecks(environment);
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10'000))
        return {};
    process.closeWriteChannel();
    CtlRun run;
    const int remainingMs = int(qMax<qint64>(0, killAfterMs - clock.elapsed()));
    if (!process.waitForFinished(qMin(remainingMs, 180'000))
        && process.state() != QProcess::NotRunning) {
        process.kill(); // SIGKILL
        process.waitForFinished();
        run.killed = true;
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.elapsedMs = clock.elapsed();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QList<CtlRun> CtlRun::startAll(const QString &program, const QList<QStringList> &argumentLists,
                               QProcessEnvironment environment)
{
    withoutLeakChecks(environment);
    std::vector<std::unique_ptr<QProcess>> processes;
    QElapsedTimer clock;
    clock.start();
    for (const QStringList &arguments : argumentLists) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment);
        process->start(program, arguments);
        process->closeWriteChannel();
        processes.push_back(std::move(process));
    }
    QList<CtlRun> runs;
    for (const auto &process : processes) {
        CtlRun run;
        const int remainingMs = int(qMax<qint64>(1, 180'000 - clock.elapsed()));
        if (!process->waitForFinished(remainingMs)
            || process->exitStatus() != QProcess::NormalExit) {
            process->kill();
            process->waitForFinished();
        } else {
            run = {process->exitCode(), QString::fromUtf8(process->readAllStandardOutput()),
                   QString::fromUtf8(process->readAllStandardError())};
        }
        run.elapsedMs = clock.elapsed();
        runs.append(run);
    }
    return runs;
}

QString CtlRun::browserPrompt()
{
    return u"Open this URL in your browser to sign in: "_s;
}

QUrl CtlRun::browserSignInUrl(QProcess &process, QString *err)
{
    const QString prompt = browserPrompt();
    QUrl url;
    QElapsedTimer clock;
    clock.start();
    while (!url.isValid() && clock.elapsed() < 30'000) {
        process.waitForReadyRead(1000);
        *err += QString::fromUtf8(process.readAllStandardError());
        const qsizetype at = err->indexOf(prompt);
        const qsizetype end = err->indexOf(u'\n', at);
        if (at >= 0 && end > at)
            url = QUrl(err->mid(at + prompt.size(), end - at - prompt.size()).trimmed(),
                       QUrl::StrictMode);
    }
    return url;
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
