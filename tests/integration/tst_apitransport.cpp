// The transport and the three sign-in methods against agentdesk-sandbox over loopback: the
// headers every call carries, retries for transient failures only, no blind resend of a write
// whose outcome is unknown, one re-login for any number of parked requests, OAuth client
// credentials and PKCE through the loopback redirect, and secrets kept out of the log.

#include "httpresult.h"
#include "sandboxprocess.h"

#include "api/acceptlanguage.h"
#include "api/apitransport.h"
#include "auth/ecesessionauthenticator.h"
#include "auth/loopbackredirectreceiver.h"
#include "auth/oauthauthenticator.h"
#include "auth/statictokenauthenticator.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Outcome
{
    std::optional<ApiResponse> response;
    std::optional<ApiError> error;
};

// follows a call from the moment it is sent: a call deletes itself once it has answered
std::shared_ptr<Outcome> track(ApiCall *call)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(call, &ApiCall::finished, [outcome](const ApiResponse &r) { outcome->response = r; });
    QObject::connect(call, &ApiCall::failed, [outcome](const ApiError &e) { outcome->error = e; });
    return outcome;
}

// waits for the answer (fine in a test; production code never waits)
Outcome wait(const std::shared_ptr<Outcome> &outcome)
{
    QDeadlineTimer deadline(20000);
    while (!outcome->response && !outcome->error && !deadline.hasExpired())
        QTest::qWait(5);
    return *outcome;
}

Outcome wait(ApiCall *call)
{
    return wait(track(call));
}

// a jtel callback create: not idempotent, like every create
ApiRequest callbackCreate(const QString &sender, const QString &subject)
{
    ApiRequest create;
    create.method = "POST";
    create.path = u"/acd/events/create"_s;
    create.body = QJsonDocument(QJsonObject{{u"AcdEventTypesID"_s, 3},
                                            {u"AcdGroupsID"_s, 513},
                                            {u"Sender"_s, sender},
                                            {u"Subject"_s, subject}})
                      .toJson(QJsonDocument::Compact);
    create.idempotent = false;
    return create;
}

ApiRequest get(const QString &path)
{
    ApiRequest request;
    request.path = path;
    return request;
}

// the request log spans the whole run: each test looks only at what came after its start
qsizetype logStart = 0;

QList<QJsonObject> entriesFor(const SandboxProcess &sandbox, const QString &pathPart)
{
    QList<QJsonObject> found;
    for (const QJsonObject &entry : sandbox.requestLog().mid(logStart)) {
        if (entry.value(u"path"_s).toString().contains(pathPart))
            found.append(entry);
    }
    return found;
}

QString headerOf(const QJsonObject &entry, const QString &name)
{
    const QJsonObject headers = entry.value(u"headers"_s).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value().toString();
    }
    return {};
}

QStringList capturedLog;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog.append(message);
}

} // namespace

class TestApiTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void sendsTheDocumentedHeaders();
    void mapsTheUiLanguageToASupportedLocale_data();
    void mapsTheUiLanguageToASupportedLocale();
    void retriesTransientFailures();
    void neverRetriesAPermanentFailure();
    void doesNotResendAWriteWhoseOutcomeIsUnknown();
    void doesNotResendAWriteWhoseAnswerHeadersWereCutOff();
    void resendsAWriteTheServerRefusedBeforeActing();
    void relogsInOnceWhileOtherRequestsWait();
    void wrongPasswordFailsEveryWaitingRequest();
    void offersForceLoginWhenTheSessionLimitIsReached();
    void logoutEndsTheSession();
    void clientCredentialsTokenIsRenewedAfterExpiry();
    void pkceSignInThroughTheLoopbackRedirect();
    void loopbackReceiverAcceptsOnlyTheExpectedState();
    void jtelRefusedTokenIsNotRetried();
    void unreachableServerIsATransientNetworkError();
    void slowServerIsATimeout();
    void untrustedCertificateIsRefusedUnlessTheProfileTrustsIt();
    void unreadableCaBundleIsAConfigurationError();
    void secretsNeverReachTheLog();

private:
    std::unique_ptr<ApiTransport> transport(const QString &basePath, int maxAttempts = 4);
    // the sandbox's API client application, asking for `scope`
    OAuthSettings clientCredentials(const QString &scope) const;

    std::unique_ptr<SandboxProcess> m_sandbox;
    QNetworkAccessManager m_network;
};

void TestApiTransport::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
}

void TestApiTransport::init()
{
    QVERIFY(m_sandbox->reset());
    QVERIFY(m_sandbox->setFaults(
        {{u"failRate"_s, 0}, {u"dropRate"_s, 0}, {u"expireSessionsAfter"_s, 0}}));
    logStart = m_sandbox->requestLog().size();
}

std::unique_ptr<ApiTransport> TestApiTransport::transport(const QString &basePath, int maxAttempts)
{
    TransportSettings settings;
    settings.baseUrl = m_sandbox->url(basePath);
    settings.backoffBaseMs = 20; // keep retries quick; the policy itself is what is tested
    settings.maxAttempts = maxAttempts;
    return std::make_unique<ApiTransport>(&m_network, settings);
}

OAuthSettings TestApiTransport::clientCredentials(const QString &scope) const
{
    OAuthSettings settings;
    settings.flow = OAuthSettings::Flow::ClientCredentials;
    settings.tokenUrl = m_sandbox->url(u"/system/auth/SANDBOX-U/oauth2/token"_s);
    settings.clientId = u"agentdesk-integration"_s;
    settings.scope = scope;
    return settings;
}

void TestApiTransport::sendsTheDocumentedHeaders()
{
    auto ece = transport(u"/system"_s);
    ece->setAcceptLanguage(AcceptLanguage::forLocale(QLocale(u"de_AT"_s)));
    EceSessionAuthenticator session(ece.get(), u"lena.fischer"_s);
    session.setPassword(u"sandbox"_s);
    ece->setAuthenticator(&session);

    ApiCall *call = ece->send(get(u"/ws/v12/interaction/activity/81001"_s));
    const QByteArray requestId = call->requestId();
    const Outcome outcome = wait(call);
    QVERIFY(outcome.response);
    QCOMPARE(outcome.response->status, 200);

    const QList<QJsonObject> reads = entriesFor(*m_sandbox, u"/interaction/activity/81001"_s);
    QCOMPARE(reads.size(), 1);
    QCOMPARE(headerOf(reads.first(), u"Accept"_s), u"application/json"_s);
    QCOMPARE(headerOf(reads.first(), u"Accept-Language"_s), u"de-DE"_s);
    QCOMPARE(headerOf(reads.first(), u"X-Request-ID"_s), QString::fromLatin1(requestId));
    QVERIFY(!headerOf(reads.first(), u"X-egain-session"_s).isEmpty());

    const QList<QJsonObject> logins = entriesFor(*m_sandbox, u"/authentication/user/login"_s);
    QCOMPARE(logins.size(), 1);
    QCOMPARE(headerOf(logins.first(), u"Content-Type"_s), u"application/json"_s);
    QCOMPARE(QJsonDocument::fromJson(logins.first().value(u"body"_s).toString().toUtf8())
                 .object()
                 .value(u"userName"_s)
                 .toString(),
             u"lena.fischer"_s);
}

void TestApiTransport::mapsTheUiLanguageToASupportedLocale_data()
{
    QTest::addColumn<QString>("uiLocale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exact match de-DE") << u"de_DE"_s << u"de-DE"_s;
    QTest::newRow("Austrian German to de-DE") << u"de_AT"_s << u"de-DE"_s;
    QTest::newRow("Canadian French is its own") << u"fr_CA"_s << u"fr-CA"_s;
    QTest::newRow("Belgian French to fr-FR") << u"fr_BE"_s << u"fr-FR"_s;
    QTest::newRow("Portugal keeps pt-PT") << u"pt_PT"_s << u"pt-PT"_s;
    QTest::newRow("Angolan Portuguese to pt-BR") << u"pt_AO"_s << u"pt-BR"_s;
    QTest::newRow("British English to en-US") << u"en_GB"_s << u"en-US"_s;
    QTest::newRow("Mexican Spanish to es-ES") << u"es_MX"_s << u"es-ES"_s;
    QTest::newRow("unsupported Turkish falls back to en-US") << u"tr_TR"_s << u"en-US"_s;
    QTest::newRow("C locale falls back to en-US") << u"C"_s << u"en-US"_s;
}

void TestApiTransport::mapsTheUiLanguageToASupportedLocale()
{
    QFETCH(QString, uiLocale);
    QFETCH(QString, expected);
    const QString language = AcceptLanguage::forLocale(QLocale(uiLocale));
    QCOMPARE(language, expected);
    QVERIFY(AcceptLanguage::supported().contains(language));

    // the server accepts it (an unsupported value would be 406)
    auto jtel = transport(u"/rest/v1.0/1234"_s);
    jtel->setAcceptLanguage(language);
    StaticTokenAuthenticator token(u"sandbox-jtel-token"_s, jtel->host());
    jtel->setAuthenticator(&token);
    auto v3 = transport(QString());
    v3->setAcceptLanguage(language);
    OAuthAuthenticator oauth(v3.get(), clientCredentials(u"app.core.casemgr.read"_s));
    oauth.setClientSecret(u"sandbox-client-secret"_s);
    v3->setAuthenticator(&oauth);
    const Outcome outcome = wait(v3->send(get(u"/core/casemgr/v3/activity/81001"_s)));
    QVERIFY2(outcome.response, outcome.error ? qPrintable(outcome.error->message()) : "");
    QCOMPARE(outcome.response->status, 200);
}

void TestApiTransport::retriesTransientFailures()
{
    auto jtel = transport(u"/rest/v1.0/1234"_s);
    StaticTokenAuthenticator token(u"sandbox-jtel-token"_s, jtel->host());
    jtel->setAuthenticator(&token);
    QVERIFY(m_sandbox->setFaults({{u"failNext"_s, 2}}));

    ApiCall *call = jtel->send(get(u"/acd/events/event/88001"_s));
    const QByteArray requestId = call->requestId();
    const Outcome outcome = wait(call);
    QVERIFY(outcome.response);
    QCOMPARE(outcome.response->status, 200);

    // two injected 503s, then the answer: three attempts under one request id
    const QList<QJsonObject> attempts = entriesFor(*m_sandbox, u"/acd/events/event/88001"_s);
    QCOMPARE(attempts.size(), 3);
    QCOMPARE(attempts.at(0).value(u"status"_s).toInt(), 503);
    QCOMPARE(attempts.at(1).value(u"status"_s).toInt(), 503);
    QCOMPARE(attempts.at(2).value(u"status"_s).toInt(), 200);
    for (const QJsonObject &attempt : attempts)
        QCOMPARE(headerOf(attempt, u"X-Request-ID"_s), QString::fromLatin1(requestId));
}

void TestApiTransport::neverRetriesAPermanentFailure()
{
    auto ece = transport(u"/system"_s);
    EceSessionAuthenticator session(ece.get(), u"lena.fischer"_s);
    session.setPassword(u"sandbox"_s);
    ece->setAuthenticator(&session);

    const Outcome outcome = wait(ece->send(get(u"/ws/v12/interaction/activity/99999"_s)));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ApiError::Kind::Http);
    QCOMPARE(outcome.error->httpStatus, 404);
    QCOMPARE(outcome.error->serverCode, u"404-101"_s);
    QVERIFY(outcome.error->isPermanent());
    QVERIFY(outcome.error->message().contains(u"404-101"_s));
    QCOMPARE(entriesFor(*m_sandbox, u"/interaction/activity/99999"_s).size(), 1);
}

void TestApiTransport::doesNotResendAWriteWhoseOutcomeIsUnknown()
{
    auto jtel = transport(u"/rest/v1.0/1234"_s);
    StaticTokenAuthenticator token(u"sandbox-jtel-token"_s, jtel->host());
    jtel->setAuthenticator(&token);
    QVERIFY(m_sandbox->setFaults({{u"dropNext"_s, 1}}));

    const Outcome outcome = wait(jtel->send(callbackCreate(u"4922199900077"_s, u"dropped answer"_s)));
    QVERIFY(outcome.error);
    QVERIFY(outcome.error->transient);
    QVERIFY(outcome.error->outcomeUnknown);
    // sent once; the server did act on it, which is exactly why it must not be sent blindly again
    QCOMPARE(entriesFor(*m_sandbox, u"/acd/events/create"_s).size(), 1);
    const HttpResult list = sendRequest("GET", m_sandbox->url(u"/rest/v1.0/1234/acd/events"_s),
                                        {{"Authorization", "Bearer sandbox-jtel-token"}});
    qsizetype matching = 0;
    for (const QJsonValue &record : list.object().value(u"records"_s).toArray())
        matching += record.toObject().value(u"Subject"_s).toString() == u"dropped answer"_s;
    QCOMPARE(matching, 1);
}

// An answer without a body (here ECE's 204 to a change case) is cut off in its headers. Qt's
// network stack would quietly send the request again, twice; the transport must not let it.
void TestApiTransport::doesNotResendAWriteWhoseAnswerHeadersWereCutOff()
{
    auto ece = transport(u"/system"_s);
    EceSessionAuthenticator session(ece.get(), u"lena.fischer"_s);
    session.setPassword(u"sandbox"_s);
    ece->setAuthenticator(&session);
    QVERIFY(wait(ece->send(get(u"/ws/v12/interaction/activity/81001"_s))).response);
    QVERIFY(m_sandbox->setFaults({{u"dropNext"_s, 1}}));

    ApiRequest move;
    move.method = "PUT";
    move.path = u"/ws/v12/interaction/activity/81001/changecase"_s;
    move.body = R"({"id":"70002"})";
    move.idempotent = false;
    const Outcome outcome = wait(ece->send(move));
    QVERIFY(outcome.error);
    QVERIFY(outcome.error->outcomeUnknown);
    QCOMPARE(entriesFor(*m_sandbox, u"/changecase"_s).size(), 1);
    QCOMPARE(entriesFor(*m_sandbox, u"/changecase"_s).first().value(u"status"_s).toInt(), 204);
}

void TestApiTransport::resendsAWriteTheServerRefusedBeforeActing()
{
    auto jtel = transport(u"/rest/v1.0/1234"_s);
    StaticTokenAuthenticator token(u"sandbox-jtel-token"_s, jtel->host());
    jtel->setAuthenticator(&token);
    QVERIFY(m_sandbox->setFaults({{u"failNext"_s, 1}}));

    const Outcome outcome = wait(jtel->send(callbackCreate(u"4922199900078"_s, u"503 first"_s)));
    QVERIFY2(outcome.response, outcome.error ? qPrintable(outcome.error->message()) : "");
    const QList<QJsonObject> attempts = entriesFor(*m_sandbox, u"/acd/events/create"_s);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.first().value(u"status"_s).toInt(), 503);
}

void TestApiTransport::relogsInOnceWhileOtherRequestsWait()
{
    // every session dies after three requests: the fourth of six parallel reads gets a 401
    QVERIFY(m_sandbox->setFaults({{u"expireSessionsAfter"_s, 3}}));
    auto ece = transport(u"/system"_s);
    EceSessionAuthenticator session(ece.get(), u"lena.fischer"_s);
    session.setPassword(u"sandbox"_s);
    ece->setAuthenticator(&session);

    QList<std::shared_ptr<Outcome>> calls;
    for (int i = 0; i < 6; ++i)
        calls.append(track(ece->send(get(u"/ws/v12/interaction/activity/8100%1"_s.arg(i + 1)))));
    int answered = 0;
    for (const auto &call : calls) {
        const Outcome outcome = wait(call);
        QVERIFY2(outcome.response, outcome.error ? qPrintable(outcome.error->message()) : "");
        answered += outcome.response->status == 200;
    }
    QCOMPARE(answered, 6);
    QCOMPARE(session.loginCount(), 2);
    QCOMPARE(entriesFor(*m_sandbox, u"/authentication/user/login"_s).size(), 2);
    int unauthorized = 0;
    for (const QJsonObject &entry : entriesFor(*m_sandbox, u"/interaction/activity/"_s))
        unauthorized += entry.value(u"status"_s).toInt() == 401;
    QCOMPARE(unauthorized, 3);
}

void TestApiTransport::wrongPasswordFailsEveryWaitingRequest()
{
    auto ece = transport(u"/system"_s);
    EceSessionAuthenticator session(ece.get(), u"lena.fischer"_s);
    session.setPassword(u"not the password"_s);
    ece->setAuthenticator(&session);
    QList<std::shared_ptr<Outcome>> calls;
    for (int i = 0; i < 3; ++i)
        calls.append(track(ece->send(get(u"/ws/v12/interaction/case/70001"_s))));
    for (const auto &call : calls) {
        const Outcome outcome = wait(call);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, ApiError::Kind::Authentication);
        QVERIFY(outcome.error->message().contains(u"wrong user name or password"_s));
    }
    QCOMPARE(entriesFor(*m_sandbox, u"/authentication/user/login"_s).size(), 1);
    QCOMPARE(entriesFor(*m_sandbox, u"/interaction/case/"_s).size(), 0);
}

void TestApiTransport::offersForceLoginWhenTheSessionLimitIsReached()
{
    auto ece = transport(u"/system"_s);
    std::vector<std::unique_ptr<EceSessionAuthenticator>> sessions;
    for (int i = 0; i < 5; ++i) {
        sessions.push_back(std::make_unique<EceSessionAuthenticator>(ece.get(), u"m.jansen"_s));
        sessions.back()->setPassword(u"sandbox"_s);
        QSignalSpy renewed(sessions.back().get(), &Authenticator::renewed);
        sessions.back()->renew();
        QVERIFY(renewed.wait());
    }
    EceSessionAuthenticator sixth(ece.get(), u"m.jansen"_s);
    sixth.setPassword(u"sandbox"_s);
    QSignalSpy refused(&sixth, &Authenticator::renewalFailed);
    sixth.renew();
    QVERIFY(refused.wait());
    const auto error = refused.first().first().value<ApiError>();
    QVERIFY(EceSessionAuthenticator::isSessionLimit(error));

    sixth.setForceLogin(true);
    QSignalSpy renewed(&sixth, &Authenticator::renewed);
    sixth.renew();
    QVERIFY(renewed.wait());
    const QList<QJsonObject> logins = entriesFor(*m_sandbox, u"/authentication/user/login"_s);
    QCOMPARE(logins.last().value(u"query"_s).toString(), u"forceLogin=yes"_s);
}

void TestApiTransport::logoutEndsTheSession()
{
    auto ece = transport(u"/system"_s);
    EceSessionAuthenticator session(ece.get(), u"lena.fischer"_s);
    session.setPassword(u"sandbox"_s);
    ece->setAuthenticator(&session);
    QVERIFY(wait(ece->send(get(u"/ws/v12/interaction/case/70001"_s))).response);
    const QString sessionId = headerOf(entriesFor(*m_sandbox, u"/interaction/case/70001"_s).last(),
                                       u"X-egain-session"_s);

    QSignalSpy loggedOut(&session, &EceSessionAuthenticator::loggedOut);
    session.logout();
    QVERIFY(loggedOut.wait());
    QCOMPARE(
        entriesFor(*m_sandbox, u"/authentication/user/logout"_s).last().value(u"status"_s).toInt(),
        204);
    const HttpResult stale
        = sendRequest("GET", m_sandbox->url(u"/system/ws/v12/interaction/case/70001"_s),
                      {{"X-egain-session", sessionId.toLatin1()}});
    QCOMPARE(stale.status, 401);
    QCOMPARE(stale.code(), u"401-101"_s);
}

void TestApiTransport::clientCredentialsTokenIsRenewedAfterExpiry()
{
    QVERIFY(m_sandbox->setFaults({{u"expireSessionsAfter"_s, 2}}));
    auto v3 = transport(QString());
    OAuthAuthenticator oauth(v3.get(), clientCredentials(u"https://api.egain.cloud/auth/app.core.casemgr.read"_s));
    oauth.setClientSecret(u"sandbox-client-secret"_s);
    v3->setAuthenticator(&oauth);
    for (int i = 0; i < 3; ++i) {
        const Outcome outcome = wait(v3->send(get(u"/core/casemgr/v3/case/70001"_s)));
        QVERIFY2(outcome.response, outcome.error ? qPrintable(outcome.error->message()) : "");
    }
    QCOMPARE(oauth.signInCount(), 2);
    const QList<QJsonObject> tokens = entriesFor(*m_sandbox, u"/oauth2/token"_s);
    QCOMPARE(tokens.size(), 2);
    QVERIFY(
        tokens.first().value(u"body"_s).toString().contains(u"grant_type=client_credentials"_s));
}

void TestApiTransport::pkceSignInThroughTheLoopbackRedirect()
{
    auto v3 = transport(QString());
    OAuthSettings settings;
    settings.flow = OAuthSettings::Flow::UserPkce;
    settings.authorizeUrl = m_sandbox->url(u"/system/auth/SANDBOX-U/oauth2/authorize"_s);
    settings.tokenUrl = m_sandbox->url(u"/system/auth/SANDBOX-U/oauth2/token"_s);
    settings.clientId = u"agentdesk-desktop"_s;
    settings.scope = u"core.casemgr.read core.casemgr.manage"_s;
    settings.loginHint = u"s.okafor"_s;
    OAuthAuthenticator oauth(v3.get(), settings);
    v3->setAuthenticator(&oauth);

    // the "browser": follow the authorize URL to the sandbox, then its redirect to our listener
    QUrl redirect;
    connect(&oauth, &OAuthAuthenticator::authorizationUrlReady, this, [&redirect](const QUrl &url) {
        const HttpResult authorize = sendRequest("GET", url);
        redirect = QUrl(QString::fromUtf8(authorize.header("Location")));
        sendRequest("GET", redirect);
    });
    const Outcome outcome = wait(v3->send(get(u"/core/casemgr/v3/activity/81001"_s)));
    QVERIFY2(outcome.response, outcome.error ? qPrintable(outcome.error->message()) : "");
    QCOMPARE(oauth.signInCount(), 1);
    QCOMPARE(redirect.host(), u"127.0.0.1"_s);
    QVERIFY(QUrlQuery(redirect).hasQueryItem(u"code"_s));

    const QList<QJsonObject> authorize = entriesFor(*m_sandbox, u"/oauth2/authorize"_s);
    QCOMPARE(authorize.size(), 1);
    const QUrlQuery sent(authorize.first().value(u"query"_s).toString());
    QCOMPARE(sent.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(sent.queryItemValue(u"code_challenge"_s).size(), 43);
    // the listener took exactly one redirect and closed
    const HttpResult again = sendRequest("GET", redirect);
    QCOMPARE(again.status, 0);
    QCOMPARE(again.error, QNetworkReply::ConnectionRefusedError);
}

void TestApiTransport::loopbackReceiverAcceptsOnlyTheExpectedState()
{
    LoopbackRedirectReceiver receiver;
    QVERIFY(receiver.listen(u"expected-state"_s));
    QCOMPARE(receiver.redirectUri().host(), u"127.0.0.1"_s);
    QSignalSpy received(&receiver, &LoopbackRedirectReceiver::received);

    QUrl forged = receiver.redirectUri();
    forged.setQuery(u"code=stolen&state=other"_s);
    QCOMPARE(sendRequest("GET", forged).status, 400);
    QVERIFY(receiver.isListening());
    QCOMPARE(received.size(), 0);

    QUrl genuine = receiver.redirectUri();
    genuine.setQuery(u"code=abc&state=expected-state"_s);
    QCOMPARE(sendRequest("GET", genuine).status, 200);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<QUrlQuery>().queryItemValue(u"code"_s), u"abc"_s);
    QVERIFY(!receiver.isListening());
}

void TestApiTransport::jtelRefusedTokenIsNotRetried()
{
    auto jtel = transport(u"/rest/v1.0/1234"_s);
    StaticTokenAuthenticator token(u"revoked-token"_s, jtel->host());
    jtel->setAuthenticator(&token);
    const Outcome outcome = wait(jtel->send(get(u"/acd/events/event/88001"_s)));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ApiError::Kind::Authentication);
    QVERIFY(outcome.error->message().contains(u"administrator"_s));
    QCOMPARE(entriesFor(*m_sandbox, u"/acd/events/event/88001"_s).size(), 1);
}

void TestApiTransport::secretsNeverReachTheLog()
{
    QLoggingCategory::setFilterRules(u"agentdesk.*=true"_s);
    capturedLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);

    auto ece = transport(u"/system"_s);
    EceSessionAuthenticator session(ece.get(), u"lena.fischer"_s);
    session.setPassword(u"sandbox"_s);
    ece->setAuthenticator(&session);
    const Outcome read = wait(ece->send(get(u"/ws/v12/interaction/case/70001"_s)));
    auto v3 = transport(QString());
    OAuthAuthenticator oauth(v3.get(), clientCredentials(u"app.core.casemgr.read"_s));
    oauth.setClientSecret(u"sandbox-client-secret"_s);
    v3->setAuthenticator(&oauth);
    const Outcome tokenRead = wait(v3->send(get(u"/core/casemgr/v3/case/70001"_s)));

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(read.response && tokenRead.response);

    const QString sessionId = headerOf(entriesFor(*m_sandbox, u"/interaction/case/70001"_s).last(),
                                       u"X-egain-session"_s);
    const QString bearer = headerOf(entriesFor(*m_sandbox, u"/core/casemgr/v3/case/70001"_s).last(),
                                    u"Authorization"_s)
                               .mid(int(qstrlen("Bearer ")));
    QVERIFY(!sessionId.isEmpty() && !bearer.isEmpty());
    const QString log = capturedLog.join(u'\n');
    QVERIFY2(log.contains(u"<redacted>"_s),
             "the debug log shows the headers, with secrets redacted");
    // the ECE password of the fixture users is "sandbox"
    for (const QString &secret : {sessionId, bearer, u"sandbox-client-secret"_s, u"sandbox"_s})
        QVERIFY2(!log.contains(secret), qPrintable(u"found in the log: "_s + secret));
}

void TestApiTransport::unreachableServerIsATransientNetworkError()
{
    TransportSettings settings;
    // a port nobody listens on: taken from a server that is closed again
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    settings.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    probe.close();
    settings.maxAttempts = 2;
    settings.backoffBaseMs = 10;
    ApiTransport unreachable(&m_network, settings);
    const Outcome outcome = wait(unreachable.send(get(u"/acd/events"_s)));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ApiError::Kind::Network);
    QVERIFY(outcome.error->transient);
    QVERIFY(!outcome.error->outcomeUnknown);
    QVERIFY(outcome.error->message().contains(settings.baseUrl.host()));
}

void TestApiTransport::slowServerIsATimeout()
{
    QVERIFY(m_sandbox->setFaults({{u"latencyMs"_s, 1500}}));
    TransportSettings settings;
    settings.baseUrl = m_sandbox->url(u"/rest/v1.0/1234"_s);
    settings.totalTimeoutMs = 300;
    settings.maxAttempts = 1;
    ApiTransport slow(&m_network, settings);
    StaticTokenAuthenticator token(u"sandbox-jtel-token"_s, slow.host());
    slow.setAuthenticator(&token);
    const Outcome outcome = wait(slow.send(get(u"/acd/events/event/88001"_s)));
    QVERIFY(m_sandbox->setFaults({{u"latencyMs"_s, 0}}));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ApiError::Kind::Timeout);
    QVERIFY(outcome.error->transient);
    // the request reached the server: had it been a write, its outcome would be unknown
    QVERIFY(outcome.error->outcomeUnknown);
}

void TestApiTransport::untrustedCertificateIsRefusedUnlessTheProfileTrustsIt()
{
    QTemporaryDir dir;
    const QString certificate = dir.filePath(u"cert.pem"_s);
    const QString key = dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
                                 u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                                 u"-keyout"_s, key, u"-out"_s, certificate});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    SandboxProcess tls({u"--tls-cert"_s, certificate, u"--tls-key"_s, key});
    QVERIFY2(tls.isRunning(), qPrintable(tls.errorString()));

    TransportSettings settings;
    settings.baseUrl = QUrl(u"https://127.0.0.1:%1/rest/v1.0/1234"_s.arg(tls.port()));
    ApiTransport untrusted(&m_network, settings);
    StaticTokenAuthenticator token(u"sandbox-jtel-token"_s, untrusted.host());
    untrusted.setAuthenticator(&token);
    const Outcome refused = wait(untrusted.send(get(u"/acd/events/event/88001"_s)));
    QVERIFY(refused.error);
    QCOMPARE(refused.error->kind, ApiError::Kind::Tls);
    QVERIFY(refused.error->isPermanent());
    const QString message = refused.error->message();
    QVERIFY2(message.contains(u"127.0.0.1:%1"_s.arg(tls.port())), qPrintable(message));
    QVERIFY2(message.contains(u"self signed"_s, Qt::CaseInsensitive) || message.contains(u"self-signed"_s, Qt::CaseInsensitive),
             qPrintable(message));

    settings.caBundlePath = certificate;
    ApiTransport trusting(&m_network, settings);
    StaticTokenAuthenticator sameToken(u"sandbox-jtel-token"_s, trusting.host());
    trusting.setAuthenticator(&sameToken);
    const Outcome accepted = wait(trusting.send(get(u"/acd/events/event/88001"_s)));
    QVERIFY2(accepted.response, accepted.error ? qPrintable(accepted.error->message()) : "");
    QCOMPARE(accepted.response->status, 200);
}

void TestApiTransport::unreadableCaBundleIsAConfigurationError()
{
    TransportSettings settings;
    settings.baseUrl = m_sandbox->url(u"/rest/v1.0/1234"_s);
    settings.caBundlePath = u"/nonexistent/ca.pem"_s;
    ApiTransport transport(&m_network, settings);
    const Outcome outcome = wait(transport.send(get(u"/acd/events/event/88001"_s)));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ApiError::Kind::Configuration);
    QVERIFY(outcome.error->message().contains(u"/nonexistent/ca.pem"_s));
    QCOMPARE(entriesFor(*m_sandbox, u"/acd/events"_s).size(), 0);
}

QTEST_GUILESS_MAIN(TestApiTransport)
#include "tst_apitransport.moc"
