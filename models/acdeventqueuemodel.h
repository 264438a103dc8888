#pragma once

#include "domain/acdevent.h"

#include <QAbstractTableModel>

// The jtel ACD event queue as a table, one row per event.
class AcdEventQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TypeColumn,
        GroupColumn,
        SenderColumn,
        SubjectColumn,
        PriorityColumn,
        StatusColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AcdEventQueueModel(QObject *parent = nullptr);

    // Replaces all rows (a model reset), keeping the current sort order.
    void setEvents(QList<AcdEvent> events);
    const QList<AcdEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The name of an AcdEventTypesID (jtel AcdEvents API reference §6), or "Type N" for unknown ones.
    static QString typeName(int typeId);

private:
    QList<AcdEvent> m_events;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
