#pragma once

#include <Qt>

// Custom item data roles of every AgentDesk model, in one place so that they never collide.
namespace ItemRoles {
enum Role {
    // the id of the row's object: the server's id (qint64) for cached rows, the entry's UUID
    // (QString) in the outbox model
    IdRole = Qt::UserRole + 1,
    // bool: an outbox entry that is not done yet names the row's object (a queued change case,
    // a calltrack for the case, a callback jtel may merge into the event)
    PendingRole,
    // bool, ACD queue: the event arrived since the agent last acknowledged the queue
    NewRole,
    // int, outbox model: the entry's OutboxEntry::State
    OutboxStateRole,
};
} // namespace ItemRoles
