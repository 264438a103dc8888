#pragma once

#include "api/apierror.h"
#include "auth/credentialstore.h"
#include "auth/profile.h"
#include "auth/serverconnections.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>

// The servers of one profile for the length of one agentdeskctl command, and how that command
// ends: every message and exit code goes through fail() or finish(), so an ECE session the
// command opened is always logged out before the process exits.
class ServerSession : public QObject
{
    Q_OBJECT
public:
    explicit ServerSession(const Profile &profile, bool forceLogin, QObject *parent = nullptr);

    const Profile &profile() const { return m_connections->profile(); }
    ServerConnections *connections() const { return m_connections; }
    CredentialStore *credentials() const { return m_credentials; }
    QNetworkAccessManager *network() { return &m_network; }

    // Puts the stored secrets into the authenticators, then runs call. Never starts an
    // interactive sign-in: an eGain user without a token, or whose token is refused mid-run,
    // ends the command with exit code 5 and the login command to run instead of a browser URL.
    void withSecrets(const std::function<void()> &call);

    // Logs out an ECE session if one is open (ECE allows five per user and every command opens
    // one), then ends the event loop with exitCode. Only the first call counts.
    void finish(int exitCode);
    // Prints the error and finishes with the exit code its kind calls for (exitCodeFor()).
    void fail(ApiError error);
    void fail(int exitCode, const QString &message);

Q_SIGNALS:
    // finish() begins: nothing may start new server work from now on
    void finishing();

private:
    QNetworkAccessManager m_network;
    CredentialStore *m_credentials;
    ServerConnections *m_connections;
    bool m_finishing = false;
};
