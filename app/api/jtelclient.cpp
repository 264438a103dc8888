#include "api/jtelclient.h"

#include "api/acdeventdecoder.h"
#include "api/apitransport.h"
#include "core/backgroundpool.h"
#include "core/logging.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace {

ApiError decodeError(const ApiResponse &response, const ApiTransport *transport, const QString &detail)
{
    return ApiError::decodeFailure(response.status, transport->host(), response.requestId, detail);
}

} // namespace

JtelClient::JtelClient(ApiTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

void JtelClient::listEvents(const ApiCallback<QList<AcdEvent>> &done)
{
    ApiRequest request;
    request.path = u"/acd/events"_s;
    // the whole account in one answer (up to ~150 MB at the largest sites), with room to grow
    request.maxAnswerBytes = 256LL * 1024 * 1024;
    ApiCall *call = m_transport->send(request);
    connect(call, &ApiCall::failed, this, [done](const ApiError &error) { done(ApiResult<QList<AcdEvent>>::failure(error)); });
    connect(call, &ApiCall::finished, this, [this, done](const ApiResponse &response) {
        auto *watcher = new QFutureWatcher<AcdEventDecoder::Result>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, response, done] {
            watcher->deleteLater();
            const AcdEventDecoder::Result result = watcher->result();
            if (!result.ok()) {
                done(ApiResult<QList<AcdEvent>>::failure(decodeError(response, m_transport, result.error)));
                return;
            }
            for (const QString &skipped : result.skippedRecords)
                qCWarning(lcApi) << "jtel event skipped:" << skipped;
            // The list replaces the cached queue: one that is all unreadable records would
            // empty it. A few unreadable records among readable ones are skipped.
            if (result.events.isEmpty() && !result.skippedRecords.isEmpty()) {
                done(ApiResult<QList<AcdEvent>>::failure(decodeError(
                    response, m_transport,
                    tr("none of its %n event records could be read (%1)", nullptr,
                       int(result.skippedRecords.size()))
                        .arg(result.skippedRecords.constFirst()))));
                return;
            }
            done(ApiResult<QList<AcdEvent>>::success(result.events));
        });
        const QByteArray body = response.body;
        watcher->setFuture(QtConcurrent::run(BackgroundPool::instance(),
                                             [body] { return AcdEventDecoder::decodeList(body); }));
    });
}

void JtelClient::event(qint64 id, const ApiCallback<AcdEvent> &done)
{
    ApiRequest request;
    request.path = u"/acd/events/event/%1"_s.arg(id);
    ApiCall *call = m_transport->send(request);
    connect(call, &ApiCall::failed, this, [done](const ApiError &error) { done(ApiResult<AcdEvent>::failure(error)); });
    connect(call, &ApiCall::finished, this, [this, done](const ApiResponse &response) {
        const AcdEventDecoder::Result result = AcdEventDecoder::decodeList(response.body);
        if (!result.ok() || result.events.size() != 1) {
            done(ApiResult<AcdEvent>::failure(decodeError(response, m_transport,
                                                          result.ok() ? tr("expected exactly one event") : result.error)));
            return;
        }
        done(ApiResult<AcdEvent>::success(result.events.first()));
    });
}

QByteArray JtelClient::createBody(const CallbackDraft &draft)
{
    QJsonObject body{{u"AcdEventTypesID"_s, draft.typeId},
                     {u"Sender"_s, draft.sender},
                     {u"Subject"_s, draft.subject}};
    // exactly one way to address the event (jtel §8.1)
    if (draft.groupId) {
        body.insert(u"AcdGroupsID"_s, *draft.groupId);
    } else {
        if (draft.configurationGroupId)
            body.insert(u"AcdConfigurationGroupsID"_s, *draft.configurationGroupId);
        if (draft.agentGroupId)
            body.insert(u"AcdAgentGroupsID"_s, *draft.agentGroupId);
    }
    if (draft.usersId)
        body.insert(u"UsersID"_s, *draft.usersId);
    const QList<std::pair<QString, QString>> optionalText = {
        {u"Receiver"_s, draft.receiver}, {u"Body"_s, draft.body},
        {u"CrmURL"_s, draft.crmUrl},     {u"UserData"_s, draft.userData},
        {u"dtAppointmentDate"_s, draft.appointmentDate}, {u"dtAppointmentTime"_s, draft.appointmentTime}};
    for (const auto &[name, value] : optionalText) {
        if (!value.isEmpty())
            body.insert(name, value);
    }
    if (draft.priority)
        body.insert(u"nPriority"_s, *draft.priority);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void JtelClient::createEvent(const CallbackDraft &draft, const ApiCallback<CallbackOutcome> &done)
{
    ApiRequest request;
    request.method = "POST";
    request.path = u"/acd/events/create"_s;
    request.body = createBody(draft);
    // not idempotent unless the group de-duplicates: the outbox checks the list before a resend
    request.idempotent = false;
    ApiCall *call = m_transport->send(request);
    connect(call, &ApiCall::failed, this, [done](const ApiError &error) { done(ApiResult<CallbackOutcome>::failure(error)); });
    connect(call, &ApiCall::finished, this, [this, done](const ApiResponse &response) {
        const AcdEventDecoder::Result result = AcdEventDecoder::decodeList(response.body);
        if (!result.ok() || result.events.isEmpty()) {
            done(ApiResult<CallbackOutcome>::failure(
                decodeError(response, m_transport, result.ok() ? tr("the answer holds no event") : result.error)));
            return;
        }
        // jtel §8.4: Result_ = "UPDATED" means no new event, the existing one was updated
        const QJsonObject envelope = QJsonDocument::fromJson(response.body).object();
        const QJsonObject record = envelope.value(u"records"_s).toArray().first().toObject();
        CallbackOutcome outcome;
        outcome.eventId = result.events.first().id;
        outcome.updatedExisting = record.value(u"Result_"_s).toString() == u"UPDATED"_s;
        done(ApiResult<CallbackOutcome>::success(outcome));
    });
}
