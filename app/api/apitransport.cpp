#include "api/apitransport.h"

#include "api/authenticator.h"
#include "core/logging.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

// Headers whose values are secrets: their values never reach a log line.
bool isSecretHeader(QByteArrayView name)
{
    return name.compare("Authorization", Qt::CaseInsensitive) == 0
        || name.compare("X-egain-session", Qt::CaseInsensitive) == 0
        || name.compare("Cookie", Qt::CaseInsensitive) == 0
        || name.compare("Set-Cookie", Qt::CaseInsensitive) == 0;
}

QString describeHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QStringList parts;
    for (const auto &[name, value] : headers)
        parts.append(QString::fromLatin1(name) + u": "_s + (isSecretHeader(name) ? u"<redacted>"_s : QString::fromLatin1(value)));
    return parts.join(u"; "_s);
}

// The body of a write that is not idempotent. QNetworkAccessManager (Qt 6.4) quietly sends a
// request again, POST included and up to twice, when the connection closes before the answer's
// headers are complete — after the server may have acted on it, so the server gets duplicates.
// It rewinds the body first: this one can be rewound only while nothing of it was read, so such
// a re-send fails with ContentReSendError instead, which reports an unknown outcome and lets the
// outbox look for evidence. A stale keep-alive connection, closed before anything was written,
// is still retried by Qt as before.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset; }
    bool atEnd() const override { return m_offset >= m_data.size(); }
    bool reset() override { return m_offset == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_offset);
        if (count <= 0)
            return m_offset >= m_data.size() ? -1 : 0;
        std::copy_n(m_data.constData() + m_offset, count, data);
        m_offset += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray m_data;
    qint64 m_offset = 0;
};

// Query strings can carry personal data (email, phone): logs show the path only.
QString loggableUrl(const QUrl &url)
{
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

bool failedBeforeSending(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError
        || error == QNetworkReply::SslHandshakeFailedError;
}

// the environment's value of a timeout, or fallback when it is unset or not a positive number
int timeoutFromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// What a proxy or a misconfigured server sends in place of the API's JSON: its title says why.
std::optional<QString> htmlPageTitle(const QNetworkReply *reply, const QByteArray &body)
{
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (!type.startsWith(u"text/html"_s, Qt::CaseInsensitive))
        return std::nullopt;
    static const QRegularExpression title(u"<title>([^<]*)</title>"_s, QRegularExpression::CaseInsensitiveOption);
    return title.match(QString::fromUtf8(body.left(4096))).captured(1).simplified().left(120);
}

int retryAfterSeconds(const QNetworkReply *reply)
{
    bool ok = false;
    const int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
    return ok && seconds > 0 ? std::min(seconds, 300) : 0;
}

} // namespace

ApiCall::ApiCall(const ApiRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_requestId(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
}

ApiTransport::ApiTransport(QNetworkAccessManager *network, const TransportSettings &settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
{
    m_settings.inactivityTimeoutMs = timeoutFromEnvironment("AGENTDESK_INACTIVITY_TIMEOUT_MS", m_settings.inactivityTimeoutMs);
    m_settings.totalTimeoutMs = timeoutFromEnvironment("AGENTDESK_TOTAL_TIMEOUT_MS", m_settings.totalTimeoutMs);
    if (!m_settings.caBundlePath.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_settings.caBundlePath, QSsl::Pem);
        if (certificates.isEmpty()) {
            m_caBundleError = tr("The CA bundle %1 holds no readable PEM certificate.").arg(m_settings.caBundlePath);
        } else {
            m_caBundleLoaded = true;
            qCInfo(lcApi) << "trusting" << certificates.size() << "extra CA certificates from" << m_settings.caBundlePath;
        }
    }
}

void ApiTransport::setAuthenticator(Authenticator *authenticator)
{
    if (m_authenticator)
        m_authenticator->disconnect(this);
    m_authenticator = authenticator;
    if (!authenticator)
        return;
    connect(authenticator, &Authenticator::renewed, this, &ApiTransport::resendParked);
    connect(authenticator, &Authenticator::renewalFailed, this, &ApiTransport::failParked);
}

QString ApiTransport::host() const
{
    const QUrl &url = m_settings.baseUrl;
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

qint64 ApiTransport::maxAnswerBytes(const ApiRequest &request) const
{
    return request.maxAnswerBytes > 0 ? request.maxAnswerBytes : m_settings.maxAnswerBytes;
}

int ApiTransport::backoffDelayMs(int attempt, int baseMs, int capMs, int retryAfterSeconds, double random)
{
    const double exponential = std::min<double>(capMs, baseMs * std::pow(2.0, attempt - 1));
    // "full jitter": a thousand clients that failed together do not come back together
    const int jittered = int(exponential / 2 + random * exponential / 2);
    return std::max(jittered, retryAfterSeconds * 1000);
}

QUrl ApiTransport::urlFor(const ApiRequest &request) const
{
    QUrl url = request.absoluteUrl;
    if (url.isEmpty()) {
        url = m_settings.baseUrl;
        QString path = url.path();
        if (path.endsWith(u'/'))
            path.chop(1);
        url.setPath(path + request.path);
    }
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

ApiCall *ApiTransport::send(const ApiRequest &request)
{
    auto *call = new ApiCall(request, this);
    // the caller connects to the call's signals before anything can be emitted
    QTimer::singleShot(0, call, [this, call] {
        if (!m_caBundleError.isEmpty()) {
            ApiError error;
            error.kind = ApiError::Kind::Configuration;
            error.detail = m_caBundleError;
            error.host = host();
            fail(call, error);
            return;
        }
        dispatch(call);
    });
    return call;
}

void ApiTransport::dispatch(ApiCall *call)
{
    const ApiRequest &request = call->m_request;
    if (request.authenticated && m_authenticator
        && (!m_authenticator->hasCredentials() || m_authenticator->isRenewing())) {
        park(call);
        return;
    }

    QNetworkRequest networkRequest(urlFor(request));
    networkRequest.setRawHeader("Accept", "application/json");
    // set explicitly: Qt's automatic value ("en-US,*") is not one of the 15 documented locales
    networkRequest.setRawHeader("Accept-Language", m_settings.acceptLanguage.toLatin1());
    networkRequest.setRawHeader("X-Request-ID", call->m_requestId);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT")
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // no byte in either direction for this long (connecting included) ends the attempt
    networkRequest.setTransferTimeout(m_settings.inactivityTimeoutMs);
    if (m_caBundleLoaded) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_settings.caBundlePath, QSsl::Pem);
        networkRequest.setSslConfiguration(tls);
    }
    if (request.authenticated && m_authenticator) {
        m_authenticator->apply(networkRequest);
        call->m_credentialGeneration = m_authenticator->generation();
    }

    ++call->m_attempt;
    call->m_timedOut = false;
    call->m_tooLarge = false;
    call->m_sslErrors.clear();
    qCInfo(lcApi).noquote() << call->m_requestId << request.method << loggableUrl(networkRequest.url())
                            << "attempt" << call->m_attempt;
    QList<QPair<QByteArray, QByteArray>> sentHeaders;
    for (const QByteArray &name : networkRequest.rawHeaderList())
        sentHeaders.append({name, networkRequest.rawHeader(name)});
    qCDebug(lcApi).noquote() << call->m_requestId << "headers" << describeHeaders(sentHeaders);

    QNetworkReply *reply = nullptr;
    if (!request.idempotent && !request.body.isEmpty()) {
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(request.body, nullptr);
        reply = m_network->sendCustomRequest(networkRequest, request.method, body);
        body->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(networkRequest, request.method, request.body);
    }
    call->m_reply = reply;

    if (!call->m_totalTimer) {
        call->m_totalTimer = new QTimer(call);
        call->m_totalTimer->setSingleShot(true);
        connect(call->m_totalTimer, &QTimer::timeout, call, [call] {
            call->m_timedOut = true;
            if (call->m_reply)
                call->m_reply->abort();
        });
    }
    call->m_totalTimer->start(m_settings.totalTimeoutMs);
    // an answer beyond the limit is refused before it is in memory: announced, or arriving
    const qint64 limit = maxAnswerBytes(request);
    const auto refuseBeyondLimit = [call, reply, limit](qint64 size) {
        if (size <= limit || call->m_tooLarge)
            return;
        call->m_tooLarge = true;
        qCWarning(lcApi).noquote() << call->m_requestId << "answer of" << size << "bytes refused, limit" << limit;
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, call, [reply, refuseBeyondLimit] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            refuseBeyondLimit(length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, call,
            [refuseBeyondLimit](qint64 received, qint64 total) { refuseBeyondLimit(std::max(received, total)); });
    // TLS errors are recorded for the message and never ignored
    connect(reply, &QNetworkReply::sslErrors, call, [call](const QList<QSslError> &errors) { call->m_sslErrors += errors; });
    connect(reply, &QNetworkReply::finished, call, [this, call, reply] { handleFinished(call, reply); });
}

void ApiTransport::handleFinished(ApiCall *call, QNetworkReply *reply)
{
    reply->deleteLater();
    call->m_reply.clear();
    call->m_totalTimer->stop();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (call->m_tooLarge) {
        const qint64 limitMiB = maxAnswerBytes(call->m_request) / (1024 * 1024);
        ApiError error = ApiError::decodeFailure(
            status, host(), call->m_requestId,
            tr("the answer is larger than %1 MiB, the most this call accepts; it was refused").arg(limitMiB));
        // a larger answer does not shrink when asked again; a write may have been applied
        error.outcomeUnknown = true;
        fail(call, error);
        return;
    }
    // an aborted reply (timeout) is closed: nothing to read
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    qCInfo(lcApi).noquote() << call->m_requestId << "answer" << status << reply->error() << body.size() << "bytes";

    // network-level errors (codes 1–99) count even when a status line arrived: a 200 whose
    // body was cut off is a failure whose outcome is unknown, not a success
    const bool networkFailure = reply->error() > QNetworkReply::NoError && reply->error() < QNetworkReply::ProxyConnectionRefusedError;
    if (status == 0 || networkFailure) {
        ApiError error;
        error.host = host();
        error.requestId = call->m_requestId;
        error.detail = reply->errorString();
        error.transient = true;
        // Qt does not say reliably whether the request left: unless the failure happened
        // while connecting, assume the server may have acted on it
        error.outcomeUnknown = !failedBeforeSending(reply->error());
        if (call->m_timedOut || reply->error() == QNetworkReply::TimeoutError
            || reply->error() == QNetworkReply::OperationCanceledError) {
            error.kind = ApiError::Kind::Timeout;
        } else if (reply->error() == QNetworkReply::SslHandshakeFailedError || !call->m_sslErrors.isEmpty()) {
            error.kind = ApiError::Kind::Tls;
            QStringList reasons;
            for (const QSslError &sslError : std::as_const(call->m_sslErrors))
                reasons.append(sslError.errorString());
            if (!reasons.isEmpty())
                error.detail = reasons.join(u"; "_s);
            // a certificate does not fix itself: asking again will not help
            error.transient = false;
            error.outcomeUnknown = false;
            // QNetworkAccessManager reuses connections by host and port whatever their TLS
            // configuration: without this, trusting a CA bundle would only help after a restart
            m_network->clearConnectionCache();
        }
        retryOrFail(call, error, 0);
        return;
    }

    ApiResponse response;
    response.status = status;
    response.body = body;
    response.requestId = call->m_requestId;
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);

    if (status < 400) {
        if (const auto title = htmlPageTitle(reply, body)) {
            ApiError error = ApiError::decodeFailure(
                status, host(), call->m_requestId,
                tr("an HTML page came instead of JSON (HTTP %1, \"%2\"); a proxy or a wrong base URL may be "
                   "in the way")
                    .arg(status)
                    .arg(*title));
            error.outcomeUnknown = true;
            fail(call, error);
            return;
        }
        complete(call, response);
        return;
    }
    ApiError error = ApiError::fromHttp(status, body, host(), call->m_requestId);
    if (status == 401 && call->m_request.authenticated && m_authenticator) {
        if (call->m_credentialGeneration < m_authenticator->generation()) {
            // sent with a credential that has been renewed since: just send it again
            dispatch(call);
            return;
        }
        if (!call->m_renewedFor401) {
            call->m_renewedFor401 = true;
            m_authenticator->invalidate();
            park(call);
            return;
        }
    }
    // 502 and 504 come from a gateway that may have passed the request on
    error.outcomeUnknown = status == 502 || status == 504;
    retryOrFail(call, error, retryAfterSeconds(reply));
}

void ApiTransport::retryOrFail(ApiCall *call, const ApiError &error, int retryAfter)
{
    // a write whose outcome is unknown is not sent again here: the outbox checks the server
    // for evidence first, so that a replay never duplicates it
    const bool mayRepeat = call->m_request.idempotent || !error.outcomeUnknown;
    if (!error.transient || !mayRepeat || call->m_attempt >= m_settings.maxAttempts) {
        fail(call, error);
        return;
    }
    const int delay = backoffDelayMs(call->m_attempt, m_settings.backoffBaseMs, m_settings.backoffCapMs, retryAfter,
                                     QRandomGenerator::global()->generateDouble());
    qCInfo(lcApi).noquote() << call->m_requestId << "transient failure, retry in" << delay << "ms:" << error.message();
    QTimer::singleShot(delay, call, [this, call] { dispatch(call); });
}

void ApiTransport::park(ApiCall *call)
{
    m_parked.append(call);
    qCDebug(lcApi).noquote() << call->m_requestId << "parked until sign-in completes";
    if (!m_authenticator->isRenewing())
        m_authenticator->renew();
}

void ApiTransport::resendParked()
{
    const auto parked = std::exchange(m_parked, {});
    for (const QPointer<ApiCall> &call : parked) {
        if (call)
            dispatch(call);
    }
}

void ApiTransport::failParked(const ApiError &error)
{
    const auto parked = std::exchange(m_parked, {});
    for (const QPointer<ApiCall> &call : parked) {
        if (!call)
            continue;
        ApiError own = error;
        own.requestId = call->m_requestId;
        fail(call, own);
    }
}

void ApiTransport::complete(ApiCall *call, const ApiResponse &response)
{
    Q_EMIT call->finished(response);
    call->deleteLater();
}

void ApiTransport::fail(ApiCall *call, const ApiError &error)
{
    qCWarning(lcApi).noquote() << call->m_requestId << "failed:" << error.message();
    Q_EMIT call->failed(error);
    call->deleteLater();
}
