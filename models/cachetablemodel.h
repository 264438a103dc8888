#pragma once

#include "cache/cacheerror.h"
#include "cachequery.h"
#include "compacttablemodel.h"
#include "pendingtargets.h"
#include "sync/cachechange.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QSet>

#include <atomic>
#include <memory>
#include <optional>

class CacheDatabase;
class CacheNotifier;

// A CompactTableModel over one cache table, kept current by the CacheNotifier's row-level
// changes (each changed id is read back and inserted, updated, moved or removed), by its
// outbox changes (the pending role) and by a full background load when another process wrote
// the table. Loading shows the first page of the default order at once
// and reads every row of the scope on a worker thread, then swaps the full table in: the GUI
// thread never waits for more than a page, however large the cache.
class CacheTableModel : public CompactTableModel
{
    Q_OBJECT

public:
    ~CacheTableModel() override;

    // The background load of every row is running; the model shows the first page meanwhile.
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loadingChanged(bool loading);

protected:
    // database may be null: the model then only shows rows its subclass sets. Otherwise it
    // must outlive the model (the destructor waits for the background load to stop).
    CacheTableModel(Schema schema, CacheDatabase *database, CacheNotifier *notifier,
                    CacheChange::Table source, QObject *parent);

    // The rows of the current scope; fields is filled in here.
    virtual CacheQuery query() const = 0;
    // The ids of the rows these targets name (cached or not), to find the rows whose pending
    // state changes with the outbox.
    virtual QSet<qint64> pendingIds(const PendingTargets &targets) const = 0;
    // Whether the row is one of pendingIds(); a model whose targets are no ids decides here.
    virtual bool isPending(int slot, const PendingTargets &targets) const;
    virtual bool isNew(int slot) const;
    // A change is about to insert rows with these ids.
    virtual void rowsArriving(const QList<qint64> &ids);
    // A change or a load was applied.
    virtual void rowsChanged();

    // Shows the first page of query() now and loads the rest in the background.
    void reload();
    // Stops a background load; its rows are not taken.
    void stopLoading();
    // The roles every cached row has: id, pending, and the font that shows pending and new.
    QVariant rowData(int slot, int role) const override;

private:
    struct LoadedRows
    {
        CompactTable table;
        std::vector<int> order;
        int field = CompactTable::IdField;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        quint64 number = 0;
        std::optional<CacheError> error;
    };

    CacheQuery fullQuery() const;
    // Reads every row of the scope on a worker; finishLoad() swaps them in.
    void loadInBackground();
    // Returns at once: the worker stops at its next check (the destructor waits for it).
    void cancelLoad();
    void onChanged(const CacheChange &change);
    void refresh(const QList<qint64> &ids, const QList<qint64> &removed);
    void updatePending();
    void finishLoad();
    void setLoading(bool loading);

    CacheDatabase *const m_database;
    const CacheChange::Table m_source;
    PendingTargets m_pending;
    QFuture<LoadedRows> m_load;
    QFutureWatcher<LoadedRows> m_loadWatcher;
    // cancelled loads that may still be stopping; waited for on destruction
    QList<QFuture<LoadedRows>> m_cancelledLoads;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    quint64 m_loadNumber = 0;
    // the rows read in the background may predate these changes: read again after the swap
    QSet<qint64> m_changedWhileLoading;
    // the rows of changes too big to read on the GUI thread: new ones arrive with the load
    QSet<qint64> m_changedInBulk;
    bool m_loading = false;
};
