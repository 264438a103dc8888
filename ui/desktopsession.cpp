#include "desktopsession.h"

#include "mainwindow.h"
#include "profiledialog.h"

#include "auth/profilestore.h"
#include "auth/serverconnections.h"
#include "cache/cachedatabase.h"
#include "session/profilesession.h"

#include <QMessageBox>
#include <QTimer>

DesktopSession::DesktopSession(QObject *parent)
    : QObject(parent)
{
}

DesktopSession::~DesktopSession()
{
    close();
}

void DesktopSession::close()
{
    // the window before the session it shows, the session before the servers it uses
    m_window.reset();
    m_session.reset();
    m_connections.reset();
}

void DesktopSession::showProfiles()
{
    ProfileDialog dialog(&m_training, m_window.get());
    if (m_connections)
        dialog.setProfileInUse(m_connections->profile().name);
    if (dialog.exec() != QDialog::Accepted || dialog.activeProfile().isEmpty())
        return;
    const QString chosen = dialog.activeProfile();
    if (m_connections && m_connections->profile().name == chosen && chosen != TrainingSandbox::profileName()) {
        // the same profile: new secrets may have been stored, so read them and sync again
        m_connections->loadSecrets([this](const QString &) {
            if (m_window)
                m_window->start();
        });
        return;
    }
    // queued: this runs inside a signal of the window that is about to go
    QTimer::singleShot(0, this, [this, chosen] {
        m_window->close();
        close();
        const auto reported = [](const QString &error) {
            if (!error.isEmpty())
                QMessageBox::warning(nullptr, tr("AgentDesk"), error);
        };
        if (chosen == TrainingSandbox::profileName())
            openTraining(reported);
        else
            open(chosen, reported);
    });
}

void DesktopSession::open(const QString &profileName, const std::function<void(QString error)> &done)
{
    const std::optional<Profile> profile = ProfileStore().load(profileName);
    if (!profile) {
        done(tr("There is no profile named %1.").arg(profileName));
        return;
    }
    m_connections = std::make_unique<ServerConnections>(*profile, &m_credentials, &m_network);
    m_session = std::make_unique<ProfileSession>(m_connections.get());
    if (const CacheStatus error = m_session->open()) {
        done(tr("The cache of profile %1 cannot be used (%2): %3")
                 .arg(profileName, m_session->database().filePath(), error->message));
        return;
    }
    // the window shows the cache at once; the servers follow once the secrets are read
    m_window = std::make_unique<MainWindow>(m_session.get());
    connect(m_window.get(), &MainWindow::profilesRequested, this, &DesktopSession::showProfiles);
    m_window->show();
    m_connections->loadSecrets([this, done](const QString &error) {
        if (!error.isEmpty()) {
            done(tr("The keychain cannot be read, so AgentDesk works offline: %1").arg(error));
            return;
        }
        m_window->start();
        done({});
    });
}

void DesktopSession::openTraining(const std::function<void(QString error)> &done)
{
    // one answer per call: a later reopen connects again
    auto answered = std::make_shared<bool>(false);
    connect(&m_training, &TrainingSandbox::failed, this, [done, answered](const QString &message) {
        if (!std::exchange(*answered, true))
            done(message);
    }, Qt::SingleShotConnection);
    connect(&m_training, &TrainingSandbox::started, this, [this, done, answered] {
        if (std::exchange(*answered, true))
            return;
        m_training.setUpProfile(&m_credentials, [this, done](const QString &error) {
            if (!error.isEmpty()) {
                done(error);
                return;
            }
            open(TrainingSandbox::profileName(), done);
        });
    }, Qt::SingleShotConnection);
    m_training.start();
}
