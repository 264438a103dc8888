#include "session/profilesession.h"

#include "auth/serverconnections.h"
#include "cache/cachedatabase.h"
#include "cache/outboxstore.h"
#include "core/logging.h"
#include "session/processlock.h"
#include "sync/cachenotifier.h"
#include "sync/cachewritewatcher.h"
#include "sync/outboxdispatcher.h"
#include "sync/syncengine.h"

namespace {

// An OAuth client application may not search by user: it pulls the watched cases only.
QString pulledUser(const Profile &profile)
{
    return profile.isClientApplication() ? QString() : profile.userName;
}

} // namespace

QString ProfileSession::userLogin() const
{
    return pulledUser(m_connections->profile());
}

ProfileSession::ProfileSession(ServerConnections *connections, const QString &cacheFilePath,
                               QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_database(std::make_unique<CacheDatabase>(
          cacheFilePath.isEmpty() ? CacheDatabase::defaultFilePath(connections->profile().name)
                                  : cacheFilePath))
    , m_recoveryLock(
          std::make_unique<ProcessLock>(m_database->filePath() + QStringLiteral(".lock")))
    , m_notifier(std::make_unique<CacheNotifier>())
    , m_dispatcher(std::make_unique<OutboxDispatcher>(*m_database, connections->caseClient(),
                                                      connections->jtelClient(), m_notifier.get()))
    , m_syncEngine(std::make_unique<SyncEngine>(
          connections->caseClient(), connections->jtelClient(), *m_database, m_notifier.get(),
          pulledUser(connections->profile())))
{
    OutboxDispatcher *dispatcher = m_dispatcher.get();
    m_syncEngine->setReplay([dispatcher](OutboxEntry::Server server, std::function<void()> done) {
        dispatcher->replay(server, std::move(done));
    });
    // an applied entry proves the server is back, whatever the engine's back-off says
    connect(dispatcher, &OutboxDispatcher::serverAnswered, m_syncEngine.get(),
            &SyncEngine::serverAnswered);
}

ProfileSession::~ProfileSession() = default;

CacheStatus ProfileSession::open()
{
    // the message names the file and, where it can, why it cannot be written (a read-only
    // folder or file, a full disk): that is what the user has to fix
    if (auto error = m_database->open())
        return m_database->explained(*error);
    if (!m_writeWatcher) {
        m_writeWatcher = std::make_unique<CacheWriteWatcher>(*m_database, m_notifier.get());
        // within one sync at the latest, whatever the file watch saw or missed
        connect(m_syncEngine.get(), &SyncEngine::syncFinished, m_writeWatcher.get(),
                &CacheWriteWatcher::check);
    }
    // the kernel drops the lock of a process that died, so a crash never blocks recovery
    if (!m_recoveryLock->tryLock())
        return std::nullopt;
    const auto reset = OutboxStore(*m_database).resetInFlight();
    if (!reset.ok())
        return m_database->explained(*reset.error);
    return std::nullopt;
}

void ProfileSession::flush(const std::function<void()> &done)
{
    OutboxStore(*m_database).makeAllDue(QDateTime::currentDateTimeUtc());
    QList<OutboxEntry::Server> servers;
    if (m_connections->caseClient())
        servers.append(OutboxEntry::Server::Case);
    if (m_connections->jtelClient())
        servers.append(OutboxEntry::Server::Jtel);
    if (servers.isEmpty()) {
        done();
        return;
    }
    auto replaying = std::make_shared<qsizetype>(servers.size());
    for (OutboxEntry::Server server : std::as_const(servers)) {
        m_dispatcher->replay(server, [replaying, done] {
            if (--*replaying == 0)
                done();
        });
    }
}
