#include "cache/calltracksubtypestore.h"

#include "cache/cachedatabase.h"
#include "cache/sqlstatement.h"
#include "cache/sqltransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

CalltrackSubtypeStore::CalltrackSubtypeStore(CacheDatabase &database)
    : m_database(database)
{
}

CacheStatus CalltrackSubtypeStore::replaceAll(const QList<CalltrackSubtype> &subtypes)
{
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return SqlStatement::notOpen();
    SqlTransaction transaction(db);
    if (transaction.beginError())
        return transaction.beginError();
    QSqlQuery query(db);
    if (auto error = SqlStatement::exec(query, u"DELETE FROM calltrack_subtypes"_s))
        return error;
    if (auto error = SqlStatement::prepare(
            query,
            u"INSERT INTO calltrack_subtypes (position, value, display_value, departments) "
            u"VALUES (:position, :value, :display_value, :departments)"_s))
        return error;
    for (qsizetype position = 0; position < subtypes.size(); ++position) {
        const CalltrackSubtype &subtype = subtypes.at(position);
        query.bindValue(u":position"_s, qint64(position));
        query.bindValue(u":value"_s, subtype.value);
        query.bindValue(u":display_value"_s, subtype.displayValue);
        query.bindValue(
            u":departments"_s,
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(subtype.departments))
                                  .toJson(QJsonDocument::Compact)));
        if (auto error = SqlStatement::exec(query))
            return error;
    }
    query.finish();
    return transaction.commit();
}

CacheResult<QList<CalltrackSubtype>> CalltrackSubtypeStore::all()
{
    using Result = CacheResult<QList<CalltrackSubtype>>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    if (auto error = SqlStatement::exec(
            query,
            u"SELECT value, display_value, departments FROM calltrack_subtypes ORDER BY position"_s))
        return Result::failure(*error);
    QList<CalltrackSubtype> subtypes;
    while (query.next()) {
        CalltrackSubtype subtype;
        subtype.value = query.value(0).toString();
        subtype.displayValue = query.value(1).toString();
        const QJsonArray departments
            = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array();
        for (const QJsonValue &department : departments)
            subtype.departments.append(department.toString());
        subtypes.append(subtype);
    }
    return Result::success(subtypes);
}
