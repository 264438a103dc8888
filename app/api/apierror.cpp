#include "api/apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

bool ApiError::isTransientStatus(int status)
{
    return status == 408 || status == 429 || status == 502 || status == 503 || status == 504;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QString &host, const QByteArray &requestId)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    error.host = host;
    error.requestId = requestId;
    error.transient = isTransientStatus(status);
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.contains(u"developerMessage"_s) || object.value(u"code"_s).isString()) {
        error.serverCode = object.value(u"code"_s).toString();
        error.serverMessage = object.value(u"developerMessage"_s).toString();
    } else if (object.value(u"error"_s).isString() && object.contains(u"status"_s)) {
        error.serverMessage = object.value(u"error"_s).toString();
    } else if (object.value(u"error"_s).isString()) {
        error.serverCode = object.value(u"error"_s).toString();
        error.serverMessage = object.value(u"error_description"_s).toString();
    } else if (object.value(u"message"_s).isString()) {
        error.serverMessage = object.value(u"message"_s).toString();
    }
    if (status == 401)
        error.kind = Kind::Authentication;
    return error;
}

ApiError ApiError::decodeFailure(int status, const QString &host, const QByteArray &requestId, const QString &detail)
{
    ApiError error;
    error.kind = Kind::Decode;
    error.httpStatus = status;
    error.host = host;
    error.requestId = requestId;
    error.detail = detail;
    return error;
}

QString ApiError::message() const
{
    QString text;
    switch (kind) {
    case Kind::Network:
        text = tr("Cannot reach %1: %2").arg(host, detail);
        break;
    case Kind::Timeout:
        text = tr("%1 did not answer in time.").arg(host);
        break;
    case Kind::Tls:
        text = tr("Secure connection to %1 refused: %2").arg(host, detail);
        break;
    case Kind::Http:
        text = tr("%1 answered HTTP %2.").arg(host).arg(httpStatus);
        break;
    case Kind::Authentication:
        text = detail.isEmpty() ? tr("%1 did not accept the credentials.").arg(host)
                                : tr("Sign-in to %1 failed: %2").arg(host, detail);
        break;
    case Kind::Decode:
        text = tr("The answer of %1 could not be read: %2").arg(host, detail);
        break;
    case Kind::Configuration:
        text = detail;
        break;
    }
    if (!serverCode.isEmpty() && !serverMessage.isEmpty())
        text += u' ' + tr("Server code %1: %2").arg(serverCode, serverMessage);
    else if (!serverCode.isEmpty())
        text += u' ' + tr("Server code %1.").arg(serverCode);
    else if (!serverMessage.isEmpty())
        text += u' ' + serverMessage;
    return text;
}
