#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <csignal>
#include <sys/prctl.h>

// agentdesk-sandbox (AGENTDESK_SANDBOX_BIN, set by tests/bench/CMakeLists.txt) on a free loopback
// port with the given options, for as long as this object lives.
class BenchSandbox
{
public:
    explicit BenchSandbox(const QStringList &options)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // ends with the bench, also when a qFatal() skips the destructor
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process.start(QStringLiteral(AGENTDESK_SANDBOX_BIN),
                        QStringList{QStringLiteral("--port"), QStringLiteral("0")} + options);
        if (!m_process.waitForReadyRead(120'000))
            qFatal("agentdesk-sandbox did not start");
        m_port = QString::fromLatin1(m_process.readLine().trimmed());
    }
    ~BenchSandbox()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    BenchSandbox(const BenchSandbox &) = delete;
    BenchSandbox &operator=(const BenchSandbox &) = delete;

    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:") + m_port; }
    QString jtelBaseUrl() const { return baseUrl() + QStringLiteral("/rest/v1.0/1234"); }

private:
    QProcess m_process;
    QString m_port;
};

struct BenchReply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// One request to its end on a local event loop (outside the timed parts).
inline BenchReply benchSend(QNetworkAccessManager &network, QNetworkRequest request,
                            const QByteArray &method, const QByteArray &body = {})
{
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    BenchReply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->readAll(), reply->error(), reply->rawHeaderPairs()};
    reply->deleteLater();
    return result;
}

// POST /_sandbox/reset: the seed again, every session and token ended
inline bool benchReset(const BenchSandbox &sandbox, QNetworkAccessManager &network)
{
    const int status
        = benchSend(network, QNetworkRequest(QUrl(sandbox.baseUrl() + QStringLiteral("/_sandbox/reset"))),
                    "POST")
              .status;
    return status >= 200 && status < 300;
}
