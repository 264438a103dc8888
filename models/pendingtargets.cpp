#include "pendingtargets.h"

#include "cache/outboxstore.h"
#include "sync/outboxpayload.h"

namespace {

// jtel stores E.164 numbers without the "+" a draft may carry
QStringView withoutPlus(const QString &number)
{
    return number.startsWith(u'+') ? QStringView(number).mid(1) : QStringView(number);
}

} // namespace

PendingTargets PendingTargets::read(CacheDatabase &database)
{
    using State = OutboxEntry::State;
    PendingTargets targets;
    const auto entries
        = OutboxStore(database).list({State::Pending, State::InFlight, State::NeedsAttention});
    for (const OutboxEntry &entry : entries.value) {
        switch (entry.kind) {
        case OutboxEntry::Kind::CreateCalltrack:
            if (const auto draft = OutboxPayload::calltrack(entry.payload); draft && draft->caseId)
                targets.caseIds.insert(draft->caseId);
            break;
        case OutboxEntry::Kind::ChangeCase:
            if (const auto change = OutboxPayload::changeCase(entry.payload)) {
                for (const qint64 id : change->request.activityIds)
                    targets.activityIds.insert(id);
                for (const qint64 id : {change->request.targetCaseId, change->sourceCaseId}) {
                    if (id)
                        targets.caseIds.insert(id);
                }
            }
            break;
        case OutboxEntry::Kind::CreateCallback:
            if (const auto draft = OutboxPayload::callback(entry.payload))
                targets.callbacks.append(*draft);
            break;
        case OutboxEntry::Kind::Reassign:
            if (const auto reassign = OutboxPayload::reassign(entry.payload)) {
                for (const qint64 id : reassign->request.activityIds())
                    targets.activityIds.insert(id);
            }
            break;
        }
    }
    return targets;
}

bool PendingTargets::namesCallbackLike(int typeId, std::optional<qint64> groupId,
                                       const QString &sender) const
{
    for (const CallbackDraft &draft : callbacks) {
        if (draft.typeId == typeId && withoutPlus(draft.sender) == withoutPlus(sender)
            && (!draft.groupId || draft.groupId == groupId))
            return true;
    }
    return false;
}
