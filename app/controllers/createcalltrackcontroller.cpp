#include "controllers/createcalltrackcontroller.h"

#include "api/casemanagerclient.h"
#include "cache/cachedatabase.h"
#include "cache/syncstatestore.h"
#include "sync/outboxpayload.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QString subtypesKey = u"calltrackSubtypes"_s;

QString encodeSubtypes(const QList<CalltrackSubtype> &subtypes)
{
    QJsonArray array;
    for (const CalltrackSubtype &subtype : subtypes) {
        array.append(QJsonObject{{u"value"_s, subtype.value},
                                 {u"displayValue"_s, subtype.displayValue},
                                 {u"departments"_s, QJsonArray::fromStringList(subtype.departments)}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<CalltrackSubtype> decodeSubtypes(const QString &json)
{
    QList<CalltrackSubtype> subtypes;
    for (const QJsonValue &item : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject object = item.toObject();
        CalltrackSubtype subtype;
        subtype.value = object.value(u"value"_s).toString();
        subtype.displayValue = object.value(u"displayValue"_s).toString();
        for (const QJsonValue &department : object.value(u"departments"_s).toArray())
            subtype.departments.append(department.toString());
        subtypes.append(subtype);
    }
    return subtypes;
}

} // namespace

CreateCalltrackController::CreateCalltrackController(CacheDatabase &database,
                                                     OutboxDispatcher *dispatcher,
                                                     CaseManagerClient *client, QString profile,
                                                     QObject *parent)
    : OperationController(database, dispatcher, parent)
    , m_client(client)
    , m_profile(std::move(profile))
{
}

void CreateCalltrackController::loadSubtypes(const SubtypesCallback &done)
{
    if (!m_client) {
        done(cachedSubtypes(), std::nullopt);
        return;
    }
    QPointer<CreateCalltrackController> self(this);
    m_client->calltrackSubtypes([self, done](const ApiResult<QList<CalltrackSubtype>> &fetched) {
        if (!self)
            return;
        if (!fetched.ok()) {
            done(self->cachedSubtypes(), fetched.error);
            return;
        }
        SyncStateStore(self->m_database)
            .set(OutboxEntry::serverName(OutboxEntry::Server::Case), subtypesKey,
                 encodeSubtypes(fetched.value));
        done(fetched.value, std::nullopt);
    });
}

QList<CalltrackSubtype> CreateCalltrackController::cachedSubtypes() const
{
    const auto stored = SyncStateStore(m_database)
                            .get(OutboxEntry::serverName(OutboxEntry::Server::Case), subtypesKey);
    if (!stored.ok() || !stored.value)
        return {};
    return decodeSubtypes(*stored.value);
}

CalltrackValidator::Context
CreateCalltrackController::completed(CalltrackValidator::Context context) const
{
    if (context.subtypes.isEmpty())
        context.subtypes = cachedSubtypes();
    if (!context.nowMs)
        context.nowMs = QDateTime::currentMSecsSinceEpoch();
    return context;
}

QList<ValidationError> CreateCalltrackController::validate(
    const CalltrackDraft &draft, const CalltrackValidator::Context &context) const
{
    return CalltrackValidator::validate(draft, completed(context));
}

void CreateCalltrackController::submit(const CalltrackDraft &draft,
                                       const CalltrackValidator::Context &context)
{
    if (!begin(validate(draft, context)))
        return;
    OutboxEntry entry;
    entry.profile = m_profile;
    entry.server = OutboxEntry::Server::Case;
    entry.kind = OutboxEntry::Kind::CreateCalltrack;
    entry.payload = OutboxPayload::encode(draft);
    enqueueAndSend({entry});
}

QString CreateCalltrackController::appliedMessage(const OutboxEntry &last) const
{
    const auto result = OutboxPayload::calltrackResult(last.result);
    return tr("Calltrack activity %1 created.").arg(result ? result->activityId : 0);
}
