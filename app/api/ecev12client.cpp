#include "api/ecev12client.h"

using namespace Qt::Literals::StringLiterals;

EceV12Client::EceV12Client(ApiTransport *transport, QObject *parent)
    : CaseManagerClient(transport, parent)
{
}

QString EceV12Client::activityPath() const
{
    return u"/ws/v12/interaction/activity"_s;
}

QString EceV12Client::casePath() const
{
    return u"/ws/v12/interaction/case"_s;
}

// ECE v12 §7.6: calltracks are created on the activity collection itself
QString EceV12Client::calltrackPath() const
{
    return u"/ws/v12/interaction/activity"_s;
}

// ECE v12 §7.2 filter names
QUrlQuery EceV12Client::searchParameters(const ActivityQuery &query) const
{
    QUrlQuery parameters;
    if (query.caseId)
        parameters.addQueryItem(u"case"_s, QString::number(query.caseId));
    if (query.customerId)
        parameters.addQueryItem(u"customer"_s, QString::number(query.customerId));
    if (query.queueId)
        parameters.addQueryItem(u"queue"_s, QString::number(query.queueId));
    return parameters;
}
