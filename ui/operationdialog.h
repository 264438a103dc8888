#pragma once

#include "controllers/operationoutcome.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

class FieldErrors;
class OperationController;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSettings;

// What the operation dialogs share (calltrack, change case, callback): a form in a scroll area
// (so it fits a 700 px screen), validated by the controller on every change. A field's message
// shows under it once the user edited it or pressed OK, neutral hints before; OK stays enabled
// and, on an invalid form, shows every message and moves the focus to the first invalid field.
// Cancel or Escape on a form with input asks first. A dialog that keeps drafts (keepDrafts())
// stores what an unsent form holds and offers it again the next time. Then the controller's
// outcome decides:
//  - Applied or Queued: the dialog closes and says so through applied() or queued(), for the
//    main window's status bar;
//  - NeedsAttention (the server refused it), Invalid, Failed: the dialog stays open with the
//    server's code and words in the banner, so the user can correct the form and send again.
// The dialog never talks to a server or the cache itself: the controller does.
class OperationDialog : public QDialog
{
    Q_OBJECT
public:
    // How the last submission ended; nullopt before one ended.
    std::optional<OperationOutcome> lastOutcome() const { return m_lastOutcome; }
    bool isSending() const { return m_sending; }
    // What the controller and the form's own checks find wrong now, shown or not.
    QList<ValidationError> problems() const { return validateForm(); }
    // The form holds something the user would lose by closing it.
    bool hasInput() const;
    // The question Cancel asks while it is open (named "discardQuestion"), else nullptr.
    QMessageBox *discardQuestion() const { return m_discardQuestion; }

signals:
    // The server applied it; the dialog closes. message: the controller's, e.g. "Callback
    // event 88102 created."
    void applied(const QString &message);
    // It is stored in the outbox and sent when the server can be reached; the dialog closes.
    void queued(const QString &message);

public slots:
    // Cancel, Escape, the window's close button: asks first when the form has input.
    void reject() override;

protected:
    OperationDialog(OperationController *controller, QWidget *parent);
    ~OperationDialog() override;

    // A form row. The label becomes the input's buddy and accessible name; the messages of
    // `field` appear under the input, after the hint. The input is watched for changes. Inputs
    // are created without a parent: the row adds them to the dialog, and to its tab order.
    void addRow(const QString &label, QWidget *input, const QString &field = {},
                const QString &hint = {});
    // A row spanning both columns, such as a note
    void addWideRow(QWidget *widget);
    // Rows of inputs that do not apply are hidden; what they hold is not part of the draft.
    void setRowVisible(QWidget *input, bool visible);
    void setSubmitText(const QString &text);
    // Revalidates whenever the input changes (addRow() does this for its input); a change by
    // the user marks `field` as edited, so its messages show from then on.
    void watch(QWidget *input, const QString &field = {});
    // Ends the construction of the form with its first validation. The tab order is the order
    // of the rows: each input joins the dialog's focus chain when its row is added, after OK
    // and Cancel, so Tab runs through the rows, the banner, OK, Cancel and round again.
    // (QWidget::setTabOrder() in Qt 6.4 breaks the chain around compound widgets such as
    // editable combo boxes and tab widgets, whose inner widgets are not next to each other.)
    void finishForm();
    void revalidate();

    // While one lives, changes fill the form rather than edit it: setDraft() and the defaults.
    class Filling
    {
    public:
        explicit Filling(OperationDialog *dialog);
        ~Filling();
        Q_DISABLE_COPY_MOVE(Filling)

    private:
        OperationDialog *m_dialog;
        bool m_outer;
    };
    // What the form holds now counts as its empty state (for hasInput()).
    void setPristine();

    // Drafts of this dialog kind are kept for `profile` in the settings until sent or
    // discarded; the one kept before, if any, is filled in. True when one was.
    bool keepDrafts(const QString &profile, const QString &kind);
    // The form's content as OutboxPayload stores it, and back (only dialogs that keep drafts).
    virtual QByteArray encodedDraft() const = 0;
    virtual bool fillEncodedDraft(const QByteArray &payload)
    {
        Q_UNUSED(payload);
        return false;
    }
    // "Discard this calltrack?"
    virtual QString discardText() const = 0;

    FieldErrors *fieldErrors() const { return m_errors; }

    // Inputs named for tests and the form's logic (usually after their field)
    static QLineEdit *createLineEdit(const QString &objectName);
    // Read-only text of the form (the selection, a note): wraps, can be selected and copied
    static QLabel *createInfoLabel(const QString &objectName);
    // "3 activities: 81001, 81002, 81003", the first few IDs and how many more there are
    static QString selectionText(const QList<qint64> &activityIds);
    static QComboBox *createCombo(const QString &objectName);
    // An optional whole number such as an ID: digits only, at most maxDigits of them
    static QLineEdit *createNumberEdit(const QString &objectName, int maxDigits = 18);
    static std::optional<qint64> number(const QLineEdit *edit);
    // A plain text editor a few lines high, in which Tab moves on to the next field
    static QPlainTextEdit *createTextEdit(const QString &objectName, int lines);

    // Before each validation: show the rows that apply, refill dependent lists.
    virtual void updateForm() { }
    // The controller's validation of the draft the form holds, and the form's own checks.
    virtual QList<ValidationError> validateForm() const = 0;
    // Hands the draft to the controller, which ends with its finished() signal.
    virtual void submitForm() = 0;

    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void submit();
    void showMessages(const QList<ValidationError> &errors);
    void focusFirstInvalid(const QList<ValidationError> &errors);
    void askToDiscard();
    void storeDraft();
    void forgetDraft();
    void fitToScreen();
    void showOutcome(const OperationOutcome &outcome);
    void showProgress(int done, int total);
    void setSending(bool sending);
    void updateBanner();
    QPushButton *okButton() const;

    OperationController *m_controller;
    FieldErrors *m_errors;
    QLabel *m_banner;
    QScrollArea *m_scroll;
    QWidget *m_formWidget;
    QFormLayout *m_form;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QHash<QWidget *, QWidget *> m_rowOf; // input -> the widget its row holds
    QHash<QString, QWidget *> m_inputOf; // field -> its input, for the focus on OK
    QStringList m_fieldOrder; // fields in the order of their rows
    QSet<QString> m_edited; // fields the user changed
    QMessageBox *m_discardQuestion = nullptr;
    QByteArray m_pristine; // encodedDraft() of the empty or prefilled form
    QString m_draftKey; // where keepDrafts() stores the draft in m_drafts
    std::unique_ptr<QSettings> m_drafts; // only for a dialog that keeps drafts
    QString m_cancelText;
    QString m_outcomeText;
    QStringList m_unplaced;
    std::optional<OperationOutcome> m_lastOutcome;
    bool m_ready = false;
    bool m_valid = false;
    bool m_submitted = false; // OK was pressed: every message shows
    bool m_filling = false;
    bool m_fitted = false;
    bool m_sending = false;
    bool m_validating = false;
};
