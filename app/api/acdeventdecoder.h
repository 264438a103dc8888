#pragma once

#include "domain/acdevent.h"

#include <QByteArray>
#include <QStringList>
#include <QStringView>

#include <optional>

// Turns the body of GET {baseUrl}/acd/events into AcdEvent values. Pure and thread-safe, so it
// runs off the GUI thread. Tolerant by design (the jtel AcdEvents reference §4: records may
// carry more fields than documented, and most fields may be null): unknown fields are ignored,
// optional fields may be missing or null, and only a record without a usable ID is dropped —
// with a reason.
class AcdEventDecoder
{
public:
    struct Result
    {
        QList<AcdEvent> events;
        // the envelope's "count"; -1 when the server sent none
        qsizetype reportedCount = -1;
        // one line per dropped record, e.g. "record 3: ID is missing or not a positive integer"
        QStringList skippedRecords;
        // set when the body as a whole is unusable; events is then empty
        QString error;

        bool ok() const { return error.isEmpty(); }
    };

    // simdjson's DOM parser: the list reaches 100k records (~150 MB), where QJsonDocument
    // needs several times the time and keeps ~4× the document alive
    static Result decodeList(const QByteArray &body);

    // jtel timestamps are local time without zone and with milliseconds,
    // "2020-09-15T02:59:32.794" (§4); Timestamps::parseLocal() says how they are read.
    static std::optional<qint64> parseTimestamp(QStringView text);
};
