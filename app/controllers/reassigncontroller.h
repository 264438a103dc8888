#pragma once

#include "auth/profile.h"
#include "controllers/operationcontroller.h"
#include "domain/reassignrequest.h"
#include "domain/reassignvalidator.h"

#include <QSet>

// Transfers activities to a user, a queue or a department, or picks them
// (egain-transfer-pick.md). Checked against the rules the cache can decide before anything is
// queued; each activity's lastModified comes from the cache. More than 75 activities become
// several outbox entries in order, each re-checked by the dispatcher before it is sent.
class ReassignController : public OperationController
{
    Q_OBJECT
public:
    // callerLogin: the signed-in user (a pick's evidence is "assigned to them"); empty for an
    // OAuth client application
    ReassignController(CacheDatabase &database, OutboxDispatcher *dispatcher, QString profile,
                       QString callerLogin, QObject *parent = nullptr);

    // Activities named by id only get their lastModified from the cache here.
    // What the profile tells the rules: the dialect, and whether it is a client application.
    static ReassignValidator::Context contextOf(const Profile &profile);

    QList<ValidationError> validate(const ReassignRequest &request,
                                    const ReassignValidator::Context &context) const;
    void submit(const ReassignRequest &request, ReassignValidator::Context context);

protected:
    QString appliedMessage(const OutboxEntry &last) const override;

private:
    // validate() against activities read from the cache already
    QList<ValidationError> validate(const ReassignRequest &request,
                                    const QList<Activity> &activities,
                                    ReassignValidator::Context context) const;

    // the activities that outbox entries still waiting to be sent move or reassign
    QSet<qint64> activitiesChangedByTheOutbox() const;

    QString m_profile;
    QString m_callerLogin;
    ReassignRequest m_request;
};
