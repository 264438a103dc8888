// Crash during replay: operations queued while the profile's servers cannot be reached are
// replayed by agentdeskctl processes that are killed (SIGKILL) at random moments, again and
// again until the outbox is empty. The sandbox keeps running across the kills; afterwards its
// request log and its records must show every operation applied exactly once, every outbox
// entry done, and every transferred or picked activity where the last request for it put it.

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
    int reassigns = 0;
    int reassigned = 0; // activities, once per transfer or pick
    int replays = 0;
    int kills = 0;
    int lost = 0;
    int duplicated = 0;
    int offTarget = 0;
    int needsAttention = 0;
    int notDone = 0; // still pending or in flight at the end
    qint64 elapsedMs = 0;
    QStringList problems;

    bool passed() const
    {
        return lost == 0 && duplicated == 0 && offTarget == 0 && needsAttention == 0 && notDone == 0
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
    static const QList<int> widths {6, 11, 10, 4, 9, 8, 6, 5, 11, 11, 10, 9, 8};
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
    bool m_queuedReassigns = false;
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
    m_queuedReassigns = ReliabilitySettings::integer("AGENTDESK_RELIABILITY_QUEUED_REASSIGNS", 1);
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
        const SandboxProcess signInServer({u"--bulk-case"_s, QString::number(BulkCaseActivities)});
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
                   << u"userName="_s + QLatin1StringView(SupervisorLogin);
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

    // queued while unreachable, several processes at once, in waves: the moves of a queued
    // calltrack (@entry) once that one is queued; a transfer or pick of activities that an
    // earlier one reassigns, once that one is queued (the outbox sends them in that order)
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    Workload::Options options;
    options.picks = !clientApplication; // K18
    options.stepAfterApplied = !m_queuedReassigns;
    Workload workload(random.generate(), u"C%1"_s.arg(seed), options);
    QList<Operation> operations = workload.take(m_operationsPerTrial);
    trial.operations = int(operations.size());
    QList<int> waveOf;
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const Operation &operation = operations.at(i);
        int wave = operation.movesOperation >= 0 ? 1 : 0;
        if (operation.kind == Operation::Kind::Reassign) {
            ++trial.reassigns;
            trial.reassigned += int(operation.activityIds.size());
            for (qsizetype e = 0; e < i; ++e) {
                if (operations.at(e).kind == Operation::Kind::Reassign
                    && operations.at(e).activityIds == operation.activityIds)
                    wave = waveOf.at(e) + 1;
            }
        }
        waveOf.append(wave);
    }
    for (int wave = 0; waveOf.contains(wave); ++wave) {
        QList<qsizetype> members;
        QList<QStringList> argumentLists;
        for (qsizetype i = 0; i < operations.size(); ++i) {
            if (waveOf.at(i) != wave)
                continue;
            members.append(i);
            argumentLists.append(Workload::arguments(operations, i, clientApplication));
        }
        const QList<CtlRun> runs = ctl.runAll(argumentLists);
        for (qsizetype m = 0; m < members.size(); ++m) {
            Operation &operation = operations[members.at(m)];
            operation.exitCode = runs.at(m).exitCode;
            // one entry id a line: more than 75 activities take several
            for (const QString &line : runs.at(m).out.split(u'\n', Qt::SkipEmptyParts))
                operation.entryIds.append(line.trimmed());
            operation.entryId = operation.entryIds.value(0);
            if (operation.exitCode != 4 || operation.entryId.isEmpty()) {
                trial.problems.append(u"%1 \"%2\" was not queued as unreachable: %3"_s.arg(
                    operation.kindName(), operation.subject, runs.at(m).describe()));
            }
        }
    }
    if (!trial.problems.isEmpty())
        return finish();

    // the server is back on the same port and stays up while the replays are killed
    static const QList<int> latencies {5, 20, 50};
    const int latencyMs = latencies.at(random.bounded(qsizetype(latencies.size())));
    const SandboxProcess server({u"--port"_s, QString::number(port), u"--latency-ms"_s,
                                 QString::number(latencyMs), u"--bulk-case"_s,
                                 QString::number(BulkCaseActivities)});
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
    for (Operation &operation : operations) {
        // the first entry that is not done speaks for the operation
        QString state = operation.entryIds.isEmpty() ? u"missing"_s : u"done"_s;
        QString why;
        for (const QString &id : std::as_const(operation.entryIds)) {
            QString stateOfEntry = u"missing"_s;
            for (const QJsonValue &entry : entries) {
                if (entry[u"id"].toString() != id)
                    continue;
                stateOfEntry = entry[u"state"].toString();
                why = u"%1 %2"_s.arg(entry[u"lastErrorCode"].toString(),
                                     entry[u"lastErrorMessage"].toString());
            }
            state = stateOfEntry;
            if (state != u"done")
                break;
        }
        operation.finalState = state;
        if (state == u"needs-attention") {
            ++trial.needsAttention;
            trial.problems.append(u"\"%1\" needs attention: %2"_s.arg(operation.subject, why));
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
    trial.offTarget = verdict.offTarget;
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
    print(
        u"crash during replay: %1 trials, %2 operations queued offline per trial, replays "
        "killed after 0–%3 ms; reassign: transfers and picks / their activities"_s.arg(seeds.size())
            .arg(m_operationsPerTrial)
            .arg(m_maxKillMs));
    const QStringList header {u"trial"_s,      u"seed"_s,       u"dialect"_s,   u"ops"_s,
                              u"reassign"_s,   u"replays"_s,    u"kills"_s,     u"lost"_s,
                              u"duplicated"_s, u"off target"_s, u"attention"_s, u"not done"_s,
                              u"seconds"_s};
    print(row(header));

    Trial total;
    QStringList failures;
    QList<quint32> failedSeeds;
    QElapsedTimer clock;
    clock.start();
    for (qsizetype i = 0; i < seeds.size(); ++i) {
        const Trial trial = runTrial(seeds.at(i), int(i + 1));
        print(row({QString::number(i + 1), QString::number(trial.seed), trial.dialect,
                   QString::number(trial.operations),
                   u"%1/%2"_s.arg(trial.reassigns).arg(trial.reassigned),
                   QString::number(trial.replays), QString::number(trial.kills),
                   QString::number(trial.lost), QString::number(trial.duplicated),
                   QString::number(trial.offTarget), QString::number(trial.needsAttention),
                   QString::number(trial.notDone),
                   QString::number(trial.elapsedMs / 1000.0, 'f', 1)}));
        total.operations += trial.operations;
        total.reassigns += trial.reassigns;
        total.reassigned += trial.reassigned;
        total.offTarget += trial.offTarget;
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
               u"%1/%2"_s.arg(total.reassigns).arg(total.reassigned),
               QString::number(total.replays), QString::number(total.kills),
               QString::number(total.lost), QString::number(total.duplicated),
               QString::number(total.offTarget), QString::number(total.needsAttention),
               QString::number(total.notDone), QString::number(clock.elapsed() / 1000.0, 'f', 1)}));
    print(u"crash during replay: %1 operations (%2 transfers and picks) in %3 trials, %4 lost, "
          "%5 duplicated, %6 activities off their last target, %7 kills"_s.arg(total.operations)
              .arg(total.reassigns)
              .arg(seeds.size())
              .arg(total.lost)
              .arg(total.duplicated)
              .arg(total.offTarget)
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
