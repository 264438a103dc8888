#pragma once

#include <QString>

// A failed cache operation, as a value: nothing in the cache throws across Qt's event loop.
struct CacheError
{
    enum class Kind {
        Database, // SQLite refused a statement (I/O, disk full, busy, constraint, …)
        NotOpen, // the database could not be opened, or has been closed
        NewerSchema, // written by a newer AgentDesk: refused, so that it is never damaged
        NotFound, // no row with that id
        WrongState, // an outbox transition the entry's current state does not allow
    };

    Kind kind = Kind::Database;
    QString message;
};
