#pragma once

#include "domain/activityquery.h"

#include <QList>
#include <QObject>

#include <optional>

class ServerSession;

// The read commands: activities, cases, events and subtypes, printed as tab-separated values or
// JSON. They use the secrets stored by `login` and never start an interactive sign-in: a
// script gets exit code 5 instead of a browser URL. Ends through ServerSession.
class ReadCommands : public QObject
{
    Q_OBJECT
public:
    ReadCommands(ServerSession *session, bool json, QObject *parent = nullptr);

    void activitiesByIds(const QList<qint64> &ids);
    void searchActivities(const ActivityQuery &query);
    void cases(const QList<qint64> &ids);
    // nothing: every event of the account
    void events(std::optional<qint64> id);
    void subtypes();

private:
    ServerSession *m_session;
    bool m_json;
};
