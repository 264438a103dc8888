#pragma once

#include <Qt>

// Custom item data roles of every AgentDesk model, in one place so that they never collide.
namespace ItemRoles {
enum Role {
    // the server's id of the row's object (qint64)
    IdRole = Qt::UserRole + 1,
};
} // namespace ItemRoles
