#include "domain/calltrackvalidator.h"

#include <QDateTime>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

using Context = CalltrackValidator::Context;
using Mutation = std::function<void(CalltrackDraft &, Context &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

// a fixed "now", so no row depends on the wall clock
const qint64 Now = QDateTime(QDate(2024, 5, 14), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 Hour = 3'600'000;

// the first example request of the eGain v3 API reference §7.8, named by customer id
CalltrackDraft validDraft()
{
    CalltrackDraft draft;
    draft.department = u"Service"_s;
    draft.subtype = u"general"_s;
    draft.mode = u"Inbound"_s;
    draft.subject = u"Caller reports intermittent outage"_s;
    draft.contentText = u"Router restarts every 20 minutes since Monday."_s;
    draft.customerBy = CalltrackDraft::CustomerBy::CustomerId;
    draft.customerKey = u"31415"_s;
    draft.priority = u"3"_s;
    return draft;
}

Context knownTenant()
{
    Context context;
    context.subtypes = {
        {u"general"_s, u"General"_s, {}},
        {u"follow_up"_s, u"Follow-up"_s, {u"Service"_s}},
        {u"sales_call"_s, u"Sales call"_s, {u"Sales"_s}},
    };
    context.customAttributes = QList<CustomAttributeDefinition> {
        {u"contact_reason"_s, {u"billing"_s, u"technical"_s}},
        {u"callback_number"_s, {}},
    };
    context.nowMs = Now;
    return context;
}

QByteArray describe(const QList<ValidationError> &errors)
{
    QStringList lines;
    for (const ValidationError &error : errors)
        lines.append(error.rule + u' ' + error.field + u": "_s + error.message);
    return lines.join(u"\n"_s).toUtf8();
}

} // namespace

class TestCalltrackValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsEachRule_data();
    void reportsEachRule();
    void acceptsValidDrafts_data();
    void acceptsValidDrafts();
    void reportsAllProblems();
    void validatesEmailAddresses_data();
    void validatesEmailAddresses();
};

void TestCalltrackValidator::reportsEachRule_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");
    // what the message must name, so it says what is wrong rather than "invalid input"
    QTest::addColumn<QStringList>("mentions");

    using CustomerBy = CalltrackDraft::CustomerBy;
    using TargetBy = CalltrackDraft::TargetBy;

    QTest::newRow("C2 department missing")
        << Mutation([](CalltrackDraft &d, Context &) { d.department = u"  "_s; }) << u"department"_s
        << u"C2"_s << QStringList {u"department"_s};
    QTest::newRow("C4 subtype missing")
        << Mutation([](CalltrackDraft &d, Context &) { d.subtype.clear(); }) << u"subtype"_s
        << u"C4"_s << QStringList {u"subtype"_s};
    QTest::newRow("C4 subtype unknown to the tenant")
        << Mutation([](CalltrackDraft &d, Context &) { d.subtype = u"complaint"_s; })
        << u"subtype"_s << u"C4"_s << QStringList {u"complaint"_s, u"general, follow_up"_s};
    QTest::newRow("C4 subtype not configured for the department")
        << Mutation([](CalltrackDraft &d, Context &) { d.subtype = u"sales_call"_s; })
        << u"subtype"_s << u"C4"_s
        << QStringList {u"sales_call"_s, u"Service"_s, u"general, follow_up"_s};
    QTest::newRow("C5 mode not capitalised")
        << Mutation([](CalltrackDraft &d, Context &) { d.mode = u"inbound"_s; }) << u"mode"_s
        << u"C5"_s << QStringList {u"\"inbound\""_s, u"Inbound or Outbound"_s};
    QTest::newRow("C5 mode missing")
        << Mutation([](CalltrackDraft &d, Context &) { d.mode.clear(); }) << u"mode"_s << u"C5"_s
        << QStringList {u"Inbound or Outbound"_s};
    QTest::newRow("C6 neither subject nor content") << Mutation([](CalltrackDraft &d, Context &) {
        d.subject = u" "_s;
        d.contentText.clear();
        d.contentHtml = u"  "_s;
    }) << u"subject"_s << u"C6"_s << QStringList {u"subject or call notes"_s};
    QTest::newRow("C6 subject longer than 255")
        << Mutation([](CalltrackDraft &d, Context &) { d.subject = QString(301, u'x'); })
        << u"subject"_s << u"C6"_s << QStringList {u"301 characters"_s, u"at most 255"_s};
    QTest::newRow("C7 customer id missing")
        << Mutation([](CalltrackDraft &d, Context &) { d.customerKey.clear(); }) << u"customer"_s
        << u"C7"_s << QStringList {u"customer ID"_s, u"anonymous"_s};
    QTest::newRow("C7 contact id not a number")
        << Mutation([](CalltrackDraft &d, Context &) {
               d.customerBy = CustomerBy::ContactId;
               d.customerKey = u"C-77"_s;
           })
        << u"customer"_s << u"C7"_s
        << QStringList {u"contact ID"_s, u"\"C-77\""_s, u"greater than 0"_s};
    QTest::newRow("C7 contact point kind not valid")
        << Mutation([](CalltrackDraft &d, Context &) {
               d.customerBy = CustomerBy::ContactPointId;
               d.contactPointKind = u"fax"_s;
           })
        << u"contactPointKind"_s << u"C7"_s
        << QStringList {u"\"fax\""_s, u"phone, postal, email, social or website"_s};
    QTest::newRow("C7 second customer identifier")
        << Mutation([](CalltrackDraft &d, Context &) { d.contactPointData = u"4930987654"_s; })
        << u"contactPointData"_s << u"C7"_s << QStringList {u"customer ID"_s, u"second time"_s};
    QTest::newRow("C7 contact point data missing") << Mutation([](CalltrackDraft &d, Context &) {
        d.customerBy = CustomerBy::ContactPointData;
        d.customerKey.clear();
    }) << u"contactPointData"_s << u"C7"_s << QStringList {u"email address or phone number"_s};
    QTest::newRow("C8 contact point data not an email address")
        << Mutation([](CalltrackDraft &d, Context &) {
               d.customerBy = CustomerBy::ContactPointData;
               d.contactPointData = u"anna@example"_s;
           })
        << u"contactPointData"_s << u"C8"_s
        << QStringList {u"\"anna@example\""_s, u"name@example.com"_s};
    QTest::newRow("C8 phone number not digits only")
        << Mutation([](CalltrackDraft &d, Context &) {
               d.customerBy = CustomerBy::ContactPointData;
               d.contactPointData = u"+49 30 987654"_s;
           })
        << u"contactPointData"_s << u"C8"_s
        << QStringList {u"\"+49 30 987654\""_s, u"\"+\""_s, u"digits only"_s};
    QTest::newRow("C9 client application without target user")
        << Mutation([](CalltrackDraft &, Context &c) { c.clientApplication = true; })
        << u"targetUser"_s << u"C9"_s << QStringList {u"client application"_s, u"login name"_s};
    QTest::newRow("C9 target user id not a number") << Mutation([](CalltrackDraft &d, Context &) {
        d.targetBy = TargetBy::UserId;
        d.targetUser = u"m.jansen"_s;
    }) << u"targetUser"_s << u"C9"_s << QStringList {u"\"m.jansen\""_s, u"greater than 0"_s};
    QTest::newRow("C9 target login name missing")
        << Mutation([](CalltrackDraft &d, Context &) { d.targetBy = TargetBy::UserName; })
        << u"targetUser"_s << u"C9"_s << QStringList {u"login name"_s};
    QTest::newRow("C9 target attribute name missing") << Mutation([](CalltrackDraft &d, Context &) {
        d.targetBy = TargetBy::CustomAttribute;
        d.targetUser = u"E-1001"_s;
    }) << u"targetAttributeName"_s << u"C9"_s << QStringList {u"custom attribute"_s};
    QTest::newRow("C10 negative case id")
        << Mutation([](CalltrackDraft &d, Context &) { d.caseId = -27182; }) << u"caseId"_s
        << u"C10"_s << QStringList {u"-27182"_s, u"new case"_s};
    QTest::newRow("C11 priority out of range")
        << Mutation([](CalltrackDraft &d, Context &) { d.priority = u"8"_s; }) << u"priority"_s
        << u"C11"_s << QStringList {u"\"8\""_s, u"1 to 7"_s};
    QTest::newRow("C12 due date in the past")
        << Mutation([](CalltrackDraft &d, Context &) { d.dueDateMs = Now - Hour; }) << u"dueDate"_s
        << u"C12"_s << QStringList {u"future"_s};
    QTest::newRow("C12 due date exactly now")
        << Mutation([](CalltrackDraft &d, Context &) { d.dueDateMs = Now; }) << u"dueDate"_s
        << u"C12"_s << QStringList {u"future"_s};
    QTest::newRow("C13 attachment without altId") << Mutation([](CalltrackDraft &d, Context &) {
        d.attachmentAltIds = {u"att-01"_s, u" "_s};
    }) << u"attachments"_s << u"C13"_s << QStringList {u"Attachment 2"_s, u"alternate ID"_s};
    QTest::newRow("C13 attachments sharing an altId") << Mutation([](CalltrackDraft &d, Context &) {
        d.attachmentAltIds = {u"att-01"_s, u"att-01"_s};
    }) << u"attachments"_s << u"C13"_s << QStringList {u"1 and 2"_s, u"\"att-01\""_s};
    QTest::newRow("C14 custom attribute without name")
        << Mutation([](CalltrackDraft &d, Context &) {
               d.customAttributes.insert(QString(), u"billing"_s);
           })
        << u"customAttributes"_s << u"C14"_s << QStringList {u"\"billing\""_s, u"no name"_s};
    QTest::newRow("C14 custom attribute unknown")
        << Mutation([](CalltrackDraft &d, Context &) {
               d.customAttributes.insert(u"region"_s, u"EMEA"_s);
           })
        << u"customAttributes"_s << u"C14"_s
        << QStringList {u"\"region\""_s, u"contact_reason, callback_number"_s};
    QTest::newRow("C14 enumeration value not allowed")
        << Mutation([](CalltrackDraft &d, Context &) {
               d.customAttributes.insert(u"contact_reason"_s, u"sales"_s);
           })
        << u"customAttributes"_s << u"C14"_s
        << QStringList {u"\"sales\""_s, u"contact_reason"_s, u"billing, technical"_s};
    QTest::newRow("C16 anonymous caller with a customer")
        << Mutation([](CalltrackDraft &d, Context &) { d.customerBy = CustomerBy::Anonymous; })
        << u"customer"_s << u"C16"_s << QStringList {u"anonymous"_s, u"\"31415\""_s};
}

void TestCalltrackValidator::reportsEachRule()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    QFETCH(QStringList, mentions);

    CalltrackDraft draft = validDraft();
    Context context = knownTenant();
    mutate(draft, context);
    const QList<ValidationError> errors = CalltrackValidator::validate(draft, context);

    QVERIFY2(errors.size() == 1, describe(errors));
    QCOMPARE(errors.first().field, field);
    QCOMPARE(errors.first().rule, rule);
    for (const QString &mention : mentions)
        QVERIFY2(errors.first().message.contains(mention),
                 qPrintable(errors.first().message + u" lacks "_s + mention));
}

void TestCalltrackValidator::acceptsValidDrafts_data()
{
    QTest::addColumn<Mutation>("mutate");

    using CustomerBy = CalltrackDraft::CustomerBy;
    using TargetBy = CalltrackDraft::TargetBy;

    QTest::newRow("the example request") << Mutation([](CalltrackDraft &, Context &) {});
    QTest::newRow("C4 subtype for every department")
        << Mutation([](CalltrackDraft &d, Context &) { d.department = u"Sales"_s; });
    QTest::newRow("C4 subtype configured for the department")
        << Mutation([](CalltrackDraft &d, Context &) { d.subtype = u"follow_up"_s; });
    QTest::newRow("C4 skipped while the subtypes are unknown")
        << Mutation([](CalltrackDraft &d, Context &c) {
               c.subtypes.clear();
               d.subtype = u"anything"_s;
           });
    QTest::newRow("C5 outbound") << Mutation(
        [](CalltrackDraft &d, Context &) { d.mode = u"Outbound"_s; });
    QTest::newRow("C6 subject only")
        << Mutation([](CalltrackDraft &d, Context &) { d.contentText.clear(); });
    QTest::newRow("C6 html notes only") << Mutation([](CalltrackDraft &d, Context &) {
        d.subject.clear();
        d.contentText.clear();
        d.contentHtml = u"<p>Router restarts</p>"_s;
    });
    QTest::newRow("C6 subject of exactly 255")
        << Mutation([](CalltrackDraft &d, Context &) { d.subject = QString(255, u'x'); });
    QTest::newRow("C7 contact point id") << Mutation([](CalltrackDraft &d, Context &) {
        d.customerBy = CustomerBy::ContactPointId;
        d.contactPointKind = u"email"_s;
    });
    QTest::newRow("C8 customer by phone number") << Mutation([](CalltrackDraft &d, Context &) {
        d.customerBy = CustomerBy::ContactPointData;
        d.customerKey.clear();
        d.contactPointData = u"4930987654"_s;
    });
    QTest::newRow("C8 customer by email address") << Mutation([](CalltrackDraft &d, Context &) {
        d.customerBy = CustomerBy::ContactPointData;
        d.contactPointData = u"anna.schmidt@example.com"_s;
    });
    QTest::newRow("C9 client application naming the user")
        << Mutation([](CalltrackDraft &d, Context &c) {
               c.clientApplication = true;
               d.targetBy = TargetBy::UserName;
               d.targetUser = u"m.jansen"_s;
           });
    QTest::newRow("C9 target by custom attribute") << Mutation([](CalltrackDraft &d, Context &) {
        d.targetBy = TargetBy::CustomAttribute;
        d.targetAttributeName = u"employee_no"_s;
        d.targetUser = u"E-1001"_s;
    });
    QTest::newRow("C10 existing case")
        << Mutation([](CalltrackDraft &d, Context &) { d.caseId = 27182; });
    QTest::newRow("C11 no priority")
        << Mutation([](CalltrackDraft &d, Context &) { d.priority.clear(); });
    QTest::newRow("C11 priority 7")
        << Mutation([](CalltrackDraft &d, Context &) { d.priority = u"7"_s; });
    QTest::newRow("C12 due date in the future")
        << Mutation([](CalltrackDraft &d, Context &) { d.dueDateMs = Now + 1; });
    QTest::newRow("C13 attachments") << Mutation([](CalltrackDraft &d, Context &) {
        d.attachmentAltIds = {u"att-01"_s, u"att-02"_s};
    });
    QTest::newRow("C14 known attributes") << Mutation([](CalltrackDraft &d, Context &) {
        d.customAttributes
            = {{u"contact_reason"_s, u"billing"_s}, {u"callback_number"_s, u"4930555"_s}};
    });
    QTest::newRow("C14 skipped while the attributes are unknown")
        << Mutation([](CalltrackDraft &d, Context &c) {
               c.customAttributes.reset();
               d.customAttributes = {{u"region"_s, u"EMEA"_s}};
           });
    QTest::newRow("C16 anonymous caller with a phone number")
        << Mutation([](CalltrackDraft &d, Context &) {
               d.customerBy = CustomerBy::Anonymous;
               d.customerKey.clear();
               d.contactPointData = u"4971188776655"_s;
           });
}

void TestCalltrackValidator::acceptsValidDrafts()
{
    QFETCH(Mutation, mutate);

    CalltrackDraft draft = validDraft();
    Context context = knownTenant();
    mutate(draft, context);
    const QList<ValidationError> errors = CalltrackValidator::validate(draft, context);
    QVERIFY2(errors.isEmpty(), describe(errors));
}

void TestCalltrackValidator::reportsAllProblems()
{
    CalltrackDraft draft = validDraft();
    draft.department.clear();
    draft.mode = u"inbound"_s;
    draft.subject = QString(256, u'x');
    draft.customerKey.clear();
    draft.priority = u"0"_s;
    draft.dueDateMs = Now - Hour;
    draft.attachmentAltIds = {QString()};
    Context context = knownTenant();
    context.clientApplication = true;

    const QList<ValidationError> errors = CalltrackValidator::validate(draft, context);
    QList<std::pair<QString, QString>> reported;
    for (const ValidationError &error : errors)
        reported.append({error.rule, error.field});
    const QList<std::pair<QString, QString>> expected = {
        {u"C2"_s, u"department"_s}, {u"C5"_s, u"mode"_s},         {u"C6"_s, u"subject"_s},
        {u"C7"_s, u"customer"_s},   {u"C9"_s, u"targetUser"_s},   {u"C11"_s, u"priority"_s},
        {u"C12"_s, u"dueDate"_s},   {u"C13"_s, u"attachments"_s},
    };
    QVERIFY2(reported == expected, describe(errors));
    QCOMPARE(ValidationError::forField(errors, u"subject").size(), 1);
}

void TestCalltrackValidator::validatesEmailAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << u"anna@example.com"_s << true;
    QTest::newRow("subdomain and plus") << u"anna.schmidt+calls@mail.example.co.uk"_s << true;
    QTest::newRow("no top-level domain") << u"anna@example"_s << false;
    QTest::newRow("two at signs") << u"anna@@example.com"_s << false;
    QTest::newRow("space") << u"anna schmidt@example.com"_s << false;
    QTest::newRow("empty label") << u"anna@example..com"_s << false;
    QTest::newRow("no local part") << u"@example.com"_s << false;
}

void TestCalltrackValidator::validatesEmailAddresses()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(CalltrackValidator::isValidEmail(address), valid);
}

QTEST_GUILESS_MAIN(TestCalltrackValidator)
#include "tst_calltrackvalidator.moc"
