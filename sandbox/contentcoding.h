#pragma once

#include <QByteArray>
#include <QByteArrayView>

// gzip content coding of answers (RFC 9110 §8.4, §12.5.3), as a real server or its reverse
// proxy applies it: the jtel event list is the largest thing AgentDesk moves.
namespace ContentCoding {

// Bodies smaller than this go as they are: gzip's header and trailer would eat the gain.
constexpr qsizetype MinimumBytes = 1024;

// Whether a request's Accept-Encoding value lets the answer be gzip: "gzip" (or "x-gzip") or
// "*" with a q-value above 0, "gzip" taking precedence over "*", and not below an explicit
// "identity" preference. No header, an empty one, or a malformed q-value: no.
bool acceptsGzip(bool hasHeader, QByteArrayView acceptEncoding);

// The data as one gzip member (RFC 1952), zlib's default level.
QByteArray gzip(QByteArrayView data);

} // namespace ContentCoding
