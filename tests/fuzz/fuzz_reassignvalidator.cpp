// A transfer or pick (egain-transfer-pick.md, checklists T, Q, D, K) with what the cache knows.
// Fields in FuzzInput order: the operation (0–3), targetId, the activities ("id" or
// "id,lastModifiedMs" items), unpin, the dialect (ECE when set), clientApplication, callerLogin,
// requireKnown, the cached activities ("id,type,status,departmentId,queueId,userId,login"
// items), the queue departments ("queue=department" items).
//
// Checks: every error names a known field and a rule of the operation's checklist, with a
// message; the verdict is stable; chunks() keeps the order, 75 at most each; an accepted request
// names each activity once with a positive id and a target where it needs one, comes back from
// the outbox payload unchanged and still accepted, and its wire body is one JSON object whose
// "activity" list holds every id as text.
#include "api/reassignroutes.h"
#include "domain/reassignvalidator.h"
#include "draftcheck.h"
#include "fuzzinput.h"
#include "sync/outboxpayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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
    using Operation = ReassignRequest::Operation;
    FuzzInput input(data, size);
    QueuedReassign queued;
    ReassignRequest &request = queued.request;
    request.operation = Operation(std::clamp<qint64>(input.number(), 0, 3));
    request.targetId = input.number();
    for (const QString &item : input.list()) {
        const QStringList parts = item.split(u',');
        request.activities.append({FuzzInput::numberOf(parts.value(0).toUtf8()),
                                   FuzzInput::numberOf(parts.value(1).toUtf8())});
    }
    request.unpin = input.flag();
    ReassignValidator::Context context;
    context.eceDialect = input.flag();
    context.clientApplication = input.flag();
    context.callerLogin = input.text();
    context.requireKnown = input.flag();
    queued.callerLogin = context.callerLogin;
    QList<Activity> known;
    for (const QString &item : input.list()) {
        const QStringList parts = item.split(u',');
        Activity activity;
        activity.id = FuzzInput::numberOf(parts.value(0).toUtf8());
        activity.type = parts.value(1);
        activity.status = parts.value(2);
        activity.departmentId = FuzzInput::numberOf(parts.value(3).toUtf8());
        activity.queueId = FuzzInput::numberOf(parts.value(4).toUtf8());
        activity.assignedUserId = FuzzInput::numberOf(parts.value(5).toUtf8());
        activity.assignedUserLogin = parts.value(6);
        known.append(activity);
    }
    const QMap<QString, QString> queues = input.map();
    for (auto it = queues.cbegin(); it != queues.cend(); ++it)
        context.queueDepartments.insert(FuzzInput::numberOf(it.key().toUtf8()),
                                        FuzzInput::numberOf(it.value().toUtf8()));

    const QList<ValidationError> errors = ReassignValidator::validate(request, known, context);
    const QChar letter = request.operation == Operation::TransferToUser ? u'T'
        : request.operation == Operation::TransferToQueue               ? u'Q'
        : request.operation == Operation::TransferToDepartment          ? u'D'
                                                                        : u'K';
    QStringList rules;
    for (int number = 1; number <= 19; ++number)
        rules.append(QString(letter) + QString::number(number));
    const bool hasPercent
        = QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)).contains('%');
    checkErrors(errors, {u"activities"_s, u"target"_s}, rules, hasPercent);
    FUZZ_CHECK(errors == ReassignValidator::validate(request, known, context));

    QList<ReassignRequest::Item> joined;
    for (const auto &chunk : ReassignValidator::chunks(request.activities)) {
        FUZZ_CHECK(!chunk.isEmpty() && chunk.size() <= ReassignValidator::MaxPerRequest);
        joined += chunk;
    }
    FUZZ_CHECK(joined == request.activities);

    if (!errors.isEmpty())
        return 0;
    FUZZ_CHECK(!request.activities.isEmpty());
    FUZZ_CHECK(!request.isTransfer() || request.targetId > 0);
    FUZZ_CHECK(request.isTransfer() || !context.clientApplication);
    QSet<qint64> ids;
    for (const ReassignRequest::Item &item : request.activities) {
        FUZZ_CHECK(item.id > 0 && !ids.contains(item.id));
        ids.insert(item.id);
    }

    const auto stored = OutboxPayload::reassign(OutboxPayload::encode(queued));
    FUZZ_CHECK(stored.has_value());
    FUZZ_CHECK(stored->request.operation == request.operation
               && stored->request.targetId == request.targetId
               && stored->request.activities == request.activities
               && stored->request.unpin == request.unpin
               && stored->callerLogin == queued.callerLogin);
    FUZZ_CHECK(ReassignValidator::validate(stored->request, known, context).isEmpty());

    const auto dialect
        = context.eceDialect ? ReassignRoute::Dialect::EceV12 : ReassignRoute::Dialect::EgainV3;
    const QJsonDocument body
        = QJsonDocument::fromJson(ReassignRoute::of(dialect, request.operation).body(request));
    FUZZ_CHECK(body.isObject());
    const QJsonArray listed = body.object().value(u"activity"_s).toArray();
    FUZZ_CHECK(listed.size() == request.activities.size());
    for (qsizetype i = 0; i < listed.size(); ++i)
        FUZZ_CHECK(listed.at(i)[u"id"_s].toString()
                   == QString::number(request.activities.at(i).id));
    return 0;
}
