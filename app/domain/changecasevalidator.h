#pragma once

#include "domain/activity.h"
#include "domain/casedata.h"
#include "domain/changecaserequest.h"
#include "domain/customattributedefinition.h"
#include "domain/validationerror.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// Checks a change-case request against the preconditions P1–P11 of the ECE v12 API reference
// §5.2 (the same rules as eGain v3 §10) as far as the client can decide them from what it has
// cached. Pure: no I/O.
//
// Field names: activityIds, targetCaseId, subject, description, solution, severity, dueDate,
// customAttributes. An empty or repeating id list is reported under P7, the rule on the path's
// id list.
//
// Not checked here:
//   P6  replies of the activities are not cached; the server refuses an open reply;
//   P7  more than 75 activities are not an error: the controller sends chunks() one after the
//       other (the first may create the new case, the later ones must then target that case);
//   P8  whether another user holds a lock is not known client-side (the server answers 403);
//   P9  permissions and departments of the caller (403);
//   P10 the encoder sends only relateCase=yes;
//   P1, P2, P5 and the customer of P4 for activities and cases the cache does not know.
class ChangeCaseValidator
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCaseValidator)
public:
    struct Options
    {
        // P1: an activity id missing from knownActivities is an error only when this is set;
        // otherwise the cache may simply be behind the server, which answers 404 if need be
        bool requireKnown = false;
        // case custom attributes; nullopt: unknown, P11 checks only that names are given
        std::optional<QList<CustomAttributeDefinition>> caseAttributes;
    };

    static constexpr int MaxPerRequest = 75;
    static constexpr int MaxTextLength = 1024;

    // knownActivities: whatever the cache holds (may include unrelated activities);
    // knownTarget: the existing target case if cached, ignored when its id is not the target's;
    // nowMs: epoch ms UTC, for the new case's due date.
    static QList<ValidationError> validate(const ChangeCaseRequest &request,
                                           const QList<Activity> &knownActivities,
                                           const std::optional<Case> &knownTarget, qint64 nowMs,
                                           const Options &options);
    // the same with default Options (a default argument cannot name the nested struct here)
    static QList<ValidationError> validate(const ChangeCaseRequest &request,
                                           const QList<Activity> &knownActivities,
                                           const std::optional<Case> &knownTarget, qint64 nowMs);

    // P7: the ids in request order, at most MaxPerRequest per chunk; none for no ids.
    static QList<QList<qint64>> chunks(const QList<qint64> &ids);
};
