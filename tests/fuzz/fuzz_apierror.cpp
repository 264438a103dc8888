// Error bodies: eGain/ECE {"code", "developerMessage"}, jtel {"status", "error"}, OAuth
// {"error", "error_description"} and ECE logout's {"message"}, through ApiError::fromHttp() —
// also the way the ECE login answer without a session is read. Fields in FuzzInput order:
// HTTP status, host; the rest of the input is the body.
//
// Checks: the status and the transport's facts are kept as given; 401 and only 401 is an
// authentication failure; transient follows the status alone; the server's code and words are
// taken from the body only where it holds them as text, and the one-line message shows them.
#include "api/apierror.h"
#include "fuzzcheck.h"
#include "fuzzinput.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const int status = input.integer();
    const QString host = input.text();
    const QByteArray body = input.rest();
    const QByteArray requestId = "0f3c2a";

    const ApiError error = ApiError::fromHttp(status, body, host, requestId);
    FUZZ_CHECK(error.httpStatus == status && error.host == host && error.requestId == requestId);
    FUZZ_CHECK((error.kind == ApiError::Kind::Authentication) == (status == 401));
    FUZZ_CHECK(error.kind == ApiError::Kind::Authentication || error.kind == ApiError::Kind::Http);
    FUZZ_CHECK(error.transient == ApiError::isTransientStatus(status));
    FUZZ_CHECK(error.isPermanent() == !error.transient);
    FUZZ_CHECK(!error.outcomeUnknown && error.detail.isEmpty());

    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (!error.serverCode.isEmpty()) {
        FUZZ_CHECK(error.serverCode == object.value(u"code"_s).toString()
                   || error.serverCode == object.value(u"error"_s).toString());
    }
    if (!error.serverMessage.isEmpty()) {
        const QStringList members
            = {u"developerMessage"_s, u"error"_s, u"error_description"_s, u"message"_s};
        bool fromBody = false;
        for (const QString &member : members)
            fromBody = fromBody || error.serverMessage == object.value(member).toString();
        FUZZ_CHECK(fromBody);
    }
    if (object.isEmpty())
        FUZZ_CHECK(error.serverCode.isEmpty() && error.serverMessage.isEmpty());

    const QString message = error.message();
    FUZZ_CHECK(!message.isEmpty());
    FUZZ_CHECK(message.contains(error.serverCode) && message.contains(error.serverMessage));
    return 0;
}
