// Answers no server should send — cut off, of the wrong types, not UTF-8, hundreds of MiB, a
// trickle that never ends, an HTML page with status 200 (sandbox/README.md, "malformNext") —
// against the calls that matter: the jtel event list (read and synced into the cache), the
// case server's activity search, and the three writes. Each must end in bounded time and
// memory with a message that says which server and what was wrong; a write must stay in the
// outbox and be applied exactly once when the server answers properly again.
#include "ctlrun.h"
#include "httpresult.h"
#include "sandboxprocess.h"

#include "cache/acdeventstore.h"
#include "cache/cachedatabase.h"
#include "cache/outboxstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString JtelBase = u"/rest/v1.0/1234"_s;
const QString Profile = u"desk"_s;

// Short timeouts for agentdeskctl (ApiTransport reads them from the environment) and a fast
// trickle, so that a slow-loris answer ends through the total timeout within seconds: bytes
// arrive every 500 ms, more often than the inactivity timeout, so only the total one can end it.
constexpr int TrickleMs = 500;
constexpr int InactivityTimeoutMs = 2500;
constexpr int TotalTimeoutMs = 4000;

// ApiTransport's documented answer limits (apitransport.h, jtelclient.cpp)
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 JtelListLimit = 256 * MiB;
constexpr qint64 DefaultLimit = 64 * MiB;

QString unique(const QString &what)
{
    return what + u' ' + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

QString cachePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/AgentDesk/agentdesk/cache/"_s + Profile + u".sqlite"_s;
}

// A run of agentdeskctl with the peak of its resident memory (VmHWM), sampled while it runs.
struct MeasuredRun
{
    CtlRun run;
    qint64 peakKiB = 0;
};

// What agentdeskctl may hold beyond an answer's limit; AddressSanitizer keeps freed memory in
// quarantine (256 MiB by default) and pads every allocation.
#ifdef AGENTDESK_SANITIZED
constexpr qint64 MemorySlack = 600 * MiB;
#else
constexpr qint64 MemorySlack = 200 * MiB;
#endif

qint64 highWaterKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression hwm(u"VmHWM:\\s+(\\d+) kB"_s);
    return hwm.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

MeasuredRun runMeasured(const QStringList &arguments, QProcessEnvironment environment)
{
    MeasuredRun measured;
    QProcess process;
    CtlRun::withoutLeakChecks(environment);
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(QString::fromLocal8Bit(AGENTDESKCTL_BIN), arguments);
    if (!process.waitForStarted(10'000))
        return measured;
    process.closeWriteChannel();
    const qint64 pid = process.processId();
    while (!process.waitForFinished(20)) {
        measured.peakKiB = std::max(measured.peakKiB, highWaterKiB(pid));
        if (clock.elapsed() > 120'000) {
            process.kill();
            process.waitForFinished();
            return measured;
        }
    }
    measured.run.elapsedMs = clock.elapsed();
    if (process.exitStatus() == QProcess::NormalExit)
        measured.run.exitCode = process.exitCode();
    measured.run.out = QString::fromUtf8(process.readAllStandardOutput());
    measured.run.err = QString::fromUtf8(process.readAllStandardError());
    return measured;
}

// One line of the report table at the end.
struct Observation
{
    QString kind;
    QString call;
    int exitCode;
    qint64 elapsedMs;
    qint64 peakKiB;
    QString message;
    QString write;
};

} // namespace

class TestMalformedReplies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void unknownMalformationIsRefused();
    void readsEndWithAClearError_data();
    void readsEndWithAClearError();
    void writesStayQueuedAndAreAppliedOnce_data();
    void writesStayQueuedAndAreAppliedOnce();

private:
    CtlRun ctl(const QStringList &arguments, const QByteArray &input = {});
    QProcessEnvironment environment() const;
    // requests of the log (after logMark) whose "METHOD path" matches, with their faults
    QStringList faultsOf(qsizetype logMark, const QRegularExpression &request) const;
    qint64 cachedEventCount();

    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_host;
    QList<Observation> m_observations;
    int m_nextActivity = 81101; // case 70008: 80 open activities of lena.fischer's department
};

// --- helpers ---------------------------------------------------------------------------------

QProcessEnvironment TestMalformedReplies::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"AGENTDESK_INACTIVITY_TIMEOUT_MS"_s, QString::number(InactivityTimeoutMs));
    environment.insert(u"AGENTDESK_TOTAL_TIMEOUT_MS"_s, QString::number(TotalTimeoutMs));
    return environment;
}

CtlRun TestMalformedReplies::ctl(const QStringList &arguments, const QByteArray &input)
{
    return CtlRun::start(QString::fromLocal8Bit(AGENTDESKCTL_BIN), arguments, input, environment());
}

QStringList TestMalformedReplies::faultsOf(qsizetype logMark,
                                           const QRegularExpression &request) const
{
    QStringList faults;
    const QList<QJsonObject> log = m_sandbox->requestLog();
    for (qsizetype i = logMark; i < log.size(); ++i) {
        const QJsonObject &entry = log.at(i);
        if (request
                .match(entry.value(u"method"_s).toString() + u' '
                       + entry.value(u"path"_s).toString())
                .hasMatch())
            faults.append(entry.value(u"fault"_s).toString());
    }
    return faults;
}

qint64 TestMalformedReplies::cachedEventCount()
{
    CacheDatabase cache(cachePath());
    if (cache.open())
        return -1;
    return AcdEventStore(cache).count().value;
}

// --- set-up ----------------------------------------------------------------------------------

void TestMalformedReplies::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    m_host = u"127.0.0.1:%1"_s.arg(m_sandbox->port());
    const QString removed = CtlRun::removeEveryProfile(QString::fromLocal8Bit(AGENTDESKCTL_BIN));
    QVERIFY2(removed.isEmpty(), qPrintable(removed));
    QFile::remove(cachePath());

    const QString base = m_sandbox->baseUrl().toString();
    const CtlRun set = ctl({u"profile"_s, u"set"_s, Profile, u"caseDialect=v12"_s,
                            u"caseBaseUrl="_s + base + u"/system"_s, u"userName=lena.fischer"_s,
                            u"jtelBaseUrl="_s + base + JtelBase});
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    const CtlRun caseLogin = ctl(
        {u"login"_s, u"--profile"_s, Profile, u"--server"_s, u"case"_s, u"--password-stdin"_s},
        "sandbox\n");
    QVERIFY2(caseLogin.exitCode == 0, qPrintable(caseLogin.describe()));
    const CtlRun jtelLogin
        = ctl({u"login"_s, u"--profile"_s, Profile, u"--server"_s, u"jtel"_s, u"--secret-stdin"_s},
              "sandbox-jtel-token\n");
    QVERIFY2(jtelLogin.exitCode == 0, qPrintable(jtelLogin.describe()));
    // a cache holding the queue: a malformed list must leave it as it is
    const CtlRun sync = ctl({u"sync"_s, u"--profile"_s, Profile});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
    QVERIFY(cachedEventCount() > 0);
}

void TestMalformedReplies::init()
{
    QVERIFY(m_sandbox->setFaults({{u"malformNext"_s, QString()},
                                  {u"nextFaultFilter"_s, QString()},
                                  {u"slowlorisIntervalMs"_s, TrickleMs}}));
}

void TestMalformedReplies::cleanupTestCase()
{
    // the table of what was observed, for people reading the log
    qInfo("%-16s %-22s %4s %8s %9s  %s", "kind", "call", "exit", "ms", "peak MiB",
          "message / write");
    for (const Observation &o : std::as_const(m_observations)) {
        qInfo("%-16s %-22s %4d %8lld %9.1f  %s%s", qPrintable(o.kind), qPrintable(o.call),
              o.exitCode, o.elapsedMs, double(o.peakKiB) / 1024,
              qPrintable(o.message.simplified().left(200)),
              qPrintable(o.write.isEmpty() ? QString() : u" | "_s + o.write));
    }
}

// --- tests -----------------------------------------------------------------------------------

void TestMalformedReplies::unknownMalformationIsRefused()
{
    const HttpResult result
        = sendRequest("POST", m_sandbox->url(u"/_sandbox/faults"_s),
                      {{"Content-Type", "application/json"}}, R"({"malformNext":"sideways"})");
    COMPARE_STATUS(result, 400);
    QVERIFY2(result.body.contains("truncated"), qPrintable(result.describe()));
}

void TestMalformedReplies::readsEndWithAClearError_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("request"); // nextFaultFilter
    QTest::addColumn<QString>("expected"); // in stderr, with the server's host
    QTest::addColumn<qint64>("limit");

    struct Call
    {
        const char *name;
        QStringList arguments;
        QString request;
        qint64 limit;
        QString wrongTypes;
    };
    const QList<Call> calls {
        {"jtel events",
         {u"events"_s, u"--profile"_s, Profile},
         u"^GET .*/acd/events$"_s,
         JtelListLimit,
         u"could be read (record 0: not a JSON object)"_s},
        {"jtel sync",
         {u"sync"_s, u"--profile"_s, Profile},
         u"^GET .*/acd/events$"_s,
         JtelListLimit,
         u"could be read (record 0: not a JSON object)"_s},
        {"case search",
         {u"activities"_s, u"--profile"_s, Profile, u"--case"_s, u"70001"_s},
         u"^GET .*/interaction/activity$"_s,
         DefaultLimit,
         u"could be read (record 0: not a JSON object)"_s},
    };
    for (const Call &call : calls) {
        const QString limitText = u"larger than %1 MiB"_s.arg(call.limit / MiB);
        const QList<std::pair<QString, QString>> kinds {
            {u"truncated"_s, u"not valid JSON"_s},
            {u"wrongTypes"_s, call.wrongTypes},
            {u"invalidUtf8"_s, u"UTF"_s},
            {u"huge"_s, limitText},
            {u"hugeUnannounced"_s, limitText},
            {u"htmlError"_s,
             u"an HTML page came instead of JSON (HTTP 200, \"502 Bad Gateway\")"_s},
            // a read is sent again after a timeout: the second answer is a proper one
            {u"slowloris"_s, QString()},
        };
        for (const auto &[kind, expected] : kinds) {
            QTest::addRow("%s, %s", qPrintable(kind), call.name)
                << kind << call.arguments << call.request << expected << call.limit;
        }
    }
}

void TestMalformedReplies::readsEndWithAClearError()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, arguments);
    QFETCH(QString, request);
    QFETCH(QString, expected);
    QFETCH(qint64, limit);
    const qint64 eventsBefore = cachedEventCount();
    const qsizetype logMark = m_sandbox->requestLog().size();
    QVERIFY(m_sandbox->setFaults({{u"malformNext"_s, kind}, {u"nextFaultFilter"_s, request}}));

    const MeasuredRun measured = runMeasured(arguments, environment());
    const CtlRun &run = measured.run;
    m_observations.append({kind,
                           arguments.constFirst() + u' ' + arguments.value(3),
                           run.exitCode,
                           run.elapsedMs,
                           measured.peakKiB,
                           run.err.isEmpty() ? u"(no error)"_s : run.err,
                           {}});
    QVERIFY2(run.exitCode >= 0, "agentdeskctl crashed or hung");
    QCOMPARE(faultsOf(logMark, QRegularExpression(request)).value(0), kind);

    // never more memory than the limit allows, however much the server sends
    QVERIFY2(measured.peakKiB * 1024 < limit + MemorySlack,
             qPrintable(u"peak %1 MiB"_s.arg(measured.peakKiB / 1024)));
    if (kind == u"slowloris") {
        // ended by the total timeout, not by the inactivity timeout the trickle keeps resetting
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.elapsedMs >= TotalTimeoutMs && run.elapsedMs < TotalTimeoutMs + 15'000,
                 qPrintable(run.describe()));
        QCOMPARE(faultsOf(logMark, QRegularExpression(request)), (QStringList {kind, u"none"_s}));
        return;
    }
    QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
    QVERIFY2(run.elapsedMs < 30'000, qPrintable(run.describe()));
    // which server, and what was wrong with its answer
    QVERIFY2(run.err.contains(u"The answer of "_s + m_host + u" could not be read"_s),
             qPrintable(run.describe()));
    QVERIFY2(run.err.contains(expected), qPrintable(run.describe()));
    if (arguments.constFirst() == u"sync") {
        QVERIFY2(run.out.contains(u"\njtel\toffline\t"_s), qPrintable(run.describe()));
        // the cached queue is untouched by a list that could not be read
        QCOMPARE(cachedEventCount(), eventsBefore);
    }
    // refused at once, not retried
    QCOMPARE(faultsOf(logMark, QRegularExpression(request)).size(), 1);
}

void TestMalformedReplies::writesStayQueuedAndAreAppliedOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("operation");
    const QStringList kinds {u"truncated"_s,       u"wrongTypes"_s, u"invalidUtf8"_s, u"huge"_s,
                             u"hugeUnannounced"_s, u"slowloris"_s,  u"htmlError"_s};
    for (const QString &operation :
         {u"create-calltrack"_s, u"change-case"_s, u"create-callback"_s}) {
        for (const QString &kind : kinds)
            QTest::addRow("%s, %s", qPrintable(kind), qPrintable(operation)) << kind << operation;
    }
}

void TestMalformedReplies::writesStayQueuedAndAreAppliedOnce()
{
    QFETCH(QString, kind);
    QFETCH(QString, operation);
    const QString subject = unique(u"Malformed "_s + kind);
    QStringList arguments {operation, u"--profile"_s, Profile, u"--json"_s};
    QString request;
    if (operation == u"create-calltrack") {
        arguments << u"--department"_s << u"Service"_s << u"--subtype"_s << u"general"_s
                  << u"--customer"_s << u"5001"_s << u"--subject"_s << subject;
        request = u"^POST .*/interaction/activity$"_s;
    } else if (operation == u"change-case") {
        arguments << u"--activities"_s << QString::number(m_nextActivity++) << u"--new-case"_s
                  << u"--subject"_s << subject;
        request = u"^PUT .*/changecase$"_s;
    } else {
        arguments << u"--group"_s << u"513"_s << u"--sender"_s << u"4930555000700"_s
                  << u"--subject"_s << subject;
        request = u"^POST .*/acd/events/create$"_s;
    }
    const QRegularExpression sent(request);
    const qsizetype logMark = m_sandbox->requestLog().size();
    QVERIFY(m_sandbox->setFaults({{u"malformNext"_s, kind}, {u"nextFaultFilter"_s, request}}));

    const MeasuredRun measured = runMeasured(arguments, environment());
    const CtlRun &run = measured.run;
    QVERIFY2(run.exitCode >= 0, "agentdeskctl crashed or hung");
    QCOMPARE(faultsOf(logMark, sent), QStringList {kind});
    // queued with an unknown outcome: exit code 4, the entry id, and why
    QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
    QVERIFY2(run.elapsedMs < TotalTimeoutMs + 20'000, qPrintable(run.describe()));
    QVERIFY2(measured.peakKiB * 1024 < DefaultLimit + MemorySlack,
             qPrintable(u"peak %1 MiB"_s.arg(measured.peakKiB / 1024)));
    QCOMPARE(run.json().value(u"status"_s).toString(), u"queued"_s);
    const QString id = run.json().value(u"entryIds"_s)[0].toString();
    QVERIFY2(!id.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(m_host), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(id), qPrintable(run.describe()));
    {
        CacheDatabase cache(cachePath());
        QVERIFY(!cache.open());
        const auto entry = OutboxStore(cache).entry(id);
        QVERIFY(entry.ok() && entry.value);
        QCOMPARE(entry.value->state, OutboxEntry::State::Pending);
        QVERIFY(entry.value->outcomeUnknown);
    }

    // the server answers properly again: the entry is applied, exactly once
    const CtlRun flushed = ctl({u"outbox"_s, u"flush"_s, u"--profile"_s, Profile});
    QVERIFY2(flushed.exitCode == 0, qPrintable(flushed.describe()));
    QByteArray result;
    {
        CacheDatabase cache(cachePath());
        QVERIFY(!cache.open());
        const auto entry = OutboxStore(cache).entry(id);
        QVERIFY(entry.ok() && entry.value);
        QCOMPARE(entry.value->state, OutboxEntry::State::Done);
        result = entry.value->result;
    }
    // the server's answer is recorded: the new activity, case or event
    QVERIFY2(!result.isEmpty(), qPrintable(flushed.describe()));
    // every request the sandbox handled applied it; the HTML page came from "a proxy" instead
    const QStringList faults = faultsOf(logMark, sent);
    const QStringList expectedFaults
        = kind == u"htmlError" ? QStringList {kind, u"none"_s} : QStringList {kind};
    QCOMPARE(faults, expectedFaults);
    if (operation == u"create-callback") {
        const HttpResult events = sendRequest("GET", m_sandbox->url(JtelBase + u"/acd/events"_s),
                                              {{"Authorization", "Bearer sandbox-jtel-token"}});
        int withSubject = 0;
        for (const QJsonValue &event : events.object().value(u"records"_s).toArray())
            withSubject += event[u"Subject"].toString() == subject;
        QCOMPARE(withSubject, 1);
    }
    m_observations.append(
        {kind, operation, run.exitCode, run.elapsedMs, measured.peakKiB, run.err,
         u"flush: exit %1, entry done, %2 request(s) applied"_s.arg(flushed.exitCode)
             .arg(faults.size() - (kind == u"htmlError"))});
}

QTEST_GUILESS_MAIN(TestMalformedReplies)
#include "tst_malformedreplies.moc"
