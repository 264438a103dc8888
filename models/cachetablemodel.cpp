#include "cachetablemodel.h"

#include "cacherowreader.h"
#include "core/backgroundpool.h"
#include "core/logging.h"
#include "itemroles.h"
#include "sync/cachenotifier.h"

#include <QFont>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// About three screens of rows: what the view paints first, read on the GUI thread.
constexpr int firstPageRows = 200;
// A change naming more rows is not read on the GUI thread but by a full load on a worker that
// is then swapped in: reading a first sync's 100k ACD events here stalled the GUI thread for
// ~0.75 s (≈ 7.5 µs a row, tests/bench/bench_guistall); 5,000 rows stay below 50 ms.
constexpr qsizetype backgroundChangeRows = 5'000;

} // namespace

CacheTableModel::CacheTableModel(Schema schema, CacheDatabase *database, CacheNotifier *notifier,
                                 CacheChange::Table source, QObject *parent)
    : CompactTableModel(std::move(schema), parent)
    , m_database(database)
    , m_source(source)
{
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, &CacheTableModel::finishLoad);
    if (notifier) {
        connect(notifier, &CacheNotifier::changed, this, &CacheTableModel::onChanged);
        connect(notifier, &CacheNotifier::outboxChanged, this, &CacheTableModel::updatePending);
        // another process wrote rows, which ids nobody knows: every row of the scope again,
        // on a worker, swapped in like a first load
        connect(notifier, &CacheNotifier::tableRewritten, this, [this](CacheChange::Table table) {
            if (table == m_source && m_database)
                loadInBackground();
        });
    }
    if (m_database)
        m_pending = PendingTargets::read(*m_database);
}

CacheTableModel::~CacheTableModel()
{
    // the workers use the database, which the owner may close once this model is gone
    cancelLoad();
    for (QFuture<LoadedRows> &load : m_cancelledLoads)
        load.waitForFinished();
}

bool CacheTableModel::isPending(int slot, const PendingTargets &targets) const
{
    return pendingIds(targets).contains(table().id(slot));
}

bool CacheTableModel::isNew(int) const
{
    return false;
}

void CacheTableModel::rowsArriving(const QList<qint64> &) { }

void CacheTableModel::rowsChanged() { }

CacheQuery CacheTableModel::fullQuery() const
{
    CacheQuery result = query();
    result.fields = fields();
    return result;
}

void CacheTableModel::reload()
{
    cancelLoad();
    if (!m_database)
        return;
    const CacheQuery query = fullQuery();
    auto page = CacheRowReader::firstPage(*m_database, query, firstPageRows);
    resetRows(page.ok() ? std::move(page.value) : emptyTable());
    m_changedWhileLoading.clear();
    m_changedInBulk.clear();
    loadInBackground();
}

void CacheTableModel::loadInBackground()
{
    cancelLoad();
    const CacheQuery query = fullQuery();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancelled = cancelled;
    const quint64 number = ++m_loadNumber;
    const auto load = [database = m_database, query, cancelled, number, field = sortField(),
                       order = sortOrder()] {
        LoadedRows loaded;
        loaded.number = number;
        auto all = CacheRowReader::all(*database, query, *cancelled);
        if (!all.ok()) {
            loaded.error = all.error;
            return loaded;
        }
        // sorted here, so that the GUI thread only sorts again when the user re-sorted
        loaded.order = all.value.sortedSlots(field, order);
        loaded.field = field;
        loaded.sortOrder = order;
        loaded.table = std::move(all.value);
        return loaded;
    };
    m_load = QtConcurrent::run(BackgroundPool::instance(), load);
    m_loadWatcher.setFuture(m_load);
    setLoading(true);
}

void CacheTableModel::cancelLoad()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_cancelled.reset();
    // Not waited for here: a worker may be inside one statement (the count of a million
    // rows) for tens of milliseconds, and switching scope must not stall the GUI.
    m_cancelledLoads.removeIf([](const QFuture<LoadedRows> &load) { return load.isFinished(); });
    if (m_load.isValid() && !m_load.isFinished())
        m_cancelledLoads.append(m_load);
    m_load = {};
}

void CacheTableModel::stopLoading()
{
    cancelLoad();
    setLoading(false);
}

void CacheTableModel::finishLoad()
{
    if (!m_load.isValid() || !m_load.isFinished() || m_load.resultCount() == 0)
        return;
    LoadedRows loaded = m_load.takeResult();
    m_load = {};
    if (loaded.number != m_loadNumber)
        return;
    if (loaded.error) {
        qCWarning(lcCache).noquote()
            << "loading" << fullQuery().table << "for a model failed:" << loaded.error->message;
    } else {
        QList<qint64> arriving;
        for (const qint64 id : std::as_const(m_changedInBulk)) {
            if (loaded.table.slotOf(id) >= 0 && table().slotOf(id) < 0)
                arriving.append(id);
        }
        m_changedInBulk.clear();
        if (!arriving.isEmpty())
            rowsArriving(arriving);
        adoptRows(std::move(loaded.table), std::move(loaded.order), loaded.field, loaded.sortOrder);
        const QList<qint64> changed = m_changedWhileLoading.values();
        m_changedWhileLoading.clear();
        refresh(changed, {});
        rowsChanged();
    }
    setLoading(false);
}

void CacheTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void CacheTableModel::onChanged(const CacheChange &change)
{
    if (change.table != m_source || !m_database)
        return;
    const QList<qint64> ids = change.inserted + change.updated;
    if (ids.size() + change.removed.size() > backgroundChangeRows) {
        // a load that starts now reads every row this change wrote
        for (const qint64 id : ids)
            m_changedInBulk.insert(id);
        loadInBackground();
        return;
    }
    if (m_loading) {
        for (const QList<qint64> *list : {&ids, &change.removed}) {
            for (const qint64 id : *list)
                m_changedWhileLoading.insert(id);
        }
    }
    refresh(ids, change.removed);
}

void CacheTableModel::refresh(const QList<qint64> &ids, const QList<qint64> &removed)
{
    if (ids.isEmpty() && removed.isEmpty())
        return;
    auto read = CacheRowReader::byIds(*m_database, fullQuery(), ids);
    if (!read.ok()) {
        qCWarning(lcCache).noquote()
            << "a model could not read changed rows:" << read.error->message;
        return;
    }
    const CompactTable &fetched = read.value;
    // ids read back but out of scope now (moved to another case) leave the model
    QList<qint64> gone = removed;
    for (const qint64 id : ids) {
        if (fetched.slotOf(id) < 0)
            gone.append(id);
    }
    QList<qint64> arriving;
    for (int slot = 0; slot < fetched.slotCount(); ++slot) {
        if (table().slotOf(fetched.id(slot)) < 0)
            arriving.append(fetched.id(slot));
    }
    if (!arriving.isEmpty())
        rowsArriving(arriving);
    applyRows(fetched, gone);
    rowsChanged();
}

void CacheTableModel::updatePending()
{
    if (!m_database)
        return;
    PendingTargets next = PendingTargets::read(*m_database);
    const QSet<qint64> before = pendingIds(m_pending);
    const QSet<qint64> after = pendingIds(next);
    m_pending = std::move(next);
    QSet<qint64> changed = before;
    changed.unite(after);
    changed.subtract(QSet<qint64>(before).intersect(after));
    emitDataChanged(changed.values(), {ItemRoles::PendingRole, Qt::FontRole});
}

QVariant CacheTableModel::rowData(int slot, int role) const
{
    switch (role) {
    case ItemRoles::PendingRole:
        return isPending(slot, m_pending);
    case ItemRoles::NewRole:
        return isNew(slot);
    case Qt::FontRole: {
        const bool pending = isPending(slot, m_pending);
        const bool arrived = isNew(slot);
        if (!pending && !arrived)
            return {};
        QFont font;
        font.setItalic(pending);
        font.setBold(arrived);
        return font;
    }
    }
    return CompactTableModel::rowData(slot, role);
}
