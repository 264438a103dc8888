#include "api/casemanagerclient.h"

#include "api/apitransport.h"
#include "api/casemanagerdecoder.h"
#include "core/backgroundpool.h"
#include "core/timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

ApiError decodeError(const ApiResponse &response, const QString &host, const QString &detail)
{
    return ApiError::decodeFailure(response.status, host, response.requestId, detail);
}

ApiError decodeError(const ApiResponse &response, const ApiTransport *transport, const QString &detail)
{
    return decodeError(response, transport->host(), detail);
}

// An answer whose records are all unreadable is not "no records": a search or a read-back
// would otherwise report nothing found while the server holds them.
std::optional<QString> allRecordsUnreadable(qsizetype decoded, const QStringList &skipped)
{
    if (decoded > 0 || skipped.isEmpty())
        return std::nullopt;
    return CaseManagerClient::tr("none of its %n records could be read (%1)", nullptr, int(skipped.size()))
        .arg(skipped.constFirst());
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

} // namespace

CaseManagerClient::CaseManagerClient(ApiTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

template<typename T>
void CaseManagerClient::call(const ApiRequest &request, Decoder<T> decode,
                             const ApiCallback<T> &done)
{
    ApiCall *pending = m_transport->send(request);
    // the context object `this` drops the callbacks when the client is destroyed first
    connect(pending, &ApiCall::finished, this, [decode, done](const ApiResponse &response) { done(decode(response)); });
    connect(pending, &ApiCall::failed, this, [done](const ApiError &error) { done(ApiResult<T>::failure(error)); });
}

void CaseManagerClient::addRange(QUrlQuery &query, const QString &name, qint64 fromMs, qint64 toMs)
{
    if (!fromMs && !toMs)
        return;
    // "[start,end]", either end optional, the comma always present (eGain v3 §5)
    const QString range = u"[%1,%2]"_s.arg(fromMs ? Timestamps::formatUtc(fromMs) : QString(),
                                           toMs ? Timestamps::formatUtc(toMs) : QString());
    query.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(range, "[],:")));
}

template<typename T>
void CaseManagerClient::fetchByIds(const QString &path, const QList<qint64> &ids,
                                   Decoder<QList<T>> decode, const ApiCallback<QList<T>> &done,
                                   const Arrived<T> &arrived)
{
    QList<qint64> unique = ids;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    QList<QList<qint64>> chunks;
    for (qsizetype i = 0; i < unique.size(); i += MaxIdsPerRequest)
        chunks.append(unique.mid(i, MaxIdsPerRequest));
    fetchChunks<T>(path, std::move(decode), std::move(chunks), done, arrived);
}

// As call(), with the answer decoded on a thread of the pool: a read of 75 activities with all
// their attributes is ~5 ms of decoding, which the GUI thread should not spend, and the answers
// of parallel reads decode side by side. decode must not touch the client (or anything else
// another thread may change): give it what it needs by value.
template<typename T>
void CaseManagerClient::decodedElsewhere(const ApiRequest &request, Decoder<T> decode,
                                         const ApiCallback<T> &done,
                                         const std::function<void()> &answered)
{
    ApiCall *pending = m_transport->send(request);
    connect(pending, &ApiCall::failed, this,
            [done](const ApiError &error) { done(ApiResult<T>::failure(error)); });
    connect(pending, &ApiCall::finished, this,
            [this, decode, done, answered](const ApiResponse &response) {
                if (answered)
                    answered();
                // done() never runs after the client is gone
                BackgroundPool::run<ApiResult<T>>(
                    this, [decode, response] { return decode(response); }, done);
            });
}

// One request per 75 IDs, up to ParallelReads of them at a time: 1,000 activities read back
// after a bulk change case took 14 round trips in a row. The next request leaves when an answer
// is in, not when it is decoded, so the server is never idle while the client decodes. The
// records come in the order of the chunks; the first failure answers for all, and the answers
// still out are then ignored.
template<typename T>
void CaseManagerClient::fetchChunks(const QString &path, Decoder<QList<T>> decode,
                                    QList<QList<qint64>> chunks, const ApiCallback<QList<T>> &done,
                                    const Arrived<T> &arrived)
{
    if (chunks.isEmpty()) {
        done(ApiResult<QList<T>>::success({}));
        return;
    }
    struct Reads
    {
        QList<QList<qint64>> chunks;
        QList<QList<T>> records; // per chunk
        qsizetype started = 0;
        qsizetype finished = 0;
        bool answered = false;
    };
    auto reads = std::make_shared<Reads>();
    reads->chunks = std::move(chunks);
    reads->records.resize(reads->chunks.size());
    // each answer holds the Reads until it is in; the function itself holds none of them
    auto startNext = std::make_shared<std::function<void(const std::shared_ptr<Reads> &)>>();
    *startNext = [this, path, decode, done, arrived,
                  next = std::weak_ptr(startNext)](const std::shared_ptr<Reads> &reads) {
        const qsizetype index = reads->started++;
        ApiRequest request;
        request.path = path + u'/' + idList(reads->chunks.at(index));
        request.query.addQueryItem(u"$attribute"_s, u"all"_s);
        auto startAnother = [reads, startNext = next.lock()] {
            if (!reads->answered && reads->started < reads->chunks.size())
                (*startNext)(reads);
        };
        decodedElsewhere<QList<T>>(
            request, decode,
            [reads, index, done, arrived](const ApiResult<QList<T>> &result) {
                if (reads->answered)
                    return;
                if (!result.ok()) {
                    reads->answered = true;
                    done(result);
                    return;
                }
                reads->records[index] = result.value;
                if (arrived)
                    arrived(result.value);
                if (++reads->finished < reads->chunks.size())
                    return;
                reads->answered = true;
                QList<T> all;
                for (const QList<T> &records : std::as_const(reads->records))
                    all += records;
                done(ApiResult<QList<T>>::success(std::move(all)));
            },
            startAnother);
    };
    for (qsizetype i = 0; i < std::min<qsizetype>(ParallelReads, reads->chunks.size()); ++i)
        (*startNext)(reads);
}

void CaseManagerClient::activitiesByIds(const QList<qint64> &ids,
                                        const ApiCallback<QList<Activity>> &done,
                                        const std::function<void(const QList<Activity> &)> &arrived)
{
    fetchByIds<Activity>(
        activityPath(), ids,
        [host = m_transport->host()](const ApiResponse &response) {
            const auto decoded = CaseManagerDecoder::decodeActivities(response.body);
            if (!decoded.ok())
                return ApiResult<QList<Activity>>::failure(
                    decodeError(response, host, decoded.error));
            if (const auto unreadable = allRecordsUnreadable(decoded.activities.size(), decoded.skippedRecords))
                return ApiResult<QList<Activity>>::failure(
                    decodeError(response, host, *unreadable));
            return ApiResult<QList<Activity>>::success(decoded.activities);
        },
        done, arrived);
}

void CaseManagerClient::casesByIds(const QList<qint64> &ids, const ApiCallback<QList<Case>> &done)
{
    fetchByIds<Case>(
        casePath(), ids,
        [host = m_transport->host()](const ApiResponse &response) {
            const auto decoded = CaseManagerDecoder::decodeCases(response.body);
            if (!decoded.ok())
                return ApiResult<QList<Case>>::failure(decodeError(response, host, decoded.error));
            if (const auto unreadable = allRecordsUnreadable(decoded.cases.size(), decoded.skippedRecords))
                return ApiResult<QList<Case>>::failure(decodeError(response, host, *unreadable));
            return ApiResult<QList<Case>>::success(decoded.cases);
        },
        done);
}

void CaseManagerClient::searchActivities(const ActivityQuery &query, const ApiCallback<QList<Activity>> &done)
{
    QUrlQuery parameters = searchParameters(query);
    if (!query.status.isEmpty())
        parameters.addQueryItem(u"status"_s, query.status);
    if (!query.type.isEmpty())
        parameters.addQueryItem(u"type"_s, query.type);
    if (!query.mode.isEmpty())
        parameters.addQueryItem(u"mode"_s, query.mode);
    if (query.assignedTo)
        parameters.addQueryItem(u"assignedTo"_s, QString::number(query.assignedTo));
    if (!query.assignedUserName.isEmpty())
        parameters.addQueryItem(u"assignedUserName"_s, query.assignedUserName);
    addRange(parameters, u"createdDate"_s, query.createdFromMs, query.createdToMs);
    addRange(parameters, u"lastModifiedDate"_s, query.lastModifiedFromMs, query.lastModifiedToMs);
    for (auto it = query.custom.cbegin(); it != query.custom.cend(); ++it)
        parameters.addQueryItem(u"custom."_s + it.key(), it.value());
    parameters.addQueryItem(u"$attribute"_s, u"all"_s);
    searchPage(parameters, 1, {}, done);
}

void CaseManagerClient::searchPage(const QUrlQuery &query, int page, QList<Activity> collected,
                                   const ApiCallback<QList<Activity>> &done)
{
    ApiRequest request;
    request.path = activityPath();
    request.query = query;
    request.query.addQueryItem(u"$pagenum"_s, QString::number(page));
    request.query.addQueryItem(u"$pagesize"_s, QString::number(MaxIdsPerRequest));
    struct Page
    {
        QList<Activity> activities;
        std::optional<qint64> total;
    };
    call<Page>(
        request,
        [this](const ApiResponse &response) {
            // 204: no (more) matches
            if (response.status == 204)
                return ApiResult<Page>::success({});
            const auto decoded = CaseManagerDecoder::decodeActivities(response.body);
            if (!decoded.ok())
                return ApiResult<Page>::failure(decodeError(response, m_transport, decoded.error));
            if (const auto unreadable = allRecordsUnreadable(decoded.activities.size(), decoded.skippedRecords))
                return ApiResult<Page>::failure(decodeError(response, m_transport, *unreadable));
            return ApiResult<Page>::success({decoded.activities, decoded.totalCount});
        },
        [this, query, page, collected, done](const ApiResult<Page> &result) mutable {
            if (!result.ok()) {
                done(ApiResult<QList<Activity>>::failure(*result.error));
                return;
            }
            collected += result.value.activities;
            const bool lastPage = result.value.activities.size() < MaxIdsPerRequest
                || (result.value.total && collected.size() >= *result.value.total);
            if (lastPage)
                done(ApiResult<QList<Activity>>::success(collected));
            else
                searchPage(query, page + 1, std::move(collected), done);
        });
}

void CaseManagerClient::calltrackSubtypes(const ApiCallback<QList<CalltrackSubtype>> &done)
{
    ApiRequest request;
    request.path = activityPath() + u"/attributes"_s;
    request.query.addQueryItem(u"$attribute"_s, u"type"_s);
    call<QList<CalltrackSubtype>>(
        request,
        [this](const ApiResponse &response) {
            const auto decoded = CaseManagerDecoder::decodeCalltrackSubtypes(response.body);
            if (!decoded.ok())
                return ApiResult<QList<CalltrackSubtype>>::failure(decodeError(response, m_transport, decoded.error));
            return ApiResult<QList<CalltrackSubtype>>::success(decoded.subtypes);
        },
        done);
}

QByteArray CaseManagerClient::calltrackBody(const CalltrackDraft &draft)
{
    QJsonObject body{
        {u"department"_s, QJsonObject{{u"name"_s, draft.department}}},
        {u"type"_s, QJsonObject{{u"value"_s, u"call_track"_s}, {u"subtype"_s, QJsonObject{{u"value"_s, draft.subtype}}}}},
        {u"mode"_s, QJsonObject{{u"value"_s, draft.mode}}},
    };
    if (!draft.subject.isEmpty())
        body.insert(u"subject"_s, draft.subject);
    QJsonObject content;
    if (!draft.contentText.isEmpty())
        content.insert(u"text"_s, draft.contentText);
    if (!draft.contentHtml.isEmpty())
        content.insert(u"html"_s, draft.contentHtml);
    if (!content.isEmpty())
        body.insert(u"payload"_s, QJsonObject{{u"calltrack"_s, QJsonObject{{u"content"_s, content}}}});

    using CustomerBy = CalltrackDraft::CustomerBy;
    switch (draft.customerBy) {
    case CustomerBy::CustomerId:
        body.insert(u"customer"_s, QJsonObject{{u"id"_s, draft.customerKey}});
        break;
    case CustomerBy::ContactId:
        body.insert(u"customer"_s,
                    QJsonObject{{u"contacts"_s, QJsonObject{{u"contact"_s, QJsonObject{{u"id"_s, draft.customerKey}}}}}});
        break;
    case CustomerBy::ContactPointId:
        body.insert(u"customer"_s,
                    QJsonObject{{u"contacts"_s,
                                 QJsonObject{{u"contact"_s, QJsonObject{{draft.contactPointKind,
                                                                         QJsonObject{{u"id"_s, draft.customerKey}}}}}}}});
        break;
    case CustomerBy::ContactPointData:
    case CustomerBy::Anonymous:
        break;
    }
    if (!draft.contactPointData.isEmpty())
        body.insert(u"contactPointData"_s, draft.contactPointData);

    using TargetBy = CalltrackDraft::TargetBy;
    QJsonObject user;
    switch (draft.targetBy) {
    case TargetBy::None:
        break;
    case TargetBy::UserId:
        user.insert(u"id"_s, draft.targetUser);
        break;
    case TargetBy::UserName:
        user.insert(u"name"_s, draft.targetUser);
        break;
    case TargetBy::CustomAttribute:
        user.insert(u"customAttributes"_s, customAttributesJson({{draft.targetAttributeName, draft.targetUser}}));
        break;
    }
    if (!user.isEmpty())
        body.insert(u"status"_s, QJsonObject{{u"assigned"_s, QJsonObject{{u"user"_s, user}}}});

    if (draft.caseId)
        body.insert(u"case"_s, QJsonObject{{u"id"_s, QString::number(draft.caseId)}});
    if (!draft.priority.isEmpty())
        body.insert(u"priority"_s, draft.priority);
    if (draft.dueDateMs)
        body.insert(u"dueDate"_s, Timestamps::formatUtc(draft.dueDateMs));
    if (!draft.customAttributes.isEmpty())
        body.insert(u"customAttributes"_s, customAttributesJson(draft.customAttributes));
    if (!draft.attachmentAltIds.isEmpty()) {
        QJsonArray attachments;
        for (const QString &altId : draft.attachmentAltIds)
            attachments.append(QJsonObject{{u"altId"_s, altId}});
        body.insert(u"attachments"_s, QJsonObject{{u"attachment"_s, attachments}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void CaseManagerClient::createCalltrack(const CalltrackDraft &draft, const ApiCallback<qint64> &done)
{
    ApiRequest request;
    request.method = "POST";
    request.path = calltrackPath();
    if (draft.customerBy == CalltrackDraft::CustomerBy::Anonymous)
        request.query.addQueryItem(u"anonymousCustomer"_s, u"yes"_s);
    request.body = calltrackBody(draft);
    // creation is not idempotent: the outbox looks for the activity before sending it again
    request.idempotent = false;
    call<qint64>(
        request,
        [this](const ApiResponse &response) {
            // eGain v3 §7.9: the new id is the last segment of Location
            const auto id = CaseManagerDecoder::idFromLocation(response.header("Location"));
            if (!id)
                return ApiResult<qint64>::failure(
                    decodeError(response, m_transport, tr("the answer names no new activity (no Location header)")));
            return ApiResult<qint64>::success(*id);
        },
        done);
}

QByteArray CaseManagerClient::changeCaseBody(const ChangeCaseRequest &request)
{
    // the body is the target case itself: {"id": …} alone, or the new case's members ({} for none)
    if (!request.movesToNewCase())
        return QJsonDocument(QJsonObject{{u"id"_s, QString::number(request.targetCaseId)}}).toJson(QJsonDocument::Compact);
    const ChangeCaseRequest::NewCase &fields = request.newCase;
    QJsonObject body;
    if (!fields.subject.isEmpty())
        body.insert(u"subject"_s, fields.subject);
    if (!fields.description.isEmpty())
        body.insert(u"description"_s, fields.description);
    if (!fields.solution.isEmpty())
        body.insert(u"solution"_s, fields.solution);
    if (!fields.severity.isEmpty())
        body.insert(u"severity"_s, QJsonObject{{u"value"_s, fields.severity}});
    if (fields.dueDateMs)
        body.insert(u"dueDate"_s, Timestamps::formatUtc(fields.dueDateMs));
    if (!fields.customAttributes.isEmpty())
        body.insert(u"customAttributes"_s, customAttributesJson(fields.customAttributes));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void CaseManagerClient::changeCase(const ChangeCaseRequest &change, const ApiCallback<ChangeCaseOutcome> &done)
{
    ApiRequest request;
    request.method = "PUT";
    request.path = activityPath() + u'/' + idList(change.activityIds) + u"/changecase"_s;
    if (change.relateCase)
        request.query.addQueryItem(u"relateCase"_s, u"yes"_s);
    request.body = changeCaseBody(change);
    // Not idempotent either way: a repeated move into an existing case is refused (the
    // activities are no longer in their source case), and a repeated move to a new case would
    // create a second one. The outbox checks the activities' case before a resend.
    request.idempotent = false;
    const qint64 target = change.targetCaseId;
    call<ChangeCaseOutcome>(
        request,
        [this, target](const ApiResponse &response) {
            if (response.status == 204)
                return ApiResult<ChangeCaseOutcome>::success({target, false});
            const auto id = CaseManagerDecoder::idFromLocation(response.header("Location"));
            if (response.status != 201 || !id)
                return ApiResult<ChangeCaseOutcome>::failure(decodeError(
                    response, m_transport, tr("unexpected answer to change case (HTTP %1)").arg(response.status)));
            return ApiResult<ChangeCaseOutcome>::success({*id, true});
        },
        done);
}

void CaseManagerClient::reassign(const ReassignRequest &reassign, const ApiCallback<bool> &done)
{
    const ReassignRoute route = reassignRoute(reassign.operation);
    ApiRequest request;
    request.method = "PUT";
    request.path = route.path;
    if (!route.targetParameter.isEmpty())
        request.query.addQueryItem(route.targetParameter, QString::number(reassign.targetId));
    // T2/Q2/D2/K2: the only value; never sent unless the user asked
    if (reassign.unpin)
        request.query.addQueryItem(u"unpin"_s, u"yes"_s);
    request.body = route.body(reassign);
    // A repeat is refused once the first one was applied (T12/Q12/D12/K8): the outbox reads the
    // activities before it sends again.
    request.idempotent = false;
    call<bool>(
        request,
        [this](const ApiResponse &response) {
            if (response.status / 100 != 2)
                return ApiResult<bool>::failure(decodeError(
                    response, m_transport,
                    tr("unexpected answer to a transfer (HTTP %1)").arg(response.status)));
            return ApiResult<bool>::success(true);
        },
        done);
}
