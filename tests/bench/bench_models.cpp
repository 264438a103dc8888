// The activities pane at scale: a cache of 1M synthetic activities, and in the same process
//  - first paint: ActivityModel constructed until its first 40 rows are read (the first
//    keyset page), at 10k and at 1M cached rows; against a QStandardItemModel loaded with
//    every row; plus the time until the full row index is swapped in, and the longest stall
//    of the GUI thread's event loop (5 ms heartbeat) meanwhile;
//  - the RSS with the 1M rows loaded (VmRSS);
//  - sort by subject and by last modification: ActivityModel::sort against a hand-rolled
//    std::sort of a row index on precomputed keys (case-folded QStrings, qint64 times), and
//    against QSortFilterProxyModel over QStandardItemModel;
//  - filter-as-you-type: ten keystrokes typing "connection", then clearing, against
//    QSortFilterProxyModel::setFilterFixedString (case-insensitive, every column);
//  - the Team pane's refresh after a sync (TeamModel::refresh on the counts the triggers keep)
//    against counting the cached activities (TeamLoadStore::recount), and what keeping the
//    counts costs a write: 100k rows inserted with the triggers against the same without them.
// The naive Qt ways run on the first --naive-rows rows (100k unless told): at 1M they need
// minutes and gigabytes (docs PERFORMANCE.md). Their 1M figure is estimated linearly, which
// flatters them (sorting grows faster than linearly).
//
// bench_models [--rows N] [--naive-rows N]

#include "activitymodel.h"
#include "cache/cachedatabase.h"
#include "cache/teamloadstore.h"
#include "itemroles.h"
#include "sync/cachenotifier.h"
#include "teammodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTimer>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <random>

using namespace Qt::StringLiterals;

namespace {

const QString filterWord = u"connection"_s;

const QStringList words
    = {u"router"_s,   u"restarts"_s,  u"invoice"_s,  u"missing"_s,   u"connection"_s, u"dropped"_s,
       u"after"_s,    u"update"_s,    u"password"_s, u"reset"_s,     u"delivery"_s,   u"late"_s,
       u"refund"_s,   u"request"_s,   u"contract"_s, u"cancelled"_s, u"phone"_s,      u"line"_s,
       u"noise"_s,    u"slow"_s,      u"internet"_s, u"since"_s,     u"monday"_s,     u"billing"_s,
       u"error"_s,    u"address"_s,   u"changed"_s,  u"modem"_s,     u"lights"_s,     u"blinking"_s,
       u"tv"_s,       u"channel"_s,   u"missing"_s,  u"callback"_s,  u"wanted"_s,     u"urgent"_s,
       u"customer"_s, u"complains"_s, u"about"_s,    u"technician"_s};
const QStringList statuses
    = {u"Assigned"_s, u"Open"_s, u"Completed"_s, u"Pending"_s, u"Waiting for customer"_s,
       u"Escalated"_s};
const QStringList types = {u"Email"_s, u"Phone"_s, u"Chat"_s, u"Calltrack"_s, u"Web form"_s};

// ~770 bytes a row in all, like the cache rows measured in docs PERFORMANCE.md
const QString body = u"The customer reports that the service has been unreliable for several "
                     "days. Steps taken so far: restarted the device, checked the cabling, "
                     "ran the line test from the portal. The problem comes back within the "
                     "hour. Customer asks for a technician visit and a credit note. "_s.repeated(2);

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

long rssMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong() / 1024;
    }
    return -1;
}

// bytes the heap has handed out (RSS can stay flat while freed memory is reused)
double heapMegabytes()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

// Activities 1..rows, in one transaction with one prepared statement.
void fillCache(CacheDatabase &database, int rows)
{
    std::mt19937 random(20240514);
    const auto pick = [&random](int n) { return int(random() % unsigned(n)); };
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    query.exec(u"PRAGMA synchronous = OFF"_s);
    db.transaction();
    query.prepare(u"INSERT INTO activities (id, case_id, type, type_display, status, "
                  "status_display, assigned_user_id, assigned_user_name, assigned_user_login, "
                  "subject, customer_id, "
                  "customer_name, priority, created_ms, last_modified_ms, due_date_ms, "
                  "content_text) VALUES (:id, :case_id, :type, :type_display, :status, "
                  ":status_display, :user_id, :user_name, :user_name, :subject, :customer_id, "
                  ":customer_name, :priority, :created_ms, :modified_ms, :due_ms, :content)"_s);
    const qint64 start = 1'650'000'000'000;
    for (int id = 1; id <= rows; ++id) {
        QString subject = words.at(pick(words.size()));
        subject[0] = subject[0].toUpper();
        for (int word = 0, count = 3 + pick(4); word < count; ++word)
            subject += u' ' + words.at(pick(words.size()));
        subject += u" #%1"_s.arg(pick(1'000'000));
        const int status = pick(statuses.size());
        const int type = pick(types.size());
        const int user = pick(200);
        const int customer = pick(50'000);
        const qint64 created = start + qint64(pick(60'000'000)) * 1000;
        query.bindValue(u":id"_s, id);
        query.bindValue(u":case_id"_s, 1 + (id - 1) / 10);
        query.bindValue(u":type"_s, types.at(type).toLower());
        query.bindValue(u":type_display"_s, types.at(type));
        query.bindValue(u":status"_s, statuses.at(status).toLower());
        query.bindValue(u":status_display"_s, statuses.at(status));
        query.bindValue(u":user_id"_s, 1000 + user);
        query.bindValue(u":user_name"_s, u"agent.%1"_s.arg(user, 4, 10, QChar(u'0')));
        query.bindValue(u":subject"_s, subject);
        query.bindValue(u":customer_id"_s, 5000 + customer);
        query.bindValue(u":customer_name"_s, u"Customer %1 GmbH"_s.arg(customer));
        query.bindValue(u":priority"_s, QString::number(1 + pick(7)));
        query.bindValue(u":created_ms"_s, created);
        query.bindValue(u":modified_ms"_s, created + qint64(pick(1'000'000)) * 1000);
        query.bindValue(u":due_ms"_s, pick(3) == 0 ? created + 86'400'000 : 0);
        query.bindValue(u":content"_s, body);
        if (!query.exec())
            qFatal("insert failed");
    }
    query.finish();
    db.commit();
    query.exec(u"PRAGMA synchronous = NORMAL"_s);
}

// Constructs the model and reads the cells of the first screen of rows, as a view would.
struct FirstPaint
{
    double ms = 0;
    int rows = 0;
};
FirstPaint firstPaint(ActivityModel *&model, CacheDatabase &database, CacheNotifier &notifier)
{
    QElapsedTimer timer;
    timer.start();
    model = new ActivityModel(database, &notifier);
    qsizetype characters = 0;
    for (int row = 0; row < std::min(40, model->rowCount()); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            characters += model->index(row, column).data().toString().size();
    }
    FirstPaint result {msSince(timer), model->rowCount()};
    if (characters == 0)
        qFatal("nothing painted");
    return result;
}

// Waits for the full row index; the longest gap between 5 ms heartbeats is the worst stall a
// user would have felt meanwhile.
struct FullLoad
{
    double ms = 0;
    double longestStallMs = 0;
};
FullLoad waitForFullLoad(ActivityModel &model, const QElapsedTimer &sinceConstruction)
{
    FullLoad result;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        result.longestStallMs = std::max(result.longestStallMs, msSince(sinceTick));
        sinceTick.restart();
    });
    heartbeat.start();
    QEventLoop loop;
    QObject::connect(&model, &CacheTableModel::loadingChanged, &loop, &QEventLoop::quit);
    if (model.isLoading())
        loop.exec();
    result.longestStallMs = std::max(result.longestStallMs, msSince(sinceTick));
    result.ms = msSince(sinceConstruction);
    return result;
}

struct Keystrokes
{
    double maxMs = 0;
    double medianMs = 0;
    double clearMs = 0;
    int lastRows = 0;
    QStringList each; // per keystroke
};
template<typename SetFilter> Keystrokes typeFilter(SetFilter setFilter)
{
    Keystrokes result;
    std::vector<double> times;
    for (qsizetype length = 1; length <= filterWord.size(); ++length) {
        QElapsedTimer timer;
        timer.start();
        result.lastRows = setFilter(filterWord.left(length));
        times.push_back(msSince(timer));
        result.each.append(u"%1"_s.arg(times.back(), 0, 'f', 1));
    }
    QElapsedTimer timer;
    timer.start();
    setFilter(QString());
    result.clearMs = msSince(timer);
    result.maxMs = *std::max_element(times.cbegin(), times.cend());
    std::sort(times.begin(), times.end());
    result.medianMs = times[times.size() / 2];
    return result;
}

// The rows as plain vectors, read once, for the hand-rolled sort and the naive models.
struct PlainRows
{
    QList<qint64> ids;
    QStringList subjects;
    QStringList types;
    QStringList statuses;
    QStringList users;
    QStringList customers;
    QList<qint64> priorities;
    QList<qint64> cases;
    QList<qint64> modified;
    QList<qint64> due;
};
PlainRows readPlainRows(CacheDatabase &database)
{
    PlainRows rows;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.exec(u"SELECT id, subject, type_display, status_display, assigned_user_name, "
               "customer_name, priority, case_id, last_modified_ms, due_date_ms FROM activities"_s);
    while (query.next()) {
        rows.ids.append(query.value(0).toLongLong());
        rows.subjects.append(query.value(1).toString());
        rows.types.append(query.value(2).toString());
        rows.statuses.append(query.value(3).toString());
        rows.users.append(query.value(4).toString());
        rows.customers.append(query.value(5).toString());
        rows.priorities.append(query.value(6).toLongLong());
        rows.cases.append(query.value(7).toLongLong());
        rows.modified.append(query.value(8).toLongLong());
        rows.due.append(query.value(9).toLongLong());
    }
    return rows;
}

template<typename Key> double handRolledSort(const QList<Key> &keys)
{
    std::vector<int> index(size_t(keys.size()));
    std::iota(index.begin(), index.end(), 0);
    QElapsedTimer timer;
    timer.start();
    std::sort(index.begin(), index.end(), [&keys](int a, int b) { return keys[a] < keys[b]; });
    return msSince(timer);
}

void loadStandardModel(QStandardItemModel &model, const PlainRows &rows, int count)
{
    model.setColumnCount(ActivityModel::ColumnCount);
    for (int i = 0; i < count; ++i) {
        QList<QStandardItem *> items;
        for (const QVariant &value :
             {QVariant(rows.ids[i]), QVariant(rows.subjects[i]), QVariant(rows.types[i]),
              QVariant(rows.statuses[i]), QVariant(rows.users[i]), QVariant(rows.customers[i]),
              QVariant(rows.priorities[i]), QVariant(rows.cases[i]), QVariant(rows.modified[i]),
              QVariant(rows.due[i])}) {
            auto *item = new QStandardItem;
            item->setData(value, Qt::DisplayRole);
            items.append(item);
        }
        model.appendRow(items);
    }
}

QString formatMs(double ms)
{
    if (ms >= 1000)
        return u"%1 s"_s.arg(ms / 1000, 0, 'f', 2);
    return u"%1 ms"_s.arg(ms, 0, 'f', ms < 10 ? 2 : 1);
}

void printRow(const QString &what, const QString &ours, const QString &reference,
              const QString &ratio)
{
    std::printf("%-44s %-14s %-42s %s\n", qPrintable(what), qPrintable(ours), qPrintable(reference),
                qPrintable(ratio));
}

QString ratio(double reference, double ours)
{
    return u"%1×"_s.arg(reference / ours, 0, 'f', reference / ours < 10 ? 2 : 0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"agentdesk.cache.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"cached activities"_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption naiveOption(u"naive-rows"_s, u"rows for the naive Qt models"_s, u"N"_s,
                                         u"100000"_s);
    parser.addOptions({rowsOption, naiveOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int naiveRows = std::min(rows, parser.value(naiveOption).toInt());
    const double naiveScale = double(rows) / naiveRows;

    QTemporaryDir dir;
    CacheDatabase small(dir.filePath(u"small.sqlite"_s));
    CacheDatabase big(dir.filePath(u"big.sqlite"_s));
    if (small.open() || big.open())
        qFatal("cannot open the caches");
    CacheNotifier notifier;
    QElapsedTimer fillTimer;
    fillTimer.start();
    fillCache(small, 10'000);
    fillCache(big, rows);
    std::printf("== bench_models: %d cached activities (filled in %s); naive Qt models on "
                "%d rows\n",
                rows, qPrintable(formatMs(msSince(fillTimer))), naiveRows);
    const long rssBefore = rssMegabytes();

    // the Team pane: five refreshes against five counts of the activities themselves
    QList<double> teamRefresh;
    QList<double> teamRecount;
    int teamRows = 0;
    {
        TeamModel team(big, nullptr);
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer refresh;
            refresh.start();
            team.refresh();
            teamRefresh.append(msSince(refresh));
            QElapsedTimer recount;
            recount.start();
            const auto counted = TeamLoadStore(big).recount();
            teamRecount.append(msSince(recount));
            if (counted.value.size() != team.rowCount())
                qFatal("the kept team counts differ from the activities");
        }
        teamRows = team.rowCount();
    }
    std::sort(teamRefresh.begin(), teamRefresh.end());
    std::sort(teamRecount.begin(), teamRecount.end());
    // and what the triggers cost a write of 100k rows
    CacheDatabase withCounts(dir.filePath(u"with-counts.sqlite"_s));
    CacheDatabase withoutCounts(dir.filePath(u"without-counts.sqlite"_s));
    if (withCounts.open() || withoutCounts.open())
        qFatal("cannot open the caches");
    QStringList triggers;
    QSqlQuery named(withoutCounts.connection());
    named.exec(u"SELECT name FROM sqlite_schema WHERE type = 'trigger' "
               u"AND name LIKE 'activities_team_%'"_s);
    while (named.next())
        triggers.append(named.value(0).toString());
    named.finish();
    for (const QString &trigger : std::as_const(triggers))
        QSqlQuery(withoutCounts.connection()).exec(u"DROP TRIGGER "_s + trigger);
    QList<double> writeWith;
    QList<double> writeWithout;
    for (int run = 0; run < 3; ++run) {
        for (CacheDatabase *database : {&withCounts, &withoutCounts}) {
            QSqlQuery(database->connection()).exec(u"DELETE FROM activities"_s);
            QElapsedTimer write;
            write.start();
            fillCache(*database, 100'000);
            (database == &withCounts ? writeWith : writeWithout).append(msSince(write));
        }
    }
    std::sort(writeWith.begin(), writeWith.end());
    std::sort(writeWithout.begin(), writeWithout.end());
    std::printf("Team pane, %d rows over %d activities: refresh median %.1f ms (spread %.1f–%.1f), "
                "counting the activities %.0f ms (%.0f–%.0f); 100k rows written with the counts "
                "%.0f ms (%.0f–%.0f), without %.0f ms (%.0f–%.0f)\n",
                teamRows, rows, teamRefresh.at(2), teamRefresh.first(), teamRefresh.last(),
                teamRecount.at(2), teamRecount.first(), teamRecount.last(), writeWith.at(1),
                writeWith.first(), writeWith.last(), writeWithout.at(1), writeWithout.first(),
                writeWithout.last());

    // first paint, small and big cache; then the full index of the big one
    ActivityModel *smallModel = nullptr;
    QElapsedTimer sinceSmallConstruction;
    sinceSmallConstruction.start();
    const FirstPaint smallPaint = firstPaint(smallModel, small, notifier);
    waitForFullLoad(*smallModel, sinceSmallConstruction);
    delete smallModel;
    QElapsedTimer sinceConstruction;
    sinceConstruction.start();
    ActivityModel *model = nullptr;
    const FirstPaint bigPaint = firstPaint(model, big, notifier);
    const FullLoad full = waitForFullLoad(*model, sinceConstruction);
    const long rssLoaded = rssMegabytes();

    // "my activities" right after start: the load of every row is cancelled for the user's
    auto *mine = new ActivityModel(big, &notifier);
    QElapsedTimer timer;
    timer.start();
    mine->setAssignedUser(u"agent.0042"_s);
    const double switchMs = msSince(timer);
    const int minePageRows = mine->rowCount();
    const FullLoad mineFull = waitForFullLoad(*mine, timer);
    const int mineRows = mine->rowCount();
    delete mine;
    if (model->rowCount() != rows)
        qFatal("the model shows %d rows", model->rowCount());

    timer.restart();
    model->sort(ActivityModel::SubjectColumn, Qt::AscendingOrder);
    const double sortSubjectMs = msSince(timer);
    timer.restart();
    model->sort(ActivityModel::LastModifiedColumn, Qt::AscendingOrder);
    const double sortModifiedMs = msSince(timer);
    const Keystrokes ourFilter = typeFilter([model](const QString &text) {
        model->setFilterText(text);
        return model->rowCount();
    });
    delete model;

    // hand-rolled index sorts on precomputed keys, over the same rows
    const PlainRows plain = readPlainRows(big);
    QStringList foldedSubjects;
    foldedSubjects.reserve(plain.subjects.size());
    for (const QString &subject : plain.subjects)
        foldedSubjects.append(subject.toCaseFolded());
    const double handSubjectMs = handRolledSort(foldedSubjects);
    const double handModifiedMs = handRolledSort(plain.modified);

    // the naive Qt way
    const double heapBeforeStandard = heapMegabytes();
    timer.restart();
    auto *standard = new QStandardItemModel;
    loadStandardModel(*standard, plain, naiveRows);
    const double standardLoadMs = msSince(timer);
    const double standardHeapMb = heapMegabytes() - heapBeforeStandard;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(standard);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(-1);
    timer.restart();
    proxy.sort(ActivityModel::SubjectColumn, Qt::AscendingOrder);
    const double proxySubjectMs = msSince(timer);
    timer.restart();
    proxy.sort(ActivityModel::LastModifiedColumn, Qt::AscendingOrder);
    const double proxyModifiedMs = msSince(timer);
    const Keystrokes proxyFilter = typeFilter([&proxy](const QString &text) {
        proxy.setFilterFixedString(text);
        return proxy.rowCount();
    });

    std::printf("\n");
    printRow(u"what"_s, u"AgentDesk"_s, u"reference (same run)"_s, u"reference / AgentDesk"_s);
    printRow(u"first paint, 10k cached (40 rows read)"_s, formatMs(smallPaint.ms),
             u"first page: %1 rows"_s.arg(smallPaint.rows), QString());
    printRow(u"first paint, %1 cached (40 rows read)"_s.arg(rows), formatMs(bigPaint.ms),
             u"QStandardItemModel, %1 rows: %2"_s.arg(naiveRows).arg(formatMs(standardLoadMs)),
             ratio(standardLoadMs * naiveScale, bigPaint.ms) + u" (est. at %1)"_s.arg(rows));
    printRow(u"  rows of the first page"_s, QString::number(bigPaint.rows), QString(), QString());
    printRow(u"full index swapped in (background)"_s, formatMs(full.ms), QString(), QString());
    printRow(u"  longest GUI-thread stall meanwhile"_s, formatMs(full.longestStallMs),
             u"target 50 ms"_s, QString());
    printRow(u"switch to \"my activities\" while loading"_s, formatMs(switchMs),
             u"first page %1 rows; all %2 rows after %3"_s.arg(minePageRows)
                 .arg(mineRows)
                 .arg(formatMs(mineFull.ms)),
             QString());
    printRow(u"RSS with %1 activities loaded"_s.arg(rows), u"%1 MB"_s.arg(rssLoaded),
             u"before the model: %1 MB; target 400 MB"_s.arg(rssBefore), QString());
    // the naive model's heap at 100k, scaled, on top of the process before any model
    const double standardRssMb = double(rssBefore) + standardHeapMb * naiveScale;
    printRow(QString(), QString(),
             u"QStandardItemModel %1 rows: +%2 MB heap"_s.arg(naiveRows).arg(standardHeapMb, 0, 'f', 0),
             ratio(standardRssMb, double(rssLoaded)) + u" (est. at %1)"_s.arg(rows));
    const auto printSort = [&](const QString &what, double ours, double hand, double proxy) {
        printRow(what, formatMs(ours), u"hand-rolled index sort: %1"_s.arg(formatMs(hand)),
                 ratio(hand, ours) + u" (target ≥ 0.5×)"_s);
        printRow(QString(), QString(),
                 u"QSortFilterProxyModel %1 rows: %2"_s.arg(naiveRows).arg(formatMs(proxy)),
                 ratio(proxy * naiveScale, ours) + u" (est. at %1)"_s.arg(rows));
    };
    printSort(u"sort by subject"_s, sortSubjectMs, handSubjectMs, proxySubjectMs);
    printSort(u"sort by last modified"_s, sortModifiedMs, handModifiedMs, proxyModifiedMs);
    printRow(u"filter keystroke \"%1\", slowest"_s.arg(filterWord), formatMs(ourFilter.maxMs),
             u"QSortFilterProxyModel %1 rows: %2"_s.arg(naiveRows).arg(formatMs(proxyFilter.maxMs)),
             ratio(proxyFilter.maxMs * naiveScale, ourFilter.maxMs) + u" (est. at %1)"_s.arg(rows));
    printRow(
        u"filter keystroke, median"_s, formatMs(ourFilter.medianMs),
        u"QSortFilterProxyModel %1 rows: %2"_s.arg(naiveRows).arg(formatMs(proxyFilter.medianMs)),
        ratio(proxyFilter.medianMs * naiveScale, ourFilter.medianMs));
    printRow(u"  each keystroke, ms"_s, ourFilter.each.join(u' '), proxyFilter.each.join(u' '),
             QString());
    printRow(u"  rows matching \"%1\""_s.arg(filterWord), QString::number(ourFilter.lastRows),
             u"%1 of %2"_s.arg(proxyFilter.lastRows).arg(naiveRows), QString());
    printRow(
        u"clear the filter"_s, formatMs(ourFilter.clearMs),
        u"QSortFilterProxyModel %1 rows: %2"_s.arg(naiveRows).arg(formatMs(proxyFilter.clearMs)),
        ratio(proxyFilter.clearMs * naiveScale, ourFilter.clearMs) + u" (est. at %1)"_s.arg(rows));
    std::printf("\nNaive figures at %d rows are measured on the first %d rows and scaled "
                "linearly (est.).\n",
                rows, naiveRows);
    delete standard;

    // for scripts/run-benchmarks' table:
    // RESULT path|AgentDesk|baseline|unit|what the baseline is|target|verdict
    const auto verdict = [](bool met) { return met ? "met" : "MISSED"; };
    const QByteArray est = u"est. at %1 from %2 rows"_s.arg(rows).arg(naiveRows).toUtf8();
    std::printf("RESULT first paint, %d cached activities|%.1f|%.0f|ms|QStandardItemModel "
                "loaded with every row, %s|<= 300 ms|%s\n",
                rows, bigPaint.ms, standardLoadMs * naiveScale, est.constData(),
                verdict(bigPaint.ms <= 300));
    const auto sortResult = [&](const char *column, double ours, double hand, double proxy) {
        std::printf("RESULT sort %d activities by %s|%.0f|%.0f|ms|QSortFilterProxyModel over "
                    "QStandardItemModel, %s|<= 2x hand-rolled index sort (%.0f ms)|%s\n",
                    rows, column, ours, proxy * naiveScale, est.constData(), hand,
                    verdict(ours <= 2 * hand));
    };
    sortResult("subject", sortSubjectMs, handSubjectMs, proxySubjectMs);
    sortResult("last modified", sortModifiedMs, handModifiedMs, proxyModifiedMs);
    std::printf("RESULT filter %d activities, slowest keystroke|%.1f|%.0f|ms|"
                "QSortFilterProxyModel::setFilterFixedString, %s|<= 50 ms|%s\n",
                rows, ourFilter.maxMs, proxyFilter.maxMs * naiveScale, est.constData(),
                verdict(ourFilter.maxMs <= 50));
    std::printf("RESULT Team pane refresh, %d cached activities|%.1f|%.0f|ms|counting the "
                "cached activities (GROUP BY), median of 5|<= 50 ms|%s\n",
                rows, teamRefresh.at(2), teamRecount.at(2), verdict(teamRefresh.at(2) <= 50));
    std::printf("RESULT 100k activities written, keeping the Team counts|%.0f|%.0f|ms|the same "
                "write without the count triggers, median of 3|<= 1.5x without|%s\n",
                writeWith.at(1), writeWithout.at(1),
                verdict(writeWith.at(1) <= 1.5 * writeWithout.at(1)));
    std::printf("RESULT RSS with %d activities loaded|%ld|%.0f|MB|QStandardItemModel: RSS before "
                "the models + its heap, %s|<= 400 MB|%s\n",
                rows, rssLoaded, standardRssMb, est.constData(), verdict(rssLoaded <= 400));
    return 0;
}
