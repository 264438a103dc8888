#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

struct Department
{
    int id = 0;
    QString name;
    QStringList calltrackSubtypes;
    // D13: transfers into the department need a Transfer workflow; it puts them in this queue
    bool transferWorkflow = false;
    int transferQueue = 0;
    // D14: the departments it shares activities with (kept symmetric)
    QList<int> sharedWith;
};

struct Queue
{
    int id = 0;
    QString name;
    int department = 0;
    bool active = true; // Q14
};

struct User
{
    int id = 0;
    QString login;
    QString firstName;
    QString lastName;
    QString password;
    int homeDepartment = 0;
    QList<int> foreignDepartments;
    bool callTrackPlus = true;
    bool mayCreateActivity = true;
    bool mayChangeCase = true;
    // Transfer on every user and queue (C9, T14, Q15)
    bool mayTransfer = false;
    // the 'Pick Activities' action (K12), the 'Unpin' action (K14) and the "Pull activities"
    // permission on users (K13) and queues (K15)
    bool mayPick = false;
    bool mayUnpin = false;
    QSet<int> pullUsers;
    QSet<int> pullQueues;
    bool available = true;

    bool worksIn(int departmentId) const
    {
        return homeDepartment == departmentId || foreignDepartments.contains(departmentId);
    }
    QString employeeNumber() const { return QStringLiteral("E%1").arg(id); }
};

struct Customer
{
    int id = 0;
    QString firstName;
    QString lastName;
    int department = 0;
    int contactId = 0;
    int emailId = 0;
    QString email;
    int phoneId = 0;
    QString phone;
    int postalId = 0;

    QString name() const { return firstName + QLatin1Char(' ') + lastName; }
};

struct Activity
{
    qint64 id = 0;
    qint64 caseId = 0;
    int department = 0;
    // the transfer fixtures (README.md, "Activities to reassign") add social and task
    QString type;    // call_track, email, chat, web
    QString subtype; // general, …
    QString mode;    // inbound, outbound
    QString status;  // in_queue, assigned, completed, in_workflow
    int assignedUser = 0;
    int queue = 0;
    QString subject;
    QString contentText;
    QString contentHtml;
    int customer = 0;
    QString contactPointData;
    QString priority;
    qint64 dueDate = 0;
    qint64 created = 0;
    qint64 lastModified = 0;
    int lastModifiedBy = 0;
    int lockedBy = 0;
    // pinned by its assignee (T11); not part of the documented representation
    bool pinned = false;
    // set on an outbound reply: the activity it answers; 0 for inbound and composed ones
    qint64 replyTo = 0;
    QString replyStatus; // empty: no reply; "draft" or "completed"
    QMap<QString, QString> customAttributes;
    QStringList attachmentAltIds;
    QString language = QStringLiteral("en-US");

    bool isOpen() const { return status != QLatin1String("completed"); }
    bool isReply() const { return replyTo != 0; }
};

struct Case
{
    qint64 id = 0;
    int department = 0;
    bool open = true;
    int owner = 0;
    int customer = 0;
    QString subject;
    QString description;
    QString solution;
    QString severity;
    qint64 dueDate = 0;
    QString originatingChannel;
    QSet<qint64> relatedCases;
    QMap<QString, QString> customAttributes;
    qint64 created = 0;
    qint64 lastModified = 0;
    int lastModifiedBy = 0;
};

struct CustomAttributeDefinition
{
    QString name;
    QStringList enumeration; // empty: free text
};

struct JtelGroup
{
    int id = 0;
    QString name;
    bool forbidsDuplicates = false;
    QList<int> members;
};

struct JtelEvent
{
    qint64 id = 0;
    int typeId = 0;
    int statusId = 1;
    std::optional<int> groupId;
    std::optional<int> configurationGroupId;
    std::optional<int> agentGroupId;
    std::optional<int> usersId;
    QString sender;
    QString receiver;
    QString subject;
    QString body;
    QString crmUrl;
    QString userData;
    int priority = 50;
    qint64 created = 0; // local wall-clock time as msecs, see DataStore::localNow()
    qint64 modified = 0;
    std::optional<qint64> appointment;
    QStringList comments;
};

// All state of the sandbox: the fixture records documented in README.md, generated volume,
// and every change the API calls make. Single-threaded, owned by the server.
class DataStore
{
public:
    void seed(quint32 seed, int scale, int jtelClientsId);
    // --bulk-case N (benchmarks): case 70009 with N activities in queue, ids from 9000001
    void seedBulkCase(int activityCount);
    qint64 bulkSeededAt = 0; // when seedBulkCase() first ran

    QMap<int, Department> departments;
    QMap<int, User> users;
    QMap<int, Customer> customers;
    std::map<qint64, Case> cases;
    std::map<qint64, Activity> activities;
    QList<CustomAttributeDefinition> activityAttributes;
    QList<CustomAttributeDefinition> caseAttributes;
    QMap<int, Queue> queues;

    QMap<int, JtelGroup> jtelGroups;
    QMap<int, QList<int>> jtelAgentGroups; // configuration group -> agent group ids
    QMap<int, QList<int>> jtelAgentGroupMembers;
    QSet<int> jtelUsers;
    QStringList jtelServiceNumbers;
    int jtelClientsId = 1234;

    // The ACD events. Every change goes through jtelEventsForUpdate() or seed(), which move
    // jtelRevision() on: a jtel list rendered at an earlier revision is stale.
    const std::map<qint64, JtelEvent> &jtelEvents() const { return m_jtelEvents; }
    std::map<qint64, JtelEvent> &jtelEventsForUpdate();
    quint64 jtelRevision() const { return m_jtelRevision; }

    qint64 nextCaseId = 0;
    qint64 nextActivityId = 0;
    qint64 nextEventId = 0;

    const Department *departmentByName(const QString &name) const;
    const User *userByLogin(const QString &login) const;
    const User *user(int id) const;
    const Customer *customer(int id) const;
    const CustomAttributeDefinition *activityAttribute(const QString &name) const;
    const CustomAttributeDefinition *caseAttribute(const QString &name) const;
    bool setUserAvailable(const QString &login, bool available);

    // jtel records carry local wall-clock times without a zone
    static qint64 localNow();

private:
    void seedFixtures(qint64 now);
    void seedGenerated(quint32 seed, int scale, qint64 now);
    void seedJtel(quint32 seed, int scale, qint64 now);

    std::map<qint64, JtelEvent> m_jtelEvents;
    // never goes back, not even when seed() replaces everything
    quint64 m_jtelRevision = 0;
};
