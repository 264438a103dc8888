#include "compacttablemodel.h"

#include "itemroles.h"

#include "core/displaytime.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>
#include <iterator>

namespace {

// Below this much work (changed rows × rows) a change is applied row by row; above it, one
// layout change: each row-level step is a search and a move in vectors of every row.
constexpr qint64 bulkWork = 16'000'000;
constexpr size_t bulkMinimumRows = 16;

// Runs work(from, to) over [0, count) in two halves, one on a pool thread, when the count
// makes that worth a thread hand-over.
void inParallel(int count, const std::function<void(int, int)> &work)
{
    constexpr int minimumPerThread = 50'000;
    if (count < 2 * minimumPerThread) {
        work(0, count);
        return;
    }
    const int middle = count / 2;
    QFuture<void> firstHalf = QtConcurrent::run([&work, middle] { work(0, middle); });
    work(middle, count);
    // runs the first half here if no pool thread was free to start it
    firstHalf.waitForFinished();
}

// Flags the rows that match filter, per slot. When typing on, only rows flagged before are
// looked at again. The scan goes in slot order, the order the rows' text lies in memory (in
// sort order every row would cost two cache misses), on both cores: a keystroke has 50 ms for
// a million rows.
void markMatches(const CompactTable &table, const RowFilter &filter, std::vector<quint8> &shown,
                 bool typingOn)
{
    shown.resize(size_t(table.slotCount()), 0);
    filter.prepare(table);
    inParallel(table.slotCount(), [&](int from, int to) {
        for (int slot = from; slot < to; ++slot) {
            quint8 &flag = shown[size_t(slot)];
            flag = (typingOn ? flag : table.isLive(slot)) && filter.matches(table, slot);
        }
    });
}

// The flagged slots, in order.
std::vector<int> shownInOrder(const std::vector<int> &order, const std::vector<quint8> &shown)
{
    std::vector<int> rows;
    rows.reserve(order.size());
    for (const int slot : order) {
        if (shown[size_t(slot)])
            rows.push_back(slot);
    }
    return rows;
}

// Moves the element at `from` so that it ends up at index `to`.
void moveElement(std::vector<int> &slotIndexes, size_t from, size_t to)
{
    const auto at = [&slotIndexes](size_t i) { return slotIndexes.begin() + qsizetype(i); };
    if (to < from)
        std::rotate(at(to), at(from), at(from + 1));
    else if (to > from)
        std::rotate(at(from), at(from + 1), at(to + 1));
}

} // namespace

CompactTableModel::CompactTableModel(Schema schema, QObject *parent)
    : QAbstractTableModel(parent)
    , m_schema(std::move(schema))
    , m_table(m_schema.fields)
    , m_filter(QString(), m_schema.filterFields)
    , m_sortColumn(m_schema.sortColumn)
    , m_sortOrder(m_schema.sortOrder)
{
}

int CompactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schema.columns.size());
}

QVariant CompactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int slot = slotAt(index.row());
    const Column &column = m_schema.columns.at(index.column());
    const bool isText = column.field != CompactTable::IdField
        && m_table.kind(column.field) != CompactTable::Kind::Number;
    switch (role) {
    case Qt::DisplayRole:
        if (isText) {
            return m_table.kind(column.field) == CompactTable::Kind::Shared
                ? m_table.shared(slot, column.field)
                : m_table.text(slot, column.field);
        }
        if (column.format == Format::DateTime)
            return dateTimeText(m_table.number(slot, column.field));
        if (const qint64 value = m_table.number(slot, column.field);
            value != CompactTable::NoNumber)
            return QString::number(value);
        return QString();
    case Qt::TextAlignmentRole:
        if (column.format == Format::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        // texts are cut off in their column
        if (isText && m_table.kind(column.field) == CompactTable::Kind::Text)
            return m_table.text(slot, column.field);
        return {};
    }
    return rowData(slot, role);
}

QVariant CompactTableModel::rowData(int slot, int role) const
{
    if (role == ItemRoles::IdRole)
        return m_table.id(slot);
    return {};
}

QVariant CompactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_schema.columns.size())
        return m_schema.columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

int CompactTableModel::sortField() const
{
    if (m_sortColumn < 0)
        return CompactTable::IdField;
    const Column &column = m_schema.columns.at(m_sortColumn);
    return column.sortField.value_or(column.field);
}

int CompactTableModel::rowOfId(qint64 id) const
{
    const int slot = m_table.slotOf(id);
    if (slot < 0 || !m_shown[size_t(slot)])
        return -1;
    return int(std::find(m_rows.cbegin(), m_rows.cend(), slot) - m_rows.cbegin());
}

void CompactTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= m_schema.columns.size()
        || (column == m_sortColumn && order == m_sortOrder))
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    const std::vector<int> slotIndexes = persistentSlots(from);
    m_sortColumn = column;
    m_sortOrder = order;
    m_table.sortSlots(m_order, sortField(), order);
    rebuildShownRows();
    movePersistentIndexes(from, slotIndexes);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CompactTableModel::setFilterText(const QString &text)
{
    if (text == m_filter.text())
        return;
    RowFilter next(text, m_schema.filterFields);
    // typing on: only rows that matched the shorter text can match the longer one
    markMatches(m_table, next, m_shown, !m_filter.isEmpty() && next.narrows(m_filter));
    std::vector<int> rows = next.isEmpty() ? m_order : shownInOrder(m_order, m_shown);
    if (rows == m_rows) {
        m_filter = std::move(next);
        return;
    }
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    const std::vector<int> slotIndexes = persistentSlots(from);
    m_rows.swap(rows);
    m_filter = std::move(next);
    movePersistentIndexes(from, slotIndexes);
    Q_EMIT layoutChanged();
}

void CompactTableModel::resetRows(CompactTable rows)
{
    beginResetModel();
    m_table = std::move(rows);
    // the filter remembers matches per shared value of the old table
    m_filter = RowFilter(m_filter.text(), m_schema.filterFields);
    m_order = m_table.sortedSlots(sortField(), m_sortOrder);
    m_shown.clear();
    markMatches(m_table, m_filter, m_shown, false);
    m_rows = shownInOrder(m_order, m_shown);
    endResetModel();
}

void CompactTableModel::adoptRows(CompactTable rows, std::vector<int> order, int field,
                                  Qt::SortOrder sorted)
{
    if (field != sortField() || sorted != m_sortOrder)
        rows.sortSlots(order, sortField(), m_sortOrder);
    RowFilter filter(m_filter.text(), m_schema.filterFields);
    std::vector<quint8> shown;
    markMatches(rows, filter, shown, false);
    std::vector<int> shownRows = shownInOrder(order, shown);
    const auto install = [&] {
        m_table = std::move(rows);
        m_order = std::move(order);
        m_shown = std::move(shown);
        m_rows = std::move(shownRows);
        m_filter = std::move(filter);
    };

    bool appends = shownRows.size() >= m_rows.size();
    for (size_t row = 0; appends && row < m_rows.size(); ++row)
        appends = rows.id(shownRows[row]) == m_table.id(m_rows[row]);
    if (appends) {
        const int first = int(m_rows.size());
        const int last = int(shownRows.size()) - 1;
        if (last < first) {
            install();
            return;
        }
        beginInsertRows({}, first, last);
        install();
        endInsertRows();
        return;
    }

    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    std::vector<qint64> ids;
    ids.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        ids.push_back(m_table.id(m_rows[size_t(index.row())]));
    install();
    std::vector<int> slotIndexes;
    slotIndexes.reserve(ids.size());
    for (const qint64 id : ids)
        slotIndexes.push_back(m_table.slotOf(id));
    movePersistentIndexes(from, slotIndexes);
    Q_EMIT layoutChanged();
}

void CompactTableModel::applyRows(const CompactTable &fetched, const QList<qint64> &gone)
{
    std::vector<int> removed;
    for (const qint64 id : gone) {
        const int slot = m_table.slotOf(id);
        if (slot >= 0 && fetched.slotOf(id) < 0)
            removed.push_back(slot);
    }
    std::sort(removed.begin(), removed.end());
    removed.erase(std::unique(removed.begin(), removed.end()), removed.end());
    std::vector<std::pair<int, int>> updated; // (slot, fetched slot)
    std::vector<int> inserted; // fetched slotIndexes
    for (int from = 0; from < fetched.slotCount(); ++from) {
        if (!fetched.isLive(from))
            continue;
        const int slot = m_table.slotOf(fetched.id(from));
        if (slot >= 0)
            updated.emplace_back(slot, from);
        else
            inserted.push_back(from);
    }
    const size_t changes = removed.size() + updated.size() + inserted.size();
    if (changes == 0)
        return;
    if (changes > bulkMinimumRows && qint64(changes) * std::max(1, m_table.rowCount()) > bulkWork) {
        applyInBulk(removed, updated, inserted, fetched);
        return;
    }

    removeShownRows(removed);
    for (const int slot : removed) {
        m_table.remove(slot);
        m_shown[size_t(slot)] = 0;
    }
    if (!removed.empty())
        std::erase_if(m_order, [this](int slot) { return !m_table.isLive(slot); });
    for (const auto &[slot, from] : updated) {
        if (m_table.assign(slot, fetched, from))
            repositionRow(slot);
    }
    for (const int from : inserted) {
        const int slot = m_table.slotFor(fetched.id(from));
        m_table.assign(slot, fetched, from);
        m_shown.resize(size_t(m_table.slotCount()), 0);
        insertRow(slot);
    }
}

void CompactTableModel::emitDataChanged(const QList<qint64> &ids, const QList<int> &roles)
{
    std::vector<int> slotIndexes;
    for (const qint64 id : ids) {
        const int slot = m_table.slotOf(id);
        if (slot >= 0 && m_shown[size_t(slot)])
            slotIndexes.push_back(slot);
    }
    std::vector<int> rows = rowsOf(slotIndexes);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::remove(rows.begin(), rows.end(), -1), rows.end());
    // one signal per run of adjacent rows: the 100k events of a first fill acknowledged at once
    // were 100k signals, each a repaint request the view works out on the GUI thread
    const int lastColumn = int(m_schema.columns.size()) - 1;
    for (size_t first = 0; first < rows.size();) {
        size_t last = first;
        while (last + 1 < rows.size() && rows[last + 1] <= rows[last] + 1)
            ++last;
        Q_EMIT dataChanged(index(rows[first], 0), index(rows[last], lastColumn), roles);
        first = last + 1;
    }
}

QString CompactTableModel::dateTimeText(qint64 msecs)
{
    if (msecs == 0 || msecs == CompactTable::NoNumber)
        return {};
    return DisplayTime::dateTime(QDateTime::fromMSecsSinceEpoch(msecs));
}

bool CompactTableModel::keyBefore(int a, int b) const
{
    const int result = m_table.compare(a, b, sortField());
    return m_sortOrder == Qt::AscendingOrder ? result < 0 : result > 0;
}

bool CompactTableModel::before(int a, int b) const
{
    int result = m_table.compare(a, b, sortField());
    if (result == 0)
        result = m_table.compare(a, b, CompactTable::IdField);
    return m_sortOrder == Qt::AscendingOrder ? result < 0 : result > 0;
}

bool CompactTableModel::inPlace(const std::vector<int> &slotIndexes, size_t at) const
{
    const int slot = slotIndexes[at];
    return (at == 0 || !keyBefore(slot, slotIndexes[at - 1]))
        && (at + 1 == slotIndexes.size() || !keyBefore(slotIndexes[at + 1], slot));
}

size_t CompactTableModel::insertPosition(const std::vector<int> &slotIndexes, int slot,
                                         qsizetype skip) const
{
    size_t low = 0;
    size_t high = slotIndexes.size() - (skip >= 0 ? 1 : 0);
    while (low < high) {
        const size_t middle = low + (high - low) / 2;
        const size_t at = skip >= 0 && middle >= size_t(skip) ? middle + 1 : middle;
        if (before(slot, slotIndexes[at]))
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

std::vector<int> CompactTableModel::rowsOf(const std::vector<int> &slotIndexes) const
{
    std::vector<int> rows(slotIndexes.size(), -1);
    if (slotIndexes.size() <= 8) {
        for (size_t i = 0; i < slotIndexes.size(); ++i) {
            const auto found = std::find(m_rows.cbegin(), m_rows.cend(), slotIndexes[i]);
            if (found != m_rows.cend())
                rows[i] = int(found - m_rows.cbegin());
        }
        return rows;
    }
    std::vector<int> rowOfSlot(size_t(m_table.slotCount()), -1);
    for (size_t row = 0; row < m_rows.size(); ++row)
        rowOfSlot[size_t(m_rows[row])] = int(row);
    for (size_t i = 0; i < slotIndexes.size(); ++i) {
        if (slotIndexes[i] >= 0 && slotIndexes[i] < m_table.slotCount())
            rows[i] = rowOfSlot[size_t(slotIndexes[i])];
    }
    return rows;
}

std::vector<int> CompactTableModel::persistentSlots(const QModelIndexList &indexes) const
{
    std::vector<int> slotIndexes;
    slotIndexes.reserve(size_t(indexes.size()));
    for (const QModelIndex &index : indexes)
        slotIndexes.push_back(m_rows[size_t(index.row())]);
    return slotIndexes;
}

void CompactTableModel::movePersistentIndexes(const QModelIndexList &from,
                                              const std::vector<int> &slotIndexes)
{
    if (from.isEmpty())
        return;
    const std::vector<int> rows = rowsOf(slotIndexes);
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i)
        to.append(rows[size_t(i)] >= 0 ? index(rows[size_t(i)], from.at(i).column())
                                       : QModelIndex());
    changePersistentIndexList(from, to);
}

void CompactTableModel::rebuildShownRows()
{
    m_rows = m_filter.isEmpty() ? m_order : shownInOrder(m_order, m_shown);
}

void CompactTableModel::removeShownRows(const std::vector<int> &slotIndexes)
{
    std::vector<int> rows = rowsOf(slotIndexes);
    std::erase(rows, -1);
    std::sort(rows.begin(), rows.end(), std::greater<>());
    // from the bottom up, one signal per run of adjacent rows
    for (size_t i = 0; i < rows.size();) {
        const int last = rows[i];
        int first = last;
        for (++i; i < rows.size() && rows[i] == first - 1; ++i)
            first = rows[i];
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
    }
}

void CompactTableModel::repositionRow(int slot)
{
    const auto inOrder
        = size_t(std::find(m_order.cbegin(), m_order.cend(), slot) - m_order.cbegin());
    if (!inPlace(m_order, inOrder))
        moveElement(m_order, inOrder, insertPosition(m_order, slot, qsizetype(inOrder)));

    const bool wasShown = m_shown[size_t(slot)];
    const bool isShown = m_filter.matches(m_table, slot);
    m_shown[size_t(slot)] = isShown;
    if (!wasShown) {
        if (isShown) {
            const auto row = int(insertPosition(m_rows, slot, -1));
            beginInsertRows({}, row, row);
            m_rows.insert(m_rows.begin() + row, slot);
            endInsertRows();
        }
        return;
    }
    const auto row = int(std::find(m_rows.cbegin(), m_rows.cend(), slot) - m_rows.cbegin());
    if (!isShown) {
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
        return;
    }
    const int lastColumn = int(m_schema.columns.size()) - 1;
    int to = row;
    if (!inPlace(m_rows, size_t(row)))
        to = int(insertPosition(m_rows, slot, row));
    if (to != row) {
        // beginMoveRows counts the destination before the row leaves
        beginMoveRows({}, row, row, {}, to < row ? to : to + 1);
        moveElement(m_rows, size_t(row), size_t(to));
        endMoveRows();
    }
    Q_EMIT dataChanged(index(to, 0), index(to, lastColumn));
}

void CompactTableModel::insertRow(int slot)
{
    m_order.insert(m_order.begin() + qsizetype(insertPosition(m_order, slot, -1)), slot);
    if (!m_filter.matches(m_table, slot))
        return;
    m_shown[size_t(slot)] = 1;
    const auto row = int(insertPosition(m_rows, slot, -1));
    beginInsertRows({}, row, row);
    m_rows.insert(m_rows.begin() + row, slot);
    endInsertRows();
}

void CompactTableModel::applyInBulk(const std::vector<int> &removed,
                                    const std::vector<std::pair<int, int>> &updated,
                                    const std::vector<int> &inserted, const CompactTable &fetched)
{
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    const std::vector<int> slotIndexes = persistentSlots(from);
    for (const int slot : removed)
        m_table.remove(slot);
    std::vector<int> changed;
    for (const auto &[slot, source] : updated) {
        if (m_table.assign(slot, fetched, source))
            changed.push_back(slot);
    }
    for (const int source : inserted) {
        const int slot = m_table.slotFor(fetched.id(source));
        m_table.assign(slot, fetched, source);
        changed.push_back(slot);
    }
    m_shown.resize(size_t(m_table.slotCount()), 0);

    // Take the changed rows out, sort them alone, and merge them back: O(n + k log k).
    std::vector<quint8> isChanged(size_t(m_table.slotCount()), 0);
    for (const int slot : changed)
        isChanged[size_t(slot)] = 1;
    std::erase_if(m_order,
                  [&](int slot) { return !m_table.isLive(slot) || isChanged[size_t(slot)]; });
    std::sort(changed.begin(), changed.end(), [this](int a, int b) { return before(a, b); });
    std::vector<int> merged;
    merged.reserve(m_order.size() + changed.size());
    std::merge(m_order.cbegin(), m_order.cend(), changed.cbegin(), changed.cend(),
               std::back_inserter(merged), [this](int a, int b) { return keyBefore(a, b); });
    m_order = std::move(merged);
    for (const int slot : removed)
        m_shown[size_t(slot)] = 0;
    for (const int slot : changed)
        m_shown[size_t(slot)] = m_filter.matches(m_table, slot);
    rebuildShownRows();
    movePersistentIndexes(from, slotIndexes);
    Q_EMIT layoutChanged();
}
