#include "jtelapi.h"

#include "datastore.h"
#include "sandboxserver.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

using Method = QHttpServerRequest::Method;

constexpr int VoiceMail = 1;
constexpr int Callback = 3;
constexpr int ClosedStatus = 30;

bool isTelephoneEvent(int type)
{
    return type == VoiceMail || type == Callback;
}

// E.164 as jtel writes it: digits only, '+' optional on input
std::optional<QString> e164(const QString &text)
{
    static const QRegularExpression number(u"^\\+?([1-9][0-9]{7,14})$"_s);
    const auto match = number.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1);
}

QString localTimestamp(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s);
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Hand-written because the list of 100k+ records is the hot path of benchmarks: QJsonObject
// per record would make the sandbox, not the client, the bottleneck.
class RecordWriter
{
public:
    explicit RecordWriter(QByteArray &out) : m_out(out) { m_out += '{'; }
    ~RecordWriter() { m_out += '}'; }

    void number(const char *name, qint64 value) { key(name) += QByteArray::number(value); }
    void optionalNumber(const char *name, const std::optional<int> &value)
    {
        key(name) += value ? QByteArray::number(*value) : QByteArray("null");
    }
    void boolean(const char *name, bool value) { key(name) += value ? "true" : "false"; }
    void null(const char *name) { key(name) += "null"; }
    void text(const char *name, const QString &value, bool emptyIsNull = false)
    {
        if (emptyIsNull && value.isEmpty()) {
            null(name);
            return;
        }
        QByteArray &out = key(name);
        out += '"';
        for (const char c : value.toUtf8()) {
            switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (uchar(c) < 0x20)
                    out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
                else
                    out += c;
            }
        }
        out += '"';
    }

private:
    QByteArray &key(const char *name)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += name;
        m_out += "\":";
        return m_out;
    }
    QByteArray &m_out;
    bool m_first = true;
};

QByteArray envelope(const QByteArray &records, qsizetype count, bool list)
{
    QByteArray out;
    out.reserve(records.size() + 160);
    if (list)
        out += R"({"filter":"","limitStart":0,"limitPageSize":-1,)";
    else
        out += '{';
    out += R"("records":[)" + records + R"(],"count":)" + QByteArray::number(count);
    if (list)
        out += R"(,"orderBy":"dtCreated","ascending":true)";
    out += R"(,"status":200})";
    return out;
}

} // namespace

JtelApi::JtelApi(SandboxServer &server)
    : m_server(server)
    , m_store(server.store())
{
    const QString base = u"/rest/v1\\.0/([0-9]+)/acd/events"_s;
    server.addRoute(Method::Get, base, [this](const SandboxRequest &request) {
        return serve(request, [this](const SandboxRequest &r) { return list(r); });
    });
    server.addRoute(Method::Get, base + u"/event/([^/]+)"_s, [this](const SandboxRequest &request) {
        return serve(request, [this](const SandboxRequest &r) { return event(r); });
    });
    server.addRoute(Method::Post, base + u"/create"_s, [this](const SandboxRequest &request) {
        return serve(request, [this](const SandboxRequest &r) { return create(r); });
    });
}

SandboxReply JtelApi::serve(const SandboxRequest &request, const SandboxHandler &handler) const
{
    // J13: the token and the ClientsID in the URL must both match
    const QByteArray expected = "Bearer " + m_server.options().jtelToken.toUtf8();
    if (request.header("Authorization") != expected
        || request.captures.value(0) != QString::number(m_store.jtelClientsId))
        return SandboxReply::jtelError(401, u"Unauthorized: unknown API token or ClientsID"_s);
    return handler(request);
}

QByteArray JtelApi::recordJson(const JtelEvent &e, bool updated) const
{
    QString eventData = u"<eventData>"_s;
    if (!e.crmUrl.isEmpty()) {
        eventData += u"<urls><url><urlPath>%1</urlPath><displayName>%2</displayName></url></urls>"_s.arg(
            xmlEscaped(e.crmUrl), xmlEscaped(e.userData.isEmpty() ? e.crmUrl : e.userData));
    }
    if (!e.body.isEmpty())
        eventData += u"<body html=\"false\">%1</body>"_s.arg(xmlEscaped(e.body));
    for (const QString &comment : e.comments)
        eventData += u"<comment>%1</comment>"_s.arg(xmlEscaped(comment));
    eventData += u"</eventData>"_s;

    QByteArray out;
    out.reserve(1400);
    {
        RecordWriter record(out);
        record.number("ID", e.id);
        record.number("AcdEventTypesID", e.typeId);
        record.number("AcdEventStatusID", e.statusId);
        record.optionalNumber("AcdGroupsID", e.groupId);
        if (e.configurationGroupId) {
            record.optionalNumber("AcdConfigurationGroupsID", e.configurationGroupId);
            record.optionalNumber("AcdAgentGroupsID", e.agentGroupId);
        }
        record.optionalNumber("UsersID", e.usersId);
        record.text("Sender", e.sender);
        record.text("Receiver", e.receiver);
        record.text("Subject", e.subject);
        record.text("CrmURL", e.crmUrl, true);
        record.text("UserData", e.userData, true);
        record.null("UserData2");
        record.null("UserData3");
        record.text("ForeignSystemNumber", e.typeId == 6 ? e.userData : QString(), true);
        record.text("EventData", eventData);
        record.text("dtCreated", localTimestamp(e.created));
        record.text("dtModified", localTimestamp(e.modified));
        record.text("dtLastModified", localTimestamp(e.modified));
        record.text("dtReceived", localTimestamp(e.created));
        record.null("dtRemind");
        record.text("dtAppointment", e.appointment ? localTimestamp(*e.appointment) : QString(), true);
        record.number("nPriority", e.priority);
        for (const char *name : {"SkillsID1", "SkillsID2", "SkillsID3", "SkillsValue1", "SkillsValue2",
                                 "SkillsValue3", "ChatConnectorsID", "AcdWorkFlowConnectorsID",
                                 "AcdInboxesID", "WorkFlowMonitorPointsID", "AcdReplyingTypesID"})
            record.null(name);
        record.number("LastAgentTime", 0);
        record.boolean("bCloseByForeignSystem", false);
        if (updated)
            record.text("Result_", u"UPDATED"_s);
    }
    return out;
}

SandboxReply JtelApi::list(const SandboxRequest &) const
{
    if (!m_listMemo || m_listMemo->revision != m_store.jtelRevision()) {
        QList<const JtelEvent *> events;
        events.reserve(qsizetype(m_store.jtelEvents().size()));
        for (const auto &[id, event] : m_store.jtelEvents())
            events.append(&event);
        std::stable_sort(events.begin(), events.end(), [](const JtelEvent *a, const JtelEvent *b) {
            return a->created < b->created;
        });
        QByteArray records;
        records.reserve(events.size() * 1400);
        for (const JtelEvent *event : events) {
            if (!records.isEmpty())
                records += ',';
            records += recordJson(*event);
        }
        m_listMemo = ListMemo {m_store.jtelRevision(), envelope(records, events.size(), true),
                               std::make_shared<QByteArray>()};
    }
    SandboxReply reply = SandboxReply::json(200, m_listMemo->body);
    reply.gzipMemo = m_listMemo->gzip;
    return reply;
}

SandboxReply JtelApi::event(const SandboxRequest &request) const
{
    bool ok = false;
    const qint64 id = request.captures.value(1).toLongLong(&ok);
    const auto it = ok ? m_store.jtelEvents().find(id) : m_store.jtelEvents().end();
    // J14
    if (it == m_store.jtelEvents().end())
        return SandboxReply::jtelError(404, u"AcdEvent not found"_s);
    return SandboxReply::json(200, envelope(recordJson(it->second), 1, false));
}

SandboxReply JtelApi::create(const SandboxRequest &request)
{
    if (!request.header("Content-Type").toLower().startsWith("application/json"))
        return SandboxReply::jtelError(400, u"Content-Type must be application/json"_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return SandboxReply::jtelError(400, u"The body must be a JSON object"_s);
    const QJsonObject body = document.object();
    auto bad = [](const QString &message) { return SandboxReply::jtelError(400, message); };
    auto integer = [&body](const QString &name) -> std::optional<int> {
        const QJsonValue value = body.value(name);
        if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
            return std::nullopt;
        return int(value.toDouble());
    };
    auto present = [&body](const QString &name) {
        return body.contains(name) && !body.value(name).isNull();
    };
    auto stringOf = [&body](const QString &name) -> std::optional<QString> {
        const QJsonValue value = body.value(name);
        if (value.isUndefined() || value.isNull())
            return QString();
        if (!value.isString())
            return std::nullopt;
        return value.toString();
    };

    JtelEvent event;
    // J1
    const auto type = integer(u"AcdEventTypesID"_s);
    if (!type)
        return bad(u"J1: AcdEventTypesID is required and must be an integer"_s);
    if (*type < 1 || *type > 6)
        return bad(u"J1: unknown AcdEventTypesID %1"_s.arg(*type));
    event.typeId = *type;

    // J2: AcdGroupsID alone, or AcdConfigurationGroupsID together with AcdAgentGroupsID
    const bool group = present(u"AcdGroupsID"_s);
    const bool configuration = present(u"AcdConfigurationGroupsID"_s);
    const bool agent = present(u"AcdAgentGroupsID"_s);
    if (group == (configuration || agent) || configuration != agent)
        return bad(u"J2: give either AcdGroupsID, or both AcdConfigurationGroupsID and AcdAgentGroupsID"_s);
    QList<int> members;
    if (group) {
        const auto id = integer(u"AcdGroupsID"_s);
        if (!id)
            return bad(u"J2: AcdGroupsID must be an integer"_s);
        // J3
        if (!m_store.jtelGroups.contains(*id))
            return SandboxReply::jtelError(404, u"AcdGroup %1 not found"_s.arg(*id));
        event.groupId = *id;
        members = m_store.jtelGroups.value(*id).members;
    } else {
        const auto configurationId = integer(u"AcdConfigurationGroupsID"_s);
        const auto agentId = integer(u"AcdAgentGroupsID"_s);
        if (!configurationId || !agentId)
            return bad(u"J2: AcdConfigurationGroupsID and AcdAgentGroupsID must be integers"_s);
        if (!m_store.jtelAgentGroups.contains(*configurationId))
            return SandboxReply::jtelError(404, u"AcdConfigurationGroup %1 not found"_s.arg(*configurationId));
        if (!m_store.jtelAgentGroups.value(*configurationId).contains(*agentId))
            return SandboxReply::jtelError(404, u"AcdAgentGroup %1 not found in configuration group %2"_s.arg(*agentId).arg(*configurationId));
        event.configurationGroupId = *configurationId;
        event.agentGroupId = *agentId;
        members = m_store.jtelAgentGroupMembers.value(*agentId);
    }

    // J4
    if (present(u"UsersID"_s)) {
        const auto user = integer(u"UsersID"_s);
        if (!user)
            return bad(u"J4: UsersID must be an integer"_s);
        if (!m_store.jtelUsers.contains(*user))
            return SandboxReply::jtelError(404, u"User %1 not found"_s.arg(*user));
        if (!members.contains(*user))
            return bad(u"J4: user %1 is not a member of the addressed group"_s.arg(*user));
        event.usersId = *user;
    }

    // J5, J6
    const auto sender = stringOf(u"Sender"_s);
    if (!sender || sender->trimmed().isEmpty())
        return bad(u"J5: Sender is required"_s);
    event.sender = *sender;
    if (isTelephoneEvent(event.typeId)) {
        const auto number = e164(*sender);
        if (!number)
            return bad(u"J5: Sender must be an E.164 number (digits only, '+' optional)"_s);
        event.sender = *number;
    }
    const auto receiver = stringOf(u"Receiver"_s);
    if (!receiver)
        return bad(u"J6: Receiver must be a string"_s);
    event.receiver = *receiver;
    if (isTelephoneEvent(event.typeId) && !receiver->isEmpty()) {
        const auto number = e164(*receiver);
        if (!number || !m_store.jtelServiceNumbers.contains(*number))
            return bad(u"J6: Receiver must be a configured service number in E.164"_s);
        event.receiver = *number;
    }

    // J7, J8
    const auto subject = stringOf(u"Subject"_s);
    if (!subject || subject->trimmed().isEmpty())
        return bad(u"J7: Subject is required"_s);
    event.subject = *subject;
    const auto text = stringOf(u"Body"_s);
    if (!text)
        return bad(u"J8: Body must be a string"_s);
    if (!text->isEmpty() && event.typeId != Callback)
        return bad(u"J8: Body is only allowed for callback events"_s);
    event.body = *text;

    // J9
    const auto crmUrl = stringOf(u"CrmURL"_s);
    if (!crmUrl)
        return bad(u"J9: CrmURL must be a string"_s);
    if (!crmUrl->isEmpty()) {
        const QUrl url(*crmUrl, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || url.host().isEmpty())
            return bad(u"J9: CrmURL must be a well-formed absolute URL"_s);
    }
    event.crmUrl = *crmUrl;
    const auto userData = stringOf(u"UserData"_s);
    if (!userData)
        return bad(u"UserData must be a string"_s);
    event.userData = *userData;

    // J10
    if (present(u"nPriority"_s)) {
        const auto priority = integer(u"nPriority"_s);
        if (!priority || *priority < 0 || *priority > 200)
            return bad(u"J10: nPriority must be an integer from 0 to 200"_s);
        event.priority = *priority;
    }

    // J11: appointment from date and/or time, in the server's local time
    const auto dateText = stringOf(u"dtAppointmentDate"_s);
    const auto timeText = stringOf(u"dtAppointmentTime"_s);
    if (!dateText || !timeText)
        return bad(u"J11: dtAppointmentDate and dtAppointmentTime must be strings"_s);
    QDate date;
    QTime time;
    if (!dateText->isEmpty()) {
        static const QRegularExpression layout(u"^(\\d{4})-?(\\d{2})-?(\\d{2})$"_s);
        const auto match = layout.match(*dateText);
        const bool consistent = dateText->size() == 10 ? dateText->count(u'-') == 2 : dateText->size() == 8;
        if (match.hasMatch() && consistent)
            date = QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        if (!date.isValid())
            return bad(u"J11: dtAppointmentDate must be yyyy-mm-dd or yyyymmdd"_s);
    }
    if (!timeText->isEmpty()) {
        static const QRegularExpression layout(u"^(\\d{2}):?(\\d{2})$"_s);
        const auto match = layout.match(*timeText);
        const bool consistent = timeText->size() == 5 ? timeText->at(2) == u':' : timeText->size() == 4;
        if (match.hasMatch() && consistent)
            time = QTime(match.captured(1).toInt(), match.captured(2).toInt());
        if (!time.isValid())
            return bad(u"J11: dtAppointmentTime must be hh:mm or hhmm"_s);
    }
    const qint64 now = DataStore::localNow();
    const QDateTime localNow = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    if (date.isValid()) {
        event.appointment = QDateTime(date, time.isValid() ? time : QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    } else if (time.isValid()) {
        // the next occurrence of that time: today if still ahead, otherwise tomorrow
        QDateTime next(localNow.date(), time, Qt::UTC);
        if (next <= localNow)
            next = next.addDays(1);
        event.appointment = next.toMSecsSinceEpoch();
    }

    // J12: de-duplication in groups that forbid duplicates
    if (event.groupId && m_store.jtelGroups.value(*event.groupId).forbidsDuplicates) {
        for (const auto &[id, found] : m_store.jtelEvents()) {
            if (found.groupId == event.groupId && found.typeId == event.typeId
                && found.sender == event.sender && found.statusId != ClosedStatus) {
                JtelEvent &existing = m_store.jtelEventsForUpdate().at(id);
                existing.comments.append(u"Duplicate request at %1: %2"_s.arg(localTimestamp(now), event.subject));
                existing.modified = now;
                return SandboxReply::json(200, envelope(recordJson(existing, true), 1, false));
            }
        }
    }

    event.id = m_store.nextEventId++;
    event.statusId = 1;
    event.created = event.modified = now;
    const JtelEvent &stored = m_store.jtelEventsForUpdate()[event.id] = event;
    return SandboxReply::json(200, envelope(recordJson(stored), 1, false));
}
