#include "httpresult.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// sandbox/README.md: jtel ClientsID 1234 and its API token
const QString JtelPath = QStringLiteral("/rest/v1.0/1234");
const QString JtelToken = QStringLiteral("sandbox-jtel-token");
} // namespace

// agentdesk as the demo uses it, against the real sandbox. (agentdeskctl needs a keychain for
// its profiles' secrets; tests/integration/tst_agentdeskctl.cpp covers it.)
class TestExecutables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agentdeskTakesAScreenshotOfTheLoadedQueue();
    void agentdeskFailsTheScreenshotRunWhenTheServerRefuses();

private:
    QString writeToken(const QString &token);
    QStringList jtelArguments(const QString &tokenFile) const;

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    int m_serverCount = -1;
};

void TestExecutables::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    const HttpResult list = sendRequest("GET", m_sandbox->url(JtelPath + u"/acd/events"_s),
                                        {{"Authorization", "Bearer " + JtelToken.toUtf8()}});
    COMPARE_STATUS(list, 200);
    m_serverCount = list.object().value(u"count").toInt(-1);
    QVERIFY(m_serverCount > 0);
}

QString TestExecutables::writeToken(const QString &token)
{
    const QString path = m_dir.filePath(u"token-%1"_s.arg(token));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(token.toUtf8() + '\n');
    return path;
}

QStringList TestExecutables::jtelArguments(const QString &tokenFile) const
{
    return {u"--jtel-url"_s, m_sandbox->url(JtelPath).toString(), u"--jtel-token-file"_s,
            tokenFile};
}

void TestExecutables::agentdeskTakesAScreenshotOfTheLoadedQueue()
{
    const QString image = m_dir.filePath(u"loaded.png"_s);
    QProcess app;
    app.setProcessChannelMode(QProcess::ForwardedChannels);
    app.start(QString::fromLocal8Bit(AGENTDESK_BIN),
              jtelArguments(writeToken(JtelToken)) << u"--screenshot"_s << image);
    QVERIFY(app.waitForFinished(60'000));
    QCOMPARE(app.exitCode(), 0);
    const QImage shot(image);
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() >= 800);
}

void TestExecutables::agentdeskFailsTheScreenshotRunWhenTheServerRefuses()
{
    const QString image = m_dir.filePath(u"refused.png"_s);
    QProcess app;
    app.start(QString::fromLocal8Bit(AGENTDESK_BIN),
              jtelArguments(writeToken(u"wrong-token"_s)) << u"--screenshot"_s << image);
    QVERIFY(app.waitForFinished(60'000));
    QCOMPARE(app.exitCode(), 1);
    QVERIFY(
        QString::fromLocal8Bit(app.readAllStandardError()).contains(u"refused the API token"_s));
    QVERIFY2(!QImage(image).isNull(), "the error state is still captured");
}

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
