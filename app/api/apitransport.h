#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/authenticator.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

struct TransportSettings
{
    QUrl baseUrl;
    QString acceptLanguage = QStringLiteral("en-US");
    QString caBundlePath; // extra trusted CAs (PEM), added to the system's
    // The environment can change both timeouts without a rebuild (operators on slow links, and
    // tests that must not wait minutes): AGENTDESK_INACTIVITY_TIMEOUT_MS, AGENTDESK_TOTAL_TIMEOUT_MS.
    int inactivityTimeoutMs = 30'000; // nothing sent or received for this long
    // One attempt, however busy (the jtel list is large); also ends an answer that trickles in
    // a byte at a time, which the inactivity timeout never does.
    int totalTimeoutMs = 120'000;
    // Answers larger than this are refused as soon as Content-Length announces them, or when
    // this much has arrived, so a broken server cannot exhaust memory. A request can allow more
    // (ApiRequest::maxAnswerBytes: the jtel event list, 256 MiB).
    qint64 maxAnswerBytes = 64LL * 1024 * 1024;
    int maxAttempts = 4;
    int backoffBaseMs = 500;
    int backoffCapMs = 30'000;
};

// One server call from start to finished() or failed(); deletes itself afterwards.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    const ApiRequest &request() const { return m_request; }
    QByteArray requestId() const { return m_requestId; }

Q_SIGNALS:
    void finished(const ApiResponse &response);
    void failed(const ApiError &error);

private:
    friend class ApiTransport;
    explicit ApiCall(const ApiRequest &request, QObject *parent);

    ApiRequest m_request;
    QByteArray m_requestId;
    int m_attempt = 0;
    int m_credentialGeneration = -1;
    bool m_renewedFor401 = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    QList<QSslError> m_sslErrors;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_totalTimer = nullptr;
};

// The one way AgentDesk talks HTTP to a server: base URL, the documented headers, a request id
// on every call, timeouts, retries with back-off and jitter for transient failures only,
// never-ignored TLS errors, single-flight re-authentication with parked requests, and every
// failure turned into an ApiError. Logs through agentdesk.api with secrets redacted.
class ApiTransport : public QObject
{
    Q_OBJECT
public:
    ApiTransport(QNetworkAccessManager *network, const TransportSettings &settings, QObject *parent = nullptr);

    void setAuthenticator(Authenticator *authenticator);
    Authenticator *authenticator() const { return m_authenticator; }
    const TransportSettings &settings() const { return m_settings; }
    void setAcceptLanguage(const QString &language) { m_settings.acceptLanguage = language; }
    QString host() const;
    // the answer size limit of this request
    qint64 maxAnswerBytes(const ApiRequest &request) const;

    ApiCall *send(const ApiRequest &request);

    // the delay before attempt `attempt` (1 = first retry): exponential, capped, full jitter,
    // never shorter than the server's Retry-After
    static int backoffDelayMs(int attempt, int baseMs, int capMs, int retryAfterSeconds, double random);

private:
    void dispatch(ApiCall *call);
    void handleFinished(ApiCall *call, QNetworkReply *reply);
    void retryOrFail(ApiCall *call, const ApiError &error, int retryAfterSeconds);
    void park(ApiCall *call);
    void resendParked();
    void failParked(const ApiError &error);
    void complete(ApiCall *call, const ApiResponse &response);
    void fail(ApiCall *call, const ApiError &error);
    QUrl urlFor(const ApiRequest &request) const;

    QNetworkAccessManager *m_network;
    TransportSettings m_settings;
    QPointer<Authenticator> m_authenticator;
    QList<QPointer<ApiCall>> m_parked;
    bool m_caBundleLoaded = false;
    QString m_caBundleError;
};
