#pragma once

#include "sandboxexchange.h"

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
};
