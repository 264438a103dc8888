#include "tablepane.h"

#include "compacttablemodel.h"
#include "itemroles.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Columns are measured on this many rows: the first page a pane shows at once.
constexpr int MeasuredRows = 100;
// no column wider than this many average characters from its contents alone
constexpr int MaxMeasuredChars = 48;

// A row an outbox entry still has to send (a moved activity, a callback jtel may merge into the
// event) is drawn greyed with a clock in its first column: the work is queued, not done.
class RowStateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(ItemRoles::PendingRole).toBool())
            return;
        const QColor greyed = option->palette.color(QPalette::Disabled, QPalette::Text);
        option->palette.setColor(QPalette::Text, greyed);
        option->palette.setColor(
            QPalette::HighlightedText,
            option->palette.color(QPalette::Disabled, QPalette::HighlightedText));
        if (index.column() == 0) {
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->icon = clock(greyed, option->fontMetrics.height());
            option->decorationSize
                = QSize(option->fontMetrics.height(), option->fontMetrics.height());
        }
    }

private:
    static QIcon clock(const QColor &color, int size)
    {
        QPixmap pixmap(size * 2, size * 2); // drawn at twice the size: sharp on high-DPI screens
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(color, size / 6.0));
        const QRectF face(size * 0.2, size * 0.2, size * 1.6, size * 1.6);
        painter.drawEllipse(face);
        painter.drawLine(face.center(), face.center() - QPointF(0, size * 0.55));
        painter.drawLine(face.center(), face.center() + QPointF(size * 0.4, 0));
        return QIcon(pixmap);
    }
};

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
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    connect(m_filter, &QLineEdit::textChanged, m_model, &CompactTableModel::setFilterText);
    m_count->setAccessibleName(tr("Rows shown"));
    m_count->setAutoFillBackground(true);
    m_count->setContentsMargins(6, 0, 6, 0);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new RowStateDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Tab leaves the table for the next control; arrows move between cells
    m_view->setTabKeyNavigation(false);
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

    auto *filterLine = new QHBoxLayout;
    filterLine->setContentsMargins(0, 0, 0, 0);
    filterLine->setSpacing(0);
    filterLine->addWidget(m_filter, 1);
    filterLine->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(filterLine);
    layout->addWidget(m_view);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &TablePane::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TablePane::updateCount);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &TablePane::updateCount);
    updateCount();
}

QString TablePane::countText() const
{
    return m_count->text();
}

void TablePane::updateCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->unfilteredRowCount();
    const bool filtered = !m_model->filterText().isEmpty();
    const QLocale locale;
    m_count->setText(filtered
                         ? tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(total))
                         : tr("%Ln rows", nullptr, total));
    if (filtered != m_highlighted)
        highlightFilter(filtered);

    if (m_fitPending && shown > 0) {
        m_fitPending = false;
        // once the first rows are laid out
        QTimer::singleShot(0, this, &TablePane::fitColumnsToContents);
    }
}

void TablePane::fitColumnsToContents()
{
    QHeaderView *header = m_view->horizontalHeader();
    QFont bold = m_view->font();
    bold.setBold(true); // new rows are bold: the widest way a cell is drawn
    const QFontMetrics metrics(bold);
    // the cell's margins and a little air, so neighbouring columns do not run together
    const int padding
        = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view)
        + metrics.averageCharWidth();
    const int maxWidth = metrics.averageCharWidth() * MaxMeasuredChars;
    const int sortIndicator
        = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header)
        + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int rows = std::min(m_model->rowCount(), MeasuredRows);
    int used = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        int width = 0;
        for (int row = 0; row < rows; ++row)
            width = std::max(
                width, metrics.horizontalAdvance(m_model->index(row, column).data().toString()));
        const int headerWidth
            = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())
            + sortIndicator;
        width = std::max(std::min(width + padding, maxWidth), headerWidth);
        header->resizeSection(column, width);
        if (column != m_spareWidthColumn)
            used += width;
    }
    if (m_spareWidthColumn >= 0 && !header->isSectionHidden(m_spareWidthColumn)) {
        const int spare = m_view->viewport()->width() - used;
        header->resizeSection(m_spareWidthColumn,
                              std::max(header->sectionSize(m_spareWidthColumn), spare));
    }
}

void TablePane::highlightFilter(bool on)
{
    // a filter left from yesterday must not pass for an empty queue
    m_highlighted = on;
    QPalette highlighted = palette();
    if (on) {
        const QColor tint = palette().color(QPalette::Highlight);
        const QColor base = palette().color(QPalette::Base);
        const QColor mixed = QColor::fromRgbF(0.75f * base.redF() + 0.25f * tint.redF(),
                                              0.75f * base.greenF() + 0.25f * tint.greenF(),
                                              0.75f * base.blueF() + 0.25f * tint.blueF());
        highlighted.setColor(QPalette::Base, mixed);
        highlighted.setColor(QPalette::Window, mixed);
    }
    m_filter->setPalette(highlighted);
    m_count->setPalette(highlighted);
    QFont font = m_count->font();
    font.setBold(on);
    m_count->setFont(font);
}

bool TablePane::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
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
    if (header->restoreState(settings.value(u"header"_s).toByteArray())) {
        // the user's widths: never measured again
        m_fitPending = false;
        if (header->sortIndicatorSection() >= 0)
            m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    m_filter->setText(settings.value(u"filter"_s).toString());
}
