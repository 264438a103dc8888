#include "cache/teamloadstore.h"

#include "cache/cachedatabase.h"
#include "cache/sqlstatement.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Load = TeamLoadStore::Load;

// rows of (kind, id, status, name, login, status display, count), grouped into loads
CacheResult<QList<Load>> group(QSqlQuery &query)
{
    QList<Load> loads;
    QHash<std::pair<int, qint64>, qsizetype> at;
    while (query.next()) {
        const int kind = query.value(0).toInt();
        const qint64 id = query.value(1).toLongLong();
        const int count = query.value(6).toInt();
        if (count <= 0)
            continue;
        const auto key = std::pair {kind, id};
        auto found = at.find(key);
        if (found == at.end()) {
            Load load;
            load.kind = Load::Kind(kind);
            load.id = id;
            found = at.insert(key, loads.size());
            loads.append(load);
        }
        Load &load = loads[*found];
        if (load.name.isEmpty())
            load.name = query.value(3).toString();
        if (load.login.isEmpty())
            load.login = query.value(4).toString();
        load.statuses.append({query.value(2).toString(), query.value(5).toString(), count});
        load.openCount += count;
    }
    for (Load &load : loads) {
        std::sort(load.statuses.begin(), load.statuses.end(), [](const auto &a, const auto &b) {
            return a.count != b.count ? a.count > b.count : a.status < b.status;
        });
    }
    std::sort(loads.begin(), loads.end(), [](const Load &a, const Load &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.id < b.id;
    });
    return CacheResult<QList<Load>>::success(loads);
}

// The oldest open activity of each, one step down the partial indexes of schema step 6.
CacheStatus addOldest(const QSqlDatabase &db, QList<Load> &loads)
{
    QSqlQuery byUser(db);
    QSqlQuery byQueue(db);
    if (auto error = SqlStatement::prepare(
            byUser,
            u"SELECT min(created_ms) FROM activities WHERE assigned_user_id = :id "
            u"AND status <> 'completed' AND created_ms > 0"_s))
        return error;
    if (auto error
        = SqlStatement::prepare(byQueue,
                                u"SELECT min(created_ms) FROM activities WHERE queue_id = :id "
                                u"AND status <> 'completed' AND created_ms > 0"_s))
        return error;
    for (Load &load : loads) {
        QSqlQuery &query = load.kind == Load::Kind::Agent ? byUser : byQueue;
        query.bindValue(u":id"_s, load.id);
        if (auto error = SqlStatement::exec(query))
            return error;
        load.oldestCreatedMs = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
    }
    return std::nullopt;
}

} // namespace

TeamLoadStore::TeamLoadStore(CacheDatabase &database)
    : m_database(database)
{
}

CacheResult<QList<TeamLoadStore::Load>> TeamLoadStore::read()
{
    return readGrouped(u"SELECT kind, target_id, status, name, login, status_display, open_count "
                       u"FROM team_load WHERE open_count > 0 AND kind IN (1, 2)"_s);
}

CacheResult<QList<TeamLoadStore::Load>> TeamLoadStore::recount()
{
    return readGrouped(
        u"SELECT 1, assigned_user_id, status, max(assigned_user_name), max(assigned_user_login), "
        u"max(status_display), count(*) FROM activities "
        u"WHERE status <> 'completed' AND assigned_user_id > 0 GROUP BY 2, 3 "
        u"UNION ALL SELECT 2, queue_id, status, max(queue_name), '', max(status_display), "
        u"count(*) FROM activities WHERE status <> 'completed' AND queue_id > 0 GROUP BY 2, 3"_s);
}

CacheResult<TeamLoadStore::Targets> TeamLoadStore::targets()
{
    using Result = CacheResult<Targets>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = SqlStatement::exec(
            query,
            u"SELECT kind, target_id, max(name), max(department_id) FROM team_load "
            u"WHERE open_count > 0 GROUP BY kind, target_id"_s))
        return Result::failure(*error);
    Targets targets;
    while (query.next()) {
        const qint64 id = query.value(1).toLongLong();
        const std::pair<qint64, QString> target {id, query.value(2).toString()};
        switch (query.value(0).toInt()) {
        case 1:
            targets.users.append(target);
            break;
        case 2:
            targets.queues.append(target);
            if (const qint64 department = query.value(3).toLongLong(); department > 0)
                targets.queueDepartments.insert(id, department);
            break;
        case 3:
            targets.departments.append(target);
            break;
        }
    }
    for (auto *list : {&targets.users, &targets.queues, &targets.departments}) {
        std::sort(list->begin(), list->end(), [](const auto &a, const auto &b) {
            const int byName = a.second.localeAwareCompare(b.second);
            return byName != 0 ? byName < 0 : a.first < b.first;
        });
    }
    return Result::success(targets);
}

CacheResult<QList<TeamLoadStore::Load>> TeamLoadStore::readGrouped(const QString &sql)
{
    using Result = CacheResult<QList<Load>>;
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return Result::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = SqlStatement::exec(query, sql))
        return Result::failure(*error);
    Result loads = group(query);
    if (auto error = addOldest(db, loads.value))
        return Result::failure(*error);
    return loads;
}
