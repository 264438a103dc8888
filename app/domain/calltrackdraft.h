#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// What an agent fills in to log a phone call as an eGain calltrack activity (one activity per
// request). Validated by the domain validators before it is queued; encoded by the API client.
struct CalltrackDraft
{
    // eGain v3 §7.6: exactly one way to name the customer, unless the caller is anonymous
    enum class CustomerBy { CustomerId, ContactId, ContactPointId, ContactPointData, Anonymous };
    // §7.4: the target user by exactly one identifier; None assigns the activity to the caller
    enum class TargetBy { None, UserId, UserName, CustomAttribute };

    QString department;
    QString subtype;
    QString mode = QStringLiteral("Inbound"); // "Inbound" or "Outbound"
    QString subject;
    QString contentText;
    QString contentHtml;

    CustomerBy customerBy = CustomerBy::CustomerId;
    QString customerKey;      // customer, contact or contact point id
    QString contactPointKind; // phone, postal, email, social or website (with ContactPointId)
    QString contactPointData; // email address or digits-only phone (also allowed when anonymous)

    TargetBy targetBy = TargetBy::None;
    QString targetUser;          // user id or login name, or the attribute's value
    QString targetAttributeName; // with CustomAttribute

    qint64 caseId = 0; // 0: the server opens a new case
    QString priority;  // "1".."7", empty for none
    qint64 dueDateMs = 0;
    QMap<QString, QString> customAttributes;
    QStringList attachmentAltIds;
};
