#include "session/trainingsandbox.h"

#include "auth/credentialstore.h"
#include "auth/profilestore.h"
#include "auth/serverconnections.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTraining, "agentdesk.training", QtInfoMsg)

namespace {

constexpr int StopTimeoutMs = 5'000;
// enough of the sandbox's complaint to say why it did not start
constexpr qsizetype MaxErrorOutput = 4'096;

const QString ProgramName = u"agentdesk-sandbox"_s;

// sandbox/README.md: every user's password, jtel's ClientsID and token
const QString TrainingPassword = u"sandbox"_s;
const QString JtelPath = u"/rest/v1.0/1234"_s;
const QString JtelToken = u"sandbox-jtel-token"_s;
const QString EcePath = u"/system"_s;

QString executableIn(const QString &directory)
{
    const QFileInfo file(QDir(directory).filePath(ProgramName));
    return file.isFile() && file.isExecutable() ? file.canonicalFilePath() : QString();
}

// one keychain write after another; the first failure ends it
void writeAll(CredentialStore *credentials, QList<std::pair<CredentialKey, QString>> secrets,
              const std::function<void(QString error)> &done)
{
    if (secrets.isEmpty()) {
        done(QString());
        return;
    }
    const auto [key, secret] = secrets.takeFirst();
    credentials->write(key, secret, [credentials, secrets, done](const QString &error) {
        if (error.isEmpty())
            writeAll(credentials, secrets, done);
        else
            done(error);
    });
}

} // namespace

TrainingSandbox::TrainingSandbox(QObject *parent)
    : QObject(parent)
{
    m_startTimeout.setSingleShot(true);
    m_startTimeout.setInterval(StartTimeoutMs);
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        fail(tr("The training server did not report its port within %n seconds.", nullptr,
                StartTimeoutMs / 1000));
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &TrainingSandbox::readPort);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        // kept for the message when it does not start; its log is not the app's business
        m_errorOutput += m_process.readAllStandardError();
        if (m_errorOutput.size() > MaxErrorOutput)
            m_errorOutput = m_errorOutput.right(MaxErrorOutput);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            //: %1 is the program's path, %2 the system's reason
            fail(tr("The training server %1 could not be started: %2")
                     .arg(m_process.program(), m_process.errorString()));
        }
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode) {
        if (m_stopping)
            return;
        if (m_startTimeout.isActive()) {
            //: %1 is the exit code, %2 what the server printed
            fail(tr("The training server stopped at once (exit code %1). %2")
                     .arg(exitCode)
                     .arg(QString::fromLocal8Bit(m_errorOutput).trimmed()));
            return;
        }
        if (m_port != 0) {
            qCWarning(lcTraining) << "the training server on port" << m_port << "ended";
            m_port = 0;
            Q_EMIT stopped();
        }
    });
}

TrainingSandbox::~TrainingSandbox()
{
    stop();
}

QString TrainingSandbox::findProgram()
{
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString &directory : {here, QDir(here).filePath(u"../sandbox"_s)}) {
        if (const QString program = executableIn(directory); !program.isEmpty())
            return program;
    }
    return QStandardPaths::findExecutable(ProgramName);
}

void TrainingSandbox::start()
{
    if (isRunning()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT started(m_port); });
        return;
    }
    if (m_process.state() != QProcess::NotRunning)
        return; // starting: its started() or failed() answers this call too
    const QString program = m_program.isEmpty() ? findProgram() : m_program;
    if (program.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            //: %1 is the program's file name
            fail(tr("The training server %1 was not found next to AgentDesk nor on the PATH; "
                    "install it with AgentDesk.")
                     .arg(ProgramName));
        });
        return;
    }
    m_errorOutput.clear();
    m_port = 0;
    m_startTimeout.start();
    // a free loopback port chosen by the sandbox itself, so two trainings never collide
    m_process.start(program, {u"--port"_s, u"0"_s});
}

bool TrainingSandbox::isRunning() const
{
    return m_port != 0 && m_process.state() == QProcess::Running;
}

void TrainingSandbox::readPort()
{
    if (m_port != 0) {
        m_process.readAllStandardOutput(); // nothing else is needed; keep the pipe from filling
        return;
    }
    if (!m_process.canReadLine())
        return;
    // the sandbox's first line on stdout is the port number alone
    const QByteArray line = m_process.readLine().trimmed();
    bool ok = false;
    const uint port = line.toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        //: %1 is what the server printed instead of its port number
        fail(tr("The training server did not report its port: “%1”").arg(QString::fromUtf8(line)));
        return;
    }
    m_startTimeout.stop();
    m_port = quint16(port);
    qCInfo(lcTraining) << "training server" << m_process.program() << "listens on port" << m_port;
    m_process.readAllStandardOutput();
    Q_EMIT started(m_port);
}

void TrainingSandbox::fail(const QString &message)
{
    m_startTimeout.stop();
    qCWarning(lcTraining).noquote() << message;
    stop();
    Q_EMIT failed(message);
}

void TrainingSandbox::stop()
{
    m_port = 0;
    if (m_process.state() == QProcess::NotRunning)
        return;
    // its end is ours, not a crash to report
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(StopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(StopTimeoutMs);
    }
    m_stopping = false;
}

QString TrainingSandbox::profileName()
{
    return u"training"_s;
}

Profile TrainingSandbox::profile() const
{
    const QString base = u"http://127.0.0.1:%1"_s.arg(m_port);
    Profile profile;
    profile.name = profileName();
    profile.caseDialect = Profile::CaseDialect::EceV12;
    profile.caseBaseUrl = QUrl(base + EcePath);
    profile.userName = m_user;
    profile.jtelBaseUrl = QUrl(base + JtelPath);
    return profile;
}

void TrainingSandbox::setUpProfile(CredentialStore *credentials,
                                   const std::function<void(QString error)> &done) const
{
    const Profile training = profile();
    const auto notSaved = [](const ProfileStore &profiles) {
        //: %1 is the settings file
        return tr("The profile could not be saved to %1.").arg(profiles.fileName());
    };
    // QSettings objects of one file share their data within the process, so a store of our own
    // writes what every other ProfileStore of the app reads
    ProfileStore profiles;
    if (!profiles.save(training)) {
        QTimer::singleShot(0, credentials, [done, error = notSaved(profiles)] { done(error); });
        return;
    }
    // active only once its secrets are in place, so nothing starts on it signed out
    writeAll(credentials,
             {{ServerConnections::caseSecretKey(training), TrainingPassword},
              {ServerConnections::jtelTokenKey(training), JtelToken}},
             [done, notSaved](const QString &error) {
                 ProfileStore store;
                 if (!error.isEmpty())
                     done(error);
                 else
                     done(store.setActive(profileName()) ? QString() : notSaved(store));
             });
}
