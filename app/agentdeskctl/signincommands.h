#pragma once

#include "auth/signin.h"

#include <QObject>
#include <QString>

#include <optional>

class ServerSession;

// `agentdeskctl login` and `logout`, through SignIn as the desktop's profile dialog does, so
// both programs check a secret the same way and keep it under the same keychain entries.
// Ends through ServerSession::finish()/fail().
class SignInCommands : public QObject
{
    Q_OBJECT
public:
    SignInCommands(ServerSession *session, QObject *parent = nullptr);

    // secret: the first line of stdin; nothing for an eGain user, who signs in in the browser.
    // force: ECE only, end the user's oldest session when five are open.
    void login(SignIn::Server server, const std::optional<QString> &secret, bool force);
    // server: nothing for every server of the profile
    void logout(const std::optional<SignIn::Server> &server);

private:
    ServerSession *m_session;
};
