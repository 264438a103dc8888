#include "auth/credentialstore.h"
#include "auth/profilestore.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// The address the second ctest entry (tst_credentialstore_nosecretservice) runs with.
constexpr auto NowhereBus = "unix:path=/nonexistent"_L1;

struct ReadResult
{
    bool answered = false;
    std::optional<QString> secret;
    QString error;
};

struct DoneResult
{
    bool answered = false;
    QString error;
};

// Waiting in a nested loop is fine in a test; the store itself never does.
void waitUntil(const bool &answered)
{
    if (answered)
        return;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (answered)
            loop.quit();
    });
    poll.start(5);
    QTimer::singleShot(20s, &loop, &QEventLoop::quit);
    loop.exec();
}

ReadResult readSecret(CredentialStore &store, const CredentialKey &key)
{
    ReadResult result;
    store.read(key, [&result](std::optional<QString> secret, QString error) {
        result = {true, std::move(secret), std::move(error)};
    });
    waitUntil(result.answered);
    return result;
}

DoneResult writeSecret(CredentialStore &store, const CredentialKey &key, const QString &secret)
{
    DoneResult result;
    store.write(key, secret, [&result](QString error) { result = {true, std::move(error)}; });
    waitUntil(result.answered);
    return result;
}

DoneResult removeSecret(CredentialStore &store, const CredentialKey &key)
{
    DoneResult result;
    store.remove(key, [&result](QString error) { result = {true, std::move(error)}; });
    waitUntil(result.answered);
    return result;
}

QStringList &usedSecrets()
{
    static QStringList secrets;
    return secrets;
}

// A secret no file can contain by accident, with non-ASCII characters to check the encoding.
QString uniqueSecret()
{
    const QString secret = u"pä$$wörd-Ω-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    usedSecrets().append(secret);
    return secret;
}

// Every log line of the run, to show that no secret reaches a log.
QStringList &logLines()
{
    static QStringList lines;
    return lines;
}

QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    logLines().append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

// The directories this test process may write to (all set by agentdesk_add_test).
QStringList testRoots()
{
    QStringList roots;
    for (const char *variable :
         {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = qEnvironmentVariable(variable);
        if (!dir.isEmpty() && !roots.contains(dir))
            roots.append(dir);
    }
    return roots;
}

QStringList regularFilesUnder(const QStringList &roots)
{
    QStringList files;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            // sockets of the private D-Bus session and the keyring daemon cannot be read
            if (it.fileInfo().isFile() && !files.contains(it.filePath()))
                files.append(it.filePath());
        }
    }
    files.sort();
    return files;
}

// The files that hold the secret in any of the encodings it could plausibly be written in.
QStringList filesContaining(const QStringList &roots, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    const QList<QByteArray> needles
        = {utf8, utf16, utf8.toBase64(), utf8.toPercentEncoding(), utf8.toHex()};
    QStringList hits;
    for (const QString &path : regularFilesUnder(roots)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle)) {
                hits.append(path);
                break;
            }
        }
    }
    return hits;
}

// Path, size and modification time of every file: "nothing written" means this does not change.
QStringList snapshot(const QStringList &roots)
{
    QStringList lines;
    for (const QString &path : regularFilesUnder(roots)) {
        const QFileInfo info(path);
        lines.append(
            u"%1 %2 %3"_s.arg(path).arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch()));
    }
    return lines;
}

bool runsWithoutSessionBus()
{
    return qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS") == NowhereBus;
}

} // namespace

// CredentialStore against a real gnome-keyring on a private D-Bus session (KEYCHAIN in
// agentdesk_add_test), and, as tst_credentialstore_nosecretservice, without any session bus.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void entryNameIsScopedPerProfileAndServer();
    void rejectsInvalidKeys_data();
    void rejectsInvalidKeys();
    void answersLaterFromTheEventLoop();
    void writesReadsOverwritesAndRemoves();
    void keysOfTwoProfilesDoNotCollide();
    void removingAMissingEntryIsNotAnError();
    void secretIsNotOnDiskInPlainText();
    void failsClearlyWithoutSecretService();
    void cleanupTestCase();

private:
    const CredentialKey m_prodEgain {u"prod"_s, u"egain"_s, u"password"_s};
    const CredentialKey m_testEgain {u"test"_s, u"egain"_s, u"password"_s};
    const CredentialKey m_prodJtel {u"prod"_s, u"jtel"_s, u"password"_s};
};

void TestCredentialStore::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("XDG_DATA_HOME"), "run through ctest (agentdesk_add_test)");
    QLoggingCategory::setFilterRules(u"agentdesk.auth.debug=true"_s);
    previousHandler = qInstallMessageHandler(captureMessage);
    if (runsWithoutSessionBus())
        return;
    // start from a clean keyring: entries of an aborted earlier run must not leak into this one
    CredentialStore store;
    for (const CredentialKey &key : {m_prodEgain, m_testEgain, m_prodJtel})
        QCOMPARE(removeSecret(store, key).error, QString());
}

void TestCredentialStore::entryNameIsScopedPerProfileAndServer()
{
    QCOMPARE(CredentialStore::serviceName(), u"agentdesk"_s);
    QCOMPARE(m_prodEgain.entryName(), u"agentdesk:prod:egain:password"_s);
    QCOMPARE((CredentialKey {u"eu-2"_s, u"ece"_s, u"client-secret"_s}.entryName()),
             u"agentdesk:eu-2:ece:client-secret"_s);
    QVERIFY(m_prodEgain.entryName() != m_testEgain.entryName());
    QVERIFY(m_prodEgain.entryName() != m_prodJtel.entryName());
}

void TestCredentialStore::rejectsInvalidKeys_data()
{
    QTest::addColumn<CredentialKey>("key");
    QTest::newRow("empty profile") << CredentialKey {QString(), u"egain"_s, u"password"_s};
    QTest::newRow("colon in profile reaches another entry")
        << CredentialKey {u"prod:egain"_s, u"jtel"_s, u"password"_s};
    QTest::newRow("unknown server") << CredentialKey {u"prod"_s, u"salesforce"_s, u"password"_s};
    QTest::newRow("empty kind") << CredentialKey {u"prod"_s, u"ece"_s, QString()};
    QTest::newRow("colon in kind") << CredentialKey {u"prod"_s, u"ece"_s, u"token:x"_s};
}

void TestCredentialStore::rejectsInvalidKeys()
{
    QFETCH(CredentialKey, key);
    QVERIFY(!key.isValid());
    CredentialStore store;
    const DoneResult written = writeSecret(store, key, u"x"_s);
    QVERIFY(written.answered);
    QVERIFY(!written.error.isEmpty());
    const ReadResult read = readSecret(store, key);
    QVERIFY(read.answered);
    QVERIFY(!read.error.isEmpty());
    QVERIFY(!read.secret);
}

void TestCredentialStore::answersLaterFromTheEventLoop()
{
    if (runsWithoutSessionBus())
        QSKIP("needs the keyring");
    CredentialStore store;
    ReadResult result;
    store.read(m_prodEgain, [&result](std::optional<QString> secret, QString error) {
        result = {true, std::move(secret), std::move(error)};
    });
    QVERIFY(!result.answered);
    waitUntil(result.answered);
    QVERIFY(result.answered);
}

void TestCredentialStore::writesReadsOverwritesAndRemoves()
{
    if (runsWithoutSessionBus())
        QSKIP("needs the keyring");
    CredentialStore store;
    QSignalSpy retries(&store, &CredentialStore::waitingForKeychain);
    const QString first = uniqueSecret();
    const QString second = uniqueSecret();

    QCOMPARE(writeSecret(store, m_prodEgain, first).error, QString());
    ReadResult read = readSecret(store, m_prodEgain);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.secret, std::optional<QString>(first));

    QCOMPARE(writeSecret(store, m_prodEgain, second).error, QString());
    read = readSecret(store, m_prodEgain);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.secret, std::optional<QString>(second));

    // a fresh store (a new app start) finds the same entry
    CredentialStore other;
    QCOMPARE(readSecret(other, m_prodEgain).secret, std::optional<QString>(second));

    QCOMPARE(removeSecret(store, m_prodEgain).error, QString());
    read = readSecret(store, m_prodEgain);
    QVERIFY(read.answered);
    QCOMPARE(read.error, QString()); // a missing entry is not an error
    QCOMPARE(read.secret, std::nullopt);

    QCOMPARE(retries.count(), 0); // a ready keyring needs no retry
}

void TestCredentialStore::keysOfTwoProfilesDoNotCollide()
{
    if (runsWithoutSessionBus())
        QSKIP("needs the keyring");
    CredentialStore store;
    const QString prod = uniqueSecret();
    const QString test = uniqueSecret();
    const QString jtel = uniqueSecret();
    QCOMPARE(writeSecret(store, m_prodEgain, prod).error, QString());
    QCOMPARE(writeSecret(store, m_testEgain, test).error, QString());
    QCOMPARE(writeSecret(store, m_prodJtel, jtel).error, QString());

    QCOMPARE(readSecret(store, m_prodEgain).secret, std::optional<QString>(prod));
    QCOMPARE(readSecret(store, m_testEgain).secret, std::optional<QString>(test));
    QCOMPARE(readSecret(store, m_prodJtel).secret, std::optional<QString>(jtel));

    QCOMPARE(removeSecret(store, m_testEgain).error, QString());
    QCOMPARE(readSecret(store, m_testEgain).secret, std::nullopt);
    QCOMPARE(readSecret(store, m_prodEgain).secret, std::optional<QString>(prod));
    QCOMPARE(readSecret(store, m_prodJtel).secret, std::optional<QString>(jtel));

    QCOMPARE(removeSecret(store, m_prodEgain).error, QString());
    QCOMPARE(removeSecret(store, m_prodJtel).error, QString());
}

void TestCredentialStore::removingAMissingEntryIsNotAnError()
{
    if (runsWithoutSessionBus())
        QSKIP("needs the keyring");
    CredentialStore store;
    const CredentialKey never {u"never-written"_s, u"ece"_s, u"token"_s};
    const DoneResult removed = removeSecret(store, never);
    QVERIFY(removed.answered);
    QCOMPARE(removed.error, QString());
}

void TestCredentialStore::secretIsNotOnDiskInPlainText()
{
    if (runsWithoutSessionBus())
        QSKIP("needs the keyring");
    const QStringList roots = testRoots();

    // the scan itself must be able to find a secret, or a pass would prove nothing
    const QString secret = uniqueSecret();
    {
        QTemporaryDir canary;
        QVERIFY(canary.isValid());
        QFile file(canary.filePath(u"canary"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(secret.toUtf8());
        file.close();
        QCOMPARE(filesContaining({canary.path()}, secret), QStringList {file.fileName()});
    }

    // a settings file with a profile, so there is one to look into
    Profile profile;
    profile.name = u"prod"_s;
    profile.userName = u"agent7"_s;
    ProfileStore profiles;
    QVERIFY(profiles.save(profile));

    const QString keyring = qEnvironmentVariable("XDG_DATA_HOME") + u"/keyrings/login.keyring"_s;
    const QFileInfo keyringBefore(keyring);
    QVERIFY2(keyringBefore.isFile(),
             qPrintable(keyring)); // created by gnome-keyring-daemon --unlock

    CredentialStore store;
    QCOMPARE(writeSecret(store, m_prodEgain, secret).error, QString());
    QCOMPARE(readSecret(store, m_prodEgain).secret, std::optional<QString>(secret));

    // The daemon saved the item to its encrypted file. That file is on the list scanned below,
    // so the secret may live there only in encrypted form.
    const QFileInfo keyringAfter(keyring);
    QVERIFY(keyringAfter.size() > keyringBefore.size());
    const QStringList scanned = regularFilesUnder(roots);
    QVERIFY(scanned.contains(keyring));
    QVERIFY(scanned.contains(profiles.fileName()));

    QCOMPARE(filesContaining(roots, secret), QStringList());

    QCOMPARE(removeSecret(store, m_prodEgain).error, QString());
    QVERIFY(profiles.remove(profile.name));
}

// Runs as its own ctest entry with DBUS_SESSION_BUS_ADDRESS pointing nowhere: the situation
// of a desktop without gnome-keyring or KWallet.
void TestCredentialStore::failsClearlyWithoutSecretService()
{
    if (!runsWithoutSessionBus())
        QSKIP("runs as tst_credentialstore_nosecretservice, without a session bus");
    const QStringList roots = testRoots();
    const QStringList before = snapshot(roots);
    const QString secret = uniqueSecret();

    CredentialStore store;
    QSignalSpy retries(&store, &CredentialStore::waitingForKeychain);
    QElapsedTimer clock;
    clock.start();
    const DoneResult written = writeSecret(store, m_prodEgain, secret);
    const auto elapsed = std::chrono::milliseconds(clock.elapsed());

    QVERIFY(written.answered);
    QVERIFY2(written.error.contains(u"No secret service is running"_s), qPrintable(written.error));
    QVERIFY2(written.error.contains(u"gnome-keyring"_s), qPrintable(written.error));
    QVERIFY2(written.error.contains(u"plain files"_s), qPrintable(written.error));
    QVERIFY(!written.error.contains(secret));
    // exactly one retry after the delay, and then fast: nothing waits for a timeout
    QCOMPARE(retries.count(), 1);
    QVERIFY2(elapsed >= CredentialStore::RetryDelay, qPrintable(QString::number(elapsed.count())));
    QVERIFY2(elapsed < CredentialStore::RetryDelay + 3s,
             qPrintable(QString::number(elapsed.count())));

    const ReadResult read = readSecret(store, m_prodEgain);
    QVERIFY(read.answered);
    QCOMPARE(read.secret, std::nullopt);
    QVERIFY2(read.error.contains(u"No secret service is running"_s), qPrintable(read.error));
    QCOMPARE(retries.count(), 2);

    const DoneResult removed = removeSecret(store, m_prodEgain);
    QVERIFY(!removed.error.isEmpty());

    // no plain-text fallback: not a byte of it anywhere, and no file created or changed
    QCOMPARE(filesContaining(roots, secret), QStringList());
    QCOMPARE(snapshot(roots), before);
}

void TestCredentialStore::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    QVERIFY(!logLines().isEmpty()); // the store did log, with debug output on
    for (const QString &line : std::as_const(logLines())) {
        for (const QString &secret : std::as_const(usedSecrets()))
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
