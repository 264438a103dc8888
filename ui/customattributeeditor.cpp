#include "customattributeeditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int NameColumn = 0;
constexpr int ValueColumn = 1;
constexpr int VisibleRows = 3;

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

CustomAttributeEditor::CustomAttributeEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add attribute"), this))
    , m_remove(new QPushButton(tr("Remove attribute"), this))
{
    m_table->setObjectName(u"customAttributeTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab leaves the table, so keyboard users get past it to the buttons and OK
    m_table->setTabKeyNavigation(false);
    // the dialog's spare room goes below its form, not into this table
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_table->setAccessibleName(tr("Custom attributes"));
    m_table->setAccessibleDescription(tr("One attribute per row: its name and its value."));
    // a few rows high, measured in the current font rather than in pixels
    m_table->setMaximumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + m_table->verticalHeader()->defaultSectionSize() * VisibleRows
                              + 2 * m_table->frameWidth());

    m_add->setObjectName(u"addAttribute"_s);
    m_add->setAccessibleName(tr("Add attribute"));
    m_remove->setObjectName(u"removeAttribute"_s);
    m_remove->setAccessibleName(tr("Remove attribute"));
    m_remove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        appendRow({}, {});
        const int row = m_table->rowCount() - 1;
        m_table->setCurrentCell(row, NameColumn);
        m_table->setFocus();
        m_table->editItem(m_table->item(row, NameColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, &CustomAttributeEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    QAbstractItemModel *model = m_table->model();
    const auto notify = [this] {
        if (!m_appending)
            emit changed();
    };
    connect(model, &QAbstractItemModel::dataChanged, this, notify);
    connect(model, &QAbstractItemModel::rowsInserted, this, notify);
    connect(model, &QAbstractItemModel::rowsRemoved, this, notify);
}

void CustomAttributeEditor::appendRow(const QString &name, const QString &value)
{
    // one notification for the whole row, not one per cell
    m_appending = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(name));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));
    m_appending = false;
    emit changed();
}

void CustomAttributeEditor::clear()
{
    if (m_table->rowCount() == 0)
        return;
    m_table->setRowCount(0);
    emit changed();
}

void CustomAttributeEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
}

QList<std::pair<QString, QString>> CustomAttributeEditor::rows() const
{
    QList<std::pair<QString, QString>> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = cellText(m_table, row, NameColumn).trimmed();
        const QString value = cellText(m_table, row, ValueColumn);
        if (!name.isEmpty() || !value.isEmpty())
            result.append({name, value});
    }
    return result;
}

QMap<QString, QString> CustomAttributeEditor::attributes() const
{
    QMap<QString, QString> result;
    for (const auto &[name, value] : rows())
        result.insert(name, value);
    return result;
}

QList<ValidationError> CustomAttributeEditor::repeatedNames(const QString &field,
                                                            const QString &rule) const
{
    QList<ValidationError> errors;
    QSet<QString> seen;
    QSet<QString> reported;
    for (const auto &[name, value] : rows()) {
        if (!name.isEmpty() && seen.contains(name) && !reported.contains(name)) {
            reported.insert(name);
            errors.append({field, rule,
                           tr("The attribute %1 is given in more than one row; give each "
                              "attribute once.")
                               .arg(name)});
        }
        seen.insert(name);
    }
    return errors;
}
