#include "teampane.h"

#include "teammodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// One bar per row: as long as the row's open activities against the busiest row, in one
// segment per status. A status keeps its colour across rows (the colour follows its name).
class StatusBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        base.text.clear();
        base.widget->style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, base.widget);

        const QVariantList counts = index.data(TeamModel::StatusCountsRole).toList();
        const int scale = std::max(1, index.data(TeamModel::ScaleRole).toInt());
        const QRect area = option.rect.adjusted(4, 4, -4, -4);
        if (area.width() <= 0 || area.height() <= 0)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        int x = area.left();
        for (const QVariant &entry : counts) {
            const QVariantList pair = entry.toList();
            const int count = pair.value(1).toInt();
            if (count <= 0)
                continue;
            // a single activity still shows
            const int width = std::max(2, int(qint64(area.width()) * count / scale));
            painter->fillRect(
                QRect(x, area.top(), std::min(width, area.right() + 1 - x), area.height()),
                colourOf(pair.value(0).toString()));
            x += width;
            if (x > area.right())
                break;
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {option.fontMetrics.averageCharWidth() * 16, option.fontMetrics.height() + 6};
    }

private:
    // distinct on light and dark backgrounds, and told apart by the colour-blind (Okabe–Ito)
    static QColor colourOf(const QString &status)
    {
        static const QList<QColor> colours {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                                            QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                            QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00)};
        return colours.at(qHash(status) % colours.size());
    }
};

} // namespace

TeamPane::TeamPane(TeamModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
{
    m_view->setObjectName(u"teamView"_s);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setItemDelegateForColumn(TeamModel::StatusColumn, new StatusBarDelegate(m_view));
    // activities dragged from the activities pane land on an agent or a queue
    m_view->setAcceptDrops(true);
    m_view->setDragDropMode(QAbstractItemView::DropOnly);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropOverwriteMode(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TeamModel::NameColumn, QHeaderView::Stretch);
    // each narrow column as wide as its title or its longest value in this language
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    using Kind = TeamLoadStore::Load::Kind;
    const QList<std::pair<int, QStringList>> samples = {
        {TeamModel::KindColumn,
         {TeamModel::kindName(Kind::Agent), TeamModel::kindName(Kind::Queue)}},
        {TeamModel::OpenColumn, {u"99999"_s}},
        {TeamModel::StatusColumn, {QString(16, u'x')}},
        {TeamModel::OldestColumn,
         {TeamModel::age(now - 59 * 60'000, now), TeamModel::age(now - 47 * 3'600'000, now),
          TeamModel::age(now - 999 * 86'400'000LL, now)}},
    };
    for (const auto &[column, texts] : samples) {
        int width = header->fontMetrics().horizontalAdvance(
            model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        header->resizeSection(column, width + padding);
    }
    m_view->setAccessibleName(tr("Team: open activities per agent and queue"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);

    const auto choose = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const TeamLoadStore::Load &load = m_model->load(index.row());
        emit targetChosen(load.kind, load.id,
                          load.name.isEmpty() ? QString::number(load.id) : load.name);
    };
    connect(m_view, &QAbstractItemView::clicked, this, choose);
    connect(m_view, &QAbstractItemView::activated, this, choose);
}
