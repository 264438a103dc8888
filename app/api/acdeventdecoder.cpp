#include "api/acdeventdecoder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTimeZone>

namespace {

// A JSON number with a whole value, or a string of digits: jtel's examples use numbers, but
// a gateway that stringifies ids should not make us drop the queue.
std::optional<qint64> integerOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        // toInteger() returns the default for fractions and out-of-range values, so two
        // different defaults tell a real value from a refusal.
        const qint64 a = value.toInteger(0);
        const qint64 b = value.toInteger(1);
        if (a == b)
            return a;
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

// Numbers become their decimal text: a Sender such as 4922199900011 sent unquoted is still a
// phone number.
QString stringOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (const auto n = integerOf(value); n && value.isDouble())
        return QString::number(*n);
    return {};
}

int digits(QStringView text, qsizetype from, qsizetype count, bool *ok)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text[i];
        if (!c.isDigit()) {
            *ok = false;
            return 0;
        }
        value = value * 10 + c.digitValue();
    }
    return value;
}

QString translate(const char *text)
{
    return QCoreApplication::translate("AcdEventDecoder", text);
}

} // namespace

std::optional<qint64> AcdEventDecoder::parseTimestamp(QStringView text)
{
    // Fixed layout yyyy-MM-ddTHH:mm:ss[.f…][Z]; parsed by hand because
    // QDateTime::fromString costs ~50× more and lists hold up to 100k events (PERFORMANCE.md).
    if (text.size() < 19 || text[4] != u'-' || text[7] != u'-'
        || (text[10] != u'T' && text[10] != u' ') || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    bool ok = true;
    const int year = digits(text, 0, 4, &ok);
    const int month = digits(text, 5, 2, &ok);
    const int day = digits(text, 8, 2, &ok);
    const int hour = digits(text, 11, 2, &ok);
    const int minute = digits(text, 14, 2, &ok);
    const int second = digits(text, 17, 2, &ok);
    if (!ok)
        return std::nullopt;

    qsizetype pos = 19;
    int msec = 0;
    if (pos < text.size() && text[pos] == u'.') {
        ++pos;
        int scale = 100;
        const qsizetype start = pos;
        while (pos < text.size() && text[pos].isDigit()) {
            msec += text[pos].digitValue() * scale; // digits beyond milliseconds are dropped
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return std::nullopt;
    }
    bool utc = false;
    if (pos < text.size() && text[pos] == u'Z') {
        utc = true;
        ++pos;
    }
    if (pos != text.size())
        return std::nullopt;

    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, utc ? Qt::UTC : Qt::LocalTime).toMSecsSinceEpoch();
}

std::optional<AcdEvent> AcdEventDecoder::decodeRecord(const QJsonObject &record, QString *whyNot)
{
    const auto id = integerOf(record.value(u"ID"));
    if (!id) {
        if (whyNot)
            *whyNot = translate("ID is missing or not an integer");
        return std::nullopt;
    }

    AcdEvent event;
    event.id = *id;
    event.typeId = static_cast<int>(integerOf(record.value(u"AcdEventTypesID")).value_or(0));
    event.statusId = static_cast<int>(integerOf(record.value(u"AcdEventStatusID")).value_or(0));
    event.groupId = integerOf(record.value(u"AcdGroupsID"));
    event.usersId = integerOf(record.value(u"UsersID"));
    event.sender = stringOf(record.value(u"Sender"));
    event.receiver = stringOf(record.value(u"Receiver"));
    event.subject = stringOf(record.value(u"Subject"));
    event.createdMsecs = parseTimestamp(record.value(u"dtCreated").toString()).value_or(0);
    if (const auto priority = integerOf(record.value(u"nPriority")))
        event.priority = static_cast<int>(*priority);
    return event;
}

AcdEventDecoder::Result AcdEventDecoder::decodeList(const QByteArray &body)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = translate("The server's answer is not valid JSON (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    if (!document.isObject()) {
        result.error = translate("The server's answer is not a JSON object.");
        return result;
    }
    const QJsonObject envelope = document.object();

    // Successful bodies repeat the HTTP status in "status" (§3); anything else is an error body.
    if (const auto status = integerOf(envelope.value(u"status")); status && *status != 200) {
        const QString reason = envelope.value(u"error").toString();
        result.error = reason.isEmpty()
            ? translate("The server reported status %1.").arg(*status)
            : translate("The server reported status %1: %2").arg(*status).arg(reason);
        return result;
    }
    const QJsonValue records = envelope.value(u"records");
    if (!records.isArray()) {
        result.error = translate("The server's answer has no list of records.");
        return result;
    }
    result.reportedCount = integerOf(envelope.value(u"count")).value_or(-1);

    const QJsonArray array = records.toArray();
    result.events.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        QString whyNot = translate("not a JSON object");
        std::optional<AcdEvent> event;
        if (value.isObject())
            event = decodeRecord(value.toObject(), &whyNot);
        if (event)
            result.events.append(std::move(*event));
        else
            result.skippedRecords.append(translate("record %1: %2").arg(i).arg(whyNot));
    }
    return result;
}
