#include "cache/bulkwritesettings.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

BulkWriteSettings::BulkWriteSettings(const QSqlDatabase &db, qint64 changedKib,
                                     Checkpoint checkpoint)
    : m_db(db)
{
    constexpr qint64 maxKib = 256 * 1024;
    // SQLite's default cache is 2,000 KiB: a write that fits asks nothing of the connection
    constexpr qint64 defaultKib = 2000;
    const qint64 wantedKib = std::min(changedKib, maxKib);
    if (const auto current = wantedKib > defaultKib ? pragma("cache_size") : std::nullopt) {
        // negative sizes are KiB, positive ones pages
        const qint64 currentKib
            = *current < 0 ? -*current : *current * pragma("page_size").value_or(4096) / 1024;
        if (currentKib < wantedKib) {
            set("cache_size", -wantedKib);
            m_cacheSize = current;
        }
    }
    if (checkpoint == Checkpoint::Deferred) {
        m_autoCheckpoint = pragma("wal_autocheckpoint");
        if (m_autoCheckpoint)
            set("wal_autocheckpoint", 0);
    }
}

BulkWriteSettings::~BulkWriteSettings()
{
    if (m_cacheSize)
        set("cache_size", *m_cacheSize);
    if (m_autoCheckpoint)
        set("wal_autocheckpoint", *m_autoCheckpoint);
}

std::optional<qint64> BulkWriteSettings::pragma(const char *name) const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA "_s + QLatin1StringView(name)) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

void BulkWriteSettings::set(const char *name, qint64 value) const
{
    // a refused pragma leaves SQLite's default: slower, never wrong
    QSqlQuery(m_db).exec(u"PRAGMA %1 = %2"_s.arg(QLatin1StringView(name)).arg(value));
}
