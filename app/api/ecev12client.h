#pragma once

#include "api/casemanagerclient.h"

// Cisco ECE Interaction API v12: X-egain-session, paths below the context root + /ws/v12.
class EceV12Client : public CaseManagerClient
{
    Q_OBJECT
public:
    explicit EceV12Client(ApiTransport *transport, QObject *parent = nullptr);

    ReassignRoute::Dialect dialect() const override { return ReassignRoute::Dialect::EceV12; }

protected:
    QString activityPath() const override;
    QString casePath() const override;
    QString calltrackPath() const override;
    QUrlQuery searchParameters(const ActivityQuery &query) const override;
};
