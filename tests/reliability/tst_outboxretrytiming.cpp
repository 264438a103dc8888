// When the outbox dispatcher looks again: a server's entries go strictly in order, so a replay
// that ends because the head of the queue waits for its next attempt must wait for that head,
// not wake up at once for an entry behind it that is due by its own time, again and again
// (a busy loop that burned a core of the desktop for up to the five minutes of the longest
// back-off, and of agentdeskctl while it logged out).

#include "sandboxclients.h"
#include "sandboxprocess.h"

#include "cache/cachedatabase.h"
#include "cache/outboxstore.h"
#include "sync/outboxdispatcher.h"
#include "sync/outboxpayload.h"

#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {

OutboxEntry calltrackEntry(const QString &subject, const QDateTime &nextAttemptAt)
{
    CalltrackDraft draft;
    draft.department = u"Service"_s;
    draft.subtype = u"general"_s;
    draft.mode = u"Inbound"_s;
    draft.subject = subject;
    draft.customerBy = CalltrackDraft::CustomerBy::CustomerId;
    draft.customerKey = u"5001"_s;
    OutboxEntry entry;
    entry.profile = u"timing"_s;
    entry.server = OutboxEntry::Server::Case;
    entry.kind = OutboxEntry::Kind::CreateCalltrack;
    entry.payload = OutboxPayload::encode(draft);
    entry.nextAttemptAt = nextAttemptAt;
    return entry;
}

// the CPU time this process used while the event loop ran for ms
double cpuSecondsWhileWaiting(int ms)
{
    const std::clock_t before = std::clock();
    QTest::qWait(ms);
    return double(std::clock() - before) / CLOCKS_PER_SEC;
}

} // namespace

class TestOutboxRetryTiming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWaitingHeadHoldsBackTheRetryOfEntriesBehindIt();
    void noRetryStartsAfterStopRetrying();
};

void TestOutboxRetryTiming::aWaitingHeadHoldsBackTheRetryOfEntriesBehindIt()
{
    const SandboxProcess sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    SandboxClients clients(sandbox);
    QTemporaryDir directory;
    CacheDatabase database(directory.filePath(u"timing.sqlite"_s));
    QVERIFY(!database.open());
    OutboxStore outbox(database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(outbox.enqueue(calltrackEntry(u"Waits for its back-off"_s, now.addSecs(60))).ok());
    QVERIFY(outbox.enqueue(calltrackEntry(u"Queued behind it"_s, now)).ok());

    OutboxDispatcher dispatcher(database, clients.caseClient(u"v12"_s), nullptr, nullptr);
    bool replayed = false;
    dispatcher.replay(OutboxEntry::Server::Case, [&replayed] { replayed = true; });
    QTRY_VERIFY(replayed);

    // nothing can be sent for a minute: the dispatcher idles
    const double cpuSeconds = cpuSecondsWhileWaiting(1500);
    QVERIFY2(cpuSeconds < 0.15, qPrintable(u"%1 s of CPU while idle"_s.arg(cpuSeconds)));
    QCOMPARE(outbox.count(OutboxEntry::State::Pending).value, 2);
}

void TestOutboxRetryTiming::noRetryStartsAfterStopRetrying()
{
    const SandboxProcess sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    SandboxClients clients(sandbox);
    QTemporaryDir directory;
    CacheDatabase database(directory.filePath(u"timing.sqlite"_s));
    QVERIFY(!database.open());
    OutboxStore outbox(database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(outbox.enqueue(calltrackEntry(u"Due in a moment"_s, now.addMSecs(800))).ok());

    OutboxDispatcher dispatcher(database, clients.caseClient(u"v12"_s), nullptr, nullptr);
    bool replayed = false;
    dispatcher.replay(OutboxEntry::Server::Case, [&replayed] { replayed = true; });
    QTRY_VERIFY(replayed);
    dispatcher.stopRetrying();
    QTest::qWait(2000);
    QCOMPARE(outbox.count(OutboxEntry::State::Pending).value, 1);
    QVERIFY(!dispatcher.isReplaying(OutboxEntry::Server::Case));
}

QTEST_GUILESS_MAIN(TestOutboxRetryTiming)
#include "tst_outboxretrytiming.moc"
