#include "sandboxserver.h"

#include "authregistry.h"
#include "contentcoding.h"
#include "datastore.h"

#include <QDateTime>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 409: return "Conflict";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return u"GET"_s;
    case QHttpServerRequest::Method::Put: return u"PUT"_s;
    case QHttpServerRequest::Method::Post: return u"POST"_s;
    case QHttpServerRequest::Method::Delete: return u"DELETE"_s;
    case QHttpServerRequest::Method::Patch: return u"PATCH"_s;
    case QHttpServerRequest::Method::Head: return u"HEAD"_s;
    case QHttpServerRequest::Method::Options: return u"OPTIONS"_s;
    default: return u"OTHER"_s;
    }
}

// Writes the status line and headers ourselves: QHttpServerResponder in 6.4 cannot send a
// truncated body, and a dropped connection must look exactly like a real one. A negative
// announcedLength leaves Content-Length out (the body then ends when the connection closes).
QByteArray serialize(const SandboxReply &reply, qint64 announcedLength)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status)
        + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    if (announcedLength >= 0)
        out += "Content-Length: " + QByteArray::number(announcedLength) + "\r\n";
    return out + "\r\n";
}

bool isApiPath(const QString &path)
{
    return !path.startsWith(u"/_sandbox/"_s);
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_store(std::make_unique<DataStore>())
    , m_auth(std::make_unique<AuthRegistry>())
    , m_faultRandom(options.seed ^ 0x5eed)
{
    m_auth->setExpireAfterRequests(options.expireSessionsAfter);
    if (!m_options.logFile.isEmpty()) {
        m_log.setFileName(m_options.logFile);
        if (!m_log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            qWarning("agentdesk-sandbox: cannot write the request log %s", qPrintable(m_options.logFile));
    }
    reseed();
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

void SandboxServer::reseed()
{
    m_store->seed(m_options.seed, m_options.scale, m_options.jtelClientsId);
    if (m_options.bulkCaseActivities > 0)
        m_store->seedBulkCase(m_options.bulkCaseActivities);
    m_auth->clear();
}

void SandboxServer::addRoute(QHttpServerRequest::Method method, const QString &pattern,
                             SandboxHandler handler)
{
    m_routes.push_back({method, QRegularExpression(u'^' + pattern + u'$'), std::move(handler)});
}

SandboxReply SandboxServer::route(SandboxRequest &request) const
{
    bool pathKnown = false;
    for (const Route &candidate : m_routes) {
        const auto match = candidate.pattern.match(request.path);
        if (!match.hasMatch())
            continue;
        pathKnown = true;
        if (candidate.method != request.method)
            continue;
        request.captures = match.capturedTexts().mid(1);
        return candidate.handler(request);
    }
    if (pathKnown)
        return SandboxReply::empty(405);
    // jtel: "404 with an empty body: the endpoint does not exist"
    return SandboxReply::empty(404);
}

SandboxReply SandboxServer::control(const SandboxRequest &request)
{
    if (request.path == u"/_sandbox/health"_s)
        return SandboxReply::json(200, QJsonObject{{u"status"_s, u"ok"_s}, {u"port"_s, m_port}});
    if (request.method != QHttpServerRequest::Method::Post)
        return SandboxReply::empty(405);
    if (request.path == u"/_sandbox/reset"_s) {
        reseed();
        return SandboxReply::empty(204);
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (request.path == u"/_sandbox/faults"_s) {
        FaultSettings &faults = m_options.faults;
        faults.failRate = body.value(u"failRate"_s).toDouble(faults.failRate);
        faults.dropRate = body.value(u"dropRate"_s).toDouble(faults.dropRate);
        faults.latencyMs = body.value(u"latencyMs"_s).toInt(faults.latencyMs);
        faults.failNext = body.value(u"failNext"_s).toInt(faults.failNext);
        faults.failStatus = body.value(u"failStatus"_s).toInt(faults.failStatus);
        faults.dropNext = body.value(u"dropNext"_s).toInt(faults.dropNext);
        faults.nextFaultFilter = body.value(u"nextFaultFilter"_s).toString(faults.nextFaultFilter);
        if (body.contains(u"malformNext"_s)) {
            const QString kind = body.value(u"malformNext"_s).toString();
            if (!kind.isEmpty() && !MalformedReply::kindFromName(kind))
                return SandboxReply::json(400, QJsonObject{{u"error"_s, u"malformNext must be one of: "_s
                                                                            + MalformedReply::names().join(u", "_s)}});
            faults.malformNext = kind;
        }
        faults.slowlorisIntervalMs
            = qMax(1, body.value(u"slowlorisIntervalMs"_s).toInt(faults.slowlorisIntervalMs));
        if (body.contains(u"expireSessionsAfter"_s))
            m_auth->setExpireAfterRequests(body.value(u"expireSessionsAfter"_s).toInt());
        return SandboxReply::empty(204);
    }
    static const QRegularExpression availability(u"^/_sandbox/users/([^/]+)/available$"_s);
    if (const auto match = availability.match(request.path); match.hasMatch()) {
        if (!m_store->setUserAvailable(match.captured(1), body.value(u"available"_s).toBool()))
            return SandboxReply::empty(404);
        return SandboxReply::empty(204);
    }
    return SandboxReply::empty(404);
}

SandboxServer::Fault SandboxServer::nextFault(const SandboxRequest &request)
{
    FaultSettings &faults = m_options.faults;
    const bool targeted = faults.nextFaultFilter.isEmpty()
        || QRegularExpression(faults.nextFaultFilter)
               .match(methodName(request.method) + u' ' + request.path)
               .hasMatch();
    if (targeted && faults.failNext > 0) {
        --faults.failNext;
        return Fault::Fail;
    }
    if (targeted && faults.dropNext > 0) {
        --faults.dropNext;
        return Fault::Drop;
    }
    if (targeted && !faults.malformNext.isEmpty())
        return Fault::Malform;
    const double draw = m_faultRandom.generateDouble();
    if (draw < faults.failRate)
        return Fault::Fail;
    if (draw < faults.failRate + faults.dropRate)
        return Fault::Drop;
    return Fault::None;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxRequest parsed;
    parsed.method = request.method();
    parsed.path = request.url().path(QUrl::FullyDecoded);
    parsed.query = request.query();
    parsed.headers = request.headers();
    parsed.body = request.body();

    if (!isApiPath(parsed.path)) {
        deliver(socket, parsed, control(parsed), Fault::None);
        return true;
    }

    const Fault fault = nextFault(parsed);
    if (fault == Fault::Fail) {
        // injected before any side effect, so a retry is always safe
        const int status = m_options.faults.failStatus;
        SandboxReply reply = parsed.path.startsWith(u"/rest/"_s)
            ? SandboxReply::jtelError(status, u"injected failure"_s)
            : SandboxReply::egainError(status, 101, status == 503 ? u"injected failure; retry later"_s
                                                                  : u"injected refusal"_s);
        if (status == 503)
            reply.withHeader("Retry-After", "1");
        deliver(socket, parsed, reply, fault);
        return true;
    }
    if (fault == Fault::Malform) {
        const auto kind = *MalformedReply::kindFromName(std::exchange(m_options.faults.malformNext, {}));
        // an HTML error page comes from a proxy in front of the server: the request never reaches
        // it; every other malformed answer follows the request's full effect
        deliverMalformed(socket, parsed,
                         kind == MalformedReply::Kind::HtmlError ? MalformedReply::htmlErrorPage() : route(parsed),
                         kind);
        return true;
    }
    deliver(socket, parsed, route(parsed), fault);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}

SandboxReply SandboxServer::encoded(const SandboxRequest &request, SandboxReply reply) const
{
    if (!m_options.compress || reply.body.size() < ContentCoding::MinimumBytes)
        return reply;
    // the answer depends on Accept-Encoding whichever coding it gets: caches keep them apart
    reply.withHeader("Vary", "Accept-Encoding");
    if (!ContentCoding::acceptsGzip(request.hasHeader("Accept-Encoding"),
                                    request.header("Accept-Encoding")))
        return reply;
    if (reply.gzipMemo && !reply.gzipMemo->isEmpty()) {
        reply.body = *reply.gzipMemo;
    } else {
        reply.body = ContentCoding::gzip(reply.body);
        if (reply.gzipMemo)
            *reply.gzipMemo = reply.body;
    }
    reply.gzipMemo.reset();
    reply.withHeader("Content-Encoding", "gzip");
    return reply;
}

void SandboxServer::deliver(QTcpSocket *socket, const SandboxRequest &parsed, SandboxReply reply,
                            Fault fault)
{
    // a drop cuts the body as it goes on the wire, compressed or not
    reply = encoded(parsed, std::move(reply));
    if (isApiPath(parsed.path))
        writeLog(parsed, reply.status,
                 fault == Fault::Fail       ? u"fail"_s
                     : fault == Fault::Drop ? u"drop"_s
                                            : u"none"_s,
                 &reply);

    const bool drop = fault == Fault::Drop;
    QByteArray bytes = serialize(reply, drop ? reply.body.size() + 64 : reply.body.size());
    // a dropped answer stops in the middle of its body (or of its headers when it has none)
    bytes += drop ? reply.body.left(reply.body.size() / 2) : reply.body;
    if (drop && reply.body.isEmpty())
        bytes.truncate(bytes.size() / 2);

    QPointer<QTcpSocket> target(socket);
    auto send = [target, bytes, drop] {
        if (!target)
            return;
        target->write(bytes);
        // on the wire now, not when the event loop comes round to this socket: a server
        // answers each request when it is ready, and the answers to requests that came in
        // together (a client reading in parallel) would otherwise all wait for the last one
        target->flush();
        // a graceful close after the partial answer: an abort() would send a reset, and the
        // client's kernel would discard the bytes already received
        if (drop)
            target->disconnectFromHost();
    };
    const int latency = isApiPath(parsed.path) ? m_options.faults.latencyMs : 0;
    if (latency > 0)
        QTimer::singleShot(latency, this, send);
    else
        send();
}

void SandboxServer::deliverMalformed(QTcpSocket *socket, const SandboxRequest &parsed, SandboxReply reply,
                                     MalformedReply::Kind kind)
{
    using MalformedReply::Kind;
    QPointer<QTcpSocket> target(socket);
    std::function<void()> send;
    switch (kind) {
    case Kind::Huge:
    case Kind::HugeUnannounced:
    case Kind::Slowloris: {
        if (kind == Kind::HugeUnannounced)
            reply.withHeader("Connection", "close");
        const qint64 announced = kind == Kind::Huge ? MalformedReply::HugeBodyBytes
            : kind == Kind::Slowloris                 ? 1'000'000
                                                      : -1;
        writeLog(parsed, reply.status, MalformedReply::nameOf(kind), nullptr);
        const QByteArray header = serialize(reply, announced);
        const int interval = m_options.faults.slowlorisIntervalMs;
        send = [target, kind, header, interval] {
            if (target)
                new MalformedReply::BodyStreamer(target, kind, header, interval);
        };
        break;
    }
    default: {
        SandboxReply changed
            = kind == Kind::HtmlError ? reply : MalformedReply::corrupted(reply, kind);
        // the body changed: its gzip form is made anew. Corrupted first, then compressed, as a
        // broken server behind a compressing proxy answers: the client inflates the damage.
        changed.gzipMemo.reset();
        changed = encoded(parsed, std::move(changed));
        writeLog(parsed, changed.status, MalformedReply::nameOf(kind), &changed);
        const QByteArray bytes = serialize(changed, changed.body.size()) + changed.body;
        send = [target, bytes] {
            if (target)
                target->write(bytes);
        };
        break;
    }
    }
    if (m_options.faults.latencyMs > 0)
        QTimer::singleShot(m_options.faults.latencyMs, this, send);
    else
        send();
}

void SandboxServer::writeLog(const SandboxRequest &request, int status, const QString &fault,
                             const SandboxReply *sent)
{
    if (!m_log.isOpen())
        return;
    QJsonObject headers;
    for (const auto &[name, value] : request.headers)
        headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    QJsonObject line {
        {u"time"_s, formatIsoUtc(QDateTime::currentMSecsSinceEpoch())},
        {u"method"_s, methodName(request.method)},
        {u"path"_s, request.path},
        {u"query"_s, request.query.toString(QUrl::FullyDecoded)},
        {u"headers"_s, headers},
        {u"body"_s, QString::fromUtf8(request.body)},
        {u"status"_s, status},
        {u"fault"_s, fault},
    };
    if (sent) {
        QByteArray coding;
        for (const auto &[name, value] : sent->headers) {
            if (name.compare("Content-Encoding", Qt::CaseInsensitive) == 0)
                coding = value;
        }
        line.insert(u"contentEncoding"_s,
                    coding.isEmpty() ? u"identity"_s : QString::fromLatin1(coding));
        line.insert(u"bodyBytes"_s, qint64(sent->body.size()));
    }
    m_log.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_log.flush();
}
