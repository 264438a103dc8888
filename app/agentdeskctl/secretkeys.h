#pragma once

#include "auth/credentialstore.h"
#include "auth/profile.h"

#include <QList>

#include <functional>

// Which keychain entries belong to which server of a profile (the names themselves are
// ServerConnections'), and removing them.
namespace SecretKeys {

enum class Server { Case, Jtel };

// every entry a sign-in to that server may have left, whatever the profile's current settings:
// a profile switched from ECE to eGain must not keep the old password behind
QList<CredentialKey> of(const Profile &profile, Server server);
QList<CredentialKey> all(const Profile &profile);

// one after another; the first keychain error ends it. Missing entries are fine.
void remove(CredentialStore *store, QList<CredentialKey> keys,
            const std::function<void(QString error)> &done);

} // namespace SecretKeys
