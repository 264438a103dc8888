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
