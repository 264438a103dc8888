#pragma once

#include "sharedstrings.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <limits>
#include <vector>

// The rows of one model, column by column in compact form, so that a million cached activities
// fit in a few hundred megabytes and sort and filter without a QVariant or QString per cell:
//  - Number fields are qint64 (ids, epoch milliseconds, priorities);
//  - Shared fields are indexes into SharedStrings (values that repeat: statuses, user names);
//  - Text fields (subjects) are UTF-8 in one arena, with their case-folded form beside them.
// Rows live in slots; a slot keeps its place for the row's lifetime, so orders and filters are
// permutations of slots. Every row has a unique qint64 id (IdField). Not thread-safe: a table
// is built on one thread and may then be moved to another.
class CompactTable
{
public:
    enum class Kind : quint8 { Number, Shared, Text };
    // the row id, usable wherever a field is expected (sort, filter, number())
    static constexpr int IdField = -1;
    // "no value" in a Number field; sorts before every value, as std::nullopt does
    static constexpr qint64 NoNumber = std::numeric_limits<qint64>::min();

    CompactTable() = default;
    explicit CompactTable(const QList<Kind> &fields);

    const QList<Kind> &fields() const { return m_kinds; }
    Kind kind(int field) const { return m_kinds.at(field); }
    // every slot ever used, removed ones included
    int slotCount() const { return int(m_ids.size()); }
    int rowCount() const { return m_slots.size(); }
    bool isLive(int slot) const { return m_live[slot] != 0; }
    qint64 id(int slot) const { return m_ids[slot]; }
    // -1 when no row has that id
    int slotOf(qint64 id) const { return m_slots.value(id, -1); }
    void reserve(int rows);

    // The row's slot; a new one with empty fields when no row has that id yet.
    int slotFor(qint64 id);
    void remove(int slot);

    // Setters return whether the value changed.
    bool setNumber(int slot, int field, qint64 value);
    bool setShared(int slot, int field, const QString &value);
    bool setText(int slot, int field, QStringView value);
    // Copies every field of another table's row; the tables must have the same fields.
    bool assign(int slot, const CompactTable &from, int fromSlot);

    qint64 number(int slot, int field) const;
    const QString &shared(int slot, int field) const;
    QString text(int slot, int field) const;

    // For the filter: the index of a Shared field's value, and the folded form of a Text field.
    quint32 sharedIndex(int slot, int field) const { return m_shared[index(field)][slot]; }
    const SharedStrings &strings(int field) const { return m_strings[index(field)]; }
    QByteArrayView folded(int slot, int field) const
    {
        const TextRef &ref = m_texts[size_t(index(field))][size_t(slot)];
        return bytes(ref.foldedOffset, ref.foldedSize);
    }

    // <0, 0 or >0: numbers by value, text case-insensitively.
    int compare(int a, int b, int field) const;
    // Stable: rows that compare equal keep their order in slots.
    void sortSlots(std::vector<int> &slotIndexes, int field, Qt::SortOrder order) const;
    // Every live row by field; ties by id in the same direction.
    std::vector<int> sortedSlots(int field, Qt::SortOrder order) const;

private:
    struct TextRef
    {
        quint32 offset = 0;
        quint32 size = 0;
        quint32 foldedOffset = 0;
        quint32 foldedSize = 0;
    };

    int index(int field) const { return m_indexes[field]; }
    QByteArrayView bytes(quint32 offset, quint32 size) const
    {
        return QByteArrayView(m_arena.data() + offset, size);
    }
    bool storeText(TextRef &ref, QByteArrayView utf8, QByteArrayView folded);
    quint32 append(QByteArrayView bytes);

    QList<Kind> m_kinds;
    std::vector<int> m_indexes; // field -> position among the fields of its kind
    std::vector<qint64> m_ids;
    std::vector<quint8> m_live;
    QHash<qint64, int> m_slots;
    std::vector<std::vector<qint64>> m_numbers;
    std::vector<std::vector<quint32>> m_shared;
    std::vector<SharedStrings> m_strings;
    std::vector<std::vector<TextRef>> m_texts;
    // Replaced text stays behind until the table is rebuilt by the next full load: an update
    // that changes a subject appends ~100 bytes, which a day of syncing does not make matter.
    std::vector<char> m_arena;
};
