#pragma once

#include "ctlrun.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

// agentdeskctl with one profile, the way the reliability suites drive it: every command gets
// --profile, failures come back as text for the test's own message.
class ProfileCtl
{
public:
    ProfileCtl(const QString &program, const QString &profile);

    QString profile() const { return m_profile; }

    CtlRun run(const QStringList &arguments, const QByteArray &input = {}) const;
    CtlRun runAndKill(const QStringList &arguments, int killAfterMs) const;
    QList<CtlRun> runAll(const QList<QStringList> &argumentLists) const;

    // `profile set`; empty on success, else what failed
    QString set(const QStringList &fields) const;
    // `login` with the secret on stdin (server "case" or "jtel"), up to attempts times while
    // it fails (the sign-in itself may meet an injected fault); empty on success
    QString login(const QString &server, const QString &secret, bool passwordOption,
                  const QStringList &extra = {}, int attempts = 1) const;
    // `outbox list --json`, with --all; an empty array when it failed (see error)
    QJsonArray outbox(bool all, QString *error = nullptr) const;
    // `profile remove` with its keychain entries
    QString remove() const;

private:
    QStringList withProfile(const QStringList &arguments) const;

    QString m_program;
    QString m_profile;
};
