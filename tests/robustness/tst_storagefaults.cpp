// The profile's cache when it cannot be written: a read-only file or folder, and a full disk.
// Every write must end with a clear message that names the file and the problem and a non-zero
// exit code, send nothing it could not record, and leave every entry the outbox held intact;
// once the cache can be written again the write succeeds, exactly once.
//
// How the faults are made while the tests run as root, whom permissions do not stop:
// - read-only: the immutable attribute (chattr +i) on the cache file or its folder, which
//   refuses writes to root as well; a non-root run uses chmod instead.
// - disk full: RLIMIT_FSIZE in agentdeskctl only, with SIGXFSZ ignored, so that every write
//   past the limit fails with EFBIG as writes to a full disk fail with ENOSPC. A connection
//   the test holds open keeps SQLite's shared-memory file in place, so the cache opens and the
//   first write that needs new space fails; without it even opening fails ("full at start").
#include "ctlrun.h"
#include "httpresult.h"
#include "sandboxprocess.h"

#include "auth/credentialstore.h"
#include "auth/serverconnections.h"
#include "cache/cachedatabase.h"
#include "cache/outboxstore.h"
#include "session/profilesession.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString JtelBase = u"/rest/v1.0/1234"_s;
const QString ProfileName = u"store"_s;

QString unique(const QString &what)
{
    return what + u' ' + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

QString cachePath()
{
    return CacheDatabase::defaultFilePath(ProfileName);
}

// chattr +i / -i; false when the file system or the capabilities do not allow it
bool setImmutable(const QString &path, bool immutable)
{
    QProcess chattr;
    chattr.start(u"chattr"_s, {immutable ? u"+i"_s : u"-i"_s, path});
    return chattr.waitForFinished(10'000) && chattr.exitStatus() == QProcess::NormalExit
        && chattr.exitCode() == 0;
}

// Makes path (file or folder) unwritable for this process and its children.
bool makeReadOnly(const QString &path, bool readOnly)
{
    if (geteuid() == 0)
        return setImmutable(path, readOnly);
    const QFileDevice::Permissions writable = QFileDevice::WriteOwner | QFileDevice::WriteUser;
    const QFileDevice::Permissions now = QFile::permissions(path);
    return QFile::setPermissions(path, readOnly ? now & ~writable : now | writable);
}

// One outbox entry as far as "intact" goes.
QString describe(const OutboxEntry &entry)
{
    return u"%1 %2 %3 %4 %5 %6"_s.arg(entry.id, OutboxEntry::stateName(entry.state))
        .arg(entry.attempts)
        .arg(entry.lastErrorCode, QString::fromUtf8(entry.payload),
             QString::fromUtf8(entry.result));
}

QStringList outboxSnapshot()
{
    CacheDatabase cache(cachePath());
    if (const auto error = cache.open())
        return {u"cannot open: "_s + error->message};
    const auto entries = OutboxStore(cache).list();
    if (!entries.ok())
        return {u"cannot list: "_s + entries.error->message};
    QStringList lines;
    for (const OutboxEntry &entry : entries.value)
        lines.append(describe(entry));
    QSqlQuery check(cache.connection());
    if (!check.exec(u"PRAGMA integrity_check"_s) || !check.next()
        || check.value(0).toString() != u"ok")
        lines.append(u"integrity check failed"_s);
    return lines;
}

} // namespace

class TestStorageFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void readOnlyCacheRefusesWrites_data();
    void readOnlyCacheRefusesWrites();
    void profileSessionNamesTheReadOnlyCache();
    void diskFullAtStart();
    void diskFullDuringAWrite();
    void everyPointOfAFullDiskKeepsTheOutbox();

private:
    CtlRun ctl(const QStringList &arguments, const QByteArray &input = {},
               qint64 fileSizeLimit = -1);
    QStringList callback(const QString &subject) const;
    int eventsWithSubject(const QString &subject) const;
    int writesSince(qsizetype logMark) const;
    // a connection that keeps SQLite's -shm file in place while agentdeskctl runs
    void holdCacheOpen();
    void releaseCache();

    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_heldConnection;
    QStringList m_readOnly; // paths to make writable again in cleanup()
};

// --- helpers ---------------------------------------------------------------------------------

CtlRun TestStorageFaults::ctl(const QStringList &arguments, const QByteArray &input,
                              qint64 fileSizeLimit)
{
    std::function<void()> limitFileSize;
    if (fileSizeLimit >= 0) {
        limitFileSize = [fileSizeLimit] {
            // a write past the limit then fails with EFBIG instead of killing the process
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit {rlim_t(fileSizeLimit), rlim_t(fileSizeLimit)};
            setrlimit(RLIMIT_FSIZE, &limit);
        };
    }
    return CtlRun::start(QString::fromLocal8Bit(AGENTDESKCTL_BIN), arguments, input,
                         QProcessEnvironment::systemEnvironment(), limitFileSize);
}

QStringList TestStorageFaults::callback(const QString &subject) const
{
    return {u"create-callback"_s, u"--profile"_s,     ProfileName,    u"--group"_s, u"513"_s,
            u"--sender"_s,        u"4930555000800"_s, u"--subject"_s, subject};
}

int TestStorageFaults::eventsWithSubject(const QString &subject) const
{
    const HttpResult events = sendRequest("GET", m_sandbox->url(JtelBase + u"/acd/events"_s),
                                          {{"Authorization", "Bearer sandbox-jtel-token"}});
    int count = 0;
    for (const QJsonValue &event : events.object().value(u"records"_s).toArray())
        count += event[u"Subject"].toString() == subject;
    return count;
}

int TestStorageFaults::writesSince(qsizetype logMark) const
{
    int writes = 0;
    const QList<QJsonObject> log = m_sandbox->requestLog();
    for (qsizetype i = logMark; i < log.size(); ++i) {
        const QString path = log.at(i).value(u"path"_s).toString();
        writes += log.at(i).value(u"method"_s).toString() != u"GET"
            && !path.contains(u"/authentication/"_s);
    }
    return writes;
}

void TestStorageFaults::holdCacheOpen()
{
    m_heldConnection = u"held-"_s + QUuid::createUuid().toString();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_heldConnection);
    db.setDatabaseName(cachePath());
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT count(*) FROM outbox"_s) && query.next());
}

void TestStorageFaults::releaseCache()
{
    if (m_heldConnection.isEmpty())
        return;
    QSqlDatabase::database(m_heldConnection, false).close();
    QSqlDatabase::removeDatabase(m_heldConnection);
    m_heldConnection.clear();
}

// --- set-up ----------------------------------------------------------------------------------

void TestStorageFaults::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    const QString removed = CtlRun::removeEveryProfile(QString::fromLocal8Bit(AGENTDESKCTL_BIN));
    QVERIFY2(removed.isEmpty(), qPrintable(removed));
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s})
        QFile::remove(cachePath() + suffix);

    const QString base = m_sandbox->baseUrl().toString();
    const CtlRun set = ctl({u"profile"_s, u"set"_s, ProfileName, u"caseDialect=v12"_s,
                            u"caseBaseUrl="_s + base + u"/system"_s, u"userName=lena.fischer"_s,
                            u"jtelBaseUrl="_s + base + JtelBase});
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    const CtlRun caseLogin = ctl(
        {u"login"_s, u"--profile"_s, ProfileName, u"--server"_s, u"case"_s, u"--password-stdin"_s},
        "sandbox\n");
    QVERIFY2(caseLogin.exitCode == 0, qPrintable(caseLogin.describe()));
    const CtlRun jtelLogin = ctl(
        {u"login"_s, u"--profile"_s, ProfileName, u"--server"_s, u"jtel"_s, u"--secret-stdin"_s},
        "sandbox-jtel-token\n");
    QVERIFY2(jtelLogin.exitCode == 0, qPrintable(jtelLogin.describe()));

    // earlier entries that must survive everything below: one applied, one refused (J3)
    const CtlRun applied = ctl(callback(unique(u"Before"_s)));
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.describe()));
    const CtlRun refused
        = ctl({u"create-callback"_s, u"--profile"_s, ProfileName, u"--group"_s, u"599"_s,
               u"--sender"_s, u"4930555000801"_s, u"--subject"_s, unique(u"Refused"_s)});
    QVERIFY2(refused.exitCode == 3, qPrintable(refused.describe()));
    QCOMPARE(outboxSnapshot().size(), 2);
}

void TestStorageFaults::cleanup()
{
    releaseCache();
    for (const QString &path : std::as_const(m_readOnly))
        makeReadOnly(path, false);
    m_readOnly.clear();
}

// --- read-only -------------------------------------------------------------------------------

void TestStorageFaults::readOnlyCacheRefusesWrites_data()
{
    QTest::addColumn<bool>("folder"); // the cache folder read-only, else the file
    QTest::addColumn<QStringList>("arguments");
    const QString subject = unique(u"Read-only"_s);
    const QList<std::pair<const char *, QStringList>> writes {
        {"create-callback", callback(subject)},
        {"create-calltrack",
         {u"create-calltrack"_s, u"--profile"_s, ProfileName, u"--department"_s, u"Service"_s,
          u"--subtype"_s, u"general"_s, u"--customer"_s, u"5001"_s, u"--subject"_s, subject}},
        {"change-case",
         {u"change-case"_s, u"--profile"_s, ProfileName, u"--activities"_s, u"81007"_s,
          u"--new-case"_s}},
    };
    for (const bool folder : {false, true}) {
        for (const auto &[name, arguments] : writes)
            QTest::addRow("%s, read-only %s", name, folder ? "folder" : "file")
                << folder << arguments;
    }
}

void TestStorageFaults::readOnlyCacheRefusesWrites()
{
    QFETCH(bool, folder);
    QFETCH(QStringList, arguments);
    const QStringList before = outboxSnapshot();
    const QString target = folder ? QFileInfo(cachePath()).absolutePath() : cachePath();
    if (!makeReadOnly(target, true))
        QSKIP("neither chattr +i (as root) nor chmod (as another user) can make the cache "
              "read-only here");
    m_readOnly.append(target);
    QFile probe(folder ? target + u"/probe"_s : target);
    if (probe.open(folder ? QIODevice::WriteOnly : QIODevice::ReadWrite)) {
        probe.remove();
        QSKIP("the cache is still writable for this user");
    }

    const qsizetype logMark = m_sandbox->requestLog().size();
    const CtlRun run = ctl(arguments);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    // the file, and that it cannot be written
    QVERIFY2(run.err.contains(cachePath()), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"read-only"_s), qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    // what cannot be recorded is not sent
    QCOMPARE(writesSince(logMark), 0);

    QVERIFY(makeReadOnly(target, false));
    m_readOnly.clear();
    QCOMPARE(outboxSnapshot(), before);
}

void TestStorageFaults::profileSessionNamesTheReadOnlyCache()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString file = directory.filePath(u"profile.sqlite"_s);
    Profile profile;
    profile.name = u"gui"_s;
    profile.jtelBaseUrl = m_sandbox->url(JtelBase);
    CredentialStore credentials;
    QNetworkAccessManager network;
    ServerConnections connections(profile, &credentials, &network);
    for (const QString &target : {file, directory.path()}) {
        {
            // closed cleanly: SQLite's -wal and -shm files are gone, as after any run
            ProfileSession writable(&connections, file);
            QVERIFY(!writable.open());
        }
        QVERIFY(!QFile::exists(file + u"-wal"_s));
        if (!makeReadOnly(target, true))
            QSKIP("neither chattr +i (as root) nor chmod (as another user) can make the cache "
                  "read-only here");
        m_readOnly.append(target);
        ProfileSession session(&connections, file);
        const CacheStatus opened = session.open();
        QVERIFY2(opened, qPrintable(target));
        // DesktopSession shows "The cache of profile %1 cannot be used (%2): %3" with this message
        QVERIFY2(opened->message.contains(u"read-only"_s), qPrintable(opened->message));
        QVERIFY2(opened->message.contains(file), qPrintable(opened->message));
        QVERIFY(makeReadOnly(target, false));
        m_readOnly.clear();
    }
    ProfileSession again(&connections, file);
    QVERIFY(!again.open());
}

// --- disk full -------------------------------------------------------------------------------

void TestStorageFaults::diskFullAtStart()
{
    const QStringList before = outboxSnapshot();
    const QString subject = unique(u"Full at start"_s);
    const qsizetype logMark = m_sandbox->requestLog().size();
    // not even SQLite's shared-memory file (32 KiB) fits
    const CtlRun full = ctl(callback(subject), {}, 4096);
    QVERIFY2(full.exitCode == 1, qPrintable(full.describe()));
    QVERIFY2(full.err.contains(cachePath()), qPrintable(full.describe()));
    QCOMPARE(writesSince(logMark), 0);
    QCOMPARE(outboxSnapshot(), before);

    const CtlRun again = ctl(callback(subject));
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(eventsWithSubject(subject), 1);
}

void TestStorageFaults::diskFullDuringAWrite()
{
    const QStringList before = outboxSnapshot();
    const QString subject = unique(u"Full"_s);
    holdCacheOpen();
    const qsizetype logMark = m_sandbox->requestLog().size();
    // nothing more fits: the cache opens, its first write fails
    const CtlRun full = ctl(callback(subject), {}, 1);
    QVERIFY2(full.exitCode == 1, qPrintable(full.describe()));
    QVERIFY2(full.err.contains(u"could not be stored"_s), qPrintable(full.describe()));
    QVERIFY2(full.err.contains(cachePath()), qPrintable(full.describe()));
    QCOMPARE(writesSince(logMark), 0);
    releaseCache();
    QCOMPARE(outboxSnapshot(), before);

    // space is back: the same write goes through, once
    const CtlRun again = ctl(callback(subject));
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(eventsWithSubject(subject), 1);
    const QStringList after = outboxSnapshot();
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(after.mid(0, before.size()), before);
}

// The disk fills up at each point of a write in turn (the limit grows by one WAL frame per
// round): whatever failed, nothing earlier is lost, what was stored is sent exactly once, and
// what was not stored was not sent.
void TestStorageFaults::everyPointOfAFullDiskKeepsTheOutbox()
{
    constexpr qint64 walHeader = 32;
    constexpr qint64 walFrame = 24 + 4096;
    bool sawSuccess = false;
    for (int frames = 0; frames <= 12 && !sawSuccess; ++frames) {
        const QStringList before = outboxSnapshot();
        const QString subject = unique(u"Full at frame %1"_s.arg(frames));
        holdCacheOpen();
        const qsizetype logMark = m_sandbox->requestLog().size();
        const CtlRun run = ctl(callback(subject), {}, walHeader + frames * walFrame);
        releaseCache();
        QVERIFY2(run.exitCode >= 0, qPrintable(u"frames %1: crashed or hung"_s.arg(frames)));
        const QStringList after = outboxSnapshot();
        QVERIFY2(after.mid(0, before.size()) == before,
                 qPrintable(
                     u"frames %1: earlier entries changed\n%2"_s.arg(frames).arg(run.describe())));
        // what the user reads, without the log lines before it
        const QString message = run.err.mid(run.err.indexOf(u"agentdeskctl: "_s)).simplified();
        qInfo("frames %d: exit %d, %d request(s) sent, %d new entries: %s", frames, run.exitCode,
              writesSince(logMark), int(after.size() - before.size()), qPrintable(message));
        if (after.size() == before.size()) {
            // not stored: not sent, and said so
            QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
            QCOMPARE(writesSince(logMark), 0);
            QCOMPARE(eventsWithSubject(subject), 0);
            continue;
        }
        QCOMPARE(after.size(), before.size() + 1);
        sawSuccess = run.exitCode == 0;
        if (!sawSuccess) {
            QVERIFY2(run.err.contains(cachePath()) || run.err.contains(u"outbox"_s),
                     qPrintable(run.describe()));
            const CtlRun flushed = ctl({u"outbox"_s, u"flush"_s, u"--profile"_s, ProfileName});
            QVERIFY2(flushed.exitCode == 0 || flushed.exitCode == 3,
                     qPrintable(flushed.describe()));
        }
        QCOMPARE(eventsWithSubject(subject), 1);
    }
    QVERIFY2(sawSuccess, "the write never went through, however much space it had");
}

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"
