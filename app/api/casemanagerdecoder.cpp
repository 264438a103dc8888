#include "api/casemanagerdecoder.h"

#include "api/jsonfields.h"
#include "core/timestamps.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

#include <simdjson.h>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace CaseManagerDecoder {
namespace {

using JsonFields::integerOf;
using JsonFields::stringOf;
using Element = simdjson::dom::element;
// a member that may be absent (nullopt); JSON null is an element
using Value = std::optional<Element>;

QString translate(const char *text)
{
    return QCoreApplication::translate("CaseManagerDecoder", text);
}

std::optional<qint64> idOf(const Value &value)
{
    if (!value)
        return std::nullopt;
    const auto id = integerOf(*value);
    if (id && *id > 0)
        return id;
    return std::nullopt;
}

QString textOf(const Value &value)
{
    return value ? stringOf(*value) : QString();
}

bool isObject(const Value &value)
{
    return value && value->is_object();
}

bool isArray(const Value &value)
{
    return value && value->is_array();
}

// Follows a dotted path through nested objects. A list met on the way stands for its first
// element: representations converted from XML turn a one-element child into a list.
Value member(Value from, std::string_view path)
{
    size_t start = 0;
    while (start <= path.size()) {
        size_t dot = path.find('.', start);
        if (dot == std::string_view::npos)
            dot = path.size();
        if (isArray(from)) {
            Element first;
            if (from->at(0).get(first))
                return std::nullopt;
            from = first;
        }
        Element child;
        if (!isObject(from)
            || from->get_object().at_key(path.substr(start, dot - start)).get(child))
            return std::nullopt;
        from = child;
        start = dot + 1;
    }
    return from;
}

// The elements of a list, or the value itself as the only one (none when absent).
std::vector<Element> elementsOf(const Value &value)
{
    std::vector<Element> elements;
    if (isArray(value)) {
        const simdjson::dom::array array = value->get_array().value_unsafe();
        elements.reserve(array.size());
        for (const Element element : array)
            elements.push_back(element);
    } else if (value) {
        elements.push_back(*value);
    }
    return elements;
}

// A list, or one object where the documentation shows a list; nothing else.
std::vector<Element> listOf(const Value &value)
{
    return isArray(value) || isObject(value) ? elementsOf(value) : std::vector<Element>();
}

struct Choice
{
    QString value;
    QString display;
};

// {"value", "displayValue"} as most enumerations are sent, or the bare value some samples show
// (a case's "status": "open").
Choice choiceOf(const Value &value)
{
    if (isObject(value))
        return {textOf(member(value, "value")), textOf(member(value, "displayValue"))};
    return {textOf(value), {}};
}

// Dates are a string, or an object carrying it in "date" (a case's lastModified, ECE v12).
qint64 dateOf(const Value &value)
{
    const Value text = isObject(value) ? member(value, "date") : value;
    std::string_view date;
    if (!text || text->get_string().get(date))
        return 0;
    return Timestamps::parseUtc(QByteArrayView(date.data(), qsizetype(date.size()))).value_or(0);
}

struct Person
{
    qint64 id = 0;
    QString name;
};

// A user as status.assigned.user or owner.user: id, firstName, lastName and (sandbox) the
// login "name". People read the full name; the login stands in when there is none.
Person personOf(const Value &user)
{
    Person person;
    person.id = idOf(member(user, "id")).value_or(0);
    const QString first = textOf(member(user, "firstName")).trimmed();
    const QString last = textOf(member(user, "lastName")).trimmed();
    person.name = (first + u' ' + last).trimmed();
    if (person.name.isEmpty())
        person.name = textOf(member(user, "name"));
    return person;
}

QString customerNameOf(const Value &customer)
{
    const QString name = textOf(member(customer, "customerName"));
    return name.isEmpty() ? textOf(member(customer, "name")) : name;
}

// customAttributes.customAttribute[].attribValues.attribValue[].value (the ECE edit-case
// layout the eGain v3 API reference §7.5 derives the JSON from). Several values of one
// attribute are joined with ", " for display; `json` keeps them apart.
QMap<QString, QString> customAttributesOf(const Value &value)
{
    QMap<QString, QString> attributes;
    const Value list = isArray(value) ? value : member(value, "customAttribute");
    for (const Element entry : listOf(list)) {
        const QString name = textOf(member(entry, "attribName"));
        if (name.isEmpty())
            continue;
        // [{"value": "billing"}] as documented; {"value": …}, "billing" and ["billing"] too
        QStringList values;
        for (const Element item : elementsOf(member(entry, "attribValues.attribValue"))) {
            const QString text = item.is_object() ? textOf(member(item, "value")) : stringOf(item);
            if (!text.isEmpty())
                values.append(text);
        }
        attributes.insert(name, values.join(u", "_s));
    }
    return attributes;
}

// The call notes sit in payload.calltrack.content (eGain v3 §7.5); other types use their own
// member, payload.<type>.content. Any member with content serves when neither is there.
Value contentOf(const Value &payload, const QString &type)
{
    if (!isObject(payload))
        return std::nullopt;
    const simdjson::dom::object members = payload->get_object().value_unsafe();
    const auto usable = [](const Value &content) { return content && !content->is_null(); };
    for (const QString &key : {u"calltrack"_s, type, QString(type).remove(u'_')}) {
        Element kind;
        if (members.at_key(key.toStdString()).get(kind))
            continue;
        const Value content = member(kind, "content");
        if (usable(content))
            return content;
    }
    for (const auto field : members) {
        const Value content = member(field.value, "content");
        if (usable(content))
            return content;
    }
    return std::nullopt;
}

// The record as the cache keeps it (`json`): as the server sent it, minified
QByteArray storedForm(const Element &record)
{
    const std::string minified = simdjson::minify(record);
    return QByteArray(minified.data(), qsizetype(minified.size()));
}

std::optional<Activity> activityFrom(const Element &record, QString *whyNot)
{
    const auto id = idOf(member(record, "id"));
    if (!id) {
        *whyNot = QCoreApplication::translate("CaseManagerDecoder",
                                              "the ID is missing or not a positive integer");
        return std::nullopt;
    }
    Activity a;
    a.id = *id;
    a.caseId = idOf(member(record, "case.id")).value_or(0);
    a.departmentId = idOf(member(record, "department.id")).value_or(0);
    a.departmentName = textOf(member(record, "department.name"));

    const Value type = member(record, "type");
    const Choice typeChoice = choiceOf(type);
    a.type = typeChoice.value;
    a.typeDisplay = typeChoice.display;
    const Choice subtype = choiceOf(member(type, "subtype"));
    a.subtype = subtype.value;
    a.subtypeDisplay = subtype.display;
    const Choice mode = choiceOf(member(record, "mode"));
    a.mode = mode.value;
    a.modeDisplay = mode.display;

    const Value status = member(record, "status");
    const Choice statusChoice = choiceOf(status);
    a.status = statusChoice.value;
    a.statusDisplay = statusChoice.display;
    a.substatus = choiceOf(member(status, "substatus")).value;
    const Person assigned = personOf(member(status, "assigned.user"));
    a.assignedUserId = assigned.id;
    a.assignedUserName = assigned.name;
    a.assignedUserLogin = textOf(member(status, "assigned.user.name"));

    a.subject = textOf(member(record, "subject"));
    const Value customer = member(record, "customer");
    a.customerId = idOf(member(customer, "id")).value_or(0);
    a.customerName = customerNameOf(customer);
    a.priority = textOf(member(record, "priority"));
    a.createdMs = dateOf(member(record, "created"));
    a.lastModifiedMs = dateOf(member(record, "lastModified"));
    a.dueDateMs = dateOf(member(record, "dueDate"));
    a.queueId = idOf(member(record, "queue.id")).value_or(0);
    a.queueName = textOf(member(record, "queue.name"));
    a.contactPointData = textOf(member(record, "contactPointData"));

    const QString payloadKind = a.type == u"call_track"_s ? u"calltrack"_s : a.type;
    const Value content = contentOf(member(record, "payload"), payloadKind);
    std::string_view text;
    if (content && !content->get_string().get(text)) {
        a.contentText = QString::fromUtf8(text.data(), qsizetype(text.size()));
    } else {
        a.contentText = textOf(member(content, "text"));
        a.contentHtml = textOf(member(content, "html"));
    }
    a.customAttributes = customAttributesOf(member(record, "customAttributes"));
    a.json = storedForm(record);
    return a;
}

std::optional<Case> caseFrom(const Element &record, QString *whyNot)
{
    const auto id = idOf(member(record, "id"));
    if (!id) {
        *whyNot = QCoreApplication::translate("CaseManagerDecoder",
                                              "the ID is missing or not a positive integer");
        return std::nullopt;
    }
    Case c;
    c.id = *id;
    c.departmentId = idOf(member(record, "department.id")).value_or(0);
    c.departmentName = textOf(member(record, "department.name"));
    c.status = choiceOf(member(record, "status")).value;
    c.subject = textOf(member(record, "subject"));
    c.description = textOf(member(record, "description"));
    c.solution = textOf(member(record, "solution"));
    c.severity = choiceOf(member(record, "severity")).value;
    const Value customer = member(record, "customer");
    c.customerId = idOf(member(customer, "id")).value_or(0);
    c.customerName = customerNameOf(customer);
    // ECE's edit-case JSON nests the owner as owner.user; a bare owner object is read too
    const Value ownerValue = member(record, "owner");
    const Value ownerUser = member(ownerValue, "user");
    const Person owner = personOf(isObject(ownerUser) ? ownerUser : ownerValue);
    c.ownerId = owner.id;
    c.ownerName = owner.name;
    c.dueDateMs = dateOf(member(record, "dueDate"));
    c.createdMs = dateOf(member(record, "created"));
    c.lastModifiedMs = dateOf(member(record, "lastModified"));
    c.originatingChannel = choiceOf(member(record, "originatingChannel")).value;

    // relatedCases.case[].id, or a bare list of cases or IDs
    const Value related = member(record, "relatedCases");
    const Value relatedList = isObject(related) ? member(related, "case") : related;
    for (const Element entry : elementsOf(relatedList)) {
        if (const auto relatedId = idOf(entry.is_object() ? member(entry, "id") : Value(entry)))
            c.relatedCaseIds.append(*relatedId);
    }
    c.customAttributes = customAttributesOf(member(record, "customAttributes"));
    c.json = storedForm(record);
    return c;
}

struct Envelope
{
    Value object;
    std::vector<Element> records;
    QString error;
};

// The shared frame of every answer: an empty body (204) is an empty list, an error body is an
// error even when it arrives with a success status, and a single record may stand for a list.
// The elements point into the parser of this thread: read them before the next decode.
Envelope envelopeOf(const QByteArray &body, std::string_view listName, const char *missingList)
{
    Envelope envelope;
    if (body.trimmed().isEmpty())
        return envelope;
    // one parser per thread: it keeps its buffers between reads
    thread_local simdjson::dom::parser parser;
    Element document;
    if (const auto error = parser.parse(body.constData(), size_t(body.size())).get(document)) {
        // Qt's parser says where the text breaks; simdjson only what is wrong
        QJsonParseError parseError;
        QJsonDocument::fromJson(body, &parseError);
        envelope.error = parseError.error != QJsonParseError::NoError
            ? QCoreApplication::translate("CaseManagerDecoder",
                                          "The server's answer is not valid JSON (%1 at byte %2).")
                  .arg(parseError.errorString())
                  .arg(parseError.offset)
            : QCoreApplication::translate("CaseManagerDecoder",
                                          "The server's answer is not valid JSON (%1).")
                  .arg(QString::fromLatin1(simdjson::error_message(error)));
        return envelope;
    }
    if (!document.is_object()) {
        envelope.error = QCoreApplication::translate("CaseManagerDecoder",
                                                     "The server's answer is not a JSON object.");
        return envelope;
    }
    envelope.object = document;
    const Value list = member(envelope.object, listName);
    if (isArray(list) || isObject(list)) {
        envelope.records = listOf(list);
        return envelope;
    }
    if (list && list->is_null())
        return envelope;
    // the eGain v3 API reference §4: {"code": "400-101", "developerMessage": "…"}
    const QString code = textOf(member(envelope.object, "code"));
    if (!code.isEmpty()) {
        envelope.error
            = QCoreApplication::translate("CaseManagerDecoder", "The server reported error %1: %2")
                  .arg(code, textOf(member(envelope.object, "developerMessage")));
        return envelope;
    }
    // {} and a bare paginationInfo carry no records; any other shape is not an answer we know
    const simdjson::dom::object members = document.get_object().value_unsafe();
    const size_t size = members.size();
    const bool onlyPaging
        = size == 0 || (size == 1 && member(envelope.object, "paginationInfo").has_value());
    if (list || !onlyPaging)
        envelope.error = translate(missingList);
    return envelope;
}

std::optional<qint64> totalCountOf(const Value &envelope)
{
    const Value count = member(envelope, "paginationInfo.count");
    const auto total = count ? integerOf(*count) : std::nullopt;
    if (total && *total >= 0)
        return total;
    return std::nullopt;
}

template<typename T, typename Decode>
QList<T> decodeRecords(const std::vector<Element> &records, Decode decode, QStringList *skipped)
{
    QList<T> decoded;
    decoded.reserve(qsizetype(records.size()));
    for (size_t i = 0; i < records.size(); ++i) {
        QString whyNot = QCoreApplication::translate("CaseManagerDecoder", "not a JSON object");
        std::optional<T> record;
        if (records[i].is_object())
            record = decode(records[i], &whyNot);
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
        body, "activity",
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
        body, "case",
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
        = envelopeOf(body, "type",
                     QT_TRANSLATE_NOOP("CaseManagerDecoder",
                                       "The server's answer has no list of activity types."));
    if (!envelope.error.isEmpty()) {
        result.error = envelope.error;
        return result;
    }
    // a subtype listed twice (under two calltrack entries) is one subtype with both departments
    QHash<QString, qsizetype> indexOf;
    for (size_t t = 0; t < envelope.records.size(); ++t) {
        const Element type = envelope.records[t];
        // only calltrack has subtypes today (ECE v12 §7.5); other types are not ours to offer
        if (!type.is_object() || !isCalltrack(choiceOf(type).value))
            continue;
        const std::vector<Element> subtypes = listOf(member(type, "subtype"));
        for (size_t s = 0; s < subtypes.size(); ++s) {
            const Element entry = subtypes[s];
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
            for (const Element department : listOf(member(entry, "department"))) {
                const QString name = department.is_object() ? textOf(member(department, "name"))
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
