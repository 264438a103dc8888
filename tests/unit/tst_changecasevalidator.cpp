#include "domain/changecasevalidator.h"

#include <QDateTime>
#include <QTest>

#include <functional>
#include <numeric>

using namespace Qt::StringLiterals;

using Options = ChangeCaseValidator::Options;
using Mutation = std::function<void(ChangeCaseRequest &, std::optional<Case> &, Options &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

const qint64 Now = QDateTime(QDate(2024, 5, 14), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 Hour = 3'600'000;

Activity activity(qint64 id, qint64 caseId, qint64 customerId, const QString &status,
                  const QString &statusDisplay = {})
{
    Activity a;
    a.id = id;
    a.caseId = caseId;
    a.customerId = customerId;
    a.status = status;
    a.statusDisplay = statusDisplay;
    return a;
}

// what the cache holds: case 70001 of customer 5001 with two open and one completed activity,
// one activity of the same customer's case 70002, one of another customer's case 70003
const QList<Activity> Cached = {
    activity(81233, 70001, 5001, u"assigned"_s, u"Assigned"_s),
    activity(81234, 70001, 5001, u"in_queue"_s),
    activity(81240, 70002, 5001, u"assigned"_s),
    activity(81250, 70001, 5001, u"completed"_s, u"Completed"_s),
    activity(81260, 70003, 5002, u"assigned"_s),
    activity(81270, 70001, 5001, u"in_workflow"_s),
    activity(81280, 70001, 0, u"assigned"_s),
};

Case targetCase(qint64 id, qint64 customerId, const QString &customerName)
{
    Case c;
    c.id = id;
    c.customerId = customerId;
    c.customerName = customerName;
    c.status = u"closed"_s;
    return c;
}

// the second example exchange of the ECE v12 API reference §5.7
ChangeCaseRequest validRequest()
{
    ChangeCaseRequest request;
    request.activityIds = {81233, 81234};
    request.targetCaseId = 70007;
    request.relateCase = true;
    return request;
}

QByteArray describe(const QList<ValidationError> &errors)
{
    QStringList lines;
    for (const ValidationError &error : errors)
        lines.append(error.rule + u' ' + error.field + u": "_s + error.message);
    return lines.join(u"\n"_s).toUtf8();
}

QList<qint64> range(qint64 first, int count)
{
    QList<qint64> ids(count);
    std::iota(ids.begin(), ids.end(), first);
    return ids;
}

void toNewCase(ChangeCaseRequest &request, std::optional<Case> &target)
{
    request.targetCaseId = 0;
    target.reset();
}

} // namespace

class TestChangeCaseValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsEachRule_data();
    void reportsEachRule();
    void acceptsValidRequests_data();
    void acceptsValidRequests();
    void reportsAllProblems();
    void splitsIntoChunks_data();
    void splitsIntoChunks();
};

void TestChangeCaseValidator::reportsEachRule_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("P1 activity id not positive")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &, Options &) {
               r.activityIds = {81233, -4};
           })
        << u"activityIds"_s << u"P1"_s << QStringList {u"-4"_s, u"greater than 0"_s};
    QTest::newRow("P1 unknown activity when the cache must know it")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &, Options &o) {
               r.activityIds.append(99999);
               o.requireKnown = true;
           })
        << u"activityIds"_s << u"P1"_s << QStringList {u"99999"_s, u"refresh"_s};
    QTest::newRow("P2 activities of two cases")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &, Options &) {
               r.activityIds = {81233, 81240};
           })
        << u"activityIds"_s << u"P2"_s << QStringList {u"70001, 70002"_s, u"one case"_s};
    QTest::newRow("P3 completed activity")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &, Options &) {
               r.activityIds = {81233, 81250};
           })
        << u"activityIds"_s << u"P3"_s << QStringList {u"81250"_s, u"Completed"_s, u"assigned"_s};
    QTest::newRow("P4 target case of another customer")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &t, Options &) {
               r.targetCaseId = 70009;
               t = targetCase(70009, 5002, u"Max Weber"_s);
           })
        << u"targetCaseId"_s << u"P4"_s
        << QStringList {u"70009"_s, u"Max Weber"_s, u"81233, 81234"_s};
    QTest::newRow("P5 negative target case id")
        << Mutation(
               [](ChangeCaseRequest &r, std::optional<Case> &, Options &) { r.targetCaseId = -5; })
        << u"targetCaseId"_s << u"P5"_s << QStringList {u"-5"_s, u"new case"_s};
    QTest::newRow("P5 target is the activities' own case")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &t, Options &) {
               r.targetCaseId = 70001;
               t.reset();
           })
        << u"targetCaseId"_s << u"P5"_s << QStringList {u"70001"_s, u"another target"_s};
    QTest::newRow("P7 no activity ids") << Mutation(
        [](ChangeCaseRequest &r, std::optional<Case> &, Options &) { r.activityIds.clear(); })
                                        << u"activityIds"_s << u"P7"_s
                                        << QStringList {u"at least one"_s};
    QTest::newRow("P7 activity listed twice")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &, Options &) {
               r.activityIds = {81233, 81234, 81233};
           })
        << u"activityIds"_s << u"P7"_s << QStringList {u"81233"_s, u"2 times"_s};
    QTest::newRow("P11 existing target with new-case fields")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &, Options &) {
               r.newCase.subject = u"Replacement device shipment"_s;
               r.newCase.severity = u"high"_s;
           })
        << u"targetCaseId"_s << u"P11"_s << QStringList {u"ID alone"_s, u"subject, severity"_s};
    QTest::newRow("P11 severity not valid")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &t, Options &) {
               toNewCase(r, t);
               r.newCase.severity = u"critical"_s;
           })
        << u"severity"_s << u"P11"_s
        << QStringList {u"\"critical\""_s, u"urgent, high, medium or low"_s};
    QTest::newRow("P11 subject longer than 1024")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &t, Options &) {
               toNewCase(r, t);
               r.newCase.subject = QString(1025, u's');
           })
        << u"subject"_s << u"P11"_s
        << QStringList {u"subject has 1025 characters"_s, u"at most 1024"_s};
    QTest::newRow("P11 description longer than 1024")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &t, Options &) {
               toNewCase(r, t);
               r.newCase.description = QString(2000, u'd');
           })
        << u"description"_s << u"P11"_s
        << QStringList {u"description has 2000 characters"_s, u"at most 1024"_s};
    QTest::newRow("P11 solution longer than 1024")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &t, Options &) {
               toNewCase(r, t);
               r.newCase.solution = QString(1100, u'x');
           })
        << u"solution"_s << u"P11"_s
        << QStringList {u"solution has 1100 characters"_s, u"at most 1024"_s};
    QTest::newRow("P11 due date in the past")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &t, Options &) {
               toNewCase(r, t);
               r.newCase.dueDateMs = Now - Hour;
           })
        << u"dueDate"_s << u"P11"_s << QStringList {u"future"_s};
    QTest::newRow("P11 custom attribute without name")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &t, Options &) {
               toNewCase(r, t);
               r.newCase.customAttributes.insert(u" "_s, u"EMEA"_s);
           })
        << u"customAttributes"_s << u"P11"_s << QStringList {u"\"EMEA\""_s, u"no name"_s};
    QTest::newRow("P11 custom attribute unknown")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &t, Options &o) {
               toNewCase(r, t);
               o.caseAttributes
                   = QList<CustomAttributeDefinition> {{u"sales_region"_s, {u"EMEA"_s, u"APAC"_s}}};
               r.newCase.customAttributes.insert(u"region"_s, u"EMEA"_s);
           })
        << u"customAttributes"_s << u"P11"_s << QStringList {u"\"region\""_s, u"sales_region"_s};
    QTest::newRow("P11 enumeration value not allowed")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &t, Options &o) {
               toNewCase(r, t);
               o.caseAttributes
                   = QList<CustomAttributeDefinition> {{u"sales_region"_s, {u"EMEA"_s, u"APAC"_s}}};
               r.newCase.customAttributes.insert(u"sales_region"_s, u"LATAM"_s);
           })
        << u"customAttributes"_s << u"P11"_s << QStringList {u"\"LATAM\""_s, u"EMEA, APAC"_s};
}

void TestChangeCaseValidator::reportsEachRule()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    QFETCH(QStringList, mentions);

    ChangeCaseRequest request = validRequest();
    std::optional<Case> target = targetCase(70007, 5001, u"Anna Schmidt"_s);
    Options options;
    mutate(request, target, options);
    const QList<ValidationError> errors
        = ChangeCaseValidator::validate(request, Cached, target, Now, options);

    QVERIFY2(errors.size() == 1, describe(errors));
    QCOMPARE(errors.first().field, field);
    QCOMPARE(errors.first().rule, rule);
    for (const QString &mention : mentions)
        QVERIFY2(errors.first().message.contains(mention),
                 qPrintable(errors.first().message + u" lacks "_s + mention));
}

void TestChangeCaseValidator::acceptsValidRequests_data()
{
    QTest::addColumn<Mutation>("mutate");

    QTest::newRow("the example exchange")
        << Mutation([](ChangeCaseRequest &, std::optional<Case> &, Options &) {});
    QTest::newRow("P1 unknown activity left to the server")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &, Options &) {
               r.activityIds = {81233, 99999};
           });
    QTest::newRow("P3 undocumented statuses count as open") << Mutation(
        [](ChangeCaseRequest &r, std::optional<Case> &, Options &) { r.activityIds = {81270}; });
    QTest::newRow("P4 customer not known on the activity")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &t, Options &) {
               r.activityIds = {81280};
               r.targetCaseId = 70009;
               t = targetCase(70009, 5002, u"Max Weber"_s);
           });
    QTest::newRow("P4 a cached case that is not the target is ignored")
        << Mutation([](ChangeCaseRequest &, std::optional<Case> &t, Options &) {
               t = targetCase(70009, 5002, u"Max Weber"_s);
           });
    QTest::newRow("P5 target case not cached")
        << Mutation([](ChangeCaseRequest &, std::optional<Case> &t, Options &) { t.reset(); });
    QTest::newRow("P7 more than 75 ids are chunked, not refused")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &, Options &) {
               r.activityIds = range(90001, 200);
           });
    QTest::newRow("P11 new case without attributes") << Mutation(
        [](ChangeCaseRequest &r, std::optional<Case> &t, Options &) { toNewCase(r, t); });
    QTest::newRow("P11 new case with every attribute")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &t, Options &o) {
               toNewCase(r, t);
               r.newCase.subject = QString(1024, u's');
               r.newCase.description
                   = u"Split off from the outage case at the customer's request"_s;
               r.newCase.solution = u"Ship a replacement"_s;
               r.newCase.severity = u"urgent"_s;
               r.newCase.dueDateMs = Now + Hour;
               r.newCase.customAttributes = {{u"sales_region"_s, u"EMEA"_s}};
               o.caseAttributes
                   = QList<CustomAttributeDefinition> {{u"sales_region"_s, {u"EMEA"_s, u"APAC"_s}}};
           });
    QTest::newRow("P11 attributes unchecked while unknown")
        << Mutation([](ChangeCaseRequest &r, std::optional<Case> &t, Options &) {
               toNewCase(r, t);
               r.newCase.customAttributes = {{u"region"_s, u"anything"_s}};
           });
}

void TestChangeCaseValidator::acceptsValidRequests()
{
    QFETCH(Mutation, mutate);

    ChangeCaseRequest request = validRequest();
    std::optional<Case> target = targetCase(70007, 5001, u"Anna Schmidt"_s);
    Options options;
    mutate(request, target, options);
    const QList<ValidationError> errors
        = ChangeCaseValidator::validate(request, Cached, target, Now, options);
    QVERIFY2(errors.isEmpty(), describe(errors));
}

void TestChangeCaseValidator::reportsAllProblems()
{
    ChangeCaseRequest request;
    request.activityIds = {81233, 81250, 81260, 81260};
    request.targetCaseId = -1;
    request.newCase.severity = u"critical"_s;

    const QList<ValidationError> errors
        = ChangeCaseValidator::validate(request, Cached, std::nullopt, Now);
    QList<std::pair<QString, QString>> reported;
    for (const ValidationError &error : errors)
        reported.append({error.rule, error.field});
    const QList<std::pair<QString, QString>> expected = {
        {u"P7"_s, u"activityIds"_s},  {u"P2"_s, u"activityIds"_s},   {u"P3"_s, u"activityIds"_s},
        {u"P5"_s, u"targetCaseId"_s}, {u"P11"_s, u"targetCaseId"_s},
    };
    QVERIFY2(reported == expected, describe(errors));
}

void TestChangeCaseValidator::splitsIntoChunks_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("sizes");

    QTest::newRow("none") << 0 << QList<int> {};
    QTest::newRow("one") << 1 << QList<int> {1};
    QTest::newRow("P7 exactly 75") << 75 << QList<int> {75};
    QTest::newRow("P7 76") << 76 << QList<int> {75, 1};
    QTest::newRow("P7 151") << 151 << QList<int> {75, 75, 1};
}

void TestChangeCaseValidator::splitsIntoChunks()
{
    QFETCH(int, count);
    QFETCH(QList<int>, sizes);

    const QList<qint64> ids = range(81001, count);
    const QList<QList<qint64>> chunks = ChangeCaseValidator::chunks(ids);
    QList<int> actual;
    QList<qint64> joined;
    for (const QList<qint64> &chunk : chunks) {
        actual.append(int(chunk.size()));
        joined.append(chunk);
    }
    QCOMPARE(actual, sizes);
    QCOMPARE(joined, ids); // order kept, nothing lost
    QCOMPARE(ChangeCaseValidator::MaxPerRequest, 75);
}

QTEST_GUILESS_MAIN(TestChangeCaseValidator)
#include "tst_changecasevalidator.moc"
