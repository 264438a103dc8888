#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What agentdeskctl writes for scripts: data on stdout, as tab-separated values with one header
// line or as a JSON array; messages on stderr (CommandLine::printError). Nothing written here
// may ever contain a secret.
namespace Output {

// one header line, then one line per row; tabs and line breaks inside a field become spaces,
// so every record stays on one line and in its column
void printTable(const QStringList &header, const QList<QStringList> &rows);
void printJson(const QJsonArray &records);
// one record alone, such as the outcome of a write
void printJson(const QJsonObject &record);
// the records in the chosen format: a table, or a JSON array
template<typename T, typename Row, typename Json>
void printRecords(bool json, const QList<T> &records, const QStringList &header, Row row,
                  Json toJson)
{
    if (json) {
        QJsonArray array;
        for (const T &record : records)
            array.append(toJson(record));
        printJson(array);
        return;
    }
    QList<QStringList> rows;
    rows.reserve(records.size());
    for (const T &record : records)
        rows.append(row(record));
    printTable(header, rows);
}
// a line for people on stdout (confirmations)
void printLine(const QString &text);

// a line for people on stderr without the program prefix, e.g. an URL to copy
void printNotice(const QString &text);

// "2024-05-14T09:30:00.000Z", or empty for 0 (not sent)
QString timestamp(qint64 msecsSinceEpoch);

} // namespace Output
