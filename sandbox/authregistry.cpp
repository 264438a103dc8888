#include "authregistry.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>

void AuthRegistry::clear()
{
    m_tokens.clear();
    m_sessions.clear();
}

bool AuthRegistry::consume(Grant &grant, qint64 now)
{
    if (grant.expires && now >= grant.expires)
        return false;
    if (m_expireAfter > 0 && grant.uses >= m_expireAfter)
        return false;
    ++grant.uses;
    grant.lastUsed = now;
    return true;
}

QString AuthRegistry::issueToken(const Actor &actor)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString token = QUuid::createUuid().toString(QUuid::Id128)
        + QUuid::createUuid().toString(QUuid::Id128);
    m_tokens.insert(token, {actor, now, now, now + TokenLifetimeSeconds * 1000LL, 0});
    return token;
}

std::optional<Actor> AuthRegistry::useToken(const QString &token)
{
    const auto it = m_tokens.find(token);
    if (it == m_tokens.end() || !consume(*it, QDateTime::currentMSecsSinceEpoch()))
        return std::nullopt;
    return it->actor;
}

AuthRegistry::LoginResult AuthRegistry::login(int userId, bool force, QString *sessionId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // idle sessions end on their own; they do not count against the limit
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (now - it->lastUsed >= SessionIdleTimeoutMs)
            it = m_sessions.erase(it);
        else
            ++it;
    }
    QList<QString> own;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if (it->actor.userId == userId)
            own.append(it.key());
    }
    if (own.size() >= MaxSessionsPerUser) {
        if (!force)
            return LoginResult::LimitReached;
        // forceLogin=yes ends the oldest session
        const auto oldest = std::min_element(own.cbegin(), own.cend(), [this](const QString &a, const QString &b) {
            return m_sessions.value(a).created < m_sessions.value(b).created;
        });
        m_sessions.remove(*oldest);
    }
    Actor actor;
    actor.userId = userId;
    *sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // a sequence number, not the clock: it must order sessions created within one millisecond
    m_sessions.insert(*sessionId, {actor, ++m_loginSequence, now, 0, 0});
    return LoginResult::Ok;
}

std::optional<Actor> AuthRegistry::useSession(const QString &sessionId)
{
    const auto it = m_sessions.find(sessionId);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (it == m_sessions.end())
        return std::nullopt;
    if (now - it->lastUsed >= SessionIdleTimeoutMs || !consume(*it, now)) {
        // an expired session id can never be used again
        m_sessions.erase(it);
        return std::nullopt;
    }
    return it->actor;
}

bool AuthRegistry::logout(const QString &sessionId)
{
    return m_sessions.remove(sessionId) > 0;
}
