#pragma once

#include "domain/callbackdraft.h"
#include "domain/calltrackdraft.h"
#include "domain/changecaserequest.h"
#include "domain/reassignrequest.h"

#include <QObject>
#include <QStringList>

#include <functional>

class OperationController;
class OutboxSession;
class ServerSession;
struct OperationOutcome;

// create-calltrack, change-case, create-callback, transfer and pick: the drafts go through the same
// controllers as in AgentDesk — validated, stored in the profile's outbox, then sent — and the
// outcome decides the exit code: 0 applied, 2 invalid (nothing stored), 3 refused by the server
// (kept in the outbox), 4 queued because the server could not be reached, 5 queued because nobody
// is signed in, 1 the outbox could not be used. Ends through ServerSession.
class WriteCommands : public QObject
{
    Q_OBJECT
public:
    WriteCommands(ServerSession *session, bool json, QObject *parent = nullptr);

    void createCalltrack(const CalltrackDraft &draft);
    // pendingActivities: outbox entries of calltracks still queued for creation
    void changeCase(const ChangeCaseRequest &request, const QStringList &pendingActivities);
    void createCallback(const CallbackDraft &draft);
    // transfer and pick; userLogin: a transfer's target user given by login (found in the cache)
    void reassign(ReassignRequest request, const QString &userLogin);

private:
    // opens the outbox and loads the secrets, then runs call
    void start(const std::function<void()> &call);
    void cacheChangeCase(const ChangeCaseRequest &request, const std::function<void()> &done);
    void resolveLogin(const QString &login, const std::function<void(qint64)> &done);
    void submitReassign(const ReassignRequest &request);
    void reportOutcomeOf(OperationController *controller);
    void report(const OperationOutcome &outcome);

    ServerSession *m_session;
    OutboxSession *m_outbox;
    bool m_json;
};
