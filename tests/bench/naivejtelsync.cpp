#include "naivejtelsync.h"

#include "cache/migrations.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace NaiveJtelSync {

QList<AcdEvent> decode(const QByteArray &body)
{
    const QJsonArray records = QJsonDocument::fromJson(body).object().value(u"records"_s).toArray();
    QList<AcdEvent> events;
    events.reserve(records.size());
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        AcdEvent event;
        event.id = record.value(u"ID"_s).toInteger();
        event.typeId = record.value(u"AcdEventTypesID"_s).toInt();
        event.statusId = record.value(u"AcdEventStatusID"_s).toInt();
        if (!record.value(u"AcdGroupsID"_s).isNull())
            event.groupId = record.value(u"AcdGroupsID"_s).toInteger();
        if (!record.value(u"UsersID"_s).isNull())
            event.usersId = record.value(u"UsersID"_s).toInteger();
        event.sender = record.value(u"Sender"_s).toString();
        event.receiver = record.value(u"Receiver"_s).toString();
        event.subject = record.value(u"Subject"_s).toString();
        event.createdMsecs
            = QDateTime::fromString(record.value(u"dtCreated"_s).toString(), Qt::ISODateWithMs)
                  .toMSecsSinceEpoch();
        event.priority = record.value(u"nPriority"_s).toInt();
        event.json = QJsonDocument(record).toJson(QJsonDocument::Compact);
        events.append(event);
    }
    return events;
}

qsizetype sync(QSqlDatabase db, const QByteArray &body, bool reload)
{
    const QList<AcdEvent> events = decode(body);
    db.transaction();
    QSqlQuery query(db);
    if (reload)
        query.exec(u"DELETE FROM acd_events"_s);
    query.prepare(
        u"INSERT INTO acd_events (id, type_id, status_id, group_id, users_id, sender, receiver, "
        "subject, created_ms, priority, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const AcdEvent &e : events) {
        query.addBindValue(e.id);
        query.addBindValue(e.typeId);
        query.addBindValue(e.statusId);
        query.addBindValue(e.groupId ? QVariant(*e.groupId) : QVariant());
        query.addBindValue(e.usersId ? QVariant(*e.usersId) : QVariant());
        query.addBindValue(e.sender);
        query.addBindValue(e.receiver);
        query.addBindValue(e.subject);
        query.addBindValue(e.createdMsecs);
        query.addBindValue(e.priority ? QVariant(*e.priority) : QVariant());
        query.addBindValue(QString::fromUtf8(e.json));
        if (!query.exec())
            qFatal("naive insert failed");
    }
    if (!db.commit())
        qFatal("naive commit failed");
    return events.size();
}

Database::Database()
{
    static int serial = 0;
    m_name = u"naive-%1"_s.arg(++serial);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(m_directory.filePath(u"naive.sqlite"_s));
    if (!db.open() || Migrations::apply(db, Migrations::all()))
        qFatal("cannot create the naive database");
}

Database::~Database()
{
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Database::db() const
{
    return QSqlDatabase::database(m_name);
}

} // namespace NaiveJtelSync
