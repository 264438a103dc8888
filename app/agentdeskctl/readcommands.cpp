#include "agentdeskctl/readcommands.h"

#include "agentdeskctl/output.h"
#include "agentdeskctl/records.h"
#include "agentdeskctl/serversession.h"
#include "api/casemanagerclient.h"
#include "api/jtelclient.h"
#include "auth/oauthauthenticator.h"
#include "core/commandline.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

ApiError notSignedIn(const Profile &profile, const QString &detail)
{
    ApiError error;
    error.kind = ApiError::Kind::Authentication;
    error.host = profile.caseBaseUrl.host();
    error.detail = detail;
    return error;
}

// prints the records in the chosen format and ends the command
template<typename T, typename Row, typename Json>
void print(ServerSession *session, bool json, const ApiResult<QList<T>> &result,
           const QStringList &header, Row row, Json toJson)
{
    if (!result.ok()) {
        session->fail(*result.error);
        return;
    }
    if (json) {
        QJsonArray records;
        for (const T &record : result.value)
            records.append(toJson(record));
        Output::printJson(records);
    } else {
        QList<QStringList> rows;
        rows.reserve(result.value.size());
        for (const T &record : result.value)
            rows.append(row(record));
        Output::printTable(header, rows);
    }
    session->finish(CommandLine::ExitOk);
}

} // namespace

ReadCommands::ReadCommands(ServerSession *session, bool json, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_json(json)
{
}

void ReadCommands::withSecrets(const std::function<void()> &call)
{
    m_session->connections()->loadSecrets([this, call](const QString &error) {
        if (!error.isEmpty()) {
            m_session->fail(CommandLine::ExitFailure, error);
            return;
        }
        const Profile &profile = m_session->profile();
        OAuthAuthenticator *oauth = m_session->connections()->oauth();
        if (oauth && profile.oauthFlow == Profile::OAuthFlow::UserPkce) {
            const QString signIn
                = QCoreApplication::translate(
                      "agentdeskctl",
                      "not signed in, or the sign-in has expired; run agentdeskctl "
                      "login --profile %1")
                      .arg(profile.name);
            if (!oauth->hasCredentials()) {
                m_session->fail(notSignedIn(profile, signIn));
                return;
            }
            // a token refused mid-run would open a browser sign-in nobody is there to finish
            connect(oauth, &OAuthAuthenticator::authorizationUrlReady, this,
                    [this, profile, signIn] { m_session->fail(notSignedIn(profile, signIn)); });
        }
        call();
    });
}

void ReadCommands::activitiesByIds(const QList<qint64> &ids)
{
    withSecrets([this, ids] {
        m_session->connections()->caseClient()->activitiesByIds(
            ids, [this](const ApiResult<QList<Activity>> &result) {
                print(m_session, m_json, result, Records::activityHeader(), Records::activityRow,
                      Records::activityJson);
            });
    });
}

void ReadCommands::searchActivities(const ActivityQuery &query)
{
    withSecrets([this, query] {
        m_session->connections()->caseClient()->searchActivities(
            query, [this](const ApiResult<QList<Activity>> &result) {
                print(m_session, m_json, result, Records::activityHeader(), Records::activityRow,
                      Records::activityJson);
            });
    });
}

void ReadCommands::cases(const QList<qint64> &ids)
{
    withSecrets([this, ids] {
        m_session->connections()->caseClient()->casesByIds(
            ids, [this](const ApiResult<QList<Case>> &result) {
                print(m_session, m_json, result, Records::caseHeader(), Records::caseRow,
                      Records::caseJson);
            });
    });
}

void ReadCommands::events(std::optional<qint64> id)
{
    withSecrets([this, id] {
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
    withSecrets([this] {
        m_session->connections()->caseClient()->calltrackSubtypes(
            [this](const ApiResult<QList<CalltrackSubtype>> &result) {
                print(m_session, m_json, result, Records::subtypeHeader(), Records::subtypeRow,
                      Records::subtypeJson);
            });
    });
}
