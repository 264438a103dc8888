#pragma once

#include "domain/activity.h"
#include "domain/changecaserequest.h"
#include "domain/changecasevalidator.h"
#include "operationdialog.h"

class ChangeCaseController;
class CustomAttributeEditor;
class OptionalDateTimeEdit;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// "Change case": moves the selected activities of one case to a new case or an existing one
// (ECE v12 §5, eGain v3 §10). Every precondition the cache can decide (P1–P11) is explained as
// the form changes; the server's refusals (a lock, a permission) stay in the banner. More than
// 75 activities are moved in several requests, with a progress bar while they are sent.
class ChangeCaseDialog : public OperationDialog
{
    Q_OBJECT
public:
    // activities: the selection, as the cache holds it; options: the case attributes, if known
    ChangeCaseDialog(ChangeCaseController *controller, const QList<Activity> &activities,
                     const ChangeCaseValidator::Options &options = {}, QWidget *parent = nullptr);

    // What the form holds; the new case's fields only when it moves to a new case.
    ChangeCaseRequest request() const;
    // Fills the form with a request sent before (a refused one, to correct); its activities are
    // those the dialog was opened with.
    void setRequest(const ChangeCaseRequest &request);

protected:
    void updateForm() override;
    QList<ValidationError> validateForm() const override;
    void submitForm() override;
    QByteArray encodedDraft() const override;
    QString discardText() const override;

private:
    bool toExistingCase() const;

    ChangeCaseController *m_controller;
    QList<Activity> m_activities;
    ChangeCaseValidator::Options m_options;

    QLabel *m_selection;
    QLabel *m_source;
    QLabel *m_chunkNote;
    QComboBox *m_targetKind;
    QLineEdit *m_targetCaseId;
    QCheckBox *m_relateCase;
    QLineEdit *m_subject;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_solution;
    QComboBox *m_severity;
    OptionalDateTimeEdit *m_dueDate;
    CustomAttributeEditor *m_attributes;
};
