#pragma once

#include "domain/activity.h"
#include "domain/calltracksubtype.h"
#include "domain/casedata.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Turns eGain Case Manager v3 and ECE Interaction v12 answers into domain values. Pure and
// thread-safe. The two APIs share their representations; the references leave much of them
// open, so the decoders take what the documentation allows and tolerate what it does not
// settle: IDs as strings or numbers, unknown fields (kept in each record's `json`), unknown
// status strings, optional objects that are missing, a single object where a list is expected.
// Only a record without a usable ID is dropped, with a reason; fields of the wrong type read
// as absent. Every date goes through Timestamps::parseUtc().
namespace CaseManagerDecoder {

struct ActivitiesResult
{
    QList<Activity> activities;
    // paginationInfo.count of a search (the eGain v3 API reference §5); the sandbox sends the
    // total number of matches, the documentation leaves it open. Absent for reads by ID.
    std::optional<qint64> totalCount;
    // one line per dropped record, e.g. "record 3: the ID is missing or not a positive integer"
    QStringList skippedRecords;
    // set when the body as a whole is unusable; activities is then empty
    QString error;

    bool ok() const { return error.isEmpty(); }
};

struct CasesResult
{
    QList<Case> cases;
    std::optional<qint64> totalCount;
    QStringList skippedRecords;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

struct SubtypesResult
{
    QList<CalltrackSubtype> subtypes;
    QStringList skippedRecords;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// {"activity": [...], "paginationInfo": {...}} of a read by IDs or a search (eGain v3 §8, §9;
// ECE v12 §7.1, §7.2). An empty body — the 204 of a search without matches — is no results.
ActivitiesResult decodeActivities(const QByteArray &body);

// {"case": [...]} of a read by IDs or a case search (ECE v12 §7.3, §7.4; eGain v3 §11).
CasesResult decodeCases(const QByteArray &body);

// The calltrack subtypes of "Get Activity Attributes" with $attribute=type (eGain v3 §12,
// ECE v12 §7.5): {"type": [{"value": "call_track", "subtype": [{"value", "displayValue",
// "department": [{"id", "name"}]}]}]}.
SubtypesResult decodeCalltrackSubtypes(const QByteArray &body);

// The ID in the last path segment of a Location header: "/system/ws/v12/interaction/case/1019",
// "/core/casemgr/v3/activity/1022" or an absolute URL; nullopt when there is none.
std::optional<qint64> idFromLocation(QByteArrayView location);

} // namespace CaseManagerDecoder
