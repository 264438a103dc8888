#include "sandboxclients.h"

#include "httpresult.h"

#include "api/apitransport.h"
#include "api/ecev12client.h"
#include "api/egainv3client.h"
#include "api/jtelclient.h"
#include "auth/ecesessionauthenticator.h"
#include "auth/oauthauthenticator.h"
#include "auth/statictokenauthenticator.h"

using namespace Qt::Literals::StringLiterals;

SandboxClients::SandboxClients(const SandboxProcess &sandbox)
    : m_sandbox(sandbox)
{
}

SandboxClients::~SandboxClients() = default;

void SandboxClients::clear()
{
    m_owned.clear();
}

CaseManagerClient *SandboxClients::caseClient(const QString &dialect, const QString &user)
{
    TransportSettings settings;
    settings.baseUrl = m_sandbox.url(dialect == u"v12"_s ? u"/system"_s : QString());
    auto *transport = new ApiTransport(&m_network, settings);
    m_owned.emplace_back(transport);
    if (dialect == u"v12"_s) {
        auto *session = new EceSessionAuthenticator(transport, user, transport);
        session->setPassword(u"sandbox"_s);
        transport->setAuthenticator(session);
        return new EceV12Client(transport, transport);
    }
    OAuthSettings oauth;
    oauth.authorizeUrl = m_sandbox.url(u"/system/auth/SANDBOX-U/oauth2/authorize"_s);
    oauth.tokenUrl = m_sandbox.url(u"/system/auth/SANDBOX-U/oauth2/token"_s);
    oauth.clientId = u"agentdesk-desktop"_s;
    oauth.scope = u"core.casemgr.read core.casemgr.manage"_s;
    oauth.loginHint = user;
    auto *authenticator = new OAuthAuthenticator(transport, oauth, transport);
    // the browser: the sandbox approves at once and redirects to the loopback listener
    QObject::connect(authenticator, &OAuthAuthenticator::authorizationUrlReady, transport, [](const QUrl &url) {
        const HttpResult approval = sendRequest("GET", url);
        sendRequest("GET", QUrl(QString::fromUtf8(approval.header("Location"))));
    });
    transport->setAuthenticator(authenticator);
    return new EgainV3Client(transport, transport);
}

JtelClient *SandboxClients::jtelClient(const QString &token)
{
    TransportSettings settings;
    settings.baseUrl = m_sandbox.url(u"/rest/v1.0/1234"_s);
    auto *transport = new ApiTransport(&m_network, settings);
    m_owned.emplace_back(transport);
    transport->setAuthenticator(new StaticTokenAuthenticator(token, transport->host(), transport));
    return new JtelClient(transport, transport);
}

int serverEventCount(const SandboxProcess &sandbox)
{
    return sendRequest("GET", sandbox.url(u"/rest/v1.0/1234/acd/events"_s),
                       {{"Authorization", "Bearer sandbox-jtel-token"}})
        .object()
        .value(u"count"_s)
        .toInt();
}
