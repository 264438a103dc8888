#include "operationbench.h"

#include "api/casemanagerclient.h"
#include "api/jtelclient.h"
#include "cache/activitystore.h"
#include "cache/cachedatabase.h"
#include "cache/casestore.h"
#include "sync/cachenotifier.h"
#include "sync/outboxdispatcher.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

OperationBench::OperationBench()
    : m_sandbox(std::make_unique<SandboxProcess>())
{
}

OperationBench::~OperationBench()
{
    stopDispatcher();
}

QString OperationBench::reset(const QString &caseUser)
{
    stopDispatcher();
    m_database.reset();
    if (!m_sandbox->reset())
        return u"the sandbox did not reset"_s;
    // a failed test function must not leave its faults to the next one
    if (!m_sandbox->setFaults({{u"failRate"_s, 0.0},
                               {u"dropRate"_s, 0.0},
                               {u"latencyMs"_s, 0},
                               {u"expireSessionsAfter"_s, 0}}))
        return u"the sandbox's faults could not be cleared"_s;
    m_directory = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<CacheDatabase>(m_directory->filePath(u"training.sqlite"_s));
    if (const CacheStatus failed = m_database->open())
        return u"the cache did not open: "_s + failed->message;
    startDispatcher(*m_sandbox, caseUser);
    return {};
}

QString OperationBench::goOffline()
{
    const QString user = u"lena.fischer"_s;
    SandboxProcess server;
    if (!server.isRunning())
        return server.errorString();
    stopDispatcher();
    startDispatcher(server, user);
    // signed in while the server was there, so what follows meets the network, not the sign-in
    const auto signedIn = await<QList<Activity>>(
        [this](const auto &done) { m_caseClient->activitiesByIds({81001}, done); });
    if (!signedIn.ok())
        return u"cannot sign in: "_s + signedIn.error->message();
    return {};
    // `server` stops here; the clients keep its address
}

void OperationBench::startDispatcher(const SandboxProcess &server, const QString &caseUser)
{
    m_clients = std::make_unique<SandboxClients>(server);
    m_caseClient = m_clients->caseClient(u"v3"_s, caseUser);
    m_jtelClient = m_clients->jtelClient();
    m_notifier = std::make_unique<CacheNotifier>();
    m_dispatcher = std::make_unique<OutboxDispatcher>(*m_database, m_caseClient, m_jtelClient,
                                                      m_notifier.get());
}

void OperationBench::stopDispatcher()
{
    m_dispatcher.reset();
    m_notifier.reset();
    m_clients.reset();
    m_caseClient = nullptr;
    m_jtelClient = nullptr;
}

QList<Activity> OperationBench::cacheActivities(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    const auto activities = await<QList<Activity>>(
        [&](const auto &done) { m_caseClient->activitiesByIds(ids, done); });
    if (!activities.ok() || ActivityStore(*m_database).upsert(activities.value))
        return {};
    QList<qint64> caseIds;
    for (const Activity &activity : activities.value) {
        if (!caseIds.contains(activity.caseId))
            caseIds.append(activity.caseId);
    }
    const auto cases
        = await<QList<Case>>([&](const auto &done) { m_caseClient->casesByIds(caseIds, done); });
    if (!cases.ok() || CaseStore(*m_database).upsert(cases.value))
        return {};
    return ActivityStore(*m_database).byIds(ids).value;
}
