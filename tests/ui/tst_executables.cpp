// agentdesk as the demo and a first-time user start it: `--training` on the bundled sandbox
// (secrets in a private gnome-keyring), the unattended screenshot run, and the exit codes and
// messages of a run that cannot sync or names an unknown profile.

#include "sandboxprocess.h"

#include "auth/profilestore.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestExecutables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trainingRunTakesScreenshotsOfTheWindowAndTheDialogs();
    void screenshotRunFailsWhenTheServerRefuses();
    void unknownProfileIsAnError();
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();

private:
    struct Run
    {
        int exitCode = -1;
        QString err;
    };
    Run agentdesk(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
};

void TestExecutables::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
}

TestExecutables::Run TestExecutables::agentdesk(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess app;
    app.setProcessEnvironment(environment);
    app.start(QString::fromLocal8Bit(AGENTDESK_BIN), arguments);
    if (!app.waitForFinished(90'000)) {
        app.kill();
        app.waitForFinished();
        return {};
    }
    return {app.exitCode(), QString::fromLocal8Bit(app.readAllStandardError())};
}

void TestExecutables::trainingRunTakesScreenshotsOfTheWindowAndTheDialogs()
{
    const QString image = m_dir.filePath(u"training.png"_s);
    const Run run = agentdesk({u"--training"_s, u"--screenshot"_s, image});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QImage shot(image);
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() >= 600);
    for (const QString &dialog : {u"calltrack"_s, u"callback"_s, u"changecase"_s})
        QVERIFY2(!QImage(m_dir.filePath(u"training-%1.png"_s.arg(dialog))).isNull(), qPrintable(dialog));
    // the training profile is kept for the next start
    QVERIFY(ProfileStore().load(u"training"_s));
}

// a jtel server with no token in the keychain: the first sync asks for a sign-in
void TestExecutables::screenshotRunFailsWhenTheServerRefuses()
{
    Profile profile;
    profile.name = u"unsigned"_s;
    profile.jtelBaseUrl = m_sandbox->url(u"/rest/v1.0/1234"_s);
    QVERIFY(ProfileStore().save(profile));
    const QString image = m_dir.filePath(u"refused.png"_s);
    const Run run = agentdesk({u"--profile"_s, u"unsigned"_s, u"--screenshot"_s, image});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"ACD: sign-in needed"_s), qPrintable(run.err));
    QVERIFY2(!QImage(image).isNull(), "the error state is still captured");
}

void TestExecutables::unknownProfileIsAnError()
{
    const Run run = agentdesk({u"--profile"_s, u"nobody"_s, u"--screenshot"_s, m_dir.filePath(u"none.png"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"There is no profile named nobody."_s), qPrintable(run.err));
}

void TestExecutables::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--help") << u"--help"_s;
    QTest::newRow("--version") << u"--version"_s;
}

void TestExecutables::helpAndVersionNeedNoDisplay()
{
    QFETCH(QString, option);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    QProcess app;
    app.setProcessEnvironment(environment);
    app.start(QString::fromLocal8Bit(AGENTDESK_BIN), {option});
    QVERIFY(app.waitForFinished(30'000));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(!app.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
