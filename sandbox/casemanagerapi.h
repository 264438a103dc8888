#pragma once

#include "sandboxexchange.h"

#include <QJsonObject>
#include <QSet>

#include <functional>
#include <optional>

class SandboxServer;
class DataStore;
struct Actor;
struct Activity;
struct Case;

// The case and activity part of eGain Case Manager v3 (OAuth bearer tokens) and of Cisco ECE
// Interaction v12 (login sessions). Both dialects share their rules and differ in paths,
// authentication and a few parameter names, so one class serves either. Its calls live in one
// file per resource, as the client's are split (casemanageractivities.cpp, casemanagercases.cpp,
// casemanagercalltrack.cpp, casemanagerchangecase.cpp, casemanagertransfer.cpp,
// casemanagerattributes.cpp); what they share on the wire is in casemanagerwire.h.
class CaseManagerApi
{
public:
    enum class Dialect { EgainV3, EceV12 };
    // the four operations of egain-transfer-pick.md, which share one path of checks
    enum class Reassignment { ToUser, ToQueue, ToDepartment, Pick };
    CaseManagerApi(SandboxServer &server, Dialect dialect);

private:
    // casemanagerapi.cpp: routes, authentication and the headers every call shares
    using Handler = std::function<SandboxReply(const Actor &)>;
    SandboxReply serve(const SandboxRequest &request, const Handler &handler);
    SandboxReply login(const SandboxRequest &request);
    SandboxReply logout(const SandboxRequest &request);
    QJsonObject userJson(int userId) const;
    QString href(const QString &resource, qint64 id) const;
    bool visible(const Actor &actor, int department) const;

    // casemanageractivities.cpp
    SandboxReply activitiesByIds(const SandboxRequest &request, const Actor &actor);
    SandboxReply searchActivities(const SandboxRequest &request, const Actor &actor);
    QJsonObject activityJson(const Activity &activity, const QSet<QString> &extras) const;

    // casemanagercases.cpp
    SandboxReply casesByIds(const SandboxRequest &request, const Actor &actor);
    SandboxReply searchCases(const SandboxRequest &request, const Actor &actor);
    QJsonObject caseJson(const Case &c, const QSet<QString> &extras) const;
    qint64 createCase(const Case &prototype);

    // casemanagercalltrack.cpp
    SandboxReply createCalltrack(const SandboxRequest &request, const Actor &actor);
    std::optional<SandboxReply> validateCalltrack(const QJsonObject &body, bool anonymous,
                                                  const Actor &actor, Activity *draft) const;

    // casemanagerchangecase.cpp
    SandboxReply changeCase(const SandboxRequest &request, const Actor &actor);
    std::optional<SandboxReply> validateNewCase(const QJsonObject &body) const;

    // casemanagertransfer.cpp
    SandboxReply transferActivities(const SandboxRequest &request, const Actor &actor);
    SandboxReply pickActivities(const SandboxRequest &request, const Actor &actor);
    SandboxReply reassign(const SandboxRequest &request, const Actor &actor, Reassignment kind,
                          int target, bool unpin);

    // casemanagerattributes.cpp
    SandboxReply attributes(const SandboxRequest &request);
    std::optional<SandboxReply> validateCustomAttributes(const QJsonValue &value, bool forCase,
                                                         const QString &rule) const;

    SandboxServer &m_server;
    DataStore &m_store;
    Dialect m_dialect;
    QString m_prefix;
};
