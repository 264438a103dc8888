#include "agentdeskctl/writecommands.h"

#include "agentdeskctl/outboxsession.h"
#include "agentdeskctl/output.h"
#include "agentdeskctl/records.h"
#include "agentdeskctl/serversession.h"
#include "api/casemanagerclient.h"
#include "cache/activitystore.h"
#include "cache/casestore.h"
#include "controllers/changecasecontroller.h"
#include "controllers/createcallbackcontroller.h"
#include "controllers/createcalltrackcontroller.h"
#include "controllers/reassigncontroller.h"
#include "core/commandline.h"
#include "domain/activityquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

WriteCommands::WriteCommands(ServerSession *session, bool json, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_outbox(new OutboxSession(session, this))
    , m_json(json)
{
}

void WriteCommands::start(const std::function<void()> &call)
{
    if (m_outbox->open())
        m_session->withSecrets(call);
}

void WriteCommands::createCalltrack(const CalltrackDraft &draft)
{
    start([this, draft] {
        auto *controller = new CreateCalltrackController(
            m_outbox->database(), m_outbox->dispatcher(), m_session->connections()->caseClient(),
            m_session->profile().name, this);
        reportOutcomeOf(controller);
        // C4 against the tenant's subtypes; offline, the ones cached last time
        controller->loadSubtypes([this, controller, draft](const QList<CalltrackSubtype> &subtypes,
                                                           const std::optional<ApiError> &) {
            const Profile &profile = m_session->profile();
            CalltrackValidator::Context context;
            context.subtypes = subtypes;
            // C9: an API client application must name the user who gets the activity
            context.clientApplication = profile.isClientApplication();
            controller->submit(draft, context);
        });
    });
}

void WriteCommands::changeCase(const ChangeCaseRequest &request,
                               const QStringList &pendingActivities)
{
    start([this, request, pendingActivities] {
        cacheChangeCase(request, [this, request, pendingActivities] {
            auto *controller = new ChangeCaseController(
                m_outbox->database(), m_outbox->dispatcher(), m_session->profile().name, this);
            reportOutcomeOf(controller);
            controller->submit(request, pendingActivities);
        });
    });
}

// P2–P5 are checked against the cache, and the outbox keeps the case the activities leave (the
// evidence that a move whose answer was lost happened): so the activities and the target case
// are read first. When that fails the cache stays as it is, and the server judges the move.
void WriteCommands::cacheChangeCase(const ChangeCaseRequest &request,
                                    const std::function<void()> &done)
{
    CaseManagerClient *client = m_session->connections()->caseClient();
    if (request.activityIds.isEmpty()) {
        done();
        return;
    }
    client->activitiesByIds(
        request.activityIds,
        [this, client, done,
         target = request.targetCaseId](const ApiResult<QList<Activity>> &read) {
            if (!read.ok()) {
                done();
                return;
            }
            ActivityStore(m_outbox->database()).upsert(read.value);
            if (target == 0) {
                done();
                return;
            }
            client->casesByIds({target}, [this, done](const ApiResult<QList<Case>> &cases) {
                if (cases.ok())
                    CaseStore(m_outbox->database()).upsert(cases.value);
                done();
            });
        });
}

void WriteCommands::createCallback(const CallbackDraft &draft)
{
    start([this, draft] {
        auto *controller = new CreateCallbackController(
            m_outbox->database(), m_outbox->dispatcher(), m_session->profile().name, this);
        reportOutcomeOf(controller);
        controller->submit(draft);
    });
}

// The activities are read from the server first, as for change-case: the rules are checked
// against them and each one's lastModified goes with the request (a 409 if it changed since).
void WriteCommands::reassign(ReassignRequest request, const QString &userLogin)
{
    start([this, request, userLogin]() mutable {
        CaseManagerClient *client = m_session->connections()->caseClient();
        client->activitiesByIds(
            request.activityIds(),
            [this, request, userLogin](const ApiResult<QList<Activity>> &read) mutable {
                if (read.ok())
                    ActivityStore(m_outbox->database()).upsert(read.value);
                resolveLogin(userLogin, [this, request](qint64 userId) mutable {
                    if (userId < 0)
                        return;
                    if (userId > 0)
                        request.targetId = userId;
                    submitReassign(request);
                });
            });
    });
}

// A login names a user the APIs know by id only: the cache may have seen one of the user's
// activities; otherwise the server is searched for one (assignedUserName, eGain v3 §9 and ECE
// v12 §7.2). done gets 0 when no login was given, -1 when the command has ended.
void WriteCommands::resolveLogin(const QString &login, const std::function<void(qint64)> &done)
{
    if (login.isEmpty())
        return done(0);
    if (const auto cached = ActivityStore(m_outbox->database()).userIdOfLogin(login);
        cached.value > 0)
        return done(cached.value);
    ActivityQuery query;
    query.assignedUserName = login;
    m_session->connections()->caseClient()->searchActivities(
        query, [this, login, done](const ApiResult<QList<Activity>> &found) {
            for (const Activity &activity : found.value) {
                if (activity.assignedUserId > 0
                    && activity.assignedUserLogin.compare(login, Qt::CaseInsensitive) == 0)
                    return done(activity.assignedUserId);
            }
            CommandLine::printError(
                found.ok() ? QCoreApplication::translate("agentdeskctl",
                                                         "User %1 is not known: no activity is "
                                                         "assigned to that login. Give the user's "
                                                         "numeric id with --user.")
                                 .arg(login)
                           : QCoreApplication::translate("agentdeskctl",
                                                         "User %1 is not in the cache, and the "
                                                         "server could not be asked (%2). Give the "
                                                         "user's numeric id with --user.")
                                 .arg(login, found.error->message()));
            m_session->finish(CommandLine::ExitUsage);
            done(-1);
        });
}

void WriteCommands::submitReassign(const ReassignRequest &request)
{
    const Profile &profile = m_session->profile();
    auto *controller = new ReassignController(m_outbox->database(), m_outbox->dispatcher(),
                                              profile.name, m_outbox->userLogin(), this);
    reportOutcomeOf(controller);
    controller->submit(request, ReassignController::contextOf(profile));
}

void WriteCommands::reportOutcomeOf(OperationController *controller)
{
    connect(controller, &OperationController::finished, this, &WriteCommands::report);
}

void WriteCommands::report(const OperationOutcome &outcome)
{
    const QString entries = outcome.entryIds.join(u", "_s);
    switch (outcome.status) {
    case OperationOutcome::Status::Invalid:
        // nothing was stored: every problem at once, named after the field and the API rule
        for (const ValidationError &error : outcome.errors) {
            //: %1 the field, %2 the rule of the API reference (e.g. C6), %3 what is wrong
            CommandLine::printError(QCoreApplication::translate("agentdeskctl", "%1 (%2): %3")
                                        .arg(error.field, error.rule, error.message));
        }
        if (outcome.errors.isEmpty())
            CommandLine::printError(outcome.message);
        m_session->finish(CommandLine::ExitUsage);
        return;
    case OperationOutcome::Status::Failed:
        m_session->fail(CommandLine::ExitFailure, outcome.message);
        return;
    case OperationOutcome::Status::Applied:
    case OperationOutcome::Status::Queued:
    case OperationOutcome::Status::NeedsAttention:
        break;
    }

    if (m_json)
        Output::printJson(Records::outcomeJson(outcome));
    if (outcome.status == OperationOutcome::Status::Applied) {
        if (!m_json)
            Output::printLine(outcome.message);
        m_session->finish(CommandLine::ExitOk);
        return;
    }
    if (outcome.status == OperationOutcome::Status::NeedsAttention) {
        m_session->fail(CommandLine::ExitRejected,
                        QCoreApplication::translate("agentdeskctl",
                                                    "%1\nOutbox entry %2: agentdeskctl outbox "
                                                    "list shows it, agentdeskctl outbox discard "
                                                    "removes it.")
                            .arg(outcome.message, entries));
        return;
    }
    // the entry ids alone on stdout: a script passes a queued calltrack to change-case as @<id>
    if (!m_json)
        Output::printLine(outcome.entryIds.join(u'\n'));
    const int exitCode = OutboxSession::queuedExitCode(outcome.code);
    const QString message = exitCode == CommandLine::ExitAuthentication
        ? QCoreApplication::translate("agentdeskctl",
                                      "%1\nNot signed in: queued as outbox entry %2. Sign in with "
                                      "agentdeskctl login --profile %3, then agentdeskctl outbox "
                                      "flush or AgentDesk sends it.")
              .arg(outcome.message, entries, m_session->profile().name)
        : QCoreApplication::translate("agentdeskctl",
                                      "%1\nQueued as outbox entry %2: agentdeskctl outbox flush "
                                      "or AgentDesk sends it.")
              .arg(outcome.message, entries);
    m_session->fail(exitCode, message);
}
