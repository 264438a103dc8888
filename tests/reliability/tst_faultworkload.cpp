// A workload of mixed writes from agentdeskctl against a sandbox that fails 30 % of the API
// requests with 503, drops connections after applying the request, answers late and lets every
// ECE session expire after five requests. Every operation must be applied exactly once (the
// request log and the records read back), none may end in needs attention (they are all
// valid), every transferred or picked activity must end where the last request for it put it,
// and each expired session must cost exactly one new login.

#include "operationaudit.h"
#include "profilectl.h"
#include "reliabilitysettings.h"
#include "sandboxprocess.h"
#include "workload.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString Password = u"sandbox"_s;
const QString JtelToken = u"sandbox-jtel-token"_s;
const QString JtelBase = u"/rest/v1.0/1234"_s;
// a flush sends everything that waits; a few of them get through any run of faults
constexpr int MaxFlushes = 40;

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

class TestFaultWorkload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyOperationIsAppliedOnceUnderFaults();
    void aCommandSendsNothingOnceItLogsOut();
    void anApiClientsCalltrackWithALostAnswerIsNotSentTwice();

private:
    QString m_program = QString::fromLocal8Bit(AGENTDESKCTL_BIN);
};

void TestFaultWorkload::initTestCase()
{
    const QString removed = CtlRun::removeEveryProfile(m_program);
    QVERIFY2(removed.isEmpty(), qPrintable(removed));
    QVERIFY(QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                 + u"/AgentDesk/agentdesk/cache"_s)
                .removeRecursively());
}

void TestFaultWorkload::everyOperationIsAppliedOnceUnderFaults()
{
    const quint32 seed = ReliabilitySettings::seed("AGENTDESK_RELIABILITY_SEED");
    const int operationCount = ReliabilitySettings::integer("AGENTDESK_RELIABILITY_OPS", 16);
    const double failRate = ReliabilitySettings::fraction("AGENTDESK_RELIABILITY_FAIL_RATE", 0.3);
    const double dropRate = ReliabilitySettings::fraction("AGENTDESK_RELIABILITY_DROP_RATE", 0.05);
    const int latencyMs = ReliabilitySettings::integer("AGENTDESK_RELIABILITY_LATENCY_MS", 20);
    const int expireAfter = ReliabilitySettings::integer("AGENTDESK_RELIABILITY_EXPIRE_AFTER", 5);
    print(u"faults workload: seed %1, %2 operations, %3 % 503s, %4 % dropped connections, "
          "%5 ms latency, ECE sessions expire after %6 requests"_s.arg(seed)
              .arg(operationCount)
              .arg(failRate * 100)
              .arg(dropRate * 100)
              .arg(latencyMs)
              .arg(expireAfter));
    QElapsedTimer clock;
    clock.start();

    const SandboxProcess sandbox(
        {u"--seed"_s, QString::number(seed), u"--fail-rate"_s, QString::number(failRate),
         u"--drop-rate"_s, QString::number(dropRate), u"--latency-ms"_s, QString::number(latencyMs),
         u"--expire-sessions-after"_s, QString::number(expireAfter), u"--bulk-case"_s,
         QString::number(BulkCaseActivities)});
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    const ProfileCtl ctl(m_program, u"faults"_s);
    const QString base = sandbox.baseUrl().toString();
    QString failed = ctl.set({u"caseDialect=v12"_s, u"caseBaseUrl="_s + base + u"/system"_s,
                              u"userName="_s + QLatin1StringView(SupervisorLogin),
                              u"jtelBaseUrl="_s + base + JtelBase});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    // a sign-in whose answer is dropped leaves a session behind that only the server knows;
    // --force ends the oldest one when ECE's five are taken
    failed = ctl.login(u"case"_s, Password, true, {u"--force"_s}, 10);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = ctl.login(u"jtel"_s, JtelToken, false, {}, 10);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    // the writes, one process after the other; where each starts in the log tells whose
    // requests are whose
    QList<qsizetype> processStarts;
    auto run = [&](const QStringList &arguments) {
        processStarts.append(OperationAudit::logLines(sandbox));
        return ctl.run(arguments + QStringList {u"--force"_s});
    };
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    Workload::Options options;
    options.stepAfterApplied
        = !ReliabilitySettings::integer("AGENTDESK_RELIABILITY_QUEUED_REASSIGNS", 1);
    Workload workload(seed, u"F%1"_s.arg(seed), options);
    QList<Operation> operations;
    QMap<int, int> exitCodes;
    QStringList problems;
    for (int i = 0; i < operationCount; ++i) {
        operations.append(workload.next(operations));
        const CtlRun write
            = run(Workload::arguments(operations, i, false) + QStringList {u"--json"_s});
        Operation &operation = operations.last();
        operation.exitCode = write.exitCode;
        ++exitCodes[write.exitCode];
        const QJsonObject outcome = write.json();
        for (const QJsonValue &id : outcome.value(u"entryIds"_s).toArray())
            operation.entryIds.append(id.toString());
        operation.entryId = operation.entryIds.value(0);
        if (operation.kind == Operation::Kind::CreateCalltrack && write.exitCode == 0) {
            operation.createdActivityId = outcome.value(u"result"_s)
                                              .toObject()
                                              .value(u"activityId"_s)
                                              .toVariant()
                                              .toLongLong();
        }
        // applied (0), or queued because the server was busy or signed out (4, 5); a refusal
        // (3) of a valid operation is counted below from the outbox
        if (write.exitCode != 0 && write.exitCode != 3 && write.exitCode != 4
            && write.exitCode != 5) {
            problems.append(
                u"%1 \"%2\": %3"_s.arg(operation.kindName(), operation.subject, write.describe()));
        }
    }
    const qint64 workloadMs = clock.elapsed();

    // what is still queued goes out with outbox flush, as a script would send it
    int flushes = 0;
    for (; flushes < MaxFlushes; ++flushes) {
        const CtlRun flush = run({u"outbox"_s, u"flush"_s});
        if (flush.exitCode == 0 || flush.exitCode == 3)
            break;
    }

    QString error;
    const QJsonArray entries = ctl.outbox(true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int needsAttention = 0;
    int notDone = 0;
    int reassigns = 0;
    int reassigned = 0; // activities, once per operation
    int split = 0; // operations of several requests
    int again = 0; // operations of activities that an earlier one reassigned
    for (qsizetype i = 0; i < operations.size(); ++i) {
        Operation &operation = operations[i];
        if (operation.kind == Operation::Kind::Reassign) {
            ++reassigns;
            reassigned += int(operation.activityIds.size());
            split += operation.entryIds.size() > 1;
            again += std::any_of(operations.cbegin(), operations.cbegin() + i,
                                 [&operation](const Operation &earlier) {
                                     return earlier.kind == Operation::Kind::Reassign
                                         && earlier.activityIds == operation.activityIds;
                                 });
        }
        // the first entry that is not done speaks for the operation
        QJsonObject found;
        for (const QString &id : std::as_const(operation.entryIds)) {
            found = {};
            for (const QJsonValue &entry : entries) {
                if (entry[u"id"].toString() == id)
                    found = entry.toObject();
            }
            if (found.value(u"state"_s).toString() != u"done")
                break;
        }
        const QString state = found.value(u"state"_s).toString();
        operation.finalState = state;
        if (state == u"needs-attention") {
            ++needsAttention;
            problems.append(u"\"%1\" needs attention: %2 %3"_s.arg(
                operation.subject, found.value(u"lastErrorCode"_s).toString(),
                found.value(u"lastErrorMessage"_s).toString()));
        } else if (state != u"done") {
            ++notDone;
            problems.append(u"\"%1\" (entry %2) is %3"_s.arg(
                operation.subject, operation.entryId, state.isEmpty() ? u"missing"_s : state));
        }
    }

    // the log first: the audit's own reads are logged too, and run without faults
    const QList<QJsonObject> log = sandbox.requestLog();
    const SessionTally sessions = OperationAudit::sessions(log, processStarts);
    QVERIFY(sandbox.setFaults({{u"failRate"_s, 0},
                               {u"dropRate"_s, 0},
                               {u"latencyMs"_s, 0},
                               {u"expireSessionsAfter"_s, 0}}));
    const QList<OperationCount> counts
        = OperationAudit::count(sandbox, log, operations, startedMs - 60'000, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const AuditVerdict verdict = OperationAudit::judge(operations, counts);

    int injectedFailures = 0;
    int dropped = 0;
    for (const QJsonObject &request : log) {
        const QString fault = request.value(u"fault"_s).toString();
        injectedFailures += fault == u"fail";
        dropped += fault == u"drop";
    }
    QStringList exitTexts;
    for (auto it = exitCodes.cbegin(); it != exitCodes.cend(); ++it)
        exitTexts.append(u"%1× exit %2"_s.arg(it.value()).arg(it.key()));
    print(u"  operations          %1 (%2)"_s.arg(operations.size()).arg(exitTexts.join(u", "_s)));
    print(u"  transfers, picks    %1 (%2 activities; %3 of more than 75; %4 move activities "
          "again)"_s.arg(reassigns)
              .arg(reassigned)
              .arg(split)
              .arg(again));
    print(u"  flushes afterwards  %1"_s.arg(flushes + 1));
    print(u"  requests            %1 (%2 answered 503, %3 dropped)"_s.arg(log.size())
              .arg(injectedFailures)
              .arg(dropped));
    print(u"  lost                %1"_s.arg(verdict.lost));
    print(u"  duplicated          %1"_s.arg(verdict.duplicated));
    print(u"  off last target     %1"_s.arg(verdict.offTarget));
    print(u"  needs attention     %1"_s.arg(needsAttention));
    print(u"  not done            %1"_s.arg(notDone));
    print(
        u"  session expiries    %1, re-logins %2"_s.arg(sessions.expiries).arg(sessions.reLogins));
    print(u"  seconds             %1 (workload %2)"_s.arg(clock.elapsed() / 1000.0, 0, 'f', 1)
              .arg(workloadMs / 1000.0, 0, 'f', 1));

    problems += verdict.problems;
    problems += sessions.problems;
    if (!problems.isEmpty()) {
        problems.append(
            u"re-run with AGENTDESK_RELIABILITY_SEED=%1 AGENTDESK_RELIABILITY_OPS=%2"_s.arg(seed)
                .arg(operationCount));
        QFAIL(qPrintable(problems.join(u'\n')));
    }
    QCOMPARE(verdict.lost, 0);
    QCOMPARE(verdict.duplicated, 0);
    QCOMPARE(verdict.offTarget, 0);
    QCOMPARE(needsAttention, 0);
    QCOMPARE(sessions.reLogins, sessions.expiries);
}

// ServerSession::finish(): a command logs out the ECE session it opened before it exits. A
// retry of the outbox that falls due while the logout waits for the busy server must not sign
// in again: that session would never be logged out (ECE allows five per user), and what the
// retry sent would be cut off by the exit.
void TestFaultWorkload::aCommandSendsNothingOnceItLogsOut()
{
    const SandboxProcess sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    const ProfileCtl ctl(m_program, u"logout"_s);
    QString failed
        = ctl.set({u"caseDialect=v12"_s, u"caseBaseUrl="_s + sandbox.url(u"/system"_s).toString(),
                   u"userName=lena.fischer"_s});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = ctl.login(u"case"_s, Password, true);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const QStringList calltrack {
        u"create-calltrack"_s, u"--department"_s, u"Service"_s, u"--subtype"_s,
        u"general"_s,          u"--customer"_s,   u"5001"_s,    u"--subject"_s};

    // busy four times: the calltrack waits for its next attempt, a few seconds from now
    QVERIFY(sandbox.setFaults(
        {{u"failNext"_s, 4}, {u"nextFaultFilter"_s, u"POST .*/interaction/activity$"_s}}));
    const CtlRun busy = ctl.run(calltrack + QStringList {u"Busy at first"_s});
    QVERIFY2(busy.exitCode == 4, qPrintable(busy.describe()));
    const QJsonArray waiting = ctl.outbox(false, &failed);
    QVERIFY2(failed.isEmpty() && waiting.size() == 1, qPrintable(failed));
    const QDateTime due
        = QDateTime::fromString(waiting[0][u"nextAttempt"].toString(), Qt::ISODateWithMs);
    QVERIFY(due.isValid());

    // the next command queues behind it and logs out just before it falls due; the busy
    // server makes the logout take three seconds
    QTest::qWait(int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(due) - 1500)));
    QVERIFY(
        sandbox.setFaults({{u"failNext"_s, 3}, {u"nextFaultFilter"_s, u"DELETE .*/logout$"_s}}));
    const qsizetype start = OperationAudit::logLines(sandbox);
    const CtlRun queued = ctl.run(calltrack + QStringList {u"Queued behind it"_s});
    QVERIFY2(queued.exitCode == 4, qPrintable(queued.describe()));

    int logins = 0;
    int logouts = 0;
    bool loggingOut = false;
    QStringList afterLogout;
    for (const QJsonObject &request : sandbox.requestLog().mid(start)) {
        const QString path = request.value(u"path"_s).toString();
        const bool answered = request.value(u"status"_s).toInt() / 100 == 2;
        if (path.endsWith(u"/authentication/user/logout"_s)) {
            loggingOut = true;
            logouts += answered;
            continue;
        }
        if (loggingOut)
            afterLogout.append(request.value(u"method"_s).toString() + u' ' + path);
        logins += answered && path.endsWith(u"/authentication/user/login"_s);
    }
    QVERIFY2(afterLogout.isEmpty(), qPrintable(afterLogout.join(u", "_s)));
    QCOMPARE(logins, 1);
    QCOMPARE(logouts, 1);
    QVERIFY2(ctl.remove().isEmpty(), "removing the profile failed");
}

// OutboxDispatcher::findCalltrack(): before a calltrack whose answer was lost is sent again,
// the server is searched for it. An eGain API client may not filter that search by customer;
// when the dispatcher asked for it, the search was refused, counted as "not applied", and the
// calltrack was created a second time.
void TestFaultWorkload::anApiClientsCalltrackWithALostAnswerIsNotSentTwice()
{
    const SandboxProcess sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    const ProfileCtl ctl(m_program, u"apiclient"_s);
    const QString base = sandbox.baseUrl().toString();
    QString failed = ctl.set({u"caseDialect=v3"_s, u"caseBaseUrl="_s + base, u"oauthFlow=client"_s,
                              u"clientId=agentdesk-integration"_s,
                              u"tokenUrl="_s + base + u"/system/auth/SANDBOX-U/oauth2/token"_s,
                              u"scope=app.core.casemgr.read app.core.casemgr.manage"_s});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = ctl.login(u"case"_s, u"sandbox-client-secret"_s, false);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    // applied, then the connection closes before the answer: the outcome is unknown
    QVERIFY(sandbox.setFaults(
        {{u"dropNext"_s, 1}, {u"nextFaultFilter"_s, u"POST .*/activity/calltrack$"_s}}));
    Operation call;
    call.subtype = u"general"_s;
    call.subject = u"Answer lost on the way back"_s;
    const QStringList arguments = Workload::arguments({call}, 0, true);
    const CtlRun lost = ctl.run(arguments);
    QVERIFY2(lost.exitCode == 4, qPrintable(lost.describe()));
    call.entryId = lost.out.trimmed();
    const CtlRun flushed = ctl.run({u"outbox"_s, u"flush"_s});
    QVERIFY2(flushed.exitCode == 0, qPrintable(flushed.describe()));

    QString error;
    const QList<OperationCount> counts
        = OperationAudit::count(sandbox, sandbox.requestLog(), {call},
                                QDateTime::currentMSecsSinceEpoch() - 600'000, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(counts.first().inLog, 1);
    QCOMPARE(counts.first().onServer, 1);
    QVERIFY2(ctl.remove().isEmpty(), "removing the profile failed");
}

QTEST_GUILESS_MAIN(TestFaultWorkload)
#include "tst_faultworkload.moc"
