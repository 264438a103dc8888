#include "compacttable.h"

#include "foldedtext.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace {

// Keys carry the row's previous position: ties go by it, which makes the order total, so
// std::sort (a third faster than std::stable_sort here) keeps equal rows in their order.
template<typename Key, typename Compare>
void sortKeys(std::vector<Key> &keys, Qt::SortOrder order, Compare compare)
{
    const bool ascending = order == Qt::AscendingOrder;
    std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
        if (const int result = compare(a, b))
            return ascending ? result < 0 : result > 0;
        return a.position < b.position;
    });
}

struct NumberKey
{
    qint64 value;
    int slot;
    int position;
};

// The first 16 folded bytes as two big-endian numbers: most comparisons of a text sort end
// there, without touching the arena (a cache miss per row).
struct TextKey
{
    quint64 head;
    quint64 tail;
    int slot;
    int position;
};

std::pair<quint64, quint64> prefixOf(QByteArrayView folded)
{
    uchar bytes[16] = {};
    std::memcpy(bytes, folded.data(), size_t(std::min<qsizetype>(folded.size(), 16)));
    return {qFromBigEndian<quint64>(bytes), qFromBigEndian<quint64>(bytes + 8)};
}

int threeWay(auto a, auto b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

CompactTable::CompactTable(const QList<Kind> &fields)
    : m_kinds(fields)
{
    for (const Kind kind : fields) {
        switch (kind) {
        case Kind::Number:
            m_indexes.push_back(int(m_numbers.size()));
            m_numbers.emplace_back();
            break;
        case Kind::Shared:
            m_indexes.push_back(int(m_shared.size()));
            m_shared.emplace_back();
            m_strings.emplace_back();
            break;
        case Kind::Text:
            m_indexes.push_back(int(m_texts.size()));
            m_texts.emplace_back();
            break;
        }
    }
}

void CompactTable::reserve(int rows)
{
    m_ids.reserve(size_t(rows));
    m_live.reserve(size_t(rows));
    m_slots.reserve(rows);
    for (auto &column : m_numbers)
        column.reserve(size_t(rows));
    for (auto &column : m_shared)
        column.reserve(size_t(rows));
    for (auto &column : m_texts)
        column.reserve(size_t(rows));
}

int CompactTable::slotFor(qint64 id)
{
    const auto found = m_slots.constFind(id);
    if (found != m_slots.constEnd())
        return found.value();
    const int slot = slotCount();
    m_ids.push_back(id);
    m_live.push_back(1);
    m_slots.insert(id, slot);
    for (auto &column : m_numbers)
        column.push_back(0);
    for (auto &column : m_shared)
        column.push_back(0);
    for (auto &column : m_texts)
        column.emplace_back();
    return slot;
}

void CompactTable::remove(int slot)
{
    if (!isLive(slot))
        return;
    m_live[slot] = 0;
    m_slots.remove(m_ids[slot]);
}

bool CompactTable::setNumber(int slot, int field, qint64 value)
{
    qint64 &stored = m_numbers[index(field)][slot];
    if (stored == value)
        return false;
    stored = value;
    return true;
}

bool CompactTable::setShared(int slot, int field, const QString &value)
{
    const int i = index(field);
    const quint32 interned = m_strings[i].intern(value);
    quint32 &stored = m_shared[i][slot];
    if (stored == interned)
        return false;
    stored = interned;
    return true;
}

bool CompactTable::setText(int slot, int field, QStringView value)
{
    return storeText(m_texts[index(field)][slot], value.toUtf8(), FoldedText::fold(value));
}

bool CompactTable::storeText(TextRef &ref, QByteArrayView utf8, QByteArrayView folded)
{
    if (bytes(ref.offset, ref.size) == utf8)
        return false;
    ref.offset = append(utf8);
    ref.size = quint32(utf8.size());
    // lower-case text is its own folded form: stored once
    ref.foldedOffset = folded == utf8 ? ref.offset : append(folded);
    ref.foldedSize = quint32(folded.size());
    return true;
}

quint32 CompactTable::append(QByteArrayView bytes)
{
    const size_t offset = m_arena.size();
    Q_ASSERT(offset + size_t(bytes.size()) <= std::numeric_limits<quint32>::max());
    m_arena.insert(m_arena.end(), bytes.begin(), bytes.end());
    return quint32(offset);
}

bool CompactTable::assign(int slot, const CompactTable &from, int fromSlot)
{
    Q_ASSERT(from.m_kinds == m_kinds);
    bool changed = false;
    for (int field = 0; field < m_kinds.size(); ++field) {
        switch (m_kinds.at(field)) {
        case Kind::Number:
            changed |= setNumber(slot, field, from.number(fromSlot, field));
            break;
        case Kind::Shared:
            changed |= setShared(slot, field, from.shared(fromSlot, field));
            break;
        case Kind::Text: {
            const TextRef &source = from.m_texts[from.index(field)][fromSlot];
            changed
                |= storeText(m_texts[index(field)][slot], from.bytes(source.offset, source.size),
                             from.bytes(source.foldedOffset, source.foldedSize));
            break;
        }
        }
    }
    return changed;
}

qint64 CompactTable::number(int slot, int field) const
{
    return field == IdField ? m_ids[slot] : m_numbers[index(field)][slot];
}

const QString &CompactTable::shared(int slot, int field) const
{
    const int i = index(field);
    return m_strings[i].value(m_shared[i][slot]);
}

QString CompactTable::text(int slot, int field) const
{
    const TextRef &ref = m_texts[index(field)][slot];
    return QString::fromUtf8(bytes(ref.offset, ref.size));
}

int CompactTable::compare(int a, int b, int field) const
{
    if (field == IdField)
        return threeWay(m_ids[a], m_ids[b]);
    const int i = index(field);
    switch (m_kinds.at(field)) {
    case Kind::Number:
        return threeWay(m_numbers[i][a], m_numbers[i][b]);
    case Kind::Shared:
        return m_strings[i].compare(m_shared[i][a], m_shared[i][b]);
    case Kind::Text:
        return FoldedText::compare(folded(a, field), folded(b, field));
    }
    return 0;
}

void CompactTable::sortSlots(std::vector<int> &slotIndexes, int field, Qt::SortOrder order) const
{
    if (field != IdField && m_kinds.at(field) == Kind::Text) {
        // prefixes in slot order first: the arena is read front to back, not at random
        std::vector<std::pair<quint64, quint64>> prefixes(static_cast<size_t>(slotCount()));
        for (int slot = 0; slot < slotCount(); ++slot) {
            if (isLive(slot))
                prefixes[size_t(slot)] = prefixOf(folded(slot, field));
        }
        std::vector<TextKey> keys;
        keys.reserve(slotIndexes.size());
        for (size_t i = 0; i < slotIndexes.size(); ++i) {
            const auto &[head, tail] = prefixes[size_t(slotIndexes[i])];
            keys.push_back({head, tail, slotIndexes[i], int(i)});
        }
        prefixes = {};
        sortKeys(keys, order, [this, field](const TextKey &a, const TextKey &b) {
            if (a.head != b.head)
                return a.head < b.head ? -1 : 1;
            if (a.tail != b.tail)
                return a.tail < b.tail ? -1 : 1;
            return FoldedText::compare(folded(a.slot, field), folded(b.slot, field));
        });
        for (size_t i = 0; i < keys.size(); ++i)
            slotIndexes[i] = keys[i].slot;
        return;
    }

    // Numbers, ids and shared values (by rank) sort as integers.
    std::vector<NumberKey> keys;
    keys.reserve(slotIndexes.size());
    const auto addKeys = [&](const auto &valueOf) {
        for (size_t i = 0; i < slotIndexes.size(); ++i)
            keys.push_back({qint64(valueOf(slotIndexes[i])), slotIndexes[i], int(i)});
    };
    if (field == IdField) {
        addKeys([this](int slot) { return m_ids[size_t(slot)]; });
    } else if (m_kinds.at(field) == Kind::Number) {
        const std::vector<qint64> &values = m_numbers[index(field)];
        addKeys([&values](int slot) { return values[size_t(slot)]; });
    } else {
        const std::vector<quint32> &values = m_shared[index(field)];
        const std::vector<quint32> &ranks = m_strings[index(field)].ranks();
        addKeys([&](int slot) { return ranks[values[size_t(slot)]]; });
    }
    sortKeys(keys, order,
             [](const NumberKey &a, const NumberKey &b) { return threeWay(a.value, b.value); });
    for (size_t i = 0; i < keys.size(); ++i)
        slotIndexes[i] = keys[i].slot;
}

std::vector<int> CompactTable::sortedSlots(int field, Qt::SortOrder order) const
{
    std::vector<int> slotIndexes;
    slotIndexes.reserve(size_t(rowCount()));
    for (int slot = 0; slot < slotCount(); ++slot) {
        if (isLive(slot))
            slotIndexes.push_back(slot);
    }
    sortSlots(slotIndexes, IdField, order);
    if (field != IdField)
        sortSlots(slotIndexes, field, order);
    return slotIndexes;
}
