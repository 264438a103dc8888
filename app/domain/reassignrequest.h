#pragma once

#include <QList>
#include <QString>

// Hands open activities to a user, a queue or a department, or picks them: the signed-in user
// takes them over (egain-transfer-pick.md, checklists T, Q, D and K). At most 75 activities per
// request (T4/Q4/D4/K4); more are sent as several requests, one after the other.
struct ReassignRequest
{
    enum class Operation { TransferToUser, TransferToQueue, TransferToDepartment, Pick };
    struct Item
    {
        qint64 id = 0;
        // the activity's last modification as read (epoch ms UTC), so the server can refuse a
        // transfer of something that changed since (409); 0 when not known yet
        qint64 lastModifiedMs = 0;

        friend bool operator==(const Item &, const Item &) = default;
    };

    Operation operation = Operation::Pick;
    qint64 targetId = 0; // the user, queue or department; 0 for a pick
    QList<Item> activities;
    // unpin=yes: takes activities pinned by their assignee too. Only when the user asked for it.
    bool unpin = false;

    bool isTransfer() const { return operation != Operation::Pick; }
    QList<qint64> activityIds() const
    {
        QList<qint64> ids;
        ids.reserve(activities.size());
        for (const Item &item : activities)
            ids.append(item.id);
        return ids;
    }
};
