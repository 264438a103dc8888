#pragma once

#include "domain/acdevent.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

// The naive Qt way of the jtel sync, the baseline of the benchmarks: what a Qt developer writes
// first. Measured beside AgentDesk's way in the same run.
namespace NaiveJtelSync {

// QJsonDocument over the whole list, QDateTime::fromString for the dates
QList<AcdEvent> decode(const QByteArray &body);

// ... and stores it: one transaction, one prepared INSERT, positional values; a re-sync
// (reload) deletes and inserts the whole table. Returns the records written.
qsizetype sync(QSqlDatabase db, const QByteArray &body, bool reload);

// The naive side's database: QSqlDatabase with Qt's and SQLite's defaults, AgentDesk's schema,
// in a temporary directory of its own.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    QSqlDatabase db() const;

private:
    QTemporaryDir m_directory;
    QString m_name;
};

} // namespace NaiveJtelSync
