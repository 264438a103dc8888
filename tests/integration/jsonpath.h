#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Small helpers to build request bodies and read answers by dotted path
// ("activity.0.case.id": member names and array indexes separated by dots).
namespace JsonPath {

QJsonValue at(const QJsonValue &root, const QString &path);
// the value at path as text; numbers are converted, because IDs arrive as strings or numbers
QString text(const QJsonValue &root, const QString &path);
// a copy of object with the value at path set, intermediate objects created as needed
QJsonObject with(QJsonObject object, const QString &path, const QJsonValue &value);
// a copy of object without the member at path
QJsonObject without(QJsonObject object, const QString &path);
QByteArray bytes(const QJsonObject &object);
QByteArray bytes(const QJsonArray &array);
// text(element, member) for every element of the array at path
QStringList column(const QJsonValue &root, const QString &arrayPath, const QString &member);

} // namespace JsonPath
