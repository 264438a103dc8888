#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// The raw outcome of one HTTP exchange, as the test saw it on the wire.
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    HttpHeaders headers;
    QByteArray body;
    QJsonDocument json;
    qint64 elapsedMs = 0;

    bool hasHeader(const QByteArray &name) const;
    QByteArray header(const QByteArray &name) const;
    QJsonObject object() const { return json.object(); }
    // the `code` member of an eGain / ECE error body
    QString code() const;
    // one line for failure messages: status, network error and the start of the body
    QString describe() const;
};

// Sends one request and waits for its answer; redirects are not followed. Unless the caller
// passes them, `Accept-Language: en-US` and `Accept: application/json` are added, because
// QNetworkAccessManager would otherwise send its own Accept-Language list (`en-US,*`), which the
// sandbox refuses with 406.
HttpResult sendRequest(const QByteArray &method, const QUrl &url, const HttpHeaders &headers = {},
                       const QByteArray &body = {});

// Compares the status once (the request expression is evaluated once) and puts the whole
// response into the failure message.
#define COMPARE_STATUS(result, expected)                                                           \
    do {                                                                                           \
        const HttpResult &statusResult_ = (result);                                                \
        const int statusExpected_ = (expected);                                                    \
        if (statusResult_.status != statusExpected_)                                               \
            QFAIL(qPrintable(QStringLiteral("expected HTTP %1, got %2")                            \
                                 .arg(statusExpected_)                                             \
                                 .arg(statusResult_.describe())));                                 \
    } while (false)
