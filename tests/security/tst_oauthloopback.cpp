// The OAuth loopback redirect (RFC 8252 §7.3, §8.1): the listener binds to 127.0.0.1 only,
// refuses every redirect without the expected state (and stays open for the right one), takes
// exactly one, closes afterwards and on its timeout. The whole PKCE sign-in against the sandbox:
// a forged redirect does not complete it, the real one does, a replay finds the port closed —
// and neither the code verifier nor the code nor the token reaches a log line, at any level.

#include "apiauth.h"
#include "sandboxprocess.h"

#include "api/apitransport.h"
#include "auth/loopbackredirectreceiver.h"
#include "auth/oauthauthenticator.h"
#include "core/logging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedMessages.append(QString::fromLatin1(context.category ? context.category : "default")
                            + u": "_s + message);
}

// The sockets listening on port, as "tcp <address>" / "tcp6 <address>" in /proc/net's hex form
// (0100007F is 127.0.0.1, 00000000 is 0.0.0.0, 000…000 is ::)
QStringList listeningSockets(quint16 port)
{
    QStringList sockets;
    for (const QString &table : {u"tcp"_s, u"tcp6"_s}) {
        QFile file(u"/proc/net/"_s + table);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        file.readLine(); // the header
        while (!file.atEnd()) {
            const QStringList fields
                = QString::fromLatin1(file.readLine()).simplified().split(u' ');
            if (fields.size() < 4 || fields.at(3) != u"0A") // 0A: LISTEN
                continue;
            const QStringList local = fields.at(1).split(u':');
            if (local.size() == 2 && local.at(1).toUInt(nullptr, 16) == port)
                sockets.append(table + u' ' + local.at(0));
        }
    }
    return sockets;
}

struct RawAnswer
{
    bool connected = false;
    QByteArray bytes;
};

// One HTTP request as a browser sends it, on a fresh connection; the event loop keeps running so
// that a receiver in this thread can answer.
RawAnswer sendRaw(const QHostAddress &host, quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    (void)QTest::qWaitFor(
        [&] {
            return socket.state() == QAbstractSocket::ConnectedState
                || socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    RawAnswer answer;
    if (socket.state() != QAbstractSocket::ConnectedState)
        return answer;
    answer.connected = true;
    socket.write(request);
    (void)QTest::qWaitFor(
        [&] {
            answer.bytes += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    answer.bytes += socket.readAll();
    return answer;
}

// whether anything accepts a connection there
bool canConnect(const QHostAddress &host, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    (void)QTest::qWaitFor(
        [&] {
            return socket.state() == QAbstractSocket::ConnectedState
                || socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    const bool connected = socket.state() == QAbstractSocket::ConnectedState;
    socket.abort();
    return connected;
}

RawAnswer redirect(quint16 port, const QString &pathAndQuery)
{
    return sendRaw(QHostAddress::LocalHost, port,
                   "GET " + pathAndQuery.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1:"
                       + QByteArray::number(port) + "\r\nConnection: close\r\n\r\n");
}

// the receiver may close before the browser read its page (a reset): then nothing is checked
bool answeredWith(const RawAnswer &answer, const QByteArray &status)
{
    return answer.bytes.isEmpty() || answer.bytes.startsWith("HTTP/1.1 " + status);
}

QString decodedFormField(const QString &body, const QString &name)
{
    for (const QString &pair : body.split(u'&')) {
        if (pair.startsWith(name + u'='))
            return QUrl::fromPercentEncoding(
                pair.mid(name.size() + 1).replace(u'+', u' ').toUtf8());
    }
    return {};
}

} // namespace

class TestOAuthLoopback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void listensOnIpv4LoopbackOnly();
    void wrongRedirectsAreRefusedAndTheListenerStaysOpen_data();
    void wrongRedirectsAreRefusedAndTheListenerStaysOpen();
    void acceptsExactlyOneRedirectThenCloses();
    void closesWhenNobodySignsInInTime();

    void forgedRedirectDoesNotCompleteTheSignIn();
    void verifierCodeAndTokenNeverReachALog();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_logDir;
    // from the sign-in of forgedRedirectDoesNotCompleteTheSignIn
    QString m_verifier;
    QString m_code;
    QString m_token;
};

void TestOAuthLoopback::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    QVERIFY(m_logDir.isValid());
    // every agentdesk category at every level, as QT_LOGGING_RULES="agentdesk.*=true" would
    qInstallMessageHandler(captureMessage);
    QVERIFY(Logging::installFileLog(u"agentdesk"_s, m_logDir.path()));
    QLoggingCategory::setFilterRules(u"agentdesk.*=true"_s);
}

void TestOAuthLoopback::listensOnIpv4LoopbackOnly()
{
    LoopbackRedirectReceiver receiver;
    QVERIFY(receiver.listen(u"state-1"_s));
    const QUrl uri = receiver.redirectUri();
    QCOMPARE(uri.scheme(), u"http"_s);
    QCOMPARE(uri.host(), u"127.0.0.1"_s);
    QCOMPARE(uri.path(), u"/callback"_s);
    const auto port = quint16(uri.port());

    // exactly one listening socket on that port, on 127.0.0.1: not 0.0.0.0, not ::, not ::1
    if (QFile::exists(u"/proc/net/tcp"_s))
        QCOMPARE(listeningSockets(port), QStringList {u"tcp 0100007F"_s});

    // and nothing answers on the other addresses of this machine
    QVERIFY(canConnect(QHostAddress::LocalHost, port));
    QVERIFY(!canConnect(QHostAddress::LocalHostIPv6, port));
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        QVERIFY2(!canConnect(address, port), qPrintable(address.toString()));
    }
}

void TestOAuthLoopback::wrongRedirectsAreRefusedAndTheListenerStaysOpen_data()
{
    QTest::addColumn<QByteArray>("requestLine");
    QTest::newRow("another state") << QByteArray("GET /callback?code=c1&state=other-state");
    QTest::newRow("no state") << QByteArray("GET /callback?code=c1");
    QTest::newRow("empty state") << QByteArray("GET /callback?code=c1&state=");
    QTest::newRow("state with a suffix") << QByteArray("GET /callback?code=c1&state=expected-sx");
    QTest::newRow("state as a prefix") << QByteArray("GET /callback?code=c1&state=expected");
    QTest::newRow("another path") << QByteArray("GET /other?code=c1&state=expected-s");
    QTest::newRow("POST") << QByteArray("POST /callback?code=c1&state=expected-s");
    QTest::newRow("not HTTP") << QByteArray("HELLO");
}

void TestOAuthLoopback::wrongRedirectsAreRefusedAndTheListenerStaysOpen()
{
    QFETCH(QByteArray, requestLine);
    LoopbackRedirectReceiver receiver;
    QSignalSpy received(&receiver, &LoopbackRedirectReceiver::received);
    QVERIFY(receiver.listen(u"expected-s"_s));
    const auto port = quint16(receiver.redirectUri().port());

    const RawAnswer refused
        = sendRaw(QHostAddress::LocalHost, port, requestLine + " HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(refused.connected);
    QVERIFY2(answeredWith(refused, "400"), refused.bytes.constData());
    QTest::qWait(100);
    QCOMPARE(received.count(), 0);
    QVERIFY(receiver.isListening());

    // the right redirect still gets through afterwards
    const RawAnswer right = redirect(port, u"/callback?code=c2&state=expected-s"_s);
    QVERIFY(right.connected);
    QVERIFY2(answeredWith(right, "200"), right.bytes.constData());
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).value<QUrlQuery>().queryItemValue(u"code"_s), u"c2"_s);
}

void TestOAuthLoopback::acceptsExactlyOneRedirectThenCloses()
{
    LoopbackRedirectReceiver receiver;
    QSignalSpy received(&receiver, &LoopbackRedirectReceiver::received);
    QVERIFY(receiver.listen(u"st-1"_s));
    const auto port = quint16(receiver.redirectUri().port());

    QVERIFY(redirect(port, u"/callback?code=first&state=st-1"_s).connected);
    QCOMPARE(received.count(), 1);
    QVERIFY(!receiver.isListening());
    if (QFile::exists(u"/proc/net/tcp"_s))
        QCOMPARE(listeningSockets(port), QStringList());

    // the same redirect again (a replay, or a second tab): the port is closed
    QVERIFY(!redirect(port, u"/callback?code=second&state=st-1"_s).connected);
    QTest::qWait(100);
    QCOMPARE(received.count(), 1);
}

void TestOAuthLoopback::closesWhenNobodySignsInInTime()
{
    LoopbackRedirectReceiver receiver;
    QSignalSpy timedOut(&receiver, &LoopbackRedirectReceiver::timedOut);
    QSignalSpy received(&receiver, &LoopbackRedirectReceiver::received);
    QVERIFY(receiver.listen(u"st-2"_s, 200));
    const auto port = quint16(receiver.redirectUri().port());
    QTRY_COMPARE_WITH_TIMEOUT(timedOut.count(), 1, 5000);
    QVERIFY(!receiver.isListening());
    QVERIFY(!redirect(port, u"/callback?code=late&state=st-2"_s).connected);
    QCOMPARE(received.count(), 0);
}

void TestOAuthLoopback::forgedRedirectDoesNotCompleteTheSignIn()
{
    QNetworkAccessManager network;
    TransportSettings transportSettings;
    transportSettings.baseUrl = m_sandbox->baseUrl();
    ApiTransport transport(&network, transportSettings);
    OAuthSettings settings;
    settings.flow = OAuthSettings::Flow::UserPkce;
    settings.authorizeUrl = m_sandbox->url(QLatin1StringView(ApiAuth::authorizePath));
    settings.tokenUrl = m_sandbox->url(QLatin1StringView(ApiAuth::tokenPath));
    settings.clientId = QLatin1StringView(ApiAuth::desktopClient);
    settings.scope = QLatin1StringView(ApiAuth::delegatedScopes);
    settings.loginHint = u"m.jansen"_s;
    OAuthAuthenticator oauth(&transport, settings);
    transport.setAuthenticator(&oauth);
    QSignalSpy urlReady(&oauth, &OAuthAuthenticator::authorizationUrlReady);
    QSignalSpy renewed(&oauth, &Authenticator::renewed);
    QSignalSpy failed(&oauth, &Authenticator::renewalFailed);
    QSignalSpy issued(&oauth, &OAuthAuthenticator::accessTokenIssued);

    const qsizetype logStart = m_sandbox->requestLog().size();
    oauth.renew();
    QTRY_COMPARE_WITH_TIMEOUT(urlReady.count(), 1, 10'000);
    const QUrl authorize = urlReady.at(0).at(0).toUrl();
    QString redirectUri
        = QUrlQuery(authorize).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
    while (!redirectUri.startsWith(u"http://"_s) && redirectUri.contains(u'%'))
        redirectUri = QUrl::fromPercentEncoding(redirectUri.toUtf8());
    const QUrl listener(redirectUri);
    QCOMPARE(listener.host(), u"127.0.0.1"_s);
    const auto port = quint16(listener.port());
    const QString state = QUrlQuery(authorize).queryItemValue(u"state"_s, QUrl::FullyDecoded);
    QVERIFY(state.size() >= 32); // 24 random bytes

    // a page elsewhere in the browser sends a code of its own, without the state
    const RawAnswer forged = redirect(port, u"/callback?code=forged-code&state=guess"_s);
    QVERIFY(forged.connected);
    QVERIFY2(answeredWith(forged, "400"), forged.bytes.constData());
    QTest::qWait(300);
    QCOMPARE(renewed.count(), 0);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!oauth.hasCredentials());
    for (const QJsonObject &entry : m_sandbox->requestLog().mid(logStart))
        QVERIFY2(!entry.value(u"path"_s).toString().contains(u"/oauth2/token"_s),
                 "a forged redirect reached the token endpoint");

    // the real browser: the sandbox approves and redirects to the listener, which is still open
    const HttpResult approval = sendRequest("GET", authorize);
    COMPARE_STATUS(approval, 302);
    const QUrl location = QUrl::fromEncoded(approval.header("Location"));
    QCOMPARE(location.port(), int(port));
    m_code = QUrlQuery(location).queryItemValue(u"code"_s, QUrl::FullyDecoded);
    QVERIFY(!m_code.isEmpty());
    const QString pathAndQuery = QString::fromUtf8(
        location.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment));
    QVERIFY(redirect(port, pathAndQuery).connected);
    QTRY_COMPARE_WITH_TIMEOUT(renewed.count(), 1, 10'000);
    QCOMPARE(failed.count(), 0);
    QVERIFY(oauth.hasCredentials());
    QCOMPARE(issued.count(), 1);
    m_token = issued.at(0).at(0).toString();

    // the one token request carried the verifier whose challenge the browser saw
    int tokenRequests = 0;
    for (const QJsonObject &entry : m_sandbox->requestLog().mid(logStart)) {
        if (!entry.value(u"path"_s).toString().contains(u"/oauth2/token"_s))
            continue;
        ++tokenRequests;
        m_verifier = decodedFormField(entry.value(u"body"_s).toString(), u"code_verifier"_s);
    }
    QCOMPARE(tokenRequests, 1);
    QVERIFY(m_verifier.size() >= 43);
    QCOMPARE(QString::fromLatin1(
                 QCryptographicHash::hash(m_verifier.toLatin1(), QCryptographicHash::Sha256)
                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
             QUrlQuery(authorize).queryItemValue(u"code_challenge"_s));

    // a replay of the redirect finds the port closed
    QVERIFY(!redirect(port, pathAndQuery).connected);
    QTest::qWait(100);
    QCOMPARE(renewed.count(), 1);
}

void TestOAuthLoopback::verifierCodeAndTokenNeverReachALog()
{
    QVERIFY2(!m_verifier.isEmpty(), "needs the sign-in of the test before");
    QFile file(Logging::filePath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString fileText = QString::fromUtf8(file.readAll());
    const QString messages = capturedMessages.join(u'\n');
    // every level was on: the transport's debug lines are there
    QVERIFY2(messages.contains(u"agentdesk.api: "_s) && messages.contains(u" headers "_s),
             qPrintable(messages));
    QVERIFY(fileText.contains(u"debug agentdesk.api: "_s));
    QVERIFY(fileText.contains(u"OAuth token received"_s));
    for (const QString &secret : {m_verifier, m_code, m_token}) {
        for (const QString &form : {secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)),
                                    QString::fromLatin1(secret.toUtf8().toBase64())}) {
            QVERIFY2(!messages.contains(form), qPrintable(u"in a log message: "_s + form));
            QVERIFY2(!fileText.contains(form), qPrintable(u"in the log file: "_s + form));
        }
    }
}

QTEST_GUILESS_MAIN(TestOAuthLoopback)
#include "tst_oauthloopback.moc"
