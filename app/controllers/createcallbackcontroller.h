#pragma once

#include "controllers/operationcontroller.h"
#include "domain/acdevent.h"
#include "domain/callbackdraft.h"

#include <optional>

// Creates a jtel ACD event, usually a callback request (jtel AcdEvents §8): validated against
// J1–J11 before it is queued, the sender normalised to the E.164 form jtel stores. jtel may
// answer with an existing open callback it updated instead (Result_ = "UPDATED", §8.4); that
// is reported as such, never as a new callback.
class CreateCallbackController : public OperationController
{
    Q_OBJECT
public:
    CreateCallbackController(CacheDatabase &database, OutboxDispatcher *dispatcher,
                             QString profile, QObject *parent = nullptr);

    // A callback for the caller of the selected ACD event: its group and its sender.
    static CallbackDraft defaultsFor(const std::optional<AcdEvent> &event);

    QList<ValidationError> validate(const CallbackDraft &draft) const;
    void submit(CallbackDraft draft);

protected:
    QString appliedMessage(const OutboxEntry &last) const override;

private:
    QString m_profile;
};
