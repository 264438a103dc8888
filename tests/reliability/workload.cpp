#include "workload.h"

using namespace Qt::StringLiterals;

namespace {

// sandbox/README.md: case 70008 holds activities 81101–81180 in the queue; a few stay there
constexpr qint64 FirstQueuedActivity = 81101;
constexpr qint64 LastMovableActivity = 81170;
constexpr qint64 ExistingTargetCase = 70001;
const QStringList ServiceSubtypes {u"general"_s, u"complaint"_s, u"follow_up"_s};

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
    return OutboxEntry::kindName(kind);
}

Workload::Workload(quint32 seed, const QString &tag)
    : m_random(seed)
    , m_tag(tag)
    , m_nextFixtureActivity(FirstQueuedActivity)
{
}

Operation Workload::next(const QList<Operation> &earlier)
{
    Operation operation;
    const int number = ++m_count;
    const quint32 draw = m_random.bounded(100u);
    const bool fixtureLeft = m_nextFixtureActivity <= LastMovableActivity;
    if (draw >= 65 && (fixtureLeft || !m_movableCalltracks.isEmpty())) {
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
    } else if (draw >= 35 && draw < 65) {
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
    }
    return {};
}
