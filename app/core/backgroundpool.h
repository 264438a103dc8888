#pragma once

class QThreadPool;

// The threads AgentDesk's own long background work runs on: decoding server answers, writing a
// sync, loading a model. Not QThreadPool::globalInstance(): Qt's raster paint engine splits
// some drawing over the global pool and waits for it on the GUI thread, so a sync running there
// stalled painting (a progress bar waited 113 ms for a free thread during a first sync of 100k
// events). Short work the GUI thread splits and joins itself may still use the global pool.
namespace BackgroundPool {

QThreadPool *instance();

} // namespace BackgroundPool
