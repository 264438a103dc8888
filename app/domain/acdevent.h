#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// One jtel ACD event (voicemail, callback, ticket, …) as listed by GET {baseUrl}/acd/events.
// Field meanings: the jtel AcdEvents API reference, "AcdEvent record".
struct AcdEvent
{
    qint64 id = 0;
    int typeId = 0;
    int statusId = 0;
    std::optional<qint64> groupId;
    // null: the event waits in the group queue rather than for one agent
    std::optional<qint64> usersId;
    QString sender;
    QString receiver;
    QString subject;
    // dtCreated as milliseconds since the epoch (UTC); 0 when the server sent none
    qint64 createdMsecs = 0;
    // jtel documents no record field for the priority; the sandbox and release 3.35 use nPriority
    std::optional<int> priority;
    // the record as the server sent it (minified), so that fields AcdEvent does not model
    // are kept in the cache and never lost
    QByteArray json;

    friend bool operator==(const AcdEvent &, const AcdEvent &) = default;
};

Q_DECLARE_METATYPE(AcdEvent)
