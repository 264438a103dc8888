// Crash during replay: operations queued while the profile's servers cannot be reached are
// replayed by agentdeskctl processes that are killed (SIGKILL) at random moments, again and
// again until the outbox is empty. The sandbox keeps running across the kills; afterwards its
// request log and its records must show every operation applied exactly once, and every outbox
// entry done.

#include "apiauth.h"
#include "operationaudit.h"
#include "profilectl.h"
#include "reliabilitysettings.h"
#include "sandboxprocess.h"
#include "workload.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// sandbox/README.md: fixture secrets
const QString Password = u"sandbox"_s;
const QString JtelToken = u"sandbox-jtel-token"_s;
const QString ClientSecret = u"sandbox-client-secret"_s;
const QString JtelBase = u"/rest/v1.0/1234"_s;

// after this many killed replays one runs to its end, so a trial always finishes
constexpr int KilledRounds = 40;

struct Trial
{
    quint32 seed = 0;
    QString dialect;
    int operations = 0;
    int replays = 0;
    int kills = 0;
    int lost = 0;
    int duplicated = 0;
    int needsAttention = 0;
    int notDone = 0; // still pending or in flight at the end
    qint64 elapsedMs = 0;
    QStringList problems;

    bool passed() const
    {
        return lost == 0 && duplicated == 0 && needsAttention == 0 && notDone == 0
            && problems.isEmpty();
    }
};

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QString row(const QStringList &cells)
{
    static const QList<int> widths {6, 11, 10, 4, 8, 6, 5, 11, 10, 9, 8};
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += cells.at(i).leftJustified(widths.value(i, 8)) + u' ';
    return line.trimmed();
}

} // namespace

class TestCrashReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyOperationIsAppliedOnceAcrossKilledReplays();

private:
    Trial runTrial(quint32 seed, int number);

    QString m_program = QString::fromLocal8Bit(AGENTDESKCTL_BIN);
    int m_operationsPerTrial = 8;
    int m_maxKillMs = 300;
};

void TestCrashReplay::initTestCase()
{
    // the test HOME, its keyring and the caches outlive a run: start from none of them
    const QString removed = CtlRun::removeEveryProfile(m_program);
    QVERIFY2(removed.isEmpty(), qPrintable(removed));
    QVERIFY(QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                 + u"/AgentDesk/agentdesk/cache"_s)
                .removeRecursively());
    m_operationsPerTrial = ReliabilitySettings::integer("AGENTDESK_RELIABILITY_TRIAL_OPS", 8);
    m_maxKillMs = ReliabilitySettings::integer("AGENTDESK_RELIABILITY_MAX_KILL_MS", 300);
}

Trial TestCrashReplay::runTrial(quint32 seed, int number)
{
    QElapsedTimer clock;
    clock.start();
    Trial trial;
    trial.seed = seed;
    QRandomGenerator random(seed);
    const bool clientApplication = random.bounded(2u) == 1;
    trial.dialect = clientApplication ? u"v3 client"_s : u"v12"_s;
    const ProfileCtl ctl(m_program, u"crash%1"_s.arg(number));
    auto finish = [&trial, &clock, &ctl] {
        if (const QString removed = ctl.remove(); !removed.isEmpty())
            trial.problems.append(u"removing the profile failed: "_s + removed);
        trial.elapsedMs = clock.elapsed();
        return trial;
    };

    // sign in while the server is there, then it goes away: nothing listens on its port
    quint16 port = 0;
    {
        const SandboxProcess signInServer;
        if (!signInServer.isRunning()) {
            trial.problems.append(signInServer.errorString());
            return finish();
        }
        port = signInServer.port();
        const QString base = signInServer.baseUrl().toString();
        QStringList fields {u"jtelBaseUrl="_s + base + JtelBase};
        if (clientApplication) {
            fields << u"caseDialect=v3"_s << u"caseBaseUrl="_s + base << u"oauthFlow=client"_s
                   << u"clientId=agentdesk-integration"_s
                   << u"tokenUrl="_s + base + QLatin1StringView(ApiAuth::tokenPath)
                   << u"scope=app.core.casemgr.read app.core.casemgr.manage"_s;
        } else {
            fields << u"caseDialect=v12"_s << u"caseBaseUrl="_s + base + u"/system"_s
                   << u"userName=lena.fischer"_s;
        }
        QString failed = ctl.set(fields);
        if (failed.isEmpty())
            failed = ctl.login(u"case"_s, clientApplication ? ClientSecret : Password,
                               !clientApplication);
        if (failed.isEmpty())
            failed = ctl.login(u"jtel"_s, JtelToken, false);
        // the cache file exists before several processes queue into it at once
        if (failed.isEmpty())
            ctl.outbox(false, &failed);
        if (!failed.isEmpty()) {
            trial.problems.append(failed);
            return finish();
        }
    }

    // queued while unreachable: several processes at once, the moves of a queued calltrack
    // (@entry) once that one is queued
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    Workload workload(random.generate(), u"C%1"_s.arg(seed));
    QList<Operation> operations = workload.take(m_operationsPerTrial);
    trial.operations = int(operations.size());
    for (const bool dependent : {false, true}) {
        QList<qsizetype> wave;
        QList<QStringList> argumentLists;
        for (qsizetype i = 0; i < operations.size(); ++i) {
            if ((operations.at(i).movesOperation >= 0) != dependent)
                continue;
            wave.append(i);
            argumentLists.append(Workload::arguments(operations, i, clientApplication));
        }
        const QList<CtlRun> runs = ctl.runAll(argumentLists);
        for (qsizetype w = 0; w < wave.size(); ++w) {
            Operation &operation = operations[wave.at(w)];
            operation.exitCode = runs.at(w).exitCode;
            operation.entryId = runs.at(w).out.trimmed();
            if (operation.exitCode != 4 || operation.entryId.isEmpty()) {
                trial.problems.append(u"%1 \"%2\" was not queued as unreachable: %3"_s.arg(
                    operation.kindName(), operation.subject, runs.at(w).describe()));
            }
        }
    }
    if (!trial.problems.isEmpty())
        return finish();

    // the server is back on the same port and stays up while the replays are killed
    static const QList<int> latencies {5, 20, 50};
    const int latencyMs = latencies.at(random.bounded(qsizetype(latencies.size())));
    const SandboxProcess server(
        {u"--port"_s, QString::number(port), u"--latency-ms"_s, QString::number(latencyMs)});
    if (!server.isRunning() || server.port() != port) {
        trial.problems.append(
            u"the sandbox did not come back on port %1: %2"_s.arg(port).arg(server.errorString()));
        return finish();
    }
    bool empty = false;
    while (!empty && trial.replays < KilledRounds * 2) {
        QStringList command = random.bounded(10u) < 3 ? QStringList {u"sync"_s}
                                                      : QStringList {u"outbox"_s, u"flush"_s};
        // ECE counts at most five sessions per user, and a killed process never logs out
        if (!clientApplication)
            command << u"--force"_s;
        const int killAfterMs = trial.replays < KilledRounds
            ? int(random.bounded(quint32(m_maxKillMs) + 1))
            : 180'000;
        const CtlRun replay = ctl.runAndKill(command, killAfterMs);
        ++trial.replays;
        if (replay.killed) {
            ++trial.kills;
            continue;
        }
        if (replay.exitCode == 3)
            break; // refused: counted below
        if (replay.exitCode != 0) {
            trial.problems.append(u"replay %1 (%2) failed: %3"_s.arg(trial.replays)
                                      .arg(command.join(u' '), replay.describe()));
            continue;
        }
        QString failed;
        empty = ctl.outbox(false, &failed).isEmpty() && failed.isEmpty();
    }

    // the outbox: every entry done
    QString failed;
    const QJsonArray entries = ctl.outbox(true, &failed);
    if (!failed.isEmpty())
        trial.problems.append(failed);
    for (const Operation &operation : std::as_const(operations)) {
        QString state = u"missing"_s;
        for (const QJsonValue &entry : entries) {
            if (entry[u"id"].toString() == operation.entryId)
                state = entry[u"state"].toString();
        }
        if (state == u"needs-attention") {
            ++trial.needsAttention;
            trial.problems.append(u"\"%1\" needs attention"_s.arg(operation.subject));
        } else if (state != u"done") {
            ++trial.notDone;
            trial.problems.append(u"\"%1\" is %2"_s.arg(operation.subject, state));
        }
    }

    // the server: every operation applied exactly once
    const QList<QJsonObject> log = server.requestLog();
    QString error;
    const QList<OperationCount> counts
        = OperationAudit::count(server, log, operations, startedMs - 60'000, &error);
    if (!error.isEmpty()) {
        trial.problems.append(error);
        return finish();
    }
    const AuditVerdict verdict = OperationAudit::judge(operations, counts);
    trial.lost = verdict.lost;
    trial.duplicated = verdict.duplicated;
    trial.problems += verdict.problems;
    return finish();
}

void TestCrashReplay::everyOperationIsAppliedOnceAcrossKilledReplays()
{
    QList<quint32> seeds = ReliabilitySettings::seeds("AGENTDESK_RELIABILITY_SEEDS");
    if (seeds.isEmpty()) {
        const int trials = ReliabilitySettings::integer("AGENTDESK_RELIABILITY_TRIALS", 5);
        for (int i = 0; i < trials; ++i)
            seeds.append(QRandomGenerator::global()->bounded(1u, 1'000'000'000u));
    }
    print(u"crash during replay: %1 trials, %2 operations queued offline per trial, replays "
          "killed after 0–%3 ms"_s.arg(seeds.size())
              .arg(m_operationsPerTrial)
              .arg(m_maxKillMs));
    const QStringList header {u"trial"_s,     u"seed"_s,     u"dialect"_s, u"ops"_s,
                              u"replays"_s,   u"kills"_s,    u"lost"_s,    u"duplicated"_s,
                              u"attention"_s, u"not done"_s, u"seconds"_s};
    print(row(header));

    Trial total;
    QStringList failures;
    QList<quint32> failedSeeds;
    QElapsedTimer clock;
    clock.start();
    for (qsizetype i = 0; i < seeds.size(); ++i) {
        const Trial trial = runTrial(seeds.at(i), int(i + 1));
        print(row({QString::number(i + 1), QString::number(trial.seed), trial.dialect,
                   QString::number(trial.operations), QString::number(trial.replays),
                   QString::number(trial.kills), QString::number(trial.lost),
                   QString::number(trial.duplicated), QString::number(trial.needsAttention),
                   QString::number(trial.notDone),
                   QString::number(trial.elapsedMs / 1000.0, 'f', 1)}));
        total.operations += trial.operations;
        total.replays += trial.replays;
        total.kills += trial.kills;
        total.lost += trial.lost;
        total.duplicated += trial.duplicated;
        total.needsAttention += trial.needsAttention;
        total.notDone += trial.notDone;
        if (!trial.passed()) {
            failedSeeds.append(trial.seed);
            for (const QString &problem : trial.problems)
                failures.append(u"seed %1: %2"_s.arg(trial.seed).arg(problem));
        }
    }
    print(row({u"total"_s, QString(), QString(), QString::number(total.operations),
               QString::number(total.replays), QString::number(total.kills),
               QString::number(total.lost), QString::number(total.duplicated),
               QString::number(total.needsAttention), QString::number(total.notDone),
               QString::number(clock.elapsed() / 1000.0, 'f', 1)}));
    print(u"crash during replay: %1 operations in %2 trials, %3 lost, %4 duplicated, %5 kills"_s
              .arg(total.operations)
              .arg(seeds.size())
              .arg(total.lost)
              .arg(total.duplicated)
              .arg(total.kills));
    if (!failedSeeds.isEmpty()) {
        QStringList texts;
        for (quint32 seed : std::as_const(failedSeeds))
            texts.append(QString::number(seed));
        failures.append(u"re-run the failing trials with AGENTDESK_RELIABILITY_SEEDS=%1"_s.arg(
            texts.join(u',')));
        QFAIL(qPrintable(failures.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestCrashReplay)
#include "tst_crashreplay.moc"
