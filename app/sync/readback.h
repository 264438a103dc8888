#pragma once

#include "api/apierror.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class CacheDatabase;
class CacheNotifier;
class CaseManagerClient;
class JtelClient;

// Reads records back from their server into the cache and announces what changed row by row,
// so every model showing them updates without waiting for the next poll. Used after a write
// (its answer names ids only) and when a record is shown whose details the cache lacks.
// done runs once, on the caller's thread, with the error when the read failed (a failed read
// loses nothing: what was read before it is stored, the next poll brings the rest); never after
// context is destroyed.
namespace ReadBack {
using Done = std::function<void(const std::optional<ApiError> &error)>;

// The activities with all their attributes, then their cases.
void activities(CaseManagerClient *client, CacheDatabase &database, CacheNotifier *notifier,
                QObject *context, const QList<qint64> &activityIds, const Done &done);
void acdEvent(JtelClient *client, CacheDatabase &database, CacheNotifier *notifier,
              QObject *context, qint64 eventId, const Done &done);
} // namespace ReadBack
