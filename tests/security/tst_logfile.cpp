// The log file: rotation by size (RotatingLogFile) and the message handler that writes it
// (Logging::installFileLog) — time stamp, level and category on every line, the info floor
// where stderr is quieter, the logging rules raising levels for both, and no secret values.

#include "core/logging.h"
#include "core/rotatinglogfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QStringList linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

// a line of exactly `width` bytes with the newline
QByteArray numberedLine(int number, int width)
{
    QByteArray line = "line " + QByteArray::number(number).rightJustified(6, '0') + ' ';
    line += QByteArray(width - line.size() - 1, 'x');
    return line + '\n';
}

// What the message handler passed on to "stderr" (the handler in place before the file log)
QStringList stderrMessages;

void captureStderr(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    stderrMessages.append(QString::fromLatin1(context.category ? context.category : "default")
                          + u": "_s + message);
}

} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void rotatesBySizeAndKeepsFiveOlderFiles();
    void aLineIsNeverSplitAcrossFiles();
    void aLineLongerThanTheLimitIsWrittenAlone();
    void concurrentWritersLoseNoLine();
    void followsARotationByAnotherWriter();
    void fileAndFolderAreForTheUserOnly();

    void redactsCredentialValues_data();
    void redactsCredentialValues();

    void everyLineHasTimeLevelAndCategory();
    void fileKeepsInfoWhereStderrIsQuieter();
    void rulesRaiseTheLevelInBoth();
    void noSecretReachesTheFileAtAnyLevel();
    void multiLineMessagesStayOneRecord();
    void installsOnlyOnce();

private:
    QStringList fileLines() const { return linesOf(Logging::filePath()); }

    QTemporaryDir m_dir;
    QTemporaryDir m_logDir;
};

void TestLogFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_logDir.isValid());
    qInstallMessageHandler(captureStderr);
    QVERIFY(Logging::installFileLog(u"agentdesk-test"_s, m_logDir.filePath(u"logs"_s)));
    QCOMPARE(Logging::filePath(), m_logDir.filePath(u"logs/agentdesk-test.log"_s));
}

void TestLogFile::rotatesBySizeAndKeepsFiveOlderFiles()
{
    const QString path = m_dir.filePath(u"rotate/agentdesk.log"_s);
    RotatingLogFile log(path, 1000, 5);
    // 100 lines of 100 bytes: ten per file, so ten files' worth, of which six remain
    for (int i = 1; i <= 100; ++i)
        QVERIFY2(log.write(numberedLine(i, 100)), qPrintable(log.errorString()));

    QCOMPARE(QFileInfo(path).size(), 1000);
    for (int n = 1; n <= 5; ++n) {
        QVERIFY2(QFileInfo::exists(log.rotatedPath(n)), qPrintable(log.rotatedPath(n)));
        QCOMPARE(QFileInfo(log.rotatedPath(n)).size(), 1000);
    }
    QVERIFY(!QFileInfo::exists(log.rotatedPath(6)));
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files).size(), 6);

    // oldest to newest: .5 … .1, then the current file, without a gap
    QStringList all;
    for (int n = 5; n >= 1; --n)
        all += linesOf(log.rotatedPath(n));
    all += linesOf(path);
    QCOMPARE(all.size(), 60);
    for (int i = 0; i < all.size(); ++i)
        QVERIFY2(all.at(i).startsWith(u"line %1 "_s.arg(41 + i, 6, 10, QChar(u'0'))),
                 qPrintable(all.at(i)));
}

void TestLogFile::aLineIsNeverSplitAcrossFiles()
{
    const QString path = m_dir.filePath(u"split/agentdesk.log"_s);
    RotatingLogFile log(path, 1000, 3);
    // 70-byte lines do not divide 1000: a file ends before the line that would cross it
    for (int i = 1; i <= 40; ++i)
        QVERIFY(log.write(numberedLine(i, 70)));
    for (const QString &file : {path, log.rotatedPath(1), log.rotatedPath(2)}) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.size() <= 1000);
        QVERIFY(content.startsWith("line "));
        QVERIFY(content.endsWith('\n'));
        QCOMPARE(content.size() % 70, 0);
    }
    QCOMPARE(QFileInfo(log.rotatedPath(1)).size(), 14 * 70); // 980: a 15th line would cross
}

void TestLogFile::aLineLongerThanTheLimitIsWrittenAlone()
{
    const QString path = m_dir.filePath(u"long/agentdesk.log"_s);
    RotatingLogFile log(path, 100, 2);
    QVERIFY(log.write(numberedLine(1, 50)));
    QVERIFY(log.write(numberedLine(2, 500)));
    QVERIFY(log.write(numberedLine(3, 50)));
    QCOMPARE(QFileInfo(log.rotatedPath(2)).size(), 50);
    QCOMPARE(QFileInfo(log.rotatedPath(1)).size(), 500);
    QCOMPARE(QFileInfo(path).size(), 50);
}

void TestLogFile::concurrentWritersLoseNoLine()
{
    const QString path = m_dir.filePath(u"threads/agentdesk.log"_s);
    constexpr int Threads = 8;
    constexpr int LinesEach = 500;
    constexpr int Width = 64;
    // room for every line in the kept files: nothing is deleted, so every line can be counted
    RotatingLogFile log(path, 16 * 1024, 20);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back(QThread::create([&log, t] {
            for (int i = 0; i < LinesEach; ++i)
                log.write(numberedLine(t * 100000 + i, Width));
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(60'000));

    QSet<QString> seen;
    QStringList all = linesOf(path);
    for (int n = 1; n <= 20; ++n)
        all += linesOf(log.rotatedPath(n));
    static const QRegularExpression wellFormed(u"^line \\d{6} x+$"_s);
    for (const QString &line : std::as_const(all)) {
        QVERIFY2(line.size() == Width - 1 && wellFormed.match(line).hasMatch(), qPrintable(line));
        seen.insert(line.mid(5, 6));
    }
    QCOMPARE(all.size(), Threads * LinesEach);
    QCOMPARE(seen.size(), Threads * LinesEach);
    QVERIFY(QFileInfo::exists(log.rotatedPath(1)));
}

// Two writers on one path stand for two agentdeskctl processes: the one that did not rotate
// writes into the new file, not into the renamed old one
void TestLogFile::followsARotationByAnotherWriter()
{
    const QString path = m_dir.filePath(u"processes/agentdeskctl.log"_s);
    RotatingLogFile first(path, 1000, 5);
    RotatingLogFile second(path, 1000, 5);
    QVERIFY(first.write(numberedLine(1, 100)));
    for (int i = 2; i <= 11; ++i)
        QVERIFY(second.write(numberedLine(i, 100)));
    QVERIFY(first.write(numberedLine(12, 100)));

    QCOMPARE(linesOf(first.rotatedPath(1)).size(), 10);
    const QStringList current = linesOf(path);
    QCOMPARE(current.size(), 2);
    QVERIFY(current.at(0).startsWith(u"line 000011"_s));
    QVERIFY(current.at(1).startsWith(u"line 000012"_s));
}

void TestLogFile::fileAndFolderAreForTheUserOnly()
{
    const QString path = m_dir.filePath(u"private/logs/agentdesk.log"_s);
    RotatingLogFile log(path);
    QVERIFY(log.write("one line\n"));
    const QFileDevice::Permissions file = QFileInfo(path).permissions();
    QVERIFY(file & QFileDevice::ReadOwner);
    QVERIFY(!(file
              & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                 | QFileDevice::WriteOther)));
    const QFileDevice::Permissions folder = QFileInfo(QFileInfo(path).absolutePath()).permissions();
    QVERIFY(!(folder
              & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeGroup
                 | QFileDevice::ExeOther)));
}

void TestLogFile::redactsCredentialValues_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kept"); // what must still be readable

    QTest::newRow("Authorization header")
        << u"abc headers Accept: application/json; Authorization: Bearer eyJ.tok-en_1; X-Request-ID: 7"_s
        << u"eyJ.tok-en_1"_s << u"X-Request-ID: 7"_s;
    QTest::newRow("X-egain-session header")
        << u"headers X-egain-session: 5f3c-session-9a; Accept: application/json"_s
        << u"5f3c-session-9a"_s << u"Accept: application/json"_s;
    QTest::newRow("bare Bearer credential")
        << u"sent Bearer abc123def"_s << u"abc123def"_s << u"sent Bearer"_s;
    QTest::newRow("JSON password") << uR"({"userName":"m.jansen","password":"s3cret word"})"_s
                                   << u"s3cret word"_s << u"m.jansen"_s;
    QTest::newRow("form client secret")
        << u"grant_type=client_credentials&client_id=app&client_secret=top-secret-1&scope=x"_s
        << u"top-secret-1"_s << u"client_id=app"_s;
    QTest::newRow("form code verifier")
        << u"grant_type=authorization_code&code=c0de&code_verifier=verif1er-value&client_id=d"_s
        << u"verif1er-value"_s << u"grant_type=authorization_code"_s;
    QTest::newRow("authorization code of a redirect")
        << u"GET /callback?code=auth-c0de-42&state=xyz"_s << u"auth-c0de-42"_s << u"state=xyz"_s;
    QTest::newRow("JSON access token")
        << uR"({"access_token":"at-123","expires_in":3600})"_s << u"at-123"_s << u"expires_in"_s;
    QTest::newRow("token=value") << u"jtel token=jt-secret-9 refused"_s << u"jt-secret-9"_s
                                 << u"refused"_s;
}

void TestLogFile::redactsCredentialValues()
{
    QFETCH(QString, message);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString redacted = Logging::redacted(message);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY2(redacted.contains(u"<redacted>"_s), qPrintable(redacted));
    QVERIFY2(redacted.contains(kept), qPrintable(redacted));
}

void TestLogFile::everyLineHasTimeLevelAndCategory()
{
    qCInfo(lcApi) << "first note";
    qCWarning(lcCache) << "second note";
    qWarning("plain warning");
    const QStringList lines = fileLines();
    QVERIFY(lines.size() >= 3);
    static const QRegularExpression format(
        uR"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \[\d+\] (debug|info|warning|critical) [a-z.]+: .*$)"_s);
    for (const QString &line : lines)
        QVERIFY2(format.match(line).hasMatch(), qPrintable(line));
    QVERIFY(lines.at(lines.size() - 3).contains(u"] info agentdesk.api: first note"_s));
    QVERIFY(lines.at(lines.size() - 2).contains(u"] warning agentdesk.cache: second note"_s));
    QVERIFY(lines.at(lines.size() - 1).contains(u"] warning default: plain warning"_s));
    // the handler in place before still gets what the rules let through
    QVERIFY(stderrMessages.contains(u"agentdesk.api: first note"_s));
}

// agentdeskctl keeps stderr for the command's own output: info off there, still in the file
void TestLogFile::fileKeepsInfoWhereStderrIsQuieter()
{
    QLoggingCategory::setFilterRules(u"agentdesk.*.info=false\nagentdesk.api.warning=false"_s);
    stderrMessages.clear();
    qCInfo(lcApi) << "quiet info";
    qCWarning(lcApi) << "quiet warning";
    qCWarning(lcCache) << "loud warning";
    QLoggingCategory::setFilterRules(QString());

    const QString file = fileLines().join(u'\n');
    QVERIFY(file.contains(u"info agentdesk.api: quiet info"_s));
    QVERIFY(file.contains(u"warning agentdesk.api: quiet warning"_s));
    QVERIFY(file.contains(u"warning agentdesk.cache: loud warning"_s));
    QCOMPARE(stderrMessages, QStringList {u"agentdesk.cache: loud warning"_s});
}

void TestLogFile::rulesRaiseTheLevelInBoth()
{
    stderrMessages.clear();
    qCDebug(lcAuth) << "not yet";
    QLoggingCategory::setFilterRules(u"agentdesk.auth.debug=true"_s);
    qCDebug(lcAuth) << "now shown";
    QLoggingCategory::setFilterRules(QString());

    const QString file = fileLines().join(u'\n');
    QVERIFY(!file.contains(u"not yet"_s));
    QVERIFY(file.contains(u"debug agentdesk.auth: now shown"_s));
    QCOMPARE(stderrMessages, QStringList {u"agentdesk.auth: now shown"_s});
}

void TestLogFile::noSecretReachesTheFileAtAnyLevel()
{
    QLoggingCategory::setFilterRules(u"agentdesk.*=true"_s);
    qCDebug(lcApi).noquote() << "id headers Authorization: Bearer tok-debug-1; Accept: */*";
    qCInfo(lcAuth).noquote() << R"(body {"userName":"u","password":"pw-info-2"})";
    qCWarning(lcApi).noquote() << "form client_secret=cs-warning-3&code_verifier=cv-warning-4";
    qCCritical(lcCache).noquote() << "X-egain-session: sess-critical-5";
    QLoggingCategory::setFilterRules(QString());
    const QString file = fileLines().join(u'\n');
    for (const QString &secret : {u"tok-debug-1"_s, u"pw-info-2"_s, u"cs-warning-3"_s,
                                  u"cv-warning-4"_s, u"sess-critical-5"_s})
        QVERIFY2(!file.contains(secret), qPrintable(secret));
    QCOMPARE(file.count(u"<redacted>"_s) >= 5, true);
}

void TestLogFile::multiLineMessagesStayOneRecord()
{
    qCWarning(lcCache).noquote() << "first\nsecond";
    const QStringList lines = fileLines();
    QVERIFY(lines.at(lines.size() - 2).endsWith(u"warning agentdesk.cache: first"_s));
    QCOMPARE(lines.constLast(), u"    second"_s);
}

void TestLogFile::installsOnlyOnce()
{
    QVERIFY(!Logging::installFileLog(u"other"_s, m_logDir.filePath(u"other"_s)));
    QCOMPARE(Logging::filePath(), m_logDir.filePath(u"logs/agentdesk-test.log"_s));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
