#include "datastore.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Day = 24 * 60 * Minute;

const QStringList FirstNames = {u"Anna"_s,  u"Ben"_s,   u"Clara"_s, u"David"_s, u"Elif"_s,
                                u"Felix"_s, u"Greta"_s, u"Hugo"_s,  u"Ines"_s,  u"Jonas"_s,
                                u"Karin"_s, u"Luca"_s,  u"Mia"_s,   u"Noah"_s,  u"Olga"_s,
                                u"Paul"_s,  u"Rosa"_s,  u"Sami"_s,  u"Tara"_s,  u"Uwe"_s};
const QStringList LastNames = {u"Schmidt"_s, u"Weber"_s,  u"Meyer"_s,  u"Wagner"_s, u"Becker"_s,
                               u"Hoffmann"_s, u"Koch"_s,  u"Richter"_s, u"Klein"_s, u"Wolf"_s,
                               u"Neumann"_s, u"Braun"_s,  u"Zimmer"_s, u"Hartmann"_s, u"Lange"_s};
const QStringList Topics = {u"Router restarts every few minutes"_s,
                            u"Invoice shows a double charge"_s,
                            u"Replacement device not delivered"_s,
                            u"Request to change the tariff"_s,
                            u"Modem loses sync at night"_s,
                            u"Question about the contract term"_s,
                            u"Direct debit failed"_s,
                            u"Complaint about technician visit"_s,
                            u"Moving house: transfer of the line"_s,
                            u"Password reset for the customer portal"_s,
                            u"Roaming charges disputed"_s,
                            u"Order status of a new phone"_s};

} // namespace

qint64 DataStore::localNow()
{
    const QDateTime local = QDateTime::currentDateTime();
    return QDateTime(local.date(), local.time(), Qt::UTC).toMSecsSinceEpoch();
}

void DataStore::seed(quint32 seed, int scale, int clientsId)
{
    const qint64 bulkTime = bulkSeededAt;
    const quint64 jtelRevision = m_jtelRevision;
    *this = DataStore();
    bulkSeededAt = bulkTime;
    m_jtelRevision = jtelRevision + 1;
    jtelClientsId = clientsId;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    seedFixtures(now);
    seedGenerated(seed, scale, now);
    seedJtel(seed, scale, localNow());
}

void DataStore::seedFixtures(qint64 now)
{
    departments = {{1, {1, u"Service"_s, {u"general"_s, u"complaint"_s, u"follow_up"_s}}},
                   {2, {2, u"Sales"_s, {u"general"_s, u"order"_s}}},
                   {3, {3, u"Billing"_s, {u"general"_s, u"payment"_s}}}};
    // D13, D14: Billing has no Transfer workflow; Sales and Billing do not share activities
    departments[1].transferWorkflow = true;
    departments[1].transferQueue = 301;
    departments[1].sharedWith = {2, 3};
    departments[2].transferWorkflow = true;
    departments[2].transferQueue = 302;
    departments[2].sharedWith = {1};
    departments[3].sharedWith = {1};
    queues
        = {{301, {301, u"Service queue"_s, 1}},          {302, {302, u"Sales queue"_s, 2}},
           {303, {303, u"Billing queue"_s, 3}},          {304, {304, u"Service escalations"_s, 1}},
           {305, {305, u"Service archive"_s, 1, false}}, {306, {306, u"Sales leads"_s, 2}}};

    auto addUser = [this](int id, const QString &login, const QString &first, const QString &last,
                          int home) -> User & {
        User user;
        user.id = id;
        user.login = login;
        user.firstName = first;
        user.lastName = last;
        user.password = u"sandbox"_s;
        user.homeDepartment = home;
        return users[id] = user;
    };
    addUser(1001, u"lena.fischer"_s, u"Lena"_s, u"Fischer"_s, 1);
    addUser(1002, u"m.jansen"_s, u"Marit"_s, u"Jansen"_s, 1);
    User &supervisor = addUser(1003, u"s.okafor"_s, u"Sade"_s, u"Okafor"_s, 1);
    supervisor.foreignDepartments = {2, 3};
    supervisor.mayTransfer = true;
    addUser(1004, u"j.moreau"_s, u"Julien"_s, u"Moreau"_s, 2);
    addUser(1005, u"a.garcia"_s, u"Alba"_s, u"Garcia"_s, 3);
    addUser(1006, u"t.nowak"_s, u"Tomasz"_s, u"Nowak"_s, 1).callTrackPlus = false;
    addUser(1007, u"r.ito"_s, u"Ren"_s, u"Ito"_s, 1).available = false;
    User &restricted = addUser(1008, u"k.berg"_s, u"Kari"_s, u"Berg"_s, 2);
    restricted.mayCreateActivity = false;
    restricted.mayChangeCase = false;
    // transfer and pick: the supervisor may pull from everyone and everywhere; m.jansen may
    // pick from t.nowak and the Service queue only; p.lindqvist may transfer but not pick
    User &lead = addUser(1009, u"p.lindqvist"_s, u"Pia"_s, u"Lindqvist"_s, 1);
    lead.foreignDepartments = {2};
    lead.mayTransfer = true;
    supervisor.mayPick = true;
    supervisor.mayUnpin = true;
    for (const User &user : std::as_const(users))
        supervisor.pullUsers.insert(user.id);
    for (const Queue &queue : std::as_const(queues))
        supervisor.pullQueues.insert(queue.id);
    User &picker = users[1002];
    picker.mayPick = true;
    picker.pullUsers = {1006};
    picker.pullQueues = {301};

    activityAttributes = {{u"contact_reason"_s, {u"billing"_s, u"technical"_s, u"complaint"_s, u"other"_s}},
                          {u"callback_number"_s, {}}};
    caseAttributes = {{u"sales_region"_s, {u"EMEA"_s, u"AMER"_s, u"APAC"_s}}, {u"contract_id"_s, {}}};

    for (int i = 1; i <= 60; ++i) {
        Customer customer;
        customer.id = 5000 + i;
        customer.firstName = FirstNames.at((i - 1) % FirstNames.size());
        customer.lastName = LastNames.at((i - 1) % LastNames.size());
        if (i > FirstNames.size())
            customer.lastName += u"-"_s + LastNames.at((i * 7) % LastNames.size());
        customer.department = i <= 30 ? 1 : i <= 45 ? 2 : 3;
        customer.contactId = 6000 + i;
        customer.emailId = 7000 + i;
        customer.email = (customer.firstName + u'.' + customer.lastName).toLower() + u"@example.com"_s;
        customer.phoneId = 8000 + i;
        customer.phone = u"4930555%1"_s.arg(10000 + i, 6, 10, QLatin1Char(u'0'));
        customer.postalId = 9000 + i;
        customers.insert(customer.id, customer);
    }

    auto addCase = [this, now](qint64 id, int customer, bool open, int department = 1, int owner = 1001) {
        Case c;
        c.id = id;
        c.department = department;
        c.open = open;
        c.owner = owner;
        c.customer = customer;
        c.subject = Topics.at(id % Topics.size());
        c.originatingChannel = u"email"_s;
        c.created = now - 10 * Day + id % 100 * Minute;
        c.lastModified = c.created;
        c.lastModifiedBy = owner;
        cases[id] = c;
    };
    auto addActivity = [this, now](qint64 id, qint64 caseId, const QString &status, int assignee,
                                   const QString &type = u"email"_s) -> Activity & {
        const Case &c = cases.at(caseId);
        Activity a;
        a.id = id;
        a.caseId = caseId;
        a.department = c.department;
        a.type = type;
        a.subtype = u"general"_s;
        a.mode = u"inbound"_s;
        a.status = status;
        a.assignedUser = status == u"in_queue"_s ? 0 : assignee;
        a.queue = 300 + c.department;
        a.subject = c.subject;
        a.contentText = u"Customer wrote about: "_s + c.subject;
        a.customer = c.customer;
        a.priority = u"3"_s;
        a.created = c.created + (id % 50) * Minute;
        a.lastModified = a.created;
        a.lastModifiedBy = assignee;
        return activities[id] = a;
    };

    addCase(70001, 5001, true);
    addActivity(81001, 70001, u"assigned"_s, 1001, u"call_track"_s);
    addActivity(81002, 70001, u"in_queue"_s, 0);
    addActivity(81003, 70001, u"assigned"_s, 1002).lockedBy = 1002;
    addActivity(81004, 70001, u"assigned"_s, 1001).replyStatus = u"draft"_s;
    addActivity(81005, 70001, u"completed"_s, 1001);
    addCase(70002, 5001, false);
    addActivity(81006, 70002, u"completed"_s, 1001);
    addCase(70003, 5002, true);
    addActivity(81007, 70003, u"assigned"_s, 1001);
    addCase(70004, 5001, true);
    addActivity(81008, 70004, u"assigned"_s, 1001);
    addCase(70005, 5001, true, 2, 1004);
    addActivity(81009, 70005, u"assigned"_s, 1004);
    addCase(70006, 0, true);
    addActivity(81010, 70006, u"in_queue"_s, 0, u"call_track"_s);
    addCase(70007, 5001, true);
    addActivity(81011, 70007, u"assigned"_s, 1001).replyStatus = u"completed"_s;
    addCase(70008, 5001, true);
    for (qint64 id = 81101; id <= 81180; ++id)
        addActivity(id, 70008, u"in_queue"_s, 0);

    // transfer and pick (README.md, "Activities to reassign"); none of them is lena.fischer's
    const QString inQueue = u"in_queue"_s;
    const QString assigned = u"assigned"_s;
    addCase(70020, 5003, true, 1, 1002);
    addActivity(81201, 70020, inQueue, 0);
    addActivity(81202, 70020, assigned, 1002).replyStatus = u"draft"_s;
    addActivity(81203, 70020, assigned, 1002).pinned = true;
    addActivity(81204, 70020, assigned, 1006).lockedBy = 1006;
    addActivity(81205, 70020, inQueue, 0).mode = u"outbound"_s;
    Activity &reply = addActivity(81206, 70020, assigned, 1002);
    reply.mode = u"outbound"_s;
    reply.replyTo = 81202;
    reply.subject = u"Re: "_s + reply.subject;
    addCase(70021, 5004, true, 1, 1006);
    addActivity(81207, 70021, inQueue, 0, u"task"_s);
    addActivity(81208, 70021, assigned, 1002, u"call_track"_s);
    addActivity(81209, 70021, u"in_workflow"_s, 0);
    addActivity(81210, 70021, u"completed"_s, 1002);
    addActivity(81211, 70021, inQueue, 0, u"social"_s);
    addCase(70022, 5005, true, 1, 1006);
    addActivity(81212, 70022, inQueue, 0).queue = 304;
    addActivity(81213, 70022, assigned, 1007);
    addActivity(81214, 70022, assigned, 1006).pinned = true;
    addActivity(81215, 70022, assigned, 1006);
    addActivity(81216, 70022, assigned, 1009);
    addCase(70023, 5031, true, 2, 1004);
    addActivity(81221, 70023, inQueue, 0);
    addActivity(81222, 70023, assigned, 1004);
    addActivity(81223, 70023, assigned, 1008, u"task"_s);
    addActivity(81224, 70023, inQueue, 0).queue = 306;
    addCase(70024, 5046, true, 3, 1005);
    addActivity(81231, 70024, inQueue, 0);
    addActivity(81232, 70024, assigned, 1005);
    addActivity(81233, 70024, inQueue, 0, u"task"_s);

    nextCaseId = 70101;
    nextActivityId = 82001;
}

void DataStore::seedBulkCase(int activityCount)
{
    // above every generated id at any practical --scale, so the seed around it stays the same
    constexpr qint64 CaseId = 70009;
    constexpr qint64 FirstActivityId = 9'000'001;
    // the same times at every reset: a write recorded before one (its lastModified included)
    // can be replayed after it, as the bulk benchmark's curl side does
    if (!bulkSeededAt)
        bulkSeededAt = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = bulkSeededAt;
    Case c;
    c.id = CaseId;
    c.department = 1;
    c.owner = 1001;
    c.customer = 5001;
    c.subject = u"Outage report: many messages about the same fault"_s;
    c.originatingChannel = u"email"_s;
    c.created = now - Day;
    c.lastModified = c.created;
    c.lastModifiedBy = c.owner;
    cases[CaseId] = c;
    for (qint64 i = 0; i < activityCount; ++i) {
        Activity a;
        a.id = FirstActivityId + i;
        a.caseId = CaseId;
        a.department = c.department;
        a.type = u"email"_s;
        a.subtype = u"general"_s;
        a.mode = u"inbound"_s;
        a.status = u"in_queue"_s;
        a.queue = 301;
        a.subject = c.subject;
        a.contentText = u"Customer wrote about: "_s + c.subject;
        a.customer = c.customer;
        a.priority = u"3"_s;
        a.created = c.created + i % 1000 * Minute / 10;
        a.lastModified = a.created;
        a.lastModifiedBy = c.owner;
        activities[a.id] = a;
    }
}

void DataStore::seedGenerated(quint32 seed, int scale, qint64 now)
{
    QRandomGenerator random(seed);
    static const QStringList Types = {u"email"_s, u"call_track"_s, u"chat"_s, u"web"_s};
    static const QStringList Statuses = {u"in_queue"_s, u"assigned"_s, u"assigned"_s,
                                         u"completed"_s, u"completed"_s, u"in_workflow"_s};
    static const QStringList Severities = {u"urgent"_s, u"high"_s, u"medium"_s, u"low"_s};
    static const QList<int> Agents[] = {{}, {1001, 1002, 1003, 1006, 1007}, {1004, 1008}, {1005}};

    const int caseCount = 250 * scale;
    const int activityCount = 1200 * scale;
    for (int i = 0; i < caseCount; ++i) {
        const int customerId = 5001 + int(random.bounded(60));
        const Customer &customer = customers[customerId];
        const QList<int> &agents = Agents[customer.department];
        Case c;
        c.id = nextCaseId++;
        c.department = customer.department;
        c.owner = agents.at(int(random.bounded(agents.size())));
        c.customer = customerId;
        c.subject = Topics.at(int(random.bounded(Topics.size())));
        c.severity = Severities.at(int(random.bounded(Severities.size())));
        c.originatingChannel = random.bounded(2) ? u"email"_s : u"phone"_s;
        c.created = now - qint64(random.bounded(90 * 24 * 60)) * Minute;
        c.lastModified = std::min(c.created + qint64(random.bounded(24 * 60)) * Minute, now - Minute);
        c.lastModifiedBy = c.owner;
        cases[c.id] = c;
    }
    const qint64 firstCase = nextCaseId - caseCount;
    for (int i = 0; i < activityCount; ++i) {
        // the first activity of every case comes in order, the rest land at random
        Case &c = cases.at(i < caseCount ? firstCase + i : firstCase + random.bounded(caseCount));
        const QList<int> &agents = Agents[c.department];
        Activity a;
        a.id = nextActivityId++;
        a.caseId = c.id;
        a.department = c.department;
        a.type = Types.at(int(random.bounded(Types.size())));
        a.subtype = departments[c.department].calltrackSubtypes.value(
            int(random.bounded(departments[c.department].calltrackSubtypes.size())));
        a.mode = random.bounded(4) ? u"inbound"_s : u"outbound"_s;
        a.status = Statuses.at(int(random.bounded(Statuses.size())));
        a.assignedUser = a.status == u"in_queue"_s ? 0 : agents.at(int(random.bounded(agents.size())));
        a.queue = 300 + c.department;
        a.subject = i < caseCount ? c.subject : u"Re: "_s + c.subject;
        a.contentText = u"Notes on \"%1\" for %2."_s.arg(c.subject, customers[c.customer].name());
        a.customer = c.customer;
        a.priority = QString::number(1 + random.bounded(7));
        // nothing in the seeded history lies in the future
        a.created = std::min(c.created + qint64(random.bounded(7 * 24 * 60)) * Minute, now - Minute);
        a.lastModified = std::min(a.created + qint64(random.bounded(3 * 24 * 60)) * Minute, now - Minute);
        a.lastModifiedBy = a.assignedUser ? a.assignedUser : c.owner;
        if (a.status == u"assigned"_s && random.bounded(20) == 0)
            a.lockedBy = a.assignedUser;
        if (a.status == u"assigned"_s && random.bounded(10) == 0)
            a.replyStatus = u"draft"_s;
        if (random.bounded(3) == 0)
            a.customAttributes.insert(u"contact_reason"_s,
                                      activityAttributes[0].enumeration.at(int(random.bounded(4))));
        activities[a.id] = a;
    }
    // a case whose activities are all completed is closed, as the server would have done
    QSet<qint64> withOpenWork;
    for (const auto &[id, activity] : activities) {
        if (activity.isOpen())
            withOpenWork.insert(activity.caseId);
    }
    for (auto &[id, c] : cases) {
        if (id >= firstCase)
            c.open = withOpenWork.contains(id);
    }
}

void DataStore::seedJtel(quint32 seed, int scale, qint64 now)
{
    jtelGroups = {{512, {512, u"Service hotline"_s, true, {2001, 2002, 2003}}},
                  {513, {513, u"Sales callbacks"_s, false, {2003, 2004}}},
                  {514, {514, u"Billing"_s, false, {2005}}}};
    jtelAgentGroups = {{40, {41, 42}}};
    jtelAgentGroupMembers = {{41, {2001, 2006}}, {42, {2001, 2006}}};
    for (int id = 2001; id <= 2008; ++id)
        jtelUsers.insert(id);
    jtelServiceNumbers = {u"4930120000"_s, u"4930120001"_s, u"4989333000"_s};

    JtelEvent callback;
    callback.id = 88001;
    callback.typeId = 3;
    callback.statusId = 1;
    callback.groupId = 512;
    callback.sender = u"4922199900011"_s;
    callback.receiver = u"4930120000"_s;
    callback.subject = u"Callback request"_s;
    callback.body = u"Customer asked for a call back after 14:00."_s;
    callback.created = now - 2 * 60 * Minute;
    callback.modified = callback.created;
    m_jtelEvents[callback.id] = callback;

    JtelEvent ticket;
    ticket.id = 88002;
    ticket.typeId = 6;
    ticket.statusId = 20;
    ticket.groupId = 513;
    ticket.sender = u"client@example.net"_s;
    ticket.receiver = u"support@example.com"_s;
    ticket.subject = u"Ticket T-20931 opened by web form"_s;
    ticket.crmUrl = u"https://tickets.example.com/T-20931"_s;
    ticket.userData = u"T-20931"_s;
    ticket.created = now - 26 * 60 * Minute;
    ticket.modified = ticket.created + 30 * Minute;
    m_jtelEvents[ticket.id] = ticket;

    QRandomGenerator random(seed * 7919u + 3u);
    static const int Types[] = {1, 3, 3, 3, 5, 6};
    static const int Statuses[] = {1, 1, 20, 20, 30};
    static const int Groups[] = {512, 513, 514};
    nextEventId = 88101;
    const int eventCount = 300 * scale;
    for (int i = 0; i < eventCount; ++i) {
        JtelEvent event;
        event.id = nextEventId++;
        event.typeId = Types[random.bounded(6)];
        event.statusId = Statuses[random.bounded(5)];
        const int group = Groups[random.bounded(3)];
        event.groupId = group;
        if (random.bounded(4) == 0)
            event.usersId = jtelGroups[group].members.at(int(random.bounded(jtelGroups[group].members.size())));
        const Customer &customer = customers[5001 + int(random.bounded(60))];
        const QString topic = Topics.at(int(random.bounded(Topics.size())));
        switch (event.typeId) {
        case 1:
            event.sender = customer.phone;
            event.receiver = jtelServiceNumbers.at(int(random.bounded(3)));
            event.subject = u"Voicemail: "_s + topic;
            break;
        case 3:
            event.sender = customer.phone;
            event.receiver = jtelServiceNumbers.at(int(random.bounded(3)));
            event.subject = u"Callback wanted: "_s + topic;
            event.body = u"Please call %1 back."_s.arg(customer.name());
            break;
        case 5:
            event.sender = customer.email;
            event.receiver = u"service@example.com"_s;
            event.subject = topic;
            break;
        default:
            event.sender = customer.email;
            event.receiver = u"support@example.com"_s;
            event.userData = u"T-%1"_s.arg(30000 + i);
            event.crmUrl = u"https://tickets.example.com/"_s + event.userData;
            event.subject = u"Ticket %1: %2"_s.arg(event.userData, topic);
            break;
        }
        event.priority = int(random.bounded(201));
        event.created = now - qint64(random.bounded(14 * 24 * 60)) * Minute - qint64(random.bounded(60000));
        event.modified = std::min(event.created + qint64(random.bounded(600)) * Minute, now - Minute);
        if (random.bounded(5) == 0)
            event.appointment = now + qint64(random.bounded(3 * 24 * 60)) * Minute;
        m_jtelEvents[event.id] = event;
    }
}

std::map<qint64, JtelEvent> &DataStore::jtelEventsForUpdate()
{
    ++m_jtelRevision;
    return m_jtelEvents;
}

const Department *DataStore::departmentByName(const QString &name) const
{
    for (const Department &department : departments) {
        if (department.name == name)
            return &department;
    }
    return nullptr;
}

const User *DataStore::userByLogin(const QString &login) const
{
    for (const User &user : users) {
        if (user.login == login)
            return &user;
    }
    return nullptr;
}

const User *DataStore::user(int id) const
{
    const auto it = users.constFind(id);
    return it == users.cend() ? nullptr : &*it;
}

const Customer *DataStore::customer(int id) const
{
    const auto it = customers.constFind(id);
    return it == customers.cend() ? nullptr : &*it;
}

const CustomAttributeDefinition *DataStore::activityAttribute(const QString &name) const
{
    for (const auto &definition : activityAttributes) {
        if (definition.name == name)
            return &definition;
    }
    return nullptr;
}

const CustomAttributeDefinition *DataStore::caseAttribute(const QString &name) const
{
    for (const auto &definition : caseAttributes) {
        if (definition.name == name)
            return &definition;
    }
    return nullptr;
}

bool DataStore::setUserAvailable(const QString &login, bool available)
{
    for (User &user : users) {
        if (user.login == login) {
            user.available = available;
            return true;
        }
    }
    return false;
}
