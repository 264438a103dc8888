// Where secrets end up after a working day. Against the sandbox and a private gnome-keyring,
// agentdeskctl signs in every way there is (ECE password, eGain client secret, eGain user through
// the browser with PKCE, jtel token), syncs, reads, and writes several of each operation — one
// of them queued while the server fails and flushed later — and the window syncs and opens its
// dialogs once. Everything is done twice: at the default log level, and with
// QT_LOGGING_RULES="agentdesk.*=true".
//
// Then every file under the test's HOME (settings, the cache with its -wal and -shm, the log
// files, the keyring, temporary files: TMPDIR points there too) is searched for every secret the
// sandbox saw — passwords, client secrets, tokens, ECE session ids, PKCE verifiers and
// authorization codes, read from the sandbox's request log — raw, percent-encoded, base64 and
// UTF-16. None may appear. The log files written at the default level must also hold no
// personal data: no user names, subjects, notes or phone numbers of the day's work.

#include "ctlrun.h"
#include "httpresult.h"
#include "sandboxprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <set>

using namespace Qt::StringLiterals;

namespace {

// sandbox/README.md: fixture secrets; the jtel token is this run's own
const QString Password = u"sandbox"_s;
const QString ClientSecret = u"sandbox-client-secret"_s;
const QString JtelBase = u"/rest/v1.0/1234"_s;
const QString EveryLevel = u"agentdesk.*=true"_s;
const QString BenWebersPhone = u"4930555010002"_s; // customer 5002's phone contact point

QString unique(const QString &what)
{
    return what + u' ' + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

// a German mobile number nobody else in the fixtures has
QString phoneNumber()
{
    return u"49171"_s
        + QString::number(QRandomGenerator::global()->bounded(10'000'000, 99'999'999));
}

QString formField(const QString &body, const QString &name)
{
    for (const QString &pair : body.split(u'&')) {
        if (pair.startsWith(name + u'='))
            return QUrl::fromPercentEncoding(
                pair.mid(name.size() + 1).replace(u'+', u' ').toUtf8());
    }
    return {};
}

QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/AgentDesk/agentdesk"_s;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestSecretScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void aDayOfWorkAtTheDefaultLogLevel();
    void logFilesAtTheDefaultLevelHoldNoPersonalData();
    void theSameWithEveryLogLevelOn();
    void noSecretInAnyFileUnderHome();
    void noSecretInAnyOutput();

private:
    CtlRun ctl(const QStringList &arguments, const QByteArray &input = {});
    bool ok(const QStringList &arguments, const QByteArray &input = {});
    void signInEverywhere();
    void browserLogin(const QString &profile);
    void syncEverything();
    void writeOfEachKind(int rounds);
    void queuedWhileTheServerFailsThenFlushed();
    void keepCachesOpen();
    // secret kind → values, from the sandbox's request log
    std::map<QString, std::set<QString>> secretsTheSandboxSaw() const;

    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_jtelToken;
    QProcessEnvironment m_environment;
    QString m_output; // every stdout and stderr
    QString m_defaultLevelErr; // stderr of agentdeskctl at the default level
    QStringList m_personal; // personal data the day's work sent
    QList<QSqlDatabase> m_openCaches;
};

CtlRun TestSecretScan::ctl(const QStringList &arguments, const QByteArray &input)
{
    const CtlRun run
        = CtlRun::start(QString::fromLocal8Bit(AGENTDESKCTL_BIN), arguments, input, m_environment);
    m_output += run.out + run.err;
    if (!m_environment.contains(u"QT_LOGGING_RULES"_s))
        m_defaultLevelErr += run.err;
    return run;
}

bool TestSecretScan::ok(const QStringList &arguments, const QByteArray &input)
{
    const CtlRun run = ctl(arguments, input);
    if (run.exitCode != 0)
        qWarning("%s: %s", qPrintable(arguments.join(u' ')), qPrintable(run.describe()));
    return run.exitCode == 0;
}

void TestSecretScan::initTestCase()
{
    m_jtelToken = u"jt-"_s + QUuid::createUuid().toString(QUuid::Id128);
    m_sandbox = std::make_unique<SandboxProcess>(QStringList {u"--jtel-token"_s, m_jtelToken});
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));

    // temporary files of the programs land under HOME too, inside the scan
    const QString temporary = QDir::homePath() + u"/tmp"_s;
    QVERIFY(QDir(temporary).removeRecursively() && QDir().mkpath(temporary));
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(u"TMPDIR"_s, temporary);
    m_environment.remove(u"QT_LOGGING_RULES"_s);

    // the test HOME and its keyring outlive a run: start from no profiles, caches or logs
    const QString removed = CtlRun::removeEveryProfile(QString::fromLocal8Bit(AGENTDESKCTL_BIN));
    QVERIFY2(removed.isEmpty(), qPrintable(removed));
    QVERIFY(QDir(dataDirectory()).removeRecursively());

    const QString base = m_sandbox->baseUrl().toString();
    const QString oauth = base + u"/system/auth/SANDBOX-U/oauth2"_s;
    QVERIFY(ok({u"profile"_s, u"set"_s, u"desk"_s, u"caseDialect=v12"_s,
                u"caseBaseUrl="_s + base + u"/system"_s, u"userName=lena.fischer"_s,
                u"jtelBaseUrl="_s + base + JtelBase}));
    QVERIFY(ok({u"profile"_s, u"set"_s, u"client"_s, u"caseDialect=v3"_s, u"caseBaseUrl="_s + base,
                u"oauthFlow=client"_s, u"clientId=agentdesk-integration"_s,
                u"tokenUrl="_s + oauth + u"/token"_s,
                u"scope=app.core.casemgr.read app.core.casemgr.manage"_s}));
    QVERIFY(ok({u"profile"_s, u"set"_s, u"user"_s, u"caseDialect=v3"_s, u"caseBaseUrl="_s + base,
                u"oauthFlow=user"_s, u"clientId=agentdesk-desktop"_s,
                u"authorizeUrl="_s + oauth + u"/authorize"_s, u"tokenUrl="_s + oauth + u"/token"_s,
                u"scope=core.casemgr.read core.casemgr.manage"_s, u"userName=lena.fischer"_s}));
    QVERIFY(ok({u"profile"_s, u"use"_s, u"desk"_s}));
    m_personal << u"lena.fischer"_s << u"anna.schmidt@example.com"_s << u"Anna Schmidt"_s
               << u"Ben Weber"_s << BenWebersPhone;
}

void TestSecretScan::cleanupTestCase()
{
    for (QSqlDatabase &database : m_openCaches) {
        const QString name = database.connectionName();
        database.close();
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
}

void TestSecretScan::browserLogin(const QString &profile)
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(QString::fromLocal8Bit(AGENTDESKCTL_BIN), {u"login"_s, u"--profile"_s, profile});
    QVERIFY(process.waitForStarted(10'000));
    process.closeWriteChannel();
    QString err;
    const QUrl authorize = CtlRun::browserSignInUrl(process, &err);
    QVERIFY2(authorize.isValid(), qPrintable(err));
    // the browser: the sandbox approves at once and redirects to agentdeskctl's loopback port
    const HttpResult approval = sendRequest("GET", authorize);
    COMPARE_STATUS(approval, 302);
    sendRequest("GET", QUrl(QString::fromUtf8(approval.header("Location"))));
    QVERIFY(process.waitForFinished(60'000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    err += QString::fromUtf8(process.readAllStandardError());
    m_output += out + err;
    if (!m_environment.contains(u"QT_LOGGING_RULES"_s))
        m_defaultLevelErr += err;
    QVERIFY2(process.exitCode() == 0, qPrintable(out + err));
}

void TestSecretScan::signInEverywhere()
{
    QVERIFY(
        ok({u"login"_s, u"--profile"_s, u"desk"_s, u"--server"_s, u"case"_s, u"--password-stdin"_s},
           Password.toUtf8() + '\n'));
    QVERIFY(
        ok({u"login"_s, u"--profile"_s, u"desk"_s, u"--server"_s, u"jtel"_s, u"--secret-stdin"_s},
           m_jtelToken.toUtf8() + '\n'));
    QVERIFY(ok({u"login"_s, u"--profile"_s, u"client"_s, u"--secret-stdin"_s},
               ClientSecret.toUtf8() + '\n'));
    browserLogin(u"user"_s);
}

void TestSecretScan::syncEverything()
{
    for (const QString &profile : {u"desk"_s, u"client"_s, u"user"_s})
        QVERIFY(ok({u"sync"_s, u"--profile"_s, profile}));
}

void TestSecretScan::writeOfEachKind(int rounds)
{
    for (int round = 0; round < rounds; ++round) {
        for (const QString &profile : {u"desk"_s, u"client"_s, u"user"_s}) {
            const QString subject = unique(u"Router restarts"_s);
            const QString notes = unique(u"Caller says the light blinks red"_s);
            m_personal << subject << notes;
            QStringList arguments {u"create-calltrack"_s, u"--profile"_s, profile,
                                   u"--department"_s,     u"Service"_s,   u"--subtype"_s,
                                   u"general"_s,          u"--subject"_s, subject,
                                   u"--content"_s,        notes};
            if (round % 2 == 0)
                arguments << u"--customer"_s << u"5001"_s;
            else
                arguments << u"--contact-point-data"_s << BenWebersPhone;
            if (profile == u"client")
                arguments << u"--target-user"_s << u"lena.fischer"_s;
            const CtlRun run = ctl(arguments);
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            static const QRegularExpression id(u"Calltrack activity\\s*(\\d+)"_s);
            const qint64 activity = id.match(run.out).captured(1).toLongLong();
            QVERIFY2(activity > 0, qPrintable(run.describe()));

            const QString caseSubject = unique(u"Split off"_s);
            m_personal << caseSubject;
            QVERIFY(ok({u"change-case"_s, u"--profile"_s, profile, u"--activities"_s,
                        QString::number(activity), u"--new-case"_s, u"--subject"_s, caseSubject}));
            // and on into an existing case of the same customer (P4): Anna Schmidt's 70004 or
            // Ben Weber's 70003
            QVERIFY(ok({u"change-case"_s, u"--profile"_s, profile, u"--activities"_s,
                        QString::number(activity), u"--case"_s,
                        round % 2 == 0 ? u"70004"_s : u"70003"_s}));
        }

        for (const int group : {512, 513}) {
            const QString sender = phoneNumber();
            const QString subject = unique(u"Call back after 14:00"_s);
            m_personal << sender << subject;
            QVERIFY(ok({u"create-callback"_s, u"--profile"_s, u"desk"_s, u"--group"_s,
                        QString::number(group), u"--sender"_s, u'+' + sender, u"--subject"_s,
                        subject}));
        }
    }
}

void TestSecretScan::queuedWhileTheServerFailsThenFlushed()
{
    QVERIFY(m_sandbox->setFaults(
        {{u"failNext"_s, 20}, {u"nextFaultFilter"_s, u"POST .*/interaction/activity"_s}}));
    const QString subject = unique(u"Queued call"_s);
    m_personal << subject;
    const CtlRun queued
        = ctl({u"create-calltrack"_s, u"--profile"_s, u"desk"_s, u"--department"_s, u"Service"_s,
               u"--subtype"_s, u"general"_s, u"--subject"_s, subject, u"--customer"_s, u"5002"_s});
    QVERIFY2(queued.exitCode == 4, qPrintable(queued.describe()));
    QVERIFY(m_sandbox->setFaults({{u"failNext"_s, 0}}));
    QVERIFY(ok({u"outbox"_s, u"list"_s, u"--profile"_s, u"desk"_s}));
    QVERIFY(ok({u"outbox"_s, u"flush"_s, u"--profile"_s, u"desk"_s}));
    QVERIFY(ok({u"outbox"_s, u"list"_s, u"--all"_s, u"--json"_s, u"--profile"_s, u"desk"_s}));
}

// SQLite deletes -wal and -shm when the last connection closes: one held here keeps them on
// disk for the scan, with whatever the programs wrote into them afterwards
void TestSecretScan::keepCachesOpen()
{
    for (const QString &profile : {u"desk"_s, u"client"_s, u"user"_s}) {
        const QString path = dataDirectory() + u"/cache/"_s + profile + u".sqlite"_s;
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"scan-"_s + profile);
        database.setDatabaseName(path);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_master"_s) && query.next());
        m_openCaches.append(database);
    }
}

void TestSecretScan::aDayOfWorkAtTheDefaultLogLevel()
{
    signInEverywhere();
    syncEverything();
    keepCachesOpen();
    QVERIFY(ok({u"activities"_s, u"--profile"_s, u"desk"_s, u"--case"_s, u"70001"_s}));
    QVERIFY(ok({u"cases"_s, u"--profile"_s, u"user"_s, u"--ids"_s, u"70001,70003"_s}));
    QVERIFY(ok({u"events"_s, u"--profile"_s, u"desk"_s, u"--json"_s}));
    QVERIFY(ok({u"subtypes"_s, u"--profile"_s, u"client"_s}));
    writeOfEachKind(2);
    queuedWhileTheServerFailsThenFlushed();
    syncEverything();

    // the window: opens the profile, syncs, opens each operation dialog, quits
    QProcess window;
    window.setProcessEnvironment(m_environment);
    window.start(
        QString::fromLocal8Bit(AGENTDESK_BIN),
        {u"--profile"_s, u"desk"_s, u"--screenshot"_s, QDir::homePath() + u"/tmp/agentdesk.png"_s});
    QVERIFY(window.waitForFinished(120'000));
    const QString windowErr = QString::fromUtf8(window.readAllStandardError());
    m_output += windowErr + QString::fromUtf8(window.readAllStandardOutput());
    QVERIFY2(window.exitStatus() == QProcess::NormalExit && window.exitCode() == 0,
             qPrintable(windowErr));
}

void TestSecretScan::logFilesAtTheDefaultLevelHoldNoPersonalData()
{
    const QString logs = dataDirectory() + u"/logs"_s;
    const QString ctlLog = readAll(logs + u"/agentdeskctl.log"_s);
    const QString windowLog = readAll(logs + u"/agentdesk.log"_s);
    // the file has the transport's notes that agentdeskctl keeps off stderr (the window shows
    // them on stderr too)
    QVERIFY2(ctlLog.contains(u"] info agentdesk.api: "_s), qPrintable(logs));
    QVERIFY(!m_defaultLevelErr.contains(u"agentdesk.api"_s));
    QVERIFY2(windowLog.contains(u"] info agentdesk.api: "_s), qPrintable(windowLog.left(2000)));
    QVERIFY(!ctlLog.contains(u"] debug "_s));
    QVERIFY(!windowLog.contains(u"] debug "_s));

    QStringList found;
    for (const QString &value : std::as_const(m_personal)) {
        for (const auto &[name, text] : {std::pair {u"agentdeskctl.log"_s, ctlLog},
                                         std::pair {u"agentdesk.log"_s, windowLog}}) {
            for (const QString &line : text.split(u'\n')) {
                if (line.contains(value))
                    found << name + u": "_s + line;
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestSecretScan::theSameWithEveryLogLevelOn()
{
    m_environment.insert(u"QT_LOGGING_RULES"_s, EveryLevel);
    const qsizetype outputBefore = m_output.size();
    signInEverywhere();
    syncEverything();
    writeOfEachKind(1);
    m_environment.remove(u"QT_LOGGING_RULES"_s);

    // the rules raise the level for stderr and the file alike
    QVERIFY(m_output.mid(outputBefore).contains(u"headers"_s));
    const QString ctlLog = readAll(dataDirectory() + u"/logs/agentdeskctl.log"_s);
    QVERIFY(ctlLog.contains(u"] debug agentdesk.api: "_s));
    QVERIFY(ctlLog.contains(u"Authorization: <redacted>"_s));
    QVERIFY(ctlLog.contains(u"X-egain-session: <redacted>"_s));
}

std::map<QString, std::set<QString>> TestSecretScan::secretsTheSandboxSaw() const
{
    std::map<QString, std::set<QString>> secrets;
    secrets[u"password"_s].insert(Password);
    secrets[u"client secret"_s].insert(ClientSecret);
    secrets[u"jtel token"_s].insert(m_jtelToken);
    for (const QJsonObject &entry : m_sandbox->requestLog()) {
        const QJsonObject headers = entry.value(u"headers"_s).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            const QString value = it.value().toString();
            if (it.key().compare(u"Authorization"_s, Qt::CaseInsensitive) == 0
                && value.startsWith(u"Bearer "_s))
                secrets[value.mid(7) == m_jtelToken ? u"jtel token"_s : u"access token"_s].insert(
                    value.mid(7));
            else if (it.key().compare(u"X-egain-session"_s, Qt::CaseInsensitive) == 0)
                secrets[u"ECE session id"_s].insert(value);
        }
        const QString path = entry.value(u"path"_s).toString();
        const QString body = entry.value(u"body"_s).toString();
        if (path.endsWith(u"/oauth2/token"_s)) {
            for (const auto &[field, kind] : {std::pair {u"client_secret"_s, u"client secret"_s},
                                              std::pair {u"code_verifier"_s, u"PKCE verifier"_s},
                                              std::pair {u"code"_s, u"authorization code"_s}}) {
                const QString value = formField(body, field);
                if (!value.isEmpty())
                    secrets[kind].insert(value);
            }
        } else if (path.endsWith(u"/authentication/user/login"_s)) {
            const QString password
                = QJsonDocument::fromJson(body.toUtf8()).object().value(u"password"_s).toString();
            if (!password.isEmpty())
                secrets[u"password"_s].insert(password);
        }
    }
    return secrets;
}

void TestSecretScan::noSecretInAnyFileUnderHome()
{
    const auto secrets = secretsTheSandboxSaw();
    // both passes signed in every way: the log must have shown each kind more than once
    for (const auto &[kind, minimum] :
         {std::pair {u"access token"_s, 4}, std::pair {u"ECE session id"_s, 4},
          std::pair {u"PKCE verifier"_s, 2}, std::pair {u"authorization code"_s, 2}}) {
        const auto values = secrets.find(kind);
        QVERIFY2(values != secrets.end() && int(values->second.size()) >= minimum,
                 qPrintable(kind));
    }

    // every form a value could take in a file
    struct Needle
    {
        QString kind;
        QString form;
        QByteArray bytes;
    };
    QList<Needle> needles;
    int values = 0;
    QStringList figures;
    for (const auto &[kind, set] : secrets) {
        figures << u"%1 × %2"_s.arg(set.size()).arg(kind);
        for (const QString &value : set) {
            QVERIFY2(value.size() >= 6, qPrintable(kind));
            ++values;
            const QByteArray utf8 = value.toUtf8();
            needles.append({kind, u"raw"_s, utf8});
            const QByteArray percent = QUrl::toPercentEncoding(value);
            if (percent != utf8)
                needles.append({kind, u"percent-encoded"_s, percent});
            needles.append({kind, u"base64"_s, utf8.toBase64(QByteArray::OmitTrailingEquals)});
            needles.append(
                {kind, u"base64url"_s,
                 utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)});
            needles.append(
                {kind, u"UTF-16"_s,
                 QByteArray(reinterpret_cast<const char *>(value.utf16()), value.size() * 2)});
        }
    }

    // The ECE password of the fixtures is a plain word ("sandbox"): as a value it stands alone,
    // while names such as agentdesk-sandbox merely contain it.
    const auto isWordChar = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
    };
    const auto standsAlone = [&](const QByteArray &data, qsizetype at, qsizetype size) {
        return (at == 0 || !isWordChar(data.at(at - 1)))
            && (at + size >= data.size() || !isWordChar(data.at(at + size)));
    };

    int files = 0;
    qint64 bytes = 0;
    QStringList hits;
    QStringList scanned;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink() || !info.isFile())
            continue; // sockets and links: nothing is stored in them
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = file.readAll();
        ++files;
        bytes += data.size();
        scanned << QDir(QDir::homePath()).relativeFilePath(path);
        for (const Needle &needle : std::as_const(needles)) {
            for (qsizetype at = data.indexOf(needle.bytes); at >= 0;
                 at = data.indexOf(needle.bytes, at + 1)) {
                if (needle.bytes == Password.toUtf8()
                    && !standsAlone(data, at, needle.bytes.size()))
                    continue;
                hits << u"%1 (%2) in %3 at byte %4"_s.arg(needle.kind, needle.form, path).arg(at);
                break;
            }
        }
    }
    qInfo("secret values: %d (%s); forms searched: %d", values, qPrintable(figures.join(u", "_s)),
          int(needles.size()));
    qInfo("files scanned: %d, %lld bytes; hits: %d", files, bytes, int(hits.size()));

    // the files that matter were there to be scanned
    const QString data = QDir(QDir::homePath()).relativeFilePath(dataDirectory());
    for (const QString &expected :
         {data + u"/cache/desk.sqlite"_s, data + u"/cache/desk.sqlite-wal"_s,
          data + u"/cache/desk.sqlite-shm"_s, data + u"/cache/user.sqlite-wal"_s,
          data + u"/logs/agentdeskctl.log"_s, data + u"/logs/agentdesk.log"_s})
        QVERIFY2(scanned.contains(expected), qPrintable(expected + u"\n"_s + scanned.join(u'\n')));
    QVERIFY2(std::any_of(scanned.cbegin(), scanned.cend(),
                         [](const QString &path) { return path.endsWith(u"agentdesk.conf"_s); }),
             qPrintable(scanned.join(u'\n')));
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
}

void TestSecretScan::noSecretInAnyOutput()
{
    QStringList hits;
    for (const auto &[kind, set] : secretsTheSandboxSaw()) {
        for (const QString &value : set) {
            if (value == Password)
                continue; // a plain word; agentdeskctl reads it from stdin and never prints it
            if (m_output.contains(value))
                hits << kind;
        }
    }
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
