#pragma once

#include "api/apierror.h"
#include "controllers/operationcontroller.h"
#include "domain/activity.h"
#include "domain/calltrackdraft.h"
#include "domain/calltracksubtype.h"
#include "domain/calltrackvalidator.h"
#include "domain/casedata.h"

#include <QPointer>

#include <functional>
#include <optional>

class CaseManagerClient;

// Logs a phone call as an eGain calltrack activity (eGain v3 §7): validated against C1–C16
// before it is queued, sent through the outbox. The API takes one create at a time; the
// dispatcher sends one entry per server at a time, so that holds across every window and the
// CLI. Assigning to a target user (supervisors) is part of the draft.
class CreateCalltrackController : public OperationController
{
    Q_OBJECT
public:
    CreateCalltrackController(CacheDatabase &database, OutboxDispatcher *dispatcher,
                              CaseManagerClient *client, QString profile,
                              QObject *parent = nullptr);

    using SubtypesCallback = std::function<void(QList<CalltrackSubtype>, std::optional<ApiError>)>;
    // The tenant's subtypes from "Get Activity Attributes", kept in the cache for offline use
    // (the sync engine stores them too): when the server cannot be reached, the cached list
    // comes back with the error.
    void loadSubtypes(const SubtypesCallback &done);
    QList<CalltrackSubtype> cachedSubtypes() const;

    // What a new calltrack starts with: the case, customer and department of the selected
    // activity, else of the selected case; with neither, the department of the user's own
    // cached activities (login: the profile's user).
    CalltrackDraft defaultsFor(const std::optional<Activity> &activity,
                               const std::optional<Case> &selectedCase, const QString &login);

    // What the context does not say is filled in: the cached subtypes, and the current time.
    CalltrackValidator::Context completed(CalltrackValidator::Context context) const;
    QList<ValidationError> validate(const CalltrackDraft &draft,
                                    const CalltrackValidator::Context &context) const;
    void submit(const CalltrackDraft &draft, const CalltrackValidator::Context &context = {});

protected:
    QString appliedMessage(const OutboxEntry &last) const override;

private:
    QPointer<CaseManagerClient> m_client;
    QString m_profile;
};
