#pragma once

#include "api/authenticator.h"

class ApiTransport;

// Cisco ECE v12 sessions: POST …/authentication/user/login answers 204 with X-egain-session,
// which then goes on every call. On a 401 the transport asks for exactly one new login while
// the other requests wait; logout() ends the session (ECE counts at most five per user).
class EceSessionAuthenticator : public Authenticator
{
    Q_OBJECT
public:
    EceSessionAuthenticator(ApiTransport *transport, const QString &userName, QObject *parent = nullptr);

    void setPassword(const QString &password) { m_password = password; }
    // forceLogin=yes ends the user's oldest session when five are open; never the default,
    // since it silently signs the user out elsewhere
    void setForceLogin(bool force) { m_forceLogin = force; }

    bool hasCredentials() const override { return !m_session.isEmpty(); }
    void apply(QNetworkRequest &request) const override;
    void renew() override;
    bool isRenewing() const override { return m_renewing; }
    void invalidate() override { m_session.clear(); }

    void logout();
    int loginCount() const { return m_loginCount; }
    // The documentation does not say how the sixth concurrent login is refused; anything but
    // 400 (bad request) and 401 (wrong credentials) on login is taken as that refusal.
    static bool isSessionLimit(const ApiError &error);

Q_SIGNALS:
    void loggedOut();

private:
    ApiTransport *m_transport;
    QString m_userName;
    QString m_password;
    QByteArray m_session;
    bool m_forceLogin = false;
    bool m_renewing = false;
    int m_loginCount = 0;
};
