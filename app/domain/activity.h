#pragma once

#include <QByteArray>
#include <QMap>
#include <QMetaType>
#include <QString>

// An eGain v3 / ECE v12 activity as AgentDesk keeps it. Status strings are the server's own:
// only "completed" has a documented meaning, every other status counts as open.
struct Activity
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 departmentId = 0;
    QString departmentName;
    QString type;
    QString typeDisplay;
    QString subtype;
    QString subtypeDisplay;
    QString mode;
    QString modeDisplay;
    QString status;
    QString statusDisplay;
    QString substatus;
    qint64 assignedUserId = 0;
    QString assignedUserName; // as shown: first and last name, else the login
    QString assignedUserLogin; // the login ("name" in the API), for "my activities"
    QString subject;
    qint64 customerId = 0;
    QString customerName;
    QString priority;        // "1".."7", empty when not sent
    qint64 createdMs = 0;    // epoch ms UTC, 0 when not sent
    qint64 lastModifiedMs = 0;
    qint64 dueDateMs = 0;
    qint64 queueId = 0;
    QString queueName;
    QString contactPointData;
    QString contentText;
    QString contentHtml;
    QMap<QString, QString> customAttributes;
    QByteArray json; // the record as the server sent it, so no field is ever lost

    bool isOpen() const { return status != QLatin1String("completed"); }
};
Q_DECLARE_METATYPE(Activity)
