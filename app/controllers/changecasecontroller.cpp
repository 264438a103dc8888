#include "controllers/changecasecontroller.h"

#include "cache/activitystore.h"
#include "cache/cachedatabase.h"
#include "cache/casestore.h"
#include "cache/outboxstore.h"
#include "sync/outboxpayload.h"

#include <QDateTime>
#include <QSet>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

ChangeCaseController::ChangeCaseController(CacheDatabase &database, OutboxDispatcher *dispatcher,
                                           QString profile, QObject *parent)
    : OperationController(database, dispatcher, parent)
    , m_profile(std::move(profile))
{
}

QList<ValidationError> ChangeCaseController::validate(const ChangeCaseRequest &request,
                                                      const QStringList &pendingActivities,
                                                      const ChangeCaseValidator::Options &options) const
{
    return validate(request, ActivityStore(m_database).summariesByIds(request.activityIds).value,
                    pendingActivities, options);
}

QList<ValidationError>
ChangeCaseController::validate(const ChangeCaseRequest &request, const QList<Activity> &activities,
                               const QStringList &pendingActivities,
                               const ChangeCaseValidator::Options &options) const
{
    std::optional<Case> target;
    if (!request.movesToNewCase()) {
        const auto cases = CaseStore(m_database).byIds({request.targetCaseId});
        if (cases.ok() && !cases.value.isEmpty())
            target = cases.value.constFirst();
    }
    QList<ValidationError> errors = ChangeCaseValidator::validate(
        request, activities, target, QDateTime::currentMSecsSinceEpoch(), options);
    if (request.activityIds.isEmpty() && !pendingActivities.isEmpty()) {
        // P7 counts the queued creates too: the list is not empty
        errors.removeIf([](const ValidationError &error) {
            return error.rule == u"P7" && error.field == u"activityIds";
        });
    }
    OutboxStore outbox(m_database);
    QSet<QString> seen;
    for (const QString &id : pendingActivities) {
        const auto entry = outbox.entry(id);
        const bool isCreate = entry.ok() && entry.value
                              && entry.value->kind == OutboxEntry::Kind::CreateCalltrack;
        if (!isCreate) {
            errors.append({u"activityIds"_s, u"P1"_s,
                           tr("Outbox entry %1 is not a queued calltrack activity.").arg(id)});
        } else if (seen.contains(id)) {
            errors.append({u"activityIds"_s, u"P7"_s,
                           tr("Activity %1 is named more than once.").arg(id)});
        }
        seen.insert(id);
    }
    return errors;
}

void ChangeCaseController::submit(const ChangeCaseRequest &request,
                                  const QStringList &pendingActivities,
                                  const ChangeCaseValidator::Options &options)
{
    // read once: 1,000 activities are ~10 ms of the GUI thread per read
    QList<Activity> known = ActivityStore(m_database).summariesByIds(request.activityIds).value;
    if (!begin(validate(request, known, pendingActivities, options)))
        return;

    // a create that is done already needs no waiting: its result names the activity
    ChangeCaseRequest resolved = request;
    QStringList stillPending;
    OutboxStore outbox(m_database);
    for (const QString &id : pendingActivities) {
        const auto entry = outbox.entry(id);
        const auto created = entry.value && entry.value->state == OutboxEntry::State::Done
                                 ? OutboxPayload::calltrackResult(entry.value->result)
                                 : std::nullopt;
        if (created)
            resolved.activityIds.append(created->activityId);
        else
            stillPending.append(id);
    }
    m_activityCount = int(resolved.activityIds.size() + stillPending.size());
    m_movesToNewCase = resolved.movesToNewCase();

    // the case of the lowest cached id, the created activities' included
    const QList<qint64> created = resolved.activityIds.mid(request.activityIds.size());
    if (!created.isEmpty()) {
        known += ActivityStore(m_database).summariesByIds(created).value;
        std::sort(known.begin(), known.end(),
                  [](const Activity &a, const Activity &b) { return a.id < b.id; });
    }
    const qint64 sourceCaseId = known.isEmpty() ? 0 : known.constFirst().caseId;

    // P7: at most 75 per request; queued creates fill the last chunks
    struct Reference { qint64 id = 0; QString entryId; };
    QList<Reference> references;
    for (qint64 id : std::as_const(resolved.activityIds))
        references.append(Reference{id, {}});
    for (const QString &entryId : std::as_const(stillPending))
        references.append(Reference{0, entryId});

    QList<OutboxEntry> entries;
    for (qsizetype first = 0; first < references.size(); first += ChangeCaseValidator::MaxPerRequest) {
        QueuedChangeCase chunk;
        chunk.sourceCaseId = sourceCaseId;
        chunk.request.targetCaseId = resolved.targetCaseId;
        OutboxEntry entry;
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        entry.profile = m_profile;
        entry.server = OutboxEntry::Server::Case;
        entry.kind = OutboxEntry::Kind::ChangeCase;
        if (entries.isEmpty()) {
            chunk.request.newCase = resolved.newCase;
            chunk.request.relateCase = resolved.relateCase;
        } else if (resolved.movesToNewCase()) {
            // the later chunks move into the case the first one creates
            chunk.targetCaseFrom = entries.constFirst().id;
            entry.dependsOn = chunk.targetCaseFrom;
        }
        for (const Reference &reference : references.mid(first, ChangeCaseValidator::MaxPerRequest)) {
            if (reference.entryId.isEmpty())
                chunk.request.activityIds.append(reference.id);
            else
                chunk.pendingActivities.append(reference.entryId);
        }
        if (entry.dependsOn.isEmpty() && !chunk.pendingActivities.isEmpty())
            entry.dependsOn = chunk.pendingActivities.constFirst();
        entry.payload = OutboxPayload::encode(chunk);
        entries.append(entry);
    }
    enqueueAndSend(entries);
}

QString ChangeCaseController::appliedMessage(const OutboxEntry &last) const
{
    const auto result = OutboxPayload::changeCaseResult(last.result);
    const qint64 caseId = result ? result->caseId : 0;
    if (m_movesToNewCase)
        return tr("%n activities moved to the new case %1.", nullptr, m_activityCount).arg(caseId);
    return tr("%n activities moved to case %1.", nullptr, m_activityCount).arg(caseId);
}
