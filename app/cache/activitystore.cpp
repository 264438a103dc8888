#include "cache/activitystore.h"

#include "cache/cachedatabase.h"
#include "cache/jsoncolumns.h"
#include "cache/sqlstatement.h"
#include "cache/sqltransaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// One list for INSERT, SELECT and the bound placeholders, in the order of bindRow()/fromRow().
const QStringList columns = {u"id"_s,
                             u"case_id"_s,
                             u"department_id"_s,
                             u"department_name"_s,
                             u"type"_s,
                             u"type_display"_s,
                             u"subtype"_s,
                             u"subtype_display"_s,
                             u"mode"_s,
                             u"mode_display"_s,
                             u"status"_s,
                             u"status_display"_s,
                             u"substatus"_s,
                             u"assigned_user_id"_s,
                             u"assigned_user_name"_s,
                             u"subject"_s,
                             u"customer_id"_s,
                             u"customer_name"_s,
                             u"priority"_s,
                             u"created_ms"_s,
                             u"last_modified_ms"_s,
                             u"due_date_ms"_s,
                             u"queue_id"_s,
                             u"queue_name"_s,
                             u"contact_point_data"_s,
                             u"content_text"_s,
                             u"content_html"_s,
                             u"custom_attributes"_s,
                             u"json"_s,
                             u"assigned_user_login"_s};

const QString selectSql = u"SELECT %1 FROM activities "_s.arg(columns.join(u", "));
// the same columns, the bulky ones read as NULL (ActivityStore::summariesByIds())
const QString summarySelectSql = [] {
    QStringList selected = columns;
    for (QString &column : selected) {
        if (column == u"content_text" || column == u"content_html" || column == u"custom_attributes"
            || column == u"json")
            column = u"NULL"_s;
    }
    return u"SELECT %1 FROM activities "_s.arg(selected.join(u", "));
}();

void bindRow(SqliteStatement &upsert, const Activity &a)
{
    const QVariant values[] = {a.id,
                               a.caseId,
                               a.departmentId,
                               a.departmentName,
                               a.type,
                               a.typeDisplay,
                               a.subtype,
                               a.subtypeDisplay,
                               a.mode,
                               a.modeDisplay,
                               a.status,
                               a.statusDisplay,
                               a.substatus,
                               a.assignedUserId,
                               a.assignedUserName,
                               a.subject,
                               a.customerId,
                               a.customerName,
                               a.priority,
                               a.createdMs,
                               a.lastModifiedMs,
                               a.dueDateMs,
                               a.queueId,
                               a.queueName,
                               a.contactPointData,
                               a.contentText,
                               a.contentHtml,
                               JsonColumns::fromMap(a.customAttributes),
                               JsonColumns::fromBytes(a.json),
                               a.assignedUserLogin};
    static_assert(std::size(values) == 30);
    for (int i = 0; i < int(std::size(values)); ++i)
        upsert.bindValue(i + 1, values[i]);
}

// a QSqlQuery or a SqliteStatement (SqlStatement::readByIds())
template<typename Row> Activity fromRow(const Row &q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.caseId = q.value(1).toLongLong();
    a.departmentId = q.value(2).toLongLong();
    a.departmentName = q.value(3).toString();
    a.type = q.value(4).toString();
    a.typeDisplay = q.value(5).toString();
    a.subtype = q.value(6).toString();
    a.subtypeDisplay = q.value(7).toString();
    a.mode = q.value(8).toString();
    a.modeDisplay = q.value(9).toString();
    a.status = q.value(10).toString();
    a.statusDisplay = q.value(11).toString();
    a.substatus = q.value(12).toString();
    a.assignedUserId = q.value(13).toLongLong();
    a.assignedUserName = q.value(14).toString();
    a.subject = q.value(15).toString();
    a.customerId = q.value(16).toLongLong();
    a.customerName = q.value(17).toString();
    a.priority = q.value(18).toString();
    a.createdMs = q.value(19).toLongLong();
    a.lastModifiedMs = q.value(20).toLongLong();
    a.dueDateMs = q.value(21).toLongLong();
    a.queueId = q.value(22).toLongLong();
    a.queueName = q.value(23).toString();
    a.contactPointData = q.value(24).toString();
    a.contentText = q.value(25).toString();
    a.contentHtml = q.value(26).toString();
    a.customAttributes = JsonColumns::toMap(q.value(27));
    a.json = JsonColumns::toBytes(q.value(28));
    a.assignedUserLogin = q.value(29).toString();
    return a;
}

} // namespace

ActivityStore::ActivityStore(CacheDatabase &database)
    : m_database(database)
{
}

CacheStatus ActivityStore::upsert(const QList<Activity> &activities)
{
    return SqlStatement::upsertAll(m_database.connection(), u"activities"_s, columns, activities, bindRow);
}

CacheResult<QList<Activity>> ActivityStore::byIds(const QList<qint64> &ids)
{
    return SqlStatement::readByIds<Activity>(m_database.connection(), selectSql, ids,
                                             fromRow<SqliteStatement>);
}

CacheResult<QList<Activity>> ActivityStore::summariesByIds(const QList<qint64> &ids)
{
    return SqlStatement::readByIds<Activity>(m_database.connection(), summarySelectSql, ids,
                                             fromRow<SqliteStatement>);
}

CacheResult<QSet<qint64>> ActivityStore::cachedIds(const QList<qint64> &ids)
{
    const auto read = SqlStatement::readByIds<qint64>(
        m_database.connection(), u"SELECT id FROM activities "_s, ids,
        [](const SqliteStatement &row) { return row.value(0).toLongLong(); });
    if (!read.ok())
        return CacheResult<QSet<qint64>>::failure(*read.error);
    return CacheResult<QSet<qint64>>::success(QSet<qint64>(read.value.cbegin(), read.value.cend()));
}

CacheResult<QList<Activity>> ActivityStore::pageByCase(qint64 caseId, int limit,
                                                       std::optional<PageKey> after)
{
    using Result = CacheResult<QList<Activity>>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString keyset
        = after ? u"AND (last_modified_ms, id) < (:after_sort, :after_id) "_s : QString();
    if (auto error = SqlStatement::prepare(query,
                                           selectSql + u"WHERE case_id = :case_id "_s + keyset
                                               + u"ORDER BY last_modified_ms DESC, id DESC "
                                                 "LIMIT :limit"_s))
        return Result::failure(*error);
    query.bindValue(u":case_id"_s, caseId);
    if (after) {
        query.bindValue(u":after_sort"_s, after->sortValue);
        query.bindValue(u":after_id"_s, after->id);
    }
    query.bindValue(u":limit"_s, limit);
    return SqlStatement::readAll<Activity>(query, fromRow<QSqlQuery>);
}

CacheResult<QList<Activity>> ActivityStore::page(int limit, std::optional<PageKey> after)
{
    using Result = CacheResult<QList<Activity>>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString keyset
        = after ? u"WHERE (last_modified_ms, id) < (:after_sort, :after_id) "_s : QString();
    if (auto error = SqlStatement::prepare(query,
                                           selectSql + keyset
                                               + u"ORDER BY last_modified_ms DESC, id DESC "
                                                 "LIMIT :limit"_s))
        return Result::failure(*error);
    if (after) {
        query.bindValue(u":after_sort"_s, after->sortValue);
        query.bindValue(u":after_id"_s, after->id);
    }
    query.bindValue(u":limit"_s, limit);
    return SqlStatement::readAll<Activity>(query, fromRow<QSqlQuery>);
}

CacheResult<qint64> ActivityStore::count(std::optional<qint64> caseId)
{
    using Result = CacheResult<qint64>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    if (auto error = SqlStatement::prepare(
            query,
            caseId ? u"SELECT count(*) FROM activities WHERE case_id = :case_id"_s
                   : u"SELECT count(*) FROM activities"_s))
        return Result::failure(*error);
    if (caseId)
        query.bindValue(u":case_id"_s, *caseId);
    if (auto error = SqlStatement::exec(query))
        return Result::failure(*error);
    query.next();
    return Result::success(query.value(0).toLongLong());
}

CacheResult<QString> ActivityStore::usualDepartment(const QString &login)
{
    using Result = CacheResult<QString>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    // the login index (activities_mine) bounds this to the user's own activities
    if (auto error = SqlStatement::prepare(
            query,
            u"SELECT department_name FROM activities "
            u"WHERE assigned_user_login = :login COLLATE NOCASE AND department_name <> '' "
            u"GROUP BY department_name ORDER BY count(*) DESC, department_name LIMIT 1"_s))
        return Result::failure(*error);
    query.bindValue(u":login"_s, login);
    if (auto error = SqlStatement::exec(query))
        return Result::failure(*error);
    return Result::success(query.next() ? query.value(0).toString() : QString());
}

CacheResult<qint64> ActivityStore::userIdOfLogin(const QString &login)
{
    using Result = CacheResult<qint64>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    if (auto error = SqlStatement::prepare(
            query,
            u"SELECT assigned_user_id FROM activities WHERE assigned_user_login = :login "
            u"COLLATE NOCASE AND assigned_user_id > 0 LIMIT 1"_s))
        return Result::failure(*error);
    query.bindValue(u":login"_s, login);
    if (auto error = SqlStatement::exec(query))
        return Result::failure(*error);
    return Result::success(query.next() ? query.value(0).toLongLong() : 0);
}
