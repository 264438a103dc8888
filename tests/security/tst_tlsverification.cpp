// Certificate errors are never ignored. The source of the client (app/, models/, ui/) never
// switches verification off; agentdeskctl refuses a server with a self-signed certificate —
// exit code 4, a message that says why, nothing sent and nothing stored — and accepts it once
// the profile's caBundlePath trusts exactly that certificate (an unrelated CA does not help).
// The window's side of the same rule is tst_profiledialog.

#include "ctlrun.h"
#include "sandboxprocess.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

// sandbox/README.md: fixture secrets
const QString Password = u"sandbox"_s;
const QString JtelToken = u"sandbox-jtel-token"_s;

bool makeSelfSigned(const QString &certificate, const QString &key, QString *error)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                   u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                   u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, certificate});
    if (!openssl.waitForFinished(60'000) || openssl.exitCode() != 0) {
        *error = QString::fromLocal8Bit(openssl.readAll()) + openssl.errorString();
        return false;
    }
    return true;
}

} // namespace

class TestTlsVerification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void noClientSourceSwitchesVerificationOff_data();
    void noClientSourceSwitchesVerificationOff();

    void selfSignedServerIsRefused_data();
    void selfSignedServerIsRefused();
    void anUnrelatedCaDoesNotHelp();
    void aBundleWithoutCertificatesIsNamed();
    void theProfilesCaBundleMakesItTrusted();

private:
    CtlRun ctl(const QStringList &arguments, const QByteArray &input = {});
    int requestsTo(const QString &pathPart) const;

    QTemporaryDir m_dir;
    QString m_certificate;
    QString m_otherCertificate;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_host;
};

CtlRun TestTlsVerification::ctl(const QStringList &arguments, const QByteArray &input)
{
    return CtlRun::start(QString::fromLocal8Bit(AGENTDESKCTL_BIN), arguments, input);
}

int TestTlsVerification::requestsTo(const QString &pathPart) const
{
    int count = 0;
    for (const QJsonObject &entry : m_sandbox->requestLog())
        count += entry.value(u"path"_s).toString().contains(pathPart);
    return count;
}

void TestTlsVerification::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_certificate = m_dir.filePath(u"server.pem"_s);
    m_otherCertificate = m_dir.filePath(u"other.pem"_s);
    QString error;
    QVERIFY2(makeSelfSigned(m_certificate, m_dir.filePath(u"server-key.pem"_s), &error),
             qPrintable(error));
    QVERIFY2(makeSelfSigned(m_otherCertificate, m_dir.filePath(u"other-key.pem"_s), &error),
             qPrintable(error));
    m_sandbox = std::make_unique<SandboxProcess>(QStringList {
        u"--tls-cert"_s, m_certificate, u"--tls-key"_s, m_dir.filePath(u"server-key.pem"_s)});
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    m_host = u"127.0.0.1:%1"_s.arg(m_sandbox->port());

    // the test HOME and its keyring outlive a run: start from no profiles and no secrets
    const QString removed = CtlRun::removeEveryProfile(QString::fromLocal8Bit(AGENTDESKCTL_BIN));
    QVERIFY2(removed.isEmpty(), qPrintable(removed));
    const QString base = u"https://"_s + m_host;
    const CtlRun set = ctl({u"profile"_s, u"set"_s, u"tls"_s, u"caseDialect=v12"_s,
                            u"caseBaseUrl="_s + base + u"/system"_s, u"userName=lena.fischer"_s,
                            u"jtelBaseUrl="_s + base + u"/rest/v1.0/1234"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
}

void TestTlsVerification::cleanupTestCase()
{
    CtlRun::removeEveryProfile(QString::fromLocal8Bit(AGENTDESKCTL_BIN));
}

void TestTlsVerification::noClientSourceSwitchesVerificationOff_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("ignoreSslErrors") << u"ignoreSslErrors"_s;
    QTest::newRow("VerifyNone") << u"VerifyNone"_s;
    QTest::newRow("QueryPeer") << u"QueryPeer"_s;
    QTest::newRow("setPeerVerifyMode") << u"setPeerVerifyMode"_s;
}

void TestTlsVerification::noClientSourceSwitchesVerificationOff()
{
    QFETCH(QString, pattern);
    const QString root = QString::fromLocal8Bit(AGENTDESK_SOURCE_DIR);
    int files = 0;
    bool sawTransport = false;
    QStringList found;
    for (const QString &folder : {u"app"_s, u"models"_s, u"ui"_s}) {
        QDirIterator it(root + u'/' + folder,
                        {u"*.cpp"_s, u"*.h"_s, u"*.hpp"_s, u"*.cc"_s, u"*.mm"_s, u"*.in"_s},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            ++files;
            sawTransport |= path.endsWith(u"app/api/apitransport.cpp"_s);
            const QList<QByteArray> lines = file.readAll().split('\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (lines.at(i).contains(pattern.toLatin1()))
                    found.append(u"%1:%2: %3"_s.arg(path).arg(i + 1).arg(
                        QString::fromUtf8(lines.at(i).trimmed())));
            }
        }
    }
    // the scan looked at the real tree
    QVERIFY2(files > 50 && sawTransport, qPrintable(u"%1 files under %2"_s.arg(files).arg(root)));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestTlsVerification::selfSignedServerIsRefused_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("path");
    QTest::newRow("ECE login") << u"case"_s << u"--password-stdin"_s << Password
                               << u"/authentication/user/login"_s;
    QTest::newRow("jtel token check")
        << u"jtel"_s << u"--secret-stdin"_s << JtelToken << u"/acd/events"_s;
}

void TestTlsVerification::selfSignedServerIsRefused()
{
    QFETCH(QString, server);
    QFETCH(QString, option);
    QFETCH(QString, secret);
    QFETCH(QString, path);
    const CtlRun login = ctl({u"login"_s, u"--profile"_s, u"tls"_s, u"--server"_s, server, option},
                             secret.toUtf8() + '\n');
    QVERIFY2(login.exitCode == 4, qPrintable(login.describe()));
    QVERIFY2(login.err.contains(u"Secure connection to %1 refused"_s.arg(m_host))
                 && login.err.contains(u"self-signed"_s, Qt::CaseInsensitive),
             qPrintable(login.describe()));
    QVERIFY(!login.err.contains(secret));
    // the handshake failed before anything was sent, and nothing was kept
    QCOMPARE(requestsTo(path), 0);
    const CtlRun read = server == u"jtel"
        ? ctl({u"events"_s, u"--profile"_s, u"tls"_s})
        : ctl({u"activities"_s, u"--profile"_s, u"tls"_s, u"--ids"_s, u"81001"_s});
    QVERIFY2(read.exitCode == 5, qPrintable(read.describe()));
}

void TestTlsVerification::anUnrelatedCaDoesNotHelp()
{
    const CtlRun set
        = ctl({u"profile"_s, u"set"_s, u"tls"_s, u"caBundlePath="_s + m_otherCertificate});
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    const CtlRun login = ctl(
        {u"login"_s, u"--profile"_s, u"tls"_s, u"--server"_s, u"case"_s, u"--password-stdin"_s},
        Password.toUtf8() + '\n');
    QVERIFY2(login.exitCode == 4, qPrintable(login.describe()));
    QVERIFY2(login.err.contains(u"Secure connection to %1 refused"_s.arg(m_host)),
             qPrintable(login.describe()));
    QCOMPARE(requestsTo(u"/authentication/user/login"_s), 0);
}

void TestTlsVerification::aBundleWithoutCertificatesIsNamed()
{
    const QString notPem = m_dir.filePath(u"not-a-bundle.pem"_s);
    QFile file(notPem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is no certificate\n");
    file.close();
    const CtlRun set = ctl({u"profile"_s, u"set"_s, u"tls"_s, u"caBundlePath="_s + notPem});
    // refused when set, or named when used: either way never a silent fallback to no checks
    if (set.exitCode == 0) {
        const CtlRun login = ctl(
            {u"login"_s, u"--profile"_s, u"tls"_s, u"--server"_s, u"case"_s, u"--password-stdin"_s},
            Password.toUtf8() + '\n');
        QVERIFY2(login.exitCode != 0 && login.err.contains(notPem), qPrintable(login.describe()));
    } else {
        QVERIFY2(set.exitCode == 2 && set.err.contains(u"caBundlePath"_s),
                 qPrintable(set.describe()));
    }
    QCOMPARE(requestsTo(u"/authentication/user/login"_s), 0);
}

void TestTlsVerification::theProfilesCaBundleMakesItTrusted()
{
    const CtlRun set = ctl({u"profile"_s, u"set"_s, u"tls"_s, u"caBundlePath="_s + m_certificate});
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    for (const auto &[server, option, secret] :
         {std::tuple {u"case"_s, u"--password-stdin"_s, Password},
          std::tuple {u"jtel"_s, u"--secret-stdin"_s, JtelToken}}) {
        const CtlRun login
            = ctl({u"login"_s, u"--profile"_s, u"tls"_s, u"--server"_s, server, option},
                  secret.toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
    }
    const CtlRun activities
        = ctl({u"activities"_s, u"--profile"_s, u"tls"_s, u"--ids"_s, u"81001"_s});
    QVERIFY2(activities.exitCode == 0, qPrintable(activities.describe()));
    const CtlRun events = ctl({u"events"_s, u"--profile"_s, u"tls"_s, u"--id"_s, u"88001"_s});
    QVERIFY2(events.exitCode == 0, qPrintable(events.describe()));
    QVERIFY(requestsTo(u"/authentication/user/login"_s) >= 2);
}

QTEST_GUILESS_MAIN(TestTlsVerification)
#include "tst_tlsverification.moc"
