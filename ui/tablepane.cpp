#include "tablepane.h"

#include "compacttablemodel.h"
#include "itemroles.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

TablePane::TablePane(CompactTableModel *model, const QString &settingsKey, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_settingsKey(settingsKey)
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    connect(m_filter, &QLineEdit::textChanged, m_model, &CompactTableModel::setFilterText);

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // rows sized to their contents would measure every row: fixed height from the font
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    // the models start newest- or queue-first: no sort indicator until the user picks one
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);

    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &TablePane::showColumnMenu);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit activated(index.data(ItemRoles::IdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TablePane::selectionChanged);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        if (m_contextActions.isEmpty())
            return;
        QMenu menu(this);
        menu.addActions(m_contextActions);
        menu.exec(m_view->viewport()->mapToGlobal(position));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
}

QModelIndexList TablePane::selectedRows() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

QList<qint64> TablePane::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : selectedRows())
        ids.append(row.data(ItemRoles::IdRole).toLongLong());
    return ids;
}

QStringList TablePane::selectedKeys() const
{
    QStringList keys;
    for (const QModelIndex &row : selectedRows())
        keys.append(row.data(ItemRoles::IdRole).toString());
    return keys;
}

QString TablePane::selectionAsCsv() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    const QModelIndexList rows = selectedRows();
    QStringList lines;
    QStringList fields;
    for (int column : std::as_const(columns))
        fields.append(csvField(m_model->headerData(column, Qt::Horizontal).toString()));
    lines.append(fields.join(u','));
    for (const QModelIndex &row : std::as_const(rows)) {
        fields.clear();
        for (int column : std::as_const(columns))
            fields.append(csvField(m_model->index(row.row(), column).data().toString()));
        lines.append(fields.join(u','));
    }
    return lines.join(u"\r\n"_s) + u"\r\n"_s;
}

void TablePane::copySelection() const
{
    if (!m_view->selectionModel()->hasSelection())
        return;
    QApplication::clipboard()->setText(selectionAsCsv());
}

void TablePane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TablePane::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

void TablePane::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header, [header, column](bool shown) {
            header->setSectionHidden(column, !shown);
        });
    }
    menu.exec(header->mapToGlobal(position));
}

void TablePane::saveState() const
{
    QSettings settings;
    settings.beginGroup(m_settingsKey);
    settings.setValue(u"header"_s, m_view->horizontalHeader()->saveState());
    settings.setValue(u"filter"_s, m_filter->text());
}

void TablePane::restoreState()
{
    QSettings settings;
    settings.beginGroup(m_settingsKey);
    QHeaderView *header = m_view->horizontalHeader();
    if (header->restoreState(settings.value(u"header"_s).toByteArray())
        && header->sortIndicatorSection() >= 0)
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_filter->setText(settings.value(u"filter"_s).toString());
}
