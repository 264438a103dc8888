#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <optional>

// Splits a fuzz input into the fields of a structured draft, in the order a target asks for
// them. Fields are separated by NUL bytes, so a seed is readable text (`tr '\0' '\n' < seed`)
// and can be written with printf; a missing field reads as empty. Inside a field, list items
// are separated by \x1f (unit separator) and a map item is "name=value".
//
// Numbers are decimal text; a field that is not a number is read as its first eight bytes, so
// mutations still reach every value of the type, not only the ones the dictionary spells.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_data(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size))
    {
    }

    bool atEnd() const { return m_pos >= m_data.size(); }

    QByteArrayView field()
    {
        if (atEnd())
            return {};
        const qsizetype end = m_data.indexOf('\0', m_pos);
        const qsizetype stop = end < 0 ? m_data.size() : end;
        const QByteArrayView value = m_data.sliced(m_pos, stop - m_pos);
        m_pos = stop + 1;
        return value;
    }

    // everything not read yet, NUL bytes included
    QByteArray rest()
    {
        if (atEnd())
            return {};
        const QByteArray value = m_data.sliced(m_pos).toByteArray();
        m_pos = m_data.size();
        return value;
    }

    // UTF-8, as text typed in the GUI or passed on the command line arrives; invalid sequences
    // become U+FFFD, so the QString holds no lone surrogate a real draft could not hold either
    QString text() { return QString::fromUtf8(field()); }

    static qint64 numberOf(QByteArrayView bytes)
    {
        bool ok = false;
        const qint64 value = bytes.toLongLong(&ok);
        if (ok || bytes.isEmpty())
            return value;
        qint64 raw = 0;
        std::memcpy(&raw, bytes.data(), std::min<size_t>(sizeof raw, size_t(bytes.size())));
        return raw;
    }

    qint64 number() { return numberOf(field()); }

    // wider values wrap, as C++20 defines the conversion
    int integer() { return int(number()); }

    // an empty field is "not given"
    std::optional<qint64> optionalNumber()
    {
        const QByteArrayView bytes = field();
        if (bytes.isEmpty())
            return std::nullopt;
        return numberOf(bytes);
    }

    std::optional<int> optionalInteger()
    {
        const auto value = optionalNumber();
        if (!value)
            return std::nullopt;
        return int(*value);
    }

    // "1", "yes", "true" or anything else non-empty but "0"
    bool flag()
    {
        const QByteArrayView bytes = field();
        return !bytes.isEmpty() && bytes != "0";
    }

    // the index of the name the field spells, else the field's number modulo the choices
    int choice(std::initializer_list<const char *> names)
    {
        const QByteArrayView bytes = field();
        int index = 0;
        for (const char *name : names) {
            if (bytes == name)
                return index;
            ++index;
        }
        const qint64 n = numberOf(bytes) % qint64(names.size());
        return int(n < 0 ? -n : n);
    }

    QStringList list()
    {
        const QByteArrayView bytes = field();
        if (bytes.isEmpty())
            return {};
        return QString::fromUtf8(bytes).split(QChar(0x1f));
    }

    QList<qint64> numbers()
    {
        QList<qint64> values;
        const QByteArrayView bytes = field();
        if (bytes.isEmpty())
            return values;
        for (const QByteArrayView item : bytes.toByteArray().split('\x1f'))
            values.append(numberOf(item));
        return values;
    }

    // "name=value" items; an item without '=' is a name with an empty value
    QMap<QString, QString> map()
    {
        QMap<QString, QString> values;
        for (const QString &item : list()) {
            const qsizetype equals = item.indexOf(u'=');
            if (equals < 0)
                values.insert(item, QString());
            else
                values.insert(item.left(equals), item.mid(equals + 1));
        }
        return values;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};
