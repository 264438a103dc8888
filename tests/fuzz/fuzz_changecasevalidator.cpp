// A change-case request (ECE v12 §5.2, P1–P11) with what the cache knows. Fields in FuzzInput
// order: activityIds (\x1f-separated), targetCaseId, subject, description, solution, severity,
// dueDateMs, customAttributes, relateCase; the outbox's pendingActivities, targetCaseFrom and
// sourceCaseId; the cached activities ("id,caseId,customerId,status" items); the cached target
// ("id,customerId,customerName", empty for none); nowMs; requireKnown; whether case attribute
// definitions are known and the definitions ("name=value,value" items).
//
// Checks: every error names a documented field and rule with a message; an accepted request
// names each activity once with a positive ID and comes back from the outbox payload unchanged
// and still accepted; chunks() splits any list into the request order, 75 at most per chunk.
#include "domain/changecasevalidator.h"
#include "draftcheck.h"
#include "fuzzinput.h"

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
    FuzzInput input(data, size);
    QueuedChangeCase change;
    ChangeCaseRequest &request = change.request;
    request.activityIds = input.numbers();
    request.targetCaseId = input.number();
    request.newCase.subject = input.text();
    request.newCase.description = input.text();
    request.newCase.solution = input.text();
    request.newCase.severity = input.text();
    request.newCase.dueDateMs = input.number();
    request.newCase.customAttributes = input.map();
    request.relateCase = input.flag();
    change.pendingActivities = input.list();
    change.targetCaseFrom = input.text();
    change.sourceCaseId = input.number();

    QList<Activity> known;
    for (const QString &item : input.list()) {
        const QStringList parts = item.split(u',');
        Activity activity;
        activity.id = FuzzInput::numberOf(parts.value(0).toUtf8());
        activity.caseId = FuzzInput::numberOf(parts.value(1).toUtf8());
        activity.customerId = FuzzInput::numberOf(parts.value(2).toUtf8());
        activity.status = parts.value(3);
        known.append(activity);
    }
    std::optional<Case> target;
    if (const QStringList parts = input.list(); !parts.isEmpty()) {
        const QStringList fields = parts.first().split(u',');
        target = Case();
        target->id = FuzzInput::numberOf(fields.value(0).toUtf8());
        target->customerId = FuzzInput::numberOf(fields.value(1).toUtf8());
        target->customerName = fields.value(2);
    }
    const qint64 nowMs = input.number();
    ChangeCaseValidator::Options options;
    options.requireKnown = input.flag();
    const bool definitionsKnown = input.flag();
    const QMap<QString, QString> definitions = input.map();
    if (definitionsKnown) {
        QList<CustomAttributeDefinition> attributes;
        for (auto it = definitions.cbegin(); it != definitions.cend(); ++it)
            attributes.append(
                {it.key(), it.value().isEmpty() ? QStringList() : it.value().split(u',')});
        options.caseAttributes = attributes;
    }

    const QList<ValidationError> errors
        = ChangeCaseValidator::validate(request, known, target, nowMs, options);
    const bool hasPercent = QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size))
                                .contains('%');
    checkErrors(errors,
                {u"activityIds"_s, u"targetCaseId"_s, u"subject"_s, u"description"_s,
                 u"solution"_s, u"severity"_s, u"dueDate"_s, u"customAttributes"_s},
                {u"P1"_s, u"P2"_s, u"P3"_s, u"P4"_s, u"P5"_s, u"P7"_s, u"P11"_s}, hasPercent);
    FUZZ_CHECK(errors == ChangeCaseValidator::validate(request, known, target, nowMs, options));

    // P7: the chunks are the ids in order, none empty, none over the API's limit
    QList<qint64> joined;
    for (const QList<qint64> &chunk : ChangeCaseValidator::chunks(request.activityIds)) {
        FUZZ_CHECK(!chunk.isEmpty() && chunk.size() <= ChangeCaseValidator::MaxPerRequest);
        joined += chunk;
    }
    FUZZ_CHECK(joined == request.activityIds);

    if (!errors.isEmpty())
        return 0;
    FUZZ_CHECK(!request.activityIds.isEmpty());
    QSet<qint64> ids;
    for (qint64 id : request.activityIds) {
        FUZZ_CHECK(id > 0 && !ids.contains(id));
        ids.insert(id);
    }
    FUZZ_CHECK(request.targetCaseId >= 0);
    if (!request.movesToNewCase()) {
        FUZZ_CHECK(request.newCase.subject.isEmpty() && request.newCase.severity.isEmpty()
                   && request.newCase.dueDateMs == 0
                   && request.newCase.customAttributes.isEmpty());
    } else {
        FUZZ_CHECK(request.newCase.subject.size() <= ChangeCaseValidator::MaxTextLength);
        FUZZ_CHECK(request.newCase.dueDateMs == 0 || request.newCase.dueDateMs > nowMs);
    }

    const auto stored = OutboxPayload::changeCase(OutboxPayload::encode(change));
    FUZZ_CHECK(stored.has_value());
    FUZZ_CHECK(sameChange(*stored, change));
    FUZZ_CHECK(ChangeCaseValidator::validate(stored->request, known, target, nowMs, options)
                   .isEmpty());
    return 0;
}
