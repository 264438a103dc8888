#pragma once

#include "compacttable.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <utility>

// What a model shows of one cache table: the columns it reads (the id first), the rows of its
// scope, and how one result row becomes a CompactTable row. Copied to the background load, so
// fill must be a pure function.
struct CacheQuery
{
    QString table;
    QStringList columns;
    QString scope; // an SQL condition; empty for every row
    QList<std::pair<QString, QVariant>> bindings; // the scope's placeholders
    QString firstPageOrder; // ORDER BY of the first page: the model's default sort
    QList<CompactTable::Kind> fields;
    std::function<void(CompactTable &table, int slot, const QSqlQuery &row)> fill;
};
