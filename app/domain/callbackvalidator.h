#pragma once

#include "domain/callbackdraft.h"
#include "domain/validationerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

// Checks a jtel AcdEvent to create against the rules J1–J11 of the jtel AcdEvents API reference
// §8.6 that the client can decide on its own. Pure: no I/O.
//
// Field names: typeId, groupId, configurationGroupId, agentGroupId, usersId, sender, receiver,
// subject, body, crmUrl, priority, appointmentDate, appointmentTime.
//
// Times are the jtel server's local wall clock, which has no zone in the API (§4, §8.3): a
// "local ms" value is that wall-clock date and time counted as if it were UTC, see wallClockMs().
//
// Only the server can decide, so a valid draft may still be refused:
//   J3  the group, configuration group and agent group exist;
//   J4  the user is one the group distributes to (only its id's form is checked here);
//   J6  the receiver is a configured service number;
//   J12 de-duplication; J13 credentials; J14 unknown event ids.
class CallbackValidator
{
    Q_DECLARE_TR_FUNCTIONS(CallbackValidator)
public:
    static constexpr int VoiceMailType = 1;
    static constexpr int CallbackType = 3;
    static constexpr int MinPriority = 0;
    static constexpr int MaxPriority = 200;

    // nowLocalMs is accepted for the appointment, yet no rule depends on it: a past appointment
    // is not an error but "try now" (§8.3). Show appointmentSummary() to make that visible.
    static QList<ValidationError> validate(const CallbackDraft &draft, qint64 nowLocalMs);

    // One translated sentence on when the event will be distributed (§8.3): none, the date at
    // 00:00, the next occurrence of the time, or the exact moment; past moments mean "now".
    // Empty while the date or time is not valid (validate() says why).
    static QString appointmentSummary(const CallbackDraft &draft, qint64 nowLocalMs);
    // The resulting appointment in local ms; nullopt for none or an invalid date or time.
    static std::optional<qint64> appointmentLocalMs(const CallbackDraft &draft, qint64 nowLocalMs);

    // Telephone events (voice mail, callback) carry E.164 numbers in Sender and Receiver (§8.1).
    static bool isTelephoneEvent(int typeId)
    {
        return typeId == VoiceMailType || typeId == CallbackType;
    }
    // 8 to 15 digits, no leading 0 (a country code comes first), an optional leading '+'
    static bool isE164(const QString &number);
    // What the client sends: jtel writes E.164 without '+' (§8.1). Strips surrounding spaces
    // and the '+' of a valid number; anything else comes back trimmed but unchanged.
    static QString normalizedE164(const QString &number);

    // A date and time on the local wall clock of `moment`, counted as if it were UTC.
    static qint64 wallClockMs(const QDateTime &moment);
};
