#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

// The threads AgentDesk's own long background work runs on: decoding server answers, writing a
// sync, loading a model. Not QThreadPool::globalInstance(): Qt's raster paint engine splits
// some drawing over the global pool and waits for it on the GUI thread, so a sync running there
// stalled painting (a progress bar waited 113 ms for a free thread during a first sync of 100k
// events). Short work the GUI thread splits and joins itself may still use the global pool.
namespace BackgroundPool {

QThreadPool *instance();

// Runs work on the pool, then then(result) on context's thread, never after context is
// destroyed. Work that uses what context does not outlive (the cache) must end first: context's
// destructor calls waitForWork(this).
template<typename Result>
void run(QObject *context, std::function<Result()> work, std::function<void(const Result &)> then)
{
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, then = std::move(then)] {
                         watcher->deleteLater();
                         then(watcher->result());
                     });
    // QThreadPool::start() copies its function, a promise cannot be copied
    auto promise = std::make_shared<QPromise<Result>>();
    watcher->setFuture(promise->future());
    promise->start();
    instance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
}

// Waits for the work run() started for context; its results are no longer wanted.
void waitForWork(QObject *context);

} // namespace BackgroundPool
