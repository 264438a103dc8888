#pragma once

#include "malformedreply.h"
#include "sandboxexchange.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <memory>
#include <vector>

class DataStore;
class AuthRegistry;
class QTcpSocket;

struct FaultSettings
{
    double failRate = 0;
    double dropRate = 0;
    int latencyMs = 0;
    int failNext = 0;
    // the status of an injected failure: 503 (with Retry-After) by default; a refusal such as
    // 403 lets a test see what a client does when the server says no rather than "later"
    int failStatus = 503;
    int dropNext = 0;
    // the next request gets this malformed answer (MalformedReply::Kind); empty: none
    QString malformNext;
    int slowlorisIntervalMs = 2000;
    // failNext/dropNext/malformNext count only requests whose method and path match, e.g.
    // "PUT .*/changecase"
    QString nextFaultFilter;
};

struct SandboxOptions
{
    quint32 seed = 1;
    int scale = 1;
    int bulkCaseActivities = 0; // --bulk-case N: DataStore::seedBulkCase
    QString logFile;
    FaultSettings faults;
    int expireSessionsAfter = 0;
    int jtelClientsId = 1234;
    QString jtelToken = QStringLiteral("sandbox-jtel-token");
    // gzip answers when Accept-Encoding allows it (--no-compress: never)
    bool compress = true;
};

// Routes every request itself (rather than through QHttpServer's router) so that one place
// applies what must hold for all of them: fault injection, latency, the request log, and
// answers that QHttpServer 6.4 cannot give (405, a connection dropped mid-response).
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    quint16 start(quint16 port);
    void reseed();

    void addRoute(QHttpServerRequest::Method method, const QString &pattern, SandboxHandler handler);

    DataStore &store() { return *m_store; }
    AuthRegistry &auth() { return *m_auth; }
    const SandboxOptions &options() const { return m_options; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Fault { None, Fail, Drop, Malform };
    struct Route
    {
        QHttpServerRequest::Method method;
        QRegularExpression pattern;
        SandboxHandler handler;
    };

    SandboxReply route(SandboxRequest &request) const;
    SandboxReply control(const SandboxRequest &request);
    Fault nextFault(const SandboxRequest &request);
    SandboxReply encoded(const SandboxRequest &request, SandboxReply reply) const;
    void deliver(QTcpSocket *socket, const SandboxRequest &parsed, SandboxReply reply, Fault fault);
    void deliverMalformed(QTcpSocket *socket, const SandboxRequest &parsed, SandboxReply reply,
                          MalformedReply::Kind kind);
    // sent: the answer as it goes on the wire (its coding and body size are logged); null for
    // a streamed answer
    void writeLog(const SandboxRequest &request, int status, const QString &fault,
                  const SandboxReply *sent);

    SandboxOptions m_options;
    std::unique_ptr<DataStore> m_store;
    std::unique_ptr<AuthRegistry> m_auth;
    std::vector<Route> m_routes;
    QRandomGenerator m_faultRandom;
    QFile m_log;
    quint16 m_port = 0;
};
