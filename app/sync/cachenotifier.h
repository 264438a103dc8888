#pragma once

#include "sync/cachechange.h"

#include <QObject>

// The one place the models of a profile listen to: the sync engine and the outbox dispatcher
// both write the cache and report here what they wrote. Emitted on the thread that owns the
// notifier (the GUI thread in the app); writers running elsewhere post to it.
class CacheNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Thread-safe: queued to the notifier's thread when called from another one.
    void notifyChanged(const CacheChange &change);
    void notifyOutboxChanged();
    void notifyTableRewritten(CacheChange::Table table);

signals:
    void changed(const CacheChange &change);
    // an outbox entry was added, changed state or was removed
    void outboxChanged();
    // rows of this table changed in a way no row-level change reported (another process wrote
    // them): the models over it read it again
    void tableRewritten(CacheChange::Table table);
};
