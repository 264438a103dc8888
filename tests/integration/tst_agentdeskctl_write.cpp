#include "apiauth.h"
#include "ctlrun.h"
#include "httpresult.h"
#include "jsonpath.h"
#include "sandboxprocess.h"

#include "cache/activitystore.h"
#include "cache/cachedatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

using Run = CtlRun;

namespace {

// sandbox/README.md: fixture secrets
const QString Password = u"sandbox"_s;
const QString JtelToken = u"sandbox-jtel-token"_s;
const QString ClientSecret = u"sandbox-client-secret"_s;
const QString JtelBase = u"/rest/v1.0/1234"_s;

// a subject no earlier run of the suite used, so a read-back finds this run's record only
QString unique(const QString &what)
{
    return what + u' ' + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

QString joined(const QList<qint64> &ids)
{
    QStringList texts;
    for (qint64 id : ids)
        texts.append(QString::number(id));
    return texts.join(u',');
}

// the first number after `prefix` in text; 0 when there is none
qint64 numberAfter(const QString &text, const QString &prefix)
{
    const QRegularExpression pattern(QRegularExpression::escape(prefix) + u"\\s*(\\d+)"_s);
    return pattern.match(text).captured(1).toLongLong();
}

} // namespace

// agentdeskctl's writes and its outbox as scripts drive them, against the real sandbox and a
// private gnome-keyring: exit codes and messages, what the server holds afterwards, and what
// the profile's outbox keeps across processes — online, refused, offline and signed out.
class TestAgentdeskctlWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void createCalltrackIsApplied_data();
    void createCalltrackIsApplied();
    void invalidInputIsRefusedAndQueuesNothing_data();
    void invalidInputIsRefusedAndQueuesNothing();
    void refusedWriteWaitsInTheOutbox_data();
    void refusedWriteWaitsInTheOutbox();

    void changeCaseOfTwoActivitiesToANewCase();
    void changeCaseOfMoreThan75ActivitiesMakesOneNewCase();
    void changeCaseToAnExistingCase();

    void createCallbackSaysCreatedOrUpdated_data();
    void createCallbackSaysCreatedOrUpdated();

    void transferAndPickAreApplied();
    void offlineWritesAreQueuedThenFlushed();
    void notSignedInIsQueuedWithExitCode5();
    void syncRefreshesTheCache();
    void outboxUsageErrors_data();
    void outboxUsageErrors();

private:
    Run ctl(const QStringList &arguments, const QByteArray &input = {});
    void setProfile(const QString &name, const QStringList &fields);
    void login(const QString &profile, const QString &server, const QString &secret);
    // every entry of the profile's outbox, applied ones too
    QJsonArray outbox(const QString &profile);
    QJsonObject outboxEntry(const QString &profile, const QString &id);
    int writesSinceMark() const;
    void markLog() { m_logMark = m_sandbox->requestLog().size(); }

    std::unique_ptr<SandboxProcess> m_sandbox;
    qsizetype m_logMark = 0;
};

// --- helpers ---------------------------------------------------------------------------------

namespace {

QString cacheDirectory()
{
    // OutboxSession::cacheFilePath(): AgentDesk's own cache, shared with agentdeskctl
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/AgentDesk/agentdesk/cache"_s;
}

// the activities as the server has them, read as an API client (which sees every department)
QJsonArray serverActivities(const SandboxProcess &sandbox, const QList<qint64> &ids)
{
    const QString token = ApiAuth::clientCredentialsToken(sandbox);
    QJsonArray activities;
    for (qsizetype first = 0; first < ids.size(); first += 75) {
        const HttpResult read
            = sendRequest("GET",
                          sandbox.url(u"/core/casemgr/v3/activity/"_s + joined(ids.mid(first, 75))
                                      + u"?$attribute=all"_s),
                          ApiAuth::bearerHeaders(token));
        if (read.status != 200)
            qWarning("reading activities failed: %s", qPrintable(read.describe()));
        for (const QJsonValue &activity : read.object().value(u"activity"_s).toArray())
            activities.append(activity);
    }
    return activities;
}

// the jtel events with this subject
QJsonArray serverEvents(const SandboxProcess &sandbox, const QString &subject)
{
    const HttpResult read = sendRequest(
        "GET", sandbox.url(JtelBase + u"/acd/events"_s),
        {{"Accept", "application/json"}, {"Authorization", "Bearer " + JtelToken.toUtf8()}});
    if (read.status != 200)
        qWarning("reading events failed: %s", qPrintable(read.describe()));
    QJsonArray matching;
    for (const QJsonValue &event : read.object().value(u"records"_s).toArray()) {
        if (event[u"Subject"].toString() == subject)
            matching.append(event);
    }
    return matching;
}

QStringList calltrack(const QString &profile, const QString &subject)
{
    return {u"create-calltrack"_s, u"--profile"_s, profile,
            u"--department"_s,     u"Service"_s,   u"--subtype"_s,
            u"general"_s,          u"--subject"_s, subject};
}

QStringList callback(const QString &profile, int group, const QString &sender,
                     const QString &subject)
{
    return {
        u"create-callback"_s, u"--profile"_s, profile,        u"--group"_s, QString::number(group),
        u"--sender"_s,        sender,         u"--subject"_s, subject};
}

} // namespace

Run TestAgentdeskctlWrite::ctl(const QStringList &arguments, const QByteArray &input)
{
    return CtlRun::start(QString::fromLocal8Bit(AGENTDESKCTL_BIN), arguments, input);
}

void TestAgentdeskctlWrite::setProfile(const QString &name, const QStringList &fields)
{
    const Run run = ctl(QStringList {u"profile"_s, u"set"_s, name} + fields);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

void TestAgentdeskctlWrite::login(const QString &profile, const QString &server,
                                  const QString &secret)
{
    const QString option
        = server == u"jtel" || profile == u"client" ? u"--secret-stdin"_s : u"--password-stdin"_s;
    const Run run = ctl({u"login"_s, u"--profile"_s, profile, u"--server"_s, server, option},
                        secret.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

QJsonArray TestAgentdeskctlWrite::outbox(const QString &profile)
{
    const Run run = ctl({u"outbox"_s, u"list"_s, u"--all"_s, u"--json"_s, u"--profile"_s, profile});
    if (run.exitCode != 0)
        qWarning("outbox list failed: %s", qPrintable(run.describe()));
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QJsonObject TestAgentdeskctlWrite::outboxEntry(const QString &profile, const QString &id)
{
    for (const QJsonValue &entry : outbox(profile)) {
        if (entry[u"id"].toString() == id)
            return entry.toObject();
    }
    return {};
}

int TestAgentdeskctlWrite::writesSinceMark() const
{
    const QList<QJsonObject> log = m_sandbox->requestLog();
    int writes = 0;
    for (qsizetype i = m_logMark; i < log.size(); ++i) {
        const QString method = log.at(i).value(u"method"_s).toString();
        const QString path = log.at(i).value(u"path"_s).toString();
        writes += method != u"GET" && !path.contains(u"/authentication/"_s)
            && !path.contains(u"/oauth2/"_s);
    }
    return writes;
}

// --- tests -----------------------------------------------------------------------------------

void TestAgentdeskctlWrite::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    // the test HOME, its keyring and the caches outlive a run: start from none of them
    const QString removed = CtlRun::removeEveryProfile(QString::fromLocal8Bit(AGENTDESKCTL_BIN));
    QVERIFY2(removed.isEmpty(), qPrintable(removed));
    QVERIFY(QDir(cacheDirectory()).removeRecursively());

    const QString base = m_sandbox->baseUrl().toString();
    setProfile(u"desk"_s,
               {u"caseDialect=v12"_s, u"caseBaseUrl="_s + base + u"/system"_s,
                u"userName=lena.fischer"_s, u"jtelBaseUrl="_s + base + JtelBase});
    login(u"desk"_s, u"case"_s, Password);
    login(u"desk"_s, u"jtel"_s, JtelToken);
    setProfile(u"client"_s,
               {u"caseDialect=v3"_s, u"caseBaseUrl="_s + base, u"oauthFlow=client"_s,
                u"clientId=agentdesk-integration"_s,
                u"tokenUrl="_s + base + u"/system/auth/SANDBOX-U/oauth2/token"_s,
                u"scope=app.core.casemgr.read app.core.casemgr.manage"_s});
    login(u"client"_s, u"case"_s, ClientSecret);
    // the supervisor: may transfer, pick and unpin (sandbox/README.md)
    setProfile(
        u"boss"_s,
        {u"caseDialect=v12"_s, u"caseBaseUrl="_s + base + u"/system"_s, u"userName=s.okafor"_s});
    login(u"boss"_s, u"case"_s, Password);
}

void TestAgentdeskctlWrite::createCalltrackIsApplied_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<qint64>("caseId"); // 0: a new case

    QTest::newRow("ECE v12: customer id, call notes")
        << u"desk"_s
        << QStringList {u"--customer"_s, u"5001"_s, u"--content"_s, u"Router restarts"_s} << 0LL;
    QTest::newRow("ECE v12: phone number, priority, due, outbound")
        << u"desk"_s << QStringList {u"--contact-point-data"_s,
                                     u"4930555010002"_s,
                                     u"--priority"_s,
                                     u"3"_s,
                                     u"--due"_s,
                                     u"2031-01-15T08:00:00Z"_s,
                                     u"--mode"_s,
                                     u"Outbound"_s}
        << 0LL;
    QTest::newRow("ECE v12: into an existing case, with an attribute")
        << u"desk"_s << QStringList {u"--customer"_s, u"5001"_s,        u"--case"_s,
                                     u"70004"_s,      u"--attribute"_s, u"contact_reason=billing"_s}
        << 70004LL;
    QTest::newRow("ECE v12: anonymous caller")
        << u"desk"_s
        << QStringList {u"--anonymous"_s, u"--contact-point-data"_s, u"4971188776655"_s} << 0LL;
    // eGain v3 §7.4: an API client application names the user who gets the activity
    QTest::newRow("eGain v3 client: target user")
        << u"client"_s
        << QStringList {u"--customer"_s, u"5002"_s, u"--target-user"_s, u"lena.fischer"_s} << 0LL;
}

void TestAgentdeskctlWrite::createCalltrackIsApplied()
{
    QFETCH(QString, profile);
    QFETCH(QStringList, arguments);
    QFETCH(qint64, caseId);
    const QString subject = unique(u"Logged call"_s);
    const Run run = ctl(calltrack(profile, subject) + arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const qint64 activityId = numberAfter(run.out, u"Calltrack activity"_s);
    QVERIFY2(activityId > 0, qPrintable(run.describe()));

    const QJsonArray onServer = serverActivities(*m_sandbox, {activityId});
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(JsonPath::text(onServer, u"0.subject"_s), subject);
    if (caseId)
        QCOMPARE(JsonPath::text(onServer, u"0.case.id"_s), QString::number(caseId));

    // the dispatcher read the new activity back into the profile's cache
    CacheDatabase cache(cacheDirectory() + u'/' + profile + u".sqlite"_s);
    QVERIFY(!cache.open());
    const auto cached = ActivityStore(cache).byIds({activityId});
    QVERIFY(cached.ok());
    QCOMPARE(cached.value.size(), 1);
    QCOMPARE(cached.value.constFirst().subject, subject);

    // and the outbox keeps the applied entry with the server's answer
    bool recorded = false;
    for (const QJsonValue &entry : outbox(profile)) {
        recorded |= entry[u"kind"].toString() == u"create-calltrack"
            && entry[u"state"].toString() == u"done"
            && JsonPath::text(entry, u"result.activityId"_s) == QString::number(activityId);
    }
    QVERIFY(recorded);
}

// transfer and pick: the rules the cache can check, the options, and what cannot move at all
static void addReassignRows()
{
    const QStringList transfer {u"transfer"_s, u"--profile"_s, u"boss"_s, u"--activities"_s};
    QTest::newRow("transfer needs a target")
        << (transfer + QStringList {u"81201"_s})
        << u"transfer needs --activities, and --user, --queue or --department"_s;
    QTest::newRow("transfer has one target")
        << (transfer + QStringList {u"81201"_s, u"--user"_s, u"1009"_s, u"--queue"_s, u"304"_s})
        << u"--queue"_s;
    QTest::newRow("T7 a calltrack is not transferred")
        << (transfer + QStringList {u"81208"_s, u"--user"_s, u"1009"_s}) << u"(T7)"_s;
    QTest::newRow("T12 already the user's")
        << (transfer + QStringList {u"81202"_s, u"--user"_s, u"m.jansen"_s}) << u"(T12)"_s;
    QTest::newRow("D12 already the department's")
        << (transfer + QStringList {u"81201"_s, u"--department"_s, u"1"_s}) << u"(D12)"_s;
    QTest::newRow("an unknown login")
        << (transfer + QStringList {u"81201"_s, u"--user"_s, u"nobody.here"_s})
        << u"User nobody.here is not known"_s;
    QTest::newRow("a calltrack queued offline")
        << (transfer + QStringList {u"@0b1e2c3d"_s, u"--user"_s, u"1009"_s})
        << u"calltracks cannot be transferred or picked"_s;
    QTest::newRow("pick needs activities")
        << QStringList {u"pick"_s, u"--profile"_s, u"boss"_s} << u"pick needs --activities"_s;
    QTest::newRow("K9 a completed activity")
        << QStringList {u"pick"_s, u"--profile"_s, u"boss"_s, u"--activities"_s, u"81210"_s}
        << u"(K9)"_s;
    QTest::newRow("pick takes no target")
        << QStringList {u"pick"_s,  u"--profile"_s, u"boss"_s, u"--activities"_s,
                        u"81201"_s, u"--user"_s,    u"1009"_s}
        << u"--user"_s;
}

void TestAgentdeskctlWrite::invalidInputIsRefusedAndQueuesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedErr");

    const QString subject = u"Invalid"_s;
    const QStringList call = calltrack(u"desk"_s, subject);
    const QStringList customer {u"--customer"_s, u"5001"_s};
    const auto calltrackRow = [&](const char *name, const QStringList &more, const QString &err) {
        QTest::newRow(name) << (call + more) << err;
    };
    QTest::newRow("C2 department required") << QStringList {u"create-calltrack"_s,
                                                            u"--profile"_s,
                                                            u"desk"_s,
                                                            u"--subtype"_s,
                                                            u"general"_s,
                                                            u"--subject"_s,
                                                            subject,
                                                            u"--customer"_s,
                                                            u"5001"_s}
                                            << u"department (C2)"_s;
    calltrackRow("C4 subtype of the tenant", customer + QStringList {u"--subtype"_s, u"nosuch"_s},
                 u"subtype (C4)"_s);
    calltrackRow("C5 mode", customer + QStringList {u"--mode"_s, u"inbound"_s}, u"mode (C5)"_s);
    calltrackRow("C8 phone digits only", {u"--contact-point-data"_s, u"+49 30 555"_s},
                 u"contactPointData (C8)"_s);
    calltrackRow("C11 priority", customer + QStringList {u"--priority"_s, u"9"_s},
                 u"priority (C11)"_s);
    calltrackRow("C12 due in the past",
                 customer + QStringList {u"--due"_s, u"2001-01-01T00:00:00Z"_s},
                 u"dueDate (C12)"_s);
    calltrackRow("two customers", customer + QStringList {u"--contact"_s, u"6001"_s},
                 u"Give only one of --customer, --contact"_s);
    calltrackRow("no customer", {}, u"--anonymous"_s);
    calltrackRow("anonymous with a customer", customer + QStringList {u"--anonymous"_s},
                 u"--anonymous"_s);
    calltrackRow("--customer not a number", {u"--customer"_s, u"x"_s},
                 u"--customer: 'x' is not a number"_s);
    calltrackRow("--case zero", customer + QStringList {u"--case"_s, u"0"_s}, u"--case"_s);
    calltrackRow("--due not a time", customer + QStringList {u"--due"_s, u"tomorrow"_s},
                 u"--due"_s);
    calltrackRow("--attribute without a name", customer + QStringList {u"--attribute"_s, u"=x"_s},
                 u"--attribute"_s);
    calltrackRow("an option of create-callback", customer + QStringList {u"--sender"_s, u"1"_s},
                 u"--sender is not an option of create-calltrack"_s);
    calltrackRow("an argument", customer + QStringList {u"extra"_s}, u"'extra'"_s);
    QTest::newRow("C6 subject or notes")
        << QStringList {u"create-calltrack"_s, u"--profile"_s,  u"desk"_s,
                        u"--department"_s,     u"Service"_s,    u"--subtype"_s,
                        u"general"_s,          u"--customer"_s, u"5001"_s}
        << u"subject (C6)"_s;

    const QStringList change {u"change-case"_s, u"--profile"_s, u"desk"_s};
    QTest::newRow("change-case without a target")
        << (change + QStringList {u"--activities"_s, u"81007"_s}) << u"--new-case"_s;
    QTest::newRow("change-case with two targets")
        << (change
            + QStringList {u"--activities"_s, u"81007"_s, u"--case"_s, u"70001"_s, u"--new-case"_s})
        << u"Give only one of --case, --new-case"_s;
    QTest::newRow("--activities not a number")
        << (change + QStringList {u"--activities"_s, u"81007,x"_s, u"--new-case"_s})
        << u"--activities: 'x' is not a number"_s;
    QTest::newRow("--activities @ without an entry")
        << (change + QStringList {u"--activities"_s, u"@"_s, u"--new-case"_s}) << u"--activities"_s;
    QTest::newRow("P1 @ names no queued calltrack")
        << (change + QStringList {u"--activities"_s, u"@no-such-entry"_s, u"--new-case"_s})
        << u"activityIds (P1)"_s;
    QTest::newRow("P2 activities of two cases")
        << (change + QStringList {u"--activities"_s, u"81007,81008"_s, u"--new-case"_s})
        << u"activityIds (P2)"_s;
    QTest::newRow("P3 a completed activity")
        << (change + QStringList {u"--activities"_s, u"81005"_s, u"--new-case"_s})
        << u"activityIds (P3)"_s;
    QTest::newRow("P5 already in the target case")
        << (change + QStringList {u"--activities"_s, u"81008"_s, u"--case"_s, u"70004"_s})
        << u"targetCaseId (P5)"_s;
    QTest::newRow("P7 an activity twice")
        << (change + QStringList {u"--activities"_s, u"81007,81007"_s, u"--new-case"_s})
        << u"activityIds (P7)"_s;
    QTest::newRow("P11 an existing case by its id alone")
        << (change
            + QStringList {u"--activities"_s, u"81007"_s, u"--case"_s, u"70001"_s, u"--subject"_s,
                           u"x"_s})
        << u"targetCaseId (P11)"_s;
    QTest::newRow("P11 severity") << (change
                                      + QStringList {u"--activities"_s, u"81007"_s, u"--new-case"_s,
                                                     u"--severity"_s, u"extreme"_s})
                                  << u"severity (P11)"_s;

    const QStringList back = callback(u"desk"_s, 513, u"4930555000100"_s, subject);
    QTest::newRow("J2 both group forms")
        << (back + QStringList {u"--config-group"_s, u"40"_s, u"--agent-group"_s, u"41"_s})
        << u"(J2)"_s;
    QTest::newRow("J2 half a pair")
        << QStringList {u"create-callback"_s, u"--profile"_s, u"desk"_s,
                        u"--config-group"_s,  u"40"_s,        u"--sender"_s,
                        u"4930555000100"_s,   u"--subject"_s, subject}
        << u"agentGroupId (J2)"_s;
    QTest::newRow("J5 sender not E.164")
        << callback(u"desk"_s, 513, u"030-555"_s, subject) << u"sender (J5)"_s;
    QTest::newRow("J7 subject required")
        << callback(u"desk"_s, 513, u"4930555000100"_s, {}) << u"subject (J7)"_s;
    QTest::newRow("J9 CRM URL") << (back + QStringList {u"--crm-url"_s, u"not a url"_s})
                                << u"crmUrl (J9)"_s;
    QTest::newRow("J10 priority range")
        << (back + QStringList {u"--priority"_s, u"300"_s}) << u"priority (J10)"_s;
    QTest::newRow("J11 date") << (back + QStringList {u"--date"_s, u"2031-13-45"_s})
                              << u"appointmentDate (J11)"_s;
    QTest::newRow("--priority not a number") << (back + QStringList {u"--priority"_s, u"high"_s})
                                             << u"--priority: 'high' is not a number"_s;
    QTest::newRow("--group not a number")
        << (callback(u"desk"_s, 0, u"4930555000100"_s, subject)) << u"--group: '0'"_s;
    QTest::newRow("a profile without jtel")
        << callback(u"client"_s, 513, u"4930555000100"_s, subject) << u"jtelBaseUrl"_s;
    addReassignRows();
}

void TestAgentdeskctlWrite::invalidInputIsRefusedAndQueuesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedErr);
    const QString profile = arguments.at(arguments.indexOf(u"--profile"_s) + 1);
    const qsizetype before = outbox(profile).size();
    markLog();
    const Run run = ctl(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(expectedErr), qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    QCOMPARE(writesSinceMark(), 0);
    QCOMPARE(outbox(profile).size(), before);
}

void TestAgentdeskctlWrite::refusedWriteWaitsInTheOutbox_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("code");
    // C10: only the server knows whether a case exists
    QTest::newRow("calltrack into an unknown case")
        << (calltrack(u"desk"_s, unique(u"Refused"_s))
            + QStringList {u"--customer"_s, u"5001"_s, u"--case"_s, u"79999"_s})
        << u"400-102"_s;
    // P8: another user's lock is known to the server only
    QTest::newRow("change-case of a locked activity")
        << QStringList {u"change-case"_s,  u"--profile"_s, u"desk"_s,
                        u"--activities"_s, u"81003"_s,     u"--new-case"_s}
        << u"403-102"_s;
    // J3: whether a group exists only the server knows
    QTest::newRow("callback to an unknown group")
        << callback(u"desk"_s, 599, u"4930555000200"_s, unique(u"Refused"_s)) << u"404"_s;
}

void TestAgentdeskctlWrite::refusedWriteWaitsInTheOutbox()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, code);
    const Run run = ctl(arguments + QStringList {u"--json"_s});
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(code), qPrintable(run.describe()));
    QCOMPARE(run.json().value(u"status"_s).toString(), u"needs-attention"_s);
    const QString id = run.json().value(u"entryIds"_s)[0].toString();
    QVERIFY2(!id.isEmpty(), qPrintable(run.describe()));
    QVERIFY(run.err.contains(id));

    // another process finds it waiting for a person, with the server's code
    const QJsonObject entry = outboxEntry(u"desk"_s, id);
    QCOMPARE(entry.value(u"state"_s).toString(), u"needs-attention"_s);
    QCOMPARE(entry.value(u"lastErrorCode"_s).toString(), code);
    const Run listed = ctl({u"outbox"_s, u"list"_s, u"--profile"_s, u"desk"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QVERIFY(listed.out.startsWith(u"id\tkind\tserver\tstate\tattempts\t"_s));
    QVERIFY2(listed.out.contains(id + u'\t'), qPrintable(listed.describe()));

    // sent again, refused again; a flush does not count it as sent
    const Run retried = ctl({u"outbox"_s, u"retry"_s, id, u"--profile"_s, u"desk"_s});
    QVERIFY2(retried.exitCode == 3, qPrintable(retried.describe()));
    QVERIFY(retried.out.contains(id));
    const Run flushed = ctl({u"outbox"_s, u"flush"_s, u"--profile"_s, u"desk"_s});
    QVERIFY2(flushed.exitCode == 3, qPrintable(flushed.describe()));
    QVERIFY(flushed.out.contains(id));

    const Run discarded = ctl({u"outbox"_s, u"discard"_s, id, u"--profile"_s, u"desk"_s});
    QVERIFY2(discarded.exitCode == 0, qPrintable(discarded.describe()));
    QVERIFY(outboxEntry(u"desk"_s, id).isEmpty());
    const Run again = ctl({u"outbox"_s, u"discard"_s, id, u"--profile"_s, u"desk"_s});
    QVERIFY2(again.exitCode == 2, qPrintable(again.describe()));
}

void TestAgentdeskctlWrite::changeCaseOfTwoActivitiesToANewCase()
{
    const Run run
        = ctl({u"change-case"_s, u"--profile"_s, u"desk"_s, u"--activities"_s, u"81001,81002"_s,
               u"--new-case"_s, u"--subject"_s, u"Split off"_s, u"--severity"_s, u"high"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const qint64 caseId = numberAfter(run.out, u"the new case"_s);
    QVERIFY2(caseId > 0 && caseId != 70001, qPrintable(run.describe()));
    const QJsonArray moved = serverActivities(*m_sandbox, {81001, 81002});
    QCOMPARE(moved.size(), 2);
    for (const QJsonValue &activity : moved)
        QCOMPARE(JsonPath::text(activity, u"case.id"_s), QString::number(caseId));
}

void TestAgentdeskctlWrite::changeCaseOfMoreThan75ActivitiesMakesOneNewCase()
{
    QList<qint64> ids;
    for (qint64 id = 81101; id <= 81180; ++id)
        ids.append(id);
    markLog();
    const Run run = ctl({u"change-case"_s, u"--profile"_s, u"desk"_s, u"--activities"_s,
                         joined(ids), u"--new-case"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // ECE v12 P7: at most 75 per request — the first creates the case, the second moves into it
    const QJsonObject outcome = run.json();
    QCOMPARE(outcome.value(u"status"_s).toString(), u"applied"_s);
    QCOMPARE(outcome.value(u"entryIds"_s).toArray().size(), 2);
    int requests = 0;
    for (const QJsonObject &entry : m_sandbox->requestLog().mid(m_logMark))
        requests += entry.value(u"path"_s).toString().endsWith(u"/changecase"_s);
    QCOMPARE(requests, 2);

    const QString caseId = JsonPath::text(outcome, u"result.caseId"_s);
    QVERIFY(!caseId.isEmpty() && caseId != u"70008");
    const QJsonArray moved = serverActivities(*m_sandbox, ids);
    QCOMPARE(moved.size(), ids.size());
    for (const QJsonValue &activity : moved)
        QCOMPARE(JsonPath::text(activity, u"case.id"_s), caseId);
}

void TestAgentdeskctlWrite::changeCaseToAnExistingCase()
{
    const Run run = ctl({u"change-case"_s, u"--profile"_s, u"desk"_s, u"--activities"_s, u"81008"_s,
                         u"--case"_s, u"70001"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"case 70001"_s), qPrintable(run.describe()));
    QCOMPARE(JsonPath::text(serverActivities(*m_sandbox, {81008}), u"0.case.id"_s), u"70001"_s);
}

void TestAgentdeskctlWrite::createCallbackSaysCreatedOrUpdated_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<qint64>("updatedEvent"); // 0: a new event
    QTest::newRow("group 513 creates") << 513 << u"+4930555000301"_s << 0LL;
    QTest::newRow("group 512, a new caller, creates") << 512 << u"4930555000302"_s << 0LL;
    // jtel §8.4 / J12: group 512 forbids duplicates; 88001 is that caller's open callback
    QTest::newRow("group 512, the caller of an open callback, updates it")
        << 512 << u"4922199900011"_s << 88001LL;
}

void TestAgentdeskctlWrite::createCallbackSaysCreatedOrUpdated()
{
    QFETCH(int, group);
    QFETCH(QString, sender);
    QFETCH(qint64, updatedEvent);
    const QString subject = unique(u"Call back"_s);
    const Run run = ctl(callback(u"desk"_s, group, sender, subject)
                        + QStringList {u"--body"_s, u"After 14:00"_s, u"--priority"_s, u"60"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray created = serverEvents(*m_sandbox, subject);
    if (updatedEvent) {
        QVERIFY2(run.out.contains(u"already existed and was updated"_s),
                 qPrintable(run.describe()));
        QCOMPARE(numberAfter(run.out, u"(event"_s), updatedEvent);
        QCOMPARE(created.size(), 0);
        return;
    }
    QVERIFY2(run.out.contains(u"created"_s), qPrintable(run.describe()));
    QCOMPARE(created.size(), 1);
    QCOMPARE(numberAfter(run.out, u"Callback event"_s), created[0][u"ID"].toInteger());
    // stored as jtel keeps E.164: without '+'
    QCOMPARE(created[0][u"Sender"].toString(), sender.mid(sender.startsWith(u'+') ? 1 : 0));
}

void TestAgentdeskctlWrite::transferAndPickAreApplied()
{
    // to a queue of the activity's department
    markLog();
    const Run toQueue = ctl({u"transfer"_s, u"--profile"_s, u"boss"_s, u"--activities"_s,
                             u"81221"_s, u"--queue"_s, u"306"_s});
    QVERIFY2(toQueue.exitCode == 0, qPrintable(toQueue.describe()));
    QVERIFY2(toQueue.out.contains(u"queue 306"_s), qPrintable(toQueue.describe()));
    QCOMPARE(JsonPath::text(serverActivities(*m_sandbox, {81221}), u"0.queue.id"_s), u"306"_s);
    QCOMPARE(writesSinceMark(), 1);

    // to a user named by login: found on the server by one of the user's activities
    const Run toUser = ctl({u"transfer"_s, u"--profile"_s, u"boss"_s, u"--activities"_s, u"81222"_s,
                            u"--user"_s, u"p.lindqvist"_s, u"--json"_s});
    QVERIFY2(toUser.exitCode == 0, qPrintable(toUser.describe()));
    QCOMPARE(toUser.json().value(u"status"_s).toString(), u"applied"_s);
    QCOMPARE(JsonPath::text(serverActivities(*m_sandbox, {81222}), u"0.status.assigned.user.id"_s),
             u"1009"_s);

    // pick: the supervisor takes it over
    const Run pick = ctl({u"pick"_s, u"--profile"_s, u"boss"_s, u"--activities"_s, u"81231"_s});
    QVERIFY2(pick.exitCode == 0, qPrintable(pick.describe()));
    QCOMPARE(JsonPath::text(serverActivities(*m_sandbox, {81231}), u"0.status.assigned.user.id"_s),
             u"1003"_s);

    // pinned by m.jansen: refused (T11) and kept; with --unpin it goes, and unpin=yes only then
    markLog();
    const Run pinned = ctl({u"transfer"_s, u"--profile"_s, u"boss"_s, u"--activities"_s, u"81203"_s,
                            u"--user"_s, u"1009"_s});
    QVERIFY2(pinned.exitCode == 3, qPrintable(pinned.describe()));
    QVERIFY2(pinned.err.contains(u"T11"_s), qPrintable(pinned.describe()));
    const Run unpinned = ctl({u"transfer"_s, u"--profile"_s, u"boss"_s, u"--activities"_s,
                              u"81203"_s, u"--user"_s, u"1009"_s, u"--unpin"_s});
    QVERIFY2(unpinned.exitCode == 0, qPrintable(unpinned.describe()));
    int withUnpin = 0;
    for (const QJsonObject &entry : m_sandbox->requestLog().mid(m_logMark)) {
        if (entry.value(u"method"_s).toString() == u"PUT")
            withUnpin += entry.value(u"query"_s).toString().contains(u"unpin=yes"_s);
    }
    QCOMPARE(withUnpin, 1);
    QCOMPARE(JsonPath::text(serverActivities(*m_sandbox, {81203}), u"0.status.assigned.user.id"_s),
             u"1009"_s);
}

void TestAgentdeskctlWrite::offlineWritesAreQueuedThenFlushed()
{
    auto server = std::make_unique<SandboxProcess>();
    QVERIFY2(server->isRunning(), qPrintable(server->errorString()));
    const quint16 port = server->port();
    setProfile(u"offline"_s,
               {u"caseDialect=v12"_s, u"caseBaseUrl="_s + server->url(u"/system"_s).toString(),
                u"userName=lena.fischer"_s, u"jtelBaseUrl="_s + server->url(JtelBase).toString()});
    login(u"offline"_s, u"case"_s, Password);
    login(u"offline"_s, u"jtel"_s, JtelToken);
    server.reset(); // nothing listens on the port now

    const QString callbackSubject = unique(u"Offline callback"_s);
    const Run queuedCallback
        = ctl(callback(u"offline"_s, 513, u"4930555000400"_s, callbackSubject));
    QVERIFY2(queuedCallback.exitCode == 4, qPrintable(queuedCallback.describe()));
    QVERIFY2(queuedCallback.err.contains(u"agentdeskctl outbox flush"_s),
             qPrintable(queuedCallback.describe()));
    const QString callbackEntry = queuedCallback.out.trimmed();
    QCOMPARE(outboxEntry(u"offline"_s, callbackEntry).value(u"state"_s).toString(), u"pending"_s);

    // a calltrack queued offline, and a move of it named by its outbox entry
    const QString calltrackSubject = unique(u"Offline call"_s);
    const Run queuedCall
        = ctl(calltrack(u"offline"_s, calltrackSubject) + QStringList {u"--customer"_s, u"5001"_s});
    QVERIFY2(queuedCall.exitCode == 4, qPrintable(queuedCall.describe()));
    const QString calltrackEntry = queuedCall.out.trimmed();
    QVERIFY(!calltrackEntry.isEmpty());
    const Run queuedMove
        = ctl({u"change-case"_s, u"--profile"_s, u"offline"_s, u"--activities"_s,
               u'@' + calltrackEntry, u"--new-case"_s, u"--subject"_s, u"Moved offline"_s});
    QVERIFY2(queuedMove.exitCode == 4, qPrintable(queuedMove.describe()));
    const QString moveEntry = queuedMove.out.trimmed();

    const Run noSync = ctl({u"sync"_s, u"--profile"_s, u"offline"_s});
    QVERIFY2(noSync.exitCode == 4, qPrintable(noSync.describe()));
    QVERIFY2(noSync.out.contains(u"\ncase\toffline\t"_s)
                 && noSync.out.contains(u"\njtel\toffline\t"_s),
             qPrintable(noSync.describe()));
    const Run stillDown = ctl({u"outbox"_s, u"flush"_s, u"--profile"_s, u"offline"_s});
    QVERIFY2(stillDown.exitCode == 4, qPrintable(stillDown.describe()));
    for (const QString &entry : {callbackEntry, calltrackEntry, moveEntry})
        QVERIFY2(stillDown.out.contains(entry), qPrintable(stillDown.describe()));

    // the server is back on the same port
    server = std::make_unique<SandboxProcess>(QStringList {u"--port"_s, QString::number(port)});
    QVERIFY2(server->isRunning(), qPrintable(server->errorString()));
    QCOMPARE(server->port(), port);
    const Run flushed = ctl({u"outbox"_s, u"flush"_s, u"--profile"_s, u"offline"_s});
    QVERIFY2(flushed.exitCode == 0, qPrintable(flushed.describe()));
    QVERIFY2(flushed.out.contains(u"Nothing is waiting"_s), qPrintable(flushed.describe()));

    QCOMPARE(serverEvents(*server, callbackSubject).size(), 1);
    const QJsonObject created = outboxEntry(u"offline"_s, calltrackEntry);
    const QJsonObject moved = outboxEntry(u"offline"_s, moveEntry);
    QCOMPARE(created.value(u"state"_s).toString(), u"done"_s);
    QCOMPARE(moved.value(u"state"_s).toString(), u"done"_s);
    const qint64 activityId = JsonPath::text(created, u"result.activityId"_s).toLongLong();
    const QJsonArray activity = serverActivities(*server, {activityId});
    QCOMPARE(JsonPath::text(activity, u"0.subject"_s), calltrackSubject);
    QCOMPARE(JsonPath::text(activity, u"0.case.id"_s), JsonPath::text(moved, u"result.caseId"_s));
    QVERIFY(JsonPath::at(moved, u"result.newCase"_s).toBool());

    // nothing is sent twice
    const Run idle = ctl({u"outbox"_s, u"flush"_s, u"--profile"_s, u"offline"_s});
    QVERIFY2(idle.exitCode == 0, qPrintable(idle.describe()));
    QCOMPARE(serverEvents(*server, callbackSubject).size(), 1);
}

void TestAgentdeskctlWrite::notSignedInIsQueuedWithExitCode5()
{
    setProfile(u"signedout"_s, {u"jtelBaseUrl="_s + m_sandbox->url(JtelBase).toString()});
    const QString subject = unique(u"Signed out"_s);
    const Run queued = ctl(callback(u"signedout"_s, 513, u"4930555000500"_s, subject));
    QVERIFY2(queued.exitCode == 5, qPrintable(queued.describe()));
    QVERIFY2(queued.err.contains(u"agentdeskctl login --profile signedout"_s),
             qPrintable(queued.describe()));
    const QJsonObject entry = outboxEntry(u"signedout"_s, queued.out.trimmed());
    QCOMPARE(entry.value(u"state"_s).toString(), u"pending"_s);
    QCOMPARE(entry.value(u"lastErrorCode"_s).toString(), u"authentication"_s);
    QCOMPARE(ctl({u"outbox"_s, u"flush"_s, u"--profile"_s, u"signedout"_s}).exitCode, 5);

    login(u"signedout"_s, u"jtel"_s, JtelToken);
    const Run flushed = ctl({u"outbox"_s, u"flush"_s, u"--profile"_s, u"signedout"_s});
    QVERIFY2(flushed.exitCode == 0, qPrintable(flushed.describe()));
    QCOMPARE(serverEvents(*m_sandbox, subject).size(), 1);
}

void TestAgentdeskctlWrite::syncRefreshesTheCache()
{
    // 81011 is lena.fischer's and no other test touches it
    const QString cachePath = cacheDirectory() + u"/desk.sqlite"_s;
    const Run run = ctl({u"sync"_s, u"--profile"_s, u"desk"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray servers = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(servers.size(), 2);
    for (const QJsonValue &server : servers)
        QCOMPARE(server[u"state"].toString(), u"online"_s);
    CacheDatabase cache(cachePath);
    QVERIFY(!cache.open());
    QCOMPARE(ActivityStore(cache).byIds({81011}).value.size(), 1);
}

void TestAgentdeskctlWrite::outboxUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedErr");
    QTest::newRow("unknown outbox command") << QStringList {u"frob"_s} << u"'frob'"_s;
    QTest::newRow("no outbox command") << QStringList {} << u"list, retry, discard or flush"_s;
    QTest::newRow("retry without an id") << QStringList {u"retry"_s} << u"outbox retry"_s;
    QTest::newRow("retry of an unknown entry")
        << QStringList {u"retry"_s, u"no-such-entry"_s} << u"no-such-entry"_s;
    QTest::newRow("discard of an unknown entry")
        << QStringList {u"discard"_s, u"no-such-entry"_s} << u"no-such-entry"_s;
    QTest::newRow("list with an argument") << QStringList {u"list"_s, u"x"_s} << u"outbox list"_s;
    QTest::newRow("--all is list's own")
        << QStringList {u"flush"_s, u"--all"_s} << u"--all is not an option of outbox flush"_s;
    QTest::newRow("an option of another command")
        << QStringList {u"list"_s, u"--ids"_s, u"1"_s} << u"--ids"_s;
}

void TestAgentdeskctlWrite::outboxUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedErr);
    markLog();
    const Run run = ctl(QStringList {u"outbox"_s, u"--profile"_s, u"desk"_s} + arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(expectedErr), qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(m_sandbox->requestLog().size(), m_logMark);
}

QTEST_GUILESS_MAIN(TestAgentdeskctlWrite)
#include "tst_agentdeskctl_write.moc"
