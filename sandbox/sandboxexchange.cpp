#include "sandboxexchange.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

QByteArray SandboxRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool SandboxRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &entry : headers) {
        if (name.compare(entry.first, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<QPair<QString, QString>> SandboxRequest::queryItems() const
{
    return query.queryItems(QUrl::FullyDecoded);
}

SandboxReply SandboxReply::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

SandboxReply SandboxReply::json(int status, const QByteArray &compactJson)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = compactJson;
    reply.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return reply;
}

SandboxReply SandboxReply::empty(int status)
{
    SandboxReply reply;
    reply.status = status;
    return reply;
}

SandboxReply SandboxReply::egainError(int status, int number, const QString &message)
{
    const QString code = QStringLiteral("%1-%2").arg(status).arg(number, 3, 10, QLatin1Char('0'));
    return json(status, QJsonObject{{u"code"_s, code}, {u"developerMessage"_s, message}});
}

SandboxReply SandboxReply::jtelError(int status, const QString &message)
{
    return json(status, QJsonObject{{u"status"_s, status}, {u"error"_s, message}});
}

SandboxReply &SandboxReply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

QDateTime parseIsoDateTime(const QString &text)
{
    static const QRegularExpression layout(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(Z|[+-]\d{2}:\d{2})$)"));
    const auto match = layout.match(text);
    if (!match.hasMatch())
        return {};
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QString fraction = match.captured(7).leftJustified(3, QLatin1Char('0'));
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(),
                     match.captured(7).isEmpty() ? 0 : fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    const QString zone = match.captured(8);
    int offsetSeconds = 0;
    if (zone != QLatin1String("Z")) {
        const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
        offsetSeconds = sign * (zone.mid(1, 2).toInt() * 3600 + zone.mid(4, 2).toInt() * 60);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

QString formatIsoUtc(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}
