#include "jsonpath.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace JsonPath {

QJsonValue at(const QJsonValue &root, const QString &path)
{
    QJsonValue current = root;
    if (path.isEmpty())
        return current;
    const QStringList parts = path.split(u'.');
    for (const QString &part : parts) {
        if (current.isArray()) {
            bool isIndex = false;
            const int index = part.toInt(&isIndex);
            const QJsonArray array = current.toArray();
            if (!isIndex || index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        } else if (current.isObject()) {
            current = current.toObject().value(part);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

QString text(const QJsonValue &root, const QString &path)
{
    const QJsonValue value = at(root, path);
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

QJsonObject with(QJsonObject object, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        object.insert(path, value);
        return object;
    }
    const QString head = path.left(dot);
    object.insert(head, with(object.value(head).toObject(), path.mid(dot + 1), value));
    return object;
}

QJsonObject without(QJsonObject object, const QString &path)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        object.remove(path);
        return object;
    }
    const QString head = path.left(dot);
    if (object.value(head).isObject())
        object.insert(head, without(object.value(head).toObject(), path.mid(dot + 1)));
    return object;
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray bytes(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QStringList column(const QJsonValue &root, const QString &arrayPath, const QString &member)
{
    QStringList values;
    const QJsonArray array = at(root, arrayPath).toArray();
    for (const QJsonValue &element : array)
        values.append(text(element, member));
    return values;
}

} // namespace JsonPath
