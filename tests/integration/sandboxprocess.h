#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// One agentdesk-sandbox process on a free loopback port, for the lifetime of this object.
// The binary comes from $AGENTDESK_SANDBOX (set by agentdesk_add_test(... SANDBOX)).
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &extraArguments = {});
    ~SandboxProcess();

    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    bool isRunning() const;
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }

    // http://127.0.0.1:<port>
    QUrl baseUrl() const;
    // baseUrl() + an absolute path with an optional, already encoded query
    QUrl url(const QString &pathAndQuery) const;

    // POST /_sandbox/reset: fixture data again, all sessions and tokens ended
    bool reset() const;
    // POST /_sandbox/faults with the given members
    bool setFaults(const QJsonObject &faults) const;
    // POST /_sandbox/users/{login}/available (C9 "logged in")
    bool setUserAvailable(const QString &login, bool available) const;

    // the --log file, one parsed JSON object per line
    QList<QJsonObject> requestLog() const;
    QString logPath() const { return m_logPath; }

private:
    bool postControl(const QString &path, const QJsonObject &body) const;

    QTemporaryDir m_directory;
    QString m_logPath;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};
