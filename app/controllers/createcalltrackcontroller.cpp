#include "controllers/createcalltrackcontroller.h"

#include "api/casemanagerclient.h"
#include "cache/activitystore.h"
#include "cache/cachedatabase.h"
#include "cache/calltracksubtypestore.h"
#include "sync/outboxpayload.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

CreateCalltrackController::CreateCalltrackController(CacheDatabase &database,
                                                     OutboxDispatcher *dispatcher,
                                                     CaseManagerClient *client, QString profile,
                                                     QObject *parent)
    : OperationController(database, dispatcher, parent)
    , m_client(client)
    , m_profile(std::move(profile))
{
}

void CreateCalltrackController::loadSubtypes(const SubtypesCallback &done)
{
    if (!m_client) {
        done(cachedSubtypes(), std::nullopt);
        return;
    }
    QPointer<CreateCalltrackController> self(this);
    m_client->calltrackSubtypes([self, done](const ApiResult<QList<CalltrackSubtype>> &fetched) {
        if (!self)
            return;
        if (!fetched.ok()) {
            done(self->cachedSubtypes(), fetched.error);
            return;
        }
        CalltrackSubtypeStore(self->m_database).replaceAll(fetched.value);
        done(fetched.value, std::nullopt);
    });
}

QList<CalltrackSubtype> CreateCalltrackController::cachedSubtypes() const
{
    return CalltrackSubtypeStore(m_database).all().value;
}

CalltrackDraft CreateCalltrackController::defaultsFor(const std::optional<Activity> &activity,
                                                      const std::optional<Case> &selectedCase,
                                                      const QString &login)
{
    CalltrackDraft draft;
    // a call about the selected activity belongs to its case; about a case, to that case
    const qint64 caseId = activity ? activity->caseId : selectedCase ? selectedCase->id : 0;
    const qint64 customerId = activity && activity->customerId ? activity->customerId
        : selectedCase                                         ? selectedCase->customerId
                                                               : 0;
    const QString department = activity && !activity->departmentName.isEmpty()
        ? activity->departmentName
        : selectedCase ? selectedCase->departmentName
                       : QString();
    draft.caseId = caseId;
    if (customerId)
        draft.customerKey = QString::number(customerId);
    draft.department = department.isEmpty() && !login.isEmpty()
        ? ActivityStore(m_database).usualDepartment(login).value
        : department;
    return draft;
}

CalltrackValidator::Context
CreateCalltrackController::completed(CalltrackValidator::Context context) const
{
    if (context.subtypes.isEmpty())
        context.subtypes = cachedSubtypes();
    if (!context.nowMs)
        context.nowMs = QDateTime::currentMSecsSinceEpoch();
    return context;
}

QList<ValidationError> CreateCalltrackController::validate(
    const CalltrackDraft &draft, const CalltrackValidator::Context &context) const
{
    return CalltrackValidator::validate(draft, completed(context));
}

void CreateCalltrackController::submit(const CalltrackDraft &draft,
                                       const CalltrackValidator::Context &context)
{
    if (!begin(validate(draft, context)))
        return;
    OutboxEntry entry;
    entry.profile = m_profile;
    entry.server = OutboxEntry::Server::Case;
    entry.kind = OutboxEntry::Kind::CreateCalltrack;
    entry.payload = OutboxPayload::encode(draft);
    enqueueAndSend({entry});
}

QString CreateCalltrackController::appliedMessage(const OutboxEntry &last) const
{
    const auto result = OutboxPayload::calltrackResult(last.result);
    return tr("Calltrack activity %1 created.").arg(result ? result->activityId : 0);
}
