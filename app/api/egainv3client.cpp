#include "api/egainv3client.h"

using namespace Qt::Literals::StringLiterals;

EgainV3Client::EgainV3Client(ApiTransport *transport, QObject *parent)
    : CaseManagerClient(transport, parent)
{
}

QString EgainV3Client::activityPath() const
{
    return u"/core/casemgr/v3/activity"_s;
}

QString EgainV3Client::casePath() const
{
    return u"/core/casemgr/v3/case"_s;
}

QString EgainV3Client::calltrackPath() const
{
    return u"/core/casemgr/v3/activity/calltrack"_s;
}

// eGain v3 §9: the user actor's filter names (client applications also have department)
QUrlQuery EgainV3Client::searchParameters(const ActivityQuery &query) const
{
    QUrlQuery parameters;
    if (query.caseId)
        parameters.addQueryItem(u"caseID"_s, QString::number(query.caseId));
    if (query.customerId)
        parameters.addQueryItem(u"customerID"_s, QString::number(query.customerId));
    if (query.queueId)
        parameters.addQueryItem(u"queueID"_s, QString::number(query.queueId));
    if (!query.department.isEmpty())
        parameters.addQueryItem(u"department"_s, query.department);
    return parameters;
}
