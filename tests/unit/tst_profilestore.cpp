#include "auth/profilestore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Profile egainProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.caseDialect = Profile::CaseDialect::EgainV3;
    profile.caseBaseUrl = QUrl(u"https://egain.example.com/system/ws/v12/kb"_s);
    profile.userName = u"agent7"_s;
    profile.oauthFlow = Profile::OAuthFlow::ClientCredentials;
    profile.clientId = u"agentdesk-integration"_s;
    profile.authorizeUrl = QUrl(u"https://login.example.com/oauth2/authorize"_s);
    profile.tokenUrl = QUrl(u"https://login.example.com/oauth2/token"_s);
    profile.scope = u"https://api.egain.cloud/auth/.default"_s;
    profile.jtelBaseUrl = QUrl(u"https://acd.example.com/CarrierPortal/rest/v1.0/1234"_s);
    profile.caBundlePath = u"/etc/ssl/certs/ca-certificates.crt"_s;
    return profile;
}

} // namespace

// ProfileStore against a private XDG_CONFIG_HOME (set by agentdesk_add_test).
class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void writesTheAgentDeskSettingsFile();
    void savesAndLoadsEveryField();
    void survivesANewStoreInstance();
    void listsProfilesSorted();
    void saveReplacesTheWholeProfile();
    void removesAProfile();
    void tracksTheActiveProfile();
    void rejectsInvalidNames_data();
    void rejectsInvalidNames();
    void validatesFields_data();
    void validatesFields();
    void rejectedValueLeavesTheProfileUnchanged();
    void printedFieldsRoundTrip();
    void settingsFileHoldsNoSecret();

private:
    QString settingsText() const;
};

void TestProfileStore::initTestCase()
{
    // never touch a developer's real settings
    QVERIFY2(qEnvironmentVariableIsSet("XDG_CONFIG_HOME"),
             "run through ctest (agentdesk_add_test)");
}

void TestProfileStore::init()
{
    ProfileStore store;
    const QStringList names = store.names();
    for (const QString &name : names)
        QVERIFY(store.remove(name));
    QVERIFY(store.names().isEmpty());
}

QString TestProfileStore::settingsText() const
{
    QFile file(ProfileStore().fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestProfileStore::writesTheAgentDeskSettingsFile()
{
    ProfileStore store;
    QVERIFY(store.save(egainProfile(u"prod"_s)));
    const QString expected
        = qEnvironmentVariable("XDG_CONFIG_HOME") + u"/AgentDesk/agentdesk.conf"_s;
    QCOMPARE(store.fileName(), expected);
    QVERIFY(QFile::exists(expected));
}

void TestProfileStore::savesAndLoadsEveryField()
{
    ProfileStore store;
    const Profile saved = egainProfile(u"prod"_s);
    QVERIFY(store.save(saved));
    const std::optional<Profile> loaded = store.load(u"prod"_s);
    QVERIFY(loaded);
    QCOMPARE(*loaded, saved);
    QVERIFY(!store.load(u"missing"_s));
}

void TestProfileStore::survivesANewStoreInstance()
{
    Profile ece;
    ece.name = u"ece-test_2"_s;
    ece.caseDialect = Profile::CaseDialect::EceV12;
    ece.caseBaseUrl = QUrl(u"https://ece.example.com/system"_s);
    ece.userName = u"pa"_s;
    {
        ProfileStore store;
        QVERIFY(store.save(ece));
        QVERIFY(store.setActive(ece.name));
    }
    ProfileStore reopened;
    QCOMPARE(reopened.names(), QStringList {ece.name});
    QCOMPARE(reopened.activeName(), ece.name);
    QCOMPARE(reopened.load(ece.name).value(), ece);
}

void TestProfileStore::listsProfilesSorted()
{
    ProfileStore store;
    for (const QString &name : {u"zeta"_s, u"alpha"_s, u"Mid-1"_s}) {
        Profile profile;
        profile.name = name;
        QVERIFY(store.save(profile));
    }
    QCOMPARE(store.names(), (QStringList {u"Mid-1"_s, u"alpha"_s, u"zeta"_s}));
}

void TestProfileStore::saveReplacesTheWholeProfile()
{
    ProfileStore store;
    Profile profile = egainProfile(u"prod"_s);
    QVERIFY(store.save(profile));
    profile.userName.clear();
    profile.jtelBaseUrl.clear();
    QVERIFY(store.save(profile));
    const Profile loaded = store.load(u"prod"_s).value();
    QVERIFY(loaded.userName.isEmpty());
    QVERIFY(loaded.jtelBaseUrl.isEmpty());
    QCOMPARE(loaded, profile);
}

void TestProfileStore::removesAProfile()
{
    ProfileStore store;
    QVERIFY(store.save(egainProfile(u"a"_s)));
    QVERIFY(store.save(egainProfile(u"b"_s)));
    QVERIFY(store.remove(u"a"_s));
    QCOMPARE(store.names(), QStringList {u"b"_s});
    QVERIFY(!store.load(u"a"_s));
    QVERIFY(!store.remove(u"a"_s));
    QVERIFY(!store.remove(u"../b"_s));
    QCOMPARE(store.names(), QStringList {u"b"_s});
}

void TestProfileStore::tracksTheActiveProfile()
{
    ProfileStore store;
    QCOMPARE(store.activeName(), QString());
    QVERIFY(!store.setActive(u"nope"_s));
    QVERIFY(store.save(egainProfile(u"a"_s)));
    QVERIFY(store.save(egainProfile(u"b"_s)));
    QVERIFY(store.setActive(u"a"_s));
    QCOMPARE(store.activeName(), u"a"_s);
    QVERIFY(store.setActive(u"b"_s));
    QCOMPARE(store.activeName(), u"b"_s);
    QVERIFY(!store.setActive(u"nope"_s));
    QCOMPARE(store.activeName(), u"b"_s);
    // removing the active profile leaves none active rather than pointing at nothing
    QVERIFY(store.remove(u"b"_s));
    QCOMPARE(store.activeName(), QString());
}

void TestProfileStore::rejectsInvalidNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("letters, digits, dash, underscore") << u"Prod-eu_2"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("colon would split the keychain key") << u"a:b"_s << false;
    QTest::newRow("slash would nest a settings group") << u"a/b"_s << false;
    QTest::newRow("backslash") << u"a\\b"_s << false;
    QTest::newRow("space") << u"my profile"_s << false;
    QTest::newRow("dot") << u"prod.eu"_s << false;
    QTest::newRow("non-ASCII letter") << u"prüf"_s << false;
    QTest::newRow("65 characters") << QString(65, u'a') << false;
}

void TestProfileStore::rejectsInvalidNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(ProfileStore::isValidName(name), valid);
    Profile profile;
    profile.name = name;
    ProfileStore store;
    QCOMPARE(store.save(profile), valid);
    QCOMPARE(store.names().contains(name), valid);
}

void TestProfileStore::validatesFields_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("unknown key") << u"password"_s << u"x"_s << false;
    QTest::newRow("name is not a field") << u"name"_s << u"other"_s << false;
    QTest::newRow("keys are case-sensitive") << u"casebaseurl"_s << u"https://a.example"_s << false;

    QTest::newRow("dialect v3") << u"caseDialect"_s << u"v3"_s << true;
    QTest::newRow("dialect v12") << u"caseDialect"_s << u"v12"_s << true;
    QTest::newRow("dialect none") << u"caseDialect"_s << u"none"_s << true;
    QTest::newRow("dialect other") << u"caseDialect"_s << u"v11"_s << false;
    QTest::newRow("dialect empty") << u"caseDialect"_s << QString() << false;

    QTest::newRow("flow user") << u"oauthFlow"_s << u"user"_s << true;
    QTest::newRow("flow client") << u"oauthFlow"_s << u"client"_s << true;
    QTest::newRow("flow other") << u"oauthFlow"_s << u"password"_s << false;

    QTest::newRow("url https") << u"caseBaseUrl"_s << u"https://ece.example.com/system"_s << true;
    QTest::newRow("url http with port")
        << u"jtelBaseUrl"_s << u"http://127.0.0.1:8080/rest/v1.0/1234"_s << true;
    QTest::newRow("url empty clears") << u"tokenUrl"_s << QString() << true;
    QTest::newRow("url relative") << u"caseBaseUrl"_s << u"/system"_s << false;
    QTest::newRow("url without scheme") << u"caseBaseUrl"_s << u"ece.example.com/system"_s << false;
    QTest::newRow("url ftp") << u"authorizeUrl"_s << u"ftp://login.example.com/"_s << false;
    QTest::newRow("url file") << u"tokenUrl"_s << u"file:///etc/passwd"_s << false;
    QTest::newRow("url no host") << u"tokenUrl"_s << u"https:///token"_s << false;
    QTest::newRow("url malformed") << u"caseBaseUrl"_s << u"https://exa mple.com"_s << false;
    QTest::newRow("url with password")
        << u"caseBaseUrl"_s << u"https://pa:s3cret@ece.example.com/system"_s << false;

    QTest::newRow("text userName") << u"userName"_s << u"agent7"_s << true;
    QTest::newRow("text clientId") << u"clientId"_s << u"agentdesk-integration"_s << true;
    QTest::newRow("text short scope") << u"scope"_s << u"app.core.casemgr.manage"_s << true;
    QTest::newRow("text URI scope")
        << u"scope"_s << u"https://api.egain.cloud/auth/.default"_s << true;

    QTest::newRow("CA bundle relative") << u"caBundlePath"_s << u"certs/ca.pem"_s << false;
    QTest::newRow("CA bundle missing") << u"caBundlePath"_s << u"/nonexistent/ca.pem"_s << false;
    QTest::newRow("CA bundle is a directory") << u"caBundlePath"_s << u"/"_s << false;
    QTest::newRow("CA bundle empty clears") << u"caBundlePath"_s << QString() << true;
}

void TestProfileStore::validatesFields()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    Profile profile;
    const std::optional<QString> error = ProfileStore::setField(profile, key, value);
    QCOMPARE(!error.has_value(), accepted);
    if (error) {
        QVERIFY(!error->isEmpty());
        QVERIFY2(error->contains(key), qPrintable(*error)); // tells the user which field
        QVERIFY2(!error->contains(u"s3cret"_s), "a rejected URL's password must not be echoed");
    } else if (!value.isEmpty()) {
        const auto printed = ProfileStore::fields(profile);
        const auto field = std::find_if(printed.cbegin(), printed.cend(),
                                        [&](const auto &pair) { return pair.first == key; });
        QVERIFY(field != printed.cend());
        QCOMPARE(field->second, value);
    }
}

void TestProfileStore::rejectedValueLeavesTheProfileUnchanged()
{
    Profile profile = egainProfile(u"prod"_s);
    const Profile before = profile;
    QVERIFY(ProfileStore::setField(profile, u"caseBaseUrl"_s, u"not a url"_s));
    QVERIFY(ProfileStore::setField(profile, u"caseDialect"_s, u"v4"_s));
    QCOMPARE(profile, before);

    QTemporaryFile bundle;
    QVERIFY(bundle.open());
    QVERIFY(!ProfileStore::setField(profile, u"caBundlePath"_s, bundle.fileName()));
    QCOMPARE(profile.caBundlePath, bundle.fileName());
}

void TestProfileStore::printedFieldsRoundTrip()
{
    const Profile original = egainProfile(u"prod"_s);
    const auto printed = ProfileStore::fields(original);
    QStringList keys;
    for (const auto &[key, value] : printed)
        keys.append(key);
    QCOMPARE(keys, ProfileStore::fieldNames());

    Profile rebuilt;
    rebuilt.name = original.name;
    for (const auto &[key, value] : printed)
        QCOMPARE(ProfileStore::setField(rebuilt, key, value), std::nullopt);
    QCOMPARE(rebuilt, original);
}

void TestProfileStore::settingsFileHoldsNoSecret()
{
    // No field can hold a secret. tokenUrl is the one name with "token" in it: it says where to
    // get a token, it does not hold one.
    for (const QString &field : ProfileStore::fieldNames()) {
        QVERIFY2(!field.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(field));
        QVERIFY2(!field.contains(u"secret"_s, Qt::CaseInsensitive), qPrintable(field));
        QVERIFY2(!field.contains(u"token"_s, Qt::CaseInsensitive) || field == u"tokenUrl",
                 qPrintable(field));
    }

    ProfileStore store;
    QVERIFY(store.save(egainProfile(u"prod"_s)));
    QVERIFY(store.setActive(u"prod"_s));
    const QString text = settingsText();
    QVERIFY(text.contains(u"agentdesk-integration"_s)); // the file really was read
    for (const QString &word : {u"password"_s, u"secret"_s, u"accessToken"_s, u"bearer"_s})
        QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
