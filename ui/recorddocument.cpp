#include "recorddocument.h"

#include "acdeventqueuemodel.h"
#include "vocabulary.h"

#include "core/displaytime.h"
#include "core/timestamps.h"
#include "domain/acdevent.h"
#include "domain/activity.h"
#include "domain/casedata.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

QString dateTimeText(qint64 msecs)
{
    if (msecs <= 0)
        return {};
    return DisplayTime::dateTime(QDateTime::fromMSecsSinceEpoch(msecs).toLocalTime());
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Plain text as a paragraph that keeps the sender's line breaks and wraps long lines.
QString textBlock(const QString &text)
{
    return u"<p style=\"white-space: pre-wrap;\">%1</p>"_s.arg(escaped(text));
}

QString link(const QString &href, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(escaped(href), escaped(text));
}

// Label-value rows; rows without a value are left out, so the pane shows what the server sent.
class Fields
{
public:
    void add(const QString &label, const QString &text) { addHtml(label, escaped(text.trimmed())); }
    void addHtml(const QString &label, const QString &html)
    {
        if (html.isEmpty())
            return;
        m_rows += u"<tr><td style=\"padding-right: 12px;\" valign=\"top\">"
                  "<b>%1</b></td><td valign=\"top\">%2</td></tr>"_s.arg(escaped(label), html);
    }
    void addAll(const QMap<QString, QString> &values)
    {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            add(it.key(), it.value());
    }
    QString table() const
    {
        return m_rows.isEmpty()
            ? QString()
            : u"<table cellspacing=\"0\" cellpadding=\"2\">%1</table>"_s.arg(m_rows);
    }

private:
    QString m_rows;
};

QString section(const QString &title, const QString &body)
{
    if (body.isEmpty())
        return {};
    return u"<h4>%1</h4>%2"_s.arg(escaped(title), body);
}

QString heading(const QString &kind, const QString &subject, qint64 id)
{
    const QString shown
        = subject.trimmed().isEmpty() ? RecordDocument::tr("(no subject)") : subject;
    return u"<h3>%1</h3><p>%2</p>"_s.arg(escaped(shown), escaped(kind.arg(id)));
}

QString withDisplay(const QString &display, const QString &value)
{
    return display.isEmpty() ? value : display;
}

QString person(const QString &name, qint64 id)
{
    if (!name.isEmpty())
        return name;
    return id ? RecordDocument::tr("User %1").arg(id) : QString();
}

QJsonObject jsonOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QLocale::c().toString(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? RecordDocument::tr("yes") : RecordDocument::tr("no");
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(
            value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

// eGain: "attachments": {"count": 2, "attachment": [{"name": …, "fileName": …, "altId": …}]};
// the names when the server lists them, else how many there are
QString attachmentsText(const QJsonObject &record)
{
    const QJsonObject attachments = record.value(u"attachments"_s).toObject();
    QStringList names;
    for (const QJsonValue &entry : attachments.value(u"attachment"_s).toArray()) {
        const QJsonObject attachment = entry.toObject();
        for (const QString &key : {u"name"_s, u"fileName"_s, u"altId"_s}) {
            if (const QString name = attachment.value(key).toString(); !name.isEmpty()) {
                names.append(name);
                break;
            }
        }
    }
    if (!names.isEmpty())
        return QLocale().createSeparatedList(names);
    const int count = attachments.value(u"count"_s).toInt();
    return count > 0 ? RecordDocument::tr("%n attachments", nullptr, count) : QString();
}

// the state of the activity's replies: "Draft" is the one an agent most needs to see
QString repliesText(const QJsonObject &record)
{
    QStringList states;
    for (const QJsonValue &entry :
         record.value(u"replies"_s).toObject().value(u"reply"_s).toArray()) {
        const QJsonObject status = entry.toObject().value(u"status"_s).toObject();
        const QString state = withDisplay(status.value(u"displayValue"_s).toString(),
                                          status.value(u"value"_s).toString());
        if (!state.isEmpty())
            states.append(state);
    }
    return states.join(u", "_s);
}

QString lastModifiedBy(const QJsonObject &record)
{
    const QJsonObject user
        = record.value(u"lastModifiedBy"_s).toObject().value(u"user"_s).toObject();
    const QString name
        = (user.value(u"firstName"_s).toString() + u' ' + user.value(u"lastName"_s).toString())
              .trimmed();
    return name.isEmpty() ? user.value(u"name"_s).toString() : name;
}

// jtel EventData: <eventData><urls><url><urlPath/><displayName/></url></urls><body html="…">
struct EventData
{
    QList<std::pair<QString, QString>> urls; // path, display name
    QString body;
    bool bodyIsHtml = false;
};

EventData parseEventData(const QString &xml)
{
    EventData data;
    QXmlStreamReader reader(xml);
    QString path;
    QString name;
    while (!reader.atEnd()) {
        if (!reader.readNextStartElement())
            continue;
        if (reader.name() == u"url") {
            path.clear();
            name.clear();
        } else if (reader.name() == u"urlPath") {
            path = reader.readElementText();
        } else if (reader.name() == u"displayName") {
            name = reader.readElementText();
            if (!path.isEmpty())
                data.urls.append({path, name});
        } else if (reader.name() == u"body") {
            data.bodyIsHtml = reader.attributes().value(u"html"_s) == u"true";
            data.body = reader.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    return data;
}

// an external link is shown only when it is one a browser should open
QString externalLink(const QString &address, const QString &text = {})
{
    const QUrl url(address, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https" && scheme != u"mailto"))
        return escaped(address);
    return link(url.toString(QUrl::FullyEncoded), text.isEmpty() ? address : text);
}

QString jtelTimeText(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    const auto msecs = Timestamps::parseLocal(text);
    return msecs ? dateTimeText(*msecs) : text;
}

} // namespace

QString RecordDocument::caseLink(qint64 caseId)
{
    return u"agentdesk:case/%1"_s.arg(caseId);
}

QString RecordDocument::activityLink(qint64 activityId)
{
    return u"agentdesk:activity/%1"_s.arg(activityId);
}

bool RecordDocument::hasContent(const Activity &activity)
{
    return !activity.contentText.isEmpty() || !activity.contentHtml.isEmpty()
        || jsonOf(activity.json).contains(u"payload"_s);
}

RecordDocument::Html RecordDocument::withoutRemoteContent(const QString &html)
{
    // src, background, href of a style sheet, and CSS url(): anything that is not inline data
    static const QRegularExpression remoteAttribute(
        uR"((\s(?:src|background|lowsrc|poster)\s*=\s*)(?:"(?!data:)[^"]*"|'(?!data:)[^']*'|(?!data:)[^\s>]+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression styleSheetLink(uR"(<link\b[^>]*>)"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cssUrl(uR"(url\(\s*(?!['"]?data:)[^)]*\))"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    Html result {html, 0};
    for (const QRegularExpression *pattern : {&remoteAttribute, &styleSheetLink, &cssUrl}) {
        QString &text = result.html;
        QRegularExpressionMatchIterator it = pattern->globalMatch(text);
        QList<QRegularExpressionMatch> matches;
        while (it.hasNext())
            matches.append(it.next());
        for (auto match = matches.crbegin(); match != matches.crend(); ++match) {
            const QString replacement
                = pattern == &remoteAttribute ? match->captured(1) + u"\"\""_s : QString();
            text.replace(match->capturedStart(), match->capturedLength(), replacement);
            ++result.blockedRemoteReferences;
        }
    }
    return result;
}

RecordDocument::Html RecordDocument::activity(const Activity &a)
{
    const QJsonObject record = jsonOf(a.json);
    Fields fields;
    QString type = Vocabulary::activityType(a.type, a.typeDisplay);
    if (const QString subtype = withDisplay(a.subtypeDisplay, a.subtype); !subtype.isEmpty())
        type += u" · "_s + subtype;
    fields.add(tr("Type"), type);
    fields.add(tr("Mode"), Vocabulary::activityMode(a.mode, a.modeDisplay));
    QString status = Vocabulary::activityStatus(a.status, a.statusDisplay);
    if (!a.substatus.isEmpty())
        status += u" (%1)"_s.arg(a.substatus);
    fields.add(tr("Status"), status);
    fields.add(tr("Assigned to"), person(a.assignedUserName, a.assignedUserId));
    fields.add(tr("Queue"),
               a.queueName.isEmpty() && a.queueId ? QString::number(a.queueId) : a.queueName);
    fields.add(tr("Department"), a.departmentName);
    fields.add(tr("Customer"),
               a.customerName.isEmpty() && a.customerId ? QString::number(a.customerId)
                                                        : a.customerName);
    fields.add(tr("Contact point"), a.contactPointData);
    if (a.caseId)
        fields.addHtml(tr("Case"), link(caseLink(a.caseId), QString::number(a.caseId)));
    // eGain documents "1" … "7" but not which end is urgent: the number as the server sent it
    fields.add(tr("Priority"), a.priority);
    fields.add(tr("Due"), dateTimeText(a.dueDateMs));
    fields.add(tr("Created"), dateTimeText(a.createdMs));
    QString modified = dateTimeText(a.lastModifiedMs);
    if (const QString by = lastModifiedBy(record); !by.isEmpty() && !modified.isEmpty())
        modified = tr("%1 by %2").arg(modified, by);
    fields.add(tr("Last modified"), modified);
    fields.add(tr("Replies"), repliesText(record));
    fields.add(tr("Attachments"), attachmentsText(record));
    fields.addAll(a.customAttributes);

    Html content;
    if (!a.contentHtml.isEmpty())
        content = withoutRemoteContent(a.contentHtml);
    else if (!a.contentText.isEmpty())
        content.html = textBlock(a.contentText);
    else if (record.value(u"contentPurged"_s).toBool())
        content.html
            = u"<p><i>%1</i></p>"_s.arg(escaped(tr("The server has purged this content.")));

    Html document;
    document.html = heading(tr("Activity %1"), a.subject, a.id) + fields.table()
        + section(tr("Content"), content.html);
    document.blockedRemoteReferences = content.blockedRemoteReferences;
    return document;
}

RecordDocument::Html RecordDocument::caseRecord(const Case &c,
                                                const QList<Activity> &caseActivities)
{
    Fields fields;
    fields.add(tr("Status"), Vocabulary::caseStatus(c.status));
    fields.add(tr("Severity"), Vocabulary::caseSeverity(c.severity));
    fields.add(tr("Owner"), person(c.ownerName, c.ownerId));
    fields.add(tr("Customer"),
               c.customerName.isEmpty() && c.customerId ? QString::number(c.customerId)
                                                        : c.customerName);
    fields.add(tr("Department"), c.departmentName);
    fields.add(tr("Due"), dateTimeText(c.dueDateMs));
    fields.add(tr("Created"), dateTimeText(c.createdMs));
    fields.add(tr("Last modified"), dateTimeText(c.lastModifiedMs));
    QStringList related;
    for (qint64 id : c.relatedCaseIds)
        related.append(link(caseLink(id), QString::number(id)));
    fields.addHtml(tr("Related cases"), related.join(u", "_s));
    fields.addAll(c.customAttributes);

    QString list;
    for (const Activity &a : caseActivities) {
        list += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
            link(activityLink(a.id), QString::number(a.id)), escaped(a.subject),
            escaped(Vocabulary::activityStatus(a.status, a.statusDisplay)),
            escaped(dateTimeText(a.lastModifiedMs)));
    }
    if (!list.isEmpty())
        list = u"<table cellspacing=\"0\" cellpadding=\"2\">%1</table>"_s.arg(list);
    else
        list = u"<p><i>%1</i></p>"_s.arg(escaped(tr("No activities of this case are cached yet.")));

    return {heading(tr("Case %1"), c.subject, c.id) + fields.table()
                + section(tr("Description"),
                          c.description.isEmpty() ? QString() : textBlock(c.description))
                + section(tr("Solution"), c.solution.isEmpty() ? QString() : textBlock(c.solution))
                + section(tr("Activities"), list),
            0};
}

RecordDocument::Html RecordDocument::acdEvent(const AcdEvent &e, qint64 nowMsecs)
{
    QJsonObject record = jsonOf(e.json);
    Fields fields;
    fields.add(tr("Type"), Vocabulary::acdType(e.typeId));
    fields.add(tr("Status"), Vocabulary::acdStatus(e.statusId));
    fields.add(tr("Group"), e.groupId ? QString::number(*e.groupId) : QString());
    fields.add(tr("Agent"), e.usersId ? tr("User %1").arg(*e.usersId) : tr("Group queue"));
    fields.add(tr("Sender"), e.sender);
    fields.add(tr("Receiver"), e.receiver);
    fields.add(tr("Priority"), e.priority ? QString::number(*e.priority) : QString());
    fields.add(tr("Appointment"), jtelTimeText(record.value(u"dtAppointment"_s)));
    fields.add(tr("Created"), dateTimeText(e.createdMsecs));
    fields.add(tr("Age"), AcdEventQueueModel::ageText(e.createdMsecs, nowMsecs));
    fields.add(tr("Received"), jtelTimeText(record.value(u"dtReceived"_s)));
    fields.add(tr("Reminder"), jtelTimeText(record.value(u"dtRemind"_s)));
    fields.add(tr("Last modified"), jtelTimeText(record.value(u"dtLastModified"_s)));
    if (const QString crm = record.value(u"CrmURL"_s).toString(); !crm.isEmpty())
        fields.addHtml(tr("CRM link"), externalLink(crm));
    fields.add(tr("User data"), record.value(u"UserData"_s).toString());
    fields.add(tr("User data 2"), record.value(u"UserData2"_s).toString());
    fields.add(tr("User data 3"), record.value(u"UserData3"_s).toString());
    fields.add(tr("Foreign system number"), record.value(u"ForeignSystemNumber"_s).toString());

    const EventData data = parseEventData(record.value(u"EventData"_s).toString());
    QStringList links;
    for (const auto &[path, name] : data.urls)
        links.append(externalLink(path, name));
    fields.addHtml(tr("Links"), links.join(u"<br>"_s));

    // every further field the server sent, so nothing it knows is hidden
    for (const QString &shown : {u"ID"_s,
                                 u"AcdEventTypesID"_s,
                                 u"AcdEventStatusID"_s,
                                 u"AcdGroupsID"_s,
                                 u"UsersID"_s,
                                 u"Sender"_s,
                                 u"Receiver"_s,
                                 u"Subject"_s,
                                 u"nPriority"_s,
                                 u"dtAppointment"_s,
                                 u"dtCreated"_s,
                                 u"dtReceived"_s,
                                 u"dtRemind"_s,
                                 u"dtLastModified"_s,
                                 u"CrmURL"_s,
                                 u"UserData"_s,
                                 u"UserData2"_s,
                                 u"UserData3"_s,
                                 u"ForeignSystemNumber"_s,
                                 u"EventData"_s,
                                 u"Body"_s})
        record.remove(shown);
    Fields more;
    for (auto it = record.constBegin(); it != record.constEnd(); ++it)
        more.add(it.key(), jsonText(it.value()));

    Html body;
    const QString bodyText
        = data.body.isEmpty() ? jsonOf(e.json).value(u"Body"_s).toString() : data.body;
    if (data.bodyIsHtml)
        body = withoutRemoteContent(bodyText);
    else if (!bodyText.isEmpty())
        body.html = textBlock(bodyText);

    Html document;
    document.html = heading(tr("ACD event %1"), e.subject, e.id) + fields.table()
        + section(tr("Message"), body.html) + section(tr("More fields"), more.table());
    document.blockedRemoteReferences = body.blockedRemoteReferences;
    return document;
}
