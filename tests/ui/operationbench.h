#pragma once

#include "sandboxclients.h"
#include "sandboxprocess.h"

#include "domain/activity.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class CacheDatabase;
class CacheNotifier;
class CaseManagerClient;
class JtelClient;
class OutboxDispatcher;

// What the main window gives an operation dialog, on a real agentdesk-sandbox: AgentDesk's API
// clients signed in to it, a cache in a temporary directory, the cache notifier and the outbox
// dispatcher. The controllers are the tests' own, as each dialog takes its controller.
class OperationBench
{
public:
    OperationBench();
    ~OperationBench();

    bool isRunning() const { return m_sandbox->isRunning(); }
    QString errorString() const { return m_sandbox->errorString(); }

    // The fixture data again with no faults, an empty cache, and a dispatcher whose eGain v3
    // client acts as caseUser. An empty string on success, else what failed.
    QString reset(const QString &caseUser = QStringLiteral("lena.fischer"));
    // The clients now talk to a server that has stopped, as when the network is gone; the case
    // client signed in before it did.
    QString goOffline();

    SandboxProcess &sandbox() { return *m_sandbox; }
    CacheDatabase &database() { return *m_database; }
    OutboxDispatcher *dispatcher() { return m_dispatcher.get(); }
    CaseManagerClient *caseClient() { return m_caseClient; }
    JtelClient *jtelClient() { return m_jtelClient; }

    // Reads the activities, and their cases, from the server into the cache as the sync engine
    // does, and returns them as the cache holds them (a selection in the main window).
    QList<Activity> cacheActivities(const QList<qint64> &ids);

private:
    void startDispatcher(const SandboxProcess &server, const QString &caseUser);
    void stopDispatcher();

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<CacheDatabase> m_database;
    std::unique_ptr<SandboxClients> m_clients;
    std::unique_ptr<CacheNotifier> m_notifier;
    std::unique_ptr<OutboxDispatcher> m_dispatcher;
    CaseManagerClient *m_caseClient = nullptr;
    JtelClient *m_jtelClient = nullptr;
};
