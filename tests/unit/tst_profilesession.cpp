// ProfileSession::open(): entries a crash left in flight are put back (outcome unknown) by the
// first process that opens the profile's cache, never by a second one that runs beside it and
// whose answer may still be on its way. A process that was killed, at whatever moment, never
// keeps the next one from recovering.

#include "auth/serverconnections.h"
#include "cache/cachedatabase.h"
#include "cache/outboxstore.h"
#include "session/profilesession.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

class TestProfileSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheFirstProcessRecoversEntriesInFlight();
    void aKilledProcessNeverBlocksRecovery();

private:
    static QString queueInFlight(ProfileSession &session);
};

QString TestProfileSession::queueInFlight(ProfileSession &session)
{
    OutboxEntry entry;
    entry.kind = OutboxEntry::Kind::CreateCallback;
    entry.server = OutboxEntry::Server::Jtel;
    entry.profile = u"training"_s;
    entry.payload = "{}";
    OutboxStore outbox(session.database());
    const QString id = outbox.enqueue(entry).value.id;
    return outbox.markInFlight(id) ? QString() : id;
}

void TestProfileSession::onlyTheFirstProcessRecoversEntriesInFlight()
{
    QTemporaryDir directory;
    const QString file = directory.filePath(u"training.sqlite"_s);
    Profile profile;
    profile.name = u"training"_s; // no servers: nothing is sent
    QNetworkAccessManager network;
    ServerConnections connections(profile, nullptr, &network);

    QString id;
    {
        ProfileSession first(&connections, file);
        QCOMPARE(first.open(), std::nullopt);
        id = queueInFlight(first);
        QVERIFY(!id.isEmpty());

        // a second process opens the profile while the first waits for the answer
        ProfileSession second(&connections, file);
        QCOMPARE(second.open(), std::nullopt);
        const auto untouched = OutboxStore(second.database()).entry(id);
        QCOMPARE(untouched.value->state, OutboxEntry::State::InFlight);
        QVERIFY(!untouched.value->outcomeUnknown);
    }

    // both ended without an answer: the next start recovers the entry
    ProfileSession next(&connections, file);
    QCOMPARE(next.open(), std::nullopt);
    const auto recovered = OutboxStore(next.database()).entry(id);
    QCOMPARE(recovered.value->state, OutboxEntry::State::Pending);
    QVERIFY(recovered.value->outcomeUnknown);
}

void TestProfileSession::aKilledProcessNeverBlocksRecovery()
{
    QTemporaryDir directory;
    const QString file = directory.filePath(u"training.sqlite"_s);
    Profile profile;
    profile.name = u"training"_s;
    QNetworkAccessManager network;
    ServerConnections connections(profile, nullptr, &network);
    QString id;
    {
        ProfileSession crashed(&connections, file);
        QCOMPARE(crashed.open(), std::nullopt);
        id = queueInFlight(crashed);
        QVERIFY(!id.isEmpty());
    }

    // what a process killed inside QLockFile::tryLock() leaves: the file, without a PID in it
    QFile empty(file + u".lock"_s);
    QVERIFY(empty.open(QIODevice::WriteOnly | QIODevice::Truncate));
    empty.close();

    // another process holds the lock: it may still be sending, so its entry is left alone
    int ready[2];
    QCOMPARE(::pipe(ready), 0);
    const QByteArray lockPath = QFile::encodeName(file + u".lock"_s);
    const pid_t holder = ::fork();
    QVERIFY(holder >= 0);
    if (holder == 0) {
        // only async-signal-safe calls between fork() and _exit()
        const int fd = ::open(lockPath.constData(), O_RDWR);
        const char locked = fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0 ? '1' : '0';
        (void)!::write(ready[1], &locked, 1);
        ::pause();
        ::_exit(0);
    }
    ::close(ready[1]);
    char locked = 0;
    QCOMPARE(::read(ready[0], &locked, 1), ssize_t(1));
    ::close(ready[0]);
    QCOMPARE(locked, '1');
    {
        ProfileSession beside(&connections, file);
        QCOMPARE(beside.open(), std::nullopt);
        QCOMPARE(OutboxStore(beside.database()).entry(id).value->state,
                 OutboxEntry::State::InFlight);
    }

    // the holder is killed: the next process recovers at once, with no stale time to wait out
    QCOMPARE(::kill(holder, SIGKILL), 0);
    int status = 0;
    QCOMPARE(::waitpid(holder, &status, 0), holder);
    ProfileSession next(&connections, file);
    QCOMPARE(next.open(), std::nullopt);
    const auto recovered = OutboxStore(next.database()).entry(id);
    QCOMPARE(recovered.value->state, OutboxEntry::State::Pending);
    QVERIFY(recovered.value->outcomeUnknown);
}

QTEST_GUILESS_MAIN(TestProfileSession)
#include "tst_profilesession.moc"
