#include "outboxpane.h"

#include "itemroles.h"
#include "outboxmodel.h"
#include "tablepane.h"

#include "cache/outboxentry.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// A button that mirrors an action: its text, tool tip and enabled state; it triggers it.
QPushButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setEnabled(action->isEnabled());
    button->setToolTip(action->toolTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] {
        button->setText(action->text());
        button->setEnabled(action->isEnabled());
    });
    return button;
}

} // namespace

OutboxPane::OutboxPane(OutboxModel *model, const QString &settingsKey, QWidget *parent)
    : QWidget(parent)
    , m_table(new TablePane(model, settingsKey, this))
{
    // Each column at least as wide as its title or its longest usual value, the summary wide
    // enough to read and taking the spare width.
    using State = OutboxEntry::State;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<QStringList> samples(OutboxModel::ColumnCount);
    for (const State state : {State::Pending, State::InFlight, State::NeedsAttention, State::Done})
        samples[OutboxModel::StateColumn].append(OutboxModel::stateName(state));
    for (const auto kind : {OutboxEntry::Kind::CreateCalltrack, OutboxEntry::Kind::ChangeCase,
                            OutboxEntry::Kind::CreateCallback, OutboxEntry::Kind::Reassign})
        samples[OutboxModel::KindColumn].append(OutboxModel::kindName(kind));
    samples[OutboxModel::QueuedColumn].append(
        QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    samples[OutboxModel::NextAttemptColumn].append(OutboxModel::timeUntil(now + 59'000, now));
    samples[OutboxModel::NextAttemptColumn].append(OutboxModel::timeUntil(now + 3'540'000, now));
    samples[OutboxModel::AttemptsColumn].append(u"999"_s);
    QTableView *view = m_table->view();
    const QFontMetrics metrics = view->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth();
    m_readableWidths.resize(OutboxModel::ColumnCount);
    for (int column = 0; column < OutboxModel::ColumnCount; ++column) {
        int width = metrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString());
        for (const QString &sample : std::as_const(samples[column]))
            width = std::max(width, metrics.horizontalAdvance(sample));
        m_readableWidths[column] = width + padding;
    }
    m_readableWidths[OutboxModel::SummaryColumn] = 45 * metrics.averageCharWidth();
    m_table->setSpareWidthColumn(OutboxModel::SummaryColumn);
    widenToReadable();
    // TablePane fits the columns to the first rows once they are there, in a call it posts (now
    // when the outbox has rows, else when the first arrive); the words a later entry may show
    // ("Needs attention") must still fit after that
    QTimer::singleShot(0, this, &OutboxPane::widenToReadable);
    auto *firstRows = new QObject(this);
    const auto afterFit = [this, firstRows] {
        QTimer::singleShot(0, this, &OutboxPane::widenToReadable);
        firstRows->deleteLater();
    };
    connect(model, &QAbstractItemModel::rowsInserted, firstRows, afterFit);
    connect(model, &QAbstractItemModel::modelReset, firstRows, afterFit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    setFocusProxy(m_table);
    connect(m_table, &TablePane::selectionChanged, this, &OutboxPane::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &OutboxPane::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &OutboxPane::updateActions);
}

void OutboxPane::widenToReadable()
{
    QHeaderView *header = m_table->view()->horizontalHeader();
    for (int column = 0; column < int(m_readableWidths.size()); ++column) {
        if (header->sectionSize(column) < m_readableWidths[column])
            header->resizeSection(column, m_readableWidths[column]);
    }
}

void OutboxPane::setActions(QAction *edit, QAction *sendAgain, QAction *discard)
{
    m_edit = edit;
    m_sendAgain = sendAgain;
    m_discard = discard;
    m_table->setContextActions({edit, sendAgain, discard});
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {edit, sendAgain, discard})
        buttons->addWidget(buttonFor(action, this));
    buttons->addStretch();
    static_cast<QVBoxLayout *>(layout())->addLayout(buttons);
    updateActions();
}

void OutboxPane::updateActions()
{
    if (!m_edit)
        return;
    int refused = 0;
    int waiting = 0; // pending or refused: not on its way, not applied
    const QModelIndexList rows = m_table->view()->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const auto state = OutboxEntry::State(row.data(ItemRoles::OutboxStateRole).toInt());
        refused += state == OutboxEntry::State::NeedsAttention;
        waiting
            += state == OutboxEntry::State::NeedsAttention || state == OutboxEntry::State::Pending;
    }
    m_edit->setEnabled(rows.size() == 1 && refused == 1);
    m_sendAgain->setEnabled(waiting > 0);
    m_discard->setEnabled(waiting > 0);
}
