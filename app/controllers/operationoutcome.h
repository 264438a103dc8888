#pragma once

#include "domain/validationerror.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// How one user action ended, as the dialogs and agentdeskctl both show it.
struct OperationOutcome
{
    enum class Status {
        Invalid,        // refused before queueing: see errors; nothing was stored or sent
        Applied,        // the server applied it; result holds its answer
        Queued,         // stored in the outbox; it is sent when the server can be reached
        NeedsAttention, // the server refused it; it waits in the outbox to be edited or discarded
        Failed,         // it could not even be stored (the cache is unusable): nothing was queued
    };

    Status status = Status::Failed;
    QList<ValidationError> errors; // Invalid
    QStringList entryIds;          // the outbox entries, in the order they are sent
    QString code;                  // the server's code when refused, the last failure when queued
    QString message;               // translated: one or two sentences for people
    QByteArray result;             // Applied: the last entry's result (OutboxPayload)
};
Q_DECLARE_METATYPE(OperationOutcome)
