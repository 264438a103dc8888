#include "core/backgroundpool.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace BackgroundPool {

QThreadPool *instance()
{
    static QThreadPool *const pool = [] {
        // never destroyed; like the global pool, waited for when the application object goes,
        // so no work outlives what it works on
        auto *created = new QThreadPool;
        created->setObjectName(QStringLiteral("AgentDesk background"));
        created->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        qAddPostRoutine([] { instance()->waitForDone(); });
        return created;
    }();
    return pool;
}

void waitForWork(QObject *context)
{
    const auto watchers = context->findChildren<QFutureWatcherBase *>(Qt::FindDirectChildrenOnly);
    for (QFutureWatcherBase *watcher : watchers) {
        watcher->disconnect(context);
        watcher->waitForFinished();
    }
}

} // namespace BackgroundPool
