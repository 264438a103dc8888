// The words shown for the servers' fixed values: AgentDesk's, translated, for each value the API
// references document; the server's own words (or the value) for anything else.

#include "vocabulary.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace Qt::StringLiterals;

using Lookup = std::function<QString(const QString &, const QString &)>;
Q_DECLARE_METATYPE(Lookup)

class TestVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void namesDocumentedValuesInTheInterfaceLanguage_data();
    void namesDocumentedValuesInTheInterfaceLanguage();
    void namesDocumentedAcdNumbersAndLabelsTheOthers_data();
    void namesDocumentedAcdNumbersAndLabelsTheOthers();

private:
    QTranslator m_german;
};

void TestVocabulary::initTestCase()
{
    QVERIFY(m_german.load(u":/i18n/agentdesk_de.qm"_s));
    QVERIFY(QCoreApplication::installTranslator(&m_german));
}

void TestVocabulary::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_german);
}

void TestVocabulary::namesDocumentedValuesInTheInterfaceLanguage_data()
{
    QTest::addColumn<Lookup>("lookup");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("serverDisplay");
    QTest::addColumn<QString>("shown");
    const Lookup status = Vocabulary::activityStatus;
    const Lookup type = Vocabulary::activityType;
    const Lookup mode = Vocabulary::activityMode;
    const Lookup caseStatus = Vocabulary::caseStatus;
    const Lookup severity = Vocabulary::caseSeverity;
    // eGain v3 reference §6
    QTest::newRow("status completed")
        << status << u"completed"_s << u"Completed"_s << u"Abgeschlossen"_s;
    QTest::newRow("status in_workflow")
        << status << u"in_workflow"_s << u"In Workflow"_s << u"Im Workflow"_s;
    QTest::newRow("status ready_for_inbound_workflow")
        << status << u"ready_for_inbound_workflow"_s << QString()
        << u"Wartet auf eingehenden Workflow"_s;
    QTest::newRow("status ready_for_outbound_workflow")
        << status << u"ready_for_outbound_workflow"_s << QString()
        << u"Wartet auf ausgehenden Workflow"_s;
    // "in queue" and "assigned" have no documented values: the server's words
    QTest::newRow("status undocumented")
        << status << u"assigned"_s << u"Assigned"_s << u"Assigned"_s;
    QTest::newRow("status without display") << status << u"on_hold"_s << QString() << u"on_hold"_s;
    QTest::newRow("type call_track")
        << type << u"call_track"_s << u"Call Track"_s << u"Calltrack"_s;
    QTest::newRow("type email") << type << u"email"_s << u"Email"_s << u"E-Mail"_s;
    QTest::newRow("type undocumented")
        << type << u"chat"_s << u"Chat-Sitzung"_s << u"Chat-Sitzung"_s;
    QTest::newRow("mode Inbound (eGain)") << mode << u"Inbound"_s << QString() << u"Eingehend"_s;
    QTest::newRow("mode outbound (ECE)")
        << mode << u"outbound"_s << u"Outbound"_s << u"Ausgehend"_s;
    QTest::newRow("mode undocumented") << mode << u"internal"_s << u"Intern"_s << u"Intern"_s;
    QTest::newRow("case open") << caseStatus << u"open"_s << QString() << u"Offen"_s;
    QTest::newRow("case closed") << caseStatus << u"closed"_s << QString() << u"Geschlossen"_s;
    QTest::newRow("case undocumented")
        << caseStatus << u"escalated"_s << QString() << u"escalated"_s;
    QTest::newRow("severity urgent") << severity << u"urgent"_s << QString() << u"Dringend"_s;
    QTest::newRow("severity low") << severity << u"low"_s << QString() << u"Niedrig"_s;
    QTest::newRow("severity undocumented") << severity << u"p1"_s << QString() << u"p1"_s;
}

void TestVocabulary::namesDocumentedValuesInTheInterfaceLanguage()
{
    QFETCH(Lookup, lookup);
    QFETCH(QString, value);
    QFETCH(QString, serverDisplay);
    QFETCH(QString, shown);
    QCOMPARE(lookup(value, serverDisplay), shown);
}

void TestVocabulary::namesDocumentedAcdNumbersAndLabelsTheOthers_data()
{
    QTest::addColumn<bool>("isStatus");
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("shown");
    // jtel AcdEvents reference §7: only 1 (a new event) is documented
    QTest::newRow("status 1") << true << 1 << u"Neu"_s;
    QTest::newRow("status 20") << true << 20 << u"Status 20"_s;
    QTest::newRow("status 30") << true << 30 << u"Status 30"_s;
    // §6
    QTest::newRow("type 1") << false << 1 << u"Sprachnachricht"_s;
    QTest::newRow("type 3") << false << 3 << u"Rückruf"_s;
    QTest::newRow("type 5") << false << 5 << u"E-Mail"_s;
    QTest::newRow("type 9") << false << 9 << u"Typ 9"_s;
}

void TestVocabulary::namesDocumentedAcdNumbersAndLabelsTheOthers()
{
    QFETCH(bool, isStatus);
    QFETCH(int, id);
    QFETCH(QString, shown);
    QCOMPARE(isStatus ? Vocabulary::acdStatus(id) : Vocabulary::acdType(id), shown);
}

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
