#pragma once

#include "domain/callbackdraft.h"
#include "operationdialog.h"

class CreateCallbackController;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// "New callback": creates a jtel ACD event, usually a callback request (jtel AcdEvents §8),
// addressed to an ACD group or to a configuration group with an agent group. The appointment
// is shown as the moment it results in (§8.3) while it is typed. When jtel updates an open
// callback of the same caller instead (Result_ = UPDATED), applied() says so.
class CallbackDialog : public OperationDialog
{
    Q_OBJECT
public:
    explicit CallbackDialog(CreateCallbackController *controller, QWidget *parent = nullptr);

    // What the form holds; rows that do not apply are left out.
    CallbackDraft draft() const;
    // Fills the form, e.g. with an outbox entry the server refused, for the user to correct.
    void setDraft(const CallbackDraft &draft);
    // A new callback of `profile`: the draft kept from the last unsent one, else `defaults`
    // (what the selected ACD event says: group and sender), which do not count as input. What
    // the user types is kept as a draft until it is sent or discarded. True when a kept draft
    // was filled in.
    bool startNew(const QString &profile, const CallbackDraft &defaults);

protected:
    void updateForm() override;
    QList<ValidationError> validateForm() const override;
    void submitForm() override;
    QByteArray encodedDraft() const override;
    bool fillEncodedDraft(const QByteArray &payload) override;
    QString discardText() const override;

private:
    bool byAcdGroup() const;

    CreateCallbackController *m_controller;

    QComboBox *m_type;
    QComboBox *m_addressing;
    QLineEdit *m_groupId;
    QLineEdit *m_configurationGroupId;
    QLineEdit *m_agentGroupId;
    QLineEdit *m_usersId;
    QLineEdit *m_sender;
    QLineEdit *m_receiver;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLineEdit *m_crmUrl;
    QLineEdit *m_userData;
    QLineEdit *m_priority;
    QLineEdit *m_appointmentDate;
    QLineEdit *m_appointmentTime;
    QLabel *m_appointmentSummary;
};
