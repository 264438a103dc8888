#pragma once

#include "cache/outboxentry.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// One write a script asks agentdeskctl for. Every operation of a run carries a subject no
// other one has, so the sandbox's request log and its records name it unambiguously.
// "81101,81102": ids as agentdeskctl takes them, and as the audit reports them
QString joinedIds(const QList<qint64> &ids);

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
    // change-case: the fixture activities it moves, or the workload's calltrack it moves
    QList<qint64> activityIds;
    int movesOperation = -1;
    qint64 targetCaseId = 0; // 0: a new case, named by subject

    // what agentdeskctl answered
    int exitCode = -1;
    QString entryId;
    qint64 createdActivityId = 0; // create-calltrack applied at once: the new activity

    bool movesToNewCase() const { return kind == Kind::ChangeCase && targetCaseId == 0; }
    QString kindName() const;
};

// A seeded mix of the three writes: calltracks for customer 5001, callbacks in the ACD groups
// that do not de-duplicate (513, 514), and moves — of fixture activities that sit in the queue
// of case 70008 (sandbox/README.md) to a new case or into case 70001, or of a calltrack the
// workload created to a new case.
class Workload
{
public:
    Workload(quint32 seed, const QString &tag);

    // the next operation; earlier ones are the workload's own, in order
    Operation next(const QList<Operation> &earlier);
    QList<Operation> take(int count);

    // agentdeskctl arguments of operation index (without --profile). A move of a calltrack
    // names its activity when it is known, else its outbox entry (@id). clientApplication: an
    // eGain API client, which must name the user who gets a calltrack (C9).
    static QStringList arguments(const QList<Operation> &operations, qsizetype index,
                                 bool clientApplication);

private:
    QRandomGenerator m_random;
    QString m_tag;
    int m_count = 0;
    qint64 m_nextFixtureActivity;
    QList<int> m_movableCalltracks;
};
