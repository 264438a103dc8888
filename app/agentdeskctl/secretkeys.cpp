#include "agentdeskctl/secretkeys.h"

#include "auth/serverconnections.h"

namespace SecretKeys {

QList<CredentialKey> of(const Profile &profile, Server server)
{
    if (server == Server::Jtel)
        return {ServerConnections::jtelTokenKey(profile)};
    Profile ece = profile;
    ece.caseDialect = Profile::CaseDialect::EceV12;
    Profile egain = profile;
    egain.caseDialect = Profile::CaseDialect::EgainV3;
    return {ServerConnections::caseSecretKey(ece), ServerConnections::caseSecretKey(egain),
            ServerConnections::accessTokenKey(profile)};
}

QList<CredentialKey> all(const Profile &profile)
{
    return of(profile, Server::Case) + of(profile, Server::Jtel);
}

void remove(CredentialStore *store, QList<CredentialKey> keys,
            const std::function<void(QString error)> &done)
{
    if (keys.isEmpty()) {
        done(QString());
        return;
    }
    const CredentialKey key = keys.takeFirst();
    store->remove(key, [store, keys, done](const QString &error) {
        if (!error.isEmpty()) {
            done(error);
            return;
        }
        remove(store, keys, done);
    });
}

} // namespace SecretKeys
