#include "auth/profilestore.h"

#include "core/logging.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// QSettings layout: [profiles] <name>/<field>=<value>, plus activeProfile at the top level.
constexpr auto ProfilesGroup = "profiles"_L1;
constexpr auto ActiveKey = "activeProfile"_L1;

enum class FieldKind { Dialect, Flow, Url, Text, CaFile };

struct FieldSpec
{
    QLatin1StringView key;
    FieldKind kind;
    QUrl Profile::*url = nullptr;
    QString Profile::*text = nullptr;
};

// The order here is the order the CLI prints and the settings file lists.
const FieldSpec Fields[] = {
    {"caseDialect"_L1, FieldKind::Dialect},
    {"caseBaseUrl"_L1, FieldKind::Url, &Profile::caseBaseUrl},
    {"userName"_L1, FieldKind::Text, nullptr, &Profile::userName},
    {"oauthFlow"_L1, FieldKind::Flow},
    {"clientId"_L1, FieldKind::Text, nullptr, &Profile::clientId},
    {"authorizeUrl"_L1, FieldKind::Url, &Profile::authorizeUrl},
    {"tokenUrl"_L1, FieldKind::Url, &Profile::tokenUrl},
    {"scope"_L1, FieldKind::Text, nullptr, &Profile::scope},
    {"jtelBaseUrl"_L1, FieldKind::Url, &Profile::jtelBaseUrl},
    {"caBundlePath"_L1, FieldKind::CaFile, nullptr, &Profile::caBundlePath},
};

const FieldSpec *findField(const QString &key)
{
    for (const FieldSpec &spec : Fields) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

QString dialectToken(Profile::CaseDialect dialect)
{
    switch (dialect) {
    case Profile::CaseDialect::EgainV3:
        return u"v3"_s;
    case Profile::CaseDialect::EceV12:
        return u"v12"_s;
    case Profile::CaseDialect::None:
        break;
    }
    return u"none"_s;
}

QString flowToken(Profile::OAuthFlow flow)
{
    return flow == Profile::OAuthFlow::ClientCredentials ? u"client"_s : u"user"_s;
}

QString groupOf(const QString &name)
{
    return ProfilesGroup + u'/' + name;
}

enum class FileCheck { Required, Skipped };

// Shared by setField() and load(). Loading skips the file check: a CA bundle that is missing
// today (unmounted share, package not yet installed) must not silently vanish from the profile.
std::optional<QString> applyField(Profile &profile, const QString &key, const QString &rawValue,
                                  FileCheck fileCheck)
{
    const FieldSpec *spec = findField(key);
    if (!spec) {
        return ProfileStore::tr("Unknown profile field “%1”. Known fields: %2.")
            .arg(key, ProfileStore::fieldNames().join(u", "_s));
    }
    const QString value = rawValue.trimmed();
    switch (spec->kind) {
    case FieldKind::Dialect:
        if (value == u"v3")
            profile.caseDialect = Profile::CaseDialect::EgainV3;
        else if (value == u"v12")
            profile.caseDialect = Profile::CaseDialect::EceV12;
        else if (value == u"none")
            profile.caseDialect = Profile::CaseDialect::None;
        else
            //: v3, v12 and none are literal values the user types; do not translate them
            return ProfileStore::tr("%1 must be v3 (eGain), v12 (Cisco ECE) or none.").arg(key);
        return std::nullopt;
    case FieldKind::Flow:
        if (value == u"user")
            profile.oauthFlow = Profile::OAuthFlow::UserPkce;
        else if (value == u"client")
            profile.oauthFlow = Profile::OAuthFlow::ClientCredentials;
        else
            //: user and client are literal values the user types; do not translate them
            return ProfileStore::tr("%1 must be user (sign in through the browser) or client "
                                    "(API client application).")
                .arg(key);
        return std::nullopt;
    case FieldKind::Url: {
        if (value.isEmpty()) {
            profile.*spec->url = QUrl();
            return std::nullopt;
        }
        // The value is not echoed back: a URL with user info may carry a password.
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || url.host().isEmpty()
            || (url.scheme() != u"https" && url.scheme() != u"http")) {
            return ProfileStore::tr("%1 must be an absolute http:// or https:// URL.").arg(key);
        }
        if (!url.userInfo().isEmpty()) {
            return ProfileStore::tr("%1 must not contain a user name or password; passwords are "
                                    "kept in the system keychain.")
                .arg(key);
        }
        profile.*spec->url = url;
        return std::nullopt;
    }
    case FieldKind::CaFile:
        if (!value.isEmpty() && fileCheck == FileCheck::Required) {
            if (!QDir::isAbsolutePath(value))
                return ProfileStore::tr("%1 must be an absolute path.").arg(key);
            const QFileInfo file(value);
            if (!file.isFile() || !file.isReadable())
                return ProfileStore::tr("%1: “%2” is not a readable file.").arg(key, value);
        }
        profile.*spec->text = value;
        return std::nullopt;
    case FieldKind::Text:
        profile.*spec->text = value;
        return std::nullopt;
    }
    Q_UNREACHABLE();
    return std::nullopt;
}

} // namespace

ProfileStore::ProfileStore()
    : m_settings(QSettings::NativeFormat, QSettings::UserScope, u"AgentDesk"_s, u"agentdesk"_s)
{
}

QStringList ProfileStore::names() const
{
    m_settings.beginGroup(ProfilesGroup);
    QStringList result = m_settings.childGroups();
    m_settings.endGroup();
    result.removeIf([](const QString &name) { return !isValidName(name); });
    result.sort();
    return result;
}

std::optional<Profile> ProfileStore::load(const QString &name) const
{
    if (!isValidName(name) || !names().contains(name))
        return std::nullopt;
    Profile profile;
    profile.name = name;
    for (const FieldSpec &spec : Fields) {
        const QString key = groupOf(name) + u'/' + spec.key;
        if (!m_settings.contains(key))
            continue;
        const QString value = m_settings.value(key).toString();
        if (const auto error = applyField(profile, spec.key, value, FileCheck::Skipped)) {
            // someone edited the file by hand; keep the default and say which key was ignored
            qCWarning(lcAuth) << "profile" << name << "ignores" << spec.key << "in" << fileName()
                              << ":" << *error;
        }
    }
    return profile;
}

bool ProfileStore::save(const Profile &profile)
{
    if (!isValidName(profile.name))
        return false;
    const QString group = groupOf(profile.name);
    m_settings.remove(group);
    m_settings.beginGroup(group);
    for (const auto &[key, value] : fields(profile)) {
        if (!value.isEmpty())
            m_settings.setValue(key, value);
    }
    m_settings.endGroup();
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

bool ProfileStore::remove(const QString &name)
{
    if (!isValidName(name) || !names().contains(name))
        return false;
    if (m_settings.value(ActiveKey).toString() == name)
        m_settings.remove(ActiveKey);
    m_settings.remove(groupOf(name));
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

QString ProfileStore::activeName() const
{
    const QString name = m_settings.value(ActiveKey).toString();
    return isValidName(name) && names().contains(name) ? name : QString();
}

bool ProfileStore::setActive(const QString &name)
{
    if (!isValidName(name) || !names().contains(name))
        return false;
    m_settings.setValue(ActiveKey, name);
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

bool ProfileStore::isValidName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_';
    });
}

std::optional<QString> ProfileStore::setField(Profile &profile, const QString &key,
                                              const QString &value)
{
    // validate on a copy, so a rejected value leaves the profile as it was
    Profile changed = profile;
    if (auto error = applyField(changed, key, value, FileCheck::Required))
        return error;
    profile = changed;
    return std::nullopt;
}

QStringList ProfileStore::fieldNames()
{
    QStringList names;
    for (const FieldSpec &spec : Fields)
        names.append(spec.key);
    return names;
}

QList<QPair<QString, QString>> ProfileStore::fields(const Profile &profile)
{
    QList<QPair<QString, QString>> result;
    for (const FieldSpec &spec : Fields) {
        QString value;
        switch (spec.kind) {
        case FieldKind::Dialect:
            value = dialectToken(profile.caseDialect);
            break;
        case FieldKind::Flow:
            value = flowToken(profile.oauthFlow);
            break;
        case FieldKind::Url:
            value = (profile.*spec.url).toString();
            break;
        case FieldKind::Text:
        case FieldKind::CaFile:
            value = profile.*spec.text;
            break;
        }
        result.append({spec.key, value});
    }
    return result;
}
