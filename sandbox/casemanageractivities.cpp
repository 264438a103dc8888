#include "casemanagerapi.h"

#include "authregistry.h"
#include "casemanagerwire.h"

#include <QDateTime>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace CaseManagerWire;

namespace {

const QStringList ActivityExtras
    = {u"priority"_s,         u"created"_s,  u"lastModified"_s,     u"lastModifiedBy"_s,
       u"dueDate"_s,          u"queue"_s,    u"contactPointData"_s, u"payload"_s,
       u"customAttributes"_s, u"language"_s, u"replies"_s};

// "[start,end]", both ends inclusive, either end optional, the comma required
std::optional<std::pair<qint64, qint64>> parseRange(const QString &text)
{
    if (!text.startsWith(u'[') || !text.endsWith(u']') || text.count(u',') != 1)
        return std::nullopt;
    const QStringList ends = text.mid(1, text.size() - 2).split(u',');
    if (ends[0].isEmpty() && ends[1].isEmpty())
        return std::nullopt;
    std::pair<qint64, qint64> range {std::numeric_limits<qint64>::min(),
                                     std::numeric_limits<qint64>::max()};
    for (int i = 0; i < 2; ++i) {
        if (ends[i].isEmpty())
            continue;
        const QDateTime moment = parseIsoDateTime(ends[i]);
        if (!moment.isValid())
            return std::nullopt;
        (i == 0 ? range.first : range.second) = moment.toMSecsSinceEpoch();
    }
    return range;
}

} // namespace

QJsonObject CaseManagerApi::activityJson(const Activity &a, const QSet<QString> &extras) const
{
    const Department &department = m_store.departments[a.department];
    QJsonObject status = valueJson(a.status, displayOf(a.status));
    if (a.status == u"completed"_s)
        status.insert(u"substatus"_s, valueJson(u"done"_s, u"Done"_s));
    if (a.assignedUser)
        status.insert(u"assigned"_s, QJsonObject {{u"user"_s, userJson(a.assignedUser)}});
    QJsonObject type = valueJson(a.type, displayOf(a.type));
    type.insert(u"subtype"_s, valueJson(a.subtype, displayOf(a.subtype)));

    QJsonObject json {
        {u"id"_s, QString::number(a.id)},
        {u"link"_s,
         QJsonArray {QJsonObject {{u"rel"_s, u"self"_s}, {u"href"_s, href(u"activity"_s, a.id)}}}},
        {u"case"_s,
         QJsonObject {{u"id"_s, QString::number(a.caseId)},
                      {u"link"_s,
                       QJsonArray {QJsonObject {{u"rel"_s, u"case"_s},
                                                {u"href"_s, href(u"case"_s, a.caseId)}}}}}},
        {u"department"_s,
         QJsonObject {{u"id"_s, QString::number(department.id)}, {u"name"_s, department.name}}},
        {u"mode"_s, valueJson(a.mode, displayOf(a.mode))},
        {u"type"_s, type},
        {u"status"_s, status},
        {u"subject"_s, a.subject},
        {u"secure"_s, false},
        {u"attachments"_s, QJsonObject {{u"count"_s, a.attachmentAltIds.size()}}},
    };
    if (const Customer *customer = m_store.customer(a.customer))
        json.insert(u"customer"_s,
                    QJsonObject {{u"id"_s, QString::number(customer->id)},
                                 {u"customerName"_s, customer->name()}});
    if (extras.contains(u"priority"_s) && !a.priority.isEmpty())
        json.insert(u"priority"_s, a.priority);
    if (extras.contains(u"created"_s))
        json.insert(u"created"_s, formatIsoUtc(a.created));
    if (extras.contains(u"lastModified"_s))
        json.insert(u"lastModified"_s, formatIsoUtc(a.lastModified));
    if (extras.contains(u"lastModifiedBy"_s) && a.lastModifiedBy)
        json.insert(u"lastModifiedBy"_s, QJsonObject {{u"user"_s, userJson(a.lastModifiedBy)}});
    if (extras.contains(u"dueDate"_s) && a.dueDate)
        json.insert(u"dueDate"_s, formatIsoUtc(a.dueDate));
    if (extras.contains(u"queue"_s) && a.queue)
        json.insert(u"queue"_s,
                    QJsonObject {{u"id"_s, QString::number(a.queue)},
                                 {u"name"_s, m_store.queues.value(a.queue).name}});
    if (extras.contains(u"contactPointData"_s) && !a.contactPointData.isEmpty())
        json.insert(u"contactPointData"_s, a.contactPointData);
    if (extras.contains(u"payload"_s)) {
        QJsonObject content;
        if (!a.contentText.isEmpty())
            content.insert(u"text"_s, a.contentText);
        if (!a.contentHtml.isEmpty())
            content.insert(u"html"_s, a.contentHtml);
        const QString kind = a.type == u"call_track"_s ? u"calltrack"_s : a.type;
        json.insert(u"payload"_s, QJsonObject {{kind, QJsonObject {{u"content"_s, content}}}});
    }
    if (extras.contains(u"customAttributes"_s))
        json.insert(u"customAttributes"_s, customAttributesJson(a.customAttributes));
    if (extras.contains(u"language"_s))
        json.insert(u"language"_s, QJsonObject {{u"value"_s, a.language}});
    if (extras.contains(u"replies"_s) && !a.replyStatus.isEmpty())
        json.insert(u"replies"_s,
                    QJsonObject {
                        {u"reply"_s,
                         QJsonArray {QJsonObject {
                             {u"status"_s, valueJson(a.replyStatus, displayOf(a.replyStatus))}}}}});
    return json;
}

SandboxReply CaseManagerApi::activitiesByIds(const SandboxRequest &request, const Actor &actor)
{
    // the API-specific parameters of eGain v3 §8 / ECE v12 §7.1 are accepted and ignored
    return recordsByIds(
        request,
        {u"$attribute"_s, u"$sort"_s, u"$order"_s, u"payloadVersion"_s, u"embedInlineAttachment"_s,
         u"transcriptDatetimeFormat"_s, u"timeOffset"_s},
        m_store.activities, u"activity"_s, ActivityExtras,
        [&](const Activity &a) { return visible(actor, a.department); },
        [this](const Activity &a, const QSet<QString> &extras) { return activityJson(a, extras); });
}

SandboxReply CaseManagerApi::searchActivities(const SandboxRequest &request, const Actor &actor)
{
    const bool v3 = m_dialect == Dialect::EgainV3;
    // the filters each actor may use, mapped to one internal name
    QHash<QString, QString> filters;
    if (v3 && actor.isClient()) {
        filters = {{u"caseID"_s, u"case"_s},
                   {u"status"_s, u"status"_s},
                   {u"type"_s, u"type"_s},
                   {u"createdDate"_s, u"createdDate"_s},
                   {u"lastModifiedDate"_s, u"lastModifiedDate"_s},
                   {u"department"_s, u"department"_s},
                   {u"mode"_s, u"mode"_s}};
    } else if (v3) {
        filters = {{u"caseID"_s, u"case"_s},
                   {u"status"_s, u"status"_s},
                   {u"type"_s, u"type"_s},
                   {u"createdDate"_s, u"createdDate"_s},
                   {u"lastModifiedDate"_s, u"lastModifiedDate"_s},
                   {u"customerID"_s, u"customer"_s},
                   {u"mode"_s, u"mode"_s},
                   {u"assignedTo"_s, u"assignedTo"_s},
                   {u"queueID"_s, u"queue"_s},
                   {u"assignedUserName"_s, u"assignedUserName"_s}};
    } else {
        filters = {{u"case"_s, u"case"_s},
                   {u"status"_s, u"status"_s},
                   {u"type"_s, u"type"_s},
                   {u"createdDate"_s, u"createdDate"_s},
                   {u"lastModifiedDate"_s, u"lastModifiedDate"_s},
                   {u"customer"_s, u"customer"_s},
                   {u"mode"_s, u"mode"_s},
                   {u"assignedTo"_s, u"assignedTo"_s},
                   {u"queue"_s, u"queue"_s},
                   {u"assignedUserName"_s, u"assignedUserName"_s}};
    }
    QStringList allowed = filters.keys();
    allowed << u"custom.*"_s << u"$attribute"_s << u"$pagenum"_s << u"$pagesize"_s
            << u"$rangestart"_s << u"$rangesize"_s << u"$sort"_s << u"$order"_s;
    if (auto error = onlyParameters(request.query, allowed))
        return *error;

    QHash<QString, QString> wanted;
    QMap<QString, QString> custom;
    for (const auto &[key, value] : request.queryItems()) {
        if (key.startsWith(u"custom."_s))
            custom.insert(key.mid(7), value);
        else if (filters.contains(key))
            wanted.insert(filters.value(key), value);
    }
    if (wanted.size() == 1 && wanted.contains(u"type"_s) && custom.isEmpty())
        return badRequest(u"type must be combined with at least one other filter"_s);
    std::optional<std::pair<qint64, qint64>> created, modified;
    if (wanted.contains(u"createdDate"_s)
        && !(created = parseRange(wanted.value(u"createdDate"_s))))
        return badRequest(u"createdDate must be a range [start,end]"_s);
    if (wanted.contains(u"lastModifiedDate"_s)
        && !(modified = parseRange(wanted.value(u"lastModifiedDate"_s))))
        return badRequest(u"lastModifiedDate must be a range [start,end]"_s);

    Paging paging;
    QSet<QString> extras;
    QString sortKey;
    bool descending = false;
    if (auto error = parsePaging(request.query, &paging))
        return *error;
    if (auto error = parseExtras(request.query, ActivityExtras, &extras))
        return *error;
    if (auto error = checkSortOrder(request.query, &sortKey, &descending))
        return *error;

    auto matches = [&](const Activity &a) {
        if (!visible(actor, a.department))
            return false;
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const QString &key = it.key();
            const QString &value = it.value();
            if (key == u"case"_s && QString::number(a.caseId) != value)
                return false;
            if (key == u"status"_s && (value == u"open"_s ? !a.isOpen() : a.status != value))
                return false;
            if (key == u"type"_s && a.type != value)
                return false;
            if (key == u"mode"_s && a.mode != value)
                return false;
            if (key == u"customer"_s && QString::number(a.customer) != value)
                return false;
            if (key == u"assignedTo"_s && QString::number(a.assignedUser) != value)
                return false;
            if (key == u"queue"_s && QString::number(a.queue) != value)
                return false;
            if (key == u"department"_s && QString::number(a.department) != value
                && m_store.departments[a.department].name != value)
                return false;
            if (key == u"assignedUserName"_s) {
                const User *user = m_store.user(a.assignedUser);
                if (!user || user->login != value)
                    return false;
            }
        }
        if (created && (a.created < created->first || a.created > created->second))
            return false;
        if (modified && (a.lastModified < modified->first || a.lastModified > modified->second))
            return false;
        for (auto it = custom.cbegin(); it != custom.cend(); ++it) {
            if (a.customAttributes.value(it.key()) != it.value())
                return false;
        }
        return true;
    };

    QList<const Activity *> found;
    for (const auto &[id, activity] : m_store.activities) {
        if (matches(activity))
            found.append(&activity);
    }
    sortRecords(found, sortKey, descending);
    return pageOf(found, paging, u"activity"_s,
                  [&](const Activity *a) { return activityJson(*a, extras); });
}
