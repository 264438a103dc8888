#pragma once

#include "sandboxexchange.h"

#include <memory>
#include <optional>

class SandboxServer;
class DataStore;
struct JtelEvent;

// jtel ACD portal REST API, AcdEvents functions: list, get one, create (with the group
// de-duplication answer Result_ = "UPDATED").
class JtelApi
{
public:
    explicit JtelApi(SandboxServer &server);

private:
    SandboxReply serve(const SandboxRequest &request, const SandboxHandler &handler) const;
    SandboxReply list(const SandboxRequest &request) const;
    SandboxReply event(const SandboxRequest &request) const;
    SandboxReply create(const SandboxRequest &request);
    QByteArray recordJson(const JtelEvent &event, bool updated = false) const;

    SandboxServer &m_server;
    DataStore &m_store;

    // The list as last rendered, and its gzip form once the server made it, until the events
    // change: at 100k events rendering takes longer than the client's whole sync, and a
    // benchmark must time the client.
    struct ListMemo
    {
        quint64 revision = 0;
        QByteArray body;
        std::shared_ptr<QByteArray> gzip;
    };
    mutable std::optional<ListMemo> m_listMemo;
};
