#pragma once

#include "cache/outboxentry.h"
#include "controllers/operationoutcome.h"
#include "domain/acdevent.h"
#include "domain/activity.h"
#include "domain/calltracksubtype.h"
#include "domain/casedata.h"
#include "sync/serverstatus.h"

#include <QJsonObject>
#include <QStringList>

#include <utility>

// How each record reads in agentdeskctl's two output formats. The column and member names are
// an interface for scripts: add to them, never rename.
namespace Records {

QStringList activityHeader();
QStringList activityRow(const Activity &activity);
// the decoded fields, plus "raw": the record exactly as the server sent it
QJsonObject activityJson(const Activity &activity);

QStringList caseHeader();
QStringList caseRow(const Case &record);
QJsonObject caseJson(const Case &record);

QStringList eventHeader();
QStringList eventRow(const AcdEvent &event);
QJsonObject eventJson(const AcdEvent &event);

QStringList subtypeHeader();
QStringList subtypeRow(const CalltrackSubtype &subtype);
QJsonObject subtypeJson(const CalltrackSubtype &subtype);

QStringList outboxHeader();
QStringList outboxRow(const OutboxEntry &entry);
// with "payload" (what was asked for) and "result" (the server's answer) as AgentDesk keeps them
QJsonObject outboxJson(const OutboxEntry &entry);

// one server of the profile after `sync`
using ServerState = std::pair<OutboxEntry::Server, ServerStatus>;
QStringList serverStateHeader();
QStringList serverStateRow(const ServerState &state);
QJsonObject serverStateJson(const ServerState &state);

// how a write that reached the outbox ended: status, message, its entries, the server's answer
QJsonObject outcomeJson(const OperationOutcome &outcome);

} // namespace Records
