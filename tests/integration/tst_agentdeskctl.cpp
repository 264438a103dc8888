#include "ctlrun.h"
#include "httpresult.h"
#include "sandboxprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using Run = CtlRun;

namespace {

// sandbox/README.md: fixture secrets. None of them may ever show up in output or settings.
const QString Password = u"sandbox"_s;
const QString ClientSecret = u"sandbox-client-secret"_s;
const QString JtelToken = u"sandbox-jtel-token"_s;
const QString WrongSecret = u"wrong-secret-4711"_s;

} // namespace

// agentdeskctl as scripts drive it: profiles, sign-in for each dialect, and the read commands
// with their exit codes, against the real sandbox and a private gnome-keyring.
class TestAgentdeskctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void profileCommands_data();
    void profileCommands();

    void loginWithAWrongSecretFailsAndStoresNothing_data();
    void loginWithAWrongSecretFailsAndStoresNothing();
    void loginEceChecksThePasswordWithALoginAndALogout();
    void loginClientCredentialsGetsAToken();
    void loginUserSignsInThroughTheBrowser();
    void loginJtelChecksTheToken();
    void loginRefusesBadUsage_data();
    void loginRefusesBadUsage();

    void reads_data();
    void reads();
    void idsAbove75TakeTwoRequests_data();
    void idsAbove75TakeTwoRequests();
    void badFlagValuesAreUsageErrors_data();
    void badFlagValuesAreUsageErrors();
    void unknownIdIsRejectedByTheServer_data();
    void unknownIdIsRejectedByTheServer();
    void filterTheServerRefusesIsRejected();
    void stoppedServerIsUnreachable();
    void eceSessionLimitNeedsForce();
    void logoutRemovesTheSecrets();
    void acceptLanguageFollowsTheUiLanguage_data();
    void acceptLanguageFollowsTheUiLanguage();

    void secretsNeverAppearInOutputOrSettings();

private:
    Run ctl(const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    void setProfile(const QString &name, const QStringList &fields);
    int countNewRequests(const QString &pathPart) const;
    void markLog() { m_logMark = m_sandbox->requestLog().size(); }

    std::unique_ptr<SandboxProcess> m_sandbox;
    qsizetype m_logMark = 0;
    QString m_allOutput; // every stdout and stderr, checked for secrets at the end
};

Run TestAgentdeskctl::ctl(const QStringList &arguments, const QByteArray &input,
                          const QProcessEnvironment &environment)
{
    const Run run = CtlRun::start(QString::fromLocal8Bit(AGENTDESKCTL_BIN), arguments, input, environment);
    m_allOutput += run.out + run.err;
    return run;
}

void TestAgentdeskctl::setProfile(const QString &name, const QStringList &fields)
{
    const Run run = ctl(QStringList {u"profile"_s, u"set"_s, name} + fields);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

int TestAgentdeskctl::countNewRequests(const QString &pathPart) const
{
    const QList<QJsonObject> log = m_sandbox->requestLog();
    int count = 0;
    for (qsizetype i = m_logMark; i < log.size(); ++i)
        count += log.at(i).value(u"path"_s).toString().contains(pathPart);
    return count;
}

void TestAgentdeskctl::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    // the test HOME and its keyring outlive a run: start from no profiles and no secrets
    const QString removed = CtlRun::removeEveryProfile(QString::fromLocal8Bit(AGENTDESKCTL_BIN));
    QVERIFY2(removed.isEmpty(), qPrintable(removed));

    const QString base = m_sandbox->baseUrl().toString();
    const QString oauth = base + u"/system/auth/SANDBOX-U/oauth2"_s;
    // one profile per way of signing in
    setProfile(u"ece"_s,
               {u"caseDialect=v12"_s, u"caseBaseUrl="_s + base + u"/system"_s,
                u"userName=lena.fischer"_s});
    setProfile(u"client"_s,
               {u"caseDialect=v3"_s, u"caseBaseUrl="_s + base, u"oauthFlow=client"_s,
                u"clientId=agentdesk-integration"_s, u"tokenUrl="_s + oauth + u"/token"_s,
                u"scope=app.core.casemgr.read"_s});
    setProfile(u"user"_s,
               {u"caseDialect=v3"_s, u"caseBaseUrl="_s + base, u"oauthFlow=user"_s,
                u"clientId=agentdesk-desktop"_s, u"authorizeUrl="_s + oauth + u"/authorize"_s,
                u"tokenUrl="_s + oauth + u"/token"_s,
                u"scope=core.casemgr.read core.casemgr.manage"_s, u"userName=lena.fischer"_s});
    setProfile(u"jtel"_s, {u"jtelBaseUrl="_s + base + u"/rest/v1.0/1234"_s});
}

void TestAgentdeskctl::profileCommands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedOut");
    QTest::addColumn<QString>("expectedErr");

    const auto row = [](const char *name, const QString &line, int exitCode, const QString &out,
                        const QString &err) {
        QTest::newRow(name) << line.split(u' ') << exitCode << out << err;
    };
    row("set creates a profile", u"profile set p1 caseDialect=v12 userName=m.jansen"_s, 0, {}, {});
    row("set updates a profile", u"profile set p1 caseBaseUrl=https://ece.example.net/system"_s, 0,
        {}, {});
    row("show lists every field", u"profile show p1"_s, 0,
        u"caseBaseUrl\thttps://ece.example.net/system"_s, {});
    row("show keeps earlier fields", u"profile show p1"_s, 0, u"userName\tm.jansen"_s, {});
    row("show --json", u"profile show p1 --json"_s, 0, u"\"caseDialect\": \"v12\""_s, {});
    row("unknown key is named", u"profile set p1 colour=blue"_s, 2, {}, u"colour"_s);
    row("bad dialect names the key", u"profile set p1 caseDialect=v4"_s, 2, {}, u"caseDialect"_s);
    row("bad URL names the key", u"profile set p1 jtelBaseUrl=ftp://x"_s, 2, {}, u"jtelBaseUrl"_s);
    row("bad flow names the key", u"profile set p1 oauthFlow=magic"_s, 2, {}, u"oauthFlow"_s);
    row("not key=value", u"profile set p1 caseDialect"_s, 2, {}, u"not key=value"_s);
    row("bad profile name", u"profile set a:b caseDialect=v3"_s, 2, {}, u"a:b"_s);
    row("refused value changed nothing", u"profile show p1"_s, 0, u"caseDialect\tv12"_s, {});
    row("use an unknown profile", u"profile use nobody"_s, 2, {}, u"nobody"_s);
    row("use p1", u"profile use p1"_s, 0, {}, {});
    row("list marks the active one", u"profile list"_s, 0, u"*\tp1\tv12"_s, {});
    row("show without name shows the active one", u"profile show"_s, 0, u"userName\tm.jansen"_s,
        {});
    row("--profile overrides the active one", u"profile show --profile jtel"_s, 0,
        u"jtelBaseUrl\thttp://"_s, {});
    row("--profile of an unknown profile", u"profile show --profile nobody"_s, 2, {},
        u"--profile"_s);
    row("list --json", u"profile list --json"_s, 0, u"\"name\": \"p1\""_s, {});
    row("unknown subcommand", u"profile frob"_s, 2, {}, u"frob"_s);
    row("option of another command", u"profile list --ids 1"_s, 2, {}, u"--ids"_s);
    row("remove p1", u"profile remove p1"_s, 0, {}, {});
    row("remove an unknown profile", u"profile remove p1"_s, 2, {}, u"p1"_s);
    row("the removed profile is not listed", u"profile list"_s, 0, u"\tece\t"_s, {});
    row("no profile active after removing it", u"activities --ids 1"_s, 2, {},
        u"No profile is active"_s);
    row("use ece again", u"profile use ece"_s, 0, {}, {});
}

void TestAgentdeskctl::profileCommands()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedOut);
    QFETCH(QString, expectedErr);
    const Run run = ctl(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(expectedOut), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(expectedErr), qPrintable(run.describe()));
    if (exitCode == 2)
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    if (exitCode == 0 && arguments.value(1) == u"list" && !arguments.contains(u"--json"_s))
        QVERIFY(run.out.startsWith(u"active\tname\t"_s));
}

void TestAgentdeskctl::loginWithAWrongSecretFailsAndStoresNothing_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QStringList>("read");
    QTest::addColumn<QString>("refusedPath");
    QTest::newRow("ECE password") << u"ece"_s << u"--password-stdin"_s
                                  << QStringList {u"subtypes"_s} << u"/user/login"_s;
    QTest::newRow("eGain client secret")
        << u"client"_s << u"--secret-stdin"_s << QStringList {u"subtypes"_s} << u"/oauth2/token"_s;
    QTest::newRow("jtel token") << u"jtel"_s << u"--secret-stdin"_s
                                << QStringList {u"events"_s, u"--id"_s, u"88001"_s}
                                << u"/acd/events/event/0"_s;
}

void TestAgentdeskctl::loginWithAWrongSecretFailsAndStoresNothing()
{
    QFETCH(QString, profile);
    QFETCH(QString, option);
    QFETCH(QStringList, read);
    QFETCH(QString, refusedPath);
    markLog();
    const Run login
        = ctl({u"login"_s, u"--profile"_s, profile, option}, WrongSecret.toUtf8() + '\n');
    QVERIFY2(login.exitCode == 5, qPrintable(login.describe()));
    QVERIFY(login.out.isEmpty());
    QCOMPARE(countNewRequests(refusedPath), 1);
    // nothing was stored: the next read has no secret and sends nothing but fails the same way
    markLog();
    const Run after = ctl(read + QStringList {u"--profile"_s, profile});
    QVERIFY2(after.exitCode == 5, qPrintable(after.describe()));
    QCOMPARE(countNewRequests(u"/"_s), 0);
}

void TestAgentdeskctl::loginEceChecksThePasswordWithALoginAndALogout()
{
    markLog();
    const Run run = ctl({u"login"_s, u"--profile"_s, u"ece"_s, u"--password-stdin"_s},
                        Password.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.contains(u"Signed in"_s));
    QCOMPARE(countNewRequests(u"/ws/v12/authentication/user/login"_s), 1);
    // ECE counts at most five sessions per user: the check must not leave one open
    QCOMPARE(countNewRequests(u"/ws/v12/authentication/user/logout"_s), 1);
}

void TestAgentdeskctl::loginClientCredentialsGetsAToken()
{
    markLog();
    const Run run = ctl({u"login"_s, u"--profile"_s, u"client"_s, u"--secret-stdin"_s},
                        ClientSecret.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(countNewRequests(u"/oauth2/token"_s), 1);
}

void TestAgentdeskctl::loginUserSignsInThroughTheBrowser()
{
    const Run before = ctl({u"subtypes"_s, u"--profile"_s, u"user"_s});
    QVERIFY2(before.exitCode == 5, qPrintable(before.describe())); // no browser for a script
    QVERIFY(before.err.contains(u"agentdeskctl login --profile user"_s));
    markLog();
    QProcess process;
    process.start(QString::fromLocal8Bit(AGENTDESKCTL_BIN),
                  {u"login"_s, u"--profile"_s, u"user"_s});
    QVERIFY(process.waitForStarted(10'000));
    process.closeWriteChannel();
    QString err;
    const QUrl authorize = CtlRun::browserSignInUrl(process, &err);
    QVERIFY2(authorize.isValid(), qPrintable(err));
    QVERIFY(authorize.path().endsWith(u"/oauth2/authorize"_s));
    // the browser: the sandbox approves at once and redirects to agentdeskctl's loopback port
    const HttpResult approval = sendRequest("GET", authorize);
    COMPARE_STATUS(approval, 302);
    const QUrl redirect(QString::fromUtf8(approval.header("Location")));
    QCOMPARE(redirect.host(), u"127.0.0.1"_s);
    // The browser's view of the landing page is not checked: the receiver answers after the
    // request line and closes, so the client may see a reset instead of the page. Whether the
    // redirect arrived shows in agentdeskctl's exit code and in the token request below.
    sendRequest("GET", redirect);
    QVERIFY(process.waitForFinished(60'000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    err += QString::fromUtf8(process.readAllStandardError());
    m_allOutput += out + err;
    QVERIFY2(process.exitCode() == 0, qPrintable(out + err));
    QVERIFY(out.contains(u"Signed in"_s));
    QCOMPARE(countNewRequests(u"/oauth2/token"_s), 1);
    // the token is in the keychain: a read needs no browser
    const Run read = ctl({u"subtypes"_s, u"--profile"_s, u"user"_s});
    QVERIFY2(read.exitCode == 0, qPrintable(read.describe()));
    QVERIFY(!read.err.contains(CtlRun::browserPrompt()));
}

void TestAgentdeskctl::loginJtelChecksTheToken()
{
    markLog();
    const Run run = ctl({u"login"_s, u"--profile"_s, u"jtel"_s, u"--secret-stdin"_s},
                        JtelToken.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // one small call proves the token; the whole event list is not fetched for it
    QCOMPARE(countNewRequests(u"/acd/events/event/0"_s), 1);
    QCOMPARE(countNewRequests(u"/acd/events"_s), 1);
}

void TestAgentdeskctl::loginRefusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedErr");
    QTest::newRow("no stdin option") << QStringList {u"login"_s, u"--profile"_s, u"ece"_s}
                                     << QByteArray() << u"--password-stdin"_s;
    QTest::newRow("empty stdin") << QStringList {u"login"_s, u"--profile"_s, u"ece"_s,
                                                 u"--password-stdin"_s}
                                 << QByteArray("\n") << u"--password-stdin"_s;
    QTest::newRow("browser sign-in reads no secret")
        << QStringList {u"login"_s, u"--profile"_s, u"user"_s, u"--secret-stdin"_s}
        << QByteArray("x\n") << u"--secret-stdin"_s;
    QTest::newRow("unknown server")
        << QStringList {u"login"_s, u"--server"_s, u"mail"_s} << QByteArray() << u"--server"_s;
    QTest::newRow("server the profile lacks")
        << QStringList {u"login"_s, u"--profile"_s, u"jtel"_s, u"--server"_s, u"case"_s}
        << QByteArray() << u"caseBaseUrl"_s;
}

void TestAgentdeskctl::loginRefusesBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedErr);
    markLog();
    const Run run = ctl(arguments, input);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(expectedErr), qPrintable(run.describe()));
    QCOMPARE(countNewRequests(u"/"_s), 0);
}

void TestAgentdeskctl::reads_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");

    const auto caseRows = [](const QString &profile, const char *label) {
        const auto name = [label](const char *what) { return QByteArray(label) + ": " + what; };
        const QStringList p {u"--profile"_s, profile};
        QTest::newRow(name("activities --ids, tsv"))
            << (QStringList {u"activities"_s, u"--ids"_s, u"81001"_s} + p)
            << QStringList {u"id\tcase\tstatus\t"_s, u"81001\t70001\tassigned\tcall_track"_s};
        QTest::newRow(name("activities --ids, json"))
            << (QStringList {u"activities"_s, u"--ids"_s, u"81001"_s, u"--json"_s} + p)
            << QStringList {u"\"id\": 81001"_s, u"\"caseId\": 70001"_s, u"\"raw\": {"_s};
        QTest::newRow(name("activities --case"))
            << (QStringList {u"activities"_s, u"--case"_s, u"70001"_s} + p)
            << QStringList {u"\n81001\t70001\t"_s, u"\n81002\t70001\tin_queue"_s,
                            u"\n81005\t70001\tcompleted"_s};
        QTest::newRow(name("activities --status --modified-since"))
            << (QStringList {u"activities"_s, u"--status"_s, u"assigned"_s, u"--modified-since"_s,
                             u"2000-01-01T00:00:00Z"_s, u"--json"_s}
                + p)
            << QStringList {u"\"id\": 81001"_s, u"\"id\": 81007"_s};
        // eGain v3 offers assignee filters to users only, not to API client applications
        if (profile != u"client")
            QTest::newRow(name("activities --status --assigned-to"))
                << (QStringList {u"activities"_s, u"--status"_s, u"assigned"_s, u"--assigned-to"_s,
                                 u"1001"_s, u"--json"_s}
                    + p)
                << QStringList {u"\"id\": 81001"_s, u"\"id\": 81007"_s};
        QTest::newRow(name("cases, tsv"))
            << (QStringList {u"cases"_s, u"--ids"_s, u"70001,70002"_s} + p)
            << QStringList {u"id\tstatus\t"_s, u"\n70001\topen\tService"_s, u"\n70002\tclosed\t"_s};
        QTest::newRow(name("cases, json"))
            << (QStringList {u"cases"_s, u"--ids"_s, u"70002"_s, u"--json"_s} + p)
            << QStringList {u"\"id\": 70002"_s, u"\"status\": \"closed\""_s, u"\"raw\": {"_s};
        QTest::newRow(name("subtypes, tsv"))
            << (QStringList {u"subtypes"_s} + p)
            << QStringList {u"value\tdisplayValue\tdepartments"_s, u"\ncomplaint\t"_s,
                            u"\nfollow_up\t"_s, u"\ngeneral\t"_s, u"Service"_s};
        QTest::newRow(name("subtypes, json"))
            << (QStringList {u"subtypes"_s, u"--json"_s} + p)
            << QStringList {u"\"value\": \"follow_up\""_s, u"\"Service\""_s};
    };
    caseRows(u"ece"_s, "ECE v12");
    caseRows(u"client"_s, "eGain v3 client");
    caseRows(u"user"_s, "eGain v3 user");

    const QStringList jtel {u"--profile"_s, u"jtel"_s};
    QTest::newRow("jtel: events --id, tsv")
        << (QStringList {u"events"_s, u"--id"_s, u"88001"_s} + jtel)
        << QStringList {u"id\ttype\tstatus\tgroup"_s, u"\n88001\t3\t1\t512\t"_s,
                        u"4922199900011"_s};
    QTest::newRow("jtel: events --id, json")
        << (QStringList {u"events"_s, u"--id"_s, u"88002"_s, u"--json"_s} + jtel)
        << QStringList {u"\"id\": 88002"_s, u"\"statusId\": 20"_s, u"\"groupId\": 513"_s};
    QTest::newRow("jtel: every event")
        << (QStringList {u"events"_s} + jtel)
        << QStringList {u"\n88001\t"_s, u"\n88002\t"_s, u"\n88101\t"_s};
}

void TestAgentdeskctl::reads()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const Run run = ctl(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    for (const QString &text : expected)
        QVERIFY2(run.out.contains(text), qPrintable(u"missing "_s + text + u'\n' + run.describe()));
    if (arguments.contains(u"--json"_s)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QVERIFY2(document.isArray(), qPrintable(error.errorString()));
        QVERIFY(!document.array().isEmpty());
    } else {
        // one header line, then every line has as many columns as the header
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        const qsizetype columns = lines.constFirst().count(u'\t');
        for (const QString &line : lines)
            QCOMPARE(line.count(u'\t'), columns);
    }
}

void TestAgentdeskctl::idsAbove75TakeTwoRequests_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("ECE v12") << u"ece"_s;
    QTest::newRow("eGain v3 client") << u"client"_s;
    QTest::newRow("eGain v3 user") << u"user"_s;
}

void TestAgentdeskctl::idsAbove75TakeTwoRequests()
{
    QFETCH(QString, profile);
    QStringList ids;
    for (int id = 81101; id <= 81180; ++id)
        ids.append(QString::number(id));
    markLog();
    const Run run = ctl({u"activities"_s, u"--profile"_s, profile, u"--ids"_s, ids.join(u',')});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts).size(), 1 + 80);
    // eGain v3 §8 / ECE v12 §7.1: at most 75 ids per request
    QCOMPARE(countNewRequests(u"/activity/811"_s), 2);
}

void TestAgentdeskctl::badFlagValuesAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedErr");
    QTest::newRow("--ids not a number")
        << QStringList {u"activities"_s, u"--ids"_s, u"1,x"_s} << u"--ids: 'x' is not a number"_s;
    QTest::newRow("--ids empty") << QStringList {u"cases"_s, u"--ids"_s, u""_s} << u"--ids"_s;
    QTest::newRow("--ids zero") << QStringList {u"cases"_s, u"--ids"_s, u"0"_s} << u"--ids"_s;
    QTest::newRow("--case not a number") << QStringList {u"activities"_s, u"--case"_s, u"abc"_s}
                                         << u"--case: 'abc' is not a number"_s;
    QTest::newRow("--assigned-to not a number")
        << QStringList {u"activities"_s, u"--status"_s, u"open"_s, u"--assigned-to"_s, u"me"_s}
        << u"--assigned-to"_s;
    QTest::newRow("--queue negative")
        << QStringList {u"activities"_s, u"--status"_s, u"open"_s, u"--queue"_s, u"-3"_s}
        << u"--queue"_s;
    QTest::newRow("--modified-since not a time")
        << QStringList {u"activities"_s, u"--status"_s, u"open"_s, u"--modified-since"_s,
                        u"yesterday"_s}
        << u"--modified-since"_s;
    QTest::newRow("--id not a number")
        << QStringList {u"events"_s, u"--profile"_s, u"jtel"_s, u"--id"_s, u"x"_s} << u"--id"_s;
    QTest::newRow("activities without a filter") << QStringList {u"activities"_s} << u"--ids"_s;
    QTest::newRow("--ids with a filter")
        << QStringList {u"activities"_s, u"--ids"_s, u"1"_s, u"--status"_s, u"open"_s}
        << u"--ids"_s;
    QTest::newRow("cases without --ids") << QStringList {u"cases"_s} << u"--ids"_s;
    QTest::newRow("option of another command")
        << QStringList {u"subtypes"_s, u"--ids"_s, u"1"_s} << u"--ids"_s;
    QTest::newRow("events on a profile without jtel")
        << QStringList {u"events"_s} << u"jtelBaseUrl"_s;
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("unknown option") << QStringList {u"cases"_s, u"--nope"_s} << u"nope"_s;
}

void TestAgentdeskctl::badFlagValuesAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedErr);
    markLog();
    const Run run = ctl(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(expectedErr), qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(countNewRequests(u"/"_s), 0);
}

void TestAgentdeskctl::unknownIdIsRejectedByTheServer_data()
{
    idsAbove75TakeTwoRequests_data();
}

void TestAgentdeskctl::unknownIdIsRejectedByTheServer()
{
    QFETCH(QString, profile);
    const Run run = ctl({u"activities"_s, u"--profile"_s, profile, u"--ids"_s, u"81001,99999"_s});
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"404-101"_s), qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
}

void TestAgentdeskctl::filterTheServerRefusesIsRejected()
{
    // eGain v3: an API client application may not filter by assignee; the server's code and words
    // reach the script
    const Run run = ctl({u"activities"_s, u"--profile"_s, u"client"_s, u"--status"_s, u"open"_s,
                         u"--assigned-to"_s, u"1001"_s});
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"400-101"_s), qPrintable(run.describe()));
}

void TestAgentdeskctl::stoppedServerIsUnreachable()
{
    auto gone = std::make_unique<SandboxProcess>();
    QVERIFY2(gone->isRunning(), qPrintable(gone->errorString()));
    setProfile(u"gone"_s,
               {u"jtelBaseUrl="_s + gone->url(u"/rest/v1.0/1234"_s).toString(),
                u"caseDialect=v12"_s, u"caseBaseUrl="_s + gone->url(u"/system"_s).toString(),
                u"userName=lena.fischer"_s});
    const QStringList jtel {u"--profile"_s, u"gone"_s, u"--server"_s, u"jtel"_s};
    QCOMPARE(ctl(QStringList {u"login"_s, u"--secret-stdin"_s} + jtel, JtelToken.toUtf8()).exitCode,
             0);
    QCOMPARE(ctl(QStringList {u"login"_s, u"--password-stdin"_s, u"--profile"_s, u"gone"_s,
                              u"--server"_s, u"case"_s},
                 Password.toUtf8())
                 .exitCode,
             0);
    gone.reset();

    const Run events = ctl({u"events"_s, u"--profile"_s, u"gone"_s});
    QVERIFY2(events.exitCode == 4, qPrintable(events.describe()));
    QVERIFY(events.err.contains(u"127.0.0.1"_s));
    const Run cases = ctl({u"cases"_s, u"--profile"_s, u"gone"_s, u"--ids"_s, u"70001"_s});
    QVERIFY2(cases.exitCode == 4, qPrintable(cases.describe()));
    const Run login = ctl(QStringList {u"login"_s, u"--secret-stdin"_s} + jtel, JtelToken.toUtf8());
    QVERIFY2(login.exitCode == 4, qPrintable(login.describe()));
}

void TestAgentdeskctl::eceSessionLimitNeedsForce()
{
    // k.berg's five sessions, opened elsewhere; ECE refuses a sixth without forceLogin
    for (int i = 0; i < 5; ++i) {
        const HttpResult login
            = sendRequest("POST", m_sandbox->url(u"/system/ws/v12/authentication/user/login"_s),
                          {{"Content-Type", "application/json"}},
                          R"({"userName":"k.berg","password":"sandbox"})");
        COMPARE_STATUS(login, 204);
    }
    setProfile(u"busy"_s,
               {u"caseDialect=v12"_s, u"caseBaseUrl="_s + m_sandbox->url(u"/system"_s).toString(),
                u"userName=k.berg"_s});
    const QStringList login {u"login"_s, u"--profile"_s, u"busy"_s, u"--password-stdin"_s};
    const Run refused = ctl(login, Password.toUtf8());
    QVERIFY2(refused.exitCode == 5, qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains(u"--force"_s), qPrintable(refused.describe()));

    markLog();
    const Run forced = ctl(login + QStringList {u"--force"_s}, Password.toUtf8());
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.describe()));
    bool sentForce = false;
    const QList<QJsonObject> log = m_sandbox->requestLog();
    for (qsizetype i = m_logMark; i < log.size(); ++i)
        sentForce |= log.at(i).value(u"query"_s).toString().contains(u"forceLogin=yes"_s);
    QVERIFY(sentForce);
}

void TestAgentdeskctl::logoutRemovesTheSecrets()
{
    setProfile(u"leaving"_s, {u"jtelBaseUrl="_s + m_sandbox->url(u"/rest/v1.0/1234"_s).toString()});
    QCOMPARE(
        ctl({u"login"_s, u"--profile"_s, u"leaving"_s, u"--secret-stdin"_s}, JtelToken.toUtf8())
            .exitCode,
        0);
    const QStringList read {u"events"_s, u"--profile"_s, u"leaving"_s, u"--id"_s, u"88001"_s};
    QCOMPARE(ctl(read).exitCode, 0);
    const Run logout = ctl({u"logout"_s, u"--profile"_s, u"leaving"_s});
    QVERIFY2(logout.exitCode == 0, qPrintable(logout.describe()));
    const Run after = ctl(read);
    QVERIFY2(after.exitCode == 5, qPrintable(after.describe()));
}

void TestAgentdeskctl::acceptLanguageFollowsTheUiLanguage_data()
{
    QTest::addColumn<QString>("uiLocale");
    QTest::addColumn<QString>("sent");
    QTest::newRow("German") << u"de_DE.UTF-8"_s << u"de-DE"_s;
    QTest::newRow("Swiss French maps to fr-FR") << u"fr_CH.UTF-8"_s << u"fr-FR"_s;
    QTest::newRow("Greek falls back to en-US") << u"el_GR.UTF-8"_s << u"en-US"_s;
}

// eGain and ECE accept 15 locales and answer 406 to anything else (also Qt's own "en-US,*")
void TestAgentdeskctl::acceptLanguageFollowsTheUiLanguage()
{
    QFETCH(QString, uiLocale);
    QFETCH(QString, sent);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, uiLocale);
    environment.insert(u"LANG"_s, uiLocale);
    environment.remove(u"LANGUAGE"_s);
    markLog();
    const Run run = ctl({u"cases"_s, u"--profile"_s, u"ece"_s, u"--ids"_s, u"70001"_s}, {}, environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QList<QJsonObject> log = m_sandbox->requestLog().mid(m_logMark);
    bool checked = false;
    for (const QJsonObject &entry : log) {
        if (!entry.value(u"path"_s).toString().contains(u"/interaction/case/70001"_s))
            continue;
        const QJsonObject headers = entry.value(u"headers"_s).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key().compare(u"Accept-Language"_s, Qt::CaseInsensitive) == 0) {
                QCOMPARE(it.value().toString(), sent);
                checked = true;
            }
        }
    }
    QVERIFY(checked);
}

void TestAgentdeskctl::secretsNeverAppearInOutputOrSettings()
{
    const QString settings = QDir::homePath() + u"/.config/AgentDesk/agentdesk.conf"_s;
    const QString xdgSettings
        = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/AgentDesk/agentdesk.conf"_s;
    QFile file(QFile::exists(xdgSettings) ? xdgSettings : settings);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(u"agentdesk-integration"_s)); // it is the file the profiles are in
    for (const QString &secret : {ClientSecret, JtelToken, WrongSecret}) {
        QVERIFY2(!text.contains(secret), qPrintable(secret));
        QVERIFY2(!m_allOutput.contains(secret), qPrintable(secret));
    }
    // the ECE password is a common word; it must not be any field's value
    static const QRegularExpression passwordValue(u"=sandbox\\s*$"_s,
                                                  QRegularExpression::MultilineOption);
    QVERIFY(!text.contains(passwordValue));
}

QTEST_GUILESS_MAIN(TestAgentdeskctl)
#include "tst_agentdeskctl.moc"
