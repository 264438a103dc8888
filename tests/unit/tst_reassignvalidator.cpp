// The transfer and pick rules of egain-transfer-pick.md that the client checks from its cache
// (§7): one row per rule id of each checklist (T transfer to user, Q to queue, D to department,
// K pick), each failing when the rule is broken and naming the activity; the rows that must pass
// show what the rules leave to the server. Also the wire table of both dialects and the chunks.

#include "api/reassignroutes.h"
#include "domain/reassignvalidator.h"
#include "sync/outboxpayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using Operation = ReassignRequest::Operation;
using Context = ReassignValidator::Context;
Q_DECLARE_METATYPE(ReassignRequest)
Q_DECLARE_METATYPE(ReassignRequest::Operation)
Q_DECLARE_METATYPE(ReassignRoute::Dialect)

namespace {

Activity activity(qint64 id, const QString &type, qint64 department, qint64 queue, qint64 user,
                  const QString &login = {}, const QString &status = u"assigned"_s)
{
    Activity a;
    a.id = id;
    a.type = type;
    a.departmentId = department;
    a.queueId = queue;
    a.assignedUserId = user;
    a.assignedUserLogin = login;
    a.status = user ? status : u"in_queue"_s;
    a.lastModifiedMs = 1'700'000'000'000 + id;
    return a;
}

// emails and a task in department 1 (queue 301), assigned to 1002 or waiting, one email in
// department 2 (queue 302), a calltrack, a chat, a completed email, a social post
const QList<Activity> Cached = {
    activity(81201, u"email"_s, 1, 301, 1002, u"m.jansen"_s),
    activity(81202, u"email"_s, 1, 301, 0),
    activity(81203, u"task"_s, 1, 301, 1004, u"j.moreau"_s),
    activity(81204, u"email"_s, 2, 302, 0),
    activity(81205, u"call_track"_s, 1, 301, 1002, u"m.jansen"_s),
    activity(81206, u"chat"_s, 1, 301, 0),
    activity(81207, u"email"_s, 1, 301, 1002, u"m.jansen"_s, u"completed"_s),
    activity(81208, u"social"_s, 1, 301, 0),
    activity(81209, u"email"_s, 1, 301, 1003, u"s.okafor"_s),
};

ReassignRequest request(Operation operation, qint64 target, const QList<qint64> &ids)
{
    ReassignRequest r;
    r.operation = operation;
    r.targetId = target;
    for (qint64 id : ids)
        r.activities.append({id, 0});
    return r;
}

QStringList rulesOf(const QList<ValidationError> &errors)
{
    QStringList rules;
    for (const ValidationError &error : errors)
        rules.append(error.rule);
    return rules;
}

} // namespace

class TestReassignValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void chunksOf75InOrder();
    void isAtTargetPerOperation();
    void wireTableOfBothDialects_data();
    void wireTableOfBothDialects();
    void bodyCarriesIdsAndLastModified();
    void queuedEntryRoundTrips();
};

void TestReassignValidator::rules_data()
{
    QTest::addColumn<ReassignRequest>("request");
    QTest::addColumn<bool>("ece");
    QTest::addColumn<bool>("clientApplication");
    QTest::addColumn<bool>("requireKnown");
    QTest::addColumn<QStringList>("rules"); // empty: valid
    QTest::addColumn<QString>("names"); // a part of the first message

    const auto row = [](const char *name, ReassignRequest r, QStringList rules, QString names = {},
                        bool ece = false, bool client = false, bool known = false) {
        QTest::newRow(name) << r << ece << client << known << rules << names;
    };
    // valid requests of each operation
    row("transfer to user", request(Operation::TransferToUser, 1005, {81201, 81202, 81203}), {});
    row("transfer to queue", request(Operation::TransferToQueue, 301, {81201, 81203}), {});
    row("transfer to department", request(Operation::TransferToDepartment, 2, {81201, 81202}), {});
    row("pick", request(Operation::Pick, 0, {81201, 81202, 81203}), {});
    row("ECE: emails", request(Operation::TransferToUser, 1005, {81201, 81202}), {}, {}, true);
    row("unknown activity: the server judges", request(Operation::TransferToUser, 1005, {90001}),
        {});

    // T1/Q1/D1: a target
    row("T1 no user", request(Operation::TransferToUser, 0, {81201}), {u"T1"_s}, u"user"_s);
    row("Q1 no queue", request(Operation::TransferToQueue, -3, {81201}), {u"Q1"_s}, u"queue"_s);
    row("D1 no department", request(Operation::TransferToDepartment, 0, {81201}), {u"D1"_s},
        u"department"_s);
    // T3/Q3/D3/K3: at least one activity, each once, valid ids
    row("T3 none", request(Operation::TransferToUser, 1005, {}), {u"T3"_s});
    row("Q3 twice", request(Operation::TransferToQueue, 302, {81204, 81204}), {u"Q12"_s, u"Q3"_s},
        u"81204"_s);
    row("D3 bad id", request(Operation::TransferToDepartment, 2, {0}), {u"D3"_s}, u"0"_s);
    row("K3 none", request(Operation::Pick, 0, {}), {u"K3"_s});
    // T5/Q5/D5/K5: unknown activities when the cache must know them
    row("T5 unknown", request(Operation::TransferToUser, 1005, {90001}), {u"T5"_s}, u"90001"_s,
        false, false, true);
    row("K5 unknown", request(Operation::Pick, 0, {90001}), {u"K5"_s}, u"90001"_s, false, false,
        true);
    // T7/Q7/D7/K6: types
    row("T7 calltrack", request(Operation::TransferToUser, 1005, {81205}), {u"T7"_s}, u"81205"_s);
    row("Q7 chat", request(Operation::TransferToQueue, 302, {81206}), {u"Q7"_s, u"Q13"_s},
        u"81206"_s);
    row("D7 social", request(Operation::TransferToDepartment, 2, {81208}), {u"D7"_s}, u"81208"_s);
    row("T7 social may go to a user", request(Operation::TransferToUser, 1005, {81208}), {});
    row("K6 calltrack", request(Operation::Pick, 0, {81205}), {u"K6"_s}, u"81205"_s);
    row("T7 ECE: a task", request(Operation::TransferToUser, 1005, {81203}), {u"T7"_s},
        u"only email"_s, true);
    row("K6 ECE: a task", request(Operation::Pick, 0, {81203}), {u"K6"_s}, u"81203"_s, true);
    // T9/Q9/D9/K9: open
    row("T9 completed", request(Operation::TransferToUser, 1005, {81207}), {u"T9"_s}, u"81207"_s);
    row("K9 completed", request(Operation::Pick, 0, {81207}), {u"K9"_s}, u"81207"_s);
    // T12/Q12/D12/K8: already there
    row("T12 already the user's", request(Operation::TransferToUser, 1002, {81202, 81201}),
        {u"T12"_s}, u"81201"_s);
    row("Q12 already waiting there", request(Operation::TransferToQueue, 301, {81202}), {u"Q12"_s},
        u"81202"_s);
    row("Q12 assigned: not waiting in it", request(Operation::TransferToQueue, 301, {81201}), {});
    row("D12 already the department's", request(Operation::TransferToDepartment, 1, {81201}),
        {u"D12"_s}, u"81201"_s);
    row("K8 already mine", request(Operation::Pick, 0, {81209}), {u"K8"_s}, u"81209"_s);
    // Q13: the queue's department
    row("Q13 other department", request(Operation::TransferToQueue, 302, {81201}), {u"Q13"_s},
        u"81201"_s);
    // K18: a user token
    row("K18 client application", request(Operation::Pick, 0, {81202}), {u"K18"_s},
        u"client application"_s, false, true);
    row("T14-T16 do not apply to a client application",
        request(Operation::TransferToUser, 1005, {81202}), {}, {}, false, true);
}

void TestReassignValidator::rules()
{
    QFETCH(ReassignRequest, request);
    QFETCH(bool, ece);
    QFETCH(bool, clientApplication);
    QFETCH(bool, requireKnown);
    QFETCH(QStringList, rules);
    QFETCH(QString, names);
    Context context;
    context.eceDialect = ece;
    context.clientApplication = clientApplication;
    context.requireKnown = requireKnown;
    context.callerLogin = u"s.okafor"_s;
    context.queueDepartments = {{301, 1}, {302, 2}};
    const QList<ValidationError> errors = ReassignValidator::validate(request, Cached, context);
    QCOMPARE(rulesOf(errors), rules);
    if (!names.isEmpty())
        QVERIFY2(errors.constFirst().message.contains(names),
                 qPrintable(errors.constFirst().message));
}

void TestReassignValidator::chunksOf75InOrder()
{
    QList<ReassignRequest::Item> items;
    for (qint64 id = 1; id <= 160; ++id)
        items.append({id, id * 10});
    const auto chunks = ReassignValidator::chunks(items);
    QCOMPARE(chunks.size(), 3);
    QCOMPARE(chunks.at(0).size(), 75);
    QCOMPARE(chunks.at(1).size(), 75);
    QCOMPARE(chunks.at(2).size(), 10);
    QCOMPARE(chunks.at(1).constFirst().id, 76);
    QCOMPARE(chunks.at(2).constLast(), (ReassignRequest::Item {160, 1600}));
    QVERIFY(ReassignValidator::chunks({}).isEmpty());
}

void TestReassignValidator::isAtTargetPerOperation()
{
    const Activity assigned = Cached.at(0); // 81201: 1002 in queue 301, department 1
    const Activity waiting = Cached.at(1); // 81202: in queue 301
    QVERIFY(
        ReassignValidator::isAtTarget(assigned, request(Operation::TransferToUser, 1002, {}), {}));
    QVERIFY(
        !ReassignValidator::isAtTarget(waiting, request(Operation::TransferToUser, 1002, {}), {}));
    QVERIFY(
        ReassignValidator::isAtTarget(waiting, request(Operation::TransferToQueue, 301, {}), {}));
    QVERIFY(
        !ReassignValidator::isAtTarget(assigned, request(Operation::TransferToQueue, 301, {}), {}));
    QVERIFY(ReassignValidator::isAtTarget(assigned, request(Operation::TransferToDepartment, 1, {}),
                                          {}));
    QVERIFY(
        ReassignValidator::isAtTarget(assigned, request(Operation::Pick, 0, {}), u"M.Jansen"_s));
    QVERIFY(!ReassignValidator::isAtTarget(assigned, request(Operation::Pick, 0, {}), {}));
}

void TestReassignValidator::wireTableOfBothDialects_data()
{
    QTest::addColumn<ReassignRoute::Dialect>("dialect");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("parameter");
    using D = ReassignRoute::Dialect;
    QTest::newRow("v3 user") << D::EgainV3 << Operation::TransferToUser
                             << u"/core/casemgr/v3/activity/transfer"_s << u"user"_s;
    QTest::newRow("v3 queue") << D::EgainV3 << Operation::TransferToQueue
                              << u"/core/casemgr/v3/activity/transfer"_s << u"queue"_s;
    QTest::newRow("v3 department") << D::EgainV3 << Operation::TransferToDepartment
                                   << u"/core/casemgr/v3/activity/transfer"_s << u"department"_s;
    QTest::newRow("v3 pick") << D::EgainV3 << Operation::Pick << u"/core/casemgr/v3/activity/pick"_s
                             << QString();
    QTest::newRow("ECE user") << D::EceV12 << Operation::TransferToUser
                              << u"/ws/v12/interaction/activity/transfer"_s << u"user"_s;
    QTest::newRow("ECE queue") << D::EceV12 << Operation::TransferToQueue
                               << u"/ws/v12/interaction/activity/transfer"_s << u"queue"_s;
    QTest::newRow("ECE department")
        << D::EceV12 << Operation::TransferToDepartment
        << u"/ws/v12/interaction/activity/transfer"_s << u"department"_s;
    QTest::newRow("ECE pick") << D::EceV12 << Operation::Pick
                              << u"/ws/v12/interaction/activity/pick"_s << QString();
}

void TestReassignValidator::wireTableOfBothDialects()
{
    QFETCH(ReassignRoute::Dialect, dialect);
    QFETCH(Operation, operation);
    QFETCH(QString, path);
    QFETCH(QString, parameter);
    const ReassignRoute route = ReassignRoute::of(dialect, operation);
    QCOMPARE(route.path, path);
    QCOMPARE(route.targetParameter, parameter);
}

// {"activity": [{"id": "81230", "lastModified": "…"}]}: ids as text, a time only where known
void TestReassignValidator::bodyCarriesIdsAndLastModified()
{
    ReassignRequest r = request(Operation::TransferToDepartment, 2, {});
    r.activities = {{81230, 1'736'928'000'000}, {81231, 0}};
    ReassignRoute route = ReassignRoute::of(ReassignRoute::Dialect::EgainV3, r.operation);
    const QJsonArray list
        = QJsonDocument::fromJson(route.body(r)).object().value(u"activity"_s).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"id"_s).toString(), u"81230"_s);
    QCOMPARE(list.at(0).toObject().value(u"lastModified"_s).toString(),
             u"2025-01-15T08:00:00.000Z"_s);
    QVERIFY(!list.at(1).toObject().contains(u"lastModified"_s));
    route.lastModified = ReassignRoute::LastModifiedForm::DateObject;
    const QJsonArray nested
        = QJsonDocument::fromJson(route.body(r)).object().value(u"activity"_s).toArray();
    QCOMPARE(nested.at(0)[u"lastModified"_s][u"date"_s].toString(), u"2025-01-15T08:00:00.000Z"_s);
}

void TestReassignValidator::queuedEntryRoundTrips()
{
    QueuedReassign queued;
    queued.request = request(Operation::TransferToQueue, 301, {});
    queued.request.activities = {{9'007'199'254'740'993, 1'736'928'000'000}, {81231, 0}};
    queued.request.unpin = true;
    queued.callerLogin = u"s.okafor"_s;
    const auto decoded = OutboxPayload::reassign(OutboxPayload::encode(queued));
    QVERIFY(decoded);
    QCOMPARE(decoded->request.operation, Operation::TransferToQueue);
    QCOMPARE(decoded->request.targetId, 301);
    QCOMPARE(decoded->request.activities, queued.request.activities);
    QVERIFY(decoded->request.unpin);
    QCOMPARE(decoded->callerLogin, u"s.okafor"_s);
    QVERIFY(!OutboxPayload::reassign(R"({"operation":"steal","activities":[]})"));
    QCOMPARE(OutboxPayload::reassignResult(OutboxPayload::encode(ReassignResult {{81231, 81232}}))
                 ->activityIds,
             (QList<qint64> {81231, 81232}));
}

QTEST_GUILESS_MAIN(TestReassignValidator)
#include "tst_reassignvalidator.moc"
