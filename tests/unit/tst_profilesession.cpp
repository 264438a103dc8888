// ProfileSession::open(): entries a crash left in flight are put back (outcome unknown) by the
// first process that opens the profile's cache, never by a second one that runs beside it and
// whose answer may still be on its way.

#include "auth/serverconnections.h"
#include "cache/cachedatabase.h"
#include "cache/outboxstore.h"
#include "session/profilesession.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestProfileSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheFirstProcessRecoversEntriesInFlight();
};

void TestProfileSession::onlyTheFirstProcessRecoversEntriesInFlight()
{
    QTemporaryDir directory;
    const QString file = directory.filePath(u"training.sqlite"_s);
    Profile profile;
    profile.name = u"training"_s; // no servers: nothing is sent
    QNetworkAccessManager network;
    ServerConnections connections(profile, nullptr, &network);

    QString id;
    {
        ProfileSession first(&connections, file);
        QCOMPARE(first.open(), std::nullopt);
        OutboxEntry entry;
        entry.kind = OutboxEntry::Kind::CreateCallback;
        entry.server = OutboxEntry::Server::Jtel;
        entry.profile = profile.name;
        entry.payload = "{}";
        OutboxStore outbox(first.database());
        id = outbox.enqueue(entry).value.id;
        QCOMPARE(outbox.markInFlight(id), std::nullopt);

        // a second process opens the profile while the first waits for the answer
        ProfileSession second(&connections, file);
        QCOMPARE(second.open(), std::nullopt);
        const auto untouched = OutboxStore(second.database()).entry(id);
        QCOMPARE(untouched.value->state, OutboxEntry::State::InFlight);
        QVERIFY(!untouched.value->outcomeUnknown);
    }

    // both ended without an answer: the next start recovers the entry
    ProfileSession next(&connections, file);
    QCOMPARE(next.open(), std::nullopt);
    const auto recovered = OutboxStore(next.database()).entry(id);
    QCOMPARE(recovered.value->state, OutboxEntry::State::Pending);
    QVERIFY(recovered.value->outcomeUnknown);
}

QTEST_GUILESS_MAIN(TestProfileSession)
#include "tst_profilesession.moc"
