#include "api/acdeventdecoder.h"

#include "api/jsonfields.h"
#include "core/timestamps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace {

using JsonFields::integerOf;
using JsonFields::stringOf;

QString translate(const char *text)
{
    return QCoreApplication::translate("AcdEventDecoder", text);
}

} // namespace

std::optional<qint64> AcdEventDecoder::parseTimestamp(QStringView text)
{
    return Timestamps::parseLocal(text);
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
