#pragma once

#include "domain/calltrackdraft.h"
#include "domain/calltrackvalidator.h"
#include "operationdialog.h"

class CreateCalltrackController;
class CustomAttributeEditor;
class OptionalDateTimeEdit;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

// "New calltrack activity": logs a phone call as an eGain calltrack activity (eGain v3 §7).
// The subtypes come from the controller, first as cached, then as the server lists them; the
// subtype list follows the department.
class CalltrackDialog : public OperationDialog
{
    Q_OBJECT
public:
    // context: what is known of the tenant and the caller (a client application must name a
    // target user; the activity attributes, if known). Its subtypes, when empty, come from the
    // controller.
    CalltrackDialog(CreateCalltrackController *controller,
                    const CalltrackValidator::Context &context, QWidget *parent = nullptr);

    // What the form holds; rows that do not apply are left out.
    CalltrackDraft draft() const;
    // Fills the form, e.g. with an outbox entry the server refused, for the user to correct.
    void setDraft(const CalltrackDraft &draft);
    // A new calltrack of `profile`: the draft kept from the last unsent one, else `defaults`
    // (what the selection says: case, customer, department), which do not count as input.
    // What the user types is kept as a draft until it is sent or discarded. True when a kept
    // draft was filled in.
    bool startNew(const QString &profile, const CalltrackDraft &defaults);

protected:
    void updateForm() override;
    QList<ValidationError> validateForm() const override;
    void submitForm() override;
    QByteArray encodedDraft() const override;
    bool fillEncodedDraft(const QByteArray &payload) override;
    QString discardText() const override;

private:
    void setSubtypes(const QList<CalltrackSubtype> &subtypes);
    void fillDepartments();
    void fillSubtypes();
    QString subtypeValue() const;

    CreateCalltrackController *m_controller;
    CalltrackValidator::Context m_context;
    QString m_subtypesDepartment; // the department fillSubtypes() last filtered for
    bool m_subtypesFilled = false;

    QComboBox *m_department;
    QComboBox *m_subtype;
    QComboBox *m_mode;
    QLineEdit *m_subject;
    QTabWidget *m_content;
    QPlainTextEdit *m_contentText;
    QPlainTextEdit *m_contentHtml;
    QComboBox *m_customerBy;
    QLineEdit *m_customerKey;
    QComboBox *m_contactPointKind;
    QLineEdit *m_contactPointData;
    QComboBox *m_targetBy;
    QLineEdit *m_targetAttributeName;
    QLineEdit *m_targetUser;
    QComboBox *m_caseChoice;
    QLineEdit *m_caseId;
    QComboBox *m_priority;
    OptionalDateTimeEdit *m_dueDate;
    CustomAttributeEditor *m_attributes;
};
