#pragma once

#include <QString>

#include <optional>

// A jtel AcdEvent to create — usually a callback request (type 3) — addressed either to an
// ACD group or to a configuration group with an agent group (jtel AcdEvents §8.1).
struct CallbackDraft
{
    int typeId = 3;
    std::optional<qint64> groupId;
    std::optional<qint64> configurationGroupId;
    std::optional<qint64> agentGroupId;
    std::optional<qint64> usersId;
    QString sender;   // E.164 for voicemail and callback events
    QString receiver; // a configured service number for telephone events
    QString subject;
    QString body; // callback events only
    QString crmUrl;
    QString userData;
    std::optional<int> priority;  // 0–200, the server defaults to 50
    QString appointmentDate;      // yyyy-mm-dd
    QString appointmentTime;      // hh:mm
};

// jtel answers 200 both for a new event and, in groups that forbid duplicates, for an existing
// one it updated instead ("Result_": "UPDATED"); the two must never be confused.
struct CallbackOutcome
{
    qint64 eventId = 0;
    bool updatedExisting = false;
};
