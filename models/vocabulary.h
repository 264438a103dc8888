#pragma once

#include <QCoreApplication>
#include <QString>

// The words shown for the fixed vocabularies in the servers' records, in the interface
// language. A value the API references document gets AgentDesk's translated word; any other
// value is shown as the server gives it (its display value, else the value itself), since a
// site's own statuses and its calltrack subtypes are named by the site, in its language.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    // eGain v3 / ECE v12 activities (eGain v3 reference §6): status, type and mode
    static QString activityStatus(const QString &value, const QString &serverDisplay = {});
    static QString activityType(const QString &value, const QString &serverDisplay = {});
    static QString activityMode(const QString &value, const QString &serverDisplay = {});
    // cases (eGain v3 reference §11): status open / closed, severity urgent … low
    static QString caseStatus(const QString &value, const QString &serverDisplay = {});
    static QString caseSeverity(const QString &value, const QString &serverDisplay = {});
    // jtel AcdEventStatusID and AcdEventTypesID (jtel AcdEvents reference §7, §6); a number
    // jtel does not document shows as "Status N" / "Type N", never as a guessed name
    static QString acdStatus(int statusId);
    static QString acdType(int typeId);
};
