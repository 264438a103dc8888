#include "rowfilter.h"

#include "compacttable.h"
#include "foldedtext.h"

#include <algorithm>
#include <charconv>

RowFilter::RowFilter(const QString &text, QList<int> fields)
    : m_text(text)
    , m_needle(FoldedText::fold(text))
    , m_fields(std::move(fields))
    , m_sharedMatches(size_t(m_fields.size()))
{
    m_digits = !m_needle.isEmpty() && std::all_of(m_needle.cbegin(), m_needle.cend(), [](char c) {
        return c >= '0' && c <= '9';
    });
}

bool RowFilter::narrows(const RowFilter &previous) const
{
    if (previous.isEmpty())
        return true;
    return previous.m_fields == m_fields && !isEmpty()
        && FoldedText::contains(m_needle, previous.m_needle);
}

void RowFilter::prepare(const CompactTable &table) const
{
    for (int position = 0; position < m_fields.size(); ++position) {
        const int field = m_fields.at(position);
        if (field == CompactTable::IdField || table.kind(field) != CompactTable::Kind::Shared)
            continue;
        for (quint32 value = 0; value < table.strings(field).size(); ++value)
            sharedMatches(table, field, position, value);
    }
}

bool RowFilter::matches(const CompactTable &table, int slot) const
{
    if (isEmpty())
        return true;
    for (int position = 0; position < m_fields.size(); ++position) {
        const int field = m_fields.at(position);
        if (field == CompactTable::IdField || table.kind(field) == CompactTable::Kind::Number) {
            if (!m_digits)
                continue;
            const qint64 value = table.number(slot, field);
            if (value == CompactTable::NoNumber)
                continue;
            char digits[24];
            const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
            if (FoldedText::contains(QByteArrayView(digits, end - digits), m_needle))
                return true;
        } else if (table.kind(field) == CompactTable::Kind::Shared) {
            if (sharedMatches(table, field, position, table.sharedIndex(slot, field)))
                return true;
        } else if (FoldedText::contains(table.folded(slot, field), m_needle)) {
            return true;
        }
    }
    return false;
}

bool RowFilter::sharedMatches(const CompactTable &table, int field, int position,
                              quint32 value) const
{
    std::vector<quint8> &known = m_sharedMatches[size_t(position)];
    if (value >= known.size())
        known.resize(table.strings(field).size(), 0);
    quint8 &match = known[value];
    if (match == 0)
        match = FoldedText::contains(table.strings(field).folded(value), m_needle) ? 2 : 1;
    return match == 2;
}
