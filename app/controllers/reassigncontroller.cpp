#include "controllers/reassigncontroller.h"

#include "cache/activitystore.h"
#include "cache/outboxstore.h"
#include "cache/teamloadstore.h"
#include "sync/outboxpayload.h"

#include <QHash>
#include <QUuid>

using namespace Qt::StringLiterals;

ReassignController::ReassignController(CacheDatabase &database, OutboxDispatcher *dispatcher,
                                       QString profile, QString callerLogin, QObject *parent)
    : OperationController(database, dispatcher, parent)
    , m_profile(std::move(profile))
    , m_callerLogin(std::move(callerLogin))
{
}

ReassignValidator::Context ReassignController::contextOf(const Profile &profile)
{
    ReassignValidator::Context context;
    context.eceDialect = profile.caseDialect == Profile::CaseDialect::EceV12;
    context.clientApplication = profile.isClientApplication();
    return context;
}

QList<ValidationError> ReassignController::validate(const ReassignRequest &request,
                                                    const ReassignValidator::Context &context) const
{
    return validate(request, ActivityStore(m_database).summariesByIds(request.activityIds()).value,
                    context);
}

QList<ValidationError> ReassignController::validate(const ReassignRequest &request,
                                                    const QList<Activity> &activities,
                                                    ReassignValidator::Context context) const
{
    if (context.callerLogin.isEmpty())
        context.callerLogin = m_callerLogin;
    return ReassignValidator::validate(request, activities, context);
}

void ReassignController::submit(const ReassignRequest &request, ReassignValidator::Context context)
{
    if (context.queueDepartments.isEmpty())
        context.queueDepartments = TeamLoadStore(m_database).targets().value.queueDepartments;
    // read once: 1,000 activities are ~10 ms of the GUI thread per read
    const QList<Activity> cached
        = ActivityStore(m_database).summariesByIds(request.activityIds()).value;
    if (!begin(validate(request, cached, context)))
        return;
    m_request = request;
    // lastModified as the cache read it: the server refuses a transfer of what changed since
    // (409). Not for an activity an operation still waiting in the outbox changes first: that
    // change is the user's own, so the dispatcher reads the time just before sending. (The
    // dispatcher also re-reads when an earlier entry's effects reached the cache only after this
    // one was queued, or never; this covers one whose outcome was unknown then and is found
    // applied later.)
    const QSet<qint64> changedFirst = activitiesChangedByTheOutbox();
    QHash<qint64, qint64> lastModified;
    for (const Activity &activity : cached)
        lastModified.insert(activity.id, activity.lastModifiedMs);
    QList<ReassignRequest::Item> items = request.activities;
    for (ReassignRequest::Item &item : items) {
        if (changedFirst.contains(item.id))
            item.lastModifiedMs = 0;
        else if (!item.lastModifiedMs)
            item.lastModifiedMs = lastModified.value(item.id);
    }
    QList<OutboxEntry> entries;
    for (const QList<ReassignRequest::Item> &chunk : ReassignValidator::chunks(items)) {
        QueuedReassign queued;
        queued.request = request;
        queued.request.activities = chunk;
        queued.callerLogin = m_callerLogin;
        OutboxEntry entry;
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        entry.profile = m_profile;
        entry.server = OutboxEntry::Server::Case;
        entry.kind = OutboxEntry::Kind::Reassign;
        entry.payload = OutboxPayload::encode(queued);
        entries.append(entry);
    }
    enqueueAndSend(entries);
}

QSet<qint64> ReassignController::activitiesChangedByTheOutbox() const
{
    using State = OutboxEntry::State;
    QSet<qint64> ids;
    const auto waiting
        = OutboxStore(m_database).list({State::Pending, State::InFlight, State::NeedsAttention});
    for (const OutboxEntry &entry : waiting.value) {
        if (entry.kind == OutboxEntry::Kind::Reassign) {
            if (const auto reassign = OutboxPayload::reassign(entry.payload)) {
                for (const qint64 id : reassign->request.activityIds())
                    ids.insert(id);
            }
        } else if (entry.kind == OutboxEntry::Kind::ChangeCase) {
            if (const auto change = OutboxPayload::changeCase(entry.payload)) {
                for (const qint64 id : change->request.activityIds)
                    ids.insert(id);
            }
        }
    }
    return ids;
}

QString ReassignController::appliedMessage(const OutboxEntry &) const
{
    const int count = int(m_request.activities.size());
    switch (m_request.operation) {
    case ReassignRequest::Operation::TransferToUser:
        return tr("%n activities transferred to user %1.", nullptr, count).arg(m_request.targetId);
    case ReassignRequest::Operation::TransferToQueue:
        return tr("%n activities transferred to queue %1.", nullptr, count).arg(m_request.targetId);
    case ReassignRequest::Operation::TransferToDepartment:
        return tr("%n activities transferred to department %1.", nullptr, count)
            .arg(m_request.targetId);
    case ReassignRequest::Operation::Pick:
        return tr("%n activities picked: they are assigned to you now.", nullptr, count);
    }
    return {};
}
