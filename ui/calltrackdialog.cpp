#include "calltrackdialog.h"

#include "controllers/createcalltrackcontroller.h"
#include "customattributeeditor.h"
#include "fielderrors.h"
#include "optionaldatetimeedit.h"
#include "sync/outboxpayload.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace {

using CustomerBy = CalltrackDraft::CustomerBy;
using TargetBy = CalltrackDraft::TargetBy;

constexpr int NotesLines = 4;

} // namespace

CalltrackDialog::CalltrackDialog(CreateCalltrackController *controller,
                                 const CalltrackValidator::Context &context, QWidget *parent)
    : OperationDialog(controller, parent)
    , m_controller(controller)
    , m_context(context)
    , m_department(createCombo(u"department"_s))
    , m_subtype(createCombo(u"subtype"_s))
    , m_mode(createCombo(u"mode"_s))
    , m_subject(createLineEdit(u"subject"_s))
    , m_content(new QTabWidget)
    , m_contentText(createTextEdit(u"contentText"_s, NotesLines))
    , m_contentHtml(createTextEdit(u"contentHtml"_s, NotesLines))
    , m_customerBy(createCombo(u"customerBy"_s))
    , m_customerKey(createLineEdit(u"customer"_s))
    , m_contactPointKind(createCombo(u"contactPointKind"_s))
    , m_contactPointData(createLineEdit(u"contactPointData"_s))
    , m_targetBy(createCombo(u"targetBy"_s))
    , m_targetAttributeName(createLineEdit(u"targetAttributeName"_s))
    , m_targetUser(createLineEdit(u"targetUser"_s))
    , m_caseChoice(createCombo(u"caseChoice"_s))
    , m_caseId(createNumberEdit(u"caseId"_s))
    , m_priority(createCombo(u"priority"_s))
    //: check box in front of the due date of a calltrack activity
    , m_dueDate(new OptionalDateTimeEdit(tr("Due by"), tr("Due date")))
    , m_attributes(new CustomAttributeEditor)
{
    setWindowTitle(tr("New Calltrack Activity"));
    setSubmitText(tr("Create Activity"));

    m_department->setEditable(true);
    m_department->setInsertPolicy(QComboBox::NoInsert);
    m_department->lineEdit()->setPlaceholderText(tr("e.g. Service"));
    // the server's subtypes to choose from, or typed when it has not listed them (yet)
    m_subtype->setEditable(true);
    m_subtype->setInsertPolicy(QComboBox::NoInsert);
    m_subtype->lineEdit()->setPlaceholderText(tr("e.g. general"));

    //: the direction of the phone call; the server's values are Inbound and Outbound
    m_mode->addItem(tr("Inbound"), u"Inbound"_s);
    m_mode->addItem(tr("Outbound"), u"Outbound"_s);

    m_content->setObjectName(u"content"_s);
    m_content->addTab(m_contentText, tr("Text"));
    m_content->addTab(m_contentHtml, tr("HTML"));
    m_contentText->setAccessibleName(tr("Call notes as text"));
    m_contentHtml->setAccessibleName(tr("Call notes as HTML"));
    m_contentHtml->setPlaceholderText(tr("Optional: the notes as HTML, e.g. <p>…</p>"));
    // as high as its pages, which are a few lines high (a stacked page does not say so itself)
    const int frame = m_content->style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
    m_content->setMaximumHeight(m_content->tabBar()->sizeHint().height()
                                + m_contentText->maximumHeight() + 4 * frame);
    m_content->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    //: how the customer of the call is identified (eGain v3 §7.6)
    m_customerBy->addItem(tr("Customer ID"), int(CustomerBy::CustomerId));
    m_customerBy->addItem(tr("Contact person ID"), int(CustomerBy::ContactId));
    m_customerBy->addItem(tr("Contact point ID"), int(CustomerBy::ContactPointId));
    m_customerBy->addItem(tr("Email address or phone number"), int(CustomerBy::ContactPointData));
    m_customerBy->addItem(tr("Anonymous caller"), int(CustomerBy::Anonymous));
    //: the kinds of contact point eGain knows
    m_contactPointKind->addItem(tr("Phone"), u"phone"_s);
    m_contactPointKind->addItem(tr("Email"), u"email"_s);
    m_contactPointKind->addItem(tr("Postal address"), u"postal"_s);
    m_contactPointKind->addItem(tr("Social"), u"social"_s);
    m_contactPointKind->addItem(tr("Website"), u"website"_s);

    //: who gets the new activity
    m_targetBy->addItem(tr("Me"), int(TargetBy::None));
    m_targetBy->addItem(tr("User by ID"), int(TargetBy::UserId));
    m_targetBy->addItem(tr("User by login name"), int(TargetBy::UserName));
    m_targetBy->addItem(tr("User by custom attribute"), int(TargetBy::CustomAttribute));
    m_targetAttributeName->setPlaceholderText(tr("e.g. employee_no"));

    m_caseChoice->addItem(tr("A new case"), false);
    m_caseChoice->addItem(tr("An existing case"), true);
    m_caseId->setPlaceholderText(tr("e.g. 70001"));

    //: no priority: the server's default applies
    m_priority->addItem(tr("None"), QString());
    for (int priority = 1; priority <= 7; ++priority)
        m_priority->addItem(QString::number(priority), QString::number(priority));

    m_dueDate->setObjectName(u"dueDate"_s);
    m_dueDate->checkBox()->setObjectName(u"dueDateEnabled"_s);
    m_dueDate->dateTimeEdit()->setObjectName(u"dueDateValue"_s);
    m_attributes->setObjectName(u"customAttributes"_s);

    addRow(tr("&Department:"), m_department, u"department"_s);
    addRow(tr("Sub&type:"), m_subtype, u"subtype"_s);
    addRow(tr("&Mode:"), m_mode, u"mode"_s);
    addRow(tr("&Subject:"), m_subject, u"subject"_s);
    addRow(tr("&Notes:"), m_content);
    m_content->setAccessibleName(tr("Call notes"));
    watch(m_contentText);
    watch(m_contentHtml);
    addRow(tr("Customer &by:"), m_customerBy);
    //: the customer, contact person or contact point ID, as chosen above
    addRow(tr("&ID:"), m_customerKey, u"customer"_s);
    m_customerKey->setAccessibleName(tr("Customer identifier"));
    addRow(tr("Contact point t&ype:"), m_contactPointKind, u"contactPointKind"_s);
    addRow(tr("&Email or phone:"), m_contactPointData, u"contactPointData"_s);
    addRow(tr("&Assign to:"), m_targetBy);
    addRow(tr("Att&ribute name:"), m_targetAttributeName, u"targetAttributeName"_s);
    m_targetAttributeName->setAccessibleName(tr("Name of the user's custom attribute"));
    addRow(tr("&User:"), m_targetUser, u"targetUser"_s);
    addRow(tr("&Case:"), m_caseChoice);
    addRow(tr("E&xisting case ID:"), m_caseId, u"caseId"_s);
    addRow(tr("&Priority:"), m_priority, u"priority"_s);
    addRow(tr("Due date:"), m_dueDate, u"dueDate"_s);
    addRow(tr("Cust&om attributes:"), m_attributes, u"customAttributes"_s);

    // the caller's own list wins; otherwise the cached one now, the server's when it answers
    const bool subtypesGiven = !m_context.subtypes.isEmpty();
    setSubtypes(subtypesGiven ? m_context.subtypes : m_controller->cachedSubtypes());
    finishForm();
    if (subtypesGiven)
        return;
    fieldErrors()->setHint(u"subtype"_s, tr("Loading the server's subtypes…"));
    QPointer<CalltrackDialog> self(this);
    m_controller->loadSubtypes(
        [self](const QList<CalltrackSubtype> &subtypes, const std::optional<ApiError> &error) {
            if (!self)
                return;
            self->setSubtypes(subtypes);
            QString hint;
            if (error && subtypes.isEmpty()) {
                //: %1 is why, e.g. "Connection refused"
                hint = tr("The server's subtypes could not be loaded (%1); type the subtype's "
                          "value.")
                           .arg(error->message());
            } else if (error) {
                hint = tr("The server could not be reached (%1); these are the subtypes saved "
                          "earlier.")
                           .arg(error->message());
            }
            self->fieldErrors()->setHint(u"subtype"_s, hint);
            self->revalidate();
        });
}

void CalltrackDialog::setSubtypes(const QList<CalltrackSubtype> &subtypes)
{
    m_context.subtypes = subtypes;
    m_subtypesFilled = false;
    fillDepartments();
}

void CalltrackDialog::fillDepartments()
{
    QStringList departments;
    for (const CalltrackSubtype &subtype : std::as_const(m_context.subtypes)) {
        for (const QString &department : subtype.departments) {
            if (!departments.contains(department))
                departments.append(department);
        }
    }
    const QString current = m_department->currentText();
    const QSignalBlocker blocker(m_department);
    m_department->clear();
    m_department->addItems(departments);
    m_department->setCurrentIndex(m_department->findText(current));
    m_department->setEditText(current);
}

void CalltrackDialog::fillSubtypes()
{
    const QString department = m_department->currentText().trimmed();
    if (m_subtypesFilled && department == m_subtypesDepartment)
        return;
    m_subtypesFilled = true;
    m_subtypesDepartment = department;
    const QString current = subtypeValue();
    const QSignalBlocker blocker(m_subtype);
    m_subtype->clear();
    for (const CalltrackSubtype &subtype : std::as_const(m_context.subtypes)) {
        // §12: a subtype is configured per department; no departments means every one. None
        // is offered before the department is chosen.
        const bool applies = !department.isEmpty()
            && (subtype.departments.isEmpty() || subtype.departments.contains(department));
        if (applies && m_subtype->findData(subtype.value) < 0) {
            m_subtype->addItem(subtype.displayValue.isEmpty() ? subtype.value
                                                              : subtype.displayValue,
                               subtype.value);
        }
    }
    // nothing is chosen for the user: a subtype taken by default is a wrong one unnoticed
    const int index = m_subtype->findData(current);
    m_subtype->setCurrentIndex(index);
    if (index < 0)
        m_subtype->setEditText(current); // typed: the validator says whether it exists here
}

QString CalltrackDialog::subtypeValue() const
{
    // an item shows the display value; anything else was typed as the value itself
    const QString text = m_subtype->currentText();
    const int index = m_subtype->findText(text);
    return index >= 0 ? m_subtype->itemData(index).toString() : text.trimmed();
}

void CalltrackDialog::updateForm()
{
    fillSubtypes();

    const auto customerBy = CustomerBy(m_customerBy->currentData().toInt());
    const bool byKey = customerBy == CustomerBy::CustomerId || customerBy == CustomerBy::ContactId
        || customerBy == CustomerBy::ContactPointId;
    setRowVisible(m_customerKey, byKey);
    setRowVisible(m_contactPointKind, customerBy == CustomerBy::ContactPointId);
    setRowVisible(m_contactPointData, !byKey);
    m_customerKey->setPlaceholderText(customerBy == CustomerBy::CustomerId      ? tr("e.g. 5001")
                                          : customerBy == CustomerBy::ContactId ? tr("e.g. 6001")
                                                                                : tr("e.g. 8001"));
    fieldErrors()->setHint(
        u"contactPointData"_s,
        customerBy == CustomerBy::Anonymous
            ? tr("Optional: the caller's email address or phone number (digits only).")
            : tr("An email address or phone number stored for the customer; a phone number in "
                 "digits only, e.g. 4930555010001."));

    const auto targetBy = TargetBy(m_targetBy->currentData().toInt());
    setRowVisible(m_targetAttributeName, targetBy == TargetBy::CustomAttribute);
    setRowVisible(m_targetUser, targetBy != TargetBy::None);
    m_targetUser->setPlaceholderText(targetBy == TargetBy::UserId ? tr("e.g. 1001")
                                         : targetBy == TargetBy::UserName
                                         ? tr("e.g. lena.fischer")
                                         : tr("the attribute's value, e.g. E1001"));

    setRowVisible(m_caseId, m_caseChoice->currentData().toBool());
}

CalltrackDraft CalltrackDialog::draft() const
{
    CalltrackDraft draft;
    draft.department = m_department->currentText().trimmed();
    draft.subtype = subtypeValue();
    draft.mode = m_mode->currentData().toString();
    draft.subject = m_subject->text();
    draft.contentText = m_contentText->toPlainText();
    draft.contentHtml = m_contentHtml->toPlainText();

    draft.customerBy = CustomerBy(m_customerBy->currentData().toInt());
    switch (draft.customerBy) {
    case CustomerBy::ContactPointId:
        draft.contactPointKind = m_contactPointKind->currentData().toString();
        [[fallthrough]];
    case CustomerBy::CustomerId:
    case CustomerBy::ContactId:
        draft.customerKey = m_customerKey->text().trimmed();
        break;
    case CustomerBy::ContactPointData:
    case CustomerBy::Anonymous:
        draft.contactPointData = m_contactPointData->text().trimmed();
        break;
    }

    draft.targetBy = TargetBy(m_targetBy->currentData().toInt());
    if (draft.targetBy != TargetBy::None)
        draft.targetUser = m_targetUser->text().trimmed();
    if (draft.targetBy == TargetBy::CustomAttribute)
        draft.targetAttributeName = m_targetAttributeName->text().trimmed();

    if (m_caseChoice->currentData().toBool())
        draft.caseId = number(m_caseId).value_or(0);
    draft.priority = m_priority->currentData().toString();
    draft.dueDateMs = m_dueDate->msecsSinceEpoch();
    draft.customAttributes = m_attributes->attributes();
    return draft;
}

void CalltrackDialog::setDraft(const CalltrackDraft &draft)
{
    const Filling filling(this);
    const auto select = [](QComboBox *combo, const QVariant &value) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    };
    m_department->setCurrentText(draft.department);
    fillSubtypes();
    const int subtype = m_subtype->findData(draft.subtype);
    if (subtype >= 0)
        m_subtype->setCurrentIndex(subtype);
    else
        m_subtype->setCurrentText(draft.subtype);
    select(m_mode, draft.mode);
    m_subject->setText(draft.subject);
    m_contentText->setPlainText(draft.contentText);
    m_contentHtml->setPlainText(draft.contentHtml);
    select(m_customerBy, int(draft.customerBy));
    m_customerKey->setText(draft.customerKey);
    select(m_contactPointKind, draft.contactPointKind);
    m_contactPointData->setText(draft.contactPointData);
    select(m_targetBy, int(draft.targetBy));
    m_targetUser->setText(draft.targetUser);
    m_targetAttributeName->setText(draft.targetAttributeName);
    select(m_caseChoice, draft.caseId != 0);
    m_caseId->setText(draft.caseId ? QString::number(draft.caseId) : QString());
    select(m_priority, draft.priority);
    m_dueDate->setDateTime(draft.dueDateMs ? QDateTime::fromMSecsSinceEpoch(draft.dueDateMs, Qt::UTC)
                                           : QDateTime());
    m_attributes->clear();
    for (auto it = draft.customAttributes.cbegin(); it != draft.customAttributes.cend(); ++it)
        m_attributes->appendRow(it.key(), it.value());
}

bool CalltrackDialog::startNew(const QString &profile, const CalltrackDraft &defaults)
{
    setDraft(defaults);
    setPristine();
    return keepDrafts(profile, u"calltrack"_s);
}

QByteArray CalltrackDialog::encodedDraft() const
{
    return OutboxPayload::encode(draft());
}

bool CalltrackDialog::fillEncodedDraft(const QByteArray &payload)
{
    const auto kept = OutboxPayload::calltrack(payload);
    if (kept)
        setDraft(*kept);
    return kept.has_value();
}

QString CalltrackDialog::discardText() const
{
    return tr("Discard this calltrack?");
}

QList<ValidationError> CalltrackDialog::validateForm() const
{
    QList<ValidationError> errors = m_controller->validate(draft(), m_context);
    // the draft cannot tell "no case ID yet" from "a new case"
    if (m_caseChoice->currentData().toBool() && m_caseId->text().isEmpty()) {
        errors.append({u"caseId"_s, u"C10"_s,
                       tr("Enter the ID of the existing case, or choose a new case.")});
    }
    errors.append(m_attributes->repeatedNames(u"customAttributes"_s, u"C14"_s));
    return errors;
}

void CalltrackDialog::submitForm()
{
    m_controller->submit(draft(), m_context);
}
