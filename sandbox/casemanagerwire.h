#pragma once

#include "datastore.h"
#include "sandboxexchange.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QVariant>

#include <algorithm>
#include <map>
#include <optional>
#include <type_traits>

// What every resource of the case API (eGain v3 and ECE v12 alike) shares on the wire: error
// answers, ID lists, the list parameters ($attribute, $sort/$order, paging), the JSON shapes of
// values and custom attributes, and the two answers built from them: records by IDs and one page
// of search results.
namespace CaseManagerWire {

using namespace Qt::Literals::StringLiterals;

// at most 75 IDs per request, and at most 75 results per page
inline constexpr int MaxIds = 75;
// the locales eGain accepts in Accept-Language and lists as activity languages
extern const QStringList Locales;

SandboxReply badRequest(const QString &message);
SandboxReply unsupportedParameter(const QString &name);
SandboxReply forbidden(const QString &message);

QJsonObject valueJson(const QString &value, const QString &display);
QString displayOf(const QString &value);
// "a.b.c" inside nested objects; an undefined value when any step is missing
QJsonValue member(const QJsonObject &object, const QString &dottedPath);
// eGain sends IDs as strings in most samples and as numbers in one: accept both
std::optional<qint64> idOf(const QJsonValue &value);
QJsonArray listOf(const QJsonValue &value);
std::optional<QList<qint64>> parseIdList(const QString &text);

struct Paging
{
    bool range = false;
    int first = 1; // page number, or 1-based index of the first result
    int size = 25;
};

std::optional<SandboxReply> parsePaging(const QUrlQuery &query, Paging *paging);
std::optional<SandboxReply> parseExtras(const QUrlQuery &query, const QStringList &allowed,
                                        QSet<QString> *extras);
std::optional<SandboxReply> checkSortOrder(const QUrlQuery &query, QString *sortKey,
                                           bool *descending);
std::optional<SandboxReply> onlyParameters(const QUrlQuery &query, const QStringList &allowed);
QJsonObject paginationInfo(const Paging &paging, qsizetype total);
QString capitalized(const QString &word);

QJsonObject customAttributesJson(const QMap<QString, QString> &attributes);
QMap<QString, QString> customAttributesFrom(const QJsonValue &value);

template<typename Record> QVariant sortValue(const Record &record, const QString &key)
{
    if (key == u"created"_s)
        return record.created;
    if (key == u"lastModified"_s)
        return record.lastModified;
    if (key == u"subject"_s)
        return record.subject;
    if (key == u"dueDate"_s)
        return record.dueDate;
    if constexpr (std::is_same_v<Record, Activity>) {
        if (key == u"priority"_s)
            return record.priority;
    } else {
        if (key == u"priority"_s)
            return record.severity;
    }
    return record.id;
}

template<typename Record>
void sortRecords(QList<const Record *> &records, const QString &key, bool descending)
{
    if (key.isEmpty() || key == u"id"_s) {
        if (descending)
            std::reverse(records.begin(), records.end());
        return;
    }
    std::stable_sort(records.begin(), records.end(), [&](const Record *a, const Record *b) {
        const int order
            = QVariant::compare(sortValue(*a, key), sortValue(*b, key)) == QPartialOrdering::Less
            ? -1
            : QVariant::compare(sortValue(*b, key), sortValue(*a, key)) == QPartialOrdering::Less
            ? 1
            : 0;
        return descending ? order > 0 : order < 0;
    });
}

// one page of search results; a page beyond the end, like no match at all, is 204
template<typename Record, typename ToJson>
SandboxReply pageOf(const QList<const Record *> &found, const Paging &paging,
                    const QString &listKey, ToJson toJson)
{
    const qsizetype start
        = paging.range ? paging.first - 1 : qsizetype(paging.first - 1) * paging.size;
    if (start >= found.size())
        return SandboxReply::empty(204);
    QJsonArray list;
    for (qsizetype i = start; i < std::min(found.size(), start + paging.size); ++i)
        list.append(toJson(found.at(i)));
    return SandboxReply::json(
        200,
        QJsonObject {{listKey, list}, {u"paginationInfo"_s, paginationInfo(paging, found.size())}});
}

// GET …/{IDs}: at most 75, every one must exist (404) and be visible to the caller (403)
template<typename Record, typename Visible, typename ToJson>
SandboxReply recordsByIds(const SandboxRequest &request, const QStringList &parameters,
                          const std::map<qint64, Record> &records, const QString &kind,
                          const QStringList &extrasAllowed, Visible visible, ToJson toJson)
{
    if (auto error = onlyParameters(request.query, parameters))
        return *error;
    const auto ids = parseIdList(request.captures.value(0));
    if (!ids)
        return badRequest(u"the %1 ID list must be comma-separated positive integers"_s.arg(kind));
    if (ids->size() > MaxIds)
        return badRequest(u"at most 75 %1 IDs per request"_s.arg(kind));
    QSet<QString> extras;
    QString sortKey;
    bool descending = false;
    if (auto error = parseExtras(request.query, extrasAllowed, &extras))
        return *error;
    if (auto error = checkSortOrder(request.query, &sortKey, &descending))
        return *error;
    QList<const Record *> found;
    for (qint64 id : *ids) {
        const auto it = records.find(id);
        if (it == records.end())
            return SandboxReply::egainError(
                404, 101, u"%1 %2 does not exist."_s.arg(capitalized(kind)).arg(id));
        if (!visible(it->second))
            return forbidden(
                u"%1 %2 is outside the caller's departments."_s.arg(capitalized(kind)).arg(id));
        found.append(&it->second);
    }
    std::sort(found.begin(), found.end(), [](auto a, auto b) { return a->id < b->id; });
    sortRecords(found, sortKey, descending);
    QJsonArray list;
    for (const Record *record : found)
        list.append(toJson(*record, extras));
    return SandboxReply::json(200, QJsonObject {{kind, list}});
}

} // namespace CaseManagerWire
