#pragma once

#include "domain/activity.h"
#include "domain/reassignrequest.h"
#include "domain/validationerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

// Checks a transfer or pick against the rules of egain-transfer-pick.md that the client can
// decide from what it has cached (§7, "check locally"). Pure: no I/O. Each message names the
// activity and starts from the rule of the operation's checklist (T transfer to user, Q queue,
// D department, K pick), which ValidationError::rule carries.
//
// Field names: activities, target.
//
// Checked: the target (T1/Q1/D1), at least one activity and each once (T3/Q3/D3/K3), ids known
// when requireKnown (T5/Q5/D5/K5), the type per dialect (T7/Q7/D7/K6), open (T9/Q9/D9/K9), not
// already at the target (T12/Q12/D12/K8), the queue's department where the cache has seen it
// (Q13), the caller's departments where known (T15/Q16/D15/K16), a user token for picks (K18).
// Not checked here: more than 75 activities is not an error (chunks() splits them, T4); replies
// (T8/K7: the reply relation is not cached); locks and pins, permissions, licences, shared
// departments, the transfer workflow, an inactive queue (server only, §7); lastModified (the
// dispatcher sends what the cache read, the server compares: 409).
class ReassignValidator
{
    Q_DECLARE_TR_FUNCTIONS(ReassignValidator)
public:
    struct Context
    {
        bool eceDialect = false; // ECE transfers and picks take emails only
        bool clientApplication = false; // an eGain v3 OAuth client: may transfer, not pick (K18)
        // the signed-in user, for K8 (a pick of one's own activities); empty when not known
        QString callerLogin;
        // the caller's home and foreign departments; nullopt when not known
        std::optional<QList<qint64>> callerDepartments;
        // the department of each queue the cache has seen an activity in (Q13)
        QHash<qint64, qint64> queueDepartments;
        // T5: an id missing from the known activities is an error only when this is set;
        // otherwise the cache may just be behind the server, which answers 404
        bool requireKnown = false;
    };

    static constexpr int MaxPerRequest = 75;

    static QList<ValidationError> validate(const ReassignRequest &request,
                                           const QList<Activity> &knownActivities,
                                           const Context &context);
    // The rule of the operation's checklist for a rule shared by all four, e.g. ("T12", Queue) →
    // "Q12".
    static QString rule(ReassignRequest::Operation operation, int transferToUserNumber);
    // T4: at most MaxPerRequest per chunk, in order; none for none.
    static QList<QList<ReassignRequest::Item>> chunks(const QList<ReassignRequest::Item> &items);
    // Whether the activity already is where the request puts it (T12/Q12/D12/K8): the evidence
    // that a transfer whose answer was lost happened.
    static bool isAtTarget(const Activity &activity, const ReassignRequest &request,
                           const QString &callerLogin);
};
