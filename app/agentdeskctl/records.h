#pragma once

#include "domain/acdevent.h"
#include "domain/activity.h"
#include "domain/calltracksubtype.h"
#include "domain/casedata.h"

#include <QJsonObject>
#include <QStringList>

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

} // namespace Records
