#pragma once

#include "domain/callbackdraft.h"
#include "domain/calltrackdraft.h"
#include "domain/changecaserequest.h"
#include "domain/reassignrequest.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// One chunk of a change case as the outbox keeps it. Besides the request it names what is not
// known when it is queued: activities an earlier outbox entry creates (their ids come from that
// entry's result) and, for the later chunks of a move to a new case, the entry whose answer
// names the case they all move into.
struct QueuedChangeCase
{
    ChangeCaseRequest request;
    QStringList pendingActivities; // ids of CreateCalltrack entries
    QString targetCaseFrom; // id of the ChangeCase entry that creates the target case
    qint64 sourceCaseId = 0; // the case the activities leave, when known (evidence check)
};

// One chunk (≤ 75 activities) of a transfer or pick. A pick names the user who picks: the
// evidence that a pick whose answer was lost happened is "assigned to that user".
struct QueuedReassign
{
    ReassignRequest request;
    QString callerLogin;
};

// The server's answer to an applied entry, as OutboxEntry::result keeps it.
struct CalltrackResult
{
    qint64 activityId = 0;
};
struct ReassignResult
{
    QList<qint64> activityIds; // all of the chunk, whether this process or an earlier one sent them
};
struct ChangeCaseResult
{
    qint64 caseId = 0;
    bool newCase = false;
    QList<qint64> activityIds;
};

// The JSON of outbox payloads and results. The payload is AgentDesk's own record of what the
// user asked for, not the wire body: it is read back to re-validate, edit and rewrite an entry,
// and a future version must still read entries an older one queued. Every field is written, so
// decoding never has to guess a default. Decoding returns nothing for a record it cannot read.
namespace OutboxPayload {
QByteArray encode(const CalltrackDraft &draft);
QByteArray encode(const QueuedChangeCase &change);
QByteArray encode(const CallbackDraft &draft);
std::optional<CalltrackDraft> calltrack(const QByteArray &payload);
std::optional<QueuedChangeCase> changeCase(const QByteArray &payload);
std::optional<CallbackDraft> callback(const QByteArray &payload);
QByteArray encode(const QueuedReassign &reassign);
std::optional<QueuedReassign> reassign(const QByteArray &payload);
QString operationName(ReassignRequest::Operation operation);
std::optional<ReassignRequest::Operation> operationFromName(const QString &name);

QByteArray encode(const CalltrackResult &result);
QByteArray encode(const ChangeCaseResult &result);
QByteArray encode(const CallbackOutcome &result);
std::optional<CalltrackResult> calltrackResult(const QByteArray &result);
std::optional<ChangeCaseResult> changeCaseResult(const QByteArray &result);
std::optional<CallbackOutcome> callbackResult(const QByteArray &result);
QByteArray encode(const ReassignResult &result);
std::optional<ReassignResult> reassignResult(const QByteArray &result);
} // namespace OutboxPayload
