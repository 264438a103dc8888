#pragma once

#include "api/jtelendpoint.h"
#include "domain/acdevent.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

// Client of the jtel ACD REST API (shared/api/jtel-acd-events.md). It turns calls into HTTP
// requests and answers into AcdEvent values; it knows nothing of caches or views.
class JtelClient : public QObject
{
    Q_OBJECT

public:
    explicit JtelClient(QObject *parent = nullptr);
    ~JtelClient() override;

    void setEndpoint(const JtelEndpoint &endpoint);
    JtelEndpoint endpoint() const { return m_endpoint; }
    // "host:port" of the endpoint, for status lines
    QString serverName() const;

    // GET {baseUrl}/acd/events (§5.1). Emits eventsReceived() or failed() exactly once per
    // call; a call while one is running is answered together with it.
    void fetchEvents();
    bool isFetching() const { return !m_reply.isNull() || m_decoding; }

Q_SIGNALS:
    void eventsReceived(const QList<AcdEvent> &events);
    void failed(const QString &message);

private:
    void handleEventsReply(QNetworkReply *reply);
    void decodeEvents(const QByteArray &body);
    QString describeFailure(QNetworkReply *reply, const QByteArray &body) const;

    QNetworkAccessManager *m_network;
    JtelEndpoint m_endpoint;
    QPointer<QNetworkReply> m_reply;
    bool m_decoding = false;
};
