#include "cache/migrations.h"

#include "cache/sqlstatement.h"
#include "cache/sqltransaction.h"
#include "core/logging.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QList<MigrationStep> buildSteps()
{
    QList<MigrationStep> steps;

    // Times are epoch milliseconds UTC (0 when the server sent none). Each cache table keeps
    // the server's record in json, so fields AgentDesk does not model yet survive a round trip.
    // No foreign keys between cache tables: a sync may bring activities before their case.
    steps.append(
        {1,
         u"cases, activities, ACD events, sync state and the outbox"_s,
         {
             uR"(CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL DEFAULT 0,
    department_name TEXT,
    status TEXT,
    subject TEXT,
    description TEXT,
    solution TEXT,
    severity TEXT,
    customer_id INTEGER NOT NULL DEFAULT 0,
    customer_name TEXT,
    owner_id INTEGER NOT NULL DEFAULT 0,
    owner_name TEXT,
    due_date_ms INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL DEFAULT 0,
    last_modified_ms INTEGER NOT NULL DEFAULT 0,
    originating_channel TEXT,
    related_case_ids TEXT,  -- JSON array of ids
    custom_attributes TEXT, -- JSON object name -> value
    json TEXT))"_s,
             u"CREATE INDEX cases_last_modified ON cases(last_modified_ms)"_s,
             uR"(CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL DEFAULT 0,
    department_id INTEGER NOT NULL DEFAULT 0,
    department_name TEXT,
    type TEXT,
    type_display TEXT,
    subtype TEXT,
    subtype_display TEXT,
    mode TEXT,
    mode_display TEXT,
    status TEXT,
    status_display TEXT,
    substatus TEXT,
    assigned_user_id INTEGER NOT NULL DEFAULT 0,
    assigned_user_name TEXT,
    subject TEXT,
    customer_id INTEGER NOT NULL DEFAULT 0,
    customer_name TEXT,
    priority TEXT,
    created_ms INTEGER NOT NULL DEFAULT 0,
    last_modified_ms INTEGER NOT NULL DEFAULT 0,
    due_date_ms INTEGER NOT NULL DEFAULT 0,
    queue_id INTEGER NOT NULL DEFAULT 0,
    queue_name TEXT,
    contact_point_data TEXT,
    content_text TEXT,
    content_html TEXT,
    custom_attributes TEXT, -- JSON object name -> value
    json TEXT))"_s,
             u"CREATE INDEX activities_case_id ON activities(case_id)"_s,
             u"CREATE INDEX activities_last_modified ON activities(last_modified_ms)"_s,
             u"CREATE INDEX activities_status ON activities(status)"_s,
             // The fields AcdEvent models are real columns. The other documented
             // fields of the jtel "AcdEvent record" are VIRTUAL columns read from json
             // by SQLite: queryable, free on write, and never out of step with the
             // record. Their timestamps stay the server's local-time text.
             uR"(CREATE TABLE acd_events (
    id INTEGER PRIMARY KEY,
    type_id INTEGER NOT NULL DEFAULT 0,
    status_id INTEGER NOT NULL DEFAULT 0,
    group_id INTEGER,
    users_id INTEGER,
    sender TEXT,
    receiver TEXT,
    subject TEXT,
    created_ms INTEGER NOT NULL DEFAULT 0,
    priority INTEGER,
    json TEXT,
    configuration_group_id INTEGER AS (json_extract(json, '$.AcdConfigurationGroupsID')),
    agent_group_id INTEGER AS (json_extract(json, '$.AcdAgentGroupsID')),
    crm_url TEXT AS (json_extract(json, '$.CrmURL')),
    user_data TEXT AS (json_extract(json, '$.UserData')),
    user_data2 TEXT AS (json_extract(json, '$.UserData2')),
    user_data3 TEXT AS (json_extract(json, '$.UserData3')),
    foreign_system_number TEXT AS (json_extract(json, '$.ForeignSystemNumber')),
    event_data TEXT AS (json_extract(json, '$.EventData')),
    modified_local TEXT AS (json_extract(json, '$.dtModified')),
    last_modified_local TEXT AS (json_extract(json, '$.dtLastModified')),
    received_local TEXT AS (json_extract(json, '$.dtReceived')),
    remind_local TEXT AS (json_extract(json, '$.dtRemind')),
    appointment_local TEXT AS (json_extract(json, '$.dtAppointment')),
    last_agent_time INTEGER AS (json_extract(json, '$.LastAgentTime')),
    close_by_foreign_system INTEGER AS (json_extract(json, '$.bCloseByForeignSystem'))))"_s,
             u"CREATE INDEX acd_events_queue ON acd_events(created_ms, id)"_s,
             u"CREATE INDEX acd_events_status ON acd_events(status_id)"_s,
             // server: 'case' or 'jtel'; key e.g. 'lastModifiedMs', 'lastSyncAt'
             uR"(CREATE TABLE sync_state (
    server TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT,
    PRIMARY KEY (server, key)) WITHOUT ROWID)"_s,
             // SQLite autoincrements only an INTEGER PRIMARY KEY, so seq is the row id
             // (never reused, hence a safe order) and the client UUID is the unique key
             // everything addresses. No CHECK on server/kind/state: a CHECK could only
             // be changed by rebuilding the table, which the outbox rule forbids.
             uR"(CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    profile TEXT NOT NULL,
    server TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    sent_at INTEGER,
    last_error_code TEXT,
    last_error_message TEXT,
    depends_on TEXT REFERENCES outbox(id),
    result TEXT,
    outcome_unknown INTEGER NOT NULL DEFAULT 0))"_s,
             u"CREATE INDEX outbox_queue ON outbox(server, state, seq)"_s,
             u"CREATE INDEX outbox_depends_on ON outbox(depends_on) WHERE depends_on IS NOT NULL"_s,
         }});

    // The activities pane pages one case's activities newest first by keyset
    // (last_modified_ms, id); with only the case_id index of step 1 SQLite sorts every
    // activity of the case for each page.
    steps.append(
        {2,
         u"activities: page index by case and last modification"_s,
         {
             u"CREATE INDEX activities_case_page ON activities(case_id, last_modified_ms, id)"_s,
             u"DROP INDEX activities_case_id"_s,
         }});

    // The jtel list has no reliable change marker (AcdEvents reference §4/§5.5: when dtModified
    // changes is not documented, and status changes happen in the jtel agent UI), so the sync
    // engine compares a hash of the whole record (AcdEventStore::contentHash). Rows cached
    // before have none (NULL) and are rewritten once by the next sync. The index covers the
    // diff's read of every (id, hash), which would otherwise scan every record (~1 KB each).
    steps.append({3,
                  u"acd_events: content hash of the record, for the sync diff"_s,
                  {
                      u"ALTER TABLE acd_events ADD COLUMN json_hash INTEGER"_s,
                      u"CREATE INDEX acd_events_hash ON acd_events(id, json_hash)"_s,
                  }});

    // "My activities" is the sync engine's own search, by the profile's login (`name` of the
    // assigned user); the cache kept only the name as shown. Rows cached before have none
    // until the next pull rewrites them. The index pages the scope newest first.
    steps.append({4,
                  u"activities: login of the assigned user, for my activities"_s,
                  {
                      u"ALTER TABLE activities ADD COLUMN assigned_user_login TEXT"_s,
                      u"CREATE INDEX activities_mine ON activities("
                      u"assigned_user_login COLLATE NOCASE, last_modified_ms, id)"_s,
                  }});

    // The calltrack subtypes and the departments they are configured for ("Get Activity
    // Attributes"), stored at each sync, so a calltrack can be logged offline with the
    // tenant's own values. The server's order is kept in position.
    steps.append({5,
                  u"calltrack subtypes and their departments, for offline calltracks"_s,
                  {
                      uR"(CREATE TABLE calltrack_subtypes (
    position INTEGER PRIMARY KEY,
    value TEXT NOT NULL,
    display_value TEXT,
    departments TEXT NOT NULL DEFAULT '[]'))"_s,
                  }});
    // The Team pane: open activities per agent and per queue by status. Counting a million rows
    // at every refresh takes far longer than a refresh may, so triggers keep the counts as rows
    // come and go (a few microseconds per written row); the oldest open one per agent and queue
    // is one step down a partial index of the open activities.
    // kind 1 an agent (assigned user), 2 a queue (with the department of its activities), 3 a
    // department: the Team pane shows agents and queues, a transfer's choosers all three
    const QString joinAgent = uR"(
    INSERT INTO team_load (kind, target_id, status, name, login, status_display, department_id,
                           open_count)
        SELECT 1, NEW.assigned_user_id, NEW.status, NEW.assigned_user_name,
               NEW.assigned_user_login, NEW.status_display, 0, 1 WHERE NEW.assigned_user_id > 0
        ON CONFLICT DO UPDATE SET open_count = open_count + 1,
            name = coalesce(excluded.name, name), login = coalesce(excluded.login, login),
            status_display = coalesce(excluded.status_display, status_display);)"_s;
    const QString joinQueue = uR"(
    INSERT INTO team_load (kind, target_id, status, name, login, status_display, department_id,
                           open_count)
        SELECT 2, NEW.queue_id, NEW.status, NEW.queue_name, '', NEW.status_display,
               NEW.department_id, 1 WHERE NEW.queue_id > 0
        ON CONFLICT DO UPDATE SET open_count = open_count + 1,
            name = coalesce(excluded.name, name),
            status_display = coalesce(excluded.status_display, status_display),
            department_id = max(excluded.department_id, department_id);)"_s;
    const QString joinDepartment = uR"(
    INSERT INTO team_load (kind, target_id, status, name, login, status_display, department_id,
                           open_count)
        SELECT 3, NEW.department_id, NEW.status, NEW.department_name, '', NEW.status_display,
               NEW.department_id, 1 WHERE NEW.department_id > 0
        ON CONFLICT DO UPDATE SET open_count = open_count + 1,
            name = coalesce(excluded.name, name),
            status_display = coalesce(excluded.status_display, status_display);)"_s;
    const QString joinGroups = joinAgent + joinQueue + joinDepartment;
    const QString leaveAgent = uR"(
    UPDATE team_load SET open_count = open_count - 1
        WHERE kind = 1 AND target_id = OLD.assigned_user_id AND status = OLD.status;)"_s;
    const QString leaveQueue = uR"(
    UPDATE team_load SET open_count = open_count - 1
        WHERE kind = 2 AND target_id = OLD.queue_id AND status = OLD.status;)"_s;
    const QString leaveDepartment = uR"(
    UPDATE team_load SET open_count = open_count - 1
        WHERE kind = 3 AND target_id = OLD.department_id AND status = OLD.status;)"_s;
    const QString leaveGroups = leaveAgent + leaveQueue + leaveDepartment;
    // an upsert rewrites every column: only a move between groups counts
    const QString movesBetweenGroups
        = u"(NEW.status IS NOT OLD.status OR NEW.assigned_user_id IS NOT OLD.assigned_user_id "
          u"OR NEW.queue_id IS NOT OLD.queue_id OR NEW.department_id IS NOT OLD.department_id)"_s;
    steps.append({6,
                  u"team load: open activities per agent, queue and department, kept by triggers"_s,
                  {
                      uR"(CREATE TABLE team_load (
    kind INTEGER NOT NULL, -- 1 an agent (assigned user), 2 a queue, 3 a department
    target_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    name TEXT,
    login TEXT,
    status_display TEXT,
    department_id INTEGER NOT NULL DEFAULT 0, -- a queue's
    open_count INTEGER NOT NULL,
    PRIMARY KEY (kind, target_id, status)) WITHOUT ROWID)"_s,
                      uR"(INSERT INTO team_load
    SELECT 1, assigned_user_id, status, max(assigned_user_name), max(assigned_user_login),
           max(status_display), 0, count(*)
    FROM activities WHERE status <> 'completed' AND assigned_user_id > 0
    GROUP BY assigned_user_id, status)"_s,
                      uR"(INSERT INTO team_load
    SELECT 2, queue_id, status, max(queue_name), '', max(status_display), max(department_id),
           count(*)
    FROM activities WHERE status <> 'completed' AND queue_id > 0
    GROUP BY queue_id, status)"_s,
                      uR"(INSERT INTO team_load
    SELECT 3, department_id, status, max(department_name), '', max(status_display),
           department_id, count(*)
    FROM activities WHERE status <> 'completed' AND department_id > 0
    GROUP BY department_id, status)"_s,
                      u"CREATE TRIGGER activities_team_insert AFTER INSERT ON activities "
                      u"WHEN NEW.status <> 'completed' BEGIN"_s
                          + joinGroups + u" END"_s,
                      u"CREATE TRIGGER activities_team_delete AFTER DELETE ON activities "
                      u"WHEN OLD.status <> 'completed' BEGIN"_s
                          + leaveGroups + u" END"_s,
                      u"CREATE TRIGGER activities_team_leave AFTER UPDATE ON activities "
                      u"WHEN OLD.status <> 'completed' AND "_s
                          + movesBetweenGroups + u" BEGIN"_s + leaveGroups + u" END"_s,
                      u"CREATE TRIGGER activities_team_join AFTER UPDATE ON activities "
                      u"WHEN NEW.status <> 'completed' AND "_s
                          + movesBetweenGroups + u" BEGIN"_s + joinGroups + u" END"_s,
                      u"CREATE INDEX activities_open_by_user ON activities(assigned_user_id, "
                      u"created_ms) WHERE status <> 'completed'"_s,
                      u"CREATE INDEX activities_open_by_queue ON activities(queue_id, created_ms) "
                      u"WHERE status <> 'completed'"_s,
                  }});

    // When the effects of a done entry reached the cache (its activities read back): a
    // transfer queued before then carries a lastModified from before them, and is read again
    // before it is sent (OutboxDispatcher::changedByEarlierEntry). NULL from markDone until they
    // have, for ever if that read failed; 0 for entries done before this step, which keep the
    // rule they were sent under (judged by when they were sent).
    steps.append({7,
                  u"outbox: when a done entry's effects reached the cache"_s,
                  {
                      u"ALTER TABLE outbox ADD COLUMN effects_cached_at INTEGER DEFAULT 0"_s,
                  }});

    // Step 6 left and joined all three kinds of group when an activity moved between any of
    // them: a transfer to a user (the agent changes, queue and department do not) ran six
    // statements per activity of its read-back where two count. Per
    // kind, each trigger fires when its own group changes (a queue's also when its activities'
    // department does: it keeps that department).
    auto movesBetween = [](const QString &columns) {
        QStringList changed {u"NEW.status IS NOT OLD.status"_s};
        for (const QString &column : columns.split(u' '))
            changed.append(u"NEW.%1 IS NOT OLD.%1"_s.arg(column));
        return u"("_s + changed.join(u" OR "_s) + u')';
    };
    auto onUpdate = [](const QString &name, const QString &when, const QString &body) {
        return u"CREATE TRIGGER %1 AFTER UPDATE ON activities WHEN %2 BEGIN%3 END"_s.arg(name, when,
                                                                                         body);
    };
    const QString agent = movesBetween(u"assigned_user_id"_s);
    const QString queue = movesBetween(u"queue_id department_id"_s);
    const QString department = movesBetween(u"department_id"_s);
    const QString wasOpen = u"OLD.status <> 'completed' AND "_s;
    const QString isOpen = u"NEW.status <> 'completed' AND "_s;
    steps.append(
        {8,
         u"team load: an activity leaves and joins only the groups it moves between"_s,
         {
             u"DROP TRIGGER activities_team_leave"_s,
             u"DROP TRIGGER activities_team_join"_s,
             onUpdate(u"activities_team_leave_agent"_s, wasOpen + agent, leaveAgent),
             onUpdate(u"activities_team_join_agent"_s, isOpen + agent, joinAgent),
             onUpdate(u"activities_team_leave_queue"_s, wasOpen + queue, leaveQueue),
             onUpdate(u"activities_team_join_queue"_s, isOpen + queue, joinQueue),
             onUpdate(u"activities_team_leave_department"_s, wasOpen + department, leaveDepartment),
             onUpdate(u"activities_team_join_department"_s, isOpen + department, joinDepartment),
         }});
    return steps;
}

} // namespace

const QList<MigrationStep> &Migrations::all()
{
    static const QList<MigrationStep> steps = buildSteps();
    return steps;
}

int Migrations::latestVersion(const QList<MigrationStep> &steps)
{
    int latest = 0;
    for (const MigrationStep &step : steps)
        latest = std::max(latest, step.version);
    return latest;
}

CacheResult<int> Migrations::userVersion(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return CacheResult<int>::failure(SqlStatement::notOpen());
    QSqlQuery query(db);
    if (auto error = SqlStatement::exec(query, u"PRAGMA user_version"_s))
        return CacheResult<int>::failure(*error);
    if (!query.next())
        return CacheResult<int>::failure({CacheError::Kind::Database, u"no user_version"_s});
    return CacheResult<int>::success(query.value(0).toInt());
}

CacheStatus Migrations::apply(const QSqlDatabase &db, const QList<MigrationStep> &steps)
{
    const auto current = userVersion(db);
    if (!current.ok())
        return current.error;
    for (const MigrationStep &step : steps) {
        if (step.version <= current.value)
            continue;
        SqlTransaction transaction(db);
        if (transaction.beginError())
            return transaction.beginError();
        QSqlQuery query(db);
        for (const QString &statement : step.statements) {
            if (auto error = SqlStatement::exec(query, statement)) {
                error->message
                    = u"schema step %1 failed: %2"_s.arg(step.version).arg(error->message);
                return error;
            }
        }
        if (auto error = SqlStatement::exec(query, u"PRAGMA user_version = %1"_s.arg(step.version)))
            return error;
        query.finish();
        if (auto error = transaction.commit())
            return error;
        qCInfo(lcCache).noquote() << "cache schema now at version" << step.version << "-"
                                  << step.summary;
    }
    return std::nullopt;
}
