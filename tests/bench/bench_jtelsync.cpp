// The jtel sync data path: decoding the full AcdEvents list (there is no paging in the API) at
// 10k and 100k events, against QJsonDocument + QDateTime::fromString decoding the same fields.
// The list comes from agentdesk-sandbox --scale N, fetched once before timing.

#include "api/acdeventdecoder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray fetchEventList(int scale)
{
    QProcess sandbox;
    sandbox.start(QStringLiteral(AGENTDESK_SANDBOX_BIN), {u"--port"_s, u"0"_s, u"--scale"_s, QString::number(scale)});
    if (!sandbox.waitForReadyRead(120'000))
        qFatal("agentdesk-sandbox did not start");
    const QByteArray port = sandbox.readLine().trimmed();
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/rest/v1.0/1234/acd/events"_s.arg(QString::fromLatin1(port))));
    request.setRawHeader("Authorization", "Bearer sandbox-jtel-token");
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    delete reply;
    sandbox.kill();
    sandbox.waitForFinished();
    return body;
}

// the naive way: what a Qt developer writes first
qsizetype decodeNaively(const QByteArray &body)
{
    const QJsonArray records = QJsonDocument::fromJson(body).object().value(u"records"_s).toArray();
    QList<AcdEvent> events;
    events.reserve(records.size());
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        AcdEvent event;
        event.id = record.value(u"ID"_s).toInteger();
        event.typeId = record.value(u"AcdEventTypesID"_s).toInt();
        event.statusId = record.value(u"AcdEventStatusID"_s).toInt();
        if (!record.value(u"AcdGroupsID"_s).isNull())
            event.groupId = record.value(u"AcdGroupsID"_s).toInteger();
        if (!record.value(u"UsersID"_s).isNull())
            event.usersId = record.value(u"UsersID"_s).toInteger();
        event.sender = record.value(u"Sender"_s).toString();
        event.receiver = record.value(u"Receiver"_s).toString();
        event.subject = record.value(u"Subject"_s).toString();
        event.createdMsecs = QDateTime::fromString(record.value(u"dtCreated"_s).toString(), Qt::ISODateWithMs)
                                 .toMSecsSinceEpoch();
        event.priority = record.value(u"nPriority"_s).toInt();
        event.json = QJsonDocument(record).toJson(QJsonDocument::Compact);
        events.append(event);
    }
    return events.size();
}

template<typename Work>
double medianMs(int runs, Work work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = 5;
    std::printf("%-34s %9s %9s %14s %14s %8s\n", "path", "records", "MB", "AgentDesk ms", "naive Qt ms", "ratio");
    for (const int scale : {34, 334}) {
        const QByteArray body = fetchEventList(scale);
        qsizetype decoded = 0;
        const double ours = medianMs(runs, [&] { decoded = AcdEventDecoder::decodeList(body).events.size(); });
        qsizetype naive = 0;
        const double baseline = medianMs(runs, [&] { naive = decodeNaively(body); });
        if (decoded != naive)
            qFatal("the two decoders disagree: %lld vs %lld records", qint64(decoded), qint64(naive));
        std::printf("%-34s %9lld %9.1f %14.1f %14.1f %7.2fx\n", "jtel event list: parse + decode", qint64(decoded),
                    double(body.size()) / 1e6, ours, baseline, baseline / ours);
    }
    return 0;
}
