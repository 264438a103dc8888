// The bulk writes: 1,000 open activities of one case moved to a new case, and the same 1,000
// transferred to a user, each against the same HTTP requests sent by curl, in the same run and
// against the same sandbox:
//  - AgentDesk: ChangeCaseController (ECE v12 as lena.fischer, as the training profile) or
//    ReassignController (as the supervisor s.okafor) + OutboxDispatcher of a ProfileSession,
//    with the 1,000 activities and their case in the cache, as when they are selected in the
//    window. Timed from submit() to finished(): validation, 14 durable outbox entries of at most
//    75 ids, the PUT requests, the effects read back into the cache;
//  - curl: the PUT …/changecase (…/activity/transfer) requests AgentDesk sent in its last run,
//  taken from the
//    sandbox's request log with their bodies and headers (a fresh session header), one curl
//    process per request, in sequence. For reference also every API request of that run
//    (the PUTs and the read-backs) replayed the same way.
// Each run starts from POST /_sandbox/reset and a signed-in client, so a session login is in
// neither figure. The case comes from agentdesk-sandbox --bulk-case N (sandbox/README.md).
//
// bench_changecase [--activities N] [--runs N] [--operation changecase|transfer|both]
//                  [--log FILE]   (FILE: keep the sandbox's request log)

#include "benchsandbox.h"

#include "api/casemanagerclient.h"
#include "auth/credentialstore.h"
#include "auth/ecesessionauthenticator.h"
#include "auth/serverconnections.h"
#include "cache/activitystore.h"
#include "cache/casestore.h"
#include "controllers/changecasecontroller.h"
#include "controllers/reassigncontroller.h"
#include "session/profilesession.h"
#include "sync/outboxpayload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 BulkCaseId = 70009;       // sandbox/README.md: --bulk-case
constexpr qint64 FirstBulkActivity = 9'000'001;
const QString Password = u"sandbox"_s;
// sandbox/README.md: the transfer's target, a user of the bulk case's department
constexpr qint64 TransferTarget = 1009;

enum class Bulk { ChangeCase, Transfer };

// the agent moves between cases; transferring takes the supervisor's permission
QString userOf(Bulk bulk)
{
    return bulk == Bulk::ChangeCase ? u"lena.fischer"_s : u"s.okafor"_s;
}

QString putSuffix(Bulk bulk)
{
    return bulk == Bulk::ChangeCase ? u"/changecase"_s : u"/activity/transfer"_s;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// the sandbox's --log file, one JSON object per request
QList<QJsonObject> requestLog(const QString &path)
{
    QList<QJsonObject> lines;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        }
    }
    return lines;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

template<typename T>
ApiResult<T> await(const std::function<void(const ApiCallback<T> &)> &start)
{
    std::optional<ApiResult<T>> result;
    QEventLoop loop;
    start([&](const ApiResult<T> &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

// The profile's cache as the window would have it: the selected activities and their case.
void fillCache(ProfileSession &session, const QList<qint64> &ids)
{
    CaseManagerClient *client = session.connections()->caseClient();
    const auto activities = await<QList<Activity>>(
        [&](const auto &done) { client->activitiesByIds(ids, done); });
    const auto cases
        = await<QList<Case>>([&](const auto &done) { client->casesByIds({BulkCaseId}, done); });
    if (!activities.ok() || activities.value.size() != ids.size() || !cases.ok())
        qFatal("cannot read the bulk case from the sandbox");
    if (ActivityStore(session.database()).upsert(activities.value)
        || CaseStore(session.database()).upsert(cases.value))
        qFatal("cannot fill the cache");
}

struct OurRun
{
    double ms = 0;
    qsizetype fromLogLine = 0; // this run's requests in the sandbox's log
    qsizetype toLogLine = 0;
    qsizetype entries = 0;
};

OurRun runOurs(Bulk bulk, const QString &logPath, QNetworkAccessManager &network,
               const Profile &profile, const QList<qint64> &ids, const QString &cacheFile)
{
    CredentialStore credentials; // not used: the password is set in memory, not in a keychain
    ServerConnections connections(profile, &credentials, &network);
    connections.eceSession()->setPassword(Password);
    ProfileSession session(&connections, cacheFile);
    if (session.open())
        qFatal("cannot open the cache");
    fillCache(session, ids); // signs in, too
    ChangeCaseController changeCase(session.database(), session.dispatcher(), profile.name);
    ReassignController transfer(session.database(), session.dispatcher(), profile.name,
                                profile.userName);
    OperationController *controller
        = bulk == Bulk::ChangeCase ? static_cast<OperationController *>(&changeCase) : &transfer;
    ChangeCaseRequest move;
    move.activityIds = ids;
    move.newCase.subject = u"Outage: split off in bulk"_s;
    move.newCase.severity = u"high"_s;
    ReassignRequest handOver;
    handOver.operation = ReassignRequest::Operation::TransferToUser;
    handOver.targetId = TransferTarget;
    for (qint64 id : ids)
        handOver.activities.append({id, 0});
    ReassignValidator::Context context;
    context.eceDialect = true;

    std::optional<OperationOutcome> outcome;
    QEventLoop loop;
    QObject::connect(controller, &OperationController::finished, &loop,
                     [&](const OperationOutcome &o) {
                         outcome = o;
                         loop.quit();
                     });
    OurRun run;
    run.fromLogLine = requestLog(logPath).size();
    QElapsedTimer timer;
    timer.start();
    if (bulk == Bulk::ChangeCase)
        changeCase.submit(move);
    else
        transfer.submit(handOver, context);
    if (!outcome)
        loop.exec();
    run.ms = msSince(timer);
    run.toLogLine = requestLog(logPath).size();
    if (outcome->status != OperationOutcome::Status::Applied)
        qFatal("the bulk write was not applied: %s", qPrintable(outcome->message));
    run.entries = outcome->entryIds.size();
    // the effects are in the cache: every activity in the new case, or with its new assignee
    const qint64 newCase
        = bulk == Bulk::ChangeCase ? OutboxPayload::changeCaseResult(outcome->result)->caseId : 0;
    const auto cached = ActivityStore(session.database()).byIds(ids);
    if (cached.value.size() != ids.size()
        || std::any_of(cached.value.cbegin(), cached.value.cend(), [&](const Activity &a) {
               return bulk == Bulk::ChangeCase ? a.caseId != newCase
                                               : a.assignedUserId != TransferTarget;
           }))
        qFatal("the cache does not show the write");
    return run;
}

// One curl process per request, in sequence; the session header is the fresh one.
struct CurlRun
{
    double ms = 0;
    int requests = 0;
};
CurlRun runCurl(const BenchSandbox &sandbox, const QList<QJsonObject> &requests,
                const QByteArray &session, const QString &directory)
{
    // the bodies in files, written before timing
    QStringList bodyFiles;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QByteArray body = requests.at(i).value(u"body"_s).toString().toUtf8();
        QString path;
        if (!body.isEmpty()) {
            path = u"%1/body-%2"_s.arg(directory).arg(i);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
                qFatal("cannot write %s", qPrintable(path));
        }
        bodyFiles.append(path);
    }
    QList<QStringList> commands;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QJsonObject request = requests.at(i);
        QUrl url(sandbox.baseUrl());
        url.setPath(request.value(u"path"_s).toString());
        const QString query = request.value(u"query"_s).toString();
        if (!query.isEmpty())
            url.setQuery(query);
        QStringList arguments = {u"-sS"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s,
                                 u"-X"_s, request.value(u"method"_s).toString(),
                                 url.toString(QUrl::FullyEncoded)};
        const QJsonObject headers = request.value(u"headers"_s).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            const QString name = it.key().toLower();
            // what curl writes itself
            if (name == u"host" || name == u"content-length" || name == u"connection")
                continue;
            const QString value = name == u"x-egain-session" ? QString::fromLatin1(session)
                                                              : it.value().toString();
            arguments << u"-H"_s << it.key() + u": "_s + value;
        }
        if (!bodyFiles.at(i).isEmpty())
            arguments << u"--data-binary"_s << u'@' + bodyFiles.at(i);
        commands.append(arguments);
    }
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    QList<QByteArray> answers;
    QElapsedTimer timer;
    timer.start();
    for (const QStringList &arguments : std::as_const(commands)) {
        QProcess process;
        process.start(curl, arguments);
        if (!process.waitForFinished(30'000) || process.exitCode() != 0)
            qFatal("curl failed: %s", process.readAllStandardError().constData());
        answers.append(process.readAllStandardOutput());
    }
    CurlRun run{msSince(timer), int(commands.size())};
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const int status = answers.at(i).toInt();
        if (status < 200 || status >= 300)
            qFatal("curl got HTTP %d for %s %s", status,
                   qPrintable(requests.at(i).value(u"method"_s).toString()),
                   qPrintable(requests.at(i).value(u"path"_s).toString().left(80)));
    }
    return run;
}

QByteArray resetAndLogIn(const BenchSandbox &sandbox, QNetworkAccessManager &network,
                         const QString &userName)
{
    if (!benchReset(sandbox, network))
        qFatal("cannot reset the sandbox");
    const BenchReply login = benchSend(
        network,
        QNetworkRequest(QUrl(sandbox.baseUrl() + u"/system/ws/v12/authentication/user/login"_s)),
        "POST",
        QJsonDocument(QJsonObject {{u"userName"_s, userName}, {u"password"_s, Password}})
            .toJson(QJsonDocument::Compact));
    const QByteArray session = login.header("X-egain-session");
    if (session.isEmpty())
        qFatal("cannot log in with curl's session: HTTP %d", login.status);
    return session;
}

// Both sides of one bulk write, alternately, runs times; prints the table and RESULT lines.
void measure(Bulk bulk, const BenchSandbox &sandbox, const QString &logPath,
             const QList<qint64> &ids, int runs, const QTemporaryDir &directory)
{
    QNetworkAccessManager network;
    Profile profile;
    profile.name = u"bench"_s;
    profile.caseDialect = Profile::CaseDialect::EceV12;
    profile.caseBaseUrl = QUrl(sandbox.baseUrl() + u"/system"_s);
    profile.userName = userOf(bulk);
    const int count = int(ids.size());
    const QString what
        = bulk == Bulk::ChangeCase ? u"bulk change case"_s : u"bulk transfer to a user"_s;

    // alternately, so that both sides meet the same load on the machine
    QList<double> ours;
    QList<double> curlPuts;
    QList<double> curlAll;
    QList<QJsonObject> puts;
    QList<QJsonObject> all;
    qsizetype entries = 0;
    for (int run = 0; run < runs; ++run) {
        // a reset ends every session: this one is unused
        resetAndLogIn(sandbox, network, profile.userName);
        const OurRun our
            = runOurs(bulk, logPath, network, profile, ids,
                      directory.filePath(u"cache-%1-%2.sqlite"_s.arg(int(bulk)).arg(run)));
        ours.append(our.ms);
        entries = our.entries;
        all = requestLog(logPath).mid(our.fromLogLine, our.toLogLine - our.fromLogLine);
        // the sign-in of a run happened before timing; a logout after it is not part of it
        all.removeIf([](const QJsonObject &line) {
            return line.value(u"path"_s).toString().contains(u"/authentication/"_s);
        });
        puts.clear();
        for (const QJsonObject &line : std::as_const(all)) {
            if (line.value(u"method"_s) == u"PUT"_s
                && line.value(u"path"_s).toString().endsWith(putSuffix(bulk)))
                puts.append(line);
        }
        if (puts.size() != entries)
            qFatal("%lld write requests for %lld outbox entries", qint64(puts.size()),
                   qint64(entries));

        QByteArray session = resetAndLogIn(sandbox, network, profile.userName);
        curlPuts.append(runCurl(sandbox, puts, session, directory.path()).ms);
        session = resetAndLogIn(sandbox, network, profile.userName);
        curlAll.append(runCurl(sandbox, all, session, directory.path()).ms);
    }

    QMap<QString, int> kinds;
    for (const QJsonObject &line : std::as_const(all)) {
        QString path = line.value(u"path"_s).toString();
        path.replace(QRegularExpression(u"/[0-9][0-9,]*"_s), u"/{ids}"_s);
        ++kinds[line.value(u"method"_s).toString() + u' ' + path];
    }
    const double ourMs = median(ours);
    const double putsMs = median(curlPuts);
    const double allMs = median(curlAll);
    const auto list = [](const QList<double> &values) {
        QStringList parts;
        for (double v : values)
            parts.append(QString::number(v, 'f', 0));
        return parts.join(u' ');
    };
    std::printf("== bench_changecase: %s, %d activities of case %lld, ECE v12 as %s, median of "
                "%d runs\n",
                qPrintable(what), count, BulkCaseId, qPrintable(profile.userName), runs);
    std::printf("%-58s %12s %10s\n", "what", "median ms", "ratio");
    std::printf("%-58s %12.0f %10s   runs: %s\n", "AgentDesk: controller + outbox + dispatcher",
                ourMs, "", qPrintable(list(ours)));
    std::printf("%-58s %12.0f %9.2fx   runs: %s\n",
                qPrintable(u"curl: the %1 PUT …%2 requests, one process each"_s.arg(puts.size())
                               .arg(putSuffix(bulk))),
                putsMs, ourMs / putsMs, qPrintable(list(curlPuts)));
    std::printf("%-58s %12.0f %9.2fx   runs: %s\n",
                qPrintable(u"curl: all %1 API requests AgentDesk sent"_s.arg(all.size())), allMs,
                ourMs / allMs, qPrintable(list(curlAll)));
    std::printf("AgentDesk's requests in one run (sign-in excluded):");
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        std::printf(" %d× %s;", it.value(), qPrintable(it.key()));
    std::printf("\n%lld outbox entries\n", qint64(entries));
    // RESULT path|AgentDesk|baseline|unit|what the baseline is|target|verdict
    std::printf("RESULT %s, %d activities|%.0f|%.0f|ms|curl, the same %lld PUT "
                "requests, 1 process each|<= 1.2x curl|%s\n",
                qPrintable(what), count, ourMs, putsMs, qint64(puts.size()),
                ourMs <= 1.2 * putsMs ? "met" : "MISSED");
    std::printf("RESULT %s, %d activities, vs every request AgentDesk sent|%.0f|%.0f|"
                "ms|curl, all %lld API requests of AgentDesk's run (PUTs and read-backs), 1 "
                "process each|<= 1.2x curl|%s\n",
                qPrintable(what), count, ourMs, allMs, qint64(all.size()),
                ourMs <= 1.2 * allMs ? "met" : "MISSED");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption activitiesOption(u"activities"_s, u"activities to move"_s, u"N"_s,
                                              u"1000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"runs of each side"_s, u"N"_s, u"5"_s);
    const QCommandLineOption operationOption(
        u"operation"_s, u"changecase, transfer or both (the default)"_s, u"NAME"_s, u"both"_s);
    const QCommandLineOption logOption(u"log"_s, u"keep the sandbox's request log in FILE"_s,
                                       u"FILE"_s);
    parser.addOptions({activitiesOption, runsOption, operationOption, logOption});
    parser.process(app);
    const int count = parser.value(activitiesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString operation = parser.value(operationOption);
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
        qFatal("curl is needed for the baseline (apt-get install curl)");

    QTemporaryDir directory;
    const QString logPath = parser.isSet(logOption) ? parser.value(logOption)
                                                    : directory.filePath(u"requests.jsonl"_s);
    QFile::remove(logPath);
    const BenchSandbox sandbox({u"--bulk-case"_s, QString::number(count), u"--log"_s, logPath});
    QList<qint64> ids;
    for (qint64 id = FirstBulkActivity; id < FirstBulkActivity + count; ++id)
        ids.append(id);
    if (operation != u"transfer")
        measure(Bulk::ChangeCase, sandbox, logPath, ids, runs, directory);
    if (operation != u"changecase")
        measure(Bulk::Transfer, sandbox, logPath, ids, runs, directory);
    return 0;
}
