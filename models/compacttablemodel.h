#pragma once

#include "compacttable.h"
#include "rowfilter.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>
#include <vector>

// The sort and filter machinery every AgentDesk table model shares. Rows live in a
// CompactTable; the model shows a permutation of its slots. Sorting reorders that permutation
// on precomputed keys and filtering scans case-folded text, so neither needs a proxy model:
// QSortFilterProxyModel needs ~0.5 s just to clear a filter on 100k rows (docs PERFORMANCE.md).
// Changes arrive as rows read back from the cache and are applied row by row: rowsInserted,
// rowsRemoved, rowsMoved and dataChanged for exactly the rows concerned; a batch too large for
// that becomes one layout change. Persistent indexes (selections) follow their rows throughout.
class CompactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // How a column shows its field.
    enum class Format {
        Text, // a Text or Shared field
        Number, // right-aligned; empty for CompactTable::NoNumber
        DateTime, // epoch milliseconds as local short date and time; empty for 0 or none
    };
    struct Column
    {
        Column(QString header, int field, Format format = Format::Text,
               std::optional<int> sortField = std::nullopt)
            : header(std::move(header))
            , field(field)
            , format(format)
            , sortField(sortField)
        {
        }

        QString header;
        int field;
        Format format;
        // the field it sorts by, when not the one it shows (a state by its order, not its name)
        std::optional<int> sortField;
    };
    // What a subclass stores per row and how its columns show it.
    struct Schema
    {
        QList<CompactTable::Kind> fields;
        QList<Column> columns;
        QList<int> filterFields; // the fields setFilterText() searches
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // Display, alignment and tool tip (the full text) as the column's format says; other roles
    // from rowData().
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Stable: rows equal in that column keep their order. Column -1 is the model's natural
    // order (ids ascending).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Shows only the rows where one of the searched columns contains text, ignoring case; an
    // empty text shows every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter.text(); }

    // Rows in the model, shown or filtered out.
    int unfilteredRowCount() const { return m_table.rowCount(); }
    // The row showing the object with this id; -1 when it is not shown.
    int rowOfId(qint64 id) const;

protected:
    CompactTableModel(Schema schema, QObject *parent);

    const CompactTable &table() const { return m_table; }
    CompactTable emptyTable() const { return CompactTable(m_schema.fields); }
    const QList<CompactTable::Kind> &fields() const { return m_schema.fields; }
    // the slot shown at a valid row
    int slotAt(int row) const { return m_rows[size_t(row)]; }
    // The roles that are not per column; ItemRoles::IdRole unless overridden.
    virtual QVariant rowData(int slot, int role) const;
    // the field the rows are sorted by (CompactTable::IdField for the natural order)
    int sortField() const;

    // Replaces every row: a model reset.
    void resetRows(CompactTable rows);
    // Replaces every row by a table loaded elsewhere, with its slots sorted by (field, order).
    // When the rows shown so far are the first rows of the new ones (a first page, then the
    // full load) only the rest is inserted; otherwise it is one layout change.
    void adoptRows(CompactTable rows, std::vector<int> order, int field, Qt::SortOrder sorted);
    // Brings the rows in line with a change: fetched holds the rows read back for changed ids
    // (new ones are inserted, others updated), gone the ids that left the model.
    void applyRows(const CompactTable &fetched, const QList<qint64> &gone);
    // dataChanged for each shown row of these ids.
    void emitDataChanged(const QList<qint64> &ids, const QList<int> &roles = {});

    // The short local date and time of epoch milliseconds; empty for 0 or none.
    static QString dateTimeText(qint64 msecs);

private:
    // sort order: the sort field, then the id in the same direction
    bool before(int a, int b) const;
    // the sort field only: whether a must come before b
    bool keyBefore(int a, int b) const;
    bool inPlace(const std::vector<int> &slotIndexes, size_t at) const;
    // upper bound of slot among slots, as if the element at skip (when >= 0) were not there
    size_t insertPosition(const std::vector<int> &slotIndexes, int slot, qsizetype skip) const;
    std::vector<int> rowsOf(const std::vector<int> &slotIndexes) const;
    std::vector<int> persistentSlots(const QModelIndexList &indexes) const;
    void movePersistentIndexes(const QModelIndexList &from, const std::vector<int> &slotIndexes);
    void rebuildShownRows();

    void removeShownRows(const std::vector<int> &slotIndexes);
    void repositionRow(int slot);
    void insertRow(int slot);
    void applyInBulk(const std::vector<int> &removed,
                     const std::vector<std::pair<int, int>> &updated,
                     const std::vector<int> &inserted, const CompactTable &fetched);

    const Schema m_schema;
    CompactTable m_table;
    std::vector<int> m_order; // every live slot, sorted
    std::vector<int> m_rows; // the shown slots, in m_order's order: row -> slot
    std::vector<quint8> m_shown; // slot -> whether it passes the filter
    RowFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
