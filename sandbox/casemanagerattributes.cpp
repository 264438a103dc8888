#include "casemanagerapi.h"

#include "casemanagerwire.h"

using namespace Qt::Literals::StringLiterals;
using namespace CaseManagerWire;

SandboxReply CaseManagerApi::attributes(const SandboxRequest &request)
{
    if (auto error = onlyParameters(request.query, {u"$attribute"_s}))
        return *error;
    const QString wanted = request.query.queryItemValue(u"$attribute"_s);
    static const QStringList Kinds = {u"type"_s, u"language"_s, u"custom"_s, u"all"_s};
    if (!Kinds.contains(wanted))
        return badRequest(u"$attribute is required: type, language, custom or all"_s);

    QJsonObject json;
    if (wanted == u"type"_s || wanted == u"all"_s) {
        QMap<QString, QJsonArray> departmentsBySubtype;
        for (const Department &department : m_store.departments) {
            for (const QString &subtype : department.calltrackSubtypes)
                departmentsBySubtype[subtype].append(QJsonObject {
                    {u"id"_s, QString::number(department.id)}, {u"name"_s, department.name}});
        }
        QJsonArray subtypes;
        for (auto it = departmentsBySubtype.cbegin(); it != departmentsBySubtype.cend(); ++it) {
            QJsonObject subtype = valueJson(it.key(), displayOf(it.key()));
            subtype.insert(u"department"_s, it.value());
            subtypes.append(subtype);
        }
        QJsonObject calltrack = valueJson(u"call_track"_s, displayOf(u"call_track"_s));
        calltrack.insert(u"subtype"_s, subtypes);
        json.insert(u"type"_s, QJsonArray {calltrack});
    }
    if (wanted == u"custom"_s || wanted == u"all"_s) {
        QJsonArray custom;
        for (const CustomAttributeDefinition &definition : m_store.activityAttributes) {
            custom.append(QJsonObject {
                {u"attribName"_s, definition.name},
                {u"attribType"_s, definition.enumeration.isEmpty() ? u"text"_s : u"enumeration"_s},
                {u"values"_s, QJsonArray::fromStringList(definition.enumeration)}});
        }
        json.insert(u"custom"_s, custom);
    }
    if (wanted == u"language"_s || wanted == u"all"_s) {
        QJsonArray languages;
        for (const QString &locale : Locales)
            languages.append(QJsonObject {{u"value"_s, locale}});
        json.insert(u"language"_s, languages);
    }
    return SandboxReply::json(200, json);
}

std::optional<SandboxReply> CaseManagerApi::validateCustomAttributes(const QJsonValue &value,
                                                                     bool forCase,
                                                                     const QString &rule) const
{
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject())
        return badRequest(rule
                          + u": customAttributes must be an object with a customAttribute list"_s);
    for (const QJsonValue &entry : listOf(value.toObject().value(u"customAttribute"_s))) {
        const QJsonObject object = entry.toObject();
        const QString name = object.value(u"attribName"_s).toString();
        const CustomAttributeDefinition *definition
            = forCase ? m_store.caseAttribute(name) : m_store.activityAttribute(name);
        if (!definition)
            return badRequest(rule + u": unknown custom attribute '%1'"_s.arg(name));
        for (const QJsonValue &attribValue :
             listOf(member(object, u"attribValues.attribValue"_s))) {
            const QString text = attribValue.toObject().value(u"value"_s).toString();
            if (!definition->enumeration.isEmpty() && !definition->enumeration.contains(text))
                return badRequest(rule
                                  + u": '%1' is not an allowed value of '%2'"_s.arg(text, name));
        }
    }
    return std::nullopt;
}
