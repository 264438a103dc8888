#pragma once

#include <QList>
#include <QMetaType>

// Which cached rows one write touched, so a model updates exactly those rows instead of
// resetting after every poll. Ids that a write saw unchanged are in no list.
struct CacheChange
{
    enum class Table { Activities, Cases, AcdEvents };

    Table table = Table::Activities;
    QList<qint64> inserted;
    QList<qint64> updated;
    QList<qint64> removed;

    bool isEmpty() const { return inserted.isEmpty() && updated.isEmpty() && removed.isEmpty(); }
};
Q_DECLARE_METATYPE(CacheChange)
