#pragma once

#include "cache/outboxentry.h"
#include "domain/reassignrequest.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// One write a script asks agentdeskctl for. Every operation of a run carries a subject no
// other one has, so the sandbox's request log and its records name it unambiguously.
// "81101,81102": ids as agentdeskctl takes them, and as the audit reports them
QString joinedIds(const QList<qint64> &ids);

// sandbox/README.md: the supervisor may transfer, pick and unpin everywhere, and may do all the
// workload's other writes too; the v12 trials sign in as him, so a pick lands with him
inline constexpr char SupervisorLogin[] = "s.okafor";
inline constexpr qint64 SupervisorId = 1003;
// agentdesk-sandbox --bulk-case: case 70009 with this many emails in queue 301 for the transfers
// and picks of more than 75 activities (T4: several requests), ids 9000001…
inline constexpr int BulkCaseActivities = 80;

struct Operation
{
    // the outbox's kinds; their names are agentdeskctl's commands
    using Kind = OutboxEntry::Kind;

    Kind kind = Kind::CreateCalltrack;
    QString subject;
    // create-calltrack
    QString subtype;
    // create-callback
    int group = 0;
    QString sender;
    // change-case: the fixture activities it moves, or the workload's calltrack it moves;
    // reassign: the activities it transfers or picks
    QList<qint64> activityIds;
    int movesOperation = -1;
    qint64 targetCaseId = 0; // 0: a new case, named by subject
    // reassign: where to; for a pick the picking user (the signed-in one)
    ReassignRequest::Operation reassignTo = ReassignRequest::Operation::Pick;
    qint64 targetId = 0;
    bool unpin = false;

    // what agentdeskctl answered
    int exitCode = -1;
    QString entryId; // the first outbox entry
    QStringList entryIds; // all of them: more than 75 activities take several
    qint64 createdActivityId = 0; // create-calltrack applied at once: the new activity
    // the state its outbox entries ended in (the first one not done), for the audit
    QString finalState;

    bool movesToNewCase() const { return kind == Kind::ChangeCase && targetCaseId == 0; }
    // agentdeskctl's command: create-calltrack, create-callback, change-case, transfer, pick
    QString kindName() const;
};

// A seeded mix of four writes, about 30, 20, 25 and 25 %: calltracks for customer 5001,
// callbacks in the ACD groups that do not de-duplicate (513, 514), moves — of fixture activities
// that sit in the queue of case 70008 (sandbox/README.md) to a new case or into case 70001, or of
// a calltrack the workload created to a new case — and transfers and picks of the fixture emails
// to reassign and of the bulk case (BulkCaseActivities), which nothing else touches. Each group of
// those activities goes through a fixed chain of targets, one step per operation: every target
// differs from every place the group was before, so each step is valid after the ones before it and
// "already there" (T12/Q12/D12/K8) never holds, and the group must end at the last step requested.
class Workload
{
public:
    struct Options
    {
        // false for an eGain API client, which cannot pick (K18): a transfer to the supervisor
        // takes a pick's place
        bool picks = true;
        // the next step of a group only once the one before was applied at once (exit code 0):
        // not queued behind it (reliabilitysettings.h, AGENTDESK_RELIABILITY_QUEUED_REASSIGNS).
        // take() knows no exit codes: each group gets one step.
        bool stepAfterApplied = false;
    };

    Workload(quint32 seed, const QString &tag);
    Workload(quint32 seed, const QString &tag, Options options);

    // the next operation; earlier ones are the workload's own, in order
    Operation next(const QList<Operation> &earlier);
    QList<Operation> take(int count);

    // agentdeskctl arguments of operation index (without --profile). A move of a calltrack
    // names its activity when it is known, else its outbox entry (@id). clientApplication: an
    // eGain API client, which must name the user who gets a calltrack (C9).
    static QStringList arguments(const QList<Operation> &operations, qsizetype index,
                                 bool clientApplication);

private:
    struct ReassignChain
    {
        qsizetype group = 0; // in reassignGroups()
        qsizetype steps = 0; // requested so far
        int lastOperation = -1;
    };

    bool nextReassign(const QList<Operation> &earlier, Operation *operation);

    QRandomGenerator m_random;
    QString m_tag;
    Options m_options;
    int m_count = 0;
    qint64 m_nextFixtureActivity;
    QList<int> m_movableCalltracks;
    QList<ReassignChain> m_chains; // the groups begun, in the order they were
};
