#include "operationaudit.h"

#include "apiauth.h"
#include "httpresult.h"
#include "jsonpath.h"
#include "sandboxprocess.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

void AuditVerdict::add(const AuditVerdict &other)
{
    lost += other.lost;
    duplicated += other.duplicated;
    offTarget += other.offTarget;
    problems += other.problems;
}

namespace {

struct ServerActivity
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString subject;
};

// where a reassigned activity is
struct Placement
{
    QString status;
    qint64 userId = 0;
    qint64 queueId = 0;
    qint64 departmentId = 0;

    bool isAt(const Operation &reassign) const
    {
        switch (reassign.reassignTo) {
        case ReassignRequest::Operation::TransferToUser:
        case ReassignRequest::Operation::Pick: // targetId: the picking user
            return status == u"assigned" && userId == reassign.targetId;
        case ReassignRequest::Operation::TransferToQueue:
            return status == u"in_queue" && userId == 0 && queueId == reassign.targetId;
        case ReassignRequest::Operation::TransferToDepartment:
            // which queue the department's transfer workflow chose is the server's business
            return departmentId == reassign.targetId;
        }
        return false;
    }
    QString describe() const
    {
        return u"%1 user %2 queue %3 department %4"_s.arg(status).arg(userId).arg(queueId).arg(
            departmentId);
    }
};

struct ServerState
{
    QList<ServerActivity> calltracks; // created since the workload started
    QHash<QString, QList<qint64>> casesBySubject; // the cases of customer 5001
    QHash<QString, int> eventsBySubject;
    QHash<qint64, qint64> caseOfActivity; // the activities the moves name
    QHash<qint64, Placement> placementOf; // the activities the transfers and picks name
};

ServerActivity activityFrom(const QJsonValue &value)
{
    return {JsonPath::text(value, u"id"_s).toLongLong(),
            JsonPath::text(value, u"case.id"_s).toLongLong(), value[u"subject"].toString()};
}

// every page of a v3 search (75 at most per page; 204 after the last)
bool readPages(const SandboxProcess &sandbox, const QString &token, const QString &path,
               QUrlQuery query, const QString &member, QJsonArray *records, QString *error)
{
    query.addQueryItem(u"$pagesize"_s, u"75"_s);
    for (int page = 1; page < 1000; ++page) {
        QUrlQuery paged = query;
        paged.addQueryItem(u"$pagenum"_s, QString::number(page));
        const HttpResult read
            = sendRequest("GET", sandbox.url(path + u'?' + paged.toString(QUrl::FullyEncoded)),
                          ApiAuth::bearerHeaders(token));
        if (read.status == 204)
            return true;
        if (read.status != 200) {
            *error = u"reading %1 failed: %2"_s.arg(path, read.describe());
            return false;
        }
        const QJsonArray found = read.object().value(member).toArray();
        for (const QJsonValue &record : found)
            records->append(record);
        if (found.size() < 75)
            return true;
    }
    return true;
}

bool readState(const SandboxProcess &sandbox, const QList<Operation> &operations,
               qint64 createdSinceMs, ServerState *state, QString *error)
{
    const QString token = ApiAuth::clientCredentialsToken(sandbox);
    if (token.isEmpty()) {
        *error = u"the sandbox gave the API client no token"_s;
        return false;
    }

    QUrlQuery calltracks;
    calltracks.addQueryItem(u"type"_s, u"call_track"_s);
    const QString since
        = QDateTime::fromMSecsSinceEpoch(createdSinceMs, Qt::UTC).toString(Qt::ISODateWithMs);
    calltracks.addQueryItem(u"createdDate"_s, u"[%1,]"_s.arg(since));
    QJsonArray activities;
    if (!readPages(sandbox, token, u"/core/casemgr/v3/activity"_s, calltracks, u"activity"_s,
                   &activities, error))
        return false;
    for (const QJsonValue &activity : std::as_const(activities))
        state->calltracks.append(activityFrom(activity));

    QUrlQuery cases;
    cases.addQueryItem(u"customer"_s, u"5001"_s);
    QJsonArray caseRecords;
    if (!readPages(sandbox, token, u"/core/casemgr/v3/case"_s, cases, u"case"_s, &caseRecords,
                   error))
        return false;
    for (const QJsonValue &record : std::as_const(caseRecords))
        state->casesBySubject[record[u"subject"].toString()].append(
            JsonPath::text(record, u"id"_s).toLongLong());

    const HttpResult events = sendRequest(
        "GET", sandbox.url(u"/rest/v1.0/1234/acd/events"_s),
        {{"Accept", "application/json"}, {"Authorization", "Bearer sandbox-jtel-token"}});
    if (events.status != 200) {
        *error = u"reading the jtel events failed: "_s + events.describe();
        return false;
    }
    for (const QJsonValue &event : events.object().value(u"records"_s).toArray())
        ++state->eventsBySubject[event[u"Subject"].toString()];

    QList<qint64> moved;
    QSet<qint64> reassigned;
    for (const Operation &operation : operations) {
        if (operation.kind == Operation::Kind::Reassign) {
            for (qint64 id : operation.activityIds)
                reassigned.insert(id);
        }
        moved += operation.activityIds;
    }
    // several operations may name an activity; 75 ids per read at most
    moved = QSet<qint64>(moved.cbegin(), moved.cend()).values();
    std::sort(moved.begin(), moved.end());
    for (qsizetype first = 0; first < moved.size(); first += 75) {
        const HttpResult read
            = sendRequest("GET",
                          sandbox.url(u"/core/casemgr/v3/activity/%1?$attribute=queue"_s.arg(
                              joinedIds(moved.mid(first, 75)))),
                          ApiAuth::bearerHeaders(token));
        if (read.status != 200) {
            *error = u"reading the moved and reassigned activities failed: "_s + read.describe();
            return false;
        }
        for (const QJsonValue &activity : read.object().value(u"activity"_s).toArray()) {
            const ServerActivity found = activityFrom(activity);
            state->caseOfActivity.insert(found.id, found.caseId);
            if (reassigned.contains(found.id)) {
                state->placementOf.insert(
                    found.id,
                    {JsonPath::text(activity, u"status.value"_s),
                     JsonPath::text(activity, u"status.assigned.user.id"_s).toLongLong(),
                     JsonPath::text(activity, u"queue.id"_s).toLongLong(),
                     JsonPath::text(activity, u"department.id"_s).toLongLong()});
            }
        }
    }
    return true;
}

bool isApplied(const QJsonObject &request)
{
    return request.value(u"status"_s).toInt() / 100 == 2;
}

QJsonObject bodyOf(const QJsonObject &request)
{
    return QJsonDocument::fromJson(request.value(u"body"_s).toString().toUtf8()).object();
}

// the ids of PUT …/activity/{IDs}/changecase
QList<qint64> movedIds(const QString &path)
{
    const QStringList parts = path.split(u'/');
    QList<qint64> ids;
    if (parts.size() < 2)
        return ids;
    for (const QString &id : parts.at(parts.size() - 2).split(u','))
        ids.append(id.toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

// PUT …/activity/transfer?user|queue|department=ID or …/activity/pick to the operation's target
bool reassignsTo(const QJsonObject &request, const Operation &operation)
{
    const QString path = request.value(u"path"_s).toString();
    if (request.value(u"method"_s).toString() != u"PUT")
        return false;
    if (operation.reassignTo == ReassignRequest::Operation::Pick)
        return path.endsWith(u"/activity/pick"_s);
    if (!path.endsWith(u"/activity/transfer"_s))
        return false;
    const QUrlQuery query(request.value(u"query"_s).toString());
    const QString parameter = operation.reassignTo == ReassignRequest::Operation::TransferToUser
        ? u"user"_s
        : operation.reassignTo == ReassignRequest::Operation::TransferToQueue ? u"queue"_s
                                                                              : u"department"_s;
    return query.queryItemValue(parameter) == QString::number(operation.targetId);
}

// per activity of a transfer or pick: the 2xx requests to its target that named it
QHash<qint64, int> reassignedInLog(const QList<QJsonObject> &log, const Operation &operation)
{
    QHash<qint64, int> applied;
    for (qint64 id : operation.activityIds)
        applied.insert(id, 0);
    for (const QJsonObject &request : log) {
        if (!isApplied(request) || !reassignsTo(request, operation))
            continue;
        const QJsonArray named = bodyOf(request).value(u"activity"_s).toArray();
        for (const QJsonValue &entry : named) {
            const qint64 id = JsonPath::text(entry, u"id"_s).toLongLong();
            if (applied.contains(id))
                ++applied[id];
        }
    }
    return applied;
}

int appliedInLog(const QList<QJsonObject> &log, const Operation &operation)
{
    if (operation.kind == Operation::Kind::Reassign) {
        // once: every activity in exactly one applied request; none when one is in none
        const QHash<qint64, int> perActivity = reassignedInLog(log, operation);
        int fewest = std::numeric_limits<int>::max();
        int most = 0;
        for (int times : perActivity) {
            fewest = qMin(fewest, times);
            most = qMax(most, times);
        }
        return perActivity.isEmpty() || fewest == 0 ? 0 : most;
    }
    QList<qint64> sortedIds = operation.activityIds;
    std::sort(sortedIds.begin(), sortedIds.end());
    int applied = 0;
    for (const QJsonObject &request : log) {
        if (!isApplied(request))
            continue;
        const QString method = request.value(u"method"_s).toString();
        const QString path = request.value(u"path"_s).toString();
        switch (operation.kind) {
        case Operation::Kind::CreateCalltrack:
            applied += method == u"POST"
                && (path.endsWith(u"/interaction/activity"_s)
                    || path.endsWith(u"/activity/calltrack"_s))
                && bodyOf(request).value(u"subject"_s).toString() == operation.subject;
            break;
        case Operation::Kind::CreateCallback:
            applied += method == u"POST" && path.endsWith(u"/acd/events/create"_s)
                && bodyOf(request).value(u"Subject"_s).toString() == operation.subject;
            break;
        case Operation::Kind::ChangeCase:
            if (method != u"PUT" || !path.endsWith(u"/changecase"_s))
                break;
            applied += operation.movesToNewCase()
                ? bodyOf(request).value(u"subject"_s).toString() == operation.subject
                : movedIds(path) == sortedIds;
            break;
        case Operation::Kind::Reassign:
            break; // above
        }
    }
    return applied;
}

} // namespace

namespace OperationAudit {

QList<OperationCount> count(const SandboxProcess &sandbox, const QList<QJsonObject> &log,
                            const QList<Operation> &operations, qint64 createdSinceMs,
                            QString *error)
{
    ServerState state;
    if (!readState(sandbox, operations, createdSinceMs, &state, error))
        return {};

    // the last transfer or pick of each activity: only that one's target can be seen
    QHash<qint64, qsizetype> lastReassign;
    for (qsizetype i = 0; i < operations.size(); ++i) {
        if (operations.at(i).kind == Operation::Kind::Reassign) {
            for (qint64 id : operations.at(i).activityIds)
                lastReassign.insert(id, i);
        }
    }

    QList<OperationCount> counts;
    QHash<int, qint64> createdActivity; // operation index -> its one activity on the server
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const Operation &operation = operations.at(i);
        OperationCount counted;
        counted.inLog = appliedInLog(log, operation);
        switch (operation.kind) {
        case Operation::Kind::CreateCalltrack: {
            QList<qint64> ids;
            for (const ServerActivity &activity : std::as_const(state.calltracks)) {
                if (activity.subject == operation.subject)
                    ids.append(activity.id);
            }
            counted.onServer = int(ids.size());
            counted.detail = u"activities "_s + joinedIds(ids);
            if (ids.size() == 1)
                createdActivity.insert(int(i), ids.constFirst());
            break;
        }
        case Operation::Kind::CreateCallback:
            counted.onServer = state.eventsBySubject.value(operation.subject);
            counted.detail = u"%1 events"_s.arg(counted.onServer);
            break;
        case Operation::Kind::ChangeCase: {
            QList<qint64> moved = operation.activityIds;
            if (operation.movesOperation >= 0 && createdActivity.contains(operation.movesOperation))
                moved = {createdActivity.value(operation.movesOperation)};
            QHash<qint64, qint64> caseOf = state.caseOfActivity;
            for (const ServerActivity &activity : std::as_const(state.calltracks))
                caseOf.insert(activity.id, activity.caseId);
            QList<qint64> where;
            for (qint64 id : std::as_const(moved))
                where.append(caseOf.value(id));
            const bool together = !moved.isEmpty()
                && std::all_of(where.cbegin(), where.cend(),
                               [&where](qint64 caseId) { return caseId == where.constFirst(); });
            if (operation.movesToNewCase()) {
                const QList<qint64> cases = state.casesBySubject.value(operation.subject);
                counted.onServer = int(cases.size());
                // the one new case must hold what was moved
                if (cases.size() == 1 && !(together && where.constFirst() == cases.constFirst()))
                    counted.onServer = 0;
                counted.detail = u"cases %1 named so; activities %2 in cases %3"_s.arg(
                    joinedIds(cases), joinedIds(moved), joinedIds(where));
            } else {
                counted.onServer = together && where.constFirst() == operation.targetCaseId;
                counted.detail
                    = u"activities %1 in cases %2"_s.arg(joinedIds(moved), joinedIds(where));
            }
            break;
        }
        case Operation::Kind::Reassign: {
            QList<qint64> last;
            QStringList off;
            for (qint64 id : operation.activityIds) {
                if (lastReassign.value(id) != i)
                    continue;
                last.append(id);
                const Placement placement = state.placementOf.value(id);
                if (!placement.isAt(operation))
                    off.append(u"%1 %2"_s.arg(id).arg(placement.describe()));
            }
            counted.offTarget = int(off.size());
            if (last.isEmpty()) {
                counted.onServer = OperationCount::NotObservable;
                counted.detail = u"a later transfer or pick moved its activities on"_s;
            } else {
                counted.onServer = off.isEmpty();
                counted.detail = off.isEmpty()
                    ? u"its %1 activities at its target, the last one requested"_s.arg(last.size())
                    : u"not at its target, the last one requested: "_s + off.join(u", "_s);
            }
            if (operation.finalState != u"done")
                counted.detail += u"; its outbox entries ended %1"_s.arg(operation.finalState);
            break;
        }
        }
        counts.append(counted);
    }
    return counts;
}

AuditVerdict judge(const QList<Operation> &operations, const QList<OperationCount> &counts)
{
    AuditVerdict verdict;
    for (qsizetype i = 0; i < operations.size() && i < counts.size(); ++i) {
        const Operation &operation = operations.at(i);
        const OperationCount &counted = counts.at(i);
        const bool lost = counted.inLog == 0 || counted.onServer == 0;
        const bool duplicated = counted.inLog > 1 || counted.onServer > 1
            || (operation.kind == Operation::Kind::Reassign
                && operation.finalState == u"needs-attention");
        verdict.offTarget += counted.offTarget;
        if (!lost && !duplicated)
            continue;
        verdict.lost += lost;
        verdict.duplicated += duplicated;
        verdict.problems.append(
            u"%1 \"%2\" (outbox entry %3, exit code %4): %5 applied in the request log, %6 on "
            "the server (%7)"_s
                .arg(lost ? u"LOST"_s : u"DUPLICATED"_s, operation.subject, operation.entryId)
                .arg(operation.exitCode)
                .arg(counted.inLog)
                .arg(counted.onServer == OperationCount::NotObservable
                         ? u"not observable"_s
                         : QString::number(counted.onServer))
                .arg(counted.detail));
    }
    return verdict;
}

SessionTally sessions(const QList<QJsonObject> &log, const QList<qsizetype> &processStarts)
{
    SessionTally tally;
    for (qsizetype p = 0; p < processStarts.size(); ++p) {
        const qsizetype first = processStarts.at(p);
        const qsizetype end = p + 1 < processStarts.size() ? processStarts.at(p + 1) : log.size();
        QSet<QString> expired;
        // login calls in order (a call keeps its X-Request-ID through the transport's retries)
        // and whether the client got a session from it
        QStringList loginCalls;
        QSet<QString> succeeded;
        for (qsizetype i = first; i < end && i < log.size(); ++i) {
            const QJsonObject &request = log.at(i);
            const QString path = request.value(u"path"_s).toString();
            const bool faulted = request.value(u"fault"_s).toString() != u"none";
            const int status = request.value(u"status"_s).toInt();
            if (path.endsWith(u"/authentication/user/login"_s)) {
                const QString call
                    = request.value(u"headers"_s).toObject().value(u"X-Request-ID"_s).toString();
                if (!loginCalls.contains(call))
                    loginCalls.append(call);
                if (!faulted && status / 100 == 2)
                    succeeded.insert(call);
            } else if (!faulted && status == 401
                       && !path.endsWith(u"/authentication/user/logout"_s)) {
                // an answer the client received: a fault hid it
                const QString session
                    = request.value(u"headers"_s).toObject().value(u"X-egain-session"_s).toString();
                if (!session.isEmpty())
                    expired.insert(session);
            }
        }
        // After a login call that failed (its answer was a 503 to the end, or dropped) the
        // client has no session and rightly tries again: that next call is no extra re-login.
        int failedThenRepeated = 0;
        for (qsizetype c = 0; c + 1 < loginCalls.size(); ++c)
            failedThenRepeated += !succeeded.contains(loginCalls.at(c));
        const int reLogins = qMax(0, int(loginCalls.size()) - 1 - failedThenRepeated);
        tally.expiries += int(expired.size());
        tally.reLogins += reLogins;
        if (reLogins != expired.size()) {
            QStringList lines;
            for (qsizetype i = first; i < end && i < log.size(); ++i) {
                const QJsonObject &request = log.at(i);
                const QJsonObject headers = request.value(u"headers"_s).toObject();
                lines.append(u"    %1 %2 %3 %4 %5 request %6 session %7"_s.arg(
                    request.value(u"time"_s).toString(), request.value(u"method"_s).toString(),
                    request.value(u"path"_s).toString(),
                    QString::number(request.value(u"status"_s).toInt()),
                    request.value(u"fault"_s).toString(),
                    headers.value(u"X-Request-ID"_s).toString().left(8),
                    headers.value(u"X-egain-session"_s).toString().left(8)));
            }
            tally.problems.append(
                u"log lines %1–%2: %3 sessions expired, %4 re-logins:\n%5"_s.arg(first + 1)
                    .arg(end)
                    .arg(expired.size())
                    .arg(reLogins)
                    .arg(lines.join(u'\n')));
        }
    }
    return tally;
}

qsizetype logLines(const SandboxProcess &sandbox)
{
    QFile file(sandbox.logPath());
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().count('\n');
}

} // namespace OperationAudit
