#pragma once

#include "auth/profile.h"

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <functional>

class CredentialStore;

// The bundled agentdesk-sandbox as a training server: started on a free loopback port, with a
// profile `training` that points at it and the sandbox's fixture secrets in the keychain. The
// process lives as long as this object, which the application keeps for its whole run; the
// destructor ends it.
class TrainingSandbox : public QObject
{
    Q_OBJECT
public:
    static constexpr int StartTimeoutMs = 30'000;

    explicit TrainingSandbox(QObject *parent = nullptr);
    ~TrainingSandbox() override;

    // Next to the running binary, then ../sandbox/ (the build tree), then PATH; empty when none
    static QString findProgram();
    // Overrides findProgram(), e.g. for a packaged layout
    void setProgram(const QString &program) { m_program = program; }

    // Ends with started() or failed(); when it already runs, started() follows at once.
    void start();
    bool isRunning() const;
    quint16 port() const { return m_port; }
    qint64 processId() const { return m_process.processId(); }

    static QString profileName();
    // ECE v12 as the fixture agent lena.fischer, and jtel with ClientsID 1234 (sandbox/README.md)
    Profile profile() const;
    // The sandbox user the training profile signs in as: the agent lena.fischer unless set, or
    // another fixture user such as the supervisor s.okafor (sandbox/README.md).
    void setUser(const QString &login) { m_user = login; }
    QString user() const { return m_user; }
    // Saves profile() (replacing an older `training`), stores the fixture password and jtel
    // token in the keychain and makes the profile active. error is empty on success.
    void setUpProfile(CredentialStore *credentials,
                      const std::function<void(QString error)> &done) const;

Q_SIGNALS:
    void started(quint16 port);
    void failed(const QString &message);
    // the process ended while it was serving (crashed or killed)
    void stopped();

private:
    QString m_user = QStringLiteral("lena.fischer");
    void readPort();
    void fail(const QString &message);
    void stop();

    QProcess m_process;
    QTimer m_startTimeout;
    QString m_program;
    QByteArray m_errorOutput;
    quint16 m_port = 0;
    bool m_stopping = false;
};
