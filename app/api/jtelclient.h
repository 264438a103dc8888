#pragma once

#include "api/apiresult.h"
#include "domain/acdevent.h"
#include "domain/callbackdraft.h"

#include <QObject>

class ApiTransport;

// Typed calls of the jtel ACD REST API, AcdEvents functions: list all events, get one, create
// one. Knows nothing of caches or views. The transport's base URL includes the ClientsID.
class JtelClient : public QObject
{
    Q_OBJECT
public:
    explicit JtelClient(ApiTransport *transport, QObject *parent = nullptr);

    ApiTransport *transport() const { return m_transport; }

    // GET {baseURL}/acd/events: every event of the account (no paging exists); decoded off the
    // calling thread because the list can reach 150 MB
    void listEvents(const ApiCallback<QList<AcdEvent>> &done);
    // GET {baseURL}/acd/events/event/{id}
    void event(qint64 id, const ApiCallback<AcdEvent> &done);
    // POST {baseURL}/acd/events/create
    void createEvent(const CallbackDraft &draft, const ApiCallback<CallbackOutcome> &done);

    static QByteArray createBody(const CallbackDraft &draft);

private:
    ApiTransport *m_transport;
};
