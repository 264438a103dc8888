#pragma once

#include "sandboxexchange.h"

#include <QHash>
#include <QStringList>

class SandboxServer;

// OAuth 2 for eGain v3: authorization code with PKCE S256 for the public desktop client
// (auto-approved for a named user), client credentials for API client applications.
class OAuthApi
{
public:
    explicit OAuthApi(SandboxServer &server);

private:
    struct Client
    {
        QString id;
        QString secret; // empty: public client, PKCE required
        QStringList scopes;
    };
    struct PendingCode
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        int userId = 0;
        QStringList scopes;
        qint64 expires = 0;
    };

    SandboxReply authorize(const SandboxRequest &request);
    SandboxReply token(const SandboxRequest &request);
    SandboxReply clientCredentials(const Client &client, const QUrlQuery &form);
    SandboxReply authorizationCode(const Client &client, const QUrlQuery &form);
    SandboxReply issue(int userId, const QString &clientId, const QStringList &scopes);
    const Client *client(const QString &id) const;

    SandboxServer &m_server;
    QList<Client> m_clients;
    QHash<QString, PendingCode> m_codes;
};
