#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QProcess;

// One finished run of agentdeskctl as a script sees it.
struct CtlRun
{
    int exitCode = -1; // -1: it did not start or did not end in time
    QString out;
    QString err;
    bool killed = false; // startAndKill() ended it before it finished
    qint64 elapsedMs = 0;

    QString describe() const;
    // stdout as a JSON object (for --json)
    QJsonObject json() const;

    // Runs program with arguments, writes input to its stdin and waits up to three minutes.
    // Under ASan the child is checked for memory errors but not for leaks: it sometimes reports
    // ~2.7 KB of indirect leaks inside Qt Core at exit when the machine is loaded (objects of
    // Qt's network thread still queued as the process ends; no AgentDesk frame in the stacks).
    // Leak checking of AgentDesk's code stays on in the in-process suites.
    // inChild runs in the child between fork and exec (QProcess::setChildProcessModifier), e.g.
    // to set a resource limit
    static CtlRun start(const QString &program, const QStringList &arguments,
                        const QByteArray &input = {},
                        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
                        const std::function<void()> &inChild = {});

    // Like start(), but the child gets SIGKILL when it has not ended after killAfterMs: it ends
    // the way a crash or a power cut ends it, without clean-up. killed says whether that
    // happened; out and err hold what it wrote until then.
    static CtlRun
    startAndKill(const QString &program, const QStringList &arguments, int killAfterMs,
                 QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    // start() for each argument list, all at once (no input); the runs in the same order
    static QList<CtlRun> startAll(const QString &program, const QList<QStringList> &argumentLists,
                                  QProcessEnvironment environment
                                  = QProcessEnvironment::systemEnvironment());

    // What `agentdeskctl login` prints before the URL a browser must open (eGain user profiles).
    static QString browserPrompt();
    // That URL, read from the running login's stderr as it comes; invalid when it did not come
    // within 30 s. *err collects what the process wrote meanwhile.
    static QUrl browserSignInUrl(QProcess &process, QString *err);

    // Under AddressSanitizer, no leak report at the child's exit: objects Qt still had queued for
    // deletion when the event loop ended are not leaks of a running program.
    static void withoutLeakChecks(QProcessEnvironment &environment);

    // `profile remove` for every profile `profile list` names, with their keychain entries: the
    // test HOME and its keyring outlive a run. Empty on success, else what failed.
    static QString removeEveryProfile(const QString &program);
};
