#include "casemanagerwire.h"

using namespace Qt::Literals::StringLiterals;

namespace CaseManagerWire {

namespace {

const QStringList SortKeys
    = {u"id"_s, u"created"_s, u"lastModified"_s, u"priority"_s, u"subject"_s, u"dueDate"_s};

} // namespace

const QStringList Locales = {u"en-US"_s, u"es-ES"_s, u"fr-FR"_s, u"it-IT"_s, u"de-DE"_s,
                             u"nl-NL"_s, u"pt-BR"_s, u"pt-PT"_s, u"da-DK"_s, u"ru-RU"_s,
                             u"fr-CA"_s, u"zh-CN"_s, u"ja-JP"_s, u"ko-KR"_s, u"sv-SE"_s};

SandboxReply badRequest(const QString &message)
{
    return SandboxReply::egainError(400, 102, message);
}

SandboxReply unsupportedParameter(const QString &name)
{
    return SandboxReply::egainError(400, 101,
                                    u"Unsupported query parameter(s) supplied: '%1'."_s.arg(name));
}

SandboxReply forbidden(const QString &message)
{
    return SandboxReply::egainError(403, 101, message);
}

QJsonObject valueJson(const QString &value, const QString &display)
{
    return QJsonObject {{u"value"_s, value}, {u"displayValue"_s, display}};
}

QString displayOf(const QString &value)
{
    static const QHash<QString, QString> Names = {{u"in_queue"_s, u"In queue"_s},
                                                  {u"assigned"_s, u"Assigned"_s},
                                                  {u"completed"_s, u"Completed"_s},
                                                  {u"in_workflow"_s, u"In workflow"_s},
                                                  {u"inbound"_s, u"Inbound"_s},
                                                  {u"outbound"_s, u"Outbound"_s},
                                                  {u"call_track"_s, u"Call Track"_s},
                                                  {u"email"_s, u"Email"_s},
                                                  {u"chat"_s, u"Chat"_s},
                                                  {u"web"_s, u"Web"_s},
                                                  {u"social"_s, u"Social"_s},
                                                  {u"task"_s, u"Task"_s},
                                                  {u"general"_s, u"General"_s},
                                                  {u"complaint"_s, u"Complaint"_s},
                                                  {u"follow_up"_s, u"Follow-up"_s},
                                                  {u"order"_s, u"Order"_s},
                                                  {u"payment"_s, u"Payment"_s},
                                                  {u"open"_s, u"Open"_s},
                                                  {u"closed"_s, u"Closed"_s},
                                                  {u"phone"_s, u"Phone"_s}};
    return Names.value(value, value);
}

QJsonValue member(const QJsonObject &object, const QString &dottedPath)
{
    QJsonValue current = object;
    for (const QString &step : dottedPath.split(u'.')) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(step);
    }
    return current;
}

std::optional<qint64> idOf(const QJsonValue &value)
{
    if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble()))
        && value.toDouble() > 0)
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().toLongLong(&ok);
        if (ok && id > 0)
            return id;
    }
    return std::nullopt;
}

QJsonArray listOf(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isObject())
        return QJsonArray {value};
    return {};
}

std::optional<QList<qint64>> parseIdList(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(u',')) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok || id <= 0)
            return std::nullopt;
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

std::optional<SandboxReply> parsePaging(const QUrlQuery &query, Paging *paging)
{
    const bool pages = query.hasQueryItem(u"$pagenum"_s) || query.hasQueryItem(u"$pagesize"_s);
    const bool ranges = query.hasQueryItem(u"$rangestart"_s) || query.hasQueryItem(u"$rangesize"_s);
    if (pages && ranges)
        return badRequest(
            u"paging ($pagenum/$pagesize) and range ($rangestart/$rangesize) cannot be combined"_s);
    paging->range = ranges;
    const QString firstKey = ranges ? u"$rangestart"_s : u"$pagenum"_s;
    const QString sizeKey = ranges ? u"$rangesize"_s : u"$pagesize"_s;
    if (query.hasQueryItem(firstKey)) {
        bool ok = false;
        paging->first = query.queryItemValue(firstKey).toInt(&ok);
        if (!ok || paging->first < 1)
            return badRequest(firstKey + u" must be a positive integer"_s);
    }
    if (query.hasQueryItem(sizeKey)) {
        bool ok = false;
        paging->size = query.queryItemValue(sizeKey).toInt(&ok);
        if (!ok || paging->size < 1 || paging->size > MaxIds)
            return badRequest(sizeKey + u" must be between 1 and 75"_s);
    }
    return std::nullopt;
}

std::optional<SandboxReply> parseExtras(const QUrlQuery &query, const QStringList &allowed,
                                        QSet<QString> *extras)
{
    if (!query.hasQueryItem(u"$attribute"_s))
        return std::nullopt;
    const QString value = query.queryItemValue(u"$attribute"_s, QUrl::FullyDecoded);
    if (value == u"all"_s) {
        *extras = QSet<QString>(allowed.cbegin(), allowed.cend());
        return std::nullopt;
    }
    for (const QString &name : value.split(u',')) {
        if (!allowed.contains(name))
            return badRequest(u"unsupported $attribute value: "_s + name);
        extras->insert(name);
    }
    return std::nullopt;
}

std::optional<SandboxReply> checkSortOrder(const QUrlQuery &query, QString *sortKey,
                                           bool *descending)
{
    const bool hasSort = query.hasQueryItem(u"$sort"_s);
    if (query.hasQueryItem(u"$order"_s)) {
        if (!hasSort)
            return badRequest(u"$order is only valid together with $sort"_s);
        const QString order = query.queryItemValue(u"$order"_s);
        if (order != u"asc"_s && order != u"desc"_s)
            return badRequest(u"$order must be asc or desc"_s);
        *descending = order == u"desc"_s;
    }
    if (hasSort) {
        *sortKey = query.queryItemValue(u"$sort"_s);
        if (!SortKeys.contains(*sortKey))
            return badRequest(u"unsupported $sort value: "_s + *sortKey);
    }
    return std::nullopt;
}

std::optional<SandboxReply> onlyParameters(const QUrlQuery &query, const QStringList &allowed)
{
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowed.contains(key)
            && !(allowed.contains(u"custom.*"_s) && key.startsWith(u"custom."_s)))
            return unsupportedParameter(key);
    }
    return std::nullopt;
}

QJsonObject paginationInfo(const Paging &paging, qsizetype total)
{
    if (paging.range)
        return {
            {u"count"_s, total}, {u"rangestart"_s, paging.first}, {u"rangesize"_s, paging.size}};
    return {{u"count"_s, total}, {u"pagenum"_s, paging.first}, {u"pagesize"_s, paging.size}};
}

QString capitalized(const QString &word)
{
    return word.left(1).toUpper() + word.mid(1);
}

QJsonObject customAttributesJson(const QMap<QString, QString> &attributes)
{
    QJsonArray list;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        list.append(
            QJsonObject {{u"attribName"_s, it.key()},
                         {u"attribValues"_s,
                          QJsonObject {{u"attribValue"_s,
                                        QJsonArray {QJsonObject {{u"value"_s, it.value()}}}}}}});
    }
    return {{u"customAttribute"_s, list}};
}

QMap<QString, QString> customAttributesFrom(const QJsonValue &value)
{
    QMap<QString, QString> attributes;
    for (const QJsonValue &entry : listOf(value.toObject().value(u"customAttribute"_s))) {
        const QJsonObject object = entry.toObject();
        const QJsonArray values = listOf(member(object, u"attribValues.attribValue"_s));
        attributes.insert(
            object.value(u"attribName"_s).toString(),
            values.isEmpty() ? QString() : values.first().toObject().value(u"value"_s).toString());
    }
    return attributes;
}

} // namespace CaseManagerWire
