#pragma once

#include "session/profilesession.h"

#include <QObject>
#include <QString>

#include <functional>

class CacheDatabase;
class OutboxDispatcher;
class ServerSession;
class SyncEngine;

// The profile's cache, outbox and sync engine for one agentdeskctl command: a ProfileSession
// over the command's servers, with the CLI's way of failing. It is the file AgentDesk uses for
// the profile, so a write queued here is sent by either program (the dispatcher takes an entry
// in one process only), and what AgentDesk shows includes what a script wrote.
class OutboxSession : public QObject
{
    Q_OBJECT
public:
    explicit OutboxSession(ServerSession *session, QObject *parent = nullptr);

    // See ProfileSession::open(). When the cache cannot be used, ends the command with exit
    // code 1 and returns false.
    bool open();
    CacheDatabase &database() const { return m_profile.database(); }
    OutboxDispatcher *dispatcher() const { return m_profile.dispatcher(); }
    SyncEngine *syncEngine() const { return m_profile.syncEngine(); }
    // Sends every waiting entry of the profile's servers now, in order, then calls done.
    void flush(const std::function<void()> &done) { m_profile.flush(done); }
    // How a write that is still queued ends the command: 5 when the server was never asked
    // because nobody is signed in, else 4 (it could not be reached).
    static int queuedExitCode(const QString &lastErrorCode);
    // the signed-in user's login; empty for an OAuth client application
    QString userLogin() const { return m_profile.userLogin(); }

private:
    ServerSession *m_session;
    ProfileSession m_profile;
};
