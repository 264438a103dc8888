#pragma once

#include <QByteArrayView>
#include <QString>

#include <simdjson.h>

#include <cmath>
#include <optional>

// Lenient readers for fields of server records, decoded with simdjson. The documented samples
// disagree with each other (IDs as strings in most eGain samples, numbers in one; jtel numbers
// that a gateway may stringify), so a field is taken in either form rather than dropping the
// record.
namespace JsonFields {

// A JSON number with a whole value, or a string of digits.
inline std::optional<qint64> integerOf(const simdjson::dom::element &value)
{
    int64_t integer = 0;
    if (!value.get_int64().get(integer))
        return integer;
    double real = 0;
    if (!value.get_double().get(real)) {
        // range first: converting a double beyond qint64 is undefined behaviour
        if (std::abs(real) < 9.2e18 && real == double(qint64(real)))
            return qint64(real);
        return std::nullopt;
    }
    std::string_view text;
    if (!value.get_string().get(text)) {
        bool ok = false;
        const qint64 n
            = QByteArrayView(text.data(), qsizetype(text.size())).trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

// Text, or a whole number as its decimal text (a Sender 4922199900011 sent unquoted is still a
// phone number; a priority 3 reads as "3").
inline QString stringOf(const simdjson::dom::element &value)
{
    std::string_view text;
    if (!value.get_string().get(text))
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (value.is_number()) {
        if (const auto n = integerOf(value))
            return QString::number(*n);
    }
    return {};
}

} // namespace JsonFields
