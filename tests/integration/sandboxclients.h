#pragma once

#include "sandboxprocess.h"

#include "api/apiresult.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class CaseManagerClient;
class JtelClient;

// AgentDesk's own API clients, signed in to a sandbox the way each dialect signs in: an ECE
// session as the user, an eGain v3 user token through PKCE (the sandbox approves at once), the
// jtel token. They live until clear() or the end of this object.
class SandboxClients
{
public:
    explicit SandboxClients(const SandboxProcess &sandbox);
    ~SandboxClients();

    // dialect: "v3" or "v12"
    CaseManagerClient *caseClient(const QString &dialect, const QString &user = QStringLiteral("s.okafor"));
    JtelClient *jtelClient(const QString &token = QStringLiteral("sandbox-jtel-token"));
    QNetworkAccessManager *network() { return &m_network; }
    void clear();

private:
    const SandboxProcess &m_sandbox;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<QObject>> m_owned;
};

// Runs an asynchronous client call to its end (20 s at most) on the test's event loop.
template<typename T>
ApiResult<T> await(const std::function<void(const ApiCallback<T> &)> &start)
{
    std::optional<ApiResult<T>> result;
    start([&result](const ApiResult<T> &r) { result = r; });
    QDeadlineTimer deadline(20000);
    while (!result && !deadline.hasExpired())
        QTest::qWait(5);
    return result.value_or(ApiResult<T>::failure(ApiError{}));
}

// The event count the jtel list reports, read with plain HTTP.
int serverEventCount(const SandboxProcess &sandbox);
