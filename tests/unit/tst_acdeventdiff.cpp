// AcdEventDiff: what one jtel poll writes. jtel lists every event on every poll, so the diff
// alone decides which rows are written and reported; one row per case it must tell apart.

#include "cache/acdeventstore.h"
#include "sync/acdeventdiff.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// "88001 1 10:00" -> the event 88001 with status 1, dtModified …T10:00:00.000, as jtel lists it
AcdEvent listed(const QString &spec)
{
    const QStringList parts = spec.split(u' ');
    AcdEvent e;
    e.id = parts.at(0).toLongLong();
    e.statusId = parts.value(1, u"1"_s).toInt();
    const QString modified = parts.value(2, u"09:00"_s);
    e.json = "{\"ID\":" + QByteArray::number(e.id)
        + ",\"AcdEventStatusID\":" + QByteArray::number(e.statusId)
        + ",\"dtModified\":\"2024-05-14T" + modified.toLatin1() + ":00.000\"}";
    return e;
}

QList<AcdEvent> events(const QStringList &specs)
{
    QList<AcdEvent> list;
    for (const QString &spec : specs)
        list.append(listed(spec));
    return list;
}

// the cache as allIdsWithHash() returns it; "88001 unhashed" is a row cached before schema 3
QHash<qint64, quint64> cache(const QStringList &specs)
{
    QHash<qint64, quint64> hashes;
    for (const QString &spec : specs) {
        const AcdEvent e = listed(spec);
        hashes.insert(e.id, spec.endsWith(u"unhashed"_s) ? 0 : AcdEventStore::contentHash(e.json));
    }
    return hashes;
}

QList<qint64> ids(const QList<AcdEvent> &list)
{
    QList<qint64> result;
    for (const AcdEvent &e : list)
        result.append(e.id);
    return result;
}

} // namespace

class TestAcdEventDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diff_data();
    void diff();
    void keepsTheFetchedRecords();
    void contentHashIsFixed_data();
    void contentHashIsFixed();
    void contentHashSeesEveryByte();
};

void TestAcdEventDiff::diff_data()
{
    QTest::addColumn<QStringList>("fetched");
    QTest::addColumn<QStringList>("cached");
    QTest::addColumn<QList<qint64>>("inserted");
    QTest::addColumn<QList<qint64>>("updated");
    QTest::addColumn<QList<qint64>>("removed");

    QTest::newRow("first poll: every listed event is inserted, in list order")
        << QStringList {u"88002"_s, u"88001"_s, u"88101"_s} << QStringList {}
        << QList<qint64> {88002, 88001, 88101} << QList<qint64> {} << QList<qint64> {};
    QTest::newRow("nothing changed: nothing to write")
        << QStringList {u"88001"_s, u"88002"_s} << QStringList {u"88001"_s, u"88002"_s}
        << QList<qint64> {} << QList<qint64> {} << QList<qint64> {};
    QTest::newRow("status changed, dtModified did not: updated")
        << QStringList {u"88001 20 09:00"_s, u"88002"_s}
        << QStringList {u"88001 1 09:00"_s, u"88002"_s} << QList<qint64> {} << QList<qint64> {88001}
        << QList<qint64> {};
    QTest::newRow("dtModified changed alone: updated")
        << QStringList {u"88001 1 09:30"_s} << QStringList {u"88001 1 09:00"_s} << QList<qint64> {}
        << QList<qint64> {88001} << QList<qint64> {};
    QTest::newRow("no longer listed: removed")
        << QStringList {u"88002"_s} << QStringList {u"88001"_s, u"88002"_s} << QList<qint64> {}
        << QList<qint64> {} << QList<qint64> {88001};
    QTest::newRow("empty list: every cached event removed, ascending")
        << QStringList {} << QStringList {u"88101"_s, u"88001"_s, u"88002"_s} << QList<qint64> {}
        << QList<qint64> {} << QList<qint64> {88001, 88002, 88101};
    QTest::newRow("new, changed, gone and unchanged together")
        << QStringList {u"88001 30 10:00"_s, u"88003"_s, u"88002"_s, u"88104"_s}
        << QStringList {u"88001"_s, u"88002"_s, u"88102"_s, u"88101"_s}
        << QList<qint64> {88003, 88104} << QList<qint64> {88001} << QList<qint64> {88101, 88102};
    QTest::newRow("an id listed twice counts once, the first record wins")
        << QStringList {u"88001 20"_s, u"88001 30"_s, u"88005"_s, u"88005 20"_s}
        << QStringList {u"88001 20"_s} << QList<qint64> {88005} << QList<qint64> {}
        << QList<qint64> {};
    QTest::newRow("a row cached before schema 3 has no hash: rewritten once")
        << QStringList {u"88001"_s} << QStringList {u"88001 unhashed"_s} << QList<qint64> {}
        << QList<qint64> {88001} << QList<qint64> {};
}

void TestAcdEventDiff::diff()
{
    QFETCH(QStringList, fetched);
    QFETCH(QStringList, cached);
    QFETCH(QList<qint64>, inserted);
    QFETCH(QList<qint64>, updated);
    QFETCH(QList<qint64>, removed);

    const AcdEventDiff diff = AcdEventDiff::compute(events(fetched), cache(cached));
    QCOMPARE(ids(diff.inserted), inserted);
    QCOMPARE(ids(diff.updated), updated);
    QCOMPARE(diff.removed, removed);
    QCOMPARE(diff.isEmpty(), inserted.isEmpty() && updated.isEmpty() && removed.isEmpty());
}

// what is written is the server's record, complete
void TestAcdEventDiff::keepsTheFetchedRecords()
{
    const AcdEvent changed = listed(u"88001 20 10:00"_s);
    const AcdEventDiff diff
        = AcdEventDiff::compute({changed, listed(u"88002"_s)}, cache({u"88001"_s}));
    QCOMPARE(diff.updated, QList<AcdEvent> {changed});
    QCOMPARE(diff.inserted, QList<AcdEvent> {listed(u"88002"_s)});
}

// The hash is stored in every cache: a different value for the same record after an upgrade
// would rewrite and re-report the whole queue once. These values must never change.
void TestAcdEventDiff::contentHashIsFixed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<quint64>("hash");
    QTest::newRow("empty") << QByteArray() << Q_UINT64_C(2775605157186549228);
    QTest::newRow("short: bytes only") << QByteArray("{}") << Q_UINT64_C(11525156306580841880);
    QTest::newRow("words and bytes")
        << QByteArray(R"({"ID":88001})") << Q_UINT64_C(14403507505495374906);
    QTest::newRow("lanes, words and bytes")
        << listed(u"88001 20 10:00"_s).json << Q_UINT64_C(7308039551413060642);
}

void TestAcdEventDiff::contentHashIsFixed()
{
    QFETCH(QByteArray, json);
    QFETCH(quint64, hash);
    QCOMPARE(AcdEventStore::contentHash(json), hash);
}

// every length takes a different path through lanes, words and bytes; a change of any one
// byte must change the hash, and 0 ("no hash stored") never comes out
void TestAcdEventDiff::contentHashSeesEveryByte()
{
    for (int length = 1; length <= 80; ++length) {
        QByteArray json(length, 'a');
        const quint64 original = AcdEventStore::contentHash(json);
        QVERIFY(original != 0);
        for (int i = 0; i < length; ++i) {
            QByteArray changed = json;
            changed[i] = 'b';
            QVERIFY2(AcdEventStore::contentHash(changed) != original,
                     qPrintable(u"length %1, byte %2"_s.arg(length).arg(i)));
        }
        QVERIFY(AcdEventStore::contentHash(json + 'a') != original);
    }
}

QTEST_GUILESS_MAIN(TestAcdEventDiff)
#include "tst_acdeventdiff.moc"
