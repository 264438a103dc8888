#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// How one server of a profile is doing, as the status bar and agentdeskctl show it.
struct ServerStatus
{
    enum class State {
        SignedOut, // the profile has no such server, or it is not fully configured
        Connecting, // the first sync is running
        Online, // the last sync succeeded
        Offline, // unreachable or failing; retried at nextRetryAt
        NeedsCredentials, // the server refused the credentials: no retry until someone signs in
    };

    State state = State::SignedOut;
    QDateTime nextRetryAt; // UTC; set while a retry after a failure is scheduled
    QDateTime lastSyncAt; // UTC; the last successful sync, kept across restarts
    QString lastError; // translated, for people; empty after a success

    friend bool operator==(const ServerStatus &, const ServerStatus &) = default;
};
Q_DECLARE_METATYPE(ServerStatus)
