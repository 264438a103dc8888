#include "sandboxprocess.h"

#include "httpresult.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
constexpr int startTimeoutMs = 60000;
constexpr int stopTimeoutMs = 5000;
} // namespace

SandboxProcess::SandboxProcess(const QStringList &extraArguments)
{
    const QString program = qEnvironmentVariable("AGENTDESK_SANDBOX");
    if (program.isEmpty()) {
        m_error = u"AGENTDESK_SANDBOX is not set (run the test through ctest)"_s;
        return;
    }
    if (!m_directory.isValid()) {
        m_error = u"cannot create a temporary directory: "_s + m_directory.errorString();
        return;
    }
    m_logPath = m_directory.filePath(u"requests.jsonl"_s);

    // diagnostics of the sandbox go to the test's own stderr
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(program,
                    QStringList {u"--port"_s, u"0"_s, u"--log"_s, m_logPath} + extraArguments);
    if (!m_process.waitForStarted(startTimeoutMs)) {
        m_error = u"cannot start %1: %2"_s.arg(program, m_process.errorString());
        return;
    }

    // the first line on stdout is the port number alone
    const QDeadlineTimer deadline(startTimeoutMs);
    while (!m_process.canReadLine() && !deadline.hasExpired()
           && m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    const QByteArray line = m_process.readLine().trimmed();
    bool ok = false;
    const uint port = line.toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        m_error = u"expected the port on the first stdout line, got \"%1\""_s.arg(
            QString::fromUtf8(line));
        return;
    }
    m_port = quint16(port);
    // anything else the sandbox prints is not needed; keep the pipe from filling up
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                     [this] { m_process.readAllStandardOutput(); });
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(stopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(stopTimeoutMs);
    }
}

bool SandboxProcess::isRunning() const
{
    return m_port != 0 && m_process.state() == QProcess::Running;
}

QUrl SandboxProcess::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(m_port));
}

QUrl SandboxProcess::url(const QString &pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(m_port) + pathAndQuery);
}

bool SandboxProcess::postControl(const QString &path, const QJsonObject &body) const
{
    const HttpResult result = sendRequest("POST", url(path), {{"Content-Type", "application/json"}},
                                          QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (result.status / 100 != 2) {
        qWarning("sandbox control %s failed: %s", qPrintable(path), qPrintable(result.describe()));
        return false;
    }
    return true;
}

bool SandboxProcess::reset() const
{
    return postControl(u"/_sandbox/reset"_s, {});
}

bool SandboxProcess::setFaults(const QJsonObject &faults) const
{
    return postControl(u"/_sandbox/faults"_s, faults);
}

bool SandboxProcess::setUserAvailable(const QString &login, bool available) const
{
    return postControl(u"/_sandbox/users/%1/available"_s.arg(login), {{u"available"_s, available}});
}

QList<QJsonObject> SandboxProcess::requestLog() const
{
    QList<QJsonObject> entries;
    QFile file(m_logPath);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        entries.append(QJsonDocument::fromJson(line).object());
    }
    return entries;
}
