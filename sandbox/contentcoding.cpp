#include "contentcoding.h"

#include <QList>

#include <zlib.h>

#include <algorithm>
#include <limits>
#include <optional>

namespace ContentCoding {

namespace {

// RFC 9110 §12.4.2: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ), in thousandths
std::optional<int> qvalue(QByteArrayView text)
{
    if (text.isEmpty() || (text.front() != '0' && text.front() != '1'))
        return std::nullopt;
    const bool one = text.front() == '1';
    if (text.size() == 1)
        return one ? 1000 : 0;
    if (text.at(1) != '.' || text.size() > 5)
        return std::nullopt;
    int thousandths = 0;
    for (qsizetype i = 2; i < 5; ++i) {
        const char digit = i < text.size() ? text.at(i) : '0';
        if (digit < '0' || digit > '9' || (one && digit != '0'))
            return std::nullopt;
        thousandths = thousandths * 10 + (digit - '0');
    }
    return one ? 1000 : thousandths;
}

struct Weighted
{
    QByteArray coding; // lower case
    int q = 1000;
};

// Accept-Encoding = #( codings [ weight ] ); weight = OWS ";" OWS "q=" qvalue. An element that
// does not fit the grammar is left out, as if the client had not sent it.
QList<Weighted> parse(QByteArrayView header)
{
    QList<Weighted> out;
    for (const QByteArray &element : header.toByteArray().split(',')) {
        const QByteArray trimmed = element.trimmed();
        if (trimmed.isEmpty())
            continue; // RFC 9110 §5.6.1: empty list elements are ignored
        const qsizetype semicolon = trimmed.indexOf(';');
        Weighted entry;
        entry.coding = trimmed.left(semicolon < 0 ? trimmed.size() : semicolon).trimmed().toLower();
        if (entry.coding.isEmpty() || entry.coding.contains(' ') || entry.coding.contains('\t'))
            continue;
        if (semicolon >= 0) {
            const QByteArray weight = trimmed.mid(semicolon + 1).trimmed();
            if (!weight.startsWith("q=") && !weight.startsWith("Q="))
                continue;
            const auto q = qvalue(QByteArrayView(weight).sliced(2));
            if (!q)
                continue;
            entry.q = *q;
        }
        out.append(entry);
    }
    return out;
}

} // namespace

bool acceptsGzip(bool hasHeader, QByteArrayView acceptEncoding)
{
    // Without the header RFC 9110 allows any coding, but a client that sends none (curl without
    // --compressed) would show gzip bytes to its user: send what it can read for certain.
    if (!hasHeader)
        return false;
    std::optional<int> gzipQ;
    std::optional<int> identityQ;
    std::optional<int> anyQ;
    const auto keepHighest
        = [](std::optional<int> &slot, int q) { slot = std::max(slot.value_or(0), q); };
    for (const Weighted &entry : parse(acceptEncoding)) {
        if (entry.coding == "gzip" || entry.coding == "x-gzip") // §8.4.1.3: the same coding
            keepHighest(gzipQ, entry.q);
        else if (entry.coding == "identity")
            keepHighest(identityQ, entry.q);
        else if (entry.coding == "*")
            keepHighest(anyQ, entry.q);
    }
    // "*" stands for every coding not named: a named "gzip;q=0" refuses gzip whatever "*" says
    const int gzip = gzipQ.value_or(anyQ.value_or(0));
    const int identity = identityQ.value_or(anyQ.value_or(0));
    return gzip > 0 && gzip >= identity;
}

QByteArray gzip(QByteArrayView data)
{
    z_stream stream {};
    // windowBits 15 + 16: a gzip header and trailer around the deflate data
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY)
        != Z_OK)
        qFatal("agentdesk-sandbox: zlib cannot start a gzip stream");
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))));
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(std::min<qsizetype>(out.size(), std::numeric_limits<uInt>::max()));
    // zlib counts in uInt: larger inputs go in slices
    qsizetype consumed = 0;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (stream.avail_in == 0 && consumed < data.size()) {
            const qsizetype slice
                = std::min<qsizetype>(data.size() - consumed, std::numeric_limits<uInt>::max());
            stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data() + consumed));
            stream.avail_in = uInt(slice);
            consumed += slice;
        }
        if (stream.avail_out == 0) {
            const qsizetype written = qsizetype(stream.total_out);
            out.resize(out.size() + 64 * 1024);
            stream.next_out = reinterpret_cast<Bytef *>(out.data() + written);
            stream.avail_out = uInt(out.size() - written);
        }
        status = deflate(&stream, consumed == data.size() ? Z_FINISH : Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
            qFatal("agentdesk-sandbox: zlib failed to compress an answer (%d)", status);
    }
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace ContentCoding
