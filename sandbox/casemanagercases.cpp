#include "casemanagerapi.h"

#include "authregistry.h"
#include "casemanagerwire.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;
using namespace CaseManagerWire;

namespace {

const QStringList CaseExtras
    = {u"description"_s,  u"solution"_s,     u"dueDate"_s,          u"created"_s,
       u"lastModified"_s, u"relatedCases"_s, u"customAttributes"_s, u"originatingChannel"_s};

} // namespace

QJsonObject CaseManagerApi::caseJson(const Case &c, const QSet<QString> &extras) const
{
    const Department &department = m_store.departments[c.department];
    const QString status = c.open ? u"open"_s : u"closed"_s;
    QJsonObject json {
        {u"id"_s, QString::number(c.id)},
        {u"link"_s,
         QJsonArray {QJsonObject {{u"rel"_s, u"self"_s}, {u"href"_s, href(u"case"_s, c.id)}}}},
        {u"activities"_s,
         QJsonObject {{u"link"_s,
                       QJsonArray {QJsonObject {
                           {u"rel"_s, u"activities"_s},
                           {u"href"_s,
                            m_prefix + u"/activity?"_s
                                + (m_dialect == Dialect::EgainV3 ? u"caseID="_s : u"case="_s)
                                + QString::number(c.id)}}}}}},
        {u"department"_s,
         QJsonObject {{u"id"_s, QString::number(department.id)}, {u"name"_s, department.name}}},
        {u"status"_s, valueJson(status, displayOf(status))},
        {u"subject"_s, c.subject},
        {u"owner"_s, QJsonObject {{u"user"_s, userJson(c.owner)}}},
    };
    if (const Customer *customer = m_store.customer(c.customer))
        json.insert(u"customer"_s,
                    QJsonObject {{u"id"_s, QString::number(customer->id)},
                                 {u"customerName"_s, customer->name()}});
    if (!c.severity.isEmpty())
        json.insert(u"severity"_s, QJsonObject {{u"value"_s, c.severity}});
    if (extras.contains(u"description"_s))
        json.insert(u"description"_s, c.description);
    if (extras.contains(u"solution"_s))
        json.insert(u"solution"_s, c.solution);
    if (extras.contains(u"dueDate"_s) && c.dueDate)
        json.insert(u"dueDate"_s, formatIsoUtc(c.dueDate));
    if (extras.contains(u"created"_s))
        json.insert(u"created"_s, formatIsoUtc(c.created));
    if (extras.contains(u"lastModified"_s))
        json.insert(u"lastModified"_s,
                    QJsonObject {{u"date"_s, formatIsoUtc(c.lastModified)},
                                 {u"user"_s, userJson(c.lastModifiedBy)}});
    if (extras.contains(u"relatedCases"_s)) {
        QList<qint64> related(c.relatedCases.cbegin(), c.relatedCases.cend());
        std::sort(related.begin(), related.end());
        QJsonArray list;
        for (qint64 id : related)
            list.append(QJsonObject {{u"id"_s, QString::number(id)}});
        json.insert(u"relatedCases"_s, QJsonObject {{u"case"_s, list}});
    }
    if (extras.contains(u"customAttributes"_s))
        json.insert(u"customAttributes"_s, customAttributesJson(c.customAttributes));
    if (extras.contains(u"originatingChannel"_s))
        json.insert(u"originatingChannel"_s,
                    valueJson(c.originatingChannel, displayOf(c.originatingChannel)));
    return json;
}

SandboxReply CaseManagerApi::casesByIds(const SandboxRequest &request, const Actor &actor)
{
    return recordsByIds(
        request, {u"$attribute"_s, u"$sort"_s, u"$order"_s}, m_store.cases, u"case"_s, CaseExtras,
        [&](const Case &c) { return visible(actor, c.department); },
        [this](const Case &c, const QSet<QString> &extras) { return caseJson(c, extras); });
}

SandboxReply CaseManagerApi::searchCases(const SandboxRequest &request, const Actor &actor)
{
    if (auto error = onlyParameters(request.query,
                                    {u"customer"_s, u"email"_s, u"phone"_s, u"custom.*"_s,
                                     u"$attribute"_s, u"$pagenum"_s, u"$pagesize"_s,
                                     u"$rangestart"_s, u"$rangesize"_s, u"$sort"_s, u"$order"_s}))
        return *error;
    Paging paging;
    QSet<QString> extras;
    QString sortKey;
    bool descending = false;
    if (auto error = parsePaging(request.query, &paging))
        return *error;
    if (auto error = parseExtras(request.query, CaseExtras, &extras))
        return *error;
    if (auto error = checkSortOrder(request.query, &sortKey, &descending))
        return *error;
    const QUrlQuery &query = request.query;
    auto matches = [&](const Case &c) {
        if (!visible(actor, c.department))
            return false;
        const Customer *customer = m_store.customer(c.customer);
        if (query.hasQueryItem(u"customer"_s)
            && QString::number(c.customer) != query.queryItemValue(u"customer"_s))
            return false;
        if (query.hasQueryItem(u"email"_s)
            && (!customer
                || customer->email != query.queryItemValue(u"email"_s, QUrl::FullyDecoded)))
            return false;
        if (query.hasQueryItem(u"phone"_s)
            && (!customer || customer->phone != query.queryItemValue(u"phone"_s)))
            return false;
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key.startsWith(u"custom."_s) && c.customAttributes.value(key.mid(7)) != value)
                return false;
        }
        return true;
    };
    QList<const Case *> found;
    for (const auto &[id, c] : m_store.cases) {
        if (matches(c))
            found.append(&c);
    }
    sortRecords(found, sortKey, descending);
    return pageOf(found, paging, u"case"_s, [&](const Case *c) { return caseJson(*c, extras); });
}

qint64 CaseManagerApi::createCase(const Case &prototype)
{
    Case c = prototype;
    c.id = m_store.nextCaseId++;
    c.open = true;
    c.created = c.lastModified = QDateTime::currentMSecsSinceEpoch();
    m_store.cases[c.id] = c;
    return c.id;
}
