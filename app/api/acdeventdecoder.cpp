#include "api/acdeventdecoder.h"

#include "api/jsonfields.h"
#include "core/backgroundpool.h"
#include "core/timestamps.h"

#include <QCoreApplication>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <simdjson.h>

#include <vector>

namespace {

using JsonFields::integerOf;
using JsonFields::stringOf;

// Just past the string whose opening quote is at `quote`.
size_t endOfString(std::string_view text, size_t quote)
{
    for (size_t from = quote + 1; from < text.size();) {
        const size_t at = text.find('"', from);
        if (at == std::string_view::npos)
            return text.size();
        size_t backslashes = 0;
        while (text[at - 1 - backslashes] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return at + 1;
        from = at + 1;
    }
    return text.size();
}

// Just past the value that starts at `at` (a ',' or the closing '}' of its object follows).
size_t endOfValue(std::string_view text, size_t at)
{
    int depth = 0;
    for (size_t i = at; i < text.size(); ++i) {
        switch (text[i]) {
        case '"':
            i = endOfString(text, i) - 1;
            break;
        case '{':
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            if (depth == 0)
                return i;
            --depth;
            break;
        case ',':
            if (depth == 0)
                return i;
            break;
        default:
            break;
        }
    }
    return text.size();
}

// The record as the cache keeps it: minified, without the members whose value is null. jtel
// sends ~20 of its 33 fields as null in most records, ~40 % of the list's bytes; an absent
// member reads as null everywhere (json_extract, the reading pane), and the cache writes and
// hashes 40 % less.
QByteArray storedForm(const simdjson::dom::object &record)
{
    const std::string minified = simdjson::minify(record);
    const std::string_view text(minified);
    QByteArray out;
    out.reserve(qsizetype(text.size()));
    out += '{';
    for (size_t member = 1; member < text.size() && text[member] == '"';) {
        const size_t value = endOfString(text, member) + 1; // past the ':'
        const size_t end = endOfValue(text, value);
        if (text.substr(value, end - value) != "null") {
            if (out.size() > 1)
                out += ',';
            out.append(text.data() + member, qsizetype(end - member));
        }
        member = end + 1; // past the ','
    }
    out += '}';
    return out;
}

std::optional<AcdEvent> decodeRecord(const simdjson::dom::object &record, QString *whyNot)
{
    std::optional<qint64> id;
    AcdEvent event;
    for (const auto [key, value] : record) {
        // the documented field names (jtel AcdEvents API reference, "AcdEvent record")
        if (key == "ID") {
            id = integerOf(value);
        } else if (key == "AcdEventTypesID") {
            event.typeId = int(integerOf(value).value_or(0));
        } else if (key == "AcdEventStatusID") {
            event.statusId = int(integerOf(value).value_or(0));
        } else if (key == "AcdGroupsID") {
            event.groupId = integerOf(value);
        } else if (key == "UsersID") {
            event.usersId = integerOf(value);
        } else if (key == "Sender") {
            event.sender = stringOf(value);
        } else if (key == "Receiver") {
            event.receiver = stringOf(value);
        } else if (key == "Subject") {
            event.subject = stringOf(value);
        } else if (key == "dtCreated") {
            std::string_view text;
            if (!value.get_string().get(text))
                event.createdMsecs = Timestamps::parseLocal(QByteArrayView(text.data(), qsizetype(text.size()))).value_or(0);
        } else if (key == "nPriority") {
            if (const auto priority = integerOf(value))
                event.priority = int(*priority);
        }
    }
    // AcdEventsID is a positive key; a record with 0 or a negative one cannot be addressed
    if (!id || *id <= 0) {
        if (whyNot)
            *whyNot = QCoreApplication::translate("AcdEventDecoder",
                                                  "ID is missing or not a positive integer");
        return std::nullopt;
    }
    event.id = *id;
    event.json = storedForm(record);
    return event;
}

} // namespace

std::optional<qint64> AcdEventDecoder::parseTimestamp(QStringView text)
{
    return Timestamps::parseLocal(text);
}

AcdEventDecoder::Result AcdEventDecoder::decodeList(const QByteArray &body)
{
    Result result;
    // one parser per thread: it keeps its buffers between the polls of a big list
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element document;
    if (const auto error = parser.parse(body.constData(), size_t(body.size())).get(document)) {
        result.error = QCoreApplication::translate("AcdEventDecoder",
                                                   "The server's answer is not valid JSON (%1).")
                           .arg(QString::fromLatin1(simdjson::error_message(error)));
        return result;
    }
    simdjson::dom::object envelope;
    if (document.get_object().get(envelope)) {
        result.error = QCoreApplication::translate("AcdEventDecoder",
                                                   "The server's answer is not a JSON object.");
        return result;
    }

    // Successful bodies repeat the HTTP status in "status" (§3); anything else is an error body.
    simdjson::dom::element status;
    if (!envelope.at_key("status").get(status)) {
        if (const auto code = integerOf(status); code && *code != 200) {
            simdjson::dom::element reason;
            const QString text = envelope.at_key("error").get(reason) ? QString() : stringOf(reason);
            result.error = text.isEmpty()
                ? QCoreApplication::translate("AcdEventDecoder", "The server reported status %1.")
                      .arg(*code)
                : QCoreApplication::translate("AcdEventDecoder",
                                              "The server reported status %1: %2")
                      .arg(*code)
                      .arg(text);
            return result;
        }
    }
    simdjson::dom::array records;
    if (envelope.at_key("records").get_array().get(records)) {
        result.error = QCoreApplication::translate("AcdEventDecoder",
                                                   "The server's answer has no list of records.");
        return result;
    }
    simdjson::dom::element count;
    if (!envelope.at_key("count").get(count))
        result.reportedCount = integerOf(count).value_or(-1);

    // The records are independent: both halves of the list are decoded at once, one on
    // another thread of the pool (or here, when none is free), which takes a third off the
    // decoding of 100k events. The document is only read while both run.
    std::vector<simdjson::dom::element> elements;
    elements.reserve(records.size());
    for (const simdjson::dom::element value : records)
        elements.push_back(value);
    struct Decoded
    {
        QList<AcdEvent> events;
        QStringList skipped;
    };
    const auto decodeRange = [&elements](size_t from, size_t to) {
        Decoded decoded;
        decoded.events.reserve(qsizetype(to - from));
        for (size_t index = from; index < to; ++index) {
            QString whyNot = QCoreApplication::translate("AcdEventDecoder", "not a JSON object");
            std::optional<AcdEvent> event;
            simdjson::dom::object record;
            if (!elements[index].get_object().get(record))
                event = decodeRecord(record, &whyNot);
            if (event)
                decoded.events.append(std::move(*event));
            else
                decoded.skipped.append(
                    QCoreApplication::translate("AcdEventDecoder", "record %1: %2")
                        .arg(index)
                        .arg(whyNot));
        }
        return decoded;
    };
    constexpr size_t worthASecondThread = 5000;
    Decoded first;
    Decoded second;
    if (elements.size() < worthASecondThread) {
        second = decodeRange(0, elements.size());
    } else {
        const size_t middle = elements.size() / 2;
        QFuture<Decoded> firstHalf
            = QtConcurrent::run(BackgroundPool::instance(), decodeRange, size_t(0), middle);
        second = decodeRange(middle, elements.size());
        // runs the first half here if no thread of the pool was free to start it
        firstHalf.waitForFinished();
        first = firstHalf.result();
    }
    result.events = std::move(first.events);
    result.events.reserve(qsizetype(elements.size()));
    for (AcdEvent &event : second.events)
        result.events.append(std::move(event));
    result.skippedRecords = first.skipped + second.skipped;
    return result;
}
