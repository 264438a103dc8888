// Transfer to user, queue or department and pick against agentdesk-sandbox, in the eGain v3 and
// the ECE v12 dialect: one row per rule of the checklists T, Q, D and K of
// egain-transfer-pick.md that the sandbox enforces, with the answer and the effect read back.
// The fixture activities 81201–81233 are described in sandbox/README.md.
#include "apiauth.h"
#include "httpresult.h"
#include "jsonpath.h"
#include "sandboxprocess.h"

#include <QHash>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString v3 = u"v3"_s;
const QString v12 = u"v12"_s;
const QString supervisor = u"s.okafor"_s;
const QString jansen = u"m.jansen"_s;
const QString lead = u"p.lindqvist"_s;
const QString app = u"app"_s;
const QString staleStamp = u"2020-01-01T00:00:00.000Z"_s;

// what each activity entry of a request body carries besides its id
enum Stamp {
    NoStamp,
    CurrentStamp, // lastModified as read before the request
    StaleStamp, // a lastModified the activity never had
    DateStamp, // as read, in ECE's {"date": …} form
};

QString idRange(int first, int count)
{
    QStringList ids;
    for (int id = first; id < first + count; ++id)
        ids.append(QString::number(id));
    return ids.join(u',');
}

// status, assigned user, queue, department, lastModified and lastModifiedBy of one activity
QStringList stateOf(const QJsonObject &activity)
{
    return {JsonPath::text(activity, u"status.value"_s),
            JsonPath::text(activity, u"status.assigned.user.id"_s),
            JsonPath::text(activity, u"queue.id"_s),
            JsonPath::text(activity, u"department.id"_s),
            JsonPath::text(activity, u"lastModified"_s),
            JsonPath::text(activity, u"lastModifiedBy.user.id"_s)};
}

enum Field { Status, User, Queue, Department, LastModified, ModifiedBy };

} // namespace

class TestSandboxTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void rules_data();
    void rules();
    void effects_data();
    void effects();
    void unpinClearsThePin_data();
    void unpinClearsThePin();

private:
    HttpResult put(const QString &dialect, const QString &actor, const QString &operation,
                   const QByteArray &body);
    // every listed activity that exists, read by the supervisor (ECE) or the API client (v3)
    QHash<QString, QJsonObject> read(const QString &dialect, const QStringList &ids);
    QByteArray bodyFor(const QStringList &ids, Stamp stamp,
                       const QHash<QString, QJsonObject> &before) const;

    std::unique_ptr<SandboxProcess> m_sandbox;
    QHash<QString, QString> m_tokens;
    QHash<QString, QByteArray> m_sessions;
};

void TestSandboxTransfer::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
}

void TestSandboxTransfer::init()
{
    QVERIFY(m_sandbox->reset());
    m_tokens.clear();
    m_sessions.clear();
}

HttpResult TestSandboxTransfer::put(const QString &dialect, const QString &actor,
                                    const QString &operation, const QByteArray &body)
{
    const QByteArray contentType = body.isEmpty() ? QByteArray() : QByteArray("application/json");
    if (dialect == v3) {
        if (!m_tokens.contains(actor)) {
            if (actor == app)
                m_tokens.insert(actor, ApiAuth::clientCredentialsToken(*m_sandbox));
            else if (actor == u"readonly")
                m_tokens.insert(actor,
                                ApiAuth::clientCredentialsToken(
                                    *m_sandbox, QLatin1StringView(ApiAuth::readonlyClient),
                                    u"app.core.casemgr.read"_s));
            else
                m_tokens.insert(actor, ApiAuth::pkceToken(*m_sandbox, actor));
        }
        return sendRequest("PUT", m_sandbox->url(u"/core/casemgr/v3/activity/"_s + operation),
                           ApiAuth::bearerHeaders(m_tokens.value(actor), contentType), body);
    }
    if (!m_sessions.contains(actor))
        m_sessions.insert(actor, ApiAuth::eceSession(*m_sandbox, actor));
    return sendRequest("PUT", m_sandbox->url(u"/system/ws/v12/interaction/activity/"_s + operation),
                       ApiAuth::sessionHeaders(m_sessions.value(actor), contentType), body);
}

QHash<QString, QJsonObject> TestSandboxTransfer::read(const QString &dialect,
                                                      const QStringList &ids)
{
    QStringList known;
    for (const QString &id : ids) {
        if (id.toInt() < 89000)
            known.append(id);
    }
    QHash<QString, QJsonObject> activities;
    const QString query = u"?$attribute=queue,lastModified,lastModifiedBy"_s;
    // at most 75 IDs per read
    for (qsizetype first = 0; first < known.size(); first += 75) {
        const QString list = known.mid(first, 75).join(u',');
        HttpResult result;
        if (dialect == v3) {
            if (!m_tokens.contains(app))
                m_tokens.insert(app, ApiAuth::clientCredentialsToken(*m_sandbox));
            result
                = sendRequest("GET", m_sandbox->url(u"/core/casemgr/v3/activity/"_s + list + query),
                              ApiAuth::bearerHeaders(m_tokens.value(app)));
        } else {
            if (!m_sessions.contains(supervisor))
                m_sessions.insert(supervisor, ApiAuth::eceSession(*m_sandbox, supervisor));
            result = sendRequest(
                "GET", m_sandbox->url(u"/system/ws/v12/interaction/activity/"_s + list + query),
                ApiAuth::sessionHeaders(m_sessions.value(supervisor)));
        }
        if (result.status != 200) {
            qWarning("reading %s failed: %s", qPrintable(list), qPrintable(result.describe()));
            return {};
        }
        const QJsonArray array = result.object().value(u"activity"_s).toArray();
        for (const QJsonValue &activity : array)
            activities.insert(JsonPath::text(activity, u"id"_s), activity.toObject());
    }
    return activities;
}

QByteArray TestSandboxTransfer::bodyFor(const QStringList &ids, Stamp stamp,
                                        const QHash<QString, QJsonObject> &before) const
{
    QJsonArray list;
    for (const QString &id : ids) {
        QJsonObject entry {{u"id"_s, id}};
        // an unknown activity has no stamp to read: it gets a stale one
        const QString current = before.value(id).value(u"lastModified"_s).toString(staleStamp);
        if (stamp == CurrentStamp)
            entry.insert(u"lastModified"_s, current);
        else if (stamp == StaleStamp)
            entry.insert(u"lastModified"_s, staleStamp);
        else if (stamp == DateStamp)
            entry.insert(u"lastModified"_s, QJsonObject {{u"date"_s, current}});
        list.append(entry);
    }
    return JsonPath::bytes(QJsonObject {{u"activity"_s, list}});
}

// ---------------------------------------------------------------------------------------------
// Refusals: the status, the code, the rule id that starts developerMessage, and nothing changed

void TestSandboxTransfer::rules_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("operation"); // below …/activity/, with the query
    QTest::addColumn<QString>("ids");
    QTest::addColumn<int>("stamp");
    QTest::addColumn<QByteArray>("body"); // sent instead of the ids when not null
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("rule"); // empty: the message names no rule

    const QString bad = u"400-102"_s;
    const QString denied = u"403-101"_s;
    const QString locked = u"403-102"_s;
    const QString unknown = u"404-101"_s;
    const QString stale = u"409-102"_s;
    const QString unsupported = u"400-101"_s;
    const QString tooMany = idRange(81101, 76);

    const auto add = [](const QString &dialect, const char *name, const QString &actor,
                        const QString &operation, const QString &ids, Stamp stamp,
                        const QByteArray &body, int status, const QString &code,
                        const QString &rule) {
        QTest::addRow("%s: %s", qPrintable(dialect), name)
            << dialect << actor << operation << ids << int(stamp) << body << status << code << rule;
    };
    const auto both = [&](const char *name, const QString &actor, const QString &operation,
                          const QString &ids, Stamp stamp, int status, const QString &code,
                          const QString &rule) {
        for (const QString &dialect : {v3, v12})
            add(dialect, name, actor, operation, ids, stamp, QByteArray(), status, code, rule);
    };
    const auto bothRaw = [&](const char *name, const QString &operation, const QByteArray &body,
                             const QString &rule) {
        for (const QString &dialect : {v3, v12})
            add(dialect, name, supervisor, operation, u"81201"_s, NoStamp, body, 400, bad, rule);
    };
    const auto only = [&](const QString &dialect, const char *name, const QString &actor,
                          const QString &operation, const QString &ids, int status,
                          const QString &code, const QString &rule, Stamp stamp = NoStamp) {
        add(dialect, name, actor, operation, ids, stamp, QByteArray(), status, code, rule);
    };

    const QString toUser = u"transfer?user=1002"_s;
    const QString toQueue = u"transfer?queue=304"_s;
    const QString toSales = u"transfer?department=2"_s;
    const QString pick = u"pick"_s;

    // transfer to user, §3
    both("T1 an unknown query parameter is 400-101", supervisor, u"transfer?user=1002&foo=bar"_s,
         u"81201"_s, NoStamp, 400, unsupported, QString());
    both("T1 a target parameter is required", supervisor, u"transfer"_s, u"81201"_s, NoStamp, 400,
         bad, u"T1, Q1, D1"_s);
    both("T1 only one target per request", supervisor, u"transfer?user=1002&queue=304"_s,
         u"81201"_s, NoStamp, 400, bad, u"T1, Q1, D1"_s);
    both("T1 the user is named by a numeric ID", supervisor, u"transfer?user=m.jansen"_s,
         u"81201"_s, NoStamp, 400, bad, u"T1"_s);
    both("T2 unpin accepts only yes", supervisor, u"transfer?user=1002&unpin=no"_s, u"81201"_s,
         NoStamp, 400, bad, u"T2"_s);
    bothRaw("T3 a body is required", toUser, "", u"T3"_s);
    bothRaw("T3 the activity list may not be empty", toUser, R"({"activity":[]})", u"T3"_s);
    bothRaw("T3 every entry needs an id", toUser,
            R"({"activity":[{"lastModified":"2031-01-15T08:00:00.000Z"}]})", u"T3"_s);
    bothRaw("T3 an entry carries only id and lastModified", toUser,
            R"({"activity":[{"id":"81201","note":"urgent"}]})", u"T3"_s);
    bothRaw("T3 lastModified is a date-time", toUser,
            R"({"activity":[{"id":"81201","lastModified":"yesterday"}]})", u"T3"_s);
    both("T4 at most 75 activities", supervisor, toUser, tooMany, NoStamp, 400, bad, u"T4"_s);
    both("T5 an unknown activity is 404", supervisor, toUser, u"81201,89999"_s, NoStamp, 404,
         unknown, u"T5"_s);
    both("T6 an unknown target user is 404", supervisor, u"transfer?user=1999"_s, u"81201"_s,
         NoStamp, 404, unknown, u"T6"_s);
    both("T7 a calltrack cannot be transferred", supervisor, toUser, u"81208"_s, NoStamp, 400, bad,
         u"T7"_s);
    only(v12, "T7 ECE transfers email only, no task", supervisor, toUser, u"81207"_s, 400, bad,
         u"T7"_s);
    only(v12, "T7 ECE transfers email only, no social", supervisor, toUser, u"81211"_s, 400, bad,
         u"T7"_s);
    both("T8 a reply cannot be transferred", supervisor, u"transfer?user=1006"_s, u"81206"_s,
         NoStamp, 400, bad, u"T8"_s);
    both("T9 an activity in a workflow cannot be transferred", supervisor, toUser, u"81209"_s,
         NoStamp, 400, bad, u"T9"_s);
    both("T9 one completed activity refuses the whole batch", supervisor, toUser, u"81201,81210"_s,
         NoStamp, 400, bad, u"T9"_s);
    both("T10 an activity locked by its assignee is 403-102", supervisor, toUser, u"81204"_s,
         NoStamp, 403, locked, u"T10"_s);
    only(v3, "T10 a lock also stops a client application", app, toUser, u"81204"_s, 403, locked,
         u"T10"_s);
    both("T11 a pinned activity needs unpin=yes", supervisor, u"transfer?user=1006"_s, u"81203"_s,
         NoStamp, 400, bad, u"T11"_s);
    both("T12 an activity already assigned to the target", supervisor, toUser, u"81202"_s, NoStamp,
         400, bad, u"T12"_s);
    both("T13 the target user does not work in the activity's department", supervisor,
         u"transfer?user=1004"_s, u"81201"_s, NoStamp, 400, bad, u"T13"_s);
    only(v3, "T13 applies to a client application too", app, u"transfer?user=1004"_s, u"81201"_s,
         400, bad, u"T13"_s);
    both("T14 an agent without transfer permission", jansen, u"transfer?user=1006"_s, u"81202"_s,
         NoStamp, 403, denied, u"T14"_s);
    both("T15 an activity outside the caller's departments", lead, u"transfer?user=1005"_s,
         u"81231"_s, NoStamp, 403, denied, u"T15"_s);
    both("T16 a queued activity needs the pick permissions", lead, toUser, u"81201"_s, NoStamp, 403,
         denied, u"T16"_s);
    both("T16 another user's activity needs the pick permissions", lead, toUser, u"81215"_s,
         NoStamp, 403, denied, u"T16"_s);
    both("T18 a stale lastModified is 409", supervisor, toUser, u"81201"_s, StaleStamp, 409, stale,
         u"T18"_s);
    only(v3, "a read-only client application may not transfer", u"readonly"_s, toUser, u"81201"_s,
         403, denied, QString());

    // transfer to queue, §4
    both("Q1 an unknown query parameter is 400-101", supervisor,
         u"transfer?queue=304&$attribute=all"_s, u"81201"_s, NoStamp, 400, unsupported, QString());
    both("Q1 the queue is named by a numeric ID", supervisor, u"transfer?queue=escalations"_s,
         u"81201"_s, NoStamp, 400, bad, u"Q1"_s);
    both("Q2 unpin accepts only yes", supervisor, u"transfer?queue=304&unpin=true"_s, u"81201"_s,
         NoStamp, 400, bad, u"Q2"_s);
    bothRaw("Q3 the body is a JSON object", toQueue, R"(["81201"])", u"Q3"_s);
    bothRaw("Q3 activity is a list", toQueue, R"({"activity":"81201"})", u"Q3"_s);
    both("Q4 at most 75 activities", supervisor, toQueue, tooMany, NoStamp, 400, bad, u"Q4"_s);
    both("Q5 an unknown activity is 404", supervisor, toQueue, u"89999"_s, NoStamp, 404, unknown,
         u"Q5"_s);
    both("Q6 an unknown queue is 404", supervisor, u"transfer?queue=399"_s, u"81201"_s, NoStamp,
         404, unknown, u"Q6"_s);
    both("Q7 a calltrack cannot be transferred", supervisor, toQueue, u"81208"_s, NoStamp, 400, bad,
         u"Q7"_s);
    only(v12, "Q7 ECE transfers email only", supervisor, toQueue, u"81207"_s, 400, bad, u"Q7"_s);
    both("Q8 a reply cannot be transferred", supervisor, toQueue, u"81206"_s, NoStamp, 400, bad,
         u"Q8"_s);
    both("Q9 a completed activity cannot be transferred", supervisor, toQueue, u"81210"_s, NoStamp,
         400, bad, u"Q9"_s);
    both("Q10 an activity locked by its assignee is 403-102", supervisor, toQueue, u"81204"_s,
         NoStamp, 403, locked, u"Q10"_s);
    both("Q11 a pinned activity needs unpin=yes", supervisor, toQueue, u"81203"_s, NoStamp, 400,
         bad, u"Q11"_s);
    both("Q12 a queued activity already in the target queue", supervisor, u"transfer?queue=301"_s,
         u"81201"_s, NoStamp, 400, bad, u"Q12"_s);
    both("Q13 the queue belongs to another department", supervisor, u"transfer?queue=302"_s,
         u"81201"_s, NoStamp, 400, bad, u"Q13"_s);
    both("Q14 the queue is not active", supervisor, u"transfer?queue=305"_s, u"81201"_s, NoStamp,
         400, bad, u"Q14"_s);
    both("Q15 an agent without transfer permission", jansen, toQueue, u"81202"_s, NoStamp, 403,
         denied, u"Q15"_s);
    both("Q16 an activity outside the caller's departments", lead, u"transfer?queue=303"_s,
         u"81233"_s, NoStamp, 403, denied, u"Q16"_s);
    both("Q17 another user's activity needs the pick permissions", lead, toQueue, u"81202"_s,
         NoStamp, 403, denied, u"Q17"_s);
    both("Q18 a stale lastModified is 409", supervisor, toQueue, u"81201,81215"_s, StaleStamp, 409,
         stale, u"Q18"_s);

    // transfer to department, §5
    both("D1 the department is named by a numeric ID", supervisor, u"transfer?department=Sales"_s,
         u"81201"_s, CurrentStamp, 400, bad, u"D1"_s);
    both("D2 unpin accepts only yes", supervisor, u"transfer?department=2&unpin=1"_s, u"81201"_s,
         CurrentStamp, 400, bad, u"D2"_s);
    both("D3 lastModified is mandatory", supervisor, toSales, u"81201"_s, NoStamp, 400, bad,
         u"D3"_s);
    bothRaw("D3 the body is JSON", toSales, "{", u"D3"_s);
    both("D4 at most 75 activities", supervisor, toSales, tooMany, CurrentStamp, 400, bad, u"D4"_s);
    both("D5 an unknown activity is 404", supervisor, toSales, u"81201,89999"_s, CurrentStamp, 404,
         unknown, u"D5"_s);
    both("D6 an unknown department is 404", supervisor, u"transfer?department=9"_s, u"81201"_s,
         CurrentStamp, 404, unknown, u"D6"_s);
    both("D7 a calltrack cannot be transferred", supervisor, toSales, u"81208"_s, CurrentStamp, 400,
         bad, u"D7"_s);
    both("D7 social activities do not change department", supervisor, toSales, u"81211"_s,
         CurrentStamp, 400, bad, u"D7"_s);
    only(v12, "D7 ECE transfers email only", supervisor, toSales, u"81207"_s, 400, bad, u"D7"_s,
         CurrentStamp);
    both("D8 a reply cannot be transferred", supervisor, toSales, u"81206"_s, CurrentStamp, 400,
         bad, u"D8"_s);
    both("D9 an activity in a workflow cannot be transferred", supervisor, toSales, u"81209"_s,
         CurrentStamp, 400, bad, u"D9"_s);
    both("D10 an activity locked by its assignee is 403-102", supervisor, toSales, u"81204"_s,
         CurrentStamp, 403, locked, u"D10"_s);
    both("D11 a pinned activity needs unpin=yes", supervisor, toSales, u"81203"_s, CurrentStamp,
         400, bad, u"D11"_s);
    both("D12 the activity already belongs to the department", supervisor,
         u"transfer?department=1"_s, u"81201"_s, CurrentStamp, 400, bad, u"D12"_s);
    both("D13 the department has no Transfer workflow", supervisor, u"transfer?department=3"_s,
         u"81201"_s, CurrentStamp, 400, bad, u"D13"_s);
    both("D14 the department is not shared with the activity's", supervisor, toSales, u"81231"_s,
         CurrentStamp, 403, denied, u"D14"_s);
    both("D15 an activity outside the caller's departments", lead, toSales, u"81231"_s,
         CurrentStamp, 403, denied, u"D15"_s);
    both("D16 a queued activity needs the pick permissions", lead, toSales, u"81201"_s,
         CurrentStamp, 403, denied, u"D16"_s);
    both("D17 a stale lastModified is 409", supervisor, toSales, u"81201"_s, StaleStamp, 409, stale,
         u"D17"_s);

    // pick, §6
    both("K1 a target parameter is 400-101", supervisor, u"pick?user=1003"_s, u"81201"_s, NoStamp,
         400, unsupported, QString());
    both("K2 unpin accepts only yes", supervisor, u"pick?unpin=YES"_s, u"81201"_s, NoStamp, 400,
         bad, u"K2"_s);
    bothRaw("K3 the body lists activities", pick, "{}", u"K3"_s);
    bothRaw("K3 ids are positive integers", pick, R"({"activity":[{"id":"eighty"}]})", u"K3"_s);
    bothRaw("K3 an activity is listed once", pick, R"({"activity":[{"id":"81201"},{"id":81201}]})",
            u"K3"_s);
    both("K4 at most 75 activities", supervisor, pick, tooMany, NoStamp, 400, bad, u"K4"_s);
    both("K5 an unknown activity is 404", supervisor, pick, u"89999"_s, NoStamp, 404, unknown,
         u"K5"_s);
    both("K6 a calltrack cannot be picked", supervisor, pick, u"81208"_s, NoStamp, 400, bad,
         u"K6"_s);
    only(v12, "K6 ECE picks email only, no task", supervisor, pick, u"81207"_s, 400, bad, u"K6"_s);
    only(v12, "K6 ECE picks email only, no social", supervisor, pick, u"81211"_s, 400, bad,
         u"K6"_s);
    both("K7 a draft reply cannot be picked", supervisor, pick, u"81206"_s, NoStamp, 400, bad,
         u"K7"_s);
    both("K8 an activity already assigned to the caller", jansen, pick, u"81202"_s, NoStamp, 400,
         bad, u"K8"_s);
    both("K9 a completed activity cannot be picked", supervisor, pick, u"81210"_s, NoStamp, 400,
         bad, u"K9"_s);
    both("K10 an activity locked by its assignee is 403-102", supervisor, pick, u"81204"_s, NoStamp,
         403, locked, u"K10"_s);
    both("K11 a pinned activity needs unpin=yes", supervisor, pick, u"81203"_s, NoStamp, 400, bad,
         u"K11"_s);
    both("K12 an agent without the Pick Activities action", u"t.nowak"_s, pick, u"81201"_s, NoStamp,
         403, denied, u"K12"_s);
    both("K13 no pull permission on the assignee", jansen, pick, u"81213"_s, NoStamp, 403, denied,
         u"K13"_s);
    both("K14 unpin=yes needs the Unpin action", jansen, u"pick?unpin=yes"_s, u"81214"_s, NoStamp,
         403, denied, u"K14"_s);
    both("K15 no pull permission on the queue", jansen, pick, u"81212"_s, NoStamp, 403, denied,
         u"K15"_s);
    both("K16 an activity outside the caller's departments", jansen, pick, u"81221"_s, NoStamp, 403,
         denied, u"K16"_s);
    only(v3, "K18 a client application cannot pick", app, pick, u"81201"_s, 403, denied, u"K18"_s);
    both("K19 a stale lastModified is 409", supervisor, pick, u"81201"_s, StaleStamp, 409, stale,
         u"K19"_s);
}

void TestSandboxTransfer::rules()
{
    QFETCH(QString, dialect);
    QFETCH(QString, actor);
    QFETCH(QString, operation);
    QFETCH(QString, ids);
    QFETCH(int, stamp);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, rule);

    const QStringList list = ids.split(u',');
    const QHash<QString, QJsonObject> before = read(dialect, list);
    const qsizetype known = std::count_if(list.cbegin(), list.cend(),
                                          [](const QString &id) { return id.toInt() < 89000; });
    QCOMPARE(before.size(), known);
    const HttpResult result = put(dialect, actor, operation,
                                  body.isNull() ? bodyFor(list, Stamp(stamp), before) : body);
    COMPARE_STATUS(result, status);
    QCOMPARE(result.code(), code);
    const QString message = result.object().value(u"developerMessage"_s).toString();
    QVERIFY(!message.isEmpty());
    if (!rule.isEmpty())
        QVERIFY2(message.startsWith(rule + u':'), qPrintable(message));
    if (dialect == v12)
        QCOMPARE(result.header("X-egain-session"), m_sessions.value(actor));

    // all or nothing: not one activity changed
    const QHash<QString, QJsonObject> after = read(dialect, list);
    QCOMPARE(after.size(), before.size());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(stateOf(after.value(it.key())), stateOf(it.value()));
}

// ---------------------------------------------------------------------------------------------
// What a successful request leaves behind, read back

void TestSandboxTransfer::effects_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("ids");
    QTest::addColumn<int>("stamp");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("user"); // empty: none
    QTest::addColumn<QString>("queue"); // empty: as before
    QTest::addColumn<QString>("department"); // empty: as before
    QTest::addColumn<QString>("modifiedBy");
    QTest::addColumn<QString>("followers"); // draft replies that travel with their email

    const QString assigned = u"assigned"_s;
    const QString inQueue = u"in_queue"_s;
    const auto add
        = [](const QString &dialect, const char *name, const QString &actor,
             const QString &operation, const QString &ids, Stamp stamp, const QString &status,
             const QString &user, const QString &queue, const QString &department,
             const QString &modifiedBy, const QString &followers) {
              QTest::addRow("%s: %s", qPrintable(dialect), name)
                  << dialect << actor << operation << ids << int(stamp) << status << user << queue
                  << department << modifiedBy << followers;
          };
    const auto both
        = [&](const char *name, const QString &actor, const QString &operation, const QString &ids,
              Stamp stamp, const QString &status, const QString &user, const QString &queue,
              const QString &department, const QString &modifiedBy, const QString &followers = {}) {
              for (const QString &dialect : {v3, v12})
                  add(dialect, name, actor, operation, ids, stamp, status, user, queue, department,
                      modifiedBy, followers);
          };

    // transfer to user: assigned to the target, queue and department kept
    both("T queued email is assigned to the target user", supervisor, u"transfer?user=1002"_s,
         u"81201"_s, NoStamp, assigned, u"1002"_s, QString(), QString(), u"1003"_s);
    both("T activities of several cases and owners at once", supervisor, u"transfer?user=1006"_s,
         u"81201,81212,81213,81216,81202"_s, CurrentStamp, assigned, u"1006"_s, QString(),
         QString(), u"1003"_s, u"81206"_s);
    both("T to a user working there as a foreign user", supervisor, u"transfer?user=1009"_s,
         u"81221,81222"_s, NoStamp, assigned, u"1009"_s, QString(), QString(), u"1003"_s);
    both("T8 a composed outbound email can be transferred", supervisor, u"transfer?user=1002"_s,
         u"81205"_s, NoStamp, assigned, u"1002"_s, QString(), QString(), u"1003"_s);
    add(v3, "T7 task and social activities can be transferred", supervisor, u"transfer?user=1002"_s,
        u"81207,81211"_s, NoStamp, assigned, u"1002"_s, QString(), QString(), u"1003"_s, QString());
    both("T11 unpin=yes transfers a pinned activity", supervisor, u"transfer?user=1006&unpin=yes"_s,
         u"81203"_s, NoStamp, assigned, u"1006"_s, QString(), QString(), u"1003"_s);
    both("T16 the caller's own activity needs no pick permission", lead, u"transfer?user=1002"_s,
         u"81216"_s, NoStamp, assigned, u"1002"_s, QString(), QString(), u"1009"_s);
    // a client application has no user id: the case owner is named as modifier
    add(v3, "T14-T16 do not apply to a client application", app, u"transfer?user=1002"_s,
        u"81212,81213"_s, NoStamp, assigned, u"1002"_s, QString(), QString(), u"1006"_s, QString());
    add(v12, "T18 ECE accepts lastModified as {\"date\": ...}", supervisor, u"transfer?user=1002"_s,
        u"81201"_s, DateStamp, assigned, u"1002"_s, QString(), QString(), u"1003"_s, QString());

    // transfer to queue: in queue without user
    both("Q queued email moves to another queue of its department", supervisor,
         u"transfer?queue=304"_s, u"81201"_s, CurrentStamp, inQueue, QString(), u"304"_s, QString(),
         u"1003"_s);
    both("Q12 an assigned activity goes back to its own queue, its draft reply along", supervisor,
         u"transfer?queue=301"_s, u"81202"_s, NoStamp, inQueue, QString(), u"301"_s, QString(),
         u"1003"_s, u"81206"_s);
    both("Q4 75 activities at once", supervisor, u"transfer?queue=304"_s, idRange(81101, 75),
         NoStamp, inQueue, QString(), u"304"_s, QString(), u"1003"_s);
    both("Q11 unpin=yes queues a pinned activity", supervisor, u"transfer?queue=304&unpin=yes"_s,
         u"81214"_s, NoStamp, inQueue, QString(), u"304"_s, QString(), u"1003"_s);
    both("Q to a queue of a foreign department", supervisor, u"transfer?queue=306"_s,
         u"81221,81222"_s, NoStamp, inQueue, QString(), u"306"_s, QString(), u"1003"_s);

    // transfer to department: the target's Transfer workflow queues it
    both("D to Sales: in the Sales queue without user", supervisor, u"transfer?department=2"_s,
         u"81201,81215"_s, CurrentStamp, inQueue, QString(), u"302"_s, u"2"_s, u"1003"_s);
    both("D14 Billing shares with Service", supervisor, u"transfer?department=1"_s,
         u"81231,81232"_s, CurrentStamp, inQueue, QString(), u"301"_s, u"1"_s, u"1003"_s);
    add(v3, "D7 a task changes department", supervisor, u"transfer?department=2"_s, u"81207"_s,
        CurrentStamp, inQueue, QString(), u"302"_s, u"2"_s, u"1003"_s, QString());
    both("D16 the caller's own activity needs no pick permission", lead, u"transfer?department=2"_s,
         u"81216"_s, CurrentStamp, inQueue, QString(), u"302"_s, u"2"_s, u"1009"_s);
    both("D draft reply travels with its email", supervisor, u"transfer?department=2"_s, u"81202"_s,
         CurrentStamp, inQueue, QString(), u"302"_s, u"2"_s, u"1003"_s, u"81206"_s);
    add(v12, "D17 ECE accepts lastModified as {\"date\": ...}", supervisor,
        u"transfer?department=2"_s, u"81201"_s, DateStamp, inQueue, QString(), u"302"_s, u"2"_s,
        u"1003"_s, QString());

    // pick: assigned to the caller
    both("K from a queue", supervisor, u"pick"_s, u"81201,81212"_s, CurrentStamp, assigned,
         u"1003"_s, QString(), QString(), u"1003"_s);
    both("K from other users, in a foreign department too", supervisor, u"pick"_s,
         u"81213,81222,81232"_s, NoStamp, assigned, u"1003"_s, QString(), QString(), u"1003"_s);
    both("K13 with pull permission on the assignee", jansen, u"pick"_s, u"81215"_s, NoStamp,
         assigned, u"1002"_s, QString(), QString(), u"1002"_s);
    both("K15 with pull permission on the queue", jansen, u"pick"_s, u"81201"_s, NoStamp, assigned,
         u"1002"_s, QString(), QString(), u"1002"_s);
    both("K14 unpin=yes with the Unpin action", supervisor, u"pick?unpin=yes"_s, u"81214,81203"_s,
         NoStamp, assigned, u"1003"_s, QString(), QString(), u"1003"_s);
    both("K8 the draft reply goes along with its email", supervisor, u"pick"_s, u"81202"_s, NoStamp,
         assigned, u"1003"_s, QString(), QString(), u"1003"_s, u"81206"_s);
    add(v3, "K6 task and social activities can be picked", supervisor, u"pick"_s,
        u"81207,81211,81223"_s, NoStamp, assigned, u"1003"_s, QString(), QString(), u"1003"_s,
        QString());
    add(v12, "K19 ECE accepts lastModified as {\"date\": ...}", supervisor, u"pick"_s, u"81201"_s,
        DateStamp, assigned, u"1003"_s, QString(), QString(), u"1003"_s, QString());
}

void TestSandboxTransfer::effects()
{
    QFETCH(QString, dialect);
    QFETCH(QString, actor);
    QFETCH(QString, operation);
    QFETCH(QString, ids);
    QFETCH(int, stamp);
    QFETCH(QString, status);
    QFETCH(QString, user);
    QFETCH(QString, queue);
    QFETCH(QString, department);
    QFETCH(QString, modifiedBy);
    QFETCH(QString, followers);

    const QStringList list = ids.split(u',');
    const QStringList travelling = followers.isEmpty() ? QStringList() : followers.split(u',');
    const QHash<QString, QJsonObject> before = read(dialect, list + travelling);
    QCOMPARE(before.size(), list.size() + travelling.size());

    const HttpResult result = put(dialect, actor, operation, bodyFor(list, Stamp(stamp), before));
    COMPARE_STATUS(result, 204);
    QVERIFY(result.body.isEmpty());
    if (dialect == v12)
        QCOMPARE(result.header("X-egain-session"), m_sessions.value(actor));

    const QHash<QString, QJsonObject> after = read(dialect, list + travelling);
    for (const QString &id : list + travelling) {
        const QStringList was = stateOf(before.value(id));
        const QStringList is = stateOf(after.value(id));
        QVERIFY2(!is.first().isEmpty(), qPrintable(id));
        QCOMPARE(is.at(Status), status);
        QCOMPARE(is.at(User), user);
        QCOMPARE(is.at(Queue), queue.isEmpty() ? was.at(Queue) : queue);
        QCOMPARE(is.at(Department), department.isEmpty() ? was.at(Department) : department);
        QVERIFY2(is.at(LastModified) > was.at(LastModified),
                 qPrintable(id + u": "_s + is.at(LastModified)));
        QCOMPARE(is.at(ModifiedBy), modifiedBy);
    }
}

// the pin is gone after unpin=yes: the next transfer needs no unpin (T11 / K11)
void TestSandboxTransfer::unpinClearsThePin_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("operation");
    QTest::newRow("v3: pick") << v3 << u"pick?unpin=yes"_s;
    QTest::newRow("v12: pick") << v12 << u"pick?unpin=yes"_s;
    QTest::newRow("v3: transfer to user") << v3 << u"transfer?user=1003&unpin=yes"_s;
    QTest::newRow("v12: transfer to user") << v12 << u"transfer?user=1003&unpin=yes"_s;
}

void TestSandboxTransfer::unpinClearsThePin()
{
    QFETCH(QString, dialect);
    QFETCH(QString, operation);

    const QByteArray body = R"({"activity":[{"id":"81203"}]})";
    COMPARE_STATUS(put(dialect, supervisor, u"transfer?user=1006"_s, body), 400);
    COMPARE_STATUS(put(dialect, supervisor, operation, body), 204);
    COMPARE_STATUS(put(dialect, supervisor, u"transfer?user=1006"_s, body), 204);
    const QJsonObject activity = read(dialect, {u"81203"_s}).value(u"81203"_s);
    QCOMPARE(JsonPath::text(activity, u"status.assigned.user.id"_s), u"1006"_s);
}

QTEST_GUILESS_MAIN(TestSandboxTransfer)
#include "tst_sandboxtransfer.moc"
