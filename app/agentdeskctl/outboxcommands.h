#pragma once

#include "cache/outboxentry.h"

#include <QList>
#include <QObject>
#include <QString>

class OutboxSession;
class ServerSession;

// `agentdeskctl outbox …`: the writes of the profile that are not applied yet, as AgentDesk
// keeps them. list and discard work without a server; retry and flush send, and end like a
// write: 0 when nothing is left, 3 when the server refused something, 4 (5 when not signed in)
// when something is still waiting. Ends through ServerSession.
class OutboxCommands : public QObject
{
    Q_OBJECT
public:
    OutboxCommands(ServerSession *session, bool json, QObject *parent = nullptr);

    // all: the applied entries too
    void list(bool all);
    void retry(const QString &id);
    void discard(const QString &id);
    void flush();

private:
    // Ends a retry or flush: the entries not applied are printed, and decide the exit code.
    void report(const QList<OutboxEntry> &unfinished, const QString &doneMessage);

    ServerSession *m_session;
    OutboxSession *m_outbox;
    bool m_json;
};
