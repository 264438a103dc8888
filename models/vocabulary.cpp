#include "vocabulary.h"

using namespace Qt::StringLiterals;

namespace {

QString serverWords(const QString &value, const QString &serverDisplay)
{
    return serverDisplay.isEmpty() ? value : serverDisplay;
}

} // namespace

QString Vocabulary::activityStatus(const QString &value, const QString &serverDisplay)
{
    // "in queue" and "assigned" are documented only in prose, not as values: the server's words
    if (value == u"completed")
        //: activity status
        return tr("Completed");
    if (value == u"in_workflow")
        //: activity status: a workflow of the server is processing it
        return tr("In workflow");
    if (value == u"ready_for_inbound_workflow")
        //: activity status
        return tr("Waiting for inbound workflow");
    if (value == u"ready_for_outbound_workflow")
        //: activity status
        return tr("Waiting for outbound workflow");
    return serverWords(value, serverDisplay);
}

QString Vocabulary::activityType(const QString &value, const QString &serverDisplay)
{
    if (value == u"call_track")
        //: activity type: a logged phone call
        return tr("Calltrack");
    if (value == u"email")
        return tr("Email");
    return serverWords(value, serverDisplay);
}

QString Vocabulary::activityMode(const QString &value, const QString &serverDisplay)
{
    // eGain v3 writes "Inbound", ECE v12 answers "inbound"
    if (value.compare(u"inbound", Qt::CaseInsensitive) == 0)
        //: activity mode: the customer contacted the agent
        return tr("Inbound");
    if (value.compare(u"outbound", Qt::CaseInsensitive) == 0)
        //: activity mode: the agent contacted the customer
        return tr("Outbound");
    return serverWords(value, serverDisplay);
}

QString Vocabulary::caseStatus(const QString &value, const QString &serverDisplay)
{
    if (value == u"open")
        //: case status
        return tr("Open");
    if (value == u"closed")
        //: case status
        return tr("Closed");
    return serverWords(value, serverDisplay);
}

QString Vocabulary::caseSeverity(const QString &value, const QString &serverDisplay)
{
    if (value == u"urgent")
        //: case severity
        return tr("Urgent");
    if (value == u"high")
        //: case severity
        return tr("High");
    if (value == u"medium")
        //: case severity
        return tr("Medium");
    if (value == u"low")
        //: case severity
        return tr("Low");
    return serverWords(value, serverDisplay);
}

QString Vocabulary::acdStatus(int statusId)
{
    // §7 documents only that a freshly created event has status 1; the other numbers' names
    // are not documented, and a wrong word ("closed") would mislead more than the number
    if (statusId == 1)
        //: ACD event status: the event was just created
        return tr("New");
    //: ACD event status that jtel does not document, %1 is its number
    return tr("Status %1").arg(statusId);
}

QString Vocabulary::acdType(int typeId)
{
    switch (typeId) {
    case 1:
        return tr("Voicemail");
    case 2:
        return tr("Fax");
    case 3:
        //: ACD event type: the customer asked to be called back
        return tr("Callback");
    case 4:
        return tr("SMS");
    case 5:
        return tr("Email");
    case 6:
        return tr("Ticket");
    default:
        //: ACD event type that jtel does not document, %1 is its number
        return tr("Type %1").arg(typeId);
    }
}
