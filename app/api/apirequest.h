#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

// One HTTP call as the API clients describe it; the transport adds everything else
// (base URL, Accept, Accept-Language, Content-Type, request id, credentials).
struct ApiRequest
{
    QByteArray method = "GET";
    QString path;     // below the server's base URL, e.g. "/ws/v12/interaction/activity/1,2"
    QUrl absoluteUrl; // instead of path, for a URL elsewhere (an OAuth token endpoint)
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. for sign-in calls
    // Safe to send again when the first attempt's outcome is unknown (reads, and writes that
    // state a final result). Creates are not: they are retried only when the server cannot
    // have seen them.
    bool idempotent = true;
    bool authenticated = true;
    // the largest answer body accepted; 0: the transport's maxAnswerBytes
    qint64 maxAnswerBytes = 0;
};

struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray requestId;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (name.compare(key, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};
