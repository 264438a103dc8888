#include "cache/casestore.h"

#include "cache/cachedatabase.h"
#include "cache/jsoncolumns.h"
#include "cache/sqlstatement.h"
#include "cache/sqltransaction.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// One list for INSERT, SELECT and the bound placeholders, in the order of bindRow()/fromRow().
const QStringList columns = {u"id"_s,
                             u"department_id"_s,
                             u"department_name"_s,
                             u"status"_s,
                             u"subject"_s,
                             u"description"_s,
                             u"solution"_s,
                             u"severity"_s,
                             u"customer_id"_s,
                             u"customer_name"_s,
                             u"owner_id"_s,
                             u"owner_name"_s,
                             u"due_date_ms"_s,
                             u"created_ms"_s,
                             u"last_modified_ms"_s,
                             u"originating_channel"_s,
                             u"related_case_ids"_s,
                             u"custom_attributes"_s,
                             u"json"_s};

void bindRow(SqliteStatement &upsert, const Case &c)
{
    const QVariant values[] = {c.id,
                               c.departmentId,
                               c.departmentName,
                               c.status,
                               c.subject,
                               c.description,
                               c.solution,
                               c.severity,
                               c.customerId,
                               c.customerName,
                               c.ownerId,
                               c.ownerName,
                               c.dueDateMs,
                               c.createdMs,
                               c.lastModifiedMs,
                               c.originatingChannel,
                               JsonColumns::fromIds(c.relatedCaseIds),
                               JsonColumns::fromMap(c.customAttributes),
                               JsonColumns::fromBytes(c.json)};
    static_assert(std::size(values) == 19);
    for (int i = 0; i < int(std::size(values)); ++i)
        upsert.bindValue(i + 1, values[i]);
}

// a QSqlQuery or a SqliteStatement (SqlStatement::readByIds())
template<typename Row> Case fromRow(const Row &q)
{
    Case c;
    c.id = q.value(0).toLongLong();
    c.departmentId = q.value(1).toLongLong();
    c.departmentName = q.value(2).toString();
    c.status = q.value(3).toString();
    c.subject = q.value(4).toString();
    c.description = q.value(5).toString();
    c.solution = q.value(6).toString();
    c.severity = q.value(7).toString();
    c.customerId = q.value(8).toLongLong();
    c.customerName = q.value(9).toString();
    c.ownerId = q.value(10).toLongLong();
    c.ownerName = q.value(11).toString();
    c.dueDateMs = q.value(12).toLongLong();
    c.createdMs = q.value(13).toLongLong();
    c.lastModifiedMs = q.value(14).toLongLong();
    c.originatingChannel = q.value(15).toString();
    c.relatedCaseIds = JsonColumns::toIds(q.value(16));
    c.customAttributes = JsonColumns::toMap(q.value(17));
    c.json = JsonColumns::toBytes(q.value(18));
    return c;
}

} // namespace

CaseStore::CaseStore(CacheDatabase &database)
    : m_database(database)
{
}

CacheStatus CaseStore::upsert(const QList<Case> &cases)
{
    return SqlStatement::upsertAll(m_database.connection(), u"cases"_s, columns, cases, bindRow);
}

CacheResult<QList<Case>> CaseStore::byIds(const QList<qint64> &ids)
{
    return SqlStatement::readByIds<Case>(m_database.connection(),
                                         u"SELECT %1 FROM cases "_s.arg(columns.join(u", ")), ids,
                                         fromRow<SqliteStatement>);
}
