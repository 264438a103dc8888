#pragma once

#include "agentdeskctl/secretkeys.h"

#include <QObject>
#include <QString>

#include <optional>

class ServerSession;
struct ApiError;

// `agentdeskctl login` and `logout`. A secret is checked against its server before it is
// stored, so a typo is reported now and not by the next script that reads; the keychain then
// holds it under ServerConnections' keys. Ends through ServerSession::finish()/fail().
class SignInCommands : public QObject
{
    Q_OBJECT
public:
    SignInCommands(ServerSession *session, QObject *parent = nullptr);

    // secret: the first line of stdin; nothing for an eGain user, who signs in in the browser
    void login(SecretKeys::Server server, const std::optional<QString> &secret);
    // server: nothing for every server of the profile
    void logout(const std::optional<SecretKeys::Server> &server);

private:
    void loginEce(const QString &password);
    void loginClient(const QString &secret);
    void loginUser();
    void loginJtel(const QString &token);
    void store(const CredentialKey &key, const QString &secret);
    void signedIn();

    ServerSession *m_session;
};
