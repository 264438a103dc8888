#include "reassigndialog.h"

#include "controllers/reassigncontroller.h"
#include "sync/outboxpayload.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace {

using Operation = ReassignRequest::Operation;

// the note lists this many activities that cannot go
constexpr int ListedProblems = 6;

// "Lena Fischer (1001)", or the ID alone where the cache has no name
QString targetText(qint64 id, const QString &name)
{
    return name.isEmpty() ? QString::number(id) : u"%1 (%2)"_s.arg(name).arg(id);
}

} // namespace

ReassignDialog::ReassignDialog(ReassignController *controller, const QList<Activity> &activities,
                               Operation operation, const TeamLoadStore::Targets &targets,
                               const ReassignValidator::Context &context, QWidget *parent)
    : OperationDialog(controller, parent)
    , m_controller(controller)
    , m_activities(activities)
    , m_targets(targets)
    , m_context(context)
    , m_selection(createInfoLabel(u"activities"_s))
    , m_blocked(createInfoLabel(u"blocked"_s))
    , m_chunkNote(createInfoLabel(u"chunkNote"_s))
    , m_operation(createCombo(u"operation"_s))
    , m_target(createCombo(u"target"_s))
    , m_unpin(new QCheckBox(tr("&Unpin activities their assignee pinned")))
{
    setWindowTitle(tr("Reassign Activities"));
    m_operation->addItem(tr("Transfer to a user"), int(Operation::TransferToUser));
    m_operation->addItem(tr("Transfer to a queue"), int(Operation::TransferToQueue));
    m_operation->addItem(tr("Transfer to a department"), int(Operation::TransferToDepartment));
    m_operation->addItem(tr("Pick: assign them to me"), int(Operation::Pick));
    m_operation->setCurrentIndex(m_operation->findData(int(operation)));
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    // type-ahead on any part of the name, not only its start
    m_target->completer()->setFilterMode(Qt::MatchContains);
    m_target->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_unpin->setObjectName(u"unpin"_s);

    QList<qint64> ids;
    for (const Activity &activity : std::as_const(m_activities))
        ids.append(activity.id);
    m_selection->setText(selectionText(ids));
    const qsizetype chunks = (m_activities.size() + ReassignValidator::MaxPerRequest - 1)
        / ReassignValidator::MaxPerRequest;
    m_chunkNote->setText(tr("The server takes at most %1 activities per request, so these %n "
                            "activities are sent in %2 requests, one after the other.",
                            nullptr, int(m_activities.size()))
                             .arg(ReassignValidator::MaxPerRequest)
                             .arg(chunks));

    addRow(tr("Activities:"), m_selection, u"activities"_s);
    addWideRow(m_blocked);
    //: accessible name of the list of activities that cannot be reassigned
    m_blocked->setAccessibleName(tr("Activities that cannot go"));
    addWideRow(m_chunkNote);
    m_chunkNote->setAccessibleName(tr("Requests"));
    setRowVisible(m_chunkNote, chunks > 1);
    addRow(tr("&Action:"), m_operation);
    addRow(tr("&To:"), m_target, u"target"_s, tr("Type a name or a numeric ID."));
    addRow(QString(), m_unpin);
    fillTargets();
    finishForm();
}

Operation ReassignDialog::operation() const
{
    return Operation(m_operation->currentData().toInt());
}

void ReassignDialog::fillTargets()
{
    const Filling filling(this);
    const QString typed = m_target->currentText();
    m_target->clear();
    const QList<std::pair<qint64, QString>> *list = nullptr;
    switch (operation()) {
    case Operation::TransferToUser:
        list = &m_targets.users;
        m_target->setAccessibleName(tr("User to transfer to"));
        break;
    case Operation::TransferToQueue:
        list = &m_targets.queues;
        m_target->setAccessibleName(tr("Queue to transfer to"));
        break;
    case Operation::TransferToDepartment:
        list = &m_targets.departments;
        m_target->setAccessibleName(tr("Department to transfer to"));
        break;
    case Operation::Pick:
        break;
    }
    if (list) {
        for (const auto &[id, name] : *list)
            m_target->addItem(targetText(id, name), id);
    }
    m_target->setCurrentIndex(-1);
    m_target->setEditText(typed);
}

void ReassignDialog::setTarget(qint64 id)
{
    const Filling filling(this);
    const int index = m_target->findData(id);
    if (index >= 0)
        m_target->setCurrentIndex(index);
    else
        m_target->setEditText(QString::number(id));
}

std::optional<qint64> ReassignDialog::targetId() const
{
    const QString text = m_target->currentText().trimmed();
    const int index = m_target->findText(text);
    if (index >= 0)
        return m_target->itemData(index).toLongLong();
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    if (numeric)
        return id;
    return std::nullopt;
}

void ReassignDialog::updateForm()
{
    if (m_target->property("operation").toInt() != int(operation())) {
        m_target->setProperty("operation", int(operation()));
        fillTargets();
    }
    setRowVisible(m_target, operation() != Operation::Pick);
    setSubmitText(operation() == Operation::Pick ? tr("Pick") : tr("Transfer"));

    // which ones cannot go, before anything is sent
    const QList<ValidationError> problems = m_controller->validate(request(), m_context);
    QStringList lines;
    for (const ValidationError &problem : problems) {
        if (problem.field == u"activities" && lines.size() < ListedProblems)
            lines.append(u"• "_s + problem.message);
    }
    const qsizetype more
        = std::count_if(problems.cbegin(), problems.cend(),
                        [](const ValidationError &e) { return e.field == u"activities"; })
        - lines.size();
    if (more > 0)
        lines.append(tr("… and %n more", nullptr, int(more)));
    m_blocked->setText(lines.isEmpty()
                           ? QString()
                           : tr("These cannot go as they are:") + u'\n' + lines.join(u'\n'));
    setRowVisible(m_blocked, !lines.isEmpty());
}

ReassignRequest ReassignDialog::request() const
{
    ReassignRequest request;
    request.operation = operation();
    for (const Activity &activity : m_activities)
        request.activities.append({activity.id, activity.lastModifiedMs});
    if (request.isTransfer())
        request.targetId = targetId().value_or(0);
    request.unpin = m_unpin->isChecked();
    return request;
}

QList<ValidationError> ReassignDialog::validateForm() const
{
    QList<ValidationError> errors = m_controller->validate(request(), m_context);
    if (request().isTransfer() && !m_target->currentText().trimmed().isEmpty() && !targetId()) {
        errors.removeIf([](const ValidationError &error) { return error.field == u"target"; });
        errors.append({u"target"_s, ReassignValidator::rule(operation(), 1),
                       tr("\"%1\" is not among the known targets; choose one from the list or "
                          "type a numeric ID.")
                           .arg(m_target->currentText().trimmed())});
    }
    return errors;
}

QByteArray ReassignDialog::encodedDraft() const
{
    return OutboxPayload::encode(QueuedReassign {request(), {}});
}

QString ReassignDialog::discardText() const
{
    return tr("Discard this reassignment?");
}

void ReassignDialog::submitForm()
{
    m_controller->submit(request(), m_context);
}
