#include "api/jtelclient.h"

#include "api/acdeventdecoder.h"
#include "api/apitransport.h"
#include "core/backgroundpool.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#include <zlib.h>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

ApiError decodeError(const ApiResponse &response, const ApiTransport *transport, const QString &detail)
{
    return ApiError::decodeFailure(response.status, transport->host(), response.requestId, detail);
}

// the whole account in one answer (up to ~150 MB at the largest sites), with room to grow
constexpr qint64 ListLimitBytes = 256LL * 1024 * 1024;

QString unreadable(const QString &why)
{
    return QCoreApplication::translate("AcdEventDecoder",
                                       "The server's answer is not valid JSON (%1).")
        .arg(why);
}

// the transport's own words for an answer beyond the limit
QString tooLarge(qint64 limit)
{
    return QCoreApplication::translate(
               "ApiTransport",
               "the answer is larger than %1 MiB, the most this call accepts; it was refused")
        .arg(limit / (1024 * 1024));
}

// A gzip body (RFC 1952) inflated, refused beyond `limit` bytes however small it came: the
// transport's size limit saw only the compressed bytes. On failure `problem` says why.
QByteArray gunzip(const QByteArray &data, qint64 limit, QString *problem)
{
    z_stream stream {};
    if (inflateInit2(&stream, 15 + 16) != Z_OK) {
        *problem = unreadable(u"gzip: zlib cannot start"_s);
        return {};
    }
    const auto end = qScopeGuard([&stream] { inflateEnd(&stream); });
    // the trailer's ISIZE (the size modulo 4 GiB) is a good first guess, never trusted beyond limit
    qint64 expected = 0;
    if (data.size() >= 18) {
        const auto *trailer = reinterpret_cast<const uchar *>(data.constData() + data.size() - 4);
        expected = qint64(trailer[0]) | qint64(trailer[1]) << 8 | qint64(trailer[2]) << 16
            | qint64(trailer[3]) << 24;
    }
    QByteArray out;
    out.resize(qsizetype(std::clamp<qint64>(expected + 1, 64 * 1024, limit + 1)));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(std::min<qint64>(data.size(), std::numeric_limits<uInt>::max()));
    qint64 fed = stream.avail_in;
    int status = Z_OK;
    while (status == Z_OK) {
        if (qint64(stream.total_out) > limit) {
            *problem = tooLarge(limit);
            return {};
        }
        if (qint64(stream.total_out) == out.size())
            out.resize(qsizetype(std::min<qint64>(out.size() * 2, limit + 1)));
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + stream.total_out);
        stream.avail_out = uInt(std::min<qint64>(out.size() - qint64(stream.total_out),
                                                 std::numeric_limits<uInt>::max()));
        if (stream.avail_in == 0 && fed < data.size()) {
            stream.avail_in
                = uInt(std::min<qint64>(data.size() - fed, std::numeric_limits<uInt>::max()));
            fed += stream.avail_in;
        }
        status = inflate(&stream, Z_NO_FLUSH);
    }
    if (status != Z_STREAM_END) {
        *problem = unreadable(
            u"gzip: "_s
            + (stream.msg ? QString::fromLatin1(stream.msg) : u"the data ends early"_s));
        return {};
    }
    if (qint64(stream.total_out) > limit) {
        *problem = tooLarge(limit);
        return {};
    }
    out.resize(qsizetype(stream.total_out));
    return out;
}

// Runs on a worker: the list as it came, inflated first when the server compressed it.
AcdEventDecoder::Result decodeListBody(const QByteArray &body, const QByteArray &contentEncoding)
{
    const QByteArray coding = contentEncoding.trimmed().toLower();
    if (coding.isEmpty() || coding == "identity")
        return AcdEventDecoder::decodeList(body);
    AcdEventDecoder::Result failed;
    if (coding != "gzip" && coding != "x-gzip") {
        failed.error = unreadable(
            u"Content-Encoding %1, which was not asked for"_s.arg(QString::fromLatin1(coding)));
        return failed;
    }
    const QByteArray inflated = gunzip(body, ListLimitBytes, &failed.error);
    if (!failed.ok())
        return failed;
    return AcdEventDecoder::decodeList(inflated);
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
    request.maxAnswerBytes = ListLimitBytes;
    // Asked for by hand, so that Qt hands the gzip bytes over as they came and the worker
    // inflates them beside the decoding: Qt inflates on the thread of the access manager, the
    // GUI thread, in one piece (100–250 ms at 100k events, against a 50 ms stall budget).
    request.headers.emplaceBack("Accept-Encoding", "gzip");
    ApiCall *call = m_transport->send(request);
    connect(call, &ApiCall::failed, this, [done](const ApiError &error) { done(ApiResult<QList<AcdEvent>>::failure(error)); });
    connect(call, &ApiCall::finished, this, [this, done](const ApiResponse &response) {
        const QByteArray body = response.body;
        const QByteArray coding = response.header("Content-Encoding");
        BackgroundPool::run<AcdEventDecoder::Result>(
            this, [body, coding] { return decodeListBody(body, coding); },
            [this, response, done](const AcdEventDecoder::Result &result) {
                if (!result.ok()) {
                    done(ApiResult<QList<AcdEvent>>::failure(
                        decodeError(response, m_transport, result.error)));
                    return;
                }
                for (const QString &skipped : result.skippedRecords)
                    qCWarning(lcApi) << "jtel event skipped:" << skipped;
                // The list replaces the cached queue: one that is all unreadable records would
                // empty it. A few unreadable records among readable ones are skipped.
                if (result.events.isEmpty() && !result.skippedRecords.isEmpty()) {
                    done(ApiResult<QList<AcdEvent>>::failure(
                        decodeError(response, m_transport,
                                    tr("none of its %n event records could be read (%1)", nullptr,
                                       int(result.skippedRecords.size()))
                                        .arg(result.skippedRecords.constFirst()))));
                    return;
                }
                done(ApiResult<QList<AcdEvent>>::success(result.events));
            });
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
