#pragma once

#include "cache/outboxentry.h"

#include <QList>
#include <QObject>

class OutboxSession;
class ServerSession;
class SyncEngine;

// `agentdeskctl sync`: once, what AgentDesk does on start and on every poll — each server of the
// profile gets its outbox replayed, then is pulled into the profile's cache (the activities and
// ACD events AgentDesk shows when it starts offline). Prints each server's state; 0 when every
// server synced, 5 when one refused the credentials, 4 when one could not be reached, 1 when
// the cache could not be written. Ends through ServerSession.
class SyncCommands : public QObject
{
    Q_OBJECT
public:
    SyncCommands(ServerSession *session, bool json, QObject *parent = nullptr);

    void sync();

private:
    void report();

    ServerSession *m_session;
    OutboxSession *m_outbox;
    SyncEngine *m_engine = nullptr;
    QList<OutboxEntry::Server> m_servers;
    QList<OutboxEntry::Server> m_syncing;
    bool m_failed = false;
    bool m_json;
};
