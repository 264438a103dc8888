#include "controllers/createcallbackcontroller.h"

#include "domain/callbackvalidator.h"
#include "sync/outboxpayload.h"

#include <QDateTime>

CreateCallbackController::CreateCallbackController(CacheDatabase &database,
                                                   OutboxDispatcher *dispatcher, QString profile,
                                                   QObject *parent)
    : OperationController(database, dispatcher, parent)
    , m_profile(std::move(profile))
{
}

CallbackDraft CreateCallbackController::defaultsFor(const std::optional<AcdEvent> &event)
{
    CallbackDraft draft;
    if (event) {
        draft.groupId = event->groupId;
        draft.sender = event->sender;
    }
    return draft;
}

QList<ValidationError> CreateCallbackController::validate(const CallbackDraft &draft) const
{
    return CallbackValidator::validate(
        draft, CallbackValidator::wallClockMs(QDateTime::currentDateTime()));
}

void CreateCallbackController::submit(CallbackDraft draft)
{
    if (!begin(validate(draft)))
        return;
    if (CallbackValidator::isTelephoneEvent(draft.typeId))
        draft.sender = CallbackValidator::normalizedE164(draft.sender);
    OutboxEntry entry;
    entry.profile = m_profile;
    entry.server = OutboxEntry::Server::Jtel;
    entry.kind = OutboxEntry::Kind::CreateCallback;
    entry.payload = OutboxPayload::encode(draft);
    enqueueAndSend({entry});
}

QString CreateCallbackController::appliedMessage(const OutboxEntry &last) const
{
    const auto result = OutboxPayload::callbackResult(last.result);
    if (result && result->updatedExisting) {
        return tr("An open callback for this caller already existed and was updated (event %1); "
                  "no new callback was created.")
            .arg(result->eventId);
    }
    return tr("Callback event %1 created.").arg(result ? result->eventId : 0);
}
