#include "workload.h"

using namespace Qt::StringLiterals;

namespace {

// sandbox/README.md: case 70008 holds activities 81101–81180 in the queue; a few stay there
constexpr qint64 FirstQueuedActivity = 81101;
constexpr qint64 LastMovableActivity = 81170;
constexpr qint64 ExistingTargetCase = 70001;
const QStringList ServiceSubtypes {u"general"_s, u"complaint"_s, u"follow_up"_s};

using Reassign = ReassignRequest::Operation;

struct ReassignStep
{
    Reassign operation;
    qint64 targetId = 0; // none for a pick
};

// Activities that are reassigned together, and where to, step by step. sandbox/README.md,
// "Activities to reassign": departments 1 Service, 2 Sales, 3 Billing; queues 301, 304 Service,
// 302, 306 Sales, 303 Billing; users 1002 m.jansen, 1006 t.nowak, 1009 p.lindqvist (Service,
// Sales), 1004 j.moreau (Sales). Only emails (ECE takes no other type), none locked, none a
// reply. A department transfer leaves them in that department's transfer queue, unassigned. Each
// step fits where the steps before left them: a user or queue of their department then (T13,
// Q13), a department with a transfer workflow that shares with theirs (D13, D14).
struct ReassignGroup
{
    QList<qint64> ids;
    bool pinned = false; // the first step sends unpin=yes
    QList<ReassignStep> chain;
};

constexpr ReassignStep toUser(qint64 id)
{
    return {Reassign::TransferToUser, id};
}
constexpr ReassignStep toQueue(qint64 id)
{
    return {Reassign::TransferToQueue, id};
}
constexpr ReassignStep toDepartment(qint64 id)
{
    return {Reassign::TransferToDepartment, id};
}
constexpr ReassignStep Pick {Reassign::Pick};

QList<qint64> bulkCaseIds()
{
    QList<qint64> ids;
    for (qint64 id = 9'000'001; id < 9'000'001 + BulkCaseActivities; ++id)
        ids.append(id);
    return ids;
}

// the bulk case last
const QList<ReassignGroup> &reassignGroups()
{
    static const QList<ReassignGroup> groups {
        // Service, in queue 301; 81205 is a composed outbound email
        {{81201, 81205},
         false,
         {toUser(1002), toQueue(304), Pick, toDepartment(2), toUser(1004), toQueue(306)}},
        // Service: in queue 304, assigned to r.ito, t.nowak, p.lindqvist
        {{81212, 81213, 81215, 81216},
         false,
         {toQueue(301), Pick, toUser(1002), toDepartment(2), toQueue(306), toUser(1004)}},
        // Sales: in queue 302, assigned to j.moreau; Sales shares with Service (D14)
        {{81221, 81222},
         false,
         {toQueue(306), Pick, toUser(1009), toDepartment(1), toUser(1002), toQueue(304)}},
        // Billing: in queue 303, assigned to a.garcia; Billing shares with Service only
        {{81231, 81232}, false, {Pick, toDepartment(1), toUser(1002), toQueue(304)}},
        // Service, assigned to m.jansen: 81202 with a draft reply that travels along, 81203
        // pinned by him
        {{81202, 81203}, true, {toQueue(304), Pick, toUser(1006), toQueue(301)}},
        // Service, in queue 301: two requests a step (T4); two steps, as each costs seven
        // requests or so of a faults run
        {bulkCaseIds(), false, {toQueue(304), Pick}},
    };
    return groups;
}

} // namespace

QString joinedIds(const QList<qint64> &ids)
{
    QStringList texts;
    for (qint64 id : ids)
        texts.append(QString::number(id));
    return texts.join(u',');
}

QString Operation::kindName() const
{
    if (kind == Kind::Reassign)
        return reassignTo == Reassign::Pick ? u"pick"_s : u"transfer"_s;
    return OutboxEntry::kindName(kind);
}

Workload::Workload(quint32 seed, const QString &tag)
    : Workload(seed, tag, Options())
{
}

Workload::Workload(quint32 seed, const QString &tag, Options options)
    : m_random(seed)
    , m_tag(tag)
    , m_options(options)
    , m_nextFixtureActivity(FirstQueuedActivity)
{
}

bool Workload::nextReassign(const QList<Operation> &earlier, Operation *operation)
{
    const QList<ReassignGroup> &groups = reassignGroups();
    QList<qsizetype> continuing;
    QList<qsizetype> unbegun;
    for (qsizetype g = 0; g < groups.size(); ++g)
        unbegun.append(g);
    for (qsizetype c = 0; c < m_chains.size(); ++c) {
        const ReassignChain &chain = m_chains.at(c);
        unbegun.removeOne(chain.group);
        if (chain.steps == groups.at(chain.group).chain.size())
            continue;
        if (m_options.stepAfterApplied && earlier.value(chain.lastOperation).exitCode != 0)
            continue;
        continuing.append(c);
    }
    if (continuing.isEmpty() && unbegun.isEmpty())
        return false;

    // mostly a next step: a group that moved several times makes "it ends at the last target
    // requested" a real check
    qsizetype c = 0;
    if (!continuing.isEmpty() && (unbegun.isEmpty() || m_random.bounded(3u) != 0)) {
        c = continuing.at(m_random.bounded(continuing.size()));
    } else {
        // the bulk case a third of the time while it has not begun
        const qsizetype bulk = groups.size() - 1;
        const qsizetype g = unbegun.contains(bulk) && m_random.bounded(3u) == 0
            ? bulk
            : unbegun.at(m_random.bounded(unbegun.size()));
        m_chains.append({g, 0, -1});
        c = m_chains.size() - 1;
    }
    ReassignChain &chain = m_chains[c];
    const ReassignGroup &group = groups.at(chain.group);
    ReassignStep step = group.chain.at(chain.steps);
    if (step.operation == Reassign::Pick) {
        // the activities end with the supervisor either way; no other step of a chain sends
        // them to him
        step = m_options.picks ? ReassignStep {Reassign::Pick, SupervisorId} : toUser(SupervisorId);
    }
    operation->kind = Operation::Kind::Reassign;
    operation->activityIds = group.ids;
    operation->reassignTo = step.operation;
    operation->targetId = step.targetId;
    operation->unpin = group.pinned && chain.steps == 0;
    ++chain.steps;
    chain.lastOperation = int(earlier.size());
    return true;
}

Operation Workload::next(const QList<Operation> &earlier)
{
    Operation operation;
    const int number = ++m_count;
    const quint32 draw = m_random.bounded(100u);
    const bool fixtureLeft = m_nextFixtureActivity <= LastMovableActivity;
    if (draw >= 75 && nextReassign(earlier, &operation)) {
        operation.subject = u"%1 %2 %3"_s.arg(m_tag, operation.kindName()).arg(number);
    } else if (draw >= 50 && draw < 75 && (fixtureLeft || !m_movableCalltracks.isEmpty())) {
        operation.kind = Operation::Kind::ChangeCase;
        const bool movesCalltrack
            = !m_movableCalltracks.isEmpty() && (!fixtureLeft || m_random.bounded(2u) == 0);
        if (movesCalltrack) {
            const qsizetype pick = m_random.bounded(qsizetype(m_movableCalltracks.size()));
            operation.movesOperation = m_movableCalltracks.takeAt(pick);
        } else {
            const qint64 count = qMin<qint64>(1 + m_random.bounded(3u),
                                              LastMovableActivity - m_nextFixtureActivity + 1);
            for (qint64 i = 0; i < count; ++i)
                operation.activityIds.append(m_nextFixtureActivity++);
            if (m_random.bounded(4u) == 0)
                operation.targetCaseId = ExistingTargetCase;
        }
        operation.subject = u"%1 move %2"_s.arg(m_tag).arg(number);
    } else if (draw >= 30 && draw < 50) {
        operation.kind = Operation::Kind::CreateCallback;
        operation.group = m_random.bounded(2u) == 0 ? 513 : 514;
        operation.sender = u"+49305559%1"_s.arg(m_random.bounded(100000u), 5, 10, QChar(u'0'));
        operation.subject = u"%1 callback %2"_s.arg(m_tag).arg(number);
    } else {
        operation.kind = Operation::Kind::CreateCalltrack;
        operation.subtype = ServiceSubtypes.at(m_random.bounded(qsizetype(ServiceSubtypes.size())));
        operation.subject = u"%1 call %2"_s.arg(m_tag).arg(number);
        m_movableCalltracks.append(int(earlier.size()));
    }
    return operation;
}

QList<Operation> Workload::take(int count)
{
    QList<Operation> operations;
    while (operations.size() < count)
        operations.append(next(operations));
    return operations;
}

QStringList Workload::arguments(const QList<Operation> &operations, qsizetype index,
                                bool clientApplication)
{
    const Operation &operation = operations.at(index);
    switch (operation.kind) {
    case Operation::Kind::CreateCalltrack: {
        QStringList arguments {
            u"create-calltrack"_s, u"--department"_s, u"Service"_s, u"--subtype"_s,
            operation.subtype,     u"--customer"_s,   u"5001"_s,    u"--subject"_s,
            operation.subject};
        if (clientApplication)
            arguments << u"--target-user"_s << u"lena.fischer"_s;
        return arguments;
    }
    case Operation::Kind::CreateCallback:
        return {u"create-callback"_s, u"--group"_s,     QString::number(operation.group),
                u"--sender"_s,        operation.sender, u"--subject"_s,
                operation.subject};
    case Operation::Kind::ChangeCase: {
        QString activities = joinedIds(operation.activityIds);
        if (operation.movesOperation >= 0) {
            const Operation &created = operations.at(operation.movesOperation);
            activities = created.createdActivityId ? QString::number(created.createdActivityId)
                                                   : u'@' + created.entryId;
        }
        QStringList arguments {u"change-case"_s, u"--activities"_s, activities};
        if (operation.targetCaseId)
            arguments << u"--case"_s << QString::number(operation.targetCaseId);
        else
            arguments << u"--new-case"_s << u"--subject"_s << operation.subject;
        return arguments;
    }
    case Operation::Kind::Reassign: {
        QStringList arguments {operation.kindName(), u"--activities"_s,
                               joinedIds(operation.activityIds)};
        const QString target = QString::number(operation.targetId);
        switch (operation.reassignTo) {
        case Reassign::TransferToUser:
            arguments << u"--user"_s << target;
            break;
        case Reassign::TransferToQueue:
            arguments << u"--queue"_s << target;
            break;
        case Reassign::TransferToDepartment:
            arguments << u"--department"_s << target;
            break;
        case Reassign::Pick:
            break;
        }
        if (operation.unpin)
            arguments << u"--unpin"_s;
        return arguments;
    }
    }
    return {};
}
