#include "acdeventqueuemodel.h"
#include "itemroles.h"
#include "vocabulary.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

AcdEvent makeEvent(qint64 id, int typeId, QString sender, qint64 createdMsecs,
                   std::optional<int> priority = std::nullopt)
{
    AcdEvent e;
    e.id = id;
    e.typeId = typeId;
    e.statusId = 1;
    e.groupId = 512;
    e.sender = std::move(sender);
    e.subject = u"Subject %1"_s.arg(id);
    e.createdMsecs = createdMsecs;
    e.priority = priority;
    return e;
}

QList<AcdEvent> threeEvents()
{
    return {makeEvent(88001, 3, u"4922199900011"_s, 3'000, 60),
            makeEvent(88002, 6, u"client@example.net"_s, 1'000),
            makeEvent(88101, 1, u"4930555010001"_s, 2'000, 50)};
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

QList<qint64> idsInRowOrder(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ItemRoles::IdRole).toLongLong());
    return ids;
}

} // namespace

class TestAcdEventQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsEmptyWithNineColumns();
    void showsOneRowPerEvent();
    void namesTheDocumentedTypes_data();
    void namesTheDocumentedTypes();
    void leavesMissingValuesEmpty();
    void sortsByEveryColumnWithoutBreakingTheModel();
    void sortsByCreatedAndPriority();
    void showsTheStatusInWordsSortedByItsNumber();
    void persistentIndexFollowsItsRowWhenSorting();
    void keepsTheSortOrderWhenEventsAreReplaced();
    void tellsTheAgeInMinutesHoursAndDays_data();
    void tellsTheAgeInMinutesHoursAndDays();
    void listsTheShownEventsInRowOrder();
    void filtersBySenderSubjectTypeAndGroup();

private:
    AcdEventQueueModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestAcdEventQueueModel::init()
{
    m_model = new AcdEventQueueModel;
    m_tester = new QAbstractItemModelTester(m_model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAcdEventQueueModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestAcdEventQueueModel::startsEmptyWithNineColumns()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), 9);
    const QStringList expected {u"ID"_s,       u"Type"_s,        u"Sender"_s, u"Group"_s,  u"Subject"_s,
                                u"Priority"_s, u"Appointment"_s, u"Status"_s, u"Age"_s};
    for (int column = 0; column < expected.size(); ++column)
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
}

// Queue order, oldest first, until the user sorts.
void TestAcdEventQueueModel::showsOneRowPerEvent()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QList<AcdEvent> events = threeEvents();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    events[0].createdMsecs = now - 5 * 60'000 - 10'000;
    events[0].json = R"({"AcdEventsID":88001,"dtAppointment":"2031-03-04T14:30:00.000"})";
    m_model->setEvents(events);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(idsInRowOrder(*m_model), (QList<qint64> {88002, 88101, 88001}));
    m_model->sort(-1);
    QCOMPARE(cell(*m_model, 0, AcdEventQueueModel::TypeColumn), u"Callback"_s);
    QCOMPARE(cell(*m_model, 0, AcdEventQueueModel::GroupColumn), u"512"_s);
    QCOMPARE(cell(*m_model, 0, AcdEventQueueModel::SenderColumn), u"4922199900011"_s);
    QCOMPARE(cell(*m_model, 0, AcdEventQueueModel::SubjectColumn), u"Subject 88001"_s);
    QCOMPARE(cell(*m_model, 0, AcdEventQueueModel::PriorityColumn), u"60"_s);
    QCOMPARE(cell(*m_model, 0, AcdEventQueueModel::StatusColumn), u"New"_s);
    QCOMPARE(cell(*m_model, 0, AcdEventQueueModel::AgeColumn), u"5 min"_s);
    // jtel local time, read in the system zone like dtCreated
    QCOMPARE(cell(*m_model, 0, AcdEventQueueModel::AppointmentColumn),
             QLocale().toString(QDateTime(QDate(2031, 3, 4), QTime(14, 30)), QLocale::ShortFormat));
    QCOMPARE(cell(*m_model, 1, AcdEventQueueModel::AppointmentColumn), QString());
    QCOMPARE(m_model->index(0, 0).data(ItemRoles::IdRole).toLongLong(), 88001);
    QCOMPARE(m_model->index(0, 0).data(ItemRoles::NewRole).toBool(), false);
    QCOMPARE(m_model->index(0, 0).data(ItemRoles::PendingRole).toBool(), false);
}

void TestAcdEventQueueModel::namesTheDocumentedTypes_data()
{
    QTest::addColumn<int>("typeId");
    QTest::addColumn<QString>("name");
    // the jtel AcdEvents API reference §6
    QTest::newRow("1") << 1 << u"Voicemail"_s;
    QTest::newRow("2") << 2 << u"Fax"_s;
    QTest::newRow("3") << 3 << u"Callback"_s;
    QTest::newRow("4") << 4 << u"SMS"_s;
    QTest::newRow("5") << 5 << u"Email"_s;
    QTest::newRow("6") << 6 << u"Ticket"_s;
    QTest::newRow("undocumented 7") << 7 << u"Type 7"_s;
    QTest::newRow("missing 0") << 0 << u"Type 0"_s;
}

void TestAcdEventQueueModel::namesTheDocumentedTypes()
{
    QFETCH(int, typeId);
    QFETCH(QString, name);
    QCOMPARE(Vocabulary::acdType(typeId), name);
    m_model->setEvents({makeEvent(1, typeId, u"x"_s, 1)});
    QCOMPARE(cell(*m_model, 0, AcdEventQueueModel::TypeColumn), name);
}

void TestAcdEventQueueModel::leavesMissingValuesEmpty()
{
    AcdEvent bare;
    bare.id = 1;
    m_model->setEvents({bare});
    QCOMPARE(cell(*m_model, 0, AcdEventQueueModel::GroupColumn), QString());
    QCOMPARE(cell(*m_model, 0, AcdEventQueueModel::PriorityColumn), QString());
    QCOMPARE(cell(*m_model, 0, AcdEventQueueModel::AppointmentColumn), QString());
    QCOMPARE(cell(*m_model, 0, AcdEventQueueModel::AgeColumn), QString());
}

// The tester checks every signal the model emits while it sorts; no row is lost or doubled.
void TestAcdEventQueueModel::sortsByEveryColumnWithoutBreakingTheModel()
{
    m_model->setEvents(threeEvents());
    for (int column = 0; column < m_model->columnCount(); ++column) {
        for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_model->sort(column, order);
            QList<qint64> ids = idsInRowOrder(*m_model);
            std::sort(ids.begin(), ids.end());
            QCOMPARE(ids, (QList<qint64> {88001, 88002, 88101}));
        }
    }
}

void TestAcdEventQueueModel::sortsByCreatedAndPriority()
{
    m_model->setEvents(threeEvents());
    m_model->sort(AcdEventQueueModel::CreatedColumn, Qt::AscendingOrder);
    QCOMPARE(idsInRowOrder(*m_model), (QList<qint64> {88002, 88101, 88001}));
    m_model->sort(AcdEventQueueModel::CreatedColumn, Qt::DescendingOrder);
    QCOMPARE(idsInRowOrder(*m_model), (QList<qint64> {88001, 88101, 88002}));
    // an event without priority sorts before every priority
    m_model->sort(AcdEventQueueModel::PriorityColumn, Qt::AscendingOrder);
    QCOMPARE(idsInRowOrder(*m_model), (QList<qint64> {88002, 88101, 88001}));
    m_model->sort(AcdEventQueueModel::TypeColumn, Qt::AscendingOrder);
    QCOMPARE(idsInRowOrder(*m_model), (QList<qint64> {88001, 88002, 88101})); // C, T, V
}

// jtel documents status 1 only (a new event, §7); other numbers get a neutral label, and the
// column sorts by the number, not by the words.
void TestAcdEventQueueModel::showsTheStatusInWordsSortedByItsNumber()
{
    QList<AcdEvent> events = threeEvents();
    events[0].statusId = 20;
    events[1].statusId = 1;
    events[2].statusId = 3;
    m_model->setEvents(events);
    m_model->sort(AcdEventQueueModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(idsInRowOrder(*m_model), (QList<qint64> {88002, 88101, 88001}));
    QCOMPARE(cell(*m_model, 0, AcdEventQueueModel::StatusColumn), u"New"_s);
    QCOMPARE(cell(*m_model, 1, AcdEventQueueModel::StatusColumn), u"Status 3"_s);
    QCOMPARE(cell(*m_model, 2, AcdEventQueueModel::StatusColumn), u"Status 20"_s);
}

void TestAcdEventQueueModel::persistentIndexFollowsItsRowWhenSorting()
{
    m_model->setEvents(threeEvents());
    m_model->sort(AcdEventQueueModel::CreatedColumn, Qt::AscendingOrder);
    const QPersistentModelIndex newest = m_model->index(2, AcdEventQueueModel::SubjectColumn);
    QCOMPARE(newest.data().toString(), u"Subject 88001"_s);
    m_model->sort(AcdEventQueueModel::CreatedColumn, Qt::DescendingOrder);
    QCOMPARE(newest.row(), 0);
    QCOMPARE(newest.column(), int(AcdEventQueueModel::SubjectColumn));
    QCOMPARE(newest.data().toString(), u"Subject 88001"_s);
}

void TestAcdEventQueueModel::keepsTheSortOrderWhenEventsAreReplaced()
{
    m_model->sort(AcdEventQueueModel::CreatedColumn, Qt::DescendingOrder);
    m_model->setEvents(threeEvents());
    QCOMPARE(idsInRowOrder(*m_model), (QList<qint64> {88001, 88101, 88002}));
}

void TestAcdEventQueueModel::tellsTheAgeInMinutesHoursAndDays_data()
{
    QTest::addColumn<qint64>("ageMsecs");
    QTest::addColumn<QString>("text");
    constexpr qint64 minute = 60'000;
    QTest::newRow("just created") << qint64(0) << u"0 min"_s;
    QTest::newRow("59 s") << 59'000LL << u"0 min"_s;
    QTest::newRow("1 min") << minute << u"1 min"_s;
    QTest::newRow("59 min") << 59 * minute << u"59 min"_s;
    QTest::newRow("1 h") << 60 * minute << u"1 h"_s;
    QTest::newRow("47 h") << 47 * 60 * minute + 59 * minute << u"47 h"_s;
    QTest::newRow("2 d") << 48 * 60 * minute << u"2 d"_s;
    // a server clock slightly ahead of ours
    QTest::newRow("in the future") << -5 * minute << u"0 min"_s;
}

void TestAcdEventQueueModel::tellsTheAgeInMinutesHoursAndDays()
{
    QFETCH(qint64, ageMsecs);
    QFETCH(QString, text);
    const qint64 now = 1'717'000'000'000;
    QCOMPARE(AcdEventQueueModel::ageText(now - ageMsecs, now), text);
    QCOMPARE(AcdEventQueueModel::ageText(0, now), QString());
}

void TestAcdEventQueueModel::listsTheShownEventsInRowOrder()
{
    m_model->setEvents(threeEvents());
    m_model->sort(AcdEventQueueModel::PriorityColumn, Qt::DescendingOrder);
    const QList<AcdEvent> events = m_model->events();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).id, 88001);
    QCOMPARE(events.at(0).typeId, 3);
    QCOMPARE(events.at(0).statusId, 1);
    QCOMPARE(events.at(0).groupId, std::optional<qint64>(512));
    QCOMPARE(events.at(0).sender, u"4922199900011"_s);
    QCOMPARE(events.at(0).subject, u"Subject 88001"_s);
    QCOMPARE(events.at(0).createdMsecs, 3'000);
    QCOMPARE(events.at(0).priority, std::optional<int>(60));
    QCOMPARE(events.at(2).id, 88002);
    QCOMPARE(events.at(2).priority, std::nullopt);
}

void TestAcdEventQueueModel::filtersBySenderSubjectTypeAndGroup()
{
    m_model->setEvents(threeEvents());
    m_model->setFilterText(u"EXAMPLE.net"_s);
    QCOMPARE(idsInRowOrder(*m_model), (QList<qint64> {88002}));
    m_model->setFilterText(u"voice"_s);
    QCOMPARE(idsInRowOrder(*m_model), (QList<qint64> {88101}));
    m_model->setFilterText(u"subject 880"_s);
    QCOMPARE(idsInRowOrder(*m_model), (QList<qint64> {88002, 88001}));
    m_model->setFilterText(u"512"_s);
    QCOMPARE(m_model->rowCount(), 3);
    m_model->setFilterText(u"nothing like it"_s);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->unfilteredRowCount(), 3);
    m_model->setFilterText(QString());
    QCOMPARE(idsInRowOrder(*m_model), (QList<qint64> {88002, 88101, 88001}));
}

QTEST_GUILESS_MAIN(TestAcdEventQueueModel)
#include "tst_acdeventqueuemodel.moc"
