#include "fielderrors.h"

#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    // messages quote what the user typed: never interpret it as markup
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

FieldErrors::FieldErrors(QObject *parent)
    : QObject(parent)
{
}

QWidget *FieldErrors::wrap(const QString &field, QWidget *input, const QString &hint)
{
    auto *container = new QWidget;
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(input);

    // the spacing between the input and its notes is the notes' own line height
    layout->setSpacing(0);
    Field entry {container, input, noteLabel(container), noteLabel(container)};
    entry.hint->setObjectName(field + u"Hint"_s);
    entry.hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(entry.hint);
    entry.error->setObjectName(field + u"Error"_s);
    //: accessible name of the label under a form field that says what is wrong with it
    entry.error->setAccessibleName(tr("Problem"));
    entry.error->setPalette(errorPalette(input->palette()));
    // One line is kept for the message even while there is none, so the fields below do not
    // jump as the user types and a message appears or clears; a longer one wraps below it.
    entry.error->setMinimumHeight(entry.error->fontMetrics().lineSpacing());
    entry.error->show();
    layout->addWidget(entry.error);
    m_fields.insert(field, entry);
    setHint(field, hint);
    return container;
}

void FieldErrors::setHint(const QString &field, const QString &hint)
{
    const Field entry = m_fields.value(field);
    if (!entry.hint)
        return;
    entry.hint->setText(hint);
    entry.hint->setVisible(!hint.isEmpty());
    if (entry.error->isHidden())
        entry.input->setAccessibleDescription(hint);
}

QStringList FieldErrors::show(const QList<ValidationError> &errors)
{
    QStringList unplaced;
    QHash<QString, QStringList> byField;
    for (const ValidationError &error : errors) {
        const Field entry = m_fields.value(error.field);
        // a hidden row is not part of the draft, so its message could not be seen there
        if (entry.container && !entry.container->isHidden())
            byField[error.field].append(error.message);
        else
            unplaced.append(error.message);
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        const QString text = messages.join(u'\n');
        it->error->setText(text);
        it->input->setAccessibleDescription(messages.isEmpty() ? it->hint->text() : text);
    }
    return unplaced;
}

QLabel *FieldErrors::createBanner(QWidget *parent)
{
    QLabel *banner = noteLabel(parent);
    banner->setObjectName(u"banner"_s);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setMargin(parent->style()->pixelMetric(QStyle::PM_LayoutTopMargin));
    banner->setPalette(errorPalette(parent->palette()));
    banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    //: accessible name of the box at the top of a dialog that explains what went wrong
    banner->setAccessibleName(tr("Problems"));
    return banner;
}

QPalette FieldErrors::errorPalette(const QPalette &base)
{
    QPalette palette = base;
    const bool dark = base.color(QPalette::Window).lightness() < 128;
    const QColor red = dark ? QColor(255, 138, 128) : QColor(176, 0, 32);
    palette.setColor(QPalette::WindowText, red);
    palette.setColor(QPalette::Text, red);
    return palette;
}

void FieldErrors::restyle(const QPalette &base)
{
    const QPalette palette = errorPalette(base);
    for (const Field &entry : std::as_const(m_fields))
        entry.error->setPalette(palette);
}
