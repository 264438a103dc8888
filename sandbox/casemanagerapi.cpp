#include "casemanagerapi.h"

#include "authregistry.h"
#include "datastore.h"
#include "sandboxserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

using Method = QHttpServerRequest::Method;

constexpr int MaxIds = 75;

const QStringList Locales = {u"en-US"_s, u"es-ES"_s, u"fr-FR"_s, u"it-IT"_s, u"de-DE"_s,
                             u"nl-NL"_s, u"pt-BR"_s, u"pt-PT"_s, u"da-DK"_s, u"ru-RU"_s,
                             u"fr-CA"_s, u"zh-CN"_s, u"ja-JP"_s, u"ko-KR"_s, u"sv-SE"_s};
const QStringList ActivityExtras = {u"priority"_s, u"created"_s, u"lastModified"_s,
                                    u"lastModifiedBy"_s, u"dueDate"_s, u"queue"_s,
                                    u"contactPointData"_s, u"payload"_s, u"customAttributes"_s,
                                    u"language"_s, u"replies"_s};
const QStringList CaseExtras = {u"description"_s, u"solution"_s, u"dueDate"_s, u"created"_s,
                                u"lastModified"_s, u"relatedCases"_s, u"customAttributes"_s,
                                u"originatingChannel"_s};
const QStringList SortKeys = {u"id"_s, u"created"_s, u"lastModified"_s, u"priority"_s,
                              u"subject"_s, u"dueDate"_s};

SandboxReply badRequest(const QString &message)
{
    return SandboxReply::egainError(400, 102, message);
}

SandboxReply unsupportedParameter(const QString &name)
{
    return SandboxReply::egainError(400, 101, u"Unsupported query parameter(s) supplied: '%1'."_s.arg(name));
}

SandboxReply forbidden(const QString &message)
{
    return SandboxReply::egainError(403, 101, message);
}

QJsonObject valueJson(const QString &value, const QString &display)
{
    return QJsonObject{{u"value"_s, value}, {u"displayValue"_s, display}};
}

QString displayOf(const QString &value)
{
    static const QHash<QString, QString> Names = {
        {u"in_queue"_s, u"In queue"_s},     {u"assigned"_s, u"Assigned"_s},
        {u"completed"_s, u"Completed"_s},   {u"in_workflow"_s, u"In workflow"_s},
        {u"inbound"_s, u"Inbound"_s},       {u"outbound"_s, u"Outbound"_s},
        {u"call_track"_s, u"Call Track"_s}, {u"email"_s, u"Email"_s},
        {u"chat"_s, u"Chat"_s},             {u"web"_s, u"Web"_s},
        {u"general"_s, u"General"_s},       {u"complaint"_s, u"Complaint"_s},
        {u"follow_up"_s, u"Follow-up"_s},   {u"order"_s, u"Order"_s},
        {u"payment"_s, u"Payment"_s},       {u"open"_s, u"Open"_s},
        {u"closed"_s, u"Closed"_s},         {u"phone"_s, u"Phone"_s}};
    return Names.value(value, value);
}

// "a.b.c" inside nested objects; an undefined value when any step is missing
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

// eGain sends IDs as strings in most samples and as numbers in one: accept both
std::optional<qint64> idOf(const QJsonValue &value)
{
    if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble())) && value.toDouble() > 0)
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().toLongLong(&ok);
        if (ok && id > 0)
            return id;
    }
    return std::nullopt;
}

// a single object or a one-element array, as JSON bindings of XML lists come either way
QJsonObject singleObject(const QJsonValue &value)
{
    if (value.isArray() && value.toArray().size() == 1)
        return value.toArray().first().toObject();
    return value.toObject();
}

QJsonArray listOf(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isObject())
        return QJsonArray{value};
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

bool isValidEmail(const QString &text)
{
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$"_s);
    return email.match(text).hasMatch();
}

bool isDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

// "[start,end]", both ends inclusive, either end optional, the comma required
std::optional<std::pair<qint64, qint64>> parseRange(const QString &text)
{
    if (!text.startsWith(u'[') || !text.endsWith(u']') || text.count(u',') != 1)
        return std::nullopt;
    const QStringList ends = text.mid(1, text.size() - 2).split(u',');
    if (ends[0].isEmpty() && ends[1].isEmpty())
        return std::nullopt;
    std::pair<qint64, qint64> range{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};
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

struct Paging
{
    bool range = false;
    int first = 1; // page number, or 1-based index of the first result
    int size = 25;
};

std::optional<SandboxReply> parsePaging(const QUrlQuery &query, Paging *paging)
{
    const bool pages = query.hasQueryItem(u"$pagenum"_s) || query.hasQueryItem(u"$pagesize"_s);
    const bool ranges = query.hasQueryItem(u"$rangestart"_s) || query.hasQueryItem(u"$rangesize"_s);
    if (pages && ranges)
        return badRequest(u"paging ($pagenum/$pagesize) and range ($rangestart/$rangesize) cannot be combined"_s);
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

std::optional<SandboxReply> checkSortOrder(const QUrlQuery &query, QString *sortKey, bool *descending)
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
        if (!allowed.contains(key) && !(allowed.contains(u"custom.*"_s) && key.startsWith(u"custom."_s)))
            return unsupportedParameter(key);
    }
    return std::nullopt;
}

template<typename Record>
QVariant sortValue(const Record &record, const QString &key)
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
        const int order = QVariant::compare(sortValue(*a, key), sortValue(*b, key)) == QPartialOrdering::Less ? -1
            : QVariant::compare(sortValue(*b, key), sortValue(*a, key)) == QPartialOrdering::Less               ? 1
                                                                                                    : 0;
        return descending ? order > 0 : order < 0;
    });
}

QJsonObject paginationInfo(const Paging &paging, qsizetype total)
{
    if (paging.range)
        return {{u"count"_s, total}, {u"rangestart"_s, paging.first}, {u"rangesize"_s, paging.size}};
    return {{u"count"_s, total}, {u"pagenum"_s, paging.first}, {u"pagesize"_s, paging.size}};
}

QString capitalized(const QString &word)
{
    return word.left(1).toUpper() + word.mid(1);
}

// one page of search results; a page beyond the end, like no match at all, is 204
template<typename Record, typename ToJson>
SandboxReply pageOf(const QList<const Record *> &found, const Paging &paging, const QString &listKey, ToJson toJson)
{
    const qsizetype start = paging.range ? paging.first - 1 : qsizetype(paging.first - 1) * paging.size;
    if (start >= found.size())
        return SandboxReply::empty(204);
    QJsonArray list;
    for (qsizetype i = start; i < std::min(found.size(), start + paging.size); ++i)
        list.append(toJson(found.at(i)));
    return SandboxReply::json(200, QJsonObject{{listKey, list}, {u"paginationInfo"_s, paginationInfo(paging, found.size())}});
}

// GET …/{IDs}: at most 75, every one must exist (404) and be visible to the caller (403)
template<typename Record, typename Visible, typename ToJson>
SandboxReply recordsByIds(const SandboxRequest &request, const QStringList &parameters,
                          const std::map<qint64, Record> &records, const QString &kind, const QStringList &extrasAllowed,
                          Visible visible, ToJson toJson)
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
            return SandboxReply::egainError(404, 101, u"%1 %2 does not exist."_s.arg(capitalized(kind)).arg(id));
        if (!visible(it->second))
            return forbidden(u"%1 %2 is outside the caller's departments."_s.arg(capitalized(kind)).arg(id));
        found.append(&it->second);
    }
    std::sort(found.begin(), found.end(), [](auto a, auto b) { return a->id < b->id; });
    sortRecords(found, sortKey, descending);
    QJsonArray list;
    for (const Record *record : found)
        list.append(toJson(*record, extras));
    return SandboxReply::json(200, QJsonObject{{kind, list}});
}

QJsonObject customAttributesJson(const QMap<QString, QString> &attributes)
{
    QJsonArray list;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        list.append(QJsonObject{
            {u"attribName"_s, it.key()},
            {u"attribValues"_s, QJsonObject{{u"attribValue"_s, QJsonArray{QJsonObject{{u"value"_s, it.value()}}}}}}});
    }
    return {{u"customAttribute"_s, list}};
}

QMap<QString, QString> customAttributesFrom(const QJsonValue &value)
{
    QMap<QString, QString> attributes;
    for (const QJsonValue &entry : listOf(value.toObject().value(u"customAttribute"_s))) {
        const QJsonObject object = entry.toObject();
        const QJsonArray values = listOf(member(object, u"attribValues.attribValue"_s));
        attributes.insert(object.value(u"attribName"_s).toString(),
                          values.isEmpty() ? QString() : values.first().toObject().value(u"value"_s).toString());
    }
    return attributes;
}

} // namespace

CaseManagerApi::CaseManagerApi(SandboxServer &server, Dialect dialect)
    : m_server(server)
    , m_store(server.store())
    , m_dialect(dialect)
    , m_prefix(dialect == Dialect::EgainV3 ? u"/core/casemgr/v3"_s : u"/system/ws/v12/interaction"_s)
{
    auto route = [this, &server](Method method, const QString &path,
                                 SandboxReply (CaseManagerApi::*handler)(const SandboxRequest &, const Actor &)) {
        server.addRoute(method, m_prefix + path, [this, handler](const SandboxRequest &request) {
            return serve(request, [&](const Actor &actor) { return (this->*handler)(request, actor); });
        });
    };
    const QString createPath = dialect == Dialect::EgainV3 ? u"/activity/calltrack"_s : u"/activity"_s;
    route(Method::Post, createPath, &CaseManagerApi::createCalltrack);
    server.addRoute(Method::Get, m_prefix + u"/activity/attributes"_s, [this](const SandboxRequest &request) {
        return serve(request, [&](const Actor &) { return attributes(request); });
    });
    route(Method::Get, u"/activity"_s, &CaseManagerApi::searchActivities);
    route(Method::Get, u"/activity/([^/]+)"_s, &CaseManagerApi::activitiesByIds);
    route(Method::Put, u"/activity/([^/]+)/changecase"_s, &CaseManagerApi::changeCase);
    route(Method::Get, u"/case"_s, &CaseManagerApi::searchCases);
    route(Method::Get, u"/case/([^/]+)"_s, &CaseManagerApi::casesByIds);

    if (dialect == Dialect::EceV12) {
        server.addRoute(Method::Post, u"/system/ws/v12/authentication/user/login"_s,
                        [this](const SandboxRequest &request) { return login(request); });
        server.addRoute(Method::Delete, u"/system/ws/v12/authentication/user/logout"_s,
                        [this](const SandboxRequest &request) { return logout(request); });
    }
}

// Authentication, then the headers every call shares, then the call itself.
SandboxReply CaseManagerApi::serve(const SandboxRequest &request, const Handler &handler)
{
    std::optional<Actor> actor;
    QByteArray session;
    if (m_dialect == Dialect::EgainV3) {
        const QByteArray authorization = request.header("Authorization");
        if (authorization.startsWith("Bearer "))
            actor = m_server.auth().useToken(QString::fromLatin1(authorization.mid(7).trimmed()));
        if (!actor)
            return SandboxReply::egainError(401, 101, u"The access token is missing, invalid or expired; obtain a new token."_s);
    } else {
        session = request.header("X-egain-session");
        actor = m_server.auth().useSession(QString::fromLatin1(session));
        if (!actor)
            return SandboxReply::egainError(401, 101, u"X-egain-session is not valid any more; please log in again."_s);
    }

    SandboxReply reply = [&] {
        if (request.hasHeader("Accept-Language")) {
            const QString language = QString::fromLatin1(request.header("Accept-Language")).trimmed();
            if (!Locales.contains(language, Qt::CaseInsensitive))
                return SandboxReply::egainError(406, 101, u"Unsupported Accept-Language: '%1'."_s.arg(language));
        }
        if (request.hasHeader("Accept")) {
            const QByteArray accept = request.header("Accept");
            bool json = false;
            for (const QByteArray &entry : accept.split(',')) {
                const QByteArray type = entry.split(';').first().trimmed().toLower();
                json = json || type == "application/json" || type == "*/*" || type == "application/*";
            }
            if (!json)
                return SandboxReply::egainError(406, 102, u"The sandbox produces application/json only."_s);
        }
        if (!request.body.isEmpty() && !request.header("Content-Type").toLower().startsWith("application/json"))
            return SandboxReply::egainError(400, 103, u"Content-Type must be application/json."_s);
        return handler(*actor);
    }();
    if (!session.isEmpty())
        reply.withHeader("X-egain-session", session);
    return reply;
}

SandboxReply CaseManagerApi::login(const SandboxRequest &request)
{
    for (const auto &[key, value] : request.queryItems()) {
        if (key != u"forceLogin"_s || value != u"yes"_s)
            return unsupportedParameter(key);
    }
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &error).object();
    if (error.error != QJsonParseError::NoError)
        return badRequest(u"the login body must be a JSON object with userName and password"_s);
    const QString name = body.contains(u"userName"_s) ? body.value(u"userName"_s).toString()
                                                      : body.value(u"username"_s).toString();
    const QString password = body.value(u"password"_s).toString();
    if (name.isEmpty() || password.isEmpty())
        return badRequest(u"userName and password are required"_s);
    const User *user = m_store.userByLogin(name);
    if (!user || user->password != password)
        return SandboxReply::egainError(401, 102, u"Invalid user name or password."_s);
    QString session;
    const bool force = request.query.queryItemValue(u"forceLogin"_s) == u"yes"_s;
    if (m_server.auth().login(user->id, force, &session) == AuthRegistry::LoginResult::LimitReached)
        return SandboxReply::egainError(409, 101, u"The user already has 5 active sessions; log in with forceLogin=yes to end the oldest one."_s);
    return SandboxReply::empty(204)
        .withHeader("X-egain-session", session.toLatin1())
        .withHeader("Content-Type", "application/json");
}

SandboxReply CaseManagerApi::logout(const SandboxRequest &request)
{
    if (!m_server.auth().logout(QString::fromLatin1(request.header("X-egain-session"))))
        return SandboxReply::json(401, QJsonObject{{u"message"_s, u"The session is invalid or has expired."_s}});
    return SandboxReply::empty(204);
}

QString CaseManagerApi::href(const QString &resource, qint64 id) const
{
    return m_prefix + u'/' + resource + u'/' + QString::number(id);
}

bool CaseManagerApi::visible(const Actor &actor, int department) const
{
    if (actor.isClient())
        return true;
    const User *user = m_store.user(actor.userId);
    return user && user->worksIn(department);
}

QJsonObject CaseManagerApi::userJson(int userId) const
{
    const User *user = m_store.user(userId);
    if (!user)
        return {};
    return {{u"id"_s, QString::number(user->id)},
            {u"name"_s, user->login},
            {u"firstName"_s, user->firstName},
            {u"lastName"_s, user->lastName}};
}

QJsonObject CaseManagerApi::activityJson(const Activity &a, const QSet<QString> &extras) const
{
    const Department &department = m_store.departments[a.department];
    QJsonObject status = valueJson(a.status, displayOf(a.status));
    if (a.status == u"completed"_s)
        status.insert(u"substatus"_s, valueJson(u"done"_s, u"Done"_s));
    if (a.assignedUser)
        status.insert(u"assigned"_s, QJsonObject{{u"user"_s, userJson(a.assignedUser)}});
    QJsonObject type = valueJson(a.type, displayOf(a.type));
    type.insert(u"subtype"_s, valueJson(a.subtype, displayOf(a.subtype)));

    QJsonObject json{
        {u"id"_s, QString::number(a.id)},
        {u"link"_s, QJsonArray{QJsonObject{{u"rel"_s, u"self"_s}, {u"href"_s, href(u"activity"_s, a.id)}}}},
        {u"case"_s, QJsonObject{{u"id"_s, QString::number(a.caseId)},
                                {u"link"_s, QJsonArray{QJsonObject{{u"rel"_s, u"case"_s},
                                                                   {u"href"_s, href(u"case"_s, a.caseId)}}}}}},
        {u"department"_s, QJsonObject{{u"id"_s, QString::number(department.id)}, {u"name"_s, department.name}}},
        {u"mode"_s, valueJson(a.mode, displayOf(a.mode))},
        {u"type"_s, type},
        {u"status"_s, status},
        {u"subject"_s, a.subject},
        {u"secure"_s, false},
        {u"attachments"_s, QJsonObject{{u"count"_s, a.attachmentAltIds.size()}}},
    };
    if (const Customer *customer = m_store.customer(a.customer))
        json.insert(u"customer"_s, QJsonObject{{u"id"_s, QString::number(customer->id)},
                                               {u"customerName"_s, customer->name()}});
    if (extras.contains(u"priority"_s) && !a.priority.isEmpty())
        json.insert(u"priority"_s, a.priority);
    if (extras.contains(u"created"_s))
        json.insert(u"created"_s, formatIsoUtc(a.created));
    if (extras.contains(u"lastModified"_s))
        json.insert(u"lastModified"_s, formatIsoUtc(a.lastModified));
    if (extras.contains(u"lastModifiedBy"_s) && a.lastModifiedBy)
        json.insert(u"lastModifiedBy"_s, QJsonObject{{u"user"_s, userJson(a.lastModifiedBy)}});
    if (extras.contains(u"dueDate"_s) && a.dueDate)
        json.insert(u"dueDate"_s, formatIsoUtc(a.dueDate));
    if (extras.contains(u"queue"_s) && a.queue)
        json.insert(u"queue"_s, QJsonObject{{u"id"_s, QString::number(a.queue)}, {u"name"_s, m_store.queues.value(a.queue)}});
    if (extras.contains(u"contactPointData"_s) && !a.contactPointData.isEmpty())
        json.insert(u"contactPointData"_s, a.contactPointData);
    if (extras.contains(u"payload"_s)) {
        QJsonObject content;
        if (!a.contentText.isEmpty())
            content.insert(u"text"_s, a.contentText);
        if (!a.contentHtml.isEmpty())
            content.insert(u"html"_s, a.contentHtml);
        const QString kind = a.type == u"call_track"_s ? u"calltrack"_s : a.type;
        json.insert(u"payload"_s, QJsonObject{{kind, QJsonObject{{u"content"_s, content}}}});
    }
    if (extras.contains(u"customAttributes"_s))
        json.insert(u"customAttributes"_s, customAttributesJson(a.customAttributes));
    if (extras.contains(u"language"_s))
        json.insert(u"language"_s, QJsonObject{{u"value"_s, a.language}});
    if (extras.contains(u"replies"_s) && !a.replyStatus.isEmpty())
        json.insert(u"replies"_s, QJsonObject{{u"reply"_s, QJsonArray{QJsonObject{
                                                  {u"status"_s, valueJson(a.replyStatus, displayOf(a.replyStatus))}}}}});
    return json;
}

QJsonObject CaseManagerApi::caseJson(const Case &c, const QSet<QString> &extras) const
{
    const Department &department = m_store.departments[c.department];
    const QString status = c.open ? u"open"_s : u"closed"_s;
    QJsonObject json{
        {u"id"_s, QString::number(c.id)},
        {u"link"_s, QJsonArray{QJsonObject{{u"rel"_s, u"self"_s}, {u"href"_s, href(u"case"_s, c.id)}}}},
        {u"activities"_s, QJsonObject{{u"link"_s, QJsonArray{QJsonObject{
                                          {u"rel"_s, u"activities"_s},
                                          {u"href"_s, m_prefix + u"/activity?"_s
                                               + (m_dialect == Dialect::EgainV3 ? u"caseID="_s : u"case="_s)
                                               + QString::number(c.id)}}}}}},
        {u"department"_s, QJsonObject{{u"id"_s, QString::number(department.id)}, {u"name"_s, department.name}}},
        {u"status"_s, valueJson(status, displayOf(status))},
        {u"subject"_s, c.subject},
        {u"owner"_s, QJsonObject{{u"user"_s, userJson(c.owner)}}},
    };
    if (const Customer *customer = m_store.customer(c.customer))
        json.insert(u"customer"_s, QJsonObject{{u"id"_s, QString::number(customer->id)},
                                               {u"customerName"_s, customer->name()}});
    if (!c.severity.isEmpty())
        json.insert(u"severity"_s, QJsonObject{{u"value"_s, c.severity}});
    if (extras.contains(u"description"_s))
        json.insert(u"description"_s, c.description);
    if (extras.contains(u"solution"_s))
        json.insert(u"solution"_s, c.solution);
    if (extras.contains(u"dueDate"_s) && c.dueDate)
        json.insert(u"dueDate"_s, formatIsoUtc(c.dueDate));
    if (extras.contains(u"created"_s))
        json.insert(u"created"_s, formatIsoUtc(c.created));
    if (extras.contains(u"lastModified"_s))
        json.insert(u"lastModified"_s, QJsonObject{{u"date"_s, formatIsoUtc(c.lastModified)},
                                                   {u"user"_s, userJson(c.lastModifiedBy)}});
    if (extras.contains(u"relatedCases"_s)) {
        QList<qint64> related(c.relatedCases.cbegin(), c.relatedCases.cend());
        std::sort(related.begin(), related.end());
        QJsonArray list;
        for (qint64 id : related)
            list.append(QJsonObject{{u"id"_s, QString::number(id)}});
        json.insert(u"relatedCases"_s, QJsonObject{{u"case"_s, list}});
    }
    if (extras.contains(u"customAttributes"_s))
        json.insert(u"customAttributes"_s, customAttributesJson(c.customAttributes));
    if (extras.contains(u"originatingChannel"_s))
        json.insert(u"originatingChannel"_s, valueJson(c.originatingChannel, displayOf(c.originatingChannel)));
    return json;
}

SandboxReply CaseManagerApi::attributes(const SandboxRequest &request)
{
    if (auto error = onlyParameters(request.query, {u"$attribute"_s}))
        return *error;
    const QString wanted = request.query.queryItemValue(u"$attribute"_s);
    static const QStringList Kinds = {u"type"_s, u"language"_s, u"custom"_s, u"all"_s};
    if (!Kinds.contains(wanted))
        return badRequest(u"$attribute is required: type, language, custom or all"_s);

    QJsonObject json;
    if (wanted == u"type"_s || wanted == u"all"_s) {
        QMap<QString, QJsonArray> departmentsBySubtype;
        for (const Department &department : m_store.departments) {
            for (const QString &subtype : department.calltrackSubtypes)
                departmentsBySubtype[subtype].append(QJsonObject{{u"id"_s, QString::number(department.id)},
                                                                 {u"name"_s, department.name}});
        }
        QJsonArray subtypes;
        for (auto it = departmentsBySubtype.cbegin(); it != departmentsBySubtype.cend(); ++it) {
            QJsonObject subtype = valueJson(it.key(), displayOf(it.key()));
            subtype.insert(u"department"_s, it.value());
            subtypes.append(subtype);
        }
        QJsonObject calltrack = valueJson(u"call_track"_s, displayOf(u"call_track"_s));
        calltrack.insert(u"subtype"_s, subtypes);
        json.insert(u"type"_s, QJsonArray{calltrack});
    }
    if (wanted == u"custom"_s || wanted == u"all"_s) {
        QJsonArray custom;
        for (const CustomAttributeDefinition &definition : m_store.activityAttributes) {
            custom.append(QJsonObject{{u"attribName"_s, definition.name},
                                      {u"attribType"_s, definition.enumeration.isEmpty() ? u"text"_s : u"enumeration"_s},
                                      {u"values"_s, QJsonArray::fromStringList(definition.enumeration)}});
        }
        json.insert(u"custom"_s, custom);
    }
    if (wanted == u"language"_s || wanted == u"all"_s) {
        QJsonArray languages;
        for (const QString &locale : Locales)
            languages.append(QJsonObject{{u"value"_s, locale}});
        json.insert(u"language"_s, languages);
    }
    return SandboxReply::json(200, json);
}

SandboxReply CaseManagerApi::activitiesByIds(const SandboxRequest &request, const Actor &actor)
{
    // the API-specific parameters of eGain v3 §8 / ECE v12 §7.1 are accepted and ignored
    return recordsByIds(request,
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
        filters = {{u"caseID"_s, u"case"_s}, {u"status"_s, u"status"_s}, {u"type"_s, u"type"_s},
                   {u"createdDate"_s, u"createdDate"_s}, {u"lastModifiedDate"_s, u"lastModifiedDate"_s},
                   {u"department"_s, u"department"_s}, {u"mode"_s, u"mode"_s}};
    } else if (v3) {
        filters = {{u"caseID"_s, u"case"_s}, {u"status"_s, u"status"_s}, {u"type"_s, u"type"_s},
                   {u"createdDate"_s, u"createdDate"_s}, {u"lastModifiedDate"_s, u"lastModifiedDate"_s},
                   {u"customerID"_s, u"customer"_s}, {u"mode"_s, u"mode"_s}, {u"assignedTo"_s, u"assignedTo"_s},
                   {u"queueID"_s, u"queue"_s}, {u"assignedUserName"_s, u"assignedUserName"_s}};
    } else {
        filters = {{u"case"_s, u"case"_s}, {u"status"_s, u"status"_s}, {u"type"_s, u"type"_s},
                   {u"createdDate"_s, u"createdDate"_s}, {u"lastModifiedDate"_s, u"lastModifiedDate"_s},
                   {u"customer"_s, u"customer"_s}, {u"mode"_s, u"mode"_s}, {u"assignedTo"_s, u"assignedTo"_s},
                   {u"queue"_s, u"queue"_s}, {u"assignedUserName"_s, u"assignedUserName"_s}};
    }
    QStringList allowed = filters.keys();
    allowed << u"custom.*"_s << u"$attribute"_s << u"$pagenum"_s << u"$pagesize"_s << u"$rangestart"_s
            << u"$rangesize"_s << u"$sort"_s << u"$order"_s;
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
    if (wanted.contains(u"createdDate"_s) && !(created = parseRange(wanted.value(u"createdDate"_s))))
        return badRequest(u"createdDate must be a range [start,end]"_s);
    if (wanted.contains(u"lastModifiedDate"_s) && !(modified = parseRange(wanted.value(u"lastModifiedDate"_s))))
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

SandboxReply CaseManagerApi::casesByIds(const SandboxRequest &request, const Actor &actor)
{
    return recordsByIds(request, {u"$attribute"_s, u"$sort"_s, u"$order"_s}, m_store.cases, u"case"_s, CaseExtras,
                        [&](const Case &c) { return visible(actor, c.department); },
                        [this](const Case &c, const QSet<QString> &extras) { return caseJson(c, extras); });
}

SandboxReply CaseManagerApi::searchCases(const SandboxRequest &request, const Actor &actor)
{
    if (auto error = onlyParameters(request.query, {u"customer"_s, u"email"_s, u"phone"_s, u"custom.*"_s,
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
        if (query.hasQueryItem(u"customer"_s) && QString::number(c.customer) != query.queryItemValue(u"customer"_s))
            return false;
        if (query.hasQueryItem(u"email"_s)
            && (!customer || customer->email != query.queryItemValue(u"email"_s, QUrl::FullyDecoded)))
            return false;
        if (query.hasQueryItem(u"phone"_s) && (!customer || customer->phone != query.queryItemValue(u"phone"_s)))
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

std::optional<SandboxReply> CaseManagerApi::validateCustomAttributes(const QJsonValue &value, bool forCase,
                                                                     const QString &rule) const
{
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject())
        return badRequest(rule + u": customAttributes must be an object with a customAttribute list"_s);
    for (const QJsonValue &entry : listOf(value.toObject().value(u"customAttribute"_s))) {
        const QJsonObject object = entry.toObject();
        const QString name = object.value(u"attribName"_s).toString();
        const CustomAttributeDefinition *definition = forCase ? m_store.caseAttribute(name)
                                                              : m_store.activityAttribute(name);
        if (!definition)
            return badRequest(rule + u": unknown custom attribute '%1'"_s.arg(name));
        for (const QJsonValue &attribValue : listOf(member(object, u"attribValues.attribValue"_s))) {
            const QString text = attribValue.toObject().value(u"value"_s).toString();
            if (!definition->enumeration.isEmpty() && !definition->enumeration.contains(text))
                return badRequest(rule + u": '%1' is not an allowed value of '%2'"_s.arg(text, name));
        }
    }
    return std::nullopt;
}

std::optional<SandboxReply> CaseManagerApi::validateCalltrack(const QJsonObject &body, bool anonymous,
                                                              const Actor &actor, Activity *draft) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const User *caller = actor.isClient() ? nullptr : m_store.user(actor.userId);

    // C2: department named, existing, and open to the caller; the caller's own licence too
    const QString departmentName = member(body, u"department.name"_s).toString();
    if (departmentName.isEmpty())
        return badRequest(u"C2: department.name is required"_s);
    const Department *department = m_store.departmentByName(departmentName);
    if (!department)
        return badRequest(u"C2: department '%1' does not exist"_s.arg(departmentName));
    if (!actor.mayManage)
        return forbidden(u"C2: the token lacks the casemgr.manage scope"_s);
    if (caller) {
        if (!caller->mayCreateActivity)
            return forbidden(u"C2: the user lacks the 'Create activity' action"_s);
        if (!caller->worksIn(department->id))
            return forbidden(u"C2: the user may not create activities in department '%1'"_s.arg(departmentName));
        if (!caller->callTrackPlus)
            return forbidden(u"C2: the user has no eGain CallTrackPlus licence"_s);
    }
    draft->department = department->id;

    // C3, C4, C5
    if (member(body, u"type.value"_s).toString() != u"call_track"_s)
        return badRequest(u"C3: type.value must be call_track"_s);
    const QString subtype = member(body, u"type.subtype.value"_s).toString();
    if (!department->calltrackSubtypes.contains(subtype))
        return badRequest(u"C4: '%1' is not a calltrack subtype of department '%2'"_s.arg(subtype, departmentName));
    const QString mode = member(body, u"mode.value"_s).toString();
    if (mode != u"Inbound"_s && mode != u"Outbound"_s)
        return badRequest(u"C5: mode.value must be Inbound or Outbound"_s);
    draft->subtype = subtype;
    draft->mode = mode.toLower();

    // C6: subject or content; subject at most 255 characters
    const QJsonValue subject = body.value(u"subject"_s);
    const QJsonValue content = member(body, u"payload.calltrack.content"_s);
    const bool hasContent = content.isObject()
        && (!content[u"text"_s].toString().isEmpty() || !content[u"html"_s].toString().isEmpty());
    if (!subject.isUndefined() && !subject.isString())
        return badRequest(u"C6: subject must be a string"_s);
    if (subject.toString().isEmpty() && !hasContent)
        return badRequest(u"C6: subject or content is required"_s);
    if (subject.toString().size() > 255)
        return badRequest(u"C6: subject is longer than 255 characters"_s);
    draft->subject = subject.toString();

    // C7, C8: exactly one customer identifier unless anonymous
    const QJsonValue customerValue = body.value(u"customer"_s);
    const QJsonValue contactPointValue = body.value(u"contactPointData"_s);
    const QString contactPoint = contactPointValue.toString();
    if (!contactPointValue.isUndefined()) {
        if (!contactPointValue.isString() || contactPoint.isEmpty())
            return badRequest(u"C8: contactPointData must be a non-empty string"_s);
        if (contactPoint.contains(u'@') ? !isValidEmail(contactPoint) : !isDigits(contactPoint))
            return badRequest(u"C8: contactPointData must be a valid email address or a phone number of digits only"_s);
        draft->contactPointData = contactPoint;
    }
    if (anonymous) {
        if (!customerValue.isUndefined())
            return badRequest(u"C7: a customer element is not allowed with anonymousCustomer=yes"_s);
    } else {
        const QJsonObject customer = customerValue.toObject();
        const QJsonObject contact = singleObject(member(customer, u"contacts.contact"_s));
        struct Identifier { QString kind; std::optional<qint64> id; };
        QList<Identifier> identifiers;
        if (customer.contains(u"id"_s))
            identifiers.append({u"customer"_s, idOf(customer.value(u"id"_s))});
        if (contact.contains(u"id"_s))
            identifiers.append({u"contact"_s, idOf(contact.value(u"id"_s))});
        for (const QString &kind : {u"phone"_s, u"postal"_s, u"email"_s, u"social"_s, u"website"_s}) {
            const QJsonObject point = singleObject(contact.value(kind));
            if (point.contains(u"id"_s))
                identifiers.append({kind, idOf(point.value(u"id"_s))});
        }
        if (!contactPointValue.isUndefined())
            identifiers.append({u"contactPointData"_s, 0});
        if (identifiers.isEmpty())
            return badRequest(u"C7: the customer must be identified (customer.id, a contact or contact point id, or contactPointData)"_s);
        if (identifiers.size() > 1)
            return badRequest(u"C7: send exactly one customer identifier"_s);
        const Identifier &identifier = identifiers.first();
        const Customer *found = nullptr;
        for (const Customer &candidate : m_store.customers) {
            const qint64 id = identifier.id.value_or(0);
            const bool match = identifier.kind == u"customer"_s ? candidate.id == id
                : identifier.kind == u"contact"_s               ? candidate.contactId == id
                : identifier.kind == u"phone"_s                 ? candidate.phoneId == id
                : identifier.kind == u"email"_s                 ? candidate.emailId == id
                : identifier.kind == u"postal"_s                ? candidate.postalId == id
                : identifier.kind == u"contactPointData"_s
                    ? (candidate.email.compare(contactPoint, Qt::CaseInsensitive) == 0 || candidate.phone == contactPoint)
                      && candidate.department == department->id
                    : false;
            if (match) {
                found = &candidate;
                break;
            }
        }
        if (!found && identifier.kind == u"contactPointData"_s)
            return badRequest(u"C8: no customer of department '%1' has the contact point '%2'"_s.arg(departmentName, contactPoint));
        if (!found)
            return badRequest(u"C7: no customer matches the %1 id"_s.arg(identifier.kind));
        // customer departmentalization is on in the sandbox
        if (found->department != department->id)
            return badRequest(u"C7: customer %1 belongs to another department"_s.arg(found->id));
        draft->customer = found->id;
    }

    // C9: target user
    const QJsonObject target = member(body, u"status.assigned.user"_s).toObject();
    const QStringList targetKeys = {u"id"_s, u"name"_s, u"customAttributes"_s};
    const qsizetype identifierCount = std::count_if(targetKeys.cbegin(), targetKeys.cend(),
                                                    [&](const QString &key) { return target.contains(key); });
    if (identifierCount > 1)
        return badRequest(u"C9: identify the target user by exactly one of id, name, customAttributes"_s);
    if (identifierCount == 0 && actor.isClient())
        return badRequest(u"C9: a client application must name the target user in status.assigned.user"_s);
    const User *assignee = caller;
    if (identifierCount == 1) {
        assignee = nullptr;
        if (target.contains(u"id"_s)) {
            assignee = m_store.user(int(idOf(target.value(u"id"_s)).value_or(0)));
        } else if (target.contains(u"name"_s)) {
            assignee = m_store.userByLogin(target.value(u"name"_s).toString());
        } else {
            const auto attributes = customAttributesFrom(target.value(u"customAttributes"_s));
            for (const User &user : m_store.users) {
                if (attributes.value(u"employee_no"_s) == user.employeeNumber())
                    assignee = &user;
            }
        }
        if (!assignee)
            return badRequest(u"C9: the target user does not exist"_s);
        if (caller && assignee->id != caller->id && !caller->mayTransfer)
            return forbidden(u"C9: the caller lacks the 'Transfer Activities' permission on the target user"_s);
        if (!assignee->available)
            return forbidden(u"C9: the target user is not logged in"_s);
        if (!assignee->callTrackPlus)
            return forbidden(u"C9: the target user has no eGain CallTrackPlus licence"_s);
    }
    draft->assignedUser = assignee->id;

    // C10: an existing case
    if (body.contains(u"case"_s)) {
        const auto caseId = idOf(member(body, u"case.id"_s));
        if (!caseId || m_store.cases.find(*caseId) == m_store.cases.end())
            return badRequest(u"C10: case.id does not name an existing case"_s);
        draft->caseId = *caseId;
    }

    // C11: priority "1".."7"
    if (body.contains(u"priority"_s)) {
        static const QStringList Priorities = {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s};
        const QJsonValue priority = body.value(u"priority"_s);
        if (!priority.isString() || !Priorities.contains(priority.toString()))
            return badRequest(u"C11: priority must be one of the strings \"1\" to \"7\""_s);
        draft->priority = priority.toString();
    }

    // C12: due date in the future
    if (body.contains(u"dueDate"_s)) {
        const QDateTime due = parseIsoDateTime(body.value(u"dueDate"_s).toString());
        if (!due.isValid())
            return badRequest(u"C12: dueDate must be an ISO 8601 date-time"_s);
        if (due.toMSecsSinceEpoch() <= now)
            return badRequest(u"C12: dueDate must lie in the future"_s);
        draft->dueDate = due.toMSecsSinceEpoch();
    }

    // C13: every attachment has an altId
    for (const QJsonValue &attachment : listOf(member(body, u"attachments.attachment"_s))) {
        const QString altId = attachment.toObject().value(u"altId"_s).toString();
        if (altId.isEmpty())
            return badRequest(u"C13: every attachment needs an altId"_s);
        draft->attachmentAltIds.append(altId);
    }
    if (body.contains(u"attachments"_s) && !body.value(u"attachments"_s).isObject())
        return badRequest(u"C13: attachments must be an object with an attachment list"_s);

    // C14: custom attributes
    if (auto error = validateCustomAttributes(body.value(u"customAttributes"_s), false, u"C14"_s))
        return error;
    draft->customAttributes = customAttributesFrom(body.value(u"customAttributes"_s));

    // C15: content types text and html only
    if (!content.isUndefined()) {
        if (!content.isObject())
            return badRequest(u"C15: payload.calltrack.content must be an object"_s);
        const QJsonObject object = content.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if ((it.key() != u"text"_s && it.key() != u"html"_s) || !it.value().isString())
                return badRequest(u"C15: content type '%1' is not allowed; use text or html"_s.arg(it.key()));
        }
        draft->contentText = object.value(u"text"_s).toString();
        draft->contentHtml = object.value(u"html"_s).toString();
    }
    return std::nullopt;
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

SandboxReply CaseManagerApi::createCalltrack(const SandboxRequest &request, const Actor &actor)
{
    // C16: anonymousCustomer=yes is the only query parameter
    for (const auto &[key, value] : request.queryItems()) {
        if (key != u"anonymousCustomer"_s)
            return unsupportedParameter(key);
        if (value != u"yes"_s)
            return badRequest(u"C16: anonymousCustomer only accepts the value yes"_s);
    }
    const bool anonymous = request.query.hasQueryItem(u"anonymousCustomer"_s);

    // C1: one activity object
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (request.body.trimmed().isEmpty() || parseError.error != QJsonParseError::NoError)
        return badRequest(u"C1: the body must be one JSON activity object"_s);
    if (!document.isObject() || document.object().value(u"activity"_s).isArray())
        return badRequest(u"C1: only one activity can be created per request"_s);

    Activity draft;
    if (auto error = validateCalltrack(document.object(), anonymous, actor, &draft))
        return *error;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    draft.id = m_store.nextActivityId++;
    draft.type = u"call_track"_s;
    draft.status = u"assigned"_s;
    draft.queue = 300 + draft.department;
    draft.created = draft.lastModified = now;
    draft.lastModifiedBy = actor.isClient() ? draft.assignedUser : actor.userId;
    if (draft.caseId == 0) {
        Case prototype;
        prototype.department = draft.department;
        prototype.owner = draft.assignedUser;
        prototype.customer = draft.customer;
        prototype.subject = draft.subject.isEmpty() ? draft.contentText.left(255) : draft.subject;
        prototype.originatingChannel = u"phone"_s;
        prototype.lastModifiedBy = draft.lastModifiedBy;
        draft.caseId = createCase(prototype);
    } else {
        // a closed case that gets a new activity is reopened
        Case &c = m_store.cases.at(draft.caseId);
        c.open = true;
        c.lastModified = now;
    }
    m_store.activities[draft.id] = draft;
    return SandboxReply::empty(201).withHeader("Location", href(u"activity"_s, draft.id).toLatin1());
}

std::optional<SandboxReply> CaseManagerApi::validateNewCase(const QJsonObject &body) const
{
    static const QStringList Members = {u"dueDate"_s, u"severity"_s, u"subject"_s, u"description"_s,
                                        u"solution"_s, u"customAttributes"_s};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!Members.contains(it.key()))
            return badRequest(u"P11: '%1' is not allowed in a new case"_s.arg(it.key()));
    }
    if (body.contains(u"dueDate"_s)) {
        const QDateTime due = parseIsoDateTime(body.value(u"dueDate"_s).toString());
        if (!due.isValid() || due.toMSecsSinceEpoch() <= QDateTime::currentMSecsSinceEpoch())
            return badRequest(u"P11: dueDate must be a valid date-time in the future"_s);
    }
    if (body.contains(u"severity"_s)) {
        static const QStringList Severities = {u"urgent"_s, u"high"_s, u"medium"_s, u"low"_s};
        if (!Severities.contains(member(body, u"severity.value"_s).toString()))
            return badRequest(u"P11: severity.value must be urgent, high, medium or low"_s);
    }
    for (const QString &text : {u"subject"_s, u"description"_s, u"solution"_s}) {
        const QJsonValue value = body.value(text);
        if (!value.isUndefined() && (!value.isString() || value.toString().size() > 1024))
            return badRequest(u"P11: %1 must be text of at most 1024 characters"_s.arg(text));
    }
    return validateCustomAttributes(body.value(u"customAttributes"_s), true, u"P11"_s);
}

SandboxReply CaseManagerApi::changeCase(const SandboxRequest &request, const Actor &actor)
{
    // P10: relateCase=yes is the only query parameter
    for (const auto &[key, value] : request.queryItems()) {
        if (key != u"relateCase"_s)
            return unsupportedParameter(key);
        if (value != u"yes"_s)
            return badRequest(u"P10: relateCase only accepts the value yes"_s);
    }
    const bool relate = request.query.hasQueryItem(u"relateCase"_s);

    // P7
    const auto ids = parseIdList(request.captures.value(0));
    if (!ids)
        return badRequest(u"P7: the activity ID list must be comma-separated positive integers"_s);
    if (ids->size() > MaxIds)
        return badRequest(u"P7: at most 75 activities can change case in one request"_s);

    // P1
    QList<Activity *> moving;
    for (qint64 id : *ids) {
        const auto it = m_store.activities.find(id);
        if (it == m_store.activities.end())
            return SandboxReply::egainError(404, 101, u"P1: activity %1 does not exist"_s.arg(id));
        moving.append(&it->second);
    }

    // P11
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (request.body.trimmed().isEmpty() || parseError.error != QJsonParseError::NoError || !document.isObject())
        return badRequest(u"P11: the body must be a case object ({} for a new case without attributes)"_s);
    const QJsonObject body = document.object();
    std::optional<qint64> targetId;
    if (body.contains(u"id"_s)) {
        if (body.size() != 1)
            return badRequest(u"P11: an existing target case is given by its id alone"_s);
        targetId = idOf(body.value(u"id"_s));
        if (!targetId)
            return badRequest(u"P11: the target case id must be a positive integer"_s);
    } else if (auto error = validateNewCase(body)) {
        return *error;
    }

    // P9, P8
    const User *caller = actor.isClient() ? nullptr : m_store.user(actor.userId);
    if (!actor.mayManage)
        return forbidden(u"P9: the token lacks the casemgr.manage scope"_s);
    for (const Activity *activity : moving) {
        if (caller && (!caller->mayChangeCase || !caller->worksIn(activity->department)))
            return forbidden(u"P9: the user may not change the case of activity %1"_s.arg(activity->id));
    }
    for (const Activity *activity : moving) {
        if (activity->lockedBy && (!caller || activity->lockedBy != caller->id))
            return SandboxReply::egainError(403, 102, u"P8: activity %1 is locked by another user"_s.arg(activity->id));
    }

    // P2, P3, P6
    const qint64 sourceId = moving.first()->caseId;
    for (const Activity *activity : moving) {
        if (activity->caseId != sourceId)
            return badRequest(u"P2: all activities must belong to the same case"_s);
    }
    const auto sourceIt = m_store.cases.find(sourceId);
    if (sourceIt == m_store.cases.end())
        return badRequest(u"P2: the activities' case does not exist"_s);
    for (const Activity *activity : moving) {
        if (activity->status != u"in_queue"_s && activity->status != u"assigned"_s)
            return badRequest(u"P3: activity %1 is neither in queue nor assigned"_s.arg(activity->id));
    }
    for (const Activity *activity : moving) {
        if (!activity->replyStatus.isEmpty() && activity->replyStatus != u"completed"_s)
            return badRequest(u"P6: the reply of activity %1 is not completed"_s.arg(activity->id));
    }

    // P5, P4
    Case &source = sourceIt->second;
    if (targetId) {
        const auto targetIt = m_store.cases.find(*targetId);
        if (targetIt == m_store.cases.end())
            return badRequest(u"P5: target case %1 does not exist"_s.arg(*targetId));
        if (*targetId == sourceId)
            return badRequest(u"P5: the target case is the activities' own case"_s);
        if (targetIt->second.customer != source.customer)
            return badRequest(u"P4: the target case belongs to another customer"_s);
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int modifier = caller ? caller->id : source.owner;
    int status = 204;
    if (!targetId) {
        // a new case inherits department, owner, customer and channel of the original case
        Case prototype;
        prototype.department = source.department;
        prototype.owner = source.owner;
        prototype.customer = source.customer;
        prototype.originatingChannel = source.originatingChannel;
        prototype.subject = body.contains(u"subject"_s) ? body.value(u"subject"_s).toString() : source.subject;
        prototype.description = body.value(u"description"_s).toString();
        prototype.solution = body.value(u"solution"_s).toString();
        prototype.severity = member(body, u"severity.value"_s).toString();
        if (body.contains(u"dueDate"_s))
            prototype.dueDate = parseIsoDateTime(body.value(u"dueDate"_s).toString()).toMSecsSinceEpoch();
        prototype.customAttributes = customAttributesFrom(body.value(u"customAttributes"_s));
        prototype.lastModifiedBy = modifier;
        targetId = createCase(prototype);
        status = 201;
    }
    Case &target = m_store.cases.at(*targetId);
    target.open = true; // a closed target case is reopened
    target.lastModified = now;
    target.lastModifiedBy = modifier;
    for (Activity *activity : moving) {
        activity->caseId = target.id;
        activity->lastModified = now;
        activity->lastModifiedBy = modifier;
    }
    const bool sourceStillOpen = std::any_of(m_store.activities.cbegin(), m_store.activities.cend(),
                                             [&](const auto &entry) {
                                                 return entry.second.caseId == sourceId && entry.second.isOpen();
                                             });
    if (!sourceStillOpen)
        source.open = false;
    source.lastModified = now;
    source.lastModifiedBy = modifier;
    if (relate) {
        source.relatedCases.insert(target.id);
        target.relatedCases.insert(sourceId);
    }
    if (status == 201)
        return SandboxReply::empty(201).withHeader("Location", href(u"case"_s, target.id).toLatin1());
    return SandboxReply::empty(204);
}
