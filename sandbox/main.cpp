#include "casemanagerapi.h"
#include "jtelapi.h"
#include "oauthapi.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << "agentdesk-sandbox: " << message << '\n';
    std::exit(2);
}

double fraction(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        fail(u"--%1 must be a number from 0 to 1"_s.arg(name));
    return value;
}

int count(const QCommandLineParser &parser, const QString &name, int minimum)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum)
        fail(u"--%1 must be an integer of at least %2"_s.arg(name).arg(minimum));
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"agentdesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(AGENTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Local eGain Case Manager v3, Cisco ECE Interaction v12 and jtel ACD server with demo data "
        "and fault injection, for training, demos and tests. Listens on 127.0.0.1 only; the first "
        "line printed is the port."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"port"_s, u"Port on 127.0.0.1; 0 picks a free one."_s, u"N"_s, u"0"_s},
        {u"seed"_s, u"Seed of the demo-data generator."_s, u"N"_s, u"1"_s},
        {u"scale"_s, u"Seed N times the base volume of demo data."_s, u"N"_s, u"1"_s},
        {u"bulk-case"_s, u"Add case 70009 with N activities in queue (benchmarks)."_s, u"N"_s, u"0"_s},
        {u"log"_s, u"Append one JSON line per request to FILE."_s, u"FILE"_s},
        {u"latency-ms"_s, u"Delay every answer by N milliseconds."_s, u"N"_s, u"0"_s},
        {u"fail-rate"_s, u"Answer this fraction of requests 503 before any side effect."_s, u"P"_s, u"0"_s},
        {u"drop-rate"_s, u"Drop the connection mid-response for this fraction of requests."_s, u"P"_s, u"0"_s},
        {u"expire-sessions-after"_s, u"Sessions and tokens expire after N requests (0: never)."_s, u"N"_s, u"0"_s},
        {u"jtel-clients-id"_s, u"jtel ClientsID in the URL."_s, u"N"_s, u"1234"_s},
        {u"jtel-token"_s, u"jtel API token."_s, u"TOKEN"_s, u"sandbox-jtel-token"_s},
        {u"no-compress"_s,
         u"Never compress answers (by default: gzip when Accept-Encoding allows it)."_s},
        {u"tls-cert"_s, u"Serve HTTPS with this PEM certificate (with --tls-key)."_s, u"FILE"_s},
        {u"tls-key"_s, u"PEM private key (RSA) of --tls-cert."_s, u"FILE"_s},
    });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        fail(u"unexpected argument: "_s + parser.positionalArguments().first());

    SandboxOptions options;
    options.seed = quint32(count(parser, u"seed"_s, 0));
    options.scale = count(parser, u"scale"_s, 1);
    options.bulkCaseActivities = count(parser, u"bulk-case"_s, 0);
    options.logFile = parser.value(u"log"_s);
    options.faults.latencyMs = count(parser, u"latency-ms"_s, 0);
    options.faults.failRate = fraction(parser, u"fail-rate"_s);
    options.faults.dropRate = fraction(parser, u"drop-rate"_s);
    options.expireSessionsAfter = count(parser, u"expire-sessions-after"_s, 0);
    options.jtelClientsId = count(parser, u"jtel-clients-id"_s, 1);
    options.jtelToken = parser.value(u"jtel-token"_s);
    options.compress = !parser.isSet(u"no-compress"_s);
    const int port = count(parser, u"port"_s, 0);
    if (port > 65535)
        fail(u"--port must be at most 65535"_s);

    SandboxServer server(options);
    OAuthApi oauth(server);
    CaseManagerApi egain(server, CaseManagerApi::Dialect::EgainV3);
    CaseManagerApi ece(server, CaseManagerApi::Dialect::EceV12);
    JtelApi jtel(server);

    if (parser.isSet(u"tls-cert"_s) != parser.isSet(u"tls-key"_s))
        fail(u"--tls-cert and --tls-key go together"_s);
    if (parser.isSet(u"tls-cert"_s)) {
        QFile certificateFile(parser.value(u"tls-cert"_s));
        QFile keyFile(parser.value(u"tls-key"_s));
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            fail(u"cannot read the TLS certificate or key"_s);
        const QSslCertificate certificate(&certificateFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            fail(u"the TLS certificate or key is not valid PEM"_s);
        server.sslSetup(certificate, key);
    }

    const quint16 listening = server.start(quint16(port));
    if (listening == 0)
        fail(u"cannot listen on 127.0.0.1:%1"_s.arg(port));
    std::printf("%u\n", unsigned(listening));
    std::fflush(stdout);
    return app.exec();
}
