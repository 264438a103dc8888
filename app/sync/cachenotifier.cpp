#include "sync/cachenotifier.h"

#include <QMetaObject>

void CacheNotifier::notifyChanged(const CacheChange &change)
{
    if (change.isEmpty())
        return;
    QMetaObject::invokeMethod(this, [this, change] { emit changed(change); });
}

void CacheNotifier::notifyOutboxChanged()
{
    QMetaObject::invokeMethod(this, [this] { emit outboxChanged(); });
}

void CacheNotifier::notifyTableRewritten(CacheChange::Table table)
{
    QMetaObject::invokeMethod(this, [this, table] { emit tableRewritten(table); });
}
