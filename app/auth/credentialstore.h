#pragma once

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

// Names one secret: a password, client secret or token of one server of one profile.
struct CredentialKey
{
    QString profile; // a profile name (ProfileStore::isValidName)
    QString server; // "egain", "ece" or "jtel"
    QString kind; // "password", "client-secret", "token", …: lowercase letters, digits, '-'

    bool isValid() const;
    // The keychain entry, scoped per profile and server so that two profiles (say test and
    // production on the same host) never overwrite each other: agentdesk:<profile>:<server>:<kind>
    QString entryName() const;
};

// Passwords, client secrets and tokens in the system keychain (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows), under the service "agentdesk". This
// is the only place that talks to QtKeychain, and there is no plain-file fallback: without a
// keychain the calls fail with a message that says what to install or start.
//
// Every call answers exactly once through its callback, always later from the event loop
// (never before the call returns), unless the store is destroyed first. Secrets are never
// logged.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    // secret is std::nullopt with an empty error when there is no such entry
    using ReadCallback = std::function<void(std::optional<QString> secret, QString error)>;
    using DoneCallback = std::function<void(QString error)>;

    // At login the Secret Service may still be starting (D-Bus activation of gnome-keyring or
    // kwalletd), so a call that finds no backend is tried once more after this delay.
    static constexpr std::chrono::milliseconds RetryDelay {1000};

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    static QString serviceName();

    void read(const CredentialKey &key, ReadCallback done);
    void write(const CredentialKey &key, const QString &secret, DoneCallback done);
    // Removing an entry that does not exist is not an error.
    void remove(const CredentialKey &key, DoneCallback done);

Q_SIGNALS:
    // The keychain did not answer and the one retry is scheduled; the GUI can say "waiting
    // for the keychain" instead of looking stuck.
    void waitingForKeychain();

private:
    struct Request;
    void submit(std::shared_ptr<Request> request);
    void start(std::shared_ptr<Request> request);
};
