#pragma once

#include "workload.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class SandboxProcess;

// How often the server applied one operation, counted twice and independently: the write
// requests of the sandbox's request log that it answered 2xx (including those whose answer was
// then dropped: the server applied them), and the records the server holds afterwards, read
// through its API as an eGain API client (which sees every department).
//
// A transfer or pick counts in the log once per 2xx request to its target (the path and the
// user, queue or department parameter) whose body names its activities; several requests of
// more than 75 count as one when each activity is in one of them. On the server it counts when
// its activities are at its target — which only the last reassign of those activities can show:
// for an earlier one onServer is NotObservable and the log alone decides.
struct OperationCount
{
    static constexpr int NotObservable = -1;

    int inLog = 0;
    int onServer = 0;
    int offTarget = 0; // reassign: activities that are not where their last reassign put them
    QString detail; // what the server holds, for the failure message
};

struct AuditVerdict
{
    int lost = 0; // not applied, by either count
    // applied more than once, by either count; a reassign also when it ended in needs attention
    // (a second application would be refused as "already there", never silent)
    int duplicated = 0;
    int offTarget = 0; // activities that did not end where the last reassign of them put them
    QStringList problems; // one line per operation that is lost or duplicated

    void add(const AuditVerdict &other);
};

// What a process did with ECE sessions: the sessions it saw expire (a 401 it received on a
// call other than logout) and the login calls it made after its first one, less those that
// repeated a login call which failed (no session came back from it).
struct SessionTally
{
    int expiries = 0;
    int reLogins = 0;
    QStringList problems; // processes whose re-logins do not match their expiries
};

namespace OperationAudit {

// Counts every operation. log: the request log up to the end of the workload (read before the
// audit's own calls, which are logged too). createdSinceMs: before the first operation.
QList<OperationCount> count(const SandboxProcess &sandbox, const QList<QJsonObject> &log,
                            const QList<Operation> &operations, qint64 createdSinceMs,
                            QString *error);
AuditVerdict judge(const QList<Operation> &operations, const QList<OperationCount> &counts);

// processStarts: the number of log lines when each agentdeskctl process started; the processes
// ran one after the other.
SessionTally sessions(const QList<QJsonObject> &log, const QList<qsizetype> &processStarts);

// the number of lines of the request log so far (cheaper than parsing it)
qsizetype logLines(const SandboxProcess &sandbox);

} // namespace OperationAudit
