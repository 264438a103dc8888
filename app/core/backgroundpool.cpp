#include "core/backgroundpool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace BackgroundPool {

QThreadPool *instance()
{
    static QThreadPool *const pool = [] {
        // never destroyed: work may still run while static destructors do
        auto *created = new QThreadPool;
        created->setObjectName(QStringLiteral("AgentDesk background"));
        created->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return created;
    }();
    return pool;
}

} // namespace BackgroundPool
