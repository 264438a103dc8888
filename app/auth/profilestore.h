#pragma once

#include "auth/profile.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSettings>
#include <QStringList>

#include <optional>

// The saved server profiles and which one is active, in the user's settings file
// (~/.config/AgentDesk/agentdesk.conf on Linux), shared by the GUI and agentdeskctl.
// Secrets are never stored here; see CredentialStore.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    ProfileStore();

    QStringList names() const;
    std::optional<Profile> load(const QString &name) const;
    // Replaces the whole profile, so a field cleared in the struct is cleared on disk. False
    // for an invalid name or when the settings file cannot be written.
    bool save(const Profile &profile);
    // Also clears the active profile when it was this one. False when there is no such profile.
    bool remove(const QString &name);

    // Empty when none is active or the active one has been removed.
    QString activeName() const;
    bool setActive(const QString &name);

    QString fileName() const { return m_settings.fileName(); }

    // Profile names end up in keychain keys (agentdesk:<profile>:…) and settings groups,
    // where ':' and '/' would be separators: ASCII letters, digits, '-' and '_' only.
    static bool isValidName(const QString &name);

    // key=value editing for the CLI. Returns a translated message for an unknown key or a bad
    // value and leaves the profile unchanged then. An empty value clears a text or URL field.
    static std::optional<QString> setField(Profile &profile, const QString &key,
                                           const QString &value);
    static QStringList fieldNames();
    // Every field in fieldNames() order with the value setField() accepts back.
    static QList<QPair<QString, QString>> fields(const Profile &profile);

private:
    // mutable: listing the profiles needs beginGroup()/endGroup(), which changes no data
    mutable QSettings m_settings;
};
