#include "agentdeskctl/readcommands.h"

#include "agentdeskctl/output.h"
#include "agentdeskctl/records.h"
#include "agentdeskctl/serversession.h"
#include "api/casemanagerclient.h"
#include "api/jtelclient.h"
#include "core/commandline.h"

namespace {

// prints the records in the chosen format and ends the command
template<typename T, typename Row, typename Json>
void print(ServerSession *session, bool json, const ApiResult<QList<T>> &result,
           const QStringList &header, Row row, Json toJson)
{
    if (!result.ok()) {
        session->fail(*result.error);
        return;
    }
    Output::printRecords(json, result.value, header, row, toJson);
    session->finish(CommandLine::ExitOk);
}

} // namespace

ReadCommands::ReadCommands(ServerSession *session, bool json, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_json(json)
{
}

void ReadCommands::activitiesByIds(const QList<qint64> &ids)
{
    m_session->withSecrets([this, ids] {
        m_session->connections()->caseClient()->activitiesByIds(
            ids, [this](const ApiResult<QList<Activity>> &result) {
                print(m_session, m_json, result, Records::activityHeader(), Records::activityRow,
                      Records::activityJson);
            });
    });
}

void ReadCommands::searchActivities(const ActivityQuery &query)
{
    m_session->withSecrets([this, query] {
        m_session->connections()->caseClient()->searchActivities(
            query, [this](const ApiResult<QList<Activity>> &result) {
                print(m_session, m_json, result, Records::activityHeader(), Records::activityRow,
                      Records::activityJson);
            });
    });
}

void ReadCommands::cases(const QList<qint64> &ids)
{
    m_session->withSecrets([this, ids] {
        m_session->connections()->caseClient()->casesByIds(
            ids, [this](const ApiResult<QList<Case>> &result) {
                print(m_session, m_json, result, Records::caseHeader(), Records::caseRow,
                      Records::caseJson);
            });
    });
}

void ReadCommands::events(std::optional<qint64> id)
{
    m_session->withSecrets([this, id] {
        JtelClient *jtel = m_session->connections()->jtelClient();
        const auto done = [this](const ApiResult<QList<AcdEvent>> &result) {
            print(m_session, m_json, result, Records::eventHeader(), Records::eventRow,
                  Records::eventJson);
        };
        if (!id) {
            jtel->listEvents(done);
            return;
        }
        jtel->event(*id, [done](const ApiResult<AcdEvent> &result) {
            done(result.ok() ? ApiResult<QList<AcdEvent>>::success({result.value})
                             : ApiResult<QList<AcdEvent>>::failure(*result.error));
        });
    });
}

void ReadCommands::subtypes()
{
    m_session->withSecrets([this] {
        m_session->connections()->caseClient()->calltrackSubtypes(
            [this](const ApiResult<QList<CalltrackSubtype>> &result) {
                print(m_session, m_json, result, Records::subtypeHeader(), Records::subtypeRow,
                      Records::subtypeJson);
            });
    });
}
