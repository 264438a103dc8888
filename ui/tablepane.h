#pragma once

#include <QModelIndexList>
#include <QWidget>

class CompactTableModel;
class QLineEdit;
class QMenu;
class QTableView;

// One pane of the main window: a filter line over a table of a self-sorting, self-filtering
// model (no proxy: the models handle a million rows themselves). Sort by a header click,
// filter as you type, choose columns from the header's context menu, select several rows,
// copy them as CSV. Header layout, sort and filter are kept under the pane's settings key.
class TablePane : public QWidget
{
    Q_OBJECT
public:
    // settingsKey: where header state and filter live in the settings, e.g. "panes/activities"
    TablePane(CompactTableModel *model, const QString &settingsKey, QWidget *parent = nullptr);

    CompactTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

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

    void saveState() const;
    void restoreState();

Q_SIGNALS:
    // double-click or Enter on a row
    void activated(qint64 id);
    void selectionChanged();

private:
    QModelIndexList selectedRows() const;
    void showColumnMenu(const QPoint &position);

    CompactTableModel *m_model;
    QString m_settingsKey;
    QLineEdit *m_filter;
    QTableView *m_view;
    QList<QAction *> m_contextActions;
};
