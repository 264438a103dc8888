#pragma once

#include "api/authenticator.h"

// jtel: a token generated in the jtel portal, with no login, expiry or refresh. A 401 means
// the token or the ClientsID is wrong, which only an administrator can fix, so renewal fails
// at once with that explanation instead of looping.
class StaticTokenAuthenticator : public Authenticator
{
    Q_OBJECT
public:
    StaticTokenAuthenticator(const QString &token, const QString &host, QObject *parent = nullptr);

    bool hasCredentials() const override { return !m_token.isEmpty() && !m_refused; }
    void apply(QNetworkRequest &request) const override;
    void renew() override;
    bool isRenewing() const override { return false; }
    void invalidate() override { m_refused = true; }

private:
    QString m_token;
    QString m_host;
    bool m_refused = false;
};
