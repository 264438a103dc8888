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
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QtMath>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// time-dependent rules (a due date in the future, "today" or "tomorrow") go stale on their own
constexpr int ClockIntervalMs = 30'000;
// room a window manager's title bar and a panel take from the screen's available height
constexpr int WindowFrameAllowance = 50;

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
    , m_scroll(new QScrollArea(this))
    , m_formWidget(new QWidget)
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
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OperationDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OperationDialog::reject);

    // The banner and the form scroll together, so a long form in a long language still fits
    // a small screen; OK and Cancel stay in view below them.
    auto *content = new QWidget;
    content->setObjectName(u"formContent"_s);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_formWidget);
    // the room messages leave goes below the form, not between its rows (nothing in the form
    // expands, see createTextEdit())
    contentLayout->addStretch(1);
    m_scroll->setObjectName(u"formScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_progress);
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

// out of line: the header only declares QSettings
OperationDialog::~OperationDialog() = default;

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
    if (!field.isEmpty()) {
        m_inputOf.insert(field, focusTarget);
        m_fieldOrder.append(field);
    }
    watch(input, field);
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

void OperationDialog::watch(QWidget *input, const QString &field)
{
    const auto changed = [this, field] {
        const bool byUser = m_ready && !m_filling;
        if (byUser && !field.isEmpty())
            m_edited.insert(field);
        revalidate();
        if (byUser)
            storeDraft();
    };
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
    setPristine();
}

OperationDialog::Filling::Filling(OperationDialog *dialog)
    : m_dialog(dialog)
    , m_outer(!std::exchange(dialog->m_filling, true))
{
}

OperationDialog::Filling::~Filling()
{
    if (m_outer) {
        m_dialog->m_filling = false;
        m_dialog->revalidate();
    }
}

void OperationDialog::setPristine()
{
    m_pristine = encodedDraft();
}

bool OperationDialog::hasInput() const
{
    return encodedDraft() != m_pristine;
}

void OperationDialog::revalidate()
{
    // updateForm() refills lists, and every refill is a change again
    if (!m_ready || m_validating || m_filling)
        return;
    m_validating = true;
    updateForm();
    const QList<ValidationError> errors = validateForm();
    showMessages(errors);
    m_valid = errors.isEmpty();
    m_validating = false;
}

void OperationDialog::showMessages(const QList<ValidationError> &errors)
{
    // Until OK is pressed, only the fields the user edited say what is wrong with them: a
    // form that opens in red, or turns red at the first key, reads as a reprimand.
    QList<ValidationError> shown;
    for (const ValidationError &error : errors) {
        if (m_submitted || m_edited.contains(error.field))
            shown.append(error);
    }
    m_unplaced = m_errors->show(shown);
    updateBanner();
}

void OperationDialog::focusFirstInvalid(const QList<ValidationError> &errors)
{
    for (const QString &field : std::as_const(m_fieldOrder)) {
        QWidget *input = m_inputOf.value(field);
        const bool invalid
            = std::any_of(errors.cbegin(), errors.cend(),
                          [&](const ValidationError &e) { return e.field == field; });
        if (invalid && input && input->isVisibleTo(this)) {
            input->setFocus(Qt::OtherFocusReason);
            m_scroll->ensureWidgetVisible(m_rowOf.value(input, input));
            return;
        }
    }
    // only the banner says it
    m_scroll->ensureWidgetVisible(m_banner);
}

void OperationDialog::submit()
{
    if (m_sending)
        return;
    m_submitted = true;
    revalidate();
    if (!m_valid) {
        focusFirstInvalid(validateForm());
        return;
    }
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
        forgetDraft();
        emit applied(outcome.message);
        if (open)
            accept();
        return;
    case OperationOutcome::Status::Queued:
        forgetDraft();
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
    m_scroll->ensureWidgetVisible(m_banner);
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
    okButton()->setEnabled(!sending);
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
        QDialog::reject();
        return;
    }
    if (m_discardQuestion)
        return;
    if (hasInput()) {
        askToDiscard();
        return;
    }
    forgetDraft();
    QDialog::reject();
}

void OperationDialog::askToDiscard()
{
    // window-modal and not exec(): the main window's event loop, and the tests, keep running
    m_discardQuestion = new QMessageBox(QMessageBox::Question, windowTitle(), discardText(),
                                        QMessageBox::NoButton, this);
    m_discardQuestion->setObjectName(u"discardQuestion"_s);
    m_discardQuestion->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discard = m_discardQuestion->addButton(QMessageBox::Discard);
    discard->setObjectName(u"discard"_s);
    QPushButton *keep = nullptr;
    if (m_drafts) {
        m_discardQuestion->setInformativeText(
            tr("You can also keep it as a draft: it is filled in the next time you open this "
               "dialog."));
        //: closes the dialog and keeps what was typed for the next time
        keep = m_discardQuestion->addButton(tr("&Keep as Draft"), QMessageBox::AcceptRole);
        keep->setObjectName(u"keepDraft"_s);
    }
    QPushButton *back = m_discardQuestion->addButton(QMessageBox::Cancel);
    back->setObjectName(u"continueEditing"_s);
    m_discardQuestion->setDefaultButton(back);
    m_discardQuestion->setEscapeButton(back);
    connect(m_discardQuestion, &QMessageBox::buttonClicked, this,
            [this, discard, keep](QAbstractButton *clicked) {
                m_discardQuestion = nullptr;
                if (clicked == discard) {
                    forgetDraft();
                    QDialog::reject();
                } else if (clicked == keep) {
                    QDialog::reject();
                }
            });
    m_discardQuestion->open();
}

bool OperationDialog::keepDrafts(const QString &profile, const QString &kind)
{
    // Drafts live in the settings, beside the profiles, not in the cache: they are the user's
    // typing, not a copy of server data, and a cache migration may drop and refetch its tables.
    m_draftKey = u"drafts/%1/%2"_s.arg(
        QString::fromLatin1(profile.toUtf8().toBase64(QByteArray::Base64UrlEncoding)), kind);
    m_drafts = std::make_unique<QSettings>();
    const QByteArray kept = m_drafts->value(m_draftKey).toByteArray();
    if (kept.isEmpty())
        return false;
    const Filling filling(this);
    return fillEncodedDraft(kept);
}

void OperationDialog::storeDraft()
{
    // QSettings writes the file on its own shortly after, and when the dialog goes: a program
    // ended with the dialog open keeps the draft as well
    if (!m_drafts)
        return;
    if (hasInput())
        m_drafts->setValue(m_draftKey, encodedDraft());
    else
        m_drafts->remove(m_draftKey);
}

void OperationDialog::forgetDraft()
{
    if (m_drafts)
        m_drafts->remove(m_draftKey);
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
}

void OperationDialog::showEvent(QShowEvent *event)
{
    if (!std::exchange(m_fitted, true))
        fitToScreen();
    QDialog::showEvent(event);
}

void OperationDialog::fitToScreen()
{
    // The form as wide as it wants (with room for a scroll bar) and as high as its wrapped
    // labels need at that width, but never higher than the screen: the rest scrolls.
    QWidget *content = m_scroll->widget();
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    const QMargins margins = layout()->contentsMargins();
    const int spacing = std::max(0, layout()->spacing());
    const int contentWidth = content->sizeHint().width();
    const int width = contentWidth + scrollBar + margins.left() + margins.right();
    const int contentHeight = content->layout()->hasHeightForWidth()
        ? content->layout()->totalHeightForWidth(contentWidth)
        : content->sizeHint().height();
    int height = contentHeight + margins.top() + margins.bottom() + spacing
        + m_buttons->sizeHint().height();
    const QScreen *screen = this->screen();
    QSize available = screen ? screen->availableSize() : QSize(width, height);
    available.rheight() -= WindowFrameAllowance;
    resize(std::min(width, available.width()), std::min(height, available.height()));
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

QLabel *OperationDialog::createInfoLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString OperationDialog::selectionText(const QList<qint64> &activityIds)
{
    // the selection names this many IDs, then how many more there are
    constexpr int ListedIds = 8;
    if (activityIds.isEmpty())
        return tr("No activities are selected.");
    QStringList ids;
    for (qint64 id : activityIds.mid(0, ListedIds))
        ids.append(QString::number(id));
    const int count = int(activityIds.size());
    QString list = ids.join(u", "_s);
    if (count > ListedIds) {
        //: after a list of activity IDs
        list += tr(" and %n more", nullptr, count - ListedIds);
    }
    //: %1 lists the activity IDs
    return tr("%n activities: %1", nullptr, count).arg(list);
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
