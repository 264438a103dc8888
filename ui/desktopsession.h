#pragma once

#include "auth/credentialstore.h"
#include "session/trainingsandbox.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <memory>

class MainWindow;
class ProfileSession;
class ServerConnections;

// What the agentdesk binary runs: one profile's servers, cache and sync (ProfileSession) and the
// window on it, plus the bundled training sandbox when the user picked it. Keeps everything
// alive in the right order for the whole run.
class DesktopSession : public QObject
{
    Q_OBJECT
public:
    explicit DesktopSession(QObject *parent = nullptr);
    ~DesktopSession() override;

    // Opens the profile's cache, reads its secrets from the keychain and shows the window,
    // which starts syncing. error is empty on success (it is for people otherwise).
    void open(const QString &profileName, const std::function<void(QString error)> &done);
    // Starts the bundled sandbox, sets up the `training` profile for it and opens that.
    void openTraining(const std::function<void(QString error)> &done);

    TrainingSandbox *training() { return &m_training; }
    // The profile dialog over the window; another profile chosen there is opened in its place.
    void showProfiles();
    MainWindow *window() const { return m_window.get(); }
    ProfileSession *session() const { return m_session.get(); }

private:
    void close();

    QNetworkAccessManager m_network;
    CredentialStore m_credentials;
    TrainingSandbox m_training;
    // declared in the order they depend on each other: destroyed in reverse
    std::unique_ptr<ServerConnections> m_connections;
    std::unique_ptr<ProfileSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};
