#pragma once

#include "api/casemanagerclient.h"

// eGain Case Manager API v3 (eGain cloud): OAuth bearer tokens, paths below /core/casemgr/v3.
class EgainV3Client : public CaseManagerClient
{
    Q_OBJECT
public:
    explicit EgainV3Client(ApiTransport *transport, QObject *parent = nullptr);

    ReassignRoute::Dialect dialect() const override { return ReassignRoute::Dialect::EgainV3; }

protected:
    QString activityPath() const override;
    QString casePath() const override;
    QString calltrackPath() const override;
    QUrlQuery searchParameters(const ActivityQuery &query) const override;
};
