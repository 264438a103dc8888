// The profile dialog as a user drives it, against agentdesk-sandbox and a private gnome-keyring:
// a profile typed in field by field, each server's sign-in checked with the server (the right
// secret lands in the keychain under agentdeskctl's keys, a wrong one shows the server's words
// next to the field and stores nothing), fields that follow the server kind, validation next to
// each field, the first start, and one-click training on a sandbox the app starts itself.

#include "dialogtest.h"
#include "sandboxprocess.h"

#include "api/ecev12client.h"
#include "api/jtelclient.h"
#include "auth/credentialstore.h"
#include "auth/ecesessionauthenticator.h"
#include "auth/profilestore.h"
#include "auth/serverconnections.h"
#include "auth/signin.h"
#include "desktopsession.h"
#include "profiledialog.h"
#include "session/trainingsandbox.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace DialogTest;

namespace {

constexpr int ServerTimeoutMs = 30'000;
constexpr int TrainingTimeoutMs = 90'000;

// sandbox/README.md
const QString Password = u"sandbox"_s;
const QString JtelToken = u"sandbox-jtel-token"_s;
const QString ClientSecret = u"sandbox-client-secret"_s;
const int JtelFixtureEvents = 302; // 300 generated and 88001, 88002

// What the keychain holds for key: the secret, nullopt when there is none; the error fails the
// test through the message.
std::optional<QString> keptSecret(const CredentialKey &key, QString *error)
{
    CredentialStore store;
    bool answered = false;
    std::optional<QString> result;
    store.read(key, [&](std::optional<QString> secret, const QString &problem) {
        answered = true;
        result = secret;
        *error = problem;
    });
    if (!QTest::qWaitFor([&] { return answered; }, ServerTimeoutMs))
        *error = u"the keychain did not answer"_s;
    return result;
}

// The keychain outlives a run (it is a file in the test's HOME): each test starts without the
// secrets of these profiles
const QStringList ProfileNames = {u"desk"_s,  u"refused"_s, u"acd"_s, u"integration"_s,
                                  u"cloud"_s, u"stopped"_s, u"old"_s, u"training"_s};

bool removeSecrets(const QStringList &profiles)
{
    CredentialStore store;
    QList<CredentialKey> keys;
    for (const QString &name : profiles) {
        Profile profile;
        profile.name = name;
        keys += SignIn::allKeys(profile);
    }
    bool answered = false;
    QString error;
    SignIn::removeKeys(&store, keys, [&](const QString &problem) {
        answered = true;
        error = problem;
    });
    return QTest::qWaitFor([&] { return answered; }, ServerTimeoutMs) && error.isEmpty();
}

bool writeSecret(const CredentialKey &key, const QString &secret)
{
    CredentialStore store;
    bool answered = false;
    QString error;
    store.write(key, secret, [&](const QString &problem) {
        answered = true;
        error = problem;
    });
    return QTest::qWaitFor([&] { return answered; }, ServerTimeoutMs) && error.isEmpty();
}

Profile named(const QString &name, Profile::CaseDialect dialect)
{
    Profile profile;
    profile.name = name;
    profile.caseDialect = dialect;
    return profile;
}

template<typename T> T *child(QWidget &dialog, const QString &name)
{
    return dialog.findChild<T *>(name);
}

QString hintOf(QWidget &dialog, const QString &field)
{
    const auto *hint = dialog.findChild<QLabel *>(field + u"Hint"_s);
    return hint && hint->isVisibleTo(&dialog) ? hint->text() : QString();
}

bool rowShown(QWidget &dialog, const QString &field)
{
    return child<QWidget>(dialog, field)->isVisibleTo(&dialog);
}

QStringList egainUserProfile(const SandboxProcess &sandbox, const QString &name)
{
    return {u"name="_s + name,
            u"caseDialect=v3"_s,
            u"caseBaseUrl="_s + sandbox.baseUrl().toString(),
            u"oauthFlow=user"_s,
            u"userName=m.jansen"_s,
            u"clientId=agentdesk-desktop"_s,
            u"authorizeUrl="_s
                + sandbox.url(u"/system/auth/SANDBOX-U/oauth2/authorize"_s).toString(),
            u"tokenUrl="_s + sandbox.url(u"/system/auth/SANDBOX-U/oauth2/token"_s).toString(),
            u"scope=core.casemgr.read core.casemgr.manage"_s};
}

} // namespace

// Stands in for the system browser: QDesktopServices hands it the sign-in URL. When it follows
// the URL, the sandbox approves at once and redirects to AgentDesk's loopback receiver.
class FakeBrowser : public QObject
{
    Q_OBJECT
public:
    bool follows = true;
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url)
    {
        opened.append(url);
        if (!follows)
            return;
        QNetworkReply *reply = m_network.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

private:
    QNetworkAccessManager m_network;
};

class TestProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void eceProfileIsTypedAndSignedIn();
    void refusedSecretIsExplainedNextToItsField_data();
    void refusedSecretIsExplainedNextToItsField();
    void untrustedCertificateIsExplainedUntilTheProfileTrustsIt();
    void jtelTokenIsCheckedAndKept();
    void egainClientSecretIsCheckedByFetchingAToken();
    void egainUserSignsInThroughTheBrowser();
    void waitingForTheBrowserCanBeStopped();
    void fieldsFollowTheServerKind();
    void invalidFieldsAreExplainedAndDisableOk_data();
    void invalidFieldsAreExplainedAndDisableOk();
    void removedProfileTakesItsSecretsAlong();
    void everyControlIsNamedAndReachableByTab();
    void firstStartLeadsToTheDialog();
    void cancelOnANewProfileAtFirstStartGoesBackToTheProfiles();
    void profilesOpenOnTheProfileInUse();
    void trainingIsOneClick();
    void trainingServerThatCannotStartIsExplained();

private:
    // New, then the edits typed into the form's widgets
    QString newProfile(ProfileDialog &dialog, const QStringList &edits);
    QStringList eceProfile(const QString &name) const;
    // Types the secret, presses the server's sign-in button and waits for the outcome
    bool signIn(ProfileDialog &dialog, SignIn::Server server, const QString &secret);

    std::unique_ptr<SandboxProcess> m_sandbox;
    FakeBrowser m_browser;
};

void TestProfileDialog::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    QDesktopServices::setUrlHandler(u"http"_s, &m_browser, "open");
}

void TestProfileDialog::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"http"_s);
}

void TestProfileDialog::init()
{
    ProfileStore store;
    for (const QString &name : store.names())
        QVERIFY(store.remove(name));
    QVERIFY(removeSecrets(ProfileNames));
    m_browser.follows = true;
    m_browser.opened.clear();
}

QString TestProfileDialog::newProfile(ProfileDialog &dialog, const QStringList &edits)
{
    QTest::mouseClick(child<QPushButton>(dialog, u"newProfile"_s), Qt::LeftButton);
    return fill(dialog, edits);
}

QStringList TestProfileDialog::eceProfile(const QString &name) const
{
    return {u"name="_s + name, u"caseDialect=v12"_s,
            u"caseBaseUrl="_s + m_sandbox->url(u"/system"_s).toString(),
            u"userName=lena.fischer"_s};
}

bool TestProfileDialog::signIn(ProfileDialog &dialog, SignIn::Server server, const QString &secret)
{
    const bool jtel = server == SignIn::Server::Jtel;
    auto *edit = child<QLineEdit>(dialog, jtel ? u"jtelToken"_s : u"caseSecret"_s);
    if (!secret.isNull()) {
        edit->clear();
        QTest::keyClicks(edit, secret);
    }
    auto *button = child<QPushButton>(dialog, jtel ? u"jtelSignIn"_s : u"caseSignIn"_s);
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return QTest::qWaitFor([&] { return !dialog.isBusy(); }, ServerTimeoutMs);
}

// ECE v12: a real login and logout with the password, which is then kept under agentdeskctl's key
void TestProfileDialog::eceProfileIsTypedAndSignedIn()
{
    ProfileDialog dialog;
    dialog.show();
    const QString failed = newProfile(dialog, eceProfile(u"desk"_s));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(child<QLineEdit>(dialog, u"caseSecret"_s)->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLabel>(dialog, u"caseSecretLabel"_s)->text(), u"Passw&ord:"_s);

    QSignalSpy signedIn(&dialog, &ProfileDialog::signedIn);
    QVERIFY(signIn(dialog, SignIn::Server::Case, Password));
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(shownError(dialog, u"caseSecret"_s), QString());
    QVERIFY2(hintOf(dialog, u"caseSecret"_s).startsWith(u"Signed in."_s),
             qPrintable(hintOf(dialog, u"caseSecret"_s)));
    QVERIFY(child<QLineEdit>(dialog, u"caseSecret"_s)->text().isEmpty());

    QString error;
    const auto kept = keptSecret({u"desk"_s, u"ece"_s, u"password"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(kept, std::optional<QString>(Password));
    // checked with a login, and the session ended again (ECE allows five per user)
    QStringList calls;
    for (const QJsonObject &entry : m_sandbox->requestLog())
        calls.append(entry.value(u"method"_s).toString() + u' '
                     + entry.value(u"path"_s).toString());
    const qsizetype login = calls.lastIndexOf(u"POST /system/ws/v12/authentication/user/login"_s);
    QVERIFY2(login >= 0, qPrintable(calls.join(u'\n')));
    QCOMPARE(calls.value(login + 1), u"DELETE /system/ws/v12/authentication/user/logout"_s);

    // signing in saved the profile; Use Profile makes it the active one
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.activeProfile(), u"desk"_s);
    ProfileStore store;
    QCOMPARE(store.activeName(), u"desk"_s);
    const std::optional<Profile> saved = store.load(u"desk"_s);
    QVERIFY(saved);
    QCOMPARE(saved->caseDialect, Profile::CaseDialect::EceV12);
    QCOMPARE(saved->caseBaseUrl, m_sandbox->url(u"/system"_s));
    QCOMPARE(saved->userName, u"lena.fischer"_s);

    // the next time the dialog says the password is kept
    ProfileDialog again;
    QTRY_COMPARE(hintOf(again, u"caseSecret"_s), u"A password is kept in the system keychain."_s);
}

void TestProfileDialog::refusedSecretIsExplainedNextToItsField_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("reachable");
    QTest::newRow("wrong password")
        << m_sandbox->url(u"/system"_s).toString() << u"401-102"_s << true;
    // nothing listens on port 9 of the loopback (discard is never enabled on a test machine)
    QTest::newRow("unreachable") << u"http://127.0.0.1:9/system"_s << u"Cannot reach 127.0.0.1"_s
                                 << false;
}

void TestProfileDialog::refusedSecretIsExplainedNextToItsField()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, expected);
    QFETCH(bool, reachable);
    ProfileDialog dialog;
    dialog.show();
    QVERIFY(newProfile(dialog,
                       {u"name=refused"_s, u"caseDialect=v12"_s, u"caseBaseUrl="_s + baseUrl,
                        u"userName=lena.fischer"_s})
                .isEmpty());
    QSignalSpy signedIn(&dialog, &ProfileDialog::signedIn);
    QVERIFY(signIn(dialog, SignIn::Server::Case, u"not-the-password"_s));
    QCOMPARE(signedIn.size(), 0);
    const QString shown = shownError(dialog, u"caseSecret"_s);
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    QString error;
    QCOMPARE(keptSecret({u"refused"_s, u"ece"_s, u"password"_s}, &error), std::nullopt);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // the right password clears the message
    if (reachable) {
        QVERIFY(signIn(dialog, SignIn::Server::Case, Password));
        QCOMPARE(shownError(dialog, u"caseSecret"_s), QString());
    }
}

// certificate errors are never ignored: the profile names the private CA instead
void TestProfileDialog::untrustedCertificateIsExplainedUntilTheProfileTrustsIt()
{
    QTemporaryDir dir;
    const QString certificate = dir.filePath(u"cert.pem"_s);
    const QString key = dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                   u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                   u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, certificate});
    QVERIFY(openssl.waitForFinished(60'000));
    QCOMPARE(openssl.exitCode(), 0);
    SandboxProcess tls({u"--tls-cert"_s, certificate, u"--tls-key"_s, key});
    QVERIFY2(tls.isRunning(), qPrintable(tls.errorString()));

    ProfileDialog dialog;
    dialog.show();
    QVERIFY(newProfile(dialog,
                       {u"name=refused"_s, u"caseDialect=v12"_s,
                        u"caseBaseUrl=https://127.0.0.1:%1/system"_s.arg(tls.port()),
                        u"userName=lena.fischer"_s})
                .isEmpty());
    QVERIFY(signIn(dialog, SignIn::Server::Case, Password));
    const QString shown = shownError(dialog, u"caseSecret"_s);
    QVERIFY2(shown.startsWith(u"Secure connection to 127.0.0.1"_s)
                 && shown.contains(u"self"_s, Qt::CaseInsensitive),
             qPrintable(shown));
    QString error;
    QCOMPARE(keptSecret({u"refused"_s, u"ece"_s, u"password"_s}, &error), std::nullopt);

    QVERIFY(fill(dialog, {u"caBundlePath="_s + certificate}).isEmpty());
    QVERIFY(signIn(dialog, SignIn::Server::Case, Password));
    QCOMPARE(shownError(dialog, u"caseSecret"_s), QString());
    QCOMPARE(keptSecret({u"refused"_s, u"ece"_s, u"password"_s}, &error),
             std::optional<QString>(Password));
}

// jtel has no login: one small read proves the token and the ClientsID
void TestProfileDialog::jtelTokenIsCheckedAndKept()
{
    ProfileDialog dialog;
    dialog.show();
    QVERIFY(newProfile(dialog,
                       {u"name=acd"_s,
                        u"jtelBaseUrl="_s + m_sandbox->url(u"/rest/v1.0/1234"_s).toString()})
                .isEmpty());
    QVERIFY(!rowShown(dialog, u"caseSecret"_s));
    QVERIFY(rowShown(dialog, u"jtelToken"_s));
    QCOMPARE(child<QLineEdit>(dialog, u"jtelToken"_s)->echoMode(), QLineEdit::Password);

    QVERIFY(signIn(dialog, SignIn::Server::Jtel, u"not-the-token"_s));
    const QString shown = shownError(dialog, u"jtelToken"_s);
    QVERIFY2(shown.contains(u"Unauthorized: unknown API token or ClientsID"_s), qPrintable(shown));
    QString error;
    QCOMPARE(keptSecret({u"acd"_s, u"jtel"_s, u"token"_s}, &error), std::nullopt);

    QVERIFY(signIn(dialog, SignIn::Server::Jtel, JtelToken));
    QCOMPARE(shownError(dialog, u"jtelToken"_s), QString());
    QCOMPARE(keptSecret({u"acd"_s, u"jtel"_s, u"token"_s}, &error),
             std::optional<QString>(JtelToken));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestProfileDialog::egainClientSecretIsCheckedByFetchingAToken()
{
    ProfileDialog dialog;
    dialog.show();
    QVERIFY(newProfile(dialog,
                       {u"name=integration"_s, u"caseDialect=v3"_s,
                        u"caseBaseUrl="_s + m_sandbox->baseUrl().toString(), u"oauthFlow=client"_s,
                        u"clientId=agentdesk-integration"_s,
                        u"tokenUrl="_s
                            + m_sandbox->url(u"/system/auth/SANDBOX-U/oauth2/token"_s).toString(),
                        u"scope=app.core.casemgr.read"_s})
                .isEmpty());
    QCOMPARE(child<QLabel>(dialog, u"caseSecretLabel"_s)->text(), u"Client s&ecret:"_s);

    QVERIFY(signIn(dialog, SignIn::Server::Case, u"wrong-secret"_s));
    const QString shown = shownError(dialog, u"caseSecret"_s);
    QVERIFY2(shown.contains(u"invalid_client"_s), qPrintable(shown));
    const CredentialKey key {u"integration"_s, u"egain"_s, u"client-secret"_s};
    QString error;
    QCOMPARE(keptSecret(key, &error), std::nullopt);

    QVERIFY(signIn(dialog, SignIn::Server::Case, ClientSecret));
    QCOMPARE(shownError(dialog, u"caseSecret"_s), QString());
    QCOMPARE(keptSecret(key, &error), std::optional<QString>(ClientSecret));
}

// PKCE through the system browser: the loopback receiver finishes it, ServerConnections keeps
// the token
void TestProfileDialog::egainUserSignsInThroughTheBrowser()
{
    ProfileDialog dialog;
    dialog.show();
    QVERIFY(newProfile(dialog, egainUserProfile(*m_sandbox, u"cloud"_s)).isEmpty());
    QVERIFY(!child<QLineEdit>(dialog, u"caseSecret"_s)->isVisibleTo(&dialog));
    QSignalSpy signedIn(&dialog, &ProfileDialog::signedIn);
    QVERIFY(signIn(dialog, SignIn::Server::Case, QString()));
    QCOMPARE(m_browser.opened.size(), 1);
    const QUrl opened = m_browser.opened.constFirst();
    QCOMPARE(opened.path(), u"/system/auth/SANDBOX-U/oauth2/authorize"_s);
    QVERIFY(opened.query().contains(u"code_challenge_method=S256"_s));
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(shownError(dialog, u"caseSecret"_s), QString());

    QString error;
    const auto token = keptSecret({u"cloud"_s, u"egain"_s, u"access-token"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(token && token->contains(u"expiresAtMs"_s));
}

void TestProfileDialog::waitingForTheBrowserCanBeStopped()
{
    m_browser.follows = false;
    ProfileDialog dialog;
    dialog.show();
    QVERIFY(newProfile(dialog, egainUserProfile(*m_sandbox, u"stopped"_s)).isEmpty());
    QTest::mouseClick(child<QPushButton>(dialog, u"caseSignIn"_s), Qt::LeftButton);
    QTRY_COMPARE(m_browser.opened.size(), 1);
    QVERIFY(dialog.isBusy());
    QVERIFY2(hintOf(dialog, u"caseSecret"_s).startsWith(u"Waiting for the browser"_s),
             qPrintable(hintOf(dialog, u"caseSecret"_s)));
    auto *stop = child<QPushButton>(dialog, u"stopWaiting"_s);
    QVERIFY(stop->isVisible() && stop->isEnabled());
    QVERIFY(!okButton(dialog)->isEnabled());

    // the loopback port is closed: a late redirect finds nobody
    const QUrl redirect(QUrlQuery(m_browser.opened.constFirst())
                            .queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QVERIFY(redirect.isValid());
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(!dialog.isBusy());
    QVERIFY(!stop->isVisible());
    QVERIFY(okButton(dialog)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QTcpSocket socket;
            socket.connectToHost(redirect.host(), quint16(redirect.port()));
            return !socket.waitForConnected(1000);
        }(),
        ServerTimeoutMs);
    QString error;
    QCOMPARE(keptSecret({u"stopped"_s, u"egain"_s, u"access-token"_s}, &error), std::nullopt);
}

void TestProfileDialog::fieldsFollowTheServerKind()
{
    ProfileDialog dialog;
    dialog.show();
    QVERIFY(newProfile(dialog, {u"name=kinds"_s}).isEmpty());
    const QStringList all
        = {u"caseBaseUrl"_s, u"userName"_s, u"oauthFlow"_s,   u"clientId"_s,    u"authorizeUrl"_s,
           u"tokenUrl"_s,    u"scope"_s,    u"jtelBaseUrl"_s, u"caBundlePath"_s};
    const auto shownFields = [&] {
        QStringList shown;
        for (const QString &field : all) {
            if (rowShown(dialog, field))
                shown.append(field);
        }
        return shown;
    };
    QCOMPARE(shownFields(), (QStringList {u"jtelBaseUrl"_s, u"caBundlePath"_s}));
    QVERIFY(fill(dialog, {u"caseDialect=v12"_s}).isEmpty());
    QCOMPARE(shownFields(),
             (QStringList {u"caseBaseUrl"_s, u"userName"_s, u"jtelBaseUrl"_s, u"caBundlePath"_s}));
    // ECE only, once there is a server: the sixth session needs the oldest one ended
    // (agentdeskctl login --force)
    QVERIFY(!rowShown(dialog, u"forceLogin"_s));
    QVERIFY(fill(dialog, {u"caseBaseUrl=https://ece.example.com/system"_s}).isEmpty());
    QVERIFY(rowShown(dialog, u"forceLogin"_s));
    QVERIFY(fill(dialog, {u"caseDialect=v3"_s, u"oauthFlow=user"_s}).isEmpty());
    QCOMPARE(shownFields(),
             (QStringList {u"caseBaseUrl"_s, u"userName"_s, u"oauthFlow"_s, u"clientId"_s,
                           u"authorizeUrl"_s, u"tokenUrl"_s, u"scope"_s, u"jtelBaseUrl"_s,
                           u"caBundlePath"_s}));
    QVERIFY(!rowShown(dialog, u"forceLogin"_s));
    QVERIFY(fill(dialog, {u"oauthFlow=client"_s}).isEmpty());
    QCOMPARE(shownFields(),
             (QStringList {u"caseBaseUrl"_s, u"oauthFlow"_s, u"clientId"_s, u"tokenUrl"_s,
                           u"scope"_s, u"jtelBaseUrl"_s, u"caBundlePath"_s}));
}

void TestProfileDialog::invalidFieldsAreExplainedAndDisableOk_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    const QString ece = m_sandbox->url(u"/system"_s).toString();
    const QString jtel = m_sandbox->url(u"/rest/v1.0/1234"_s).toString();
    QTest::newRow("no name") << QStringList {u"caseDialect=v12"_s, u"caseBaseUrl="_s + ece,
                                             u"userName=x"_s}
                             << u"name"_s << u"Enter a name"_s;
    QTest::newRow("name with a space") << QStringList {u"name=my desk"_s, u"jtelBaseUrl="_s + jtel}
                                       << u"name"_s << u"letters, digits"_s;
    QTest::newRow("no server") << QStringList {u"name=empty"_s} << u"caseDialect"_s
                               << u"Choose a case server"_s;
    QTest::newRow("URL not http") << QStringList {u"name=ftp"_s, u"caseDialect=v12"_s,
                                                  u"caseBaseUrl=ftp://ece.example.com/system"_s,
                                                  u"userName=x"_s}
                                  << u"caseBaseUrl"_s << u"https://"_s;
    QTest::newRow("password in the URL")
        << QStringList {u"name=userinfo"_s, u"caseDialect=v12"_s,
                        u"caseBaseUrl=https://me:secret@ece.example.com/system"_s, u"userName=x"_s}
        << u"caseBaseUrl"_s << u"keychain"_s;
    QTest::newRow("ECE without a user")
        << QStringList {u"name=nouser"_s, u"caseDialect=v12"_s, u"caseBaseUrl="_s + ece}
        << u"userName"_s << u"user name"_s;
    QTest::newRow("eGain without a client")
        << QStringList {u"name=noclient"_s, u"caseDialect=v3"_s,
                        u"caseBaseUrl=https://api.example.com"_s, u"oauthFlow=client"_s,
                        u"tokenUrl=https://login.example.com/t"_s}
        << u"clientId"_s << u"client ID"_s;
    QTest::newRow("jtel without ClientsID")
        << QStringList {u"name=noclients"_s,
                        u"jtelBaseUrl="_s + m_sandbox->url(u"/rest/v1.0"_s).toString()}
        << u"jtelBaseUrl"_s << u"ClientsID"_s;
    QTest::newRow("CA bundle not a path")
        << QStringList {u"name=ca"_s, u"jtelBaseUrl="_s + jtel, u"caBundlePath=ca.pem"_s}
        << u"caBundlePath"_s << u"full path"_s;
    QTest::newRow("CA bundle missing") << QStringList {u"name=ca"_s, u"jtelBaseUrl="_s + jtel,
                                                       u"caBundlePath=/nonexistent/ca.pem"_s}
                                       << u"caBundlePath"_s << u"/nonexistent/ca.pem"_s;
}

void TestProfileDialog::invalidFieldsAreExplainedAndDisableOk()
{
    QFETCH(QStringList, edits);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    ProfileDialog dialog;
    dialog.show();
    const QString failed = newProfile(dialog, edits);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const QString shown = shownError(dialog, field);
    QVERIFY2(shown.contains(expected), qPrintable(field + u": "_s + shown));
    QVERIFY(!okButton(dialog)->isEnabled());
    // a profile that cannot be saved is not left for another one, nor signed in with
    QVERIFY(!child<QPushButton>(dialog, u"newProfile"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, u"caseSignIn"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, u"jtelSignIn"_s)->isEnabled());
}

// as agentdeskctl profile remove: a new profile of that name starts signed out
void TestProfileDialog::removedProfileTakesItsSecretsAlong()
{
    ProfileStore store;
    Profile old = named(u"old"_s, Profile::CaseDialect::EceV12);
    old.caseBaseUrl = m_sandbox->url(u"/system"_s);
    old.userName = u"m.jansen"_s;
    Profile kept = old;
    kept.name = u"kept"_s;
    QVERIFY(store.save(old) && store.save(kept) && store.setActive(u"old"_s));
    for (const CredentialKey &key : SignIn::allKeys(old))
        QVERIFY(writeSecret(key, u"secret"_s));

    ProfileDialog dialog;
    dialog.show();
    auto *profiles = child<QComboBox>(dialog, u"profiles"_s);
    QCOMPARE(profiles->count(), 2);
    QCOMPARE(profiles->currentText(), u"old (active)"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"removeProfile"_s), Qt::LeftButton);
    QCOMPARE(profiles->count(), 1);
    QCOMPARE(profiles->currentText(), u"kept"_s);
    // nothing happens before Use Profile
    QCOMPARE(store.names(), (QStringList {u"kept"_s, u"old"_s}));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(store.names(), QStringList {u"kept"_s});
    QCOMPARE(store.activeName(), u"kept"_s);
    for (const CredentialKey &key : SignIn::allKeys(old)) {
        QString error;
        QCOMPARE(keptSecret(key, &error), std::nullopt);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestProfileDialog::everyControlIsNamedAndReachableByTab()
{
    TrainingSandbox training;
    ProfileDialog dialog(&training);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(newProfile(dialog, eceProfile(u"tabs"_s)).isEmpty());
    QVERIFY(fill(dialog, {u"jtelBaseUrl="_s + m_sandbox->url(u"/rest/v1.0/1234"_s).toString()})
                .isEmpty());
    QCOMPARE(unnamedControls(dialog), QStringList());
    QCOMPARE(repeatedMnemonics(dialog), QStringList());
    QCOMPARE(tabOrder(*child<QWidget>(dialog, u"profiles"_s)),
             // Remove is off for the new profile, which is not saved yet
             (QStringList {u"profiles"_s, u"newProfile"_s, u"name"_s, u"caseDialect"_s,
                           u"caseBaseUrl"_s, u"userName"_s, u"jtelBaseUrl"_s, u"caBundlePath"_s,
                           u"chooseCaBundle"_s, u"caseSecret"_s, u"forceLogin"_s, u"jtelToken"_s,
                           u"training"_s, u"Use profile"_s, u"Cancel"_s}));
    QVERIFY(saveScreenshot(dialog, u"profiledialog"_s));
}

void TestProfileDialog::firstStartLeadsToTheDialog()
{
    bool shown = false;
    QTimer::singleShot(0, this, [&shown] {
        auto *dialog = qobject_cast<ProfileDialog *>(QApplication::activeModalWidget());
        shown = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    QCOMPARE(ProfileDialog::ensureProfile(nullptr, nullptr), std::nullopt);
    QVERIFY(shown);

    ProfileStore store;
    Profile acd;
    acd.name = u"acd"_s;
    acd.jtelBaseUrl = m_sandbox->url(u"/rest/v1.0/1234"_s);
    QVERIFY(store.save(acd) && store.setActive(u"acd"_s));
    // an active profile needs no dialog: nothing would close one here
    QCOMPARE(ProfileDialog::ensureProfile(nullptr, nullptr), std::optional<QString>(u"acd"_s));
}

// A first start has nothing to go back to: Cancel on the new profile drops it and shows the
// profiles again (none here) instead of ending the application; only the next Cancel does.
// Remove is off for a profile that was never saved.
void TestProfileDialog::cancelOnANewProfileAtFirstStartGoesBackToTheProfiles()
{
    QStringList seen;
    QTimer::singleShot(0, this, [this, &seen] {
        auto *dialog = qobject_cast<ProfileDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            seen.append(u"no dialog"_s);
            return;
        }
        auto *profiles = child<QComboBox>(*dialog, u"profiles"_s);
        const QString typed = newProfile(*dialog, eceProfile(u"first"_s));
        if (!typed.isEmpty())
            seen.append(typed);
        seen.append(
            u"remove %1"_s.arg(child<QPushButton>(*dialog, u"removeProfile"_s)->isEnabled()));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        seen.append(u"%1 profiles, %2"_s.arg(profiles->count())
                        .arg(dialog->isVisible() ? u"open"_s : u"closed"_s));
        dialog->reject();
    });
    QCOMPARE(ProfileDialog::ensureProfile(nullptr, nullptr), std::nullopt);
    QCOMPARE(seen, (QStringList {u"remove 0"_s, u"0 profiles, open"_s}));
    QCOMPARE(ProfileStore().names(), QStringList());
}

// File → Profiles from a window that shows a profile other than the active one
// (`agentdesk --profile old`): the dialog opens on "old", not on the active "kept".
void TestProfileDialog::profilesOpenOnTheProfileInUse()
{
    ProfileStore store;
    for (const QString &name : {u"old"_s, u"kept"_s}) {
        Profile profile = named(name, Profile::CaseDialect::EceV12);
        profile.caseBaseUrl = m_sandbox->url(u"/system"_s);
        profile.userName = u"m.jansen"_s;
        QVERIFY(store.save(profile));
    }
    QVERIFY(store.setActive(u"kept"_s));

    DesktopSession desktop;
    std::optional<QString> opened;
    desktop.open(u"old"_s, [&opened](const QString &error) { opened = error; });
    QVERIFY(desktop.window());
    QString shown;
    QTimer::singleShot(0, this, [this, &shown] {
        auto *dialog = qobject_cast<ProfileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown = child<QComboBox>(*dialog, u"profiles"_s)->currentText();
        dialog->reject();
    });
    desktop.showProfiles();
    QCOMPARE(shown, u"old"_s);
    QCOMPARE(store.activeName(), u"kept"_s);
}

// One click: the bundled sandbox on a free port, the profile `training` on it with the fixture
// secrets, active; it ends with its TrainingSandbox
void TestProfileDialog::trainingIsOneClick()
{
    QVERIFY2(TrainingSandbox::findProgram().endsWith(u"/agentdesk-sandbox"_s),
             qPrintable(TrainingSandbox::findProgram()));
    // opened before: the app's other ProfileStore objects see what the dialog saved
    ProfileStore store;
    auto training = std::make_unique<TrainingSandbox>();
    ProfileDialog dialog(training.get());
    dialog.show();
    QVERIFY(child<QLabel>(dialog, u"intro"_s)->isVisible());
    auto *button = child<QPushButton>(dialog, u"training"_s);
    QVERIFY(button->isEnabled());
    QVERIFY(saveScreenshot(dialog, u"profiledialog-first-start"_s));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, TrainingTimeoutMs);
    QVERIFY(training->isRunning());
    QCOMPARE(dialog.activeProfile(), u"training"_s);

    QCOMPARE(store.activeName(), u"training"_s);
    const std::optional<Profile> profile = store.load(u"training"_s);
    QVERIFY(profile);
    const QString base = u"http://127.0.0.1:%1"_s.arg(training->port());
    QCOMPARE(profile->caseDialect, Profile::CaseDialect::EceV12);
    QCOMPARE(profile->caseBaseUrl, QUrl(base + u"/system"_s));
    QCOMPARE(profile->userName, u"lena.fischer"_s);
    QCOMPARE(profile->jtelBaseUrl, QUrl(base + u"/rest/v1.0/1234"_s));

    // what the main window does with the active profile
    CredentialStore credentials;
    QNetworkAccessManager network;
    ServerConnections connections(*profile, &credentials, &network);
    bool loaded = false;
    QString error;
    connections.loadSecrets([&](const QString &problem) {
        loaded = true;
        error = problem;
    });
    QTRY_VERIFY_WITH_TIMEOUT(loaded, ServerTimeoutMs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    std::optional<ApiResult<QList<AcdEvent>>> events;
    connections.jtelClient()->listEvents(
        [&](const ApiResult<QList<AcdEvent>> &result) { events = result; });
    QTRY_VERIFY_WITH_TIMEOUT(events.has_value(), ServerTimeoutMs);
    QVERIFY2(events->ok(), qPrintable(events->error ? events->error->message() : QString()));
    QCOMPARE(events->value.size(), JtelFixtureEvents);
    QSignalSpy renewed(connections.eceSession(), &Authenticator::renewed);
    connections.eceSession()->renew();
    QVERIFY(renewed.wait(ServerTimeoutMs));
    QSignalSpy loggedOut(connections.eceSession(), &EceSessionAuthenticator::loggedOut);
    connections.eceSession()->logout();
    QVERIFY(loggedOut.wait(ServerTimeoutMs));

    // a second click reuses the running server
    const qint64 pid = training->processId();
    const quint16 port = training->port();
    ProfileDialog again(training.get());
    QTest::mouseClick(child<QPushButton>(again, u"training"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(again.result() == QDialog::Accepted, TrainingTimeoutMs);
    QCOMPARE(training->processId(), pid);
    QCOMPARE(training->port(), port);

    training.reset();
    QVERIFY(!QFileInfo::exists(u"/proc/%1"_s.arg(pid)));
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    QVERIFY(!socket.waitForConnected(2000));
}

void TestProfileDialog::trainingServerThatCannotStartIsExplained()
{
    TrainingSandbox training;
    training.setProgram(u"/nonexistent/agentdesk-sandbox"_s);
    ProfileDialog dialog(&training);
    dialog.show();
    auto *button = child<QPushButton>(dialog, u"training"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), ServerTimeoutMs);
    QVERIFY(dialog.isVisible());
    QVERIFY2(bannerText(dialog).contains(u"/nonexistent/agentdesk-sandbox could not be started"_s),
             qPrintable(bannerText(dialog)));
    QVERIFY(ProfileStore().names().isEmpty());

    // the same object starts it once there is a program
    training.setProgram(TrainingSandbox::findProgram());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, TrainingTimeoutMs);
    QVERIFY(training.isRunning());
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
