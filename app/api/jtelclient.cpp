#include "api/jtelclient.h"

#include "api/acdeventdecoder.h"
#include "core/logging.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Inactivity limit, not a total: the full event list of a big account takes a while to arrive.
constexpr int TransferTimeoutMs = 30'000;

QUrl endpointUrl(const QUrl &baseUrl, QStringView relativePath)
{
    QUrl url = baseUrl;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    path += relativePath;
    url.setPath(path);
    return url;
}

} // namespace

JtelClient::JtelClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

JtelClient::~JtelClient()
{
    // abort() emits finished(); nobody may hear about a request of a client that is gone.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void JtelClient::setEndpoint(const JtelEndpoint &endpoint)
{
    m_endpoint = endpoint;
}

QString JtelClient::serverName() const
{
    const QUrl &url = m_endpoint.baseUrl;
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    return QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

void JtelClient::fetchEvents()
{
    if (isFetching())
        return;

    QNetworkRequest request(endpointUrl(m_endpoint.baseUrl, u"acd/events"));
    // jtel §2: the portal's API token as bearer token; there is no login call.
    request.setRawHeader("Authorization", "Bearer " + m_endpoint.token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    request.setRawHeader("X-Request-ID", requestId);
    request.setTransferTimeout(TransferTimeoutMs);

    // The token is never logged.
    qCDebug(lcApi) << "GET" << request.url().toDisplayString() << "request" << requestId;
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handleEventsReply(reply); });
}

void JtelClient::handleEventsReply(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply.clear();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcApi) << "answer" << status << reply->error() << body.size() << "bytes";

    if (reply->error() != QNetworkReply::NoError || status != 200) {
        const QString message = describeFailure(reply, body);
        qCWarning(lcApi) << "jtel events request failed:" << message;
        Q_EMIT failed(message);
        return;
    }
    decodeEvents(body);
}

void JtelClient::decodeEvents(const QByteArray &body)
{
    m_decoding = true;
    auto *watcher = new QFutureWatcher<AcdEventDecoder::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_decoding = false;
        const AcdEventDecoder::Result result = watcher->result();
        if (!result.ok()) {
            qCWarning(lcApi) << "jtel events undecodable:" << result.error;
            Q_EMIT failed(tr("The jtel server's answer could not be read: %1").arg(result.error));
            return;
        }
        for (const QString &skipped : result.skippedRecords)
            qCWarning(lcApi) << "jtel event skipped:" << skipped;
        if (result.reportedCount >= 0 && result.reportedCount != result.events.size())
            qCInfo(lcApi) << "jtel count" << result.reportedCount << "but" << result.events.size()
                          << "usable records";
        Q_EMIT eventsReceived(result.events);
    });
    // The list can reach 100k records (~150 MB): parsing on the GUI thread would freeze it.
    watcher->setFuture(QtConcurrent::run([body] { return AcdEventDecoder::decodeList(body); }));
}

QString JtelClient::describeFailure(QNetworkReply *reply, const QByteArray &body) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        if (reply->error() == QNetworkReply::OperationCanceledError)
            return tr("No answer from %1 in time.").arg(serverName());
        return tr("Cannot reach %1: %2").arg(serverName(), reply->errorString());
    }
    if (status == 401)
        return tr("The jtel server refused the API token or the client account (HTTP 401).");
    // jtel §3: a JSON body carries a readable reason; a 404 without one means no such endpoint.
    const QString reason = QJsonDocument::fromJson(body).object().value(u"error").toString();
    if (status == 404 && reason.isEmpty())
        return tr("There is no jtel ACD API at %1 (HTTP 404). Check the URL and the client "
                  "account number.")
            .arg(m_endpoint.baseUrl.toDisplayString());
    if (!reason.isEmpty())
        return tr("The jtel server answered HTTP %1: %2").arg(status).arg(reason);
    return tr("The jtel server answered HTTP %1.").arg(status);
}
