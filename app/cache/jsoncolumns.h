#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

// Conversions for the TEXT columns that hold JSON. Bound as text, not as BLOB, because
// SQLite's json functions (generated columns, json_each) refuse BLOBs. Empty values are stored
// as NULL.
namespace JsonColumns {

// for SqliteStatement::bind(): text, never a blob
QVariant fromBytes(const QByteArray &json);
QByteArray toBytes(const QVariant &value);

QVariant fromMap(const QMap<QString, QString> &map);
QMap<QString, QString> toMap(const QVariant &value);

QVariant fromIds(const QList<qint64> &ids);
QList<qint64> toIds(const QVariant &value);

} // namespace JsonColumns
