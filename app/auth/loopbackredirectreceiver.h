#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

// RFC 8252 §7.3: receives the OAuth redirect on http://127.0.0.1:<free port>/callback. Binds to
// the IPv4 loopback address only, accepts exactly one redirect carrying the expected state,
// answers it with a short page, and closes. Anything else gets a 400 and is forgotten.
class LoopbackRedirectReceiver : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRedirectReceiver(QObject *parent = nullptr);
    ~LoopbackRedirectReceiver() override;

    // false when no loopback port could be opened
    bool listen(const QString &expectedState, int timeoutMs = 5 * 60 * 1000);
    QUrl redirectUri() const;
    bool isListening() const;

Q_SIGNALS:
    // the redirect's query: code, or error and error_description
    void received(const QUrlQuery &parameters);
    void timedOut();

private:
    void handle(QTcpSocket *socket);
    void close();

    QTcpServer *m_server;
    QTimer m_timeout;
    QString m_state;
};
