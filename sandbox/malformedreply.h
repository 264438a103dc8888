#pragma once

#include "sandboxexchange.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <optional>

// The answers a broken server, gateway or proxy sends: the faults of "malformNext" (see
// README.md, "Malformed answers"). Corrupting an answer never changes what the request did.
namespace MalformedReply {

enum class Kind {
    Truncated, // half the body, Content-Length of what is sent
    WrongTypes, // numbers as objects, objects (below the top) as arrays
    InvalidUtf8, // bytes that are not UTF-8 inside every string value
    Huge, // 300 MiB announced in Content-Length and streamed
    HugeUnannounced, // 300 MiB streamed without Content-Length, until the connection closes
    Slowloris, // the headers, then one byte every few seconds, never complete
    HtmlError, // an HTML error page with status 200, before any side effect
};

// the name used in POST /_sandbox/faults ("truncated", "wrongTypes", …)
std::optional<Kind> kindFromName(const QString &name);
QString nameOf(Kind kind);
QStringList names();

// The answer with its body (or, without a body, its Location header) corrupted: Truncated,
// WrongTypes and InvalidUtf8. The other kinds are streamed or replace the answer.
SandboxReply corrupted(SandboxReply reply, Kind kind);
// what a misconfigured proxy answers in place of the server
SandboxReply htmlErrorPage();

constexpr qint64 HugeBodyBytes = 300LL * 1024 * 1024;

// Writes a Huge or Slowloris body on the socket as it drains (never more than a few MiB in
// memory) and stops when the client closes the connection. Deletes itself with the socket.
class BodyStreamer : public QObject
{
public:
    // header: status line and headers, already serialized
    BodyStreamer(QTcpSocket *socket, Kind kind, const QByteArray &header, int trickleIntervalMs);

private:
    void fill();
    void trickle();

    QPointer<QTcpSocket> m_socket;
    Kind m_kind;
    qint64 m_remaining;
    QByteArray m_chunk;
};

} // namespace MalformedReply
