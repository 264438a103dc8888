#pragma once

#include "controllers/operationcontroller.h"
#include "domain/changecaserequest.h"
#include "domain/changecasevalidator.h"

#include <QStringList>

// Moves activities of one case to a new or an existing case (ECE v12 §5, eGain v3 §10).
// Checked against P1–P11 from the cache before queueing, and again by the dispatcher before
// each request. More than 75 activities become several outbox entries, queued together: the
// first creates the new case (or targets the existing one), the later ones move into that case.
// Activities still queued for creation are named by their outbox entry id; their change case
// waits for the create and is rewritten with the real id.
class ChangeCaseController : public OperationController
{
    Q_OBJECT
public:
    ChangeCaseController(CacheDatabase &database, OutboxDispatcher *dispatcher, QString profile,
                         QObject *parent = nullptr);

    QList<ValidationError> validate(const ChangeCaseRequest &request,
                                    const QStringList &pendingActivities = {},
                                    const ChangeCaseValidator::Options &options = {}) const;
    void submit(const ChangeCaseRequest &request, const QStringList &pendingActivities = {},
                const ChangeCaseValidator::Options &options = {});

protected:
    QString appliedMessage(const OutboxEntry &last) const override;

private:
    // validate() against activities read from the cache already
    QList<ValidationError> validate(const ChangeCaseRequest &request,
                                    const QList<Activity> &activities,
                                    const QStringList &pendingActivities,
                                    const ChangeCaseValidator::Options &options) const;

    QString m_profile;
    int m_activityCount = 0;
    bool m_movesToNewCase = false;
};
