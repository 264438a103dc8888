// The models over a real cache: a CacheDatabase in a temporary folder, written through the
// stores, and a real CacheNotifier announcing each write row by row, as the sync engine and the
// outbox dispatcher do. Every model runs under QAbstractItemModelTester, and each change is
// checked for the exact signals it causes.

#include "acdeventqueuemodel.h"
#include "activitymodel.h"
#include "cache/acdeventstore.h"
#include "cache/activitystore.h"
#include "cache/cachedatabase.h"
#include "cache/casestore.h"
#include "cache/outboxstore.h"
#include "casemodel.h"
#include "itemroles.h"
#include "outboxmodel.h"
#include "sync/cachenotifier.h"
#include "sync/outboxpayload.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPersistentModelIndex>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 t0 = 1'717'000'000'000; // epoch ms

// The signals a model emitted, as text, for exact comparisons: "inserted 0-0",
// "removed 3-3", "moved 4 to 0", "changed 2:0-2:9", "layout", "reset".
class ModelSignals
{
public:
    explicit ModelSignals(QAbstractItemModel *model)
        : m_inserted(model, &QAbstractItemModel::rowsInserted)
        , m_removed(model, &QAbstractItemModel::rowsRemoved)
        , m_moved(model, &QAbstractItemModel::rowsMoved)
        , m_changed(model, &QAbstractItemModel::dataChanged)
        , m_layout(model, &QAbstractItemModel::layoutChanged)
        , m_reset(model, &QAbstractItemModel::modelReset)
    {
    }

    QStringList take()
    {
        QStringList seen;
        for (const QList<QVariant> &args : std::as_const(m_inserted))
            seen.append(u"inserted %1-%2"_s.arg(args.at(1).toInt()).arg(args.at(2).toInt()));
        for (const QList<QVariant> &args : std::as_const(m_removed))
            seen.append(u"removed %1-%2"_s.arg(args.at(1).toInt()).arg(args.at(2).toInt()));
        for (const QList<QVariant> &args : std::as_const(m_moved))
            seen.append(u"moved %1 to %2"_s.arg(args.at(1).toInt()).arg(args.at(4).toInt()));
        for (const QList<QVariant> &args : std::as_const(m_changed)) {
            const auto from = args.at(0).value<QModelIndex>();
            const auto to = args.at(1).value<QModelIndex>();
            seen.append(u"changed %1:%2-%3:%4"_s.arg(from.row())
                            .arg(from.column())
                            .arg(to.row())
                            .arg(to.column()));
        }
        for (qsizetype i = 0; i < m_layout.size(); ++i)
            seen.append(u"layout"_s);
        for (qsizetype i = 0; i < m_reset.size(); ++i)
            seen.append(u"reset"_s);
        if (!m_changed.isEmpty())
            m_lastRoles = m_changed.constLast().at(2).value<QList<int>>();
        for (QSignalSpy *spy : {&m_inserted, &m_removed, &m_moved, &m_changed, &m_layout, &m_reset})
            spy->clear();
        return seen;
    }
    // the roles of the last dataChanged that take() saw
    QList<int> lastRoles() const { return m_lastRoles; }

private:
    QList<int> m_lastRoles;
    QSignalSpy m_inserted;
    QSignalSpy m_removed;
    QSignalSpy m_moved;
    QSignalSpy m_changed;
    QSignalSpy m_layout;
    QSignalSpy m_reset;
};

// A fresh cache file and the notifier the sync engine would report to.
struct TempCache
{
    QTemporaryDir dir;
    CacheDatabase database {dir.filePath(u"cache.sqlite"_s)};
    CacheNotifier notifier;

    void announce(CacheChange::Table table, QList<qint64> inserted, QList<qint64> updated,
                  QList<qint64> removed = {})
    {
        notifier.notifyChanged(
            {table, std::move(inserted), std::move(updated), std::move(removed)});
    }
    void execute(const QString &sql)
    {
        QSqlQuery query(database.connection());
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }
    QString enqueue(OutboxEntry::Kind kind, const QByteArray &payload)
    {
        OutboxEntry entry;
        entry.profile = u"support-de"_s;
        entry.server = kind == OutboxEntry::Kind::CreateCallback ? OutboxEntry::Server::Jtel
                                                                 : OutboxEntry::Server::Case;
        entry.kind = kind;
        entry.payload = payload;
        const auto stored = OutboxStore(database).enqueue(entry);
        notifier.notifyOutboxChanged();
        return stored.value.id;
    }
};

std::unique_ptr<TempCache> openCache()
{
    auto cache = std::make_unique<TempCache>();
    if (!cache->dir.isValid() || cache->database.open())
        return nullptr;
    return cache;
}

Activity makeActivity(qint64 id, qint64 modifiedMs, const QString &subject, qint64 caseId = 70001)
{
    Activity a;
    a.id = id;
    a.caseId = caseId;
    a.type = u"email"_s;
    a.typeDisplay = u"Email"_s;
    a.status = u"assigned"_s;
    a.statusDisplay = u"Assigned"_s;
    a.assignedUserId = 7;
    a.assignedUserName = u"Mia Jansen"_s;
    a.assignedUserLogin = u"m.jansen"_s;
    a.subject = subject;
    a.customerName = u"Acme GmbH"_s;
    a.priority = u"3"_s;
    a.lastModifiedMs = modifiedMs;
    a.contentText = u"body"_s; // read by no model
    return a;
}

Case makeCase(qint64 id, qint64 modifiedMs, const QString &subject)
{
    Case c;
    c.id = id;
    c.status = u"open"_s;
    c.subject = subject;
    c.severity = u"high"_s;
    c.customerName = u"Acme GmbH"_s;
    c.ownerName = u"m.jansen"_s;
    c.lastModifiedMs = modifiedMs;
    return c;
}

AcdEvent makeEvent(qint64 id, qint64 createdMsecs, const QString &sender, int typeId = 3)
{
    AcdEvent e;
    e.id = id;
    e.typeId = typeId;
    e.statusId = 1;
    e.groupId = 512;
    e.sender = sender;
    e.subject = u"Call back %1"_s.arg(id);
    e.createdMsecs = createdMsecs;
    e.priority = 50;
    e.json
        = QByteArray(R"({"AcdEventsID":)") + QByteArray::number(id) + R"(,"dtAppointment":null})";
    return e;
}

QList<qint64> idsInRowOrder(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ItemRoles::IdRole).toLongLong());
    return ids;
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

bool waitUntilLoaded(CacheTableModel &model)
{
    QSignalSpy loaded(&model, &CacheTableModel::loadingChanged);
    return !model.isLoading() || loaded.wait(10'000);
}

// AgentDesk's German strings, installed until the guard ends
[[nodiscard]] auto inGerman(QTranslator &german)
{
    const bool loaded
        = german.load(u":/i18n/agentdesk_de.qm"_s) && QCoreApplication::installTranslator(&german);
    return qScopeGuard([&german, loaded] {
        if (loaded)
            QCoreApplication::removeTranslator(&german);
    });
}

} // namespace

// Each test function gets a fresh cache.
class CacheTest : public QObject
{
    Q_OBJECT

protected:
    // fixtures beyond the empty cache
    virtual void prepare() { }
    // what must go before the cache does
    virtual void release() { }

    std::unique_ptr<TempCache> m_cache;

private Q_SLOTS:
    void init()
    {
        m_cache = openCache();
        QVERIFY(m_cache);
        prepare();
    }
    void cleanup()
    {
        release();
        m_cache.reset();
    }
};

// ActivityModel: scopes, the first page and the background load, row-level changes, sort,
// filter and the pending role.
class TestActivityModel : public CacheTest
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheFirstPageAtOnceAndAppendsTheRest();
    void showsEveryColumn();
    void insertsUpdatesMovesAndRemovesRowByRow();
    void aCaseShowsOnlyItsActivities();
    void myActivitiesAreThoseAssignedToTheUser();
    void sortsByEveryColumnStablyWithSelectionsFollowing();
    void filtersAsYouTypeOverEverySearchedColumn();
    void showsDocumentedValuesInTheInterfaceLanguage();
    void changesRespectTheFilterAndTheSortOrder();
    void aLargeBatchIsOneLayoutChange();
    void marksActivitiesAQueuedChangeCaseWillMove();
    void changesDuringTheBackgroundLoadAreKept();

private:
    void release() override { m_tester.reset(); }
    void write(const QList<Activity> &activities);
    std::unique_ptr<ActivityModel> model();

    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestActivityModel::write(const QList<Activity> &activities)
{
    QVERIFY(!ActivityStore(m_cache->database).upsert(activities));
}

std::unique_ptr<ActivityModel> TestActivityModel::model()
{
    auto model = std::make_unique<ActivityModel>(m_cache->database, &m_cache->notifier);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return model;
}

void TestActivityModel::showsTheFirstPageAtOnceAndAppendsTheRest()
{
    QList<Activity> activities;
    for (int i = 0; i < 450; ++i)
        activities.append(makeActivity(81000 + i, t0 + i * 1000, u"Subject %1"_s.arg(i)));
    write(activities);

    const auto activityModel = model();
    ModelSignals seen(activityModel.get());
    // the first page, newest first, before any event loop ran
    QVERIFY(activityModel->isLoading());
    QCOMPARE(activityModel->rowCount(), 200);
    QCOMPARE(activityModel->index(0, 0).data(ItemRoles::IdRole).toLongLong(), 81449);
    QCOMPARE(activityModel->index(199, 0).data(ItemRoles::IdRole).toLongLong(), 81250);

    QVERIFY(waitUntilLoaded(*activityModel));
    QCOMPARE(seen.take(), QStringList {u"inserted 200-449"_s});
    QCOMPARE(activityModel->rowCount(), 450);
    const QList<qint64> ids = idsInRowOrder(*activityModel);
    QVERIFY(std::is_sorted(ids.cbegin(), ids.cend(), std::greater<>()));
}

void TestActivityModel::showsEveryColumn()
{
    Activity a = makeActivity(81001, t0, u"Router restarts every 20 minutes"_s);
    a.dueDateMs = t0 + 86'400'000;
    Activity bare;
    bare.id = 81002;
    bare.lastModifiedMs = t0 - 1;
    bare.type = u"calltrack"_s; // no display name: the code is shown
    write({a, bare});
    const auto activityModel = model();
    QVERIFY(waitUntilLoaded(*activityModel));

    QCOMPARE(activityModel->columnCount(), 10);
    const QStringList headers {
        u"ID"_s,       u"Subject"_s,  u"Type"_s, u"Status"_s,        u"Assigned to"_s,
        u"Customer"_s, u"Priority"_s, u"Case"_s, u"Last modified"_s, u"Due"_s};
    for (int column = 0; column < headers.size(); ++column)
        QCOMPARE(activityModel->headerData(column, Qt::Horizontal).toString(), headers.at(column));

    const QStringList row {
        u"81001"_s,
        u"Router restarts every 20 minutes"_s,
        u"Email"_s,
        u"Assigned"_s,
        u"Mia Jansen"_s,
        u"Acme GmbH"_s,
        u"3"_s,
        u"70001"_s,
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(t0), QLocale::ShortFormat),
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(t0 + 86'400'000), QLocale::ShortFormat)};
    for (int column = 0; column < row.size(); ++column)
        QCOMPARE(cell(*activityModel, 0, column), row.at(column));
    QCOMPARE(activityModel->index(0, ActivityModel::SubjectColumn).data(Qt::ToolTipRole).toString(),
             row.at(ActivityModel::SubjectColumn));
    QCOMPARE(activityModel->index(0, ActivityModel::IdColumn).data(Qt::TextAlignmentRole),
             QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(activityModel->index(0, 0).data(ItemRoles::PendingRole).toBool(), false);
    QVERIFY(!activityModel->index(0, 0).data(Qt::FontRole).isValid());

    // what the server did not send stays empty
    QCOMPARE(cell(*activityModel, 1, ActivityModel::TypeColumn), u"calltrack"_s);
    for (const int column : {ActivityModel::PriorityColumn, ActivityModel::CaseColumn,
                             ActivityModel::DueColumn, ActivityModel::SubjectColumn})
        QCOMPARE(cell(*activityModel, 1, column), QString());
}

void TestActivityModel::insertsUpdatesMovesAndRemovesRowByRow()
{
    write({makeActivity(81001, t0 + 1000, u"one"_s), makeActivity(81002, t0 + 2000, u"two"_s),
           makeActivity(81003, t0 + 3000, u"three"_s)});
    const auto activityModel = model();
    QVERIFY(waitUntilLoaded(*activityModel));
    QCOMPARE(idsInRowOrder(*activityModel), (QList<qint64> {81003, 81002, 81001}));
    ModelSignals seen(activityModel.get());
    const QPersistentModelIndex two = activityModel->index(1, ActivityModel::SubjectColumn);

    // a new activity, the newest: one row at the top
    write({makeActivity(81004, t0 + 4000, u"four"_s)});
    m_cache->announce(CacheChange::Table::Activities, {81004}, {});
    QCOMPARE(seen.take(), QStringList {u"inserted 0-0"_s});
    QCOMPARE(idsInRowOrder(*activityModel), (QList<qint64> {81004, 81003, 81002, 81001}));
    QCOMPARE(two.row(), 2);

    // a new subject, same modification time: the row stays and changes in place
    write({makeActivity(81002, t0 + 2000, u"two, edited"_s)});
    m_cache->announce(CacheChange::Table::Activities, {}, {81002});
    QCOMPARE(seen.take(), QStringList {u"changed 2:0-2:9"_s});
    QCOMPARE(two.data().toString(), u"two, edited"_s);

    // modified again: it moves to the top, and a selection on it follows
    write({makeActivity(81002, t0 + 5000, u"two, edited"_s)});
    m_cache->announce(CacheChange::Table::Activities, {}, {81002});
    QCOMPARE(seen.take(), (QStringList {u"moved 2 to 0"_s, u"changed 0:0-0:9"_s}));
    QCOMPARE(idsInRowOrder(*activityModel), (QList<qint64> {81002, 81004, 81003, 81001}));
    QCOMPARE(two.row(), 0);

    // a write that changes nothing the model shows causes no signal
    Activity unchanged = makeActivity(81003, t0 + 3000, u"three"_s);
    unchanged.contentText = u"another body"_s;
    write({unchanged});
    m_cache->announce(CacheChange::Table::Activities, {}, {81003});
    QCOMPARE(seen.take(), QStringList());

    // removed from the cache, and an id that was never cached
    m_cache->execute(u"DELETE FROM activities WHERE id IN (81004, 81001)"_s);
    m_cache->announce(CacheChange::Table::Activities, {}, {}, {81004, 81001, 99999});
    QCOMPARE(seen.take(), (QStringList {u"removed 3-3"_s, u"removed 1-1"_s}));
    QCOMPARE(idsInRowOrder(*activityModel), (QList<qint64> {81002, 81003}));

    // other tables' changes are not this model's business
    m_cache->announce(CacheChange::Table::Cases, {81003}, {});
    QCOMPARE(seen.take(), QStringList());
}

void TestActivityModel::aCaseShowsOnlyItsActivities()
{
    write({makeActivity(81001, t0 + 1000, u"one"_s, 70001),
           makeActivity(81002, t0 + 2000, u"two"_s, 70002),
           makeActivity(81003, t0 + 3000, u"three"_s, 70001)});
    const auto activityModel = model();
    QSignalSpy reset(activityModel.get(), &QAbstractItemModel::modelReset);
    activityModel->setCase(70001);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(activityModel->scope(), ActivityModel::Scope::Case);
    QCOMPARE(activityModel->caseId(), 70001);
    QVERIFY(waitUntilLoaded(*activityModel));
    QCOMPARE(idsInRowOrder(*activityModel), (QList<qint64> {81003, 81001}));
    ModelSignals seen(activityModel.get());

    // moved to another case: it leaves this one; moved in: it joins
    write({makeActivity(81003, t0 + 4000, u"three"_s, 70002),
           makeActivity(81002, t0 + 5000, u"two"_s, 70001)});
    m_cache->announce(CacheChange::Table::Activities, {}, {81003, 81002});
    QCOMPARE(seen.take(), (QStringList {u"inserted 0-0"_s, u"removed 0-0"_s}));
    QCOMPARE(idsInRowOrder(*activityModel), (QList<qint64> {81002, 81001}));

    activityModel->showAll();
    QVERIFY(waitUntilLoaded(*activityModel));
    QCOMPARE(activityModel->rowCount(), 3);
}

void TestActivityModel::myActivitiesAreThoseAssignedToTheUser()
{
    Activity someoneElses = makeActivity(81002, t0 + 2000, u"two"_s);
    someoneElses.assignedUserName = u"Anna Berg"_s;
    someoneElses.assignedUserLogin = u"a.berg"_s;
    write({makeActivity(81001, t0 + 1000, u"one"_s), someoneElses});
    const auto activityModel = model();
    // by the login, not the name shown; compared as the servers do, ignoring case
    activityModel->setAssignedUser(u"M.Jansen"_s);
    QVERIFY(waitUntilLoaded(*activityModel));
    QCOMPARE(idsInRowOrder(*activityModel), (QList<qint64> {81001}));
    ModelSignals seen(activityModel.get());

    someoneElses.assignedUserLogin = u"m.jansen"_s;
    write({someoneElses});
    m_cache->announce(CacheChange::Table::Activities, {}, {81002});
    QCOMPARE(seen.take(), QStringList {u"inserted 0-0"_s});
}

void TestActivityModel::sortsByEveryColumnStablyWithSelectionsFollowing()
{
    Activity a = makeActivity(81001, t0 + 1000, u"banana"_s);
    a.priority = u"5"_s;
    a.statusDisplay = u"Completed"_s;
    Activity b = makeActivity(81002, t0 + 2000, u"Apple"_s);
    b.priority.clear(); // no priority sorts first
    Activity c = makeActivity(81003, t0 + 3000, u"cherry"_s);
    c.priority = u"1"_s;
    c.statusDisplay = u"Completed"_s;
    write({a, b, c});
    const auto activityModel = model();
    QVERIFY(waitUntilLoaded(*activityModel));
    const QPersistentModelIndex apple = activityModel->index(1, ActivityModel::StatusColumn);
    QCOMPARE(apple.data(ItemRoles::IdRole).toLongLong(), 81002);

    const auto sorted = [&](int column, Qt::SortOrder order) {
        activityModel->sort(column, order);
        return idsInRowOrder(*activityModel);
    };
    // case-insensitive
    QCOMPARE(sorted(ActivityModel::SubjectColumn, Qt::AscendingOrder),
             (QList<qint64> {81002, 81001, 81003}));
    QCOMPARE(apple.row(), 0);
    QCOMPARE(apple.column(), int(ActivityModel::StatusColumn));
    QCOMPARE(sorted(ActivityModel::SubjectColumn, Qt::DescendingOrder),
             (QList<qint64> {81003, 81001, 81002}));
    QCOMPARE(apple.row(), 2);
    QCOMPARE(sorted(ActivityModel::PriorityColumn, Qt::AscendingOrder),
             (QList<qint64> {81002, 81003, 81001}));
    // ties keep the previous order: by priority, then by status
    QCOMPARE(sorted(ActivityModel::StatusColumn, Qt::AscendingOrder),
             (QList<qint64> {81002, 81003, 81001}));
    QCOMPARE(sorted(ActivityModel::IdColumn, Qt::DescendingOrder),
             (QList<qint64> {81003, 81002, 81001}));
    for (int column = 0; column < activityModel->columnCount(); ++column) {
        for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QList<qint64> ids = sorted(column, order);
            std::sort(ids.begin(), ids.end());
            QCOMPARE(ids, (QList<qint64> {81001, 81002, 81003}));
        }
    }
    QCOMPARE(apple.data(ItemRoles::IdRole).toLongLong(), 81002);

    // a new row goes where the sort order puts it
    activityModel->sort(ActivityModel::SubjectColumn, Qt::AscendingOrder);
    ModelSignals seen(activityModel.get());
    write({makeActivity(81004, t0, u"avocado"_s)});
    m_cache->announce(CacheChange::Table::Activities, {81004}, {});
    QCOMPARE(seen.take(), QStringList {u"inserted 1-1"_s});
}

// Documented statuses and types in AgentDesk's words, in the first page and in the rows loaded
// in the background alike; anything else in the server's words.
void TestActivityModel::showsDocumentedValuesInTheInterfaceLanguage()
{
    QList<Activity> activities;
    for (int i = 0; i < 250; ++i) {
        Activity a = makeActivity(81000 + i, t0 + i * 1000, u"Subject %1"_s.arg(i));
        a.type = u"call_track"_s;
        a.typeDisplay = u"Call Track"_s;
        a.status = i % 2 ? u"completed"_s : u"assigned"_s;
        a.statusDisplay = i % 2 ? u"Completed"_s : u"Zugewiesen (Team Nord)"_s;
        activities.append(a);
    }
    write(activities);
    QTranslator german;
    const auto english = inGerman(german);
    QVERIFY(!german.isEmpty());

    const auto activityModel = model();
    QVERIFY(waitUntilLoaded(*activityModel));
    QCOMPARE(activityModel->rowCount(), 250);
    for (const int row : {0, 1, 248, 249}) {
        const bool completed
            = activityModel->index(row, 0).data(ItemRoles::IdRole).toLongLong() % 2;
        QCOMPARE(cell(*activityModel, row, ActivityModel::StatusColumn),
                 completed ? u"Abgeschlossen"_s : u"Zugewiesen (Team Nord)"_s);
        QCOMPARE(cell(*activityModel, row, ActivityModel::TypeColumn), u"Calltrack"_s);
    }
    // the filter finds the words shown
    activityModel->setFilterText(u"abgeschl"_s);
    QCOMPARE(activityModel->rowCount(), 125);
}

void TestActivityModel::filtersAsYouTypeOverEverySearchedColumn()
{
    Activity a = makeActivity(81001, t0 + 1000, u"Router restarts"_s);
    Activity b = makeActivity(81002, t0 + 2000, u"ÄRGER mit der Rechnung"_s, 70002);
    b.customerName = u"Globex"_s;
    Activity c = makeActivity(81003, t0 + 3000, u"Rückruf"_s);
    c.statusDisplay = u"Routed"_s;
    write({a, b, c});
    const auto activityModel = model();
    QVERIFY(waitUntilLoaded(*activityModel));
    const QPersistentModelIndex router = activityModel->index(2, ActivityModel::SubjectColumn);
    const QPersistentModelIndex rueckruf = activityModel->index(0, ActivityModel::SubjectColumn);
    ModelSignals seen(activityModel.get());

    activityModel->setFilterText(u"rou"_s); // subject of one, status of another
    QCOMPARE(idsInRowOrder(*activityModel), (QList<qint64> {81003, 81001}));
    QCOMPARE(seen.take(), QStringList {u"layout"_s});
    QCOMPARE(router.row(), 1);
    activityModel->setFilterText(u"rout"_s); // the same rows: nothing to tell the view
    QCOMPARE(seen.take(), QStringList());
    activityModel->setFilterText(u"router"_s);
    QCOMPARE(idsInRowOrder(*activityModel), (QList<qint64> {81001}));
    QCOMPARE(router.row(), 0);
    QVERIFY(!rueckruf.isValid()); // filtered out: a selection on it ends
    QCOMPARE(activityModel->filterText(), u"router"_s);

    const auto filtered = [&](const QString &text) {
        activityModel->setFilterText(text);
        return idsInRowOrder(*activityModel);
    };
    QCOMPARE(filtered(u"ärger"_s), (QList<qint64> {81002})); // case-insensitive beyond ASCII
    QCOMPARE(filtered(u"GLOBEX"_s), (QList<qint64> {81002})); // customer
    QCOMPARE(filtered(u"8100"_s), (QList<qint64> {81003, 81002, 81001})); // id
    QCOMPARE(filtered(u"70002"_s), (QList<qint64> {81002})); // case
    QCOMPARE(filtered(u"jansen"_s), (QList<qint64> {81003, 81002, 81001})); // assigned user
    QCOMPARE(filtered(u"email"_s), (QList<qint64> {81003, 81002, 81001})); // type
    QCOMPARE(filtered(u"no such text"_s), QList<qint64>());
    QCOMPARE(activityModel->unfilteredRowCount(), 3);
    seen.take();
    QCOMPARE(filtered(QString()), (QList<qint64> {81003, 81002, 81001}));
    QCOMPARE(seen.take(), QStringList {u"layout"_s});
}

void TestActivityModel::changesRespectTheFilterAndTheSortOrder()
{
    write({makeActivity(81001, t0 + 1000, u"router one"_s),
           makeActivity(81002, t0 + 2000, u"printer"_s),
           makeActivity(81003, t0 + 3000, u"router two"_s)});
    const auto activityModel = model();
    QVERIFY(waitUntilLoaded(*activityModel));
    activityModel->setFilterText(u"router"_s);
    QCOMPARE(idsInRowOrder(*activityModel), (QList<qint64> {81003, 81001}));
    ModelSignals seen(activityModel.get());

    // a new row that does not match stays hidden; one that matches shows in its place
    write({makeActivity(81004, t0 + 4000, u"scanner"_s),
           makeActivity(81005, t0 + 2500, u"router three"_s)});
    m_cache->announce(CacheChange::Table::Activities, {81004, 81005}, {});
    QCOMPARE(seen.take(), QStringList {u"inserted 1-1"_s});
    QCOMPARE(activityModel->unfilteredRowCount(), 5);

    // an edit that makes a row match shows it; one that makes it stop matching hides it
    write({makeActivity(81002, t0 + 2000, u"router, was printer"_s),
           makeActivity(81003, t0 + 3000, u"modem"_s)});
    m_cache->announce(CacheChange::Table::Activities, {}, {81002, 81003});
    QCOMPARE(seen.take(), (QStringList {u"inserted 2-2"_s, u"removed 0-0"_s}));
    QCOMPARE(idsInRowOrder(*activityModel), (QList<qint64> {81005, 81002, 81001}));

    activityModel->setFilterText(QString());
    QCOMPARE(idsInRowOrder(*activityModel), (QList<qint64> {81004, 81003, 81005, 81002, 81001}));
}

void TestActivityModel::aLargeBatchIsOneLayoutChange()
{
    QList<Activity> activities;
    for (int i = 0; i < 1000; ++i)
        activities.append(makeActivity(100'000 + i, t0 + i * 10, u"old %1"_s.arg(i)));
    write(activities);
    const auto activityModel = model();
    QVERIFY(waitUntilLoaded(*activityModel));
    const QPersistentModelIndex newestOld = activityModel->index(0, 0);
    QCOMPARE(newestOld.data(ItemRoles::IdRole).toLongLong(), 100'999);
    ModelSignals seen(activityModel.get());

    // a first sync of a busy queue: 20,000 rows at once, interleaved with the cached ones
    QList<Activity> batch;
    QList<qint64> ids;
    for (int i = 0; i < 20'000; ++i) {
        batch.append(makeActivity(200'000 + i, t0 + 5 + i, u"new %1"_s.arg(i)));
        ids.append(200'000 + i);
    }
    write(batch);
    m_cache->execute(u"DELETE FROM activities WHERE id = 100000"_s);
    m_cache->announce(CacheChange::Table::Activities, ids, {}, {100'000});
    // read on a worker, not on the GUI thread (tests/bench/bench_guistall), then swapped in
    QVERIFY(activityModel->isLoading());
    QVERIFY(seen.take().isEmpty());
    QVERIFY(waitUntilLoaded(*activityModel));
    QCOMPARE(seen.take(), QStringList {u"layout"_s});
    QCOMPARE(activityModel->rowCount(), 20'999);
    QCOMPARE(newestOld.data(ItemRoles::IdRole).toLongLong(), 100'999);
    QCOMPARE(newestOld.row(), activityModel->rowOfId(100'999));
    QHash<qint64, qint64> modifiedOf;
    for (const QList<Activity> *list : {&activities, &batch}) {
        for (const Activity &activity : *list)
            modifiedOf.insert(activity.id, activity.lastModifiedMs);
    }
    QList<qint64> modified;
    for (const qint64 id : idsInRowOrder(*activityModel))
        modified.append(modifiedOf.value(id));
    QVERIFY(std::is_sorted(modified.cbegin(), modified.cend(), std::greater<>()));
}

void TestActivityModel::marksActivitiesAQueuedChangeCaseWillMove()
{
    write({makeActivity(81001, t0 + 1000, u"one"_s), makeActivity(81002, t0 + 2000, u"two"_s),
           makeActivity(81003, t0 + 3000, u"three"_s)});
    const auto activityModel = model();
    QVERIFY(waitUntilLoaded(*activityModel));
    ModelSignals seen(activityModel.get());

    QueuedChangeCase change;
    change.request.activityIds = {81001, 81003, 89999}; // 89999 is not cached
    change.request.targetCaseId = 70009;
    const QString id
        = m_cache->enqueue(OutboxEntry::Kind::ChangeCase, OutboxPayload::encode(change));
    QCOMPARE(seen.take(), (QStringList {u"changed 0:0-0:9"_s, u"changed 2:0-2:9"_s}));
    QCOMPARE(seen.take(), QStringList());
    QCOMPARE(activityModel->index(0, 0).data(ItemRoles::PendingRole).toBool(), true);
    QCOMPARE(activityModel->index(1, 0).data(ItemRoles::PendingRole).toBool(), false);
    QCOMPARE(activityModel->index(2, 0).data(ItemRoles::PendingRole).toBool(), true);
    QVERIFY(activityModel->index(0, 0).data(Qt::FontRole).value<QFont>().italic());

    // still pending while refused: the agent must act on it
    QVERIFY(!OutboxStore(m_cache->database).markNeedsAttention(id, u"400-101"_s, u"no"_s));
    m_cache->notifier.notifyOutboxChanged();
    QCOMPARE(seen.take(), QStringList());

    QVERIFY(!OutboxStore(m_cache->database).retry(id));
    QVERIFY(!OutboxStore(m_cache->database).markInFlight(id));
    QVERIFY(!OutboxStore(m_cache->database).markDone(id, "{}"));
    m_cache->notifier.notifyOutboxChanged();
    QCOMPARE(seen.take(), (QStringList {u"changed 0:0-0:9"_s, u"changed 2:0-2:9"_s}));
    QCOMPARE(activityModel->index(0, 0).data(ItemRoles::PendingRole).toBool(), false);
}

void TestActivityModel::changesDuringTheBackgroundLoadAreKept()
{
    QList<Activity> activities;
    for (int i = 0; i < 5000; ++i)
        activities.append(makeActivity(81000 + i, t0 + i * 1000, u"Subject %1"_s.arg(i)));
    write(activities);
    const auto activityModel = model();
    QVERIFY(activityModel->isLoading());

    // the oldest row (not on the first page) is edited, one is removed, one is new: whether or
    // not the background read saw these, the model ends up showing them
    write({makeActivity(81000, t0, u"edited while loading"_s),
           makeActivity(90000, t0 + 10'000'000, u"new while loading"_s)});
    m_cache->execute(u"DELETE FROM activities WHERE id = 81001"_s);
    m_cache->announce(CacheChange::Table::Activities, {90000}, {81000}, {81001});
    QVERIFY(waitUntilLoaded(*activityModel));
    QCOMPARE(activityModel->rowCount(), 5000);
    QCOMPARE(activityModel->rowOfId(81001), -1);
    QCOMPARE(activityModel->rowOfId(90000), 0);
    QCOMPARE(cell(*activityModel, 4999, ActivityModel::SubjectColumn), u"edited while loading"_s);
}

// CaseModel: the same machinery over the cases table.
class TestCaseModel : public CacheTest
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryColumnNewestFirst();
    void showsStatusAndSeverityInTheInterfaceLanguage();
    void followsCaseChangesRowByRow();
    void marksCasesQueuedOperationsWillChange();

private:
    void prepare() override;
};

void TestCaseModel::prepare()
{
    QVERIFY(!CaseStore(m_cache->database)
                 .upsert({makeCase(70001, t0 + 1000, u"Router"_s),
                          makeCase(70002, t0 + 2000, u"Invoice"_s)}));
}

void TestCaseModel::showsEveryColumnNewestFirst()
{
    CaseModel model(m_cache->database, &m_cache->notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitUntilLoaded(model));
    QCOMPARE(idsInRowOrder(model), (QList<qint64> {70002, 70001}));
    const QStringList headers {u"ID"_s,    u"Subject"_s,  u"Status"_s,       u"Customer"_s,
                               u"Owner"_s, u"Severity"_s, u"Last modified"_s};
    QCOMPARE(model.columnCount(), headers.size());
    const QStringList row {
        u"70002"_s,
        u"Invoice"_s,
        u"Open"_s,
        u"Acme GmbH"_s,
        u"m.jansen"_s,
        u"High"_s,
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(t0 + 2000), QLocale::ShortFormat)};
    for (int column = 0; column < headers.size(); ++column) {
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));
        QCOMPARE(cell(model, 0, column), row.at(column));
    }
    model.setFilterText(u"rout"_s);
    QCOMPARE(idsInRowOrder(model), (QList<qint64> {70001}));
}

void TestCaseModel::showsStatusAndSeverityInTheInterfaceLanguage()
{
    Case closed = makeCase(70003, t0 + 3000, u"Closed one"_s);
    closed.status = u"closed"_s;
    closed.severity = u"kritisch-intern"_s; // a site's own value: as the server sends it
    QVERIFY(!CaseStore(m_cache->database).upsert({closed}));
    QTranslator german;
    const auto english = inGerman(german);
    QVERIFY(!german.isEmpty());

    CaseModel model(m_cache->database, &m_cache->notifier);
    QVERIFY(waitUntilLoaded(model));
    QCOMPARE(idsInRowOrder(model), (QList<qint64> {70003, 70002, 70001}));
    QCOMPARE(cell(model, 0, CaseModel::StatusColumn), u"Geschlossen"_s);
    QCOMPARE(cell(model, 0, CaseModel::SeverityColumn), u"kritisch-intern"_s);
    QCOMPARE(cell(model, 1, CaseModel::StatusColumn), u"Offen"_s);
    QCOMPARE(cell(model, 1, CaseModel::SeverityColumn), u"Hoch"_s);
}

void TestCaseModel::followsCaseChangesRowByRow()
{
    CaseModel model(m_cache->database, &m_cache->notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitUntilLoaded(model));
    model.sort(CaseModel::SubjectColumn, Qt::AscendingOrder);
    ModelSignals seen(&model);

    QVERIFY(!CaseStore(m_cache->database)
                 .upsert({makeCase(70003, t0 + 3000, u"Modem"_s),
                          makeCase(70001, t0 + 4000, u"Router, closed"_s)}));
    m_cache->announce(CacheChange::Table::Cases, {70003}, {70001});
    // updates are applied before inserts
    QCOMPARE(seen.take(), (QStringList {u"inserted 1-1"_s, u"changed 1:0-1:6"_s}));
    QCOMPARE(idsInRowOrder(model), (QList<qint64> {70002, 70003, 70001}));
}

void TestCaseModel::marksCasesQueuedOperationsWillChange()
{
    CaseModel model(m_cache->database, &m_cache->notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitUntilLoaded(model));
    ModelSignals seen(&model);

    // a call logged into case 70001, queued while offline
    CalltrackDraft call;
    call.subject = u"Called back"_s;
    call.caseId = 70001;
    m_cache->enqueue(OutboxEntry::Kind::CreateCalltrack, OutboxPayload::encode(call));
    QCOMPARE(seen.take(), QStringList {u"changed 1:0-1:6"_s});
    QCOMPARE(seen.lastRoles(), (QList<int> {ItemRoles::PendingRole, Qt::FontRole}));
    QCOMPARE(model.index(1, 0).data(ItemRoles::PendingRole).toBool(), true);
    QCOMPARE(model.index(0, 0).data(ItemRoles::PendingRole).toBool(), false);

    // a move out of 70002 into a new case names the source case
    QueuedChangeCase change;
    change.request.activityIds = {81001};
    change.sourceCaseId = 70002;
    m_cache->enqueue(OutboxEntry::Kind::ChangeCase, OutboxPayload::encode(change));
    QCOMPARE(seen.take(), QStringList {u"changed 0:0-0:6"_s});
    QCOMPARE(model.index(0, 0).data(ItemRoles::PendingRole).toBool(), true);
}

// AcdEventQueueModel over the cache: the jtel sync's diff arrives row by row, new events are
// marked until acknowledged.
class TestAcdEventQueueModelOverTheCache : public CacheTest
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheQueueOldestFirstWithAppointments();
    void marksNewEventsUntilAcknowledged();
    void acknowledgingAdjacentEventsIsOneSignal();
    void marksEventsAQueuedCallbackMayUpdate();

private:
    void prepare() override;
    void apply(const QList<AcdEvent> &inserted, const QList<AcdEvent> &updated,
               const QList<qint64> &removed = {});
};

void TestAcdEventQueueModelOverTheCache::prepare()
{
    const auto written = AcdEventStore(m_cache->database)
                             .applyChanges({makeEvent(88001, t0 + 3000, u"4922199900011"_s),
                                            makeEvent(88002, t0 + 1000, u"4930555010001"_s, 1)},
                                           {}, {});
    QVERIFY(written.ok());
}

void TestAcdEventQueueModelOverTheCache::apply(const QList<AcdEvent> &inserted,
                                               const QList<AcdEvent> &updated,
                                               const QList<qint64> &removed)
{
    QVERIFY(AcdEventStore(m_cache->database).applyChanges(inserted, updated, removed).ok());
    QList<qint64> insertedIds;
    for (const AcdEvent &event : inserted)
        insertedIds.append(event.id);
    QList<qint64> updatedIds;
    for (const AcdEvent &event : updated)
        updatedIds.append(event.id);
    m_cache->announce(CacheChange::Table::AcdEvents, insertedIds, updatedIds, removed);
}

void TestAcdEventQueueModelOverTheCache::showsTheQueueOldestFirstWithAppointments()
{
    AcdEvent withAppointment = makeEvent(88003, t0 + 2000, u"4922199900077"_s);
    withAppointment.json = R"({"AcdEventsID":88003,"dtAppointment":"2031-03-04T14:30:00.000"})";
    QVERIFY(AcdEventStore(m_cache->database).applyChanges({withAppointment}, {}, {}).ok());

    AcdEventQueueModel model(m_cache->database, &m_cache->notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitUntilLoaded(model));
    QCOMPARE(idsInRowOrder(model), (QList<qint64> {88002, 88003, 88001}));
    QCOMPARE(model.sortColumn(), int(AcdEventQueueModel::AgeColumn));
    QCOMPARE(cell(model, 0, AcdEventQueueModel::TypeColumn), u"Voicemail"_s);
    QCOMPARE(cell(model, 1, AcdEventQueueModel::SenderColumn), u"4922199900077"_s);
    QCOMPARE(cell(model, 1, AcdEventQueueModel::GroupColumn), u"512"_s);
    QCOMPARE(cell(model, 1, AcdEventQueueModel::PriorityColumn), u"50"_s);
    QCOMPARE(cell(model, 1, AcdEventQueueModel::StatusColumn), u"New"_s);
    QCOMPARE(cell(model, 1, AcdEventQueueModel::AppointmentColumn),
             QLocale().toString(QDateTime(QDate(2031, 3, 4), QTime(14, 30)), QLocale::ShortFormat));
    QCOMPARE(cell(model, 0, AcdEventQueueModel::AppointmentColumn), QString());
    QCOMPARE(model.index(1, AcdEventQueueModel::AgeColumn).data(Qt::ToolTipRole).toString(),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(t0 + 2000), QLocale::ShortFormat));
    QCOMPARE(model.newCount(), 0); // what the cache held at start is not new
}

void TestAcdEventQueueModelOverTheCache::marksNewEventsUntilAcknowledged()
{
    AcdEventQueueModel model(m_cache->database, &m_cache->notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitUntilLoaded(model));
    ModelSignals seen(&model);
    QSignalSpy newCount(&model, &AcdEventQueueModel::newCountChanged);

    AcdEvent changed = makeEvent(88001, t0 + 3000, u"4922199900011"_s);
    changed.statusId = 20;
    apply({makeEvent(88101, t0 + 2000, u"4930555010002"_s),
           makeEvent(88102, t0 + 4000, u"4930555010003"_s)},
          {changed});
    QCOMPARE(seen.take(),
             (QStringList {u"inserted 1-1"_s, u"inserted 3-3"_s, u"changed 1:0-1:8"_s}));
    QCOMPARE(idsInRowOrder(model), (QList<qint64> {88002, 88101, 88001, 88102}));
    QCOMPARE(model.newCount(), 2);
    QCOMPARE(newCount.size(), 1);
    QCOMPARE(newCount.constLast().constFirst().toInt(), 2);
    QCOMPARE(model.index(1, 0).data(ItemRoles::NewRole).toBool(), true);
    QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.index(2, 0).data(ItemRoles::NewRole).toBool(), false); // updated, not new
    QCOMPARE(cell(model, 2, AcdEventQueueModel::StatusColumn), u"Status 20"_s);

    // a new event that leaves the queue again is no longer counted
    apply({}, {}, {88102});
    QCOMPARE(seen.take(), QStringList {u"removed 3-3"_s});
    QCOMPARE(model.newCount(), 1);
    QCOMPARE(newCount.constLast().constFirst().toInt(), 1);

    model.acknowledgeNew();
    QCOMPARE(seen.take(), QStringList {u"changed 1:0-1:8"_s});
    QCOMPARE(seen.lastRoles(), (QList<int> {ItemRoles::NewRole, Qt::FontRole}));
    QCOMPARE(model.newCount(), 0);
    QCOMPARE(newCount.constLast().constFirst().toInt(), 0);
    QCOMPARE(model.index(1, 0).data(ItemRoles::NewRole).toBool(), false);
}

// Acknowledging tells the views once per run of adjacent rows: a first fill of 100k events was
// 100k signals on the GUI thread.
void TestAcdEventQueueModelOverTheCache::acknowledgingAdjacentEventsIsOneSignal()
{
    AcdEventQueueModel model(m_cache->database, &m_cache->notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitUntilLoaded(model));
    apply({makeEvent(88101, t0 + 5000, u"4930555010002"_s),
           makeEvent(88102, t0 + 6000, u"4930555010003"_s),
           makeEvent(88103, t0 + 7000, u"4930555010004"_s),
           makeEvent(88104, t0 - 1000, u"4930555010005"_s)},
          {});
    QCOMPARE(idsInRowOrder(model), (QList<qint64> {88104, 88002, 88001, 88101, 88102, 88103}));
    QCOMPARE(model.newCount(), 4);
    ModelSignals seen(&model);
    model.acknowledgeNew();
    QCOMPARE(seen.take(), (QStringList {u"changed 0:0-0:8"_s, u"changed 3:0-5:8"_s}));
    QCOMPARE(model.newCount(), 0);
}

void TestAcdEventQueueModelOverTheCache::marksEventsAQueuedCallbackMayUpdate()
{
    AcdEventQueueModel model(m_cache->database, &m_cache->notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitUntilLoaded(model));
    ModelSignals seen(&model);

    // same type, caller (with "+") and group as 88001: jtel would update that event (J12)
    CallbackDraft draft;
    draft.groupId = 512;
    draft.sender = u"+4922199900011"_s;
    draft.subject = u"Call back after 14:00"_s;
    m_cache->enqueue(OutboxEntry::Kind::CreateCallback, OutboxPayload::encode(draft));
    QCOMPARE(seen.take(), QStringList {u"changed 1:0-1:8"_s});
    QCOMPARE(model.index(1, 0).data(ItemRoles::PendingRole).toBool(), true);
    QCOMPARE(model.index(0, 0).data(ItemRoles::PendingRole).toBool(), false);

    // an event of that caller arriving later shows pending from the start
    apply({makeEvent(88103, t0 + 5000, u"4922199900011"_s)}, {});
    QCOMPARE(seen.take(), QStringList {u"inserted 2-2"_s});
    QCOMPARE(model.index(2, 0).data(ItemRoles::PendingRole).toBool(), true);
}

// OutboxModel: the entries not done and the recent done ones, updated row by row.
class TestOutboxModel : public CacheTest
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryEntryNotDoneAndTheRecentDoneOnes();
    void summarisesEachKindOfPayload();
    void followsEveryStateChangeRowByRow();
    void appliedEntryShowsItsAttemptsAndNoEarlierError();
    void nextAttemptIsTheTimeLeft();

private:
    QString enqueueCall(const QString &subject, qint64 caseId = 70001);
};

QString TestOutboxModel::enqueueCall(const QString &subject, qint64 caseId)
{
    CalltrackDraft call;
    call.subject = subject;
    call.caseId = caseId;
    return m_cache->enqueue(OutboxEntry::Kind::CreateCalltrack, OutboxPayload::encode(call));
}

void TestOutboxModel::listsEveryEntryNotDoneAndTheRecentDoneOnes()
{
    OutboxStore store(m_cache->database);
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(enqueueCall(u"call %1"_s.arg(i)));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!store.markInFlight(ids.at(i)));
        QVERIFY(!store.markDone(ids.at(i), "{}"));
    }

    OutboxModel model(m_cache->database, &m_cache->notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    model.setRecentDoneLimit(2);
    QCOMPARE(model.rowCount(), 4);
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.index(row, 0).data(ItemRoles::IdRole).toString());
    QCOMPARE(shown, ids.mid(1)); // queue order; the oldest done entry is left out

    QCOMPARE(model.index(0, OutboxModel::StateColumn).data().toString(), u"Done"_s);
    QCOMPARE(model.index(3, OutboxModel::StateColumn).data().toString(), u"Pending"_s);
    QCOMPARE(model.index(3, 0).data(ItemRoles::OutboxStateRole).toInt(),
             int(OutboxEntry::State::Pending));
    model.setFilterText(u"pend"_s);
    QCOMPARE(model.rowCount(), 2);
}

void TestOutboxModel::summarisesEachKindOfPayload()
{
    enqueueCall(u"Router restarts"_s);
    enqueueCall(u"New topic"_s, 0);
    QueuedChangeCase change;
    change.request.activityIds = {81001, 81002};
    change.request.targetCaseId = 70009;
    m_cache->enqueue(OutboxEntry::Kind::ChangeCase, OutboxPayload::encode(change));
    change.request.activityIds = {81003};
    change.request.targetCaseId = 0;
    m_cache->enqueue(OutboxEntry::Kind::ChangeCase, OutboxPayload::encode(change));
    CallbackDraft callback;
    callback.sender = u"4922199900011"_s;
    callback.subject = u"After 14:00"_s;
    m_cache->enqueue(OutboxEntry::Kind::CreateCallback, OutboxPayload::encode(callback));
    m_cache->enqueue(OutboxEntry::Kind::CreateCallback, "not json");

    OutboxModel model(m_cache->database, &m_cache->notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList headers {u"Operation"_s, u"State"_s,        u"Summary"_s,   u"Queued"_s,
                               u"Attempts"_s,  u"Next attempt"_s, u"Last error"_s};
    for (int column = 0; column < headers.size(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));
    const QList<QStringList> expected {
        {u"Log call"_s, u"Log call “Router restarts” in case 70001"_s},
        {u"Log call"_s, u"Log call “New topic” in a new case"_s},
        {u"Change case"_s, u"Move 2 activities to case 70009"_s},
        {u"Change case"_s, u"Move 1 activities to a new case"_s},
        {u"Callback request"_s, u"Callback to 4922199900011: After 14:00"_s},
        {u"Callback request"_s, u"The queued request cannot be read"_s},
    };
    QCOMPARE(model.rowCount(), expected.size());
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(cell(model, row, OutboxModel::KindColumn), expected.at(row).at(0));
        QCOMPARE(cell(model, row, OutboxModel::SummaryColumn), expected.at(row).at(1));
        QCOMPARE(cell(model, row, OutboxModel::AttemptsColumn), u"0"_s);
        QVERIFY(!cell(model, row, OutboxModel::NextAttemptColumn).isEmpty());
        QVERIFY(!cell(model, row, OutboxModel::QueuedColumn).isEmpty());
    }
}

void TestOutboxModel::followsEveryStateChangeRowByRow()
{
    const QString first = enqueueCall(u"first"_s);
    OutboxModel model(m_cache->database, &m_cache->notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecentDoneLimit(0);
    ModelSignals seen(&model);
    OutboxStore store(m_cache->database);

    const QString second = enqueueCall(u"second"_s);
    QCOMPARE(seen.take(), QStringList {u"inserted 1-1"_s});

    QVERIFY(!store.markInFlight(first));
    m_cache->notifier.notifyOutboxChanged();
    QCOMPARE(seen.take(), QStringList {u"changed 0:0-0:6"_s});
    QCOMPARE(cell(model, 0, OutboxModel::StateColumn), u"Sending"_s);
    QCOMPARE(cell(model, 0, OutboxModel::NextAttemptColumn), QString());

    QVERIFY(!store.markNeedsAttention(first, u"400-101"_s, u"subject (C6): too long"_s));
    m_cache->notifier.notifyOutboxChanged();
    QCOMPARE(seen.take(), QStringList {u"changed 0:0-0:6"_s});
    QCOMPARE(cell(model, 0, OutboxModel::StateColumn), u"Needs attention"_s);
    QCOMPARE(cell(model, 0, OutboxModel::AttemptsColumn), u"1"_s);
    QCOMPARE(cell(model, 0, OutboxModel::LastErrorColumn), u"400-101: subject (C6): too long"_s);

    // nothing changed: no signal
    m_cache->notifier.notifyOutboxChanged();
    QCOMPARE(seen.take(), QStringList());

    QVERIFY(!store.discard(first));
    QVERIFY(!store.markInFlight(second));
    QVERIFY(!store.markDone(second, "{}"));
    m_cache->notifier.notifyOutboxChanged();
    QCOMPARE(seen.take(), (QStringList {u"removed 0-1"_s}));
    QCOMPARE(model.rowCount(), 0);
}

// An entry that failed once and was then applied: two attempts, and the 503 of the first is
// history, not a "last error" next to "Done".
void TestOutboxModel::appliedEntryShowsItsAttemptsAndNoEarlierError()
{
    const QString id = enqueueCall(u"flaky"_s);
    OutboxModel model(m_cache->database, &m_cache->notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    OutboxStore store(m_cache->database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!store.markInFlight(id, now));
    QVERIFY(!store.markTransientFailure(id, u"503"_s, u"Service Unavailable"_s, now.addSecs(40)));
    m_cache->notifier.notifyOutboxChanged();
    QCOMPARE(cell(model, 0, OutboxModel::AttemptsColumn), u"1"_s);
    QCOMPARE(cell(model, 0, OutboxModel::LastErrorColumn), u"503: Service Unavailable"_s);

    QVERIFY(!store.markInFlight(id, now.addSecs(40)));
    QVERIFY(!store.markDone(id, "{}"));
    m_cache->notifier.notifyOutboxChanged();
    QCOMPARE(cell(model, 0, OutboxModel::StateColumn), u"Done"_s);
    QCOMPARE(cell(model, 0, OutboxModel::AttemptsColumn), u"2"_s);
    QCOMPARE(cell(model, 0, OutboxModel::LastErrorColumn), QString());
    QCOMPARE(cell(model, 0, OutboxModel::NextAttemptColumn), QString());
}

// "in 40 s" rather than a clock time to compare with the clock; the time itself in the tool tip
void TestOutboxModel::nextAttemptIsTheTimeLeft()
{
    const qint64 now = 1'760'000'000'000;
    QCOMPARE(OutboxModel::timeUntil(now + 40'000, now), u"in 40 s"_s);
    QCOMPARE(OutboxModel::timeUntil(now + 39'001, now), u"in 40 s"_s);
    QCOMPARE(OutboxModel::timeUntil(now + 1'000, now), u"in 1 s"_s);
    QCOMPARE(OutboxModel::timeUntil(now + 150'000, now), u"in 3 min"_s);
    QCOMPARE(OutboxModel::timeUntil(now, now), u"now"_s);
    QCOMPARE(OutboxModel::timeUntil(now - 5'000, now), u"now"_s);

    const QString id = enqueueCall(u"later"_s);
    OutboxStore store(m_cache->database);
    const QDateTime next = QDateTime::currentDateTimeUtc().addSecs(40);
    QVERIFY(!store.markInFlight(id));
    QVERIFY(!store.markTransientFailure(id, u"503"_s, u"Service Unavailable"_s, next));
    OutboxModel model(m_cache->database, &m_cache->notifier);
    const QString left = cell(model, 0, OutboxModel::NextAttemptColumn);
    QVERIFY2(left == u"in 40 s"_s || left == u"in 39 s"_s, qPrintable(left));
    QCOMPARE(model.index(0, OutboxModel::NextAttemptColumn).data(Qt::ToolTipRole).toString(),
             QLocale().toString(next.toLocalTime(), QLocale::ShortFormat));
    // it counts down by itself
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.wait(3000));
}

int main(int argc, char *argv[])
{
    // QFont (the pending and new rows' font role) needs a QGuiApplication
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"agentdesk.cache.info=false"_s); // schema steps, per test
    int status = 0;
    {
        TestActivityModel test;
        status |= QTest::qExec(&test, argc, argv);
    }
    {
        TestCaseModel test;
        status |= QTest::qExec(&test, argc, argv);
    }
    {
        TestAcdEventQueueModelOverTheCache test;
        status |= QTest::qExec(&test, argc, argv);
    }
    {
        TestOutboxModel test;
        status |= QTest::qExec(&test, argc, argv);
    }
    return status;
}

#include "tst_cachemodels.moc"
