#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

// The distinct values of one text column that repeats (status, type, user and customer names):
// each is stored once with its case-folded UTF-8 form, and rows keep a 32-bit index. A million
// activities share a few hundred statuses and users, so this is 4 bytes a row instead of a
// QString each. Not thread-safe; a table built on a worker moves to the GUI thread whole.
class SharedStrings
{
public:
    SharedStrings(); // index 0 is the empty string

    quint32 intern(const QString &value);
    const QString &value(quint32 index) const { return m_values.at(index); }
    QByteArrayView folded(quint32 index) const { return m_folded[index]; }
    quint32 size() const { return quint32(m_values.size()); }

    // Case-insensitive order of two indexes; values that fold alike are told apart by their
    // exact text, so the order is total and matches ranks().
    int compare(quint32 a, quint32 b) const;
    // The position of every value in that order: sorting rows by rank is sorting by text,
    // without comparing a string per row pair. Recomputed after values were added.
    const std::vector<quint32> &ranks() const;

private:
    QList<QString> m_values;
    std::vector<QByteArray> m_folded;
    QHash<QString, quint32> m_indexes;
    mutable std::vector<quint32> m_ranks; // empty while stale
};
