#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const char *program, const QStringList &arguments)
{
    QProcess process;
    process.start(QString::fromLocal8Bit(program), arguments);
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

} // namespace

// The command-line contract of both executables: --help and --version exit 0, bad usage exits 2
// with a message on stderr.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsTheProjectVersion_data();
    void printsTheProjectVersion();
    void printsHelp_data();
    void printsHelp();
    void refusesUnknownOptions_data();
    void refusesUnknownOptions();
    void agentdeskctlRefusesAMissingOrUnknownCommand();
    void refusesAMissingValue();
};

void TestCommandLine::printsTheProjectVersion_data()
{
    QTest::addColumn<QByteArray>("program");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("option");
    QTest::newRow("agentdeskctl --version")
        << QByteArray(AGENTDESKCTL_BIN) << u"agentdeskctl"_s << u"--version"_s;
    QTest::newRow("agentdeskctl -v")
        << QByteArray(AGENTDESKCTL_BIN) << u"agentdeskctl"_s << u"-v"_s;
    QTest::newRow("agentdesk --version")
        << QByteArray(AGENTDESK_BIN) << u"agentdesk"_s << u"--version"_s;
}

void TestCommandLine::printsTheProjectVersion()
{
    QFETCH(QByteArray, program);
    QFETCH(QString, name);
    QFETCH(QString, option);
    const Run result = run(program.constData(), {option});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"%1 %2\n"_s.arg(name, QLatin1String(AGENTDESK_EXPECTED_VERSION)));
}

void TestCommandLine::printsHelp_data()
{
    QTest::addColumn<QByteArray>("program");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QStringList>("documented");
    // agentdeskctl: every command and every exit code, since scripts branch on them
    const QStringList ctl {u"profile set NAME key=value"_s,
                           u"profile list"_s,
                           u"profile show"_s,
                           u"profile use NAME"_s,
                           u"profile remove NAME"_s,
                           u"login"_s,
                           u"logout"_s,
                           u"activities"_s,
                           u"cases"_s,
                           u"events"_s,
                           u"subtypes"_s,
                           u"--json"_s,
                           u"--profile <name>"_s,
                           u"--password-stdin"_s,
                           u"--secret-stdin"_s,
                           u"Exit codes:"_s,
                           u"  0  success"_s,
                           u"  1  "_s,
                           u"  2  invalid input"_s,
                           u"  3  the server refused"_s,
                           u"  4  the server could not be reached"_s,
                           u"  5  authentication failed"_s};
    const QStringList gui {u"--profile <name>"_s, u"--training"_s, u"--screenshot <file>"_s};
    QTest::newRow("agentdeskctl --help") << QByteArray(AGENTDESKCTL_BIN) << u"--help"_s << ctl;
    QTest::newRow("agentdeskctl -h") << QByteArray(AGENTDESKCTL_BIN) << u"-h"_s << ctl;
    QTest::newRow("agentdesk --help") << QByteArray(AGENTDESK_BIN) << u"--help"_s << gui;
    QTest::newRow("agentdesk --help-all") << QByteArray(AGENTDESK_BIN) << u"--help-all"_s << gui;
}

void TestCommandLine::printsHelp()
{
    QFETCH(QByteArray, program);
    QFETCH(QString, option);
    QFETCH(QStringList, documented);
    const Run result = run(program.constData(), {option});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(u"Usage: "_s), qPrintable(result.out));
    for (const QString &text : documented)
        QVERIFY2(result.out.contains(text), qPrintable(text));
}

void TestCommandLine::refusesUnknownOptions_data()
{
    QTest::addColumn<QByteArray>("program");
    QTest::newRow("agentdeskctl") << QByteArray(AGENTDESKCTL_BIN);
    QTest::newRow("agentdesk") << QByteArray(AGENTDESK_BIN);
}

void TestCommandLine::refusesUnknownOptions()
{
    QFETCH(QByteArray, program);
    const Run result = run(program.constData(), {u"--no-such-option"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(u"Unknown option 'no-such-option'"_s), qPrintable(result.err));
}

void TestCommandLine::agentdeskctlRefusesAMissingOrUnknownCommand()
{
    const Run none = run(AGENTDESKCTL_BIN, {});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(u"No command given"_s), qPrintable(none.err));
    const Run unknown = run(AGENTDESKCTL_BIN, {u"frobnicate"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"Unknown command 'frobnicate'"_s), qPrintable(unknown.err));
}

void TestCommandLine::refusesAMissingValue()
{
    const Run result = run(AGENTDESK_BIN, {u"--profile"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"Missing value after '--profile'"_s), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
