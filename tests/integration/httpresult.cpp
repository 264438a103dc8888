#include "httpresult.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

bool contains(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

constexpr int requestTimeoutMs = 30000;

} // namespace

bool HttpResult::hasHeader(const QByteArray &name) const
{
    return contains(headers, name);
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpResult::code() const
{
    return object().value(u"code"_s).toString();
}

QString HttpResult::describe() const
{
    QString text = u"HTTP %1"_s.arg(status);
    if (error != QNetworkReply::NoError)
        text += u" [network error %1: %2]"_s.arg(int(error)).arg(errorString);
    if (!body.isEmpty())
        text += u" body: "_s + QString::fromUtf8(body.left(600));
    return text;
}

HttpResult sendRequest(const QByteArray &method, const QUrl &url, const HttpHeaders &headers,
                       const QByteArray &body)
{
    // a fresh manager per request: no connection reuse, so a dropped connection or a
    // server-side close cannot leak into the next request
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(requestTimeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!contains(headers, "Accept-Language"))
        request.setRawHeader("Accept-Language", "en-US");
    if (!contains(headers, "Accept"))
        request.setRawHeader("Accept", "application/json");

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = nullptr;
    if (method == "GET" && body.isEmpty())
        reply = manager.get(request);
    else if (method == "DELETE" && body.isEmpty())
        reply = manager.deleteResource(request);
    else
        reply = manager.sendCustomRequest(request, method, body);

    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(requestTimeoutMs + 5000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    HttpResult result;
    result.elapsedMs = timer.elapsed();
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
        result.errorString = u"no answer within %1 ms"_s.arg(requestTimeoutMs);
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        // an HTTP error status is an answer, not a transport failure
        const bool statusError = (result.error >= QNetworkReply::ContentAccessDenied
                                  && result.error <= QNetworkReply::UnknownContentError)
            || (result.error >= QNetworkReply::InternalServerError
                && result.error <= QNetworkReply::UnknownServerError);
        if (statusError && result.status != 0)
            result.error = QNetworkReply::NoError;
        if (result.error != QNetworkReply::NoError)
            result.errorString = reply->errorString();
        result.headers = reply->rawHeaderPairs();
        result.body = reply->readAll();
        if (!result.body.isEmpty())
            result.json = QJsonDocument::fromJson(result.body);
    }
    delete reply;
    return result;
}
