#pragma once

#include "domain/callbackdraft.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class CacheDatabase;

// The cached objects that outbox entries not done yet will change: the rows that show a queued
// operation (ItemRoles::PendingRole). Read from the entries' payloads (OutboxPayload).
struct PendingTargets
{
    QSet<qint64> activityIds; // moved by a change case
    // left or joined by a change case, or getting a logged call
    QSet<qint64> caseIds;
    // jtel merges a callback into an open event of the same type, caller and group instead of
    // creating one (J12), so such an event may change when the entry is sent
    QList<CallbackDraft> callbacks;

    // Every entry pending, in flight or needing attention. Entries whose payload cannot be read
    // name nothing; a cache that cannot be read gives no targets (and is logged by the store).
    static PendingTargets read(CacheDatabase &database);

    bool namesCallbackLike(int typeId, std::optional<qint64> groupId, const QString &sender) const;
};
