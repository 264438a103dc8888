#pragma once

#include <QModelIndexList>
#include <QWidget>

class CompactTableModel;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;

// One pane of the main window: a filter line over a table of a self-sorting, self-filtering
// model (no proxy: the models handle a million rows themselves). Sort by a header click,
// filter as you type, choose columns from the header's context menu, select several rows,
// copy them as CSV. Header layout, sort and filter are kept under the pane's settings key.
// An active filter is hard to miss: the filter line is highlighted and says how many rows of
// how many it shows. Column widths come from the first rows' contents until the user sets them.
class TablePane : public QWidget
{
    Q_OBJECT
public:
    // settingsKey: where header state and filter live in the settings, e.g. "panes/activities"
    TablePane(CompactTableModel *model, const QString &settingsKey, QWidget *parent = nullptr);

    CompactTableModel *model() const { return m_model; }
    // The column that takes the width the others leave (the subject).
    void setSpareWidthColumn(int column) { m_spareWidthColumn = column; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    // "12 of 4,210 shown" while filtering, else how many rows there are
    QString countText() const;

    // ids of the selected rows (ItemRoles::IdRole), in row order
    QList<qint64> selectedIds() const;
    // the same as text, for models whose ids are not numbers (the outbox's entry ids)
    QStringList selectedKeys() const;
    // The selected rows as CSV (RFC 4180) with a header line, visible columns only.
    QString selectionAsCsv() const;
    void copySelection() const;
    void focusFilter();

    // Actions offered in the table's context menu (the window owns them).
    void setContextActions(const QList<QAction *> &actions);

    // Sizes the columns from their header and the first rows' contents (never from every row:
    // measuring costs per row), then gives the spare width to the spare-width column.
    void fitColumnsToContents();
    // Selects the row of this id, scrolls to it and makes it current; false when not shown.
    bool selectId(qint64 id);
    void saveState() const;
    void restoreState();

Q_SIGNALS:
    // double-click or Enter on a row
    void activated(qint64 id);
    void selectionChanged();

private:
    QModelIndexList selectedRows() const;
    // updates the count of rows shown; cheap, since it runs for every change of the model
    void updateCount();
    void highlightFilter(bool on);
    void showColumnMenu(const QPoint &position);

    CompactTableModel *m_model;
    QString m_settingsKey;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_view;
    int m_spareWidthColumn = -1;
    // the columns still have their first-start widths: fit them once rows arrive
    bool m_fitPending = true;
    bool m_highlighted = false;
    QList<QAction *> m_contextActions;
};
