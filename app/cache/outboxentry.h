#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

// One operation an agent queued: persisted before the controller reports "queued", replayed by
// the dispatcher in seq order per server (see the outbox contract in docs/architecture.md).
struct OutboxEntry
{
    enum class Server { Case, Jtel };
    enum class Kind { CreateCalltrack, ChangeCase, CreateCallback, Reassign };
    enum class State {
        Pending, // waits for its next attempt
        InFlight, // sent, no answer recorded yet
        NeedsAttention, // the server rejected it: the user edits and retries, or discards it
        Done, // applied; result holds the server's answer
    };

    QString id; // client-generated UUID; enqueue() makes one when empty
    qint64 seq = 0;
    QString profile;
    Server server = Server::Case;
    Kind kind = Kind::CreateCalltrack;
    QByteArray payload; // JSON
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt; // UTC
    QDateTime createdAt;
    QDateTime sentAt; // the last time it went in flight
    QString lastErrorCode;
    QString lastErrorMessage;
    QString dependsOn; // the id of an entry that must be done first; empty for none
    QByteArray result; // JSON
    // It was in flight when AgentDesk stopped: the server may already have applied it, so the
    // dispatcher looks for evidence before sending it again.
    bool outcomeUnknown = false;

    // The names stored in the database.
    static QString serverName(Server server);
    static std::optional<Server> serverFromName(const QString &name);
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);
};
