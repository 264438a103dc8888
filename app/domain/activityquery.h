#pragma once

#include <QMap>
#include <QString>

// Filters of the activity search (exact matches, AND-combined). Each dialect spells some of
// them differently (v3 caseID/customerID/queueID, v12 case/customer/queue); the client maps.
struct ActivityQuery
{
    qint64 caseId = 0;
    qint64 customerId = 0;
    QString status; // "open" matches everything not completed
    QString type;   // only together with another filter
    QString mode;
    qint64 assignedTo = 0;
    QString assignedUserName;
    qint64 queueId = 0;
    QString department; // client applications (v3) only
    qint64 lastModifiedFromMs = 0; // inclusive range; 0 leaves that end open
    qint64 lastModifiedToMs = 0;
    qint64 createdFromMs = 0;
    qint64 createdToMs = 0;
    QMap<QString, QString> custom;
};
