#pragma once

#include <QString>
#include <QUrl>

// One named server profile: where the case-management server and the jtel ACD live, and how
// to sign in there. Deliberately no field for passwords, client secrets or tokens: those live
// only in the system keychain (CredentialStore), so this struct can be written to QSettings,
// printed by the CLI and logged without leaking anything.
struct Profile
{
    enum class CaseDialect { None, EgainV3, EceV12 };
    enum class OAuthFlow { UserPkce, ClientCredentials };

    QString name; // letters, digits, '-' and '_' (ProfileStore::isValidName)
    CaseDialect caseDialect = CaseDialect::None;
    QUrl caseBaseUrl; // eGain: the API base; ECE: up to and including the web context root
    QString userName; // ECE or eGain user
    OAuthFlow oauthFlow = OAuthFlow::UserPkce; // eGain v3 only
    QString clientId;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString scope; // free text: the eGain docs show both short names and full URIs
    QUrl jtelBaseUrl; // up to and including the ClientsID: .../rest/v1.0/{ClientsID}
    QString caBundlePath; // extra trusted CAs for servers with a private CA; empty: system store

    // An eGain v3 OAuth client application: no user of its own (no "my activities", no picks,
    // a calltrack must name who gets it)
    bool isClientApplication() const
    {
        return caseDialect == CaseDialect::EgainV3 && oauthFlow == OAuthFlow::ClientCredentials;
    }

    friend bool operator==(const Profile &, const Profile &) = default;
};
