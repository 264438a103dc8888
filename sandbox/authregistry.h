#pragma once

#include <QHash>
#include <QString>

#include <optional>

// Who a request acts as: an eGain user (session or user token) or an API client application
// (client-credentials token).
struct Actor
{
    enum class Kind { User, Client };
    Kind kind = Kind::User;
    int userId = 0;
    QString clientId;
    bool mayRead = true;
    bool mayManage = true;

    bool isClient() const { return kind == Kind::Client; }
};

// Sessions (ECE v12) and access tokens (eGain v3), with the documented limits: at most five
// sessions per user, and the sandbox's own expiry after N authenticated requests.
class AuthRegistry
{
public:
    enum class LoginResult { Ok, LimitReached };
    static constexpr int MaxSessionsPerUser = 5;
    static constexpr qint64 SessionIdleTimeoutMs = 30 * 60 * 1000;
    static constexpr int TokenLifetimeSeconds = 3600;

    void clear();
    void setExpireAfterRequests(int requests) { m_expireAfter = requests; }

    QString issueToken(const Actor &actor);
    // counts the use; nullopt when the token is unknown, expired or used up
    std::optional<Actor> useToken(const QString &token);

    LoginResult login(int userId, bool force, QString *sessionId);
    std::optional<Actor> useSession(const QString &sessionId);
    bool logout(const QString &sessionId);

private:
    struct Grant
    {
        Actor actor;
        qint64 created = 0;
        qint64 lastUsed = 0;
        qint64 expires = 0;
        int uses = 0;
    };
    bool consume(Grant &grant, qint64 now);

    QHash<QString, Grant> m_tokens;
    QHash<QString, Grant> m_sessions;
    int m_expireAfter = 0;
    qint64 m_loginSequence = 0;
};
