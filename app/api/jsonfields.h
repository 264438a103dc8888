#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

// Lenient readers for fields of server records. The documented samples disagree with each
// other (IDs as strings in most eGain samples, numbers in one; jtel numbers that a gateway
// may stringify), so a field is taken in either form rather than dropping the record.
namespace JsonFields {

// A JSON number with a whole value, or a string of digits.
inline std::optional<qint64> integerOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        // toInteger() answers the default for fractions and out-of-range values, so two
        // different defaults tell a real value from a refusal
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

// Text, or a whole number as its decimal text (a Sender 4922199900011 sent unquoted is still a
// phone number; a priority 3 reads as "3").
inline QString stringOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        if (const auto n = integerOf(value))
            return QString::number(*n);
    }
    return {};
}

} // namespace JsonFields
