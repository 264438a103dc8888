#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <memory>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request as the API handlers see it: decoded path, query, headers and body, plus the
// captures of the route that matched.
struct SandboxRequest
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path;
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QStringList captures;

    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // query items decoded, in order
    QList<QPair<QString, QString>> queryItems() const;
};

struct SandboxReply
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
    // Where the gzip form of this body is kept by whoever keeps the body (the memoized jtel
    // list): the server fills it when it first compresses the body and reuses it after. Only
    // for a body that is never changed while the slot is held.
    std::shared_ptr<QByteArray> gzipMemo;

    static SandboxReply json(int status, const QJsonObject &object);
    static SandboxReply json(int status, const QByteArray &compactJson);
    static SandboxReply empty(int status);
    // eGain / ECE error body: {"code": "<status>-<n>", "developerMessage": "…"}
    static SandboxReply egainError(int status, int number, const QString &message);
    // jtel error body: {"status": <status>, "error": "…"}
    static SandboxReply jtelError(int status, const QString &message);

    SandboxReply &withHeader(const QByteArray &name, const QByteArray &value);
};

using SandboxHandler = std::function<SandboxReply(const SandboxRequest &)>;

// Parses ISO 8601 date-times as the APIs send them ("2031-01-15T08:00:00.000Z", with or
// without milliseconds, "Z" or an offset). Returns an invalid QDateTime on anything else.
QDateTime parseIsoDateTime(const QString &text);
QString formatIsoUtc(qint64 msecsSinceEpoch);
