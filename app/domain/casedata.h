#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

// An eGain v3 / ECE v12 case. (File named casedata.h: "case" is a C++ keyword.)
struct Case
{
    qint64 id = 0;
    qint64 departmentId = 0;
    QString departmentName;
    QString status; // "open" or "closed"
    QString subject;
    QString description;
    QString solution;
    QString severity;
    qint64 customerId = 0;
    QString customerName;
    qint64 ownerId = 0;
    QString ownerName;
    qint64 dueDateMs = 0;
    qint64 createdMs = 0;
    qint64 lastModifiedMs = 0;
    QString originatingChannel;
    QList<qint64> relatedCaseIds;
    QMap<QString, QString> customAttributes;
    QByteArray json;

    bool isOpen() const { return status != QLatin1String("closed"); }
};
Q_DECLARE_METATYPE(Case)
