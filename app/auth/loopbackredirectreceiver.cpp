#include "auth/loopbackredirectreceiver.h"

#include "core/logging.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace {

void answer(QTcpSocket *socket, const QByteArray &status, const QString &text)
{
    const QByteArray body = "<!doctype html><html><head><meta charset=\"utf-8\"><title>AgentDesk</title></head>"
                            "<body><p>" + text.toHtmlEscaped().toUtf8() + "</p></body></html>";
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n"
                  "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace

LoopbackRedirectReceiver::LoopbackRedirectReceiver(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        close();
        Q_EMIT timedOut();
    });
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            // the socket outlives the receiver until its answer has left
            socket->setParent(nullptr);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handle(socket); });
        }
    });
}

LoopbackRedirectReceiver::~LoopbackRedirectReceiver() = default;

bool LoopbackRedirectReceiver::listen(const QString &expectedState, int timeoutMs)
{
    m_state = expectedState;
    // 127.0.0.1 only: nothing on the network may deliver (or steal) the authorization code
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return false;
    m_timeout.start(timeoutMs);
    return true;
}

QUrl LoopbackRedirectReceiver::redirectUri() const
{
    QUrl uri;
    uri.setScheme(u"http"_s);
    uri.setHost(u"127.0.0.1"_s);
    uri.setPort(m_server->serverPort());
    uri.setPath(u"/callback"_s);
    return uri;
}

bool LoopbackRedirectReceiver::isListening() const
{
    return m_server->isListening();
}

void LoopbackRedirectReceiver::handle(QTcpSocket *socket)
{
    // answer only once the whole request head has arrived, or the browser sees a reset
    const QByteArray head = socket->peek(16384);
    if (!head.contains("\r\n\r\n")) {
        if (head.size() >= 16384)
            socket->abort();
        return;
    }
    socket->disconnect(this); // one answer per connection
    // "GET /callback?code=…&state=… HTTP/1.1"
    const QList<QByteArray> requestLine = socket->readLine().trimmed().split(' ');
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    const QUrlQuery query(target);
    if (requestLine.value(0) != "GET" || target.path() != u"/callback"_s
        || query.queryItemValue(u"state"_s, QUrl::FullyDecoded) != m_state || m_state.isEmpty()) {
        qCWarning(lcApi) << "ignored a loopback request without the expected state";
        answer(socket, "400 Bad Request", tr("This sign-in link is not the one AgentDesk is waiting for."));
        return;
    }
    const bool ok = query.hasQueryItem(u"code"_s);
    answer(socket, "200 OK",
           ok ? tr("You are signed in to AgentDesk. You can close this tab.")
              : tr("The sign-in was not completed. You can close this tab and try again in AgentDesk."));
    close();
    Q_EMIT received(query);
}

void LoopbackRedirectReceiver::close()
{
    m_timeout.stop();
    m_server->close();
    m_state.clear();
}
