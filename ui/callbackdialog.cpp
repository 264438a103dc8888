#include "callbackdialog.h"

#include "controllers/createcallbackcontroller.h"
#include "domain/callbackvalidator.h"
#include "fielderrors.h"
#include "sync/outboxpayload.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace {

constexpr int BodyLines = 3;
constexpr int PriorityDigits = 3;
constexpr int ServerDefaultPriority = 50; // jtel §8.1

// jtel keeps appointments on its own wall clock (§8.3); this desktop's is the best guess
qint64 nowLocalMs()
{
    return CallbackValidator::wallClockMs(QDateTime::currentDateTime());
}

} // namespace

CallbackDialog::CallbackDialog(CreateCallbackController *controller, QWidget *parent)
    : OperationDialog(controller, parent)
    , m_controller(controller)
    , m_type(createCombo(u"typeId"_s))
    , m_addressing(createCombo(u"addressing"_s))
    , m_groupId(createNumberEdit(u"groupId"_s))
    , m_configurationGroupId(createNumberEdit(u"configurationGroupId"_s))
    , m_agentGroupId(createNumberEdit(u"agentGroupId"_s))
    , m_usersId(createNumberEdit(u"usersId"_s))
    , m_sender(createLineEdit(u"sender"_s))
    , m_receiver(createLineEdit(u"receiver"_s))
    , m_subject(createLineEdit(u"subject"_s))
    , m_body(createTextEdit(u"body"_s, BodyLines))
    , m_crmUrl(createLineEdit(u"crmUrl"_s))
    , m_userData(createLineEdit(u"userData"_s))
    , m_priority(createNumberEdit(u"priority"_s, PriorityDigits))
    , m_appointmentDate(createLineEdit(u"appointmentDate"_s))
    , m_appointmentTime(createLineEdit(u"appointmentTime"_s))
    , m_appointmentSummary(new QLabel)
{
    setWindowTitle(tr("New Callback"));
    setSubmitText(tr("Create Callback"));

    //: jtel ACD event types (AcdEventTypesID)
    m_type->addItem(tr("Voice mail"), CallbackValidator::VoiceMailType);
    m_type->addItem(tr("Fax"), 2);
    m_type->addItem(tr("Callback request"), CallbackValidator::CallbackType);
    m_type->addItem(tr("SMS"), 4);
    m_type->addItem(tr("Email"), 5);
    m_type->addItem(tr("Ticket"), 6);
    m_type->setCurrentIndex(m_type->findData(CallbackValidator::CallbackType));

    //: who distributes the event: an ACD group, or a configuration group with an agent group
    m_addressing->addItem(tr("An ACD group"), true);
    m_addressing->addItem(tr("A configuration group and an agent group"), false);
    m_groupId->setPlaceholderText(tr("e.g. 512"));
    m_configurationGroupId->setPlaceholderText(tr("e.g. 40"));
    m_agentGroupId->setPlaceholderText(tr("e.g. 41"));
    m_usersId->setPlaceholderText(tr("Optional; any agent of the group if empty"));
    m_sender->setPlaceholderText(tr("e.g. +4922199900011"));
    m_crmUrl->setPlaceholderText(tr("e.g. https://crm.example.com/contacts/88412"));
    m_userData->setPlaceholderText(tr("Optional, e.g. the ticket number of another system"));
    //: %1 and %2 are the lowest and highest priority, %3 the server's default
    m_priority->setPlaceholderText(tr("%1–%2, %3 if empty")
                                       .arg(CallbackValidator::MinPriority)
                                       .arg(CallbackValidator::MaxPriority)
                                       .arg(ServerDefaultPriority));
    //: the layout of a date the user types; keep the letters in English order y, m, d
    m_appointmentDate->setPlaceholderText(tr("yyyy-mm-dd"));
    //: the layout of a time the user types
    m_appointmentTime->setPlaceholderText(tr("hh:mm"));
    m_appointmentSummary->setObjectName(u"appointmentSummary"_s);
    m_appointmentSummary->setTextFormat(Qt::PlainText);
    m_appointmentSummary->setWordWrap(true);

    addRow(tr("Event &type:"), m_type, u"typeId"_s);
    addRow(tr("&Address to:"), m_addressing);
    addRow(tr("ACD &group:"), m_groupId, u"groupId"_s);
    addRow(tr("&Configuration group:"), m_configurationGroupId, u"configurationGroupId"_s);
    addRow(tr("Agent gro&up:"), m_agentGroupId, u"agentGroupId"_s);
    addRow(tr("Age&nt:"), m_usersId, u"usersId"_s);
    m_usersId->setAccessibleName(tr("User ID of the agent"));
    addRow(tr("&Sender:"), m_sender, u"sender"_s);
    addRow(tr("&Receiver:"), m_receiver, u"receiver"_s);
    addRow(tr("Su&bject:"), m_subject, u"subject"_s);
    addRow(tr("B&ody:"), m_body, u"body"_s, tr("Added to the callback's details."));
    addRow(tr("CRM &link:"), m_crmUrl, u"crmUrl"_s);
    addRow(tr("User &data:"), m_userData);
    addRow(tr("&Priority:"), m_priority, u"priority"_s);
    addRow(tr("Appointment dat&e:"), m_appointmentDate, u"appointmentDate"_s);
    addRow(tr("Appointment ti&me:"), m_appointmentTime, u"appointmentTime"_s);
    //: the moment the appointment results in
    addRow(tr("When:"), m_appointmentSummary);

    finishForm();
}

bool CallbackDialog::byAcdGroup() const
{
    return m_addressing->currentData().toBool();
}

void CallbackDialog::updateForm()
{
    const bool byGroup = byAcdGroup();
    setRowVisible(m_groupId, byGroup);
    setRowVisible(m_configurationGroupId, !byGroup);
    setRowVisible(m_agentGroupId, !byGroup);
    const int typeId = m_type->currentData().toInt();
    // §8.1: only callbacks carry a body
    setRowVisible(m_body, typeId == CallbackValidator::CallbackType);

    // J5, J6: the format depends on the type; E.164 is the one people get wrong
    if (CallbackValidator::isTelephoneEvent(typeId)) {
        fieldErrors()->setHint(u"sender"_s,
                               tr("The caller's number in E.164: country code and number, digits "
                                  "only, no spaces; a leading + is allowed. Example: "
                                  "+4922199900011 for 0221 99900011 in Germany."));
        fieldErrors()->setHint(u"receiver"_s,
                               tr("Optional: one of the service numbers configured in jtel, in "
                                  "E.164, e.g. 4930120000."));
    } else {
        fieldErrors()->setHint(u"sender"_s,
                               tr("Where the event comes from, e.g. the customer's email "
                                  "address."));
        fieldErrors()->setHint(u"receiver"_s,
                               tr("Optional: where it was sent to, e.g. your support address."));
    }

    const QString summary = CallbackValidator::appointmentSummary(draft(), nowLocalMs());
    m_appointmentSummary->setText(summary);
    m_appointmentSummary->setAccessibleDescription(summary);
}

CallbackDraft CallbackDialog::draft() const
{
    CallbackDraft draft;
    draft.typeId = m_type->currentData().toInt();
    if (byAcdGroup()) {
        draft.groupId = number(m_groupId);
    } else {
        draft.configurationGroupId = number(m_configurationGroupId);
        draft.agentGroupId = number(m_agentGroupId);
    }
    draft.usersId = number(m_usersId);
    draft.sender = m_sender->text();
    draft.receiver = m_receiver->text();
    draft.subject = m_subject->text();
    if (draft.typeId == CallbackValidator::CallbackType)
        draft.body = m_body->toPlainText();
    draft.crmUrl = m_crmUrl->text().trimmed();
    draft.userData = m_userData->text();
    if (const auto priority = number(m_priority))
        draft.priority = int(*priority);
    draft.appointmentDate = m_appointmentDate->text().trimmed();
    draft.appointmentTime = m_appointmentTime->text().trimmed();
    return draft;
}

void CallbackDialog::setDraft(const CallbackDraft &draft)
{
    const Filling filling(this);
    const auto text = [](const std::optional<qint64> &number) {
        return number ? QString::number(*number) : QString();
    };
    m_type->setCurrentIndex(std::max(0, m_type->findData(draft.typeId)));
    m_addressing->setCurrentIndex(m_addressing->findData(draft.groupId.has_value() || !draft.configurationGroupId));
    m_groupId->setText(text(draft.groupId));
    m_configurationGroupId->setText(text(draft.configurationGroupId));
    m_agentGroupId->setText(text(draft.agentGroupId));
    m_usersId->setText(text(draft.usersId));
    m_sender->setText(draft.sender);
    m_receiver->setText(draft.receiver);
    m_subject->setText(draft.subject);
    m_body->setPlainText(draft.body);
    m_crmUrl->setText(draft.crmUrl);
    m_userData->setText(draft.userData);
    m_priority->setText(draft.priority ? QString::number(*draft.priority) : QString());
    m_appointmentDate->setText(draft.appointmentDate);
    m_appointmentTime->setText(draft.appointmentTime);
}

bool CallbackDialog::startNew(const QString &profile, const CallbackDraft &defaults)
{
    setDraft(defaults);
    setPristine();
    return keepDrafts(profile, u"callback"_s);
}

QByteArray CallbackDialog::encodedDraft() const
{
    return OutboxPayload::encode(draft());
}

bool CallbackDialog::fillEncodedDraft(const QByteArray &payload)
{
    const auto kept = OutboxPayload::callback(payload);
    if (kept)
        setDraft(*kept);
    return kept.has_value();
}

QString CallbackDialog::discardText() const
{
    return tr("Discard this callback?");
}

QList<ValidationError> CallbackDialog::validateForm() const
{
    return m_controller->validate(draft());
}

void CallbackDialog::submitForm()
{
    m_controller->submit(draft());
}
