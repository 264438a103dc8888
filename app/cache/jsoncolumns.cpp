#include "cache/jsoncolumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

namespace JsonColumns {

QVariant fromBytes(const QByteArray &json)
{
    // the UTF-8 bytes as they are: SqliteStatement binds them as text without a conversion
    return json.isEmpty() ? nullText() : QVariant(json);
}

QByteArray toBytes(const QVariant &value)
{
    return value.isNull() ? QByteArray() : value.toString().toUtf8();
}

QVariant fromMap(const QMap<QString, QString> &map)
{
    if (map.isEmpty())
        return nullText();
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> toMap(const QVariant &value)
{
    QMap<QString, QString> map;
    if (value.isNull())
        return map;
    const QJsonObject object = QJsonDocument::fromJson(value.toString().toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QVariant fromIds(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QStringLiteral("[]");
    QByteArray text = "[";
    for (const qint64 id : ids) {
        text += QByteArray::number(id);
        text += ',';
    }
    text.back() = ']';
    return QString::fromLatin1(text);
}

QList<qint64> toIds(const QVariant &value)
{
    QList<qint64> ids;
    if (value.isNull())
        return ids;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &id : array)
        ids.append(id.toInteger());
    return ids;
}

} // namespace JsonColumns
