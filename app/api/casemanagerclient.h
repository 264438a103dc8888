#pragma once

#include "api/apiresult.h"
#include "api/reassignroutes.h"
#include "domain/activity.h"
#include "domain/activityquery.h"
#include "domain/calltrackdraft.h"
#include "domain/calltracksubtype.h"
#include "domain/casedata.h"
#include "domain/changecaserequest.h"
#include "domain/reassignrequest.h"

#include <QObject>
#include <QUrlQuery>

class ApiTransport;
struct ApiRequest;
struct ApiResponse;

// Typed calls of the eGain case-management API. eGain Case Manager v3 and Cisco ECE v12 share
// their model and rules and differ in paths, a few parameter names and authentication (which
// the transport's authenticator carries); EgainV3Client and EceV12Client fill those in.
// Callbacks run at most once, on the thread of the client, and never after it is destroyed.
class CaseManagerClient : public QObject
{
    Q_OBJECT
public:
    // eGain v3 §8, ECE v12 §5.2 P7 and §7: at most 75 IDs per request
    static constexpr int MaxIdsPerRequest = 75;
    // reads of more than 75 records go out this many requests at a time (QNetworkAccessManager
    // opens up to six connections per server)
    static constexpr int ParallelReads = 4;

    ApiTransport *transport() const { return m_transport; }

    // any number of IDs: split into requests of 75, answered together in ID order. arrived
    // (optional) gets each request's records as soon as they are decoded, in any order, before
    // done: a caller can store them while the server still answers the others.
    void activitiesByIds(const QList<qint64> &ids, const ApiCallback<QList<Activity>> &done,
                         const std::function<void(const QList<Activity> &)> &arrived = {});
    // every page (75 per request) of the matches, with all attributes
    void searchActivities(const ActivityQuery &query, const ApiCallback<QList<Activity>> &done);
    void casesByIds(const QList<qint64> &ids, const ApiCallback<QList<Case>> &done);
    void calltrackSubtypes(const ApiCallback<QList<CalltrackSubtype>> &done);
    // the new activity's id, from Location
    void createCalltrack(const CalltrackDraft &draft, const ApiCallback<qint64> &done);
    // at most 75 activities (split larger moves in the controller: the first request may
    // create the case the others move into)
    void changeCase(const ChangeCaseRequest &request, const ApiCallback<ChangeCaseOutcome> &done);

    // transfers or picks at most 75 activities (egain-transfer-pick.md); the server answers 204
    void reassign(const ReassignRequest &request, const ApiCallback<bool> &done);
    ReassignRoute reassignRoute(ReassignRequest::Operation operation) const
    {
        return ReassignRoute::of(dialect(), operation);
    }
    virtual ReassignRoute::Dialect dialect() const = 0;

    static QByteArray calltrackBody(const CalltrackDraft &draft);
    static QByteArray changeCaseBody(const ChangeCaseRequest &request);

protected:
    CaseManagerClient(ApiTransport *transport, QObject *parent);

    virtual QString activityPath() const = 0;  // ".../activity"
    virtual QString casePath() const = 0;      // ".../case"
    virtual QString calltrackPath() const = 0; // where calltracks are created
    virtual QUrlQuery searchParameters(const ActivityQuery &query) const = 0;

    static void addRange(QUrlQuery &query, const QString &name, qint64 fromMs, qint64 toMs);

private:
    template<typename T>
    using Decoder = std::function<ApiResult<T>(const ApiResponse &)>;
    template<typename T>
    void call(const ApiRequest &request, Decoder<T> decode, const ApiCallback<T> &done);
    // answered (optional) runs when the answer is in, before it is decoded
    template<typename T>
    void decodedElsewhere(const ApiRequest &request, Decoder<T> decode, const ApiCallback<T> &done,
                          const std::function<void()> &answered = {});
    template<typename T> using Arrived = std::function<void(const QList<T> &)>;
    template<typename T>
    void fetchByIds(const QString &path, const QList<qint64> &ids, Decoder<QList<T>> decode,
                    const ApiCallback<QList<T>> &done, const Arrived<T> &arrived = {});
    template<typename T>
    void fetchChunks(const QString &path, Decoder<QList<T>> decode, QList<QList<qint64>> chunks,
                     const ApiCallback<QList<T>> &done, const Arrived<T> &arrived);
    void searchPage(const QUrlQuery &query, int page, QList<Activity> collected,
                    const ApiCallback<QList<Activity>> &done);

    ApiTransport *m_transport;
};
