#include "changecasedialog.h"

#include "controllers/changecasecontroller.h"
#include "customattributeeditor.h"
#include "optionaldatetimeedit.h"
#include "sync/outboxpayload.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace {

constexpr int TextLines = 3;

QString sourceText(const QList<Activity> &activities)
{
    QList<qint64> cases;
    QString customer;
    for (const Activity &activity : activities) {
        if (activity.caseId > 0 && !cases.contains(activity.caseId))
            cases.append(activity.caseId);
        if (customer.isEmpty())
            customer = activity.customerName;
    }
    if (cases.isEmpty())
        return ChangeCaseDialog::tr("Not known");
    if (cases.size() > 1) {
        QStringList ids;
        for (qint64 id : std::as_const(cases))
            ids.append(QString::number(id));
        //: several source cases; the form explains why that cannot work
        return ChangeCaseDialog::tr("Cases %1").arg(ids.join(u", "_s));
    }
    if (customer.isEmpty())
        return ChangeCaseDialog::tr("Case %1").arg(cases.constFirst());
    //: %1 is the case ID, %2 the customer's name
    return ChangeCaseDialog::tr("Case %1 of %2").arg(cases.constFirst()).arg(customer);
}

} // namespace

ChangeCaseDialog::ChangeCaseDialog(ChangeCaseController *controller,
                                   const QList<Activity> &activities,
                                   const ChangeCaseValidator::Options &options, QWidget *parent)
    : OperationDialog(controller, parent)
    , m_controller(controller)
    , m_activities(activities)
    , m_options(options)
    , m_selection(createInfoLabel(u"activityIds"_s))
    , m_source(createInfoLabel(u"sourceCase"_s))
    , m_chunkNote(createInfoLabel(u"chunkNote"_s))
    , m_targetKind(createCombo(u"targetKind"_s))
    , m_targetCaseId(createNumberEdit(u"targetCaseId"_s))
    , m_relateCase(new QCheckBox(tr("&Relate the original case and the target case")))
    , m_subject(createLineEdit(u"subject"_s))
    , m_description(createTextEdit(u"description"_s, TextLines))
    , m_solution(createTextEdit(u"solution"_s, TextLines))
    , m_severity(createCombo(u"severity"_s))
    //: check box in front of the due date of the new case
    , m_dueDate(new OptionalDateTimeEdit(tr("Due by"), tr("Due date of the new case")))
    , m_attributes(new CustomAttributeEditor)
{
    setWindowTitle(tr("Change Case"));
    setSubmitText(tr("Move Activities"));

    QList<qint64> ids;
    for (const Activity &activity : std::as_const(m_activities))
        ids.append(activity.id);
    m_selection->setText(selectionText(ids));
    m_source->setText(sourceText(m_activities));
    const int count = int(m_activities.size());
    const auto chunks = ChangeCaseValidator::chunks([this] {
        QList<qint64> ids;
        for (const Activity &activity : std::as_const(m_activities))
            ids.append(activity.id);
        return ids;
    }());
    // P7: the controller splits the move; say so before it happens
    m_chunkNote->setText(tr("The server moves at most %1 activities per request, so these %n "
                            "activities are sent in %2 requests, one after the other, into the "
                            "same case.",
                            nullptr, count)
                             .arg(ChangeCaseValidator::MaxPerRequest)
                             .arg(chunks.size()));

    m_targetKind->addItem(tr("A new case"), false);
    m_targetKind->addItem(tr("An existing case"), true);
    m_targetCaseId->setPlaceholderText(tr("e.g. 70001"));
    m_relateCase->setObjectName(u"relateCase"_s);
    //: no severity for the new case
    m_severity->addItem(tr("None"), QString());
    m_severity->addItem(tr("Urgent"), u"urgent"_s);
    m_severity->addItem(tr("High"), u"high"_s);
    m_severity->addItem(tr("Medium"), u"medium"_s);
    m_severity->addItem(tr("Low"), u"low"_s);
    m_dueDate->setObjectName(u"dueDate"_s);
    m_dueDate->checkBox()->setObjectName(u"dueDateEnabled"_s);
    m_dueDate->dateTimeEdit()->setObjectName(u"dueDateValue"_s);
    m_attributes->setObjectName(u"customAttributes"_s);

    addRow(tr("Activities:"), m_selection, u"activityIds"_s);
    addRow(tr("From:"), m_source);
    addWideRow(m_chunkNote);
    //: accessible name of the note on how many requests a large move takes
    m_chunkNote->setAccessibleName(tr("Requests"));
    setRowVisible(m_chunkNote, count > ChangeCaseValidator::MaxPerRequest);
    addRow(tr("&Move to:"), m_targetKind);
    addRow(tr("Case &ID:"), m_targetCaseId, u"targetCaseId"_s);
    m_targetCaseId->setAccessibleName(tr("ID of the target case"));
    addRow(QString(), m_relateCase);
    // a hint under the field, not a placeholder: the dialog is narrower than the sentence
    // (German cut it after "des Urspr…")
    addRow(tr("&Subject:"), m_subject, u"subject"_s,
           tr("Optional; the original case's subject if empty"));
    m_subject->setAccessibleName(tr("Subject of the new case"));
    addRow(tr("&Description:"), m_description, u"description"_s);
    addRow(tr("So&lution:"), m_solution, u"solution"_s);
    addRow(tr("Se&verity:"), m_severity, u"severity"_s);
    addRow(tr("D&ue date:"), m_dueDate, u"dueDate"_s);
    addRow(tr("&Custom attributes:"), m_attributes, u"customAttributes"_s);

    finishForm();
}

bool ChangeCaseDialog::toExistingCase() const
{
    return m_targetKind->currentData().toBool();
}

void ChangeCaseDialog::updateForm()
{
    const bool existing = toExistingCase();
    setRowVisible(m_targetCaseId, existing);
    // P11: an existing case is named by its ID alone
    for (QWidget *newCaseField : std::initializer_list<QWidget *> {
             m_subject, m_description, m_solution, m_severity, m_dueDate, m_attributes})
        setRowVisible(newCaseField, !existing);
}

ChangeCaseRequest ChangeCaseDialog::request() const
{
    ChangeCaseRequest request;
    for (const Activity &activity : m_activities)
        request.activityIds.append(activity.id);
    request.relateCase = m_relateCase->isChecked();
    if (toExistingCase()) {
        request.targetCaseId = number(m_targetCaseId).value_or(0);
        return request;
    }
    request.newCase.subject = m_subject->text();
    request.newCase.description = m_description->toPlainText();
    request.newCase.solution = m_solution->toPlainText();
    request.newCase.severity = m_severity->currentData().toString();
    request.newCase.dueDateMs = m_dueDate->msecsSinceEpoch();
    request.newCase.customAttributes = m_attributes->attributes();
    return request;
}

void ChangeCaseDialog::setRequest(const ChangeCaseRequest &request)
{
    const Filling filling(this);
    m_targetKind->setCurrentIndex(m_targetKind->findData(!request.movesToNewCase()));
    m_targetCaseId->setText(request.movesToNewCase() ? QString()
                                                     : QString::number(request.targetCaseId));
    m_relateCase->setChecked(request.relateCase);
    m_subject->setText(request.newCase.subject);
    m_description->setPlainText(request.newCase.description);
    m_solution->setPlainText(request.newCase.solution);
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(request.newCase.severity)));
    if (request.newCase.dueDateMs)
        m_dueDate->setDateTime(QDateTime::fromMSecsSinceEpoch(request.newCase.dueDateMs));
    for (auto it = request.newCase.customAttributes.cbegin();
         it != request.newCase.customAttributes.cend(); ++it)
        m_attributes->appendRow(it.key(), it.value());
}

QList<ValidationError> ChangeCaseDialog::validateForm() const
{
    QList<ValidationError> errors = m_controller->validate(request(), {}, m_options);
    // the request cannot tell "no case ID yet" from "a new case"
    if (toExistingCase() && m_targetCaseId->text().isEmpty()) {
        errors.append({u"targetCaseId"_s, u"P5"_s,
                       tr("Enter the ID of the case the activities move to, or move them to a "
                          "new case.")});
    }
    if (!toExistingCase())
        errors.append(m_attributes->repeatedNames(u"customAttributes"_s, u"P11"_s));
    return errors;
}

QByteArray ChangeCaseDialog::encodedDraft() const
{
    return OutboxPayload::encode(QueuedChangeCase {request(), {}, {}, 0});
}

QString ChangeCaseDialog::discardText() const
{
    return tr("Discard this change of case?");
}

void ChangeCaseDialog::submitForm()
{
    m_controller->submit(request(), {}, m_options);
}
