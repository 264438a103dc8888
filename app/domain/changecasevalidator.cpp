#include "domain/changecasevalidator.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString joinedIds(const QList<qint64> &ids)
{
    QStringList texts;
    for (qint64 id : ids)
        texts.append(QString::number(id));
    return texts.join(u", "_s);
}

} // namespace

QList<QList<qint64>> ChangeCaseValidator::chunks(const QList<qint64> &ids)
{
    QList<QList<qint64>> result;
    for (qsizetype start = 0; start < ids.size(); start += MaxPerRequest)
        result.append(ids.mid(start, MaxPerRequest));
    return result;
}

QList<ValidationError> ChangeCaseValidator::validate(const ChangeCaseRequest &request,
                                                     const QList<Activity> &knownActivities,
                                                     const std::optional<Case> &knownTarget,
                                                     qint64 nowMs)
{
    return validate(request, knownActivities, knownTarget, nowMs, Options());
}

QList<ValidationError> ChangeCaseValidator::validate(const ChangeCaseRequest &request,
                                                     const QList<Activity> &knownActivities,
                                                     const std::optional<Case> &knownTarget,
                                                     qint64 nowMs, const Options &options)
{
    QList<ValidationError> errors;
    const auto report
        = [&errors](const QString &field, const QString &rule, const QString &message) {
              errors.append({field, rule, message});
          };

    // P7 (the id list of the path): at least one id, each once
    if (request.activityIds.isEmpty())
        report(u"activityIds"_s, u"P7"_s, tr("Choose at least one activity to move."));
    QHash<qint64, int> occurrences;
    for (qint64 id : request.activityIds)
        ++occurrences[id];
    QSet<qint64> reported;
    for (qint64 id : request.activityIds) {
        if (occurrences.value(id) > 1 && !reported.contains(id)) {
            reported.insert(id);
            report(u"activityIds"_s, u"P7"_s,
                   tr("Activity %1 is listed %2 times; list each activity once.")
                       .arg(id)
                       .arg(occurrences.value(id)));
        }
    }

    // P1: ids are positive; unknown ones count only when the caller says the cache is complete
    QHash<qint64, const Activity *> byId;
    for (const Activity &activity : knownActivities) {
        if (!byId.contains(activity.id))
            byId.insert(activity.id, &activity);
    }
    QList<const Activity *> moving;
    QSet<qint64> seen;
    for (qint64 id : request.activityIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (id <= 0) {
            report(u"activityIds"_s, u"P1"_s,
                   tr("The activity ID %1 is not valid; activity IDs are greater than 0.").arg(id));
        } else if (const Activity *activity = byId.value(id)) {
            moving.append(activity);
        } else if (options.requireKnown) {
            report(u"activityIds"_s, u"P1"_s,
                   tr("Activity %1 is not known; refresh the list and choose the activities again.")
                       .arg(id));
        }
    }

    // P2: all from one case (as far as the cache knows each activity's case)
    QList<qint64> sourceCases;
    for (const Activity *activity : std::as_const(moving)) {
        if (activity->caseId > 0 && !sourceCases.contains(activity->caseId))
            sourceCases.append(activity->caseId);
    }
    if (sourceCases.size() > 1) {
        report(u"activityIds"_s, u"P2"_s,
               tr("The activities belong to different cases (%1); only activities of one case can "
                  "move together.")
                   .arg(joinedIds(sourceCases)));
    }

    // P3: only open activities move. The docs name the open states only in prose, so every
    // status but the known closed one counts as open (eGain v3 §6).
    for (const Activity *activity : std::as_const(moving)) {
        if (!activity->isOpen()) {
            const QString status
                = activity->statusDisplay.isEmpty() ? activity->status : activity->statusDisplay;
            report(u"activityIds"_s, u"P3"_s,
                   tr("Activity %1 is %2; only activities waiting in a queue or assigned to a user "
                      "can move to another case.")
                       .arg(activity->id)
                       .arg(status));
        }
    }

    // P5: an existing target is a positive id, and not the case the activities are already in
    // (the latter is our inference: such a move would change nothing)
    if (request.targetCaseId < 0) {
        report(u"targetCaseId"_s, u"P5"_s,
               tr("The target case ID %1 is not valid; enter an ID greater than 0, or none for a "
                  "new case.")
                   .arg(request.targetCaseId));
    } else if (request.targetCaseId > 0 && sourceCases.contains(request.targetCaseId)) {
        report(u"targetCaseId"_s, u"P5"_s,
               tr("The activities already belong to case %1; choose another target case.")
                   .arg(request.targetCaseId));
    }

    // P4: the same customer on both sides. A 0 customer may just not have been sent, so only
    // two known customers are compared.
    const bool targetKnown
        = request.targetCaseId > 0 && knownTarget && knownTarget->id == request.targetCaseId;
    if (targetKnown && knownTarget->customerId > 0) {
        QList<qint64> others;
        for (const Activity *activity : std::as_const(moving)) {
            if (activity->customerId > 0 && activity->customerId != knownTarget->customerId)
                others.append(activity->id);
        }
        if (!others.isEmpty()) {
            const QString customer = knownTarget->customerName.isEmpty()
                ? QString::number(knownTarget->customerId)
                : knownTarget->customerName;
            report(u"targetCaseId"_s, u"P4"_s,
                   tr("Case %1 belongs to customer %2, but activity %3 belongs to another "
                      "customer; activities can only move to a case of the same customer.")
                       .arg(request.targetCaseId)
                       .arg(customer, joinedIds(others)));
        }
    }

    // P11: the body is the target case: {"id"} alone, or the new case's members
    const ChangeCaseRequest::NewCase &fields = request.newCase;
    if (!request.movesToNewCase()) {
        QStringList set;
        if (!fields.subject.isEmpty())
            set.append(tr("subject"));
        if (!fields.description.isEmpty())
            set.append(tr("description"));
        if (!fields.solution.isEmpty())
            set.append(tr("solution"));
        if (!fields.severity.isEmpty())
            set.append(tr("severity"));
        if (fields.dueDateMs != 0)
            set.append(tr("due date"));
        if (!fields.customAttributes.isEmpty())
            set.append(tr("custom attributes"));
        if (!set.isEmpty()) {
            report(u"targetCaseId"_s, u"P11"_s,
                   tr("An existing target case is named by its ID alone; clear the new case's %1, "
                      "or move to a new case.")
                       .arg(set.join(u", "_s)));
        }
        return errors;
    }

    const QList<std::pair<QString, const QString *>> texts
        = {{u"subject"_s, &fields.subject},
           {u"description"_s, &fields.description},
           {u"solution"_s, &fields.solution}};
    for (const auto &[field, text] : texts) {
        if (text->size() > MaxTextLength) {
            const QString label = field == u"subject"_s ? tr("subject")
                : field == u"description"_s             ? tr("description")
                                                        : tr("solution");
            //: %1 is "subject", "description" or "solution"
            report(field, u"P11"_s,
                   tr("The new case's %1 has %n characters; at most 1024 are allowed.", nullptr,
                      int(text->size()))
                       .arg(label));
        }
    }

    static const QStringList Severities = {u"urgent"_s, u"high"_s, u"medium"_s, u"low"_s};
    if (!fields.severity.isEmpty() && !Severities.contains(fields.severity)) {
        report(u"severity"_s, u"P11"_s,
               tr("The severity \"%1\" is not valid; use urgent, high, medium or low, or none.")
                   .arg(fields.severity));
    }

    if (fields.dueDateMs != 0 && fields.dueDateMs <= nowMs) {
        report(u"dueDate"_s, u"P11"_s,
               tr("The new case's due date is not in the future; choose a date and time after now, "
                  "or none."));
    }

    for (auto it = fields.customAttributes.cbegin(); it != fields.customAttributes.cend(); ++it) {
        if (it.key().trimmed().isEmpty()) {
            report(u"customAttributes"_s, u"P11"_s,
                   tr("A custom attribute with the value \"%1\" has no name; enter the attribute's "
                      "name.")
                       .arg(it.value()));
            continue;
        }
        if (!options.caseAttributes)
            continue;
        const auto definition = std::find_if(
            options.caseAttributes->cbegin(), options.caseAttributes->cend(),
            [&](const CustomAttributeDefinition &candidate) { return candidate.name == it.key(); });
        if (definition == options.caseAttributes->cend()) {
            QStringList names;
            for (const CustomAttributeDefinition &known : *options.caseAttributes)
                names.append(known.name);
            report(u"customAttributes"_s, u"P11"_s,
                   names.isEmpty()
                       ? tr("\"%1\" is not a custom attribute of cases; none are configured.")
                             .arg(it.key())
                       : tr("\"%1\" is not a custom attribute of cases; known attributes: %2.")
                             .arg(it.key(), names.join(u", "_s)));
        } else if (!definition->allowedValues.isEmpty()
                   && !definition->allowedValues.contains(it.value())) {
            report(u"customAttributes"_s, u"P11"_s,
                   tr("\"%1\" is not an allowed value of the attribute %2; allowed: %3.")
                       .arg(it.value(), it.key(), definition->allowedValues.join(u", "_s)));
        }
    }

    return errors;
}
