#include "api/casemanagerdecoder.h"

#include "api/jsonfields.h"
#include "core/timestamps.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace CaseManagerDecoder {
namespace {

using JsonFields::integerOf;
using JsonFields::stringOf;

QString translate(const char *text)
{
    return QCoreApplication::translate("CaseManagerDecoder", text);
}

std::optional<qint64> idOf(const QJsonValue &value)
{
    const auto id = integerOf(value);
    if (id && *id > 0)
        return id;
    return std::nullopt;
}

// Follows a dotted path through nested objects. A list met on the way stands for its first
// element: representations converted from XML turn a one-element child into a list.
QJsonValue member(const QJsonValue &from, QStringView path)
{
    QJsonValue current = from;
    for (const QStringView key : path.tokenize(u'.')) {
        if (current.isArray())
            current = current.toArray().first();
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(key);
    }
    return current;
}

// A list, or one object where the documentation shows a list; nothing else.
QJsonArray listOf(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isObject())
        return QJsonArray {value};
    return {};
}

struct Choice
{
    QString value;
    QString display;
};

// {"value", "displayValue"} as most enumerations are sent, or the bare value some samples show
// (a case's "status": "open").
Choice choiceOf(const QJsonValue &value)
{
    if (value.isObject())
        return {stringOf(member(value, u"value")), stringOf(member(value, u"displayValue"))};
    return {stringOf(value), {}};
}

// Dates are a string, or an object carrying it in "date" (a case's lastModified, ECE v12).
qint64 dateOf(const QJsonValue &value)
{
    const QJsonValue text = value.isObject() ? member(value, u"date") : value;
    if (!text.isString())
        return 0;
    return Timestamps::parseUtc(text.toString()).value_or(0);
}

struct Person
{
    qint64 id = 0;
    QString name;
};

// A user as status.assigned.user or owner.user: id, firstName, lastName and (sandbox) the
// login "name". People read the full name; the login stands in when there is none.
Person personOf(const QJsonValue &user)
{
    Person person;
    person.id = idOf(member(user, u"id")).value_or(0);
    const QString first = stringOf(member(user, u"firstName")).trimmed();
    const QString last = stringOf(member(user, u"lastName")).trimmed();
    person.name = (first + u' ' + last).trimmed();
    if (person.name.isEmpty())
        person.name = stringOf(member(user, u"name"));
    return person;
}

QString customerNameOf(const QJsonValue &customer)
{
    const QString name = stringOf(member(customer, u"customerName"));
    return name.isEmpty() ? stringOf(member(customer, u"name")) : name;
}

// customAttributes.customAttribute[].attribValues.attribValue[].value (the ECE edit-case
// layout the eGain v3 API reference §7.5 derives the JSON from). Several values of one
// attribute are joined with ", " for display; `json` keeps them apart.
QMap<QString, QString> customAttributesOf(const QJsonValue &value)
{
    QMap<QString, QString> attributes;
    const QJsonValue list = value.isArray() ? value : member(value, u"customAttribute");
    const QJsonArray entries = listOf(list);
    for (const QJsonValue entry : entries) {
        const QString name = stringOf(member(entry, u"attribName"));
        if (name.isEmpty())
            continue;
        // [{"value": "billing"}] as documented; {"value": …}, "billing" and ["billing"] too
        const QJsonValue valueList = member(entry, u"attribValues.attribValue");
        const QJsonArray items = valueList.isArray() ? valueList.toArray() : QJsonArray {valueList};
        QStringList values;
        for (const QJsonValue item : items) {
            const QString text
                = item.isObject() ? stringOf(member(item, u"value")) : stringOf(item);
            if (!text.isEmpty())
                values.append(text);
        }
        attributes.insert(name, values.join(u", "_s));
    }
    return attributes;
}

// The call notes sit in payload.calltrack.content (eGain v3 §7.5); other types use their own
// member, payload.<type>.content. Any member with content serves when neither is there.
QJsonValue contentOf(const QJsonValue &payload, const QString &type)
{
    if (!payload.isObject())
        return {};
    const QJsonObject members = payload.toObject();
    for (const QString &key : {u"calltrack"_s, type, QString(type).remove(u'_')}) {
        QJsonValue content = member(members.value(key), u"content");
        if (!content.isUndefined() && !content.isNull())
            return content;
    }
    for (const QJsonValue kind : members) {
        QJsonValue content = member(kind, u"content");
        if (!content.isUndefined() && !content.isNull())
            return content;
    }
    return {};
}

QByteArray compactJson(const QJsonObject &record)
{
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

std::optional<Activity> activityFrom(const QJsonObject &record, QString *whyNot)
{
    const auto id = idOf(record.value(u"id"));
    if (!id) {
        *whyNot = QCoreApplication::translate("CaseManagerDecoder",
                                              "the ID is missing or not a positive integer");
        return std::nullopt;
    }
    Activity a;
    a.id = *id;
    a.caseId = idOf(member(record, u"case.id")).value_or(0);
    a.departmentId = idOf(member(record, u"department.id")).value_or(0);
    a.departmentName = stringOf(member(record, u"department.name"));

    const QJsonValue type = record.value(u"type");
    const Choice typeChoice = choiceOf(type);
    a.type = typeChoice.value;
    a.typeDisplay = typeChoice.display;
    const Choice subtype = choiceOf(member(type, u"subtype"));
    a.subtype = subtype.value;
    a.subtypeDisplay = subtype.display;
    const Choice mode = choiceOf(record.value(u"mode"));
    a.mode = mode.value;
    a.modeDisplay = mode.display;

    const QJsonValue status = record.value(u"status");
    const Choice statusChoice = choiceOf(status);
    a.status = statusChoice.value;
    a.statusDisplay = statusChoice.display;
    a.substatus = choiceOf(member(status, u"substatus")).value;
    const Person assigned = personOf(member(status, u"assigned.user"));
    a.assignedUserId = assigned.id;
    a.assignedUserName = assigned.name;
    a.assignedUserLogin = stringOf(member(status, u"assigned.user.name"));

    a.subject = stringOf(record.value(u"subject"));
    const QJsonValue customer = record.value(u"customer");
    a.customerId = idOf(member(customer, u"id")).value_or(0);
    a.customerName = customerNameOf(customer);
    a.priority = stringOf(record.value(u"priority"));
    a.createdMs = dateOf(record.value(u"created"));
    a.lastModifiedMs = dateOf(record.value(u"lastModified"));
    a.dueDateMs = dateOf(record.value(u"dueDate"));
    a.queueId = idOf(member(record, u"queue.id")).value_or(0);
    a.queueName = stringOf(member(record, u"queue.name"));
    a.contactPointData = stringOf(record.value(u"contactPointData"));

    const QString payloadKind = a.type == u"call_track"_s ? u"calltrack"_s : a.type;
    const QJsonValue content = contentOf(record.value(u"payload"), payloadKind);
    if (content.isString()) {
        a.contentText = content.toString();
    } else {
        a.contentText = stringOf(member(content, u"text"));
        a.contentHtml = stringOf(member(content, u"html"));
    }
    a.customAttributes = customAttributesOf(record.value(u"customAttributes"));
    a.json = compactJson(record);
    return a;
}

std::optional<Case> caseFrom(const QJsonObject &record, QString *whyNot)
{
    const auto id = idOf(record.value(u"id"));
    if (!id) {
        *whyNot = QCoreApplication::translate("CaseManagerDecoder",
                                              "the ID is missing or not a positive integer");
        return std::nullopt;
    }
    Case c;
    c.id = *id;
    c.departmentId = idOf(member(record, u"department.id")).value_or(0);
    c.departmentName = stringOf(member(record, u"department.name"));
    c.status = choiceOf(record.value(u"status")).value;
    c.subject = stringOf(record.value(u"subject"));
    c.description = stringOf(record.value(u"description"));
    c.solution = stringOf(record.value(u"solution"));
    c.severity = choiceOf(record.value(u"severity")).value;
    const QJsonValue customer = record.value(u"customer");
    c.customerId = idOf(member(customer, u"id")).value_or(0);
    c.customerName = customerNameOf(customer);
    // ECE's edit-case JSON nests the owner as owner.user; a bare owner object is read too
    const QJsonValue ownerValue = record.value(u"owner");
    const QJsonValue ownerUser = member(ownerValue, u"user");
    const Person owner = personOf(ownerUser.isObject() ? ownerUser : ownerValue);
    c.ownerId = owner.id;
    c.ownerName = owner.name;
    c.dueDateMs = dateOf(record.value(u"dueDate"));
    c.createdMs = dateOf(record.value(u"created"));
    c.lastModifiedMs = dateOf(record.value(u"lastModified"));
    c.originatingChannel = choiceOf(record.value(u"originatingChannel")).value;

    // relatedCases.case[].id, or a bare list of cases or IDs
    const QJsonValue related = record.value(u"relatedCases");
    const QJsonValue relatedList = related.isObject() ? member(related, u"case") : related;
    const QJsonArray relatedEntries
        = relatedList.isArray() ? relatedList.toArray() : QJsonArray {relatedList};
    for (const QJsonValue entry : relatedEntries) {
        if (const auto relatedId = idOf(entry.isObject() ? member(entry, u"id") : entry))
            c.relatedCaseIds.append(*relatedId);
    }
    c.customAttributes = customAttributesOf(record.value(u"customAttributes"));
    c.json = compactJson(record);
    return c;
}

struct Envelope
{
    QJsonObject object;
    QJsonArray records;
    QString error;
};

// The shared frame of every answer: an empty body (204) is an empty list, an error body is an
// error even when it arrives with a success status, and a single record may stand for a list.
Envelope envelopeOf(const QByteArray &body, QStringView listName, const char *missingList)
{
    Envelope envelope;
    if (body.trimmed().isEmpty())
        return envelope;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        envelope.error
            = QCoreApplication::translate("CaseManagerDecoder",
                                          "The server's answer is not valid JSON (%1 at byte %2).")
                  .arg(parseError.errorString())
                  .arg(parseError.offset);
        return envelope;
    }
    if (!document.isObject()) {
        envelope.error = QCoreApplication::translate("CaseManagerDecoder",
                                                     "The server's answer is not a JSON object.");
        return envelope;
    }
    envelope.object = document.object();
    const QJsonValue list = envelope.object.value(listName);
    if (list.isArray() || list.isObject()) {
        envelope.records = listOf(list);
        return envelope;
    }
    if (list.isNull())
        return envelope;
    // the eGain v3 API reference §4: {"code": "400-101", "developerMessage": "…"}
    const QString code = stringOf(envelope.object.value(u"code"));
    if (!code.isEmpty()) {
        envelope.error
            = QCoreApplication::translate("CaseManagerDecoder", "The server reported error %1: %2")
                  .arg(code, stringOf(envelope.object.value(u"developerMessage")));
        return envelope;
    }
    // {} and a bare paginationInfo carry no records; any other shape is not an answer we know
    const bool onlyPaging = envelope.object.isEmpty()
        || (envelope.object.size() == 1 && envelope.object.contains(u"paginationInfo"));
    if (!list.isUndefined() || !onlyPaging)
        envelope.error = translate(missingList);
    return envelope;
}

std::optional<qint64> totalCountOf(const QJsonObject &envelope)
{
    const auto count = integerOf(member(envelope, u"paginationInfo.count"));
    if (count && *count >= 0)
        return count;
    return std::nullopt;
}

template<typename T, typename Decode>
QList<T> decodeRecords(const QJsonArray &records, Decode decode, QStringList *skipped)
{
    QList<T> decoded;
    decoded.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonValue value = records.at(i);
        QString whyNot = QCoreApplication::translate("CaseManagerDecoder", "not a JSON object");
        std::optional<T> record;
        if (value.isObject())
            record = decode(value.toObject(), &whyNot);
        if (record)
            decoded.append(std::move(*record));
        else
            skipped->append(QCoreApplication::translate("CaseManagerDecoder", "record %1: %2")
                                .arg(i)
                                .arg(whyNot));
    }
    return decoded;
}

bool isCalltrack(const QString &type)
{
    // eGain spells the type call_track, the payload member calltrack
    return type.isEmpty() || type == u"call_track"_s || type == u"calltrack"_s;
}

} // namespace

ActivitiesResult decodeActivities(const QByteArray &body)
{
    ActivitiesResult result;
    const Envelope envelope = envelopeOf(
        body, u"activity",
        QT_TRANSLATE_NOOP("CaseManagerDecoder", "The server's answer has no list of activities."));
    if (!envelope.error.isEmpty()) {
        result.error = envelope.error;
        return result;
    }
    result.totalCount = totalCountOf(envelope.object);
    result.activities
        = decodeRecords<Activity>(envelope.records, activityFrom, &result.skippedRecords);
    return result;
}

CasesResult decodeCases(const QByteArray &body)
{
    CasesResult result;
    const Envelope envelope = envelopeOf(
        body, u"case",
        QT_TRANSLATE_NOOP("CaseManagerDecoder", "The server's answer has no list of cases."));
    if (!envelope.error.isEmpty()) {
        result.error = envelope.error;
        return result;
    }
    result.totalCount = totalCountOf(envelope.object);
    result.cases = decodeRecords<Case>(envelope.records, caseFrom, &result.skippedRecords);
    return result;
}

SubtypesResult decodeCalltrackSubtypes(const QByteArray &body)
{
    SubtypesResult result;
    const Envelope envelope
        = envelopeOf(body, u"type",
                     QT_TRANSLATE_NOOP("CaseManagerDecoder",
                                       "The server's answer has no list of activity types."));
    if (!envelope.error.isEmpty()) {
        result.error = envelope.error;
        return result;
    }
    // a subtype listed twice (under two calltrack entries) is one subtype with both departments
    QHash<QString, qsizetype> indexOf;
    for (qsizetype t = 0; t < envelope.records.size(); ++t) {
        const QJsonValue type = envelope.records.at(t);
        // only calltrack has subtypes today (ECE v12 §7.5); other types are not ours to offer
        if (!type.isObject() || !isCalltrack(choiceOf(type).value))
            continue;
        const QJsonArray subtypes = listOf(member(type, u"subtype"));
        for (qsizetype s = 0; s < subtypes.size(); ++s) {
            const QJsonValue entry = subtypes.at(s);
            const Choice choice = choiceOf(entry);
            if (choice.value.isEmpty()) {
                result.skippedRecords.append(
                    QCoreApplication::translate("CaseManagerDecoder", "type %1, subtype %2: %3")
                        .arg(t)
                        .arg(s)
                        .arg(QCoreApplication::translate("CaseManagerDecoder",
                                                         "the value is missing")));
                continue;
            }
            auto known = indexOf.constFind(choice.value);
            if (known == indexOf.cend()) {
                CalltrackSubtype subtype;
                subtype.value = choice.value;
                subtype.displayValue = choice.display.isEmpty() ? choice.value : choice.display;
                known = indexOf.insert(choice.value, result.subtypes.size());
                result.subtypes.append(std::move(subtype));
            }
            QStringList &departments = result.subtypes[*known].departments;
            const QJsonArray departmentList = listOf(member(entry, u"department"));
            for (const QJsonValue department : departmentList) {
                const QString name = department.isObject() ? stringOf(member(department, u"name"))
                                                           : stringOf(department);
                if (!name.isEmpty() && !departments.contains(name))
                    departments.append(name);
            }
        }
    }
    return result;
}

std::optional<qint64> idFromLocation(QByteArrayView location)
{
    QByteArrayView path = location.trimmed();
    if (const qsizetype end = path.indexOf('?'); end >= 0)
        path.truncate(end);
    if (const qsizetype end = path.indexOf('#'); end >= 0)
        path.truncate(end);
    // in an absolute URL the path starts after the authority, which is no ID even when numeric
    if (const qsizetype scheme = path.indexOf("://"); scheme >= 0) {
        path = path.sliced(scheme + 3);
        const qsizetype slash = path.indexOf('/');
        if (slash < 0)
            return std::nullopt;
        path = path.sliced(slash);
    }
    if (path.endsWith('/'))
        path.chop(1);
    const QByteArrayView segment = path.sliced(path.lastIndexOf('/') + 1);
    // 18 digits always fit a qint64
    if (segment.isEmpty() || segment.size() > 18)
        return std::nullopt;
    qint64 id = 0;
    for (const char c : segment) {
        if (c < '0' || c > '9')
            return std::nullopt;
        id = id * 10 + (c - '0');
    }
    if (id <= 0)
        return std::nullopt;
    return id;
}

} // namespace CaseManagerDecoder
