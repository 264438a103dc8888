// The machinery under every model: compact rows, their case-folded text, the stable sort and
// the filter-as-you-type, and CompactTableModel applying changes to a sorted, filtered view.

#include "compacttable.h"
#include "compacttablemodel.h"
#include "foldedtext.h"
#include "rowfilter.h"
#include "sharedstrings.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

enum Field { NumberField, SharedField, TextField };
using Kind = CompactTable::Kind;

CompactTable makeTable()
{
    return CompactTable({Kind::Number, Kind::Shared, Kind::Text});
}

int addRow(CompactTable &table, qint64 id, qint64 number, const QString &shared,
           const QString &text)
{
    const int slot = table.slotFor(id);
    table.setNumber(slot, NumberField, number);
    table.setShared(slot, SharedField, shared);
    table.setText(slot, TextField, text);
    return slot;
}

QList<qint64> idsOf(const CompactTable &table, const std::vector<int> &slotIndexes)
{
    QList<qint64> ids;
    for (const int slot : slotIndexes)
        ids.append(table.id(slot));
    return ids;
}

// The smallest model over the machinery: one column per field.
class RowsModel : public CompactTableModel
{
public:
    RowsModel()
        : CompactTableModel({{Kind::Number, Kind::Shared, Kind::Text},
                             {{u"Number"_s, NumberField, Format::Number},
                              {u"Shared"_s, SharedField},
                              {u"Text"_s, TextField}},
                             {SharedField, TextField},
                             0,
                             Qt::AscendingOrder},
                            nullptr)
    {
    }
    using CompactTableModel::applyRows;
    using CompactTableModel::emptyTable;
    using CompactTableModel::resetRows;
};

QList<qint64> numbersInRowOrder(const QAbstractItemModel &model)
{
    QList<qint64> numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers.append(model.index(row, NumberField).data().toString().toLongLong());
    return numbers;
}

} // namespace

class TestCompactTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsTextOnceForSortAndSearch_data();
    void foldsTextOnceForSortAndSearch();
    void storesEachRowOnceByItsId();
    void sharesRepeatedValuesAndRanksThemByText();
    void sortsStablyOnEveryKindOfField_data();
    void sortsStablyOnEveryKindOfField();
    void breaksTiesByIdWhenSortingEveryRow();
    void filtersTextSharedValuesAndDigits();
    void narrowsOnlyWhenTypingOn();
    void modelAppliesChangesToTheSortedFilteredRows();
};

void TestCompactTableModel::foldsTextOnceForSortAndSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("folded");
    QTest::newRow("ASCII") << u"Router RESTARTS"_s << QByteArray("router restarts");
    QTest::newRow("umlauts") << u"ÄRGER über Öl"_s << u"ärger über öl"_s.toUtf8();
    QTest::newRow("Greek") << u"ΣΊΣΥΦΟΣ"_s << u"ΣΊΣΥΦΟΣ"_s.toCaseFolded().toUtf8();
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestCompactTableModel::foldsTextOnceForSortAndSearch()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, folded);
    QCOMPARE(FoldedText::fold(text), folded);
    CompactTable table = makeTable();
    const int slot = addRow(table, 1, 0, QString(), text);
    QCOMPARE(table.text(slot, TextField), text);
    QCOMPARE(table.folded(slot, TextField).toByteArray(), folded);
}

void TestCompactTableModel::storesEachRowOnceByItsId()
{
    CompactTable table = makeTable();
    const int slot = addRow(table, 81001, 5, u"open"_s, u"Subject"_s);
    QCOMPARE(table.slotFor(81001), slot);
    QCOMPARE(table.rowCount(), 1);
    // setters tell whether anything changed, so an unchanged row causes no dataChanged
    QVERIFY(!table.setNumber(slot, NumberField, 5));
    QVERIFY(!table.setShared(slot, SharedField, u"open"_s));
    QVERIFY(!table.setText(slot, TextField, u"Subject"_s));
    QVERIFY(table.setText(slot, TextField, u"subject"_s));
    QCOMPARE(table.text(slot, TextField), u"subject"_s);
    QCOMPARE(table.number(slot, CompactTable::IdField), 81001);

    CompactTable copy = makeTable();
    const int copied = copy.slotFor(81001);
    QVERIFY(copy.assign(copied, table, slot));
    QVERIFY(!copy.assign(copied, table, slot));
    QCOMPARE(copy.shared(copied, SharedField), u"open"_s);

    table.remove(slot);
    QCOMPARE(table.slotOf(81001), -1);
    QCOMPARE(table.rowCount(), 0);
    QCOMPARE(table.slotCount(), 1);
    QVERIFY(!table.isLive(slot));
}

void TestCompactTableModel::sharesRepeatedValuesAndRanksThemByText()
{
    SharedStrings strings;
    QCOMPARE(strings.intern(QString()), 0u);
    const quint32 cherry = strings.intern(u"cherry"_s);
    const quint32 banana = strings.intern(u"Banana"_s);
    const quint32 apple = strings.intern(u"apple"_s);
    const quint32 bananaLower = strings.intern(u"banana"_s);
    QCOMPARE(strings.intern(u"cherry"_s), cherry);
    QCOMPARE(strings.size(), 5u);
    const std::vector<quint32> &ranks = strings.ranks();
    QCOMPARE(ranks[0], 0u); // the empty string first
    QCOMPARE(ranks[apple], 1u);
    // values that fold alike are told apart by their exact text, in a fixed order
    QCOMPARE(ranks[banana], 2u);
    QCOMPARE(ranks[bananaLower], 3u);
    QCOMPARE(ranks[cherry], 4u);
    QVERIFY(strings.compare(apple, banana) < 0);
    QCOMPARE(strings.compare(cherry, cherry), 0);
}

void TestCompactTableModel::sortsStablyOnEveryKindOfField_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("order");
    QTest::addColumn<QList<qint64>>("ids");
    // rows: 1 (3, "b", "subject number 2"), 2 (1, "a", "Subject number 10"),
    //       3 (3, "B", "subject number 1"), 4 (NoNumber, "a", "")
    QTest::newRow("number ascending")
        << int(NumberField) << int(Qt::AscendingOrder) << QList<qint64> {4, 2, 1, 3};
    QTest::newRow("number descending, ties stay")
        << int(NumberField) << int(Qt::DescendingOrder) << QList<qint64> {1, 3, 2, 4};
    QTest::newRow("shared ascending")
        << int(SharedField) << int(Qt::AscendingOrder) << QList<qint64> {2, 4, 3, 1};
    // longer than the eight bytes compared as one number
    QTest::newRow("text ascending")
        << int(TextField) << int(Qt::AscendingOrder) << QList<qint64> {4, 3, 2, 1};
    QTest::newRow("text descending")
        << int(TextField) << int(Qt::DescendingOrder) << QList<qint64> {1, 2, 3, 4};
    QTest::newRow("id descending")
        << int(CompactTable::IdField) << int(Qt::DescendingOrder) << QList<qint64> {4, 3, 2, 1};
}

void TestCompactTableModel::sortsStablyOnEveryKindOfField()
{
    QFETCH(int, field);
    QFETCH(int, order);
    QFETCH(QList<qint64>, ids);
    CompactTable table = makeTable();
    addRow(table, 1, 3, u"b"_s, u"subject number 2"_s);
    addRow(table, 2, 1, u"a"_s, u"Subject number 10"_s);
    addRow(table, 3, 3, u"B"_s, u"subject number 1"_s);
    addRow(table, 4, CompactTable::NoNumber, u"a"_s, QString());
    std::vector<int> rows {0, 1, 2, 3};
    table.sortSlots(rows, field, Qt::SortOrder(order));
    QCOMPARE(idsOf(table, rows), ids);
}

void TestCompactTableModel::breaksTiesByIdWhenSortingEveryRow()
{
    CompactTable table = makeTable();
    for (const qint64 id : {30, 10, 20})
        addRow(table, id, 7, u"same"_s, u"same"_s);
    QCOMPARE(idsOf(table, table.sortedSlots(NumberField, Qt::AscendingOrder)),
             (QList<qint64> {10, 20, 30}));
    QCOMPARE(idsOf(table, table.sortedSlots(TextField, Qt::DescendingOrder)),
             (QList<qint64> {30, 20, 10}));
}

void TestCompactTableModel::filtersTextSharedValuesAndDigits()
{
    CompactTable table = makeTable();
    const int router = addRow(table, 81001, 70001, u"Assigned"_s, u"Router restarts"_s);
    const int invoice = addRow(table, 81002, 70002, u"Completed"_s, u"Invoice"_s);
    const QList<int> fields {CompactTable::IdField, NumberField, SharedField, TextField};
    const auto matching = [&](const QString &text) {
        const RowFilter filter(text, fields);
        QList<qint64> ids;
        for (const int slot : {router, invoice}) {
            if (filter.matches(table, slot))
                ids.append(table.id(slot));
        }
        return ids;
    };
    QCOMPARE(matching(QString()), (QList<qint64> {81001, 81002}));
    QCOMPARE(matching(u"RESTART"_s), (QList<qint64> {81001}));
    QCOMPARE(matching(u"complet"_s), (QList<qint64> {81002}));
    QCOMPARE(matching(u"81002"_s), (QList<qint64> {81002}));
    QCOMPARE(matching(u"7000"_s), (QList<qint64> {81001, 81002}));
    QCOMPARE(matching(u"70001"_s), (QList<qint64> {81001}));
    QCOMPARE(matching(u"x"_s), QList<qint64>());
    // a shared value added after the filter was made is decided when first seen
    const RowFilter filter(u"escal"_s, fields);
    QVERIFY(!filter.matches(table, router));
    const int escalated = addRow(table, 81003, 0, u"Escalated"_s, QString());
    QVERIFY(filter.matches(table, escalated));
    QVERIFY(!filter.matches(table, invoice));
}

void TestCompactTableModel::narrowsOnlyWhenTypingOn()
{
    const QList<int> fields {TextField};
    const RowFilter ro(u"ro"_s, fields);
    QVERIFY(RowFilter(u"rou"_s, fields).narrows(ro));
    QVERIFY(RowFilter(u"ROU"_s, fields).narrows(ro));
    QVERIFY(RowFilter(u"pro"_s, fields).narrows(ro));
    QVERIFY(!RowFilter(u"r"_s, fields).narrows(ro));
    QVERIFY(!RowFilter(u"rx"_s, fields).narrows(ro));
    QVERIFY(!RowFilter(QString(), fields).narrows(ro));
    // nothing typed yet matches every row
    QVERIFY(RowFilter(u"a"_s, fields).narrows(RowFilter()));
}

void TestCompactTableModel::modelAppliesChangesToTheSortedFilteredRows()
{
    RowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CompactTable rows = model.emptyTable();
    for (int i = 1; i <= 6; ++i)
        addRow(rows, i, i * 10, i % 2 ? u"odd"_s : u"even"_s, u"row %1"_s.arg(i));
    model.resetRows(std::move(rows));
    QCOMPARE(numbersInRowOrder(model), (QList<qint64> {10, 20, 30, 40, 50, 60}));
    model.setFilterText(u"even"_s);
    QCOMPARE(numbersInRowOrder(model), (QList<qint64> {20, 40, 60}));
    const QPersistentModelIndex forty = model.index(1, TextField);

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // 40 becomes 15: it moves up; 20 becomes odd: it is hidden; 7 is new and even; 6 is gone
    CompactTable fetched = model.emptyTable();
    addRow(fetched, 4, 15, u"even"_s, u"row 4"_s);
    addRow(fetched, 2, 20, u"odd"_s, u"row 2"_s);
    addRow(fetched, 7, 5, u"even"_s, u"row 7"_s);
    model.applyRows(fetched, {6});
    QCOMPARE(numbersInRowOrder(model), (QList<qint64> {5, 15}));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.at(0).at(1).toInt(), 1); // row 1 ...
    QCOMPARE(moved.at(0).at(4).toInt(), 0); // ... to row 0
    QCOMPARE(removed.size(), 2); // 60 (gone), then 20 (no longer matching)
    QCOMPARE(removed.at(0).at(1).toInt(), 2);
    QCOMPARE(removed.at(1).at(1).toInt(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(forty.row(), 1);
    QCOMPARE(forty.data().toString(), u"row 4"_s);

    model.setFilterText(QString());
    QCOMPARE(numbersInRowOrder(model), (QList<qint64> {5, 10, 15, 20, 30, 50}));
    QCOMPARE(model.unfilteredRowCount(), 6);
}

QTEST_GUILESS_MAIN(TestCompactTableModel)
#include "tst_compacttablemodel.moc"
