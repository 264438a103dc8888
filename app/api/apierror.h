#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Every way a server call can fail, as one value. Nothing downstream of the transport parses
// raw replies: controllers, the CLI and the GUI decide from these fields alone.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        Network,        // no connection, connection lost, DNS failure
        Timeout,        // no answer in time
        Tls,            // certificate or handshake problem; never ignored
        Http,           // the server answered with an error status
        Authentication, // credentials missing, wrong, or renewal failed
        Decode,         // the answer could not be understood
        Configuration,  // the profile is incomplete or wrong
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString serverCode;    // "400-101" (eGain/ECE), "invalid_grant" (OAuth); empty for jtel
    QString serverMessage; // developerMessage, jtel "error", OAuth error_description
    QString detail;        // what we know beyond the server's words (network error, TLS reason)
    QString host;
    QByteArray requestId;
    bool transient = false;      // trying again later may succeed
    bool outcomeUnknown = false; // the request may have been applied before the failure

    bool isPermanent() const { return !transient; }
    // One line for people: what failed and, where there is one, the server's code and words.
    QString message() const;

    // Decodes the three documented error bodies — eGain/ECE {"code","developerMessage"}, jtel
    // {"status","error"}, OAuth {"error","error_description"} — and ECE logout's {"message"}.
    static ApiError fromHttp(int status, const QByteArray &body, const QString &host, const QByteArray &requestId);
    // A successful answer whose body could not be understood.
    static ApiError decodeFailure(int status, const QString &host, const QByteArray &requestId, const QString &detail);
    // 408, 429, 502, 503 and 504 are worth another try; every other 4xx and 5xx is not.
    static bool isTransientStatus(int status);
};
