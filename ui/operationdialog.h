#pragma once

#include "controllers/operationoutcome.h"

#include <QDialog>
#include <QHash>

#include <optional>

class FieldErrors;
class OperationController;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// What the operation dialogs share (calltrack, change case, callback): a form validated by the
// controller on every change, each message next to its field and the rest in a banner at the
// top; OK only for a valid form; then the controller's outcome decides:
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

signals:
    // The server applied it; the dialog closes. message: the controller's, e.g. "Callback
    // event 88102 created."
    void applied(const QString &message);
    // It is stored in the outbox and sent when the server can be reached; the dialog closes.
    void queued(const QString &message);

public slots:
    void reject() override;

protected:
    OperationDialog(OperationController *controller, QWidget *parent);

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
    // Revalidates whenever the input changes (addRow() does this for its input).
    void watch(QWidget *input);
    // Ends the construction of the form with its first validation. The tab order is the order
    // of the rows: each input joins the dialog's focus chain when its row is added, after OK
    // and Cancel, so Tab runs through the rows, the banner, OK, Cancel and round again.
    // (QWidget::setTabOrder() in Qt 6.4 breaks the chain around compound widgets such as
    // editable combo boxes and tab widgets, whose inner widgets are not next to each other.)
    void finishForm();
    void revalidate();

    FieldErrors *fieldErrors() const { return m_errors; }

    // Inputs named for tests and the form's logic (usually after their field)
    static QLineEdit *createLineEdit(const QString &objectName);
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

private:
    void submit();
    void showOutcome(const OperationOutcome &outcome);
    void showProgress(int done, int total);
    void setSending(bool sending);
    void updateBanner();
    void growToFit();
    QPushButton *okButton() const;

    OperationController *m_controller;
    FieldErrors *m_errors;
    QLabel *m_banner;
    QWidget *m_formWidget;
    QFormLayout *m_form;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QHash<QWidget *, QWidget *> m_rowOf; // input -> the widget its row holds
    QString m_cancelText;
    QString m_outcomeText;
    QStringList m_unplaced;
    std::optional<OperationOutcome> m_lastOutcome;
    bool m_ready = false;
    bool m_valid = false;
    bool m_sending = false;
    bool m_validating = false;
};
