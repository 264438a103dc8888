#include "malformedreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace MalformedReply {

namespace {

struct Named
{
    Kind kind;
    QString name;
};

const QList<Named> &allKinds()
{
    static const QList<Named> kinds {
        {Kind::Truncated, u"truncated"_s},
        {Kind::WrongTypes, u"wrongTypes"_s},
        {Kind::InvalidUtf8, u"invalidUtf8"_s},
        {Kind::Huge, u"huge"_s},
        {Kind::HugeUnannounced, u"hugeUnannounced"_s},
        {Kind::Slowloris, u"slowloris"_s},
        {Kind::HtmlError, u"htmlError"_s},
    };
    return kinds;
}

// numbers become {"value": n}, every object below the top a one-element array holding it
QJsonValue withWrongTypes(const QJsonValue &value, int depth)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return QJsonObject {{u"value"_s, value}};
    case QJsonValue::Array: {
        QJsonArray changed;
        for (const QJsonValue &element : value.toArray())
            changed.append(withWrongTypes(element, depth + 1));
        return changed;
    }
    case QJsonValue::Object: {
        QJsonObject changed;
        const QJsonObject object = value.toObject();
        for (auto member = object.begin(); member != object.end(); ++member)
            changed.insert(member.key(), withWrongTypes(member.value(), depth + 1));
        if (depth == 0)
            return changed;
        return QJsonArray {changed};
    }
    default:
        return value;
    }
}

// "\xC3\x28" is an invalid two-byte sequence, "\xFF" never occurs in UTF-8
constexpr char invalidBytes[] = "\xC3\x28\xFF";

// Puts invalidBytes after the opening quote of every string value (not of member names) of
// compact JSON.
QByteArray withInvalidUtf8(const QByteArray &json)
{
    QList<qsizetype> valueStarts;
    bool inString = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (!inString) {
            if (c == '"') {
                inString = true;
                start = i + 1;
            }
            continue;
        }
        if (c == '\\') {
            ++i;
            continue;
        }
        if (c != '"')
            continue;
        inString = false;
        qsizetype next = i + 1;
        while (next < json.size() && json.at(next) == ' ')
            ++next;
        if (next >= json.size() || json.at(next) != ':')
            valueStarts.append(start);
    }
    QByteArray out = json;
    for (qsizetype k = valueStarts.size() - 1; k >= 0; --k)
        out.insert(valueStarts.at(k), invalidBytes);
    return out;
}

QByteArray corruptedLocation(const QByteArray &location, Kind kind)
{
    const qsizetype slash = location.lastIndexOf('/');
    switch (kind) {
    case Kind::Truncated:
        return location.left(location.size() / 2);
    case Kind::WrongTypes:
        return location.left(slash + 1) + "{\"id\":" + location.mid(slash + 1) + '}';
    case Kind::InvalidUtf8:
        return location.left(slash + 1) + invalidBytes + location.mid(slash + 1);
    default:
        return location;
    }
}

} // namespace

std::optional<Kind> kindFromName(const QString &name)
{
    for (const Named &named : allKinds()) {
        if (named.name == name)
            return named.kind;
    }
    return std::nullopt;
}

QString nameOf(Kind kind)
{
    for (const Named &named : allKinds()) {
        if (named.kind == kind)
            return named.name;
    }
    return {};
}

QStringList names()
{
    QStringList all;
    for (const Named &named : allKinds())
        all.append(named.name);
    return all;
}

SandboxReply corrupted(SandboxReply reply, Kind kind)
{
    if (reply.body.isEmpty()) {
        // the answers of creates carry their meaning in Location
        for (auto &[name, value] : reply.headers) {
            if (name.compare("Location", Qt::CaseInsensitive) == 0)
                value = corruptedLocation(value, kind);
        }
        return reply;
    }
    switch (kind) {
    case Kind::Truncated:
        reply.body.truncate(reply.body.size() / 2);
        break;
    case Kind::WrongTypes: {
        const QJsonDocument document = QJsonDocument::fromJson(reply.body);
        const QJsonValue top
            = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        const QJsonValue changed = withWrongTypes(top, 0);
        reply.body = changed.isArray()
            ? QJsonDocument(changed.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(changed.toObject()).toJson(QJsonDocument::Compact);
        break;
    }
    case Kind::InvalidUtf8:
        reply.body = withInvalidUtf8(reply.body);
        break;
    default:
        break;
    }
    return reply;
}

SandboxReply htmlErrorPage()
{
    SandboxReply reply;
    reply.status = 200;
    reply.withHeader("Content-Type", "text/html; charset=utf-8");
    reply.body = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
                 "<body><h1>Bad Gateway</h1><p>The proxy server received an invalid response from "
                 "an upstream server.</p></body></html>\n";
    return reply;
}

BodyStreamer::BodyStreamer(QTcpSocket *socket, Kind kind, const QByteArray &header,
                           int trickleIntervalMs)
    : QObject(socket)
    , m_socket(socket)
    , m_kind(kind)
    , m_remaining(kind == Kind::Slowloris ? std::numeric_limits<qint64>::max() : HugeBodyBytes)
{
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    socket->write(header);
    if (kind == Kind::Slowloris) {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &BodyStreamer::trickle);
        timer->start(trickleIntervalMs);
        return;
    }
    // one MiB of records, repeated: the start of a plausible list that never ends in time
    const QByteArray record = R"({"ID":88999,"AcdEventTypesID":3,"Subject":"padding padding"},)";
    m_chunk.reserve(1024 * 1024);
    while (m_chunk.size() < 1024 * 1024)
        m_chunk += record;
    m_chunk.truncate(1024 * 1024);
    const QByteArray opening = R"({"records":[)";
    socket->write(opening);
    m_remaining -= opening.size();
    connect(socket, &QTcpSocket::bytesWritten, this, &BodyStreamer::fill);
    fill();
}

void BodyStreamer::fill()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    constexpr qint64 highWater = 4 * 1024 * 1024;
    while (m_remaining > 0 && m_socket->bytesToWrite() < highWater) {
        const qint64 size = std::min<qint64>(m_remaining, m_chunk.size());
        m_socket->write(m_chunk.constData(), size);
        m_remaining -= size;
    }
    if (m_remaining == 0 && m_kind == Kind::HugeUnannounced)
        m_socket->disconnectFromHost();
}

void BodyStreamer::trickle()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    // a space is valid anywhere between JSON tokens: the answer just never ends
    m_socket->write(" ", 1);
}

} // namespace MalformedReply
