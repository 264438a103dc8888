// The typed API clients against agentdesk-sandbox: every call of EgainV3Client and EceV12Client
// (the same rows run in both dialects), the 75-ID split, search paging, and JtelClient with its
// de-duplication answer and its list compressed on the wire. Effects are read back from the
// server.

#include "httpresult.h"
#include "sandboxclients.h"
#include "sandboxprocess.h"

#include "api/ecev12client.h"
#include "api/egainv3client.h"
#include "api/jtelclient.h"
#include "cache/activitystore.h"
#include "cache/cachedatabase.h"
#include "sync/cachenotifier.h"
#include "sync/readback.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

QString failure(const std::optional<ApiError> &error)
{
    return error ? error->message() : QString();
}

// the request log spans the whole run: each test looks only at what came after its start
qsizetype logStart = 0;

QList<QJsonObject> newRequests(const SandboxProcess &sandbox)
{
    return sandbox.requestLog().mid(logStart);
}

int countRequests(const SandboxProcess &sandbox, const QString &pathPart)
{
    int count = 0;
    for (const QJsonObject &entry : newRequests(sandbox))
        count += entry.value(u"path"_s).toString().contains(pathPart);
    return count;
}

} // namespace

class TestApiClients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void activitiesByIdsSplitsAbove75_data();
    void activitiesByIdsSplitsAbove75();
    void oneFailingChunkAnswersForAllOnce_data();
    void oneFailingChunkAnswersForAllOnce();
    void eachAnswerArrivesBeforeTheWhole_data();
    void eachAnswerArrivesBeforeTheWhole();
    void readBackAnnouncesEveryRecordBeforeDone_data();
    void readBackAnnouncesEveryRecordBeforeDone();
    void unknownIdIsA404_data();
    void unknownIdIsA404();
    void searchReadsEveryPage_data();
    void searchReadsEveryPage();
    void searchWithoutMatchesIsEmpty_data();
    void searchWithoutMatchesIsEmpty();
    void incrementalSearchByLastModified_data();
    void incrementalSearchByLastModified();
    void casesByIds_data();
    void casesByIds();
    void calltrackSubtypesPerDepartment_data();
    void calltrackSubtypesPerDepartment();
    void createCalltrackReturnsTheNewActivity_data();
    void createCalltrackReturnsTheNewActivity();
    void createCalltrackRejectedCarriesTheServerCode_data();
    void createCalltrackRejectedCarriesTheServerCode();
    void changeCaseToANewCase_data();
    void changeCaseToANewCase();
    void changeCaseToAnExistingCase_data();
    void changeCaseToAnExistingCase();

    void jtelListsEveryEvent();
    void jtelListTravelsCompressed();
    void jtelGetsOneEvent();
    void jtelUnknownEventIsA404();
    void jtelCreatesACallback();
    void jtelReportsTheDeduplicationAnswer();

private:
    void addDialects();
    CaseManagerClient *client(const QString &dialect, const QString &user = u"s.okafor"_s);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxClients> m_clients;
};

void TestApiClients::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    m_clients = std::make_unique<SandboxClients>(*m_sandbox);
}

void TestApiClients::init()
{
    QVERIFY(m_sandbox->reset());
    logStart = m_sandbox->requestLog().size();
}

void TestApiClients::cleanup()
{
    m_clients->clear();
}

void TestApiClients::addDialects()
{
    QTest::addColumn<QString>("dialect");
}

// a client signed in the way each dialect signs in: an ECE session as the user, or an eGain v3
// user token through PKCE with the sandbox approving that user
CaseManagerClient *TestApiClients::client(const QString &dialect, const QString &user)
{
    return m_clients->caseClient(dialect, user);
}

#define DIALECT_ROWS(name)                                                                          \
    void TestApiClients::name##_data()                                                             \
    {                                                                                              \
        addDialects();                                                                             \
        QTest::newRow("eGain v3") << u"v3"_s;                                                      \
        QTest::newRow("ECE v12") << u"v12"_s;                                                      \
    }

DIALECT_ROWS(activitiesByIdsSplitsAbove75)
void TestApiClients::activitiesByIdsSplitsAbove75()
{
    QFETCH(QString, dialect);
    CaseManagerClient *api = client(dialect);
    QList<qint64> ids;
    for (qint64 id = 81180; id >= 81101; --id) // 80 IDs, out of order
        ids.append(id);
    const auto result = await<QList<Activity>>([&](const auto &done) { api->activitiesByIds(ids, done); });
    QVERIFY2(result.ok(), qPrintable(failure(result.error)));
    QCOMPARE(result.value.size(), 80);
    QCOMPARE(result.value.first().id, 81101);
    QCOMPARE(result.value.last().id, 81180);
    QCOMPARE(result.value.first().caseId, 70008);
    QCOMPARE(result.value.first().status, u"in_queue"_s);
    QVERIFY(!result.value.first().json.isEmpty());
    // eGain v3 §8 / ECE v12 §7.1: at most 75 IDs per request, so two requests
    QCOMPARE(countRequests(*m_sandbox, u"/activity/811"_s), 2);
}

// The chunks of a read go out side by side (CaseManagerClient::ParallelReads); one refused
// answers for the whole read, once, and the answers still out change nothing.
DIALECT_ROWS(oneFailingChunkAnswersForAllOnce)
void TestApiClients::oneFailingChunkAnswersForAllOnce()
{
    QFETCH(QString, dialect);
    CaseManagerClient *api = client(dialect);
    QList<qint64> ids;
    for (qint64 id = 81101; id <= 81180; ++id)
        ids.append(id);
    ids.append(99999); // unknown: the last of two chunks is refused
    int answers = 0;
    std::optional<ApiResult<QList<Activity>>> result;
    api->activitiesByIds(ids, [&](const ApiResult<QList<Activity>> &r) {
        ++answers;
        result = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QTest::qWait(200); // the other chunk's answer, had it been passed on
    QCOMPARE(answers, 1);
    QVERIFY(!result->ok());
    QCOMPARE(result->error->httpStatus, 404);
    QCOMPARE(countRequests(*m_sandbox, u"/activity/811"_s), 2);
}

// A caller can store each request's records while the server still answers the others
// (ReadBack does): every record arrives once, before the whole read answers.
DIALECT_ROWS(eachAnswerArrivesBeforeTheWhole)
void TestApiClients::eachAnswerArrivesBeforeTheWhole()
{
    QFETCH(QString, dialect);
    CaseManagerClient *api = client(dialect);
    QList<qint64> ids;
    for (qint64 id = 81101; id <= 81180; ++id)
        ids.append(id);
    QList<qint64> arrived;
    int arrivals = 0;
    qsizetype arrivedBeforeTheWhole = -1;
    std::optional<ApiResult<QList<Activity>>> result;
    api->activitiesByIds(
        ids,
        [&](const ApiResult<QList<Activity>> &r) {
            arrivedBeforeTheWhole = arrived.size();
            result = r;
        },
        [&](const QList<Activity> &records) {
            ++arrivals;
            for (const Activity &activity : records)
                arrived.append(activity.id);
        });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY2(result->ok(), qPrintable(failure(result->error)));
    QCOMPARE(arrivals, 2); // one per request of at most 75
    QCOMPARE(arrivedBeforeTheWhole, 80);
    std::sort(arrived.begin(), arrived.end());
    QCOMPARE(arrived, ids);
    QCOMPARE(result->value.size(), 80);
}

// A read-back stores what it read as the answers come in, then the cases, and the models hear of
// every record before done runs: an operation reports itself applied in done, and the window
// must show it so by then.
DIALECT_ROWS(readBackAnnouncesEveryRecordBeforeDone)
void TestApiClients::readBackAnnouncesEveryRecordBeforeDone()
{
    QFETCH(QString, dialect);
    QTemporaryDir directory;
    CacheDatabase database(directory.filePath(u"training.sqlite"_s));
    QVERIFY(!database.open());
    CacheNotifier notifier;
    QList<qint64> ids;
    for (qint64 id = 81101; id <= 81180; ++id)
        ids.append(id);
    QList<qint64> announced;
    std::optional<std::optional<ApiError>> done;
    bool announcedAfterDone = false;
    QSet<CacheChange::Table> tables;
    connect(&notifier, &CacheNotifier::changed, this, [&](const CacheChange &change) {
        announcedAfterDone = announcedAfterDone || done.has_value();
        tables.insert(change.table);
        if (change.table == CacheChange::Table::Activities)
            announced += change.inserted + change.updated;
    });
    ReadBack::activities(client(dialect), database, &notifier, this, ids,
                         [&](const std::optional<ApiError> &error) { done = error; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 20000);
    QVERIFY2(!*done, qPrintable(failure(*done)));
    QVERIFY(!announcedAfterDone);
    std::sort(announced.begin(), announced.end());
    QCOMPARE(announced, ids);
    QVERIFY(tables.contains(CacheChange::Table::Cases)); // then their cases
    QCOMPARE(ActivityStore(database).byIds(ids).value.size(), ids.size());
}

DIALECT_ROWS(unknownIdIsA404)
void TestApiClients::unknownIdIsA404()
{
    QFETCH(QString, dialect);
    CaseManagerClient *api = client(dialect);
    const auto result = await<QList<Activity>>([&](const auto &done) { api->activitiesByIds({81001, 99999}, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error->httpStatus, 404);
    QCOMPARE(result.error->serverCode, u"404-101"_s);
    QVERIFY(result.error->isPermanent());
}

DIALECT_ROWS(searchReadsEveryPage)
void TestApiClients::searchReadsEveryPage()
{
    QFETCH(QString, dialect);
    CaseManagerClient *api = client(dialect);
    ActivityQuery query;
    query.caseId = 70008;
    query.status = u"open"_s;
    const auto result = await<QList<Activity>>([&](const auto &done) { api->searchActivities(query, done); });
    QVERIFY2(result.ok(), qPrintable(failure(result.error)));
    QCOMPARE(result.value.size(), 80);
    // 75 per page: two pages
    int searches = 0;
    for (const QJsonObject &entry : newRequests(*m_sandbox)) {
        const QString path = entry.value(u"path"_s).toString();
        searches += path.endsWith(u"/activity"_s) && entry.value(u"method"_s).toString() == u"GET"_s;
    }
    QCOMPARE(searches, 2);
}

DIALECT_ROWS(searchWithoutMatchesIsEmpty)
void TestApiClients::searchWithoutMatchesIsEmpty()
{
    QFETCH(QString, dialect);
    CaseManagerClient *api = client(dialect);
    ActivityQuery query;
    query.caseId = 70002;
    query.status = u"open"_s; // 70002 holds only a completed activity: 204
    const auto result = await<QList<Activity>>([&](const auto &done) { api->searchActivities(query, done); });
    QVERIFY2(result.ok(), qPrintable(failure(result.error)));
    QVERIFY(result.value.isEmpty());
}

DIALECT_ROWS(incrementalSearchByLastModified)
void TestApiClients::incrementalSearchByLastModified()
{
    QFETCH(QString, dialect);
    CaseManagerClient *api = client(dialect);
    const qint64 before = QDateTime::currentMSecsSinceEpoch() - 1000;
    ChangeCaseRequest move;
    move.activityIds = {81002};
    const auto moved = await<ChangeCaseOutcome>([&](const auto &done) { api->changeCase(move, done); });
    QVERIFY2(moved.ok(), qPrintable(failure(moved.error)));

    ActivityQuery query;
    query.lastModifiedFromMs = before;
    const auto result = await<QList<Activity>>([&](const auto &done) { api->searchActivities(query, done); });
    QVERIFY2(result.ok(), qPrintable(failure(result.error)));
    QCOMPARE(result.value.size(), 1);
    QCOMPARE(result.value.first().id, 81002);
    QCOMPARE(result.value.first().caseId, moved.value.caseId);
}

DIALECT_ROWS(casesByIds)
void TestApiClients::casesByIds()
{
    QFETCH(QString, dialect);
    CaseManagerClient *api = client(dialect);
    const auto result = await<QList<Case>>([&](const auto &done) { api->casesByIds({70002, 70001}, done); });
    QVERIFY2(result.ok(), qPrintable(failure(result.error)));
    QCOMPARE(result.value.size(), 2);
    QCOMPARE(result.value.at(0).id, 70001);
    QCOMPARE(result.value.at(0).customerId, 5001);
    QVERIFY(result.value.at(0).isOpen());
    QCOMPARE(result.value.at(1).status, u"closed"_s);
}

DIALECT_ROWS(calltrackSubtypesPerDepartment)
void TestApiClients::calltrackSubtypesPerDepartment()
{
    QFETCH(QString, dialect);
    CaseManagerClient *api = client(dialect);
    const auto result = await<QList<CalltrackSubtype>>([&](const auto &done) { api->calltrackSubtypes(done); });
    QVERIFY2(result.ok(), qPrintable(failure(result.error)));
    QStringList serviceSubtypes;
    for (const CalltrackSubtype &subtype : result.value) {
        if (subtype.departments.contains(u"Service"_s))
            serviceSubtypes.append(subtype.value);
    }
    serviceSubtypes.sort();
    QCOMPARE(serviceSubtypes, (QStringList{u"complaint"_s, u"follow_up"_s, u"general"_s}));
}

DIALECT_ROWS(createCalltrackReturnsTheNewActivity)
void TestApiClients::createCalltrackReturnsTheNewActivity()
{
    QFETCH(QString, dialect);
    CaseManagerClient *api = client(dialect, u"lena.fischer"_s);
    CalltrackDraft draft;
    draft.department = u"Service"_s;
    draft.subtype = u"follow_up"_s;
    draft.mode = u"Outbound"_s;
    draft.subject = u"Called back about the router"_s;
    draft.contentText = u"Customer confirms the replacement works."_s;
    draft.customerBy = CalltrackDraft::CustomerBy::ContactPointData;
    draft.contactPointData = u"4930555010001"_s;
    draft.caseId = 70002; // closed: gets reopened
    draft.priority = u"2"_s;
    draft.dueDateMs = QDateTime::currentMSecsSinceEpoch() + 86'400'000;
    draft.customAttributes = {{u"contact_reason"_s, u"technical"_s}};
    const auto created = await<qint64>([&](const auto &done) { api->createCalltrack(draft, done); });
    QVERIFY2(created.ok(), qPrintable(failure(created.error)));
    QVERIFY(created.value >= 82001);

    const auto read = await<QList<Activity>>([&](const auto &done) { api->activitiesByIds({created.value}, done); });
    QVERIFY2(read.ok(), qPrintable(failure(read.error)));
    const Activity &activity = read.value.first();
    QCOMPARE(activity.caseId, 70002);
    QCOMPARE(activity.type, u"call_track"_s);
    QCOMPARE(activity.subtype, u"follow_up"_s);
    QCOMPARE(activity.mode, u"outbound"_s);
    QCOMPARE(activity.subject, draft.subject);
    QCOMPARE(activity.contentText, draft.contentText);
    QCOMPARE(activity.customerId, 5001);
    QCOMPARE(activity.priority, u"2"_s);
    QCOMPARE(activity.customAttributes.value(u"contact_reason"_s), u"technical"_s);
    QCOMPARE(activity.assignedUserId, 1001);
    QCOMPARE(activity.assignedUserName, u"Lena Fischer"_s);
    const auto reopened = await<QList<Case>>([&](const auto &done) { api->casesByIds({70002}, done); });
    QVERIFY(reopened.ok());
    QVERIFY(reopened.value.first().isOpen());
}

DIALECT_ROWS(createCalltrackRejectedCarriesTheServerCode)
void TestApiClients::createCalltrackRejectedCarriesTheServerCode()
{
    QFETCH(QString, dialect);
    CaseManagerClient *api = client(dialect, u"lena.fischer"_s);
    CalltrackDraft draft;
    draft.department = u"Service"_s;
    draft.subtype = u"order"_s; // a Sales subtype: C4
    draft.subject = u"Wrong subtype"_s;
    draft.customerBy = CalltrackDraft::CustomerBy::CustomerId;
    draft.customerKey = u"5001"_s;
    const auto created = await<qint64>([&](const auto &done) { api->createCalltrack(draft, done); });
    QVERIFY(!created.ok());
    QCOMPARE(created.error->httpStatus, 400);
    QCOMPARE(created.error->serverCode, u"400-102"_s);
    QVERIFY(created.error->serverMessage.startsWith(u"C4"_s));
    QVERIFY(!created.error->outcomeUnknown);
}

DIALECT_ROWS(changeCaseToANewCase)
void TestApiClients::changeCaseToANewCase()
{
    QFETCH(QString, dialect);
    CaseManagerClient *api = client(dialect, u"lena.fischer"_s);
    ChangeCaseRequest move;
    move.activityIds = {81008};
    move.relateCase = true;
    move.newCase.subject = u"Split off"_s;
    move.newCase.severity = u"high"_s;
    const auto moved = await<ChangeCaseOutcome>([&](const auto &done) { api->changeCase(move, done); });
    QVERIFY2(moved.ok(), qPrintable(failure(moved.error)));
    QVERIFY(moved.value.newCase);
    QVERIFY(moved.value.caseId >= 70101);

    const auto cases = await<QList<Case>>([&](const auto &done) { api->casesByIds({70004, moved.value.caseId}, done); });
    QVERIFY(cases.ok());
    QCOMPARE(cases.value.at(0).status, u"closed"_s); // emptied source case closed
    const Case &created = cases.value.at(1);
    QCOMPARE(created.subject, u"Split off"_s);
    QCOMPARE(created.severity, u"high"_s);
    QCOMPARE(created.customerId, 5001);
    QVERIFY(created.relatedCaseIds.contains(70004));
}

DIALECT_ROWS(changeCaseToAnExistingCase)
void TestApiClients::changeCaseToAnExistingCase()
{
    QFETCH(QString, dialect);
    CaseManagerClient *api = client(dialect, u"lena.fischer"_s);
    ChangeCaseRequest move;
    move.activityIds = {81001, 81002};
    move.targetCaseId = 70002; // closed: reopened
    const auto moved = await<ChangeCaseOutcome>([&](const auto &done) { api->changeCase(move, done); });
    QVERIFY2(moved.ok(), qPrintable(failure(moved.error)));
    QVERIFY(!moved.value.newCase);
    QCOMPARE(moved.value.caseId, 70002);
    const auto read = await<QList<Activity>>([&](const auto &done) { api->activitiesByIds({81001, 81002}, done); });
    QVERIFY(read.ok());
    QCOMPARE(read.value.at(0).caseId, 70002);
    QCOMPARE(read.value.at(1).caseId, 70002);
}

namespace {

} // namespace

void TestApiClients::jtelListsEveryEvent()
{
    JtelClient *jtel = m_clients->jtelClient();
    const auto result = await<QList<AcdEvent>>([&](const auto &done) { jtel->listEvents(done); });
    QVERIFY2(result.ok(), qPrintable(failure(result.error)));
    QCOMPARE(result.value.size(), serverEventCount(*m_sandbox));
    const auto fixture = std::find_if(result.value.cbegin(), result.value.cend(), [](const AcdEvent &e) { return e.id == 88001; });
    QVERIFY(fixture != result.value.cend());
    QCOMPARE(fixture->sender, u"4922199900011"_s);
    QCOMPARE(fixture->typeId, 3);
    QCOMPARE(fixture->groupId, 512);
}

// The largest answer AgentDesk reads travels gzip-compressed: JtelClient asks for it and
// inflates it on its decoding worker (Qt would inflate on the GUI thread).
void TestApiClients::jtelListTravelsCompressed()
{
    JtelClient *jtel = m_clients->jtelClient();
    const auto result = await<QList<AcdEvent>>([&](const auto &done) { jtel->listEvents(done); });
    QVERIFY2(result.ok(), qPrintable(failure(result.error)));

    QList<QJsonObject> lists;
    for (const QJsonObject &entry : newRequests(*m_sandbox)) {
        if (entry.value(u"path"_s).toString().endsWith(u"/acd/events"_s))
            lists.append(entry);
    }
    QCOMPARE(lists.size(), 1);
    const QJsonObject sent = lists.constFirst();
    QString acceptEncoding;
    const QJsonObject headers = sent.value(u"headers"_s).toObject();
    for (auto header = headers.constBegin(); header != headers.constEnd(); ++header) {
        if (header.key().compare(u"Accept-Encoding"_s, Qt::CaseInsensitive) == 0)
            acceptEncoding = header.value().toString();
    }
    QVERIFY2(acceptEncoding.contains(u"gzip"_s), qPrintable(acceptEncoding));
    QCOMPARE(sent.value(u"contentEncoding"_s).toString(), u"gzip"_s);

    // the same list uncompressed: far more bytes, and exactly the events the client decoded
    const HttpResult plain = sendRequest(
        "GET", m_sandbox->url(u"/rest/v1.0/1234/acd/events"_s),
        {{"Authorization", "Bearer sandbox-jtel-token"}, {"Accept-Encoding", "identity"}});
    COMPARE_STATUS(plain, 200);
    QVERIFY(!plain.hasHeader("Content-Encoding"));
    const qint64 wireBytes = sent.value(u"bodyBytes"_s).toInteger();
    QVERIFY2(wireBytes > 0 && wireBytes * 4 < plain.body.size(),
             qPrintable(u"%1 bytes gzip, %2 plain"_s.arg(wireBytes).arg(plain.body.size())));
    QSet<qint64> serverIds;
    for (const QJsonValue &record : plain.object().value(u"records"_s).toArray())
        serverIds.insert(record[u"ID"_s].toInteger());
    QSet<qint64> decodedIds;
    for (const AcdEvent &event : result.value)
        decodedIds.insert(event.id);
    QCOMPARE(result.value.size(), serverIds.size());
    QCOMPARE(decodedIds, serverIds);
}

void TestApiClients::jtelGetsOneEvent()
{
    JtelClient *jtel = m_clients->jtelClient();
    const auto result = await<AcdEvent>([&](const auto &done) { jtel->event(88002, done); });
    QVERIFY2(result.ok(), qPrintable(failure(result.error)));
    QCOMPARE(result.value.id, 88002);
    QCOMPARE(result.value.typeId, 6);
    QCOMPARE(result.value.statusId, 20);
}

void TestApiClients::jtelUnknownEventIsA404()
{
    JtelClient *jtel = m_clients->jtelClient();
    const auto result = await<AcdEvent>([&](const auto &done) { jtel->event(1, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error->httpStatus, 404);
    QCOMPARE(result.error->serverMessage, u"AcdEvent not found"_s);
}

void TestApiClients::jtelCreatesACallback()
{
    JtelClient *jtel = m_clients->jtelClient();
    const int before = serverEventCount(*m_sandbox);
    CallbackDraft draft;
    draft.groupId = 513;
    draft.sender = u"+4922199900055"_s;
    draft.receiver = u"4930120001"_s;
    draft.subject = u"Callback wanted: contract"_s;
    draft.body = u"After 14:00 please."_s;
    draft.priority = 70;
    draft.appointmentDate = u"2031-03-04"_s;
    draft.appointmentTime = u"14:30"_s;
    const auto created = await<CallbackOutcome>([&](const auto &done) { jtel->createEvent(draft, done); });
    QVERIFY2(created.ok(), qPrintable(failure(created.error)));
    QVERIFY(!created.value.updatedExisting);
    QCOMPARE(serverEventCount(*m_sandbox), before + 1);
    const auto read = await<AcdEvent>([&](const auto &done) { jtel->event(created.value.eventId, done); });
    QVERIFY(read.ok());
    QCOMPARE(read.value.sender, u"4922199900055"_s);
    QCOMPARE(read.value.priority, 70);
    QCOMPARE(read.value.statusId, 1);
}

void TestApiClients::jtelReportsTheDeduplicationAnswer()
{
    JtelClient *jtel = m_clients->jtelClient();
    const int before = serverEventCount(*m_sandbox);
    CallbackDraft draft;
    draft.groupId = 512; // forbids duplicates; 88001 is an open callback from this sender
    draft.sender = u"4922199900011"_s;
    draft.subject = u"Callback again"_s;
    const auto result = await<CallbackOutcome>([&](const auto &done) { jtel->createEvent(draft, done); });
    QVERIFY2(result.ok(), qPrintable(failure(result.error)));
    QVERIFY(result.value.updatedExisting);
    QCOMPARE(result.value.eventId, 88001);
    QCOMPARE(serverEventCount(*m_sandbox), before);
}

QTEST_GUILESS_MAIN(TestApiClients)
#include "tst_apiclients.moc"
