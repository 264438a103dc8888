#pragma once

#include "cache/cacheresult.h"

#include <QHash>
#include <QList>
#include <QString>

class CacheDatabase;

// Who holds what, from the cache: per agent (the assigned user) and per queue, the open
// activities by status and the creation time of the oldest one. Read from counts that triggers
// keep as activities are written (schema step 6), so a read costs a few milliseconds however
// many activities are cached.
class TeamLoadStore
{
public:
    struct StatusCount
    {
        QString status;
        QString statusDisplay;
        int count = 0;

        bool operator==(const StatusCount &other) const
        {
            return status == other.status && count == other.count;
        }
    };
    struct Load
    {
        enum class Kind { Agent = 1, Queue = 2 };
        Kind kind = Kind::Agent;
        qint64 id = 0;
        QString name; // as the activities show it; may be empty
        QString login; // agents only
        QList<StatusCount> statuses; // by count, largest first
        int openCount = 0;
        qint64 oldestCreatedMs = 0; // 0 when no open activity has a creation time

        // what the pane shows; the names may differ between rows of one target
        bool sameCounts(const Load &other) const
        {
            return kind == other.kind && id == other.id && openCount == other.openCount
                && statuses == other.statuses && oldestCreatedMs == other.oldestCreatedMs;
        }
    };

    // The users, queues and departments that hold open cached activities (id, name, by name),
    // for choosing a transfer's target; a queue's department is the one its activities are in.
    struct Targets
    {
        QList<std::pair<qint64, QString>> users;
        QList<std::pair<qint64, QString>> queues;
        QList<std::pair<qint64, QString>> departments;
        QHash<qint64, qint64> queueDepartments;
    };

    explicit TeamLoadStore(CacheDatabase &database);

    // Agents first, then queues, each by id; only those with open activities.
    CacheResult<QList<Load>> read();
    // The same counted from the activities themselves (every row read): the reference the
    // trigger-kept counts are checked against.
    CacheResult<QList<Load>> recount();
    // From the same counts: a few hundred rows, however many activities are cached.
    CacheResult<Targets> targets();

private:
    // rows of (kind, id, status, name, login, status display, count)
    CacheResult<QList<Load>> readGrouped(const QString &sql);

    CacheDatabase &m_database;
};
