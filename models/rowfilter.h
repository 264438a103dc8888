#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

class CompactTable;

// Filter-as-you-type over a CompactTable: a row matches when one of the searched fields
// contains the text, case-insensitively. Text fields are searched in their folded bytes;
// Shared fields are decided once per distinct value (a status matches for every row that has
// it); Number fields (ids) match digits. Typing on ("ro" -> "rou") narrows: only the rows that
// matched before need to be looked at again.
class RowFilter
{
public:
    RowFilter() = default; // matches every row
    RowFilter(const QString &text, QList<int> fields);

    bool isEmpty() const { return m_needle.isEmpty(); }
    const QString &text() const { return m_text; }
    // Every row this filter matches was matched by previous.
    bool narrows(const RowFilter &previous) const;
    // Decides every shared value of the table now, so that matches() only reads and can run
    // on several threads at once (until the table changes).
    void prepare(const CompactTable &table) const;
    // Remembers which shared values match: not thread-safe unless prepare()d.
    bool matches(const CompactTable &table, int slot) const;

private:
    bool sharedMatches(const CompactTable &table, int field, int position, quint32 value) const;

    QString m_text;
    QByteArray m_needle; // folded
    bool m_digits = false;
    QList<int> m_fields;
    // per searched field: per shared value, 0 unknown, 1 no, 2 yes
    mutable std::vector<std::vector<quint8>> m_sharedMatches;
};
