#include "operationdialog.h"

#include "controllers/operationcontroller.h"
#include "customattributeeditor.h"
#include "fielderrors.h"
#include "optionaldatetimeedit.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>
#include <QtMath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// time-dependent rules (a due date in the future, "today" or "tomorrow") go stale on their own
constexpr int ClockIntervalMs = 30'000;

// "&Subject:" -> "Subject"
QString accessibleNameOf(const QString &label)
{
    QString name = label;
    name.remove(u'&');
    if (name.endsWith(u':'))
        name.chop(1);
    return name.trimmed();
}

} // namespace

OperationDialog::OperationDialog(OperationController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_errors(new FieldErrors(this))
    , m_banner(FieldErrors::createBanner(this))
    , m_formWidget(new QWidget(this))
    , m_form(new QFormLayout(m_formWidget))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_form->setContentsMargins(0, 0, 0, 0);

    m_progress->setObjectName(u"progress"_s);
    m_progress->setAccessibleName(tr("Sending"));
    m_progress->hide();

    m_buttons->setObjectName(u"buttons"_s);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    m_cancelText = cancel->text();
    cancel->setAccessibleName(accessibleNameOf(m_cancelText));
    okButton()->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OperationDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OperationDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_formWidget);
    layout->addWidget(m_progress);
    // messages come and go: the room they leave goes below the form, not between its rows
    // (nothing in the form expands, see createTextEdit())
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_controller, &OperationController::finished, this, &OperationDialog::showOutcome);
    connect(m_controller, &OperationController::progress, this, &OperationDialog::showProgress);

    auto *clock = new QTimer(this);
    clock->setInterval(ClockIntervalMs);
    connect(clock, &QTimer::timeout, this, [this] {
        if (!m_sending)
            revalidate();
    });
    clock->start();
}

void OperationDialog::addRow(const QString &label, QWidget *input, const QString &field,
                             const QString &hint)
{
    auto *buddy = new QLabel(label, m_formWidget);
    // a compound input (an optional date, the attribute rows) is entered at its first control
    QWidget *focusTarget = input;
    if (input->focusPolicy() == Qt::NoFocus) {
        const auto parts = input->findChildren<QWidget *>();
        const auto first = std::find_if(parts.cbegin(), parts.cend(), [](const QWidget *part) {
            return part->focusPolicy() & Qt::TabFocus;
        });
        if (first != parts.cend())
            focusTarget = *first;
    }
    buddy->setBuddy(focusTarget);
    if (input->accessibleName().isEmpty()) {
        const auto *button = qobject_cast<QAbstractButton *>(input);
        input->setAccessibleName(
            accessibleNameOf(label.isEmpty() && button ? button->text() : label));
    }
    QWidget *row = field.isEmpty() ? input : m_errors->wrap(field, input, hint);
    m_rowOf.insert(input, row);
    m_form->addRow(buddy, row);
    watch(input);
}

void OperationDialog::addWideRow(QWidget *widget)
{
    m_rowOf.insert(widget, widget);
    m_form->addRow(widget);
}

void OperationDialog::setRowVisible(QWidget *input, bool visible)
{
    m_form->setRowVisible(m_rowOf.value(input, input), visible);
}

void OperationDialog::setSubmitText(const QString &text)
{
    okButton()->setText(text);
    okButton()->setAccessibleName(accessibleNameOf(text));
}

void OperationDialog::watch(QWidget *input)
{
    const auto changed = [this] { revalidate(); };
    if (auto *edit = qobject_cast<QLineEdit *>(input)) {
        connect(edit, &QLineEdit::textChanged, this, changed);
    } else if (auto *combo = qobject_cast<QComboBox *>(input)) {
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
        connect(combo, &QComboBox::editTextChanged, this, changed);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(input)) {
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    } else if (auto *button = qobject_cast<QAbstractButton *>(input)) {
        connect(button, &QAbstractButton::toggled, this, changed);
    } else if (auto *moment = qobject_cast<OptionalDateTimeEdit *>(input)) {
        connect(moment, &OptionalDateTimeEdit::changed, this, changed);
    } else if (auto *attributes = qobject_cast<CustomAttributeEditor *>(input)) {
        connect(attributes, &CustomAttributeEditor::changed, this, changed);
    }
}

void OperationDialog::finishForm()
{
    m_ready = true;
    revalidate();
}

void OperationDialog::revalidate()
{
    // updateForm() refills lists, and every refill is a change again
    if (!m_ready || m_validating)
        return;
    m_validating = true;
    updateForm();
    const QList<ValidationError> errors = validateForm();
    m_unplaced = m_errors->show(errors);
    m_valid = errors.isEmpty();
    okButton()->setEnabled(m_valid && !m_sending);
    updateBanner();
    m_validating = false;
}

void OperationDialog::submit()
{
    if (m_sending)
        return;
    revalidate();
    if (!m_valid)
        return;
    m_outcomeText.clear();
    updateBanner();
    setSending(true);
    submitForm();
}

void OperationDialog::showOutcome(const OperationOutcome &outcome)
{
    // a controller may be shared: what it finishes for another dialog is not ours
    if (!m_sending)
        return;
    setSending(false);
    m_lastOutcome = outcome;
    // a dialog closed while sending still reports, for the status bar, but stays closed
    const bool open = isVisible();
    switch (outcome.status) {
    case OperationOutcome::Status::Applied:
        emit applied(outcome.message);
        if (open)
            accept();
        return;
    case OperationOutcome::Status::Queued:
        //: %1 is the dialog's title, e.g. "New Callback"; %2 says when it will be sent
        emit queued(tr("%1: %2").arg(windowTitle(), outcome.message));
        if (open)
            accept();
        return;
    case OperationOutcome::Status::NeedsAttention:
        m_outcomeText = outcome.message + u'\n'
            + tr("You can correct the form and send it again as a new request, or cancel.");
        break;
    case OperationOutcome::Status::Invalid:
    case OperationOutcome::Status::Failed:
        m_outcomeText = outcome.message;
        break;
    }
    revalidate();
    if (!outcome.errors.isEmpty()) {
        // what the controller found at the moment of sending, e.g. a due date that has passed
        m_unplaced = m_errors->show(outcome.errors);
        updateBanner();
    }
}

void OperationDialog::showProgress(int done, int total)
{
    if (!m_sending)
        return;
    if (total <= 1) {
        m_progress->setRange(0, 0); // busy: one request has no steps to count
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    //: a change case of more than 75 activities is sent in several requests
    m_progress->setFormat(tr("%1 of %n requests applied", nullptr, total).arg(done));
}

void OperationDialog::setSending(bool sending)
{
    m_sending = sending;
    m_formWidget->setEnabled(!sending);
    okButton()->setEnabled(!sending && m_valid);
    // cancelling does not take back what is in the outbox: the button only closes the dialog
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    //: the Cancel button while an operation is being sent
    cancel->setText(sending ? tr("Close") : m_cancelText);
    cancel->setAccessibleName(accessibleNameOf(cancel->text()));
    if (sending) {
        m_progress->setRange(0, 0);
        m_progress->resetFormat();
    }
    m_progress->setVisible(sending);
}

void OperationDialog::reject()
{
    if (m_sending) {
        //: %1 is the dialog's title, e.g. "New Callback"
        emit queued(
            tr("%1: stored in the outbox, it is being sent in the background.").arg(windowTitle()));
    }
    QDialog::reject();
}

void OperationDialog::updateBanner()
{
    QStringList parts = m_unplaced;
    if (!m_outcomeText.isEmpty())
        parts.prepend(m_outcomeText);
    const QString text = parts.join(u'\n');
    m_banner->setText(text);
    m_banner->setAccessibleDescription(text);
    m_banner->setVisible(!text.isEmpty());
    growToFit();
}

void OperationDialog::growToFit()
{
    // A window does not follow the height its wrapped labels need at its width (messages,
    // hints), so they would be squeezed; show() sizes it once, and from then on it grows.
    if (!isVisible() || !layout()->hasHeightForWidth())
        return;
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void OperationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_errors->restyle(palette());
        m_banner->setPalette(FieldErrors::errorPalette(palette()));
    }
    QDialog::changeEvent(event);
}

QPushButton *OperationDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QLineEdit *OperationDialog::createLineEdit(const QString &objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    return edit;
}

QComboBox *OperationDialog::createCombo(const QString &objectName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    return combo;
}

QLineEdit *OperationDialog::createNumberEdit(const QString &objectName, int maxDigits)
{
    QLineEdit *edit = createLineEdit(objectName);
    const QRegularExpression digits(u"[0-9]{0,%1}"_s.arg(maxDigits));
    edit->setValidator(new QRegularExpressionValidator(digits, edit));
    return edit;
}

std::optional<qint64> OperationDialog::number(const QLineEdit *edit)
{
    bool ok = false;
    const qint64 value = edit->text().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QPlainTextEdit *OperationDialog::createTextEdit(const QString &objectName, int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // measured in the current font rather than in pixels
    edit->setMaximumHeight(
        qCeil(edit->fontMetrics().lineSpacing() * lines + 2 * edit->document()->documentMargin())
        + 2 * edit->frameWidth());
    return edit;
}
