#include "agentdeskctl/output.h"

#include "core/timestamps.h"

#include <QJsonDocument>

#include <cstdio>

namespace {

void write(const QByteArray &bytes, FILE *stream = stdout)
{
    std::fwrite(bytes.constData(), 1, bytes.size(), stream);
    std::fflush(stream);
}

QString field(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

} // namespace

namespace Output {

void printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray bytes = header.join(u'\t').toUtf8() + '\n';
    for (const QStringList &row : rows) {
        QStringList cleaned;
        cleaned.reserve(row.size());
        for (const QString &value : row)
            cleaned.append(field(value));
        bytes += cleaned.join(u'\t').toUtf8() + '\n';
    }
    write(bytes);
}

void printJson(const QJsonArray &records)
{
    write(QJsonDocument(records).toJson(QJsonDocument::Indented));
}

void printJson(const QJsonObject &record)
{
    write(QJsonDocument(record).toJson(QJsonDocument::Indented));
}

void printLine(const QString &text)
{
    write(text.toUtf8() + '\n');
}

void printNotice(const QString &text)
{
    write(text.toUtf8() + '\n', stderr);
}

QString timestamp(qint64 msecsSinceEpoch)
{
    return msecsSinceEpoch == 0 ? QString() : Timestamps::formatUtc(msecsSinceEpoch);
}

} // namespace Output
