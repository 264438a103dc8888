#include "dialogtest.h"

#include "controllers/operationcontroller.h"
#include "customattributeeditor.h"
#include "operationdialog.h"
#include "optionaldatetimeedit.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int OutcomeTimeoutMs = 60'000;
constexpr int MaxTabStops = 100;

// Qt builds combo boxes (with their pop-up list), spin boxes and the tab bar of a tab widget
// from inner widgets; each is one control
bool isInner(const QWidget *widget)
{
    // ours are named after their field
    if (!widget->objectName().isEmpty())
        return widget->objectName().startsWith(u"qt_"_s);
    const QWidget *parent = widget->parentWidget();
    if (parent
        && (qobject_cast<const QTabWidget *>(parent) || parent->objectName().startsWith(u"qt_"_s)))
        return true;
    for (; parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QAbstractSpinBox *>(parent))
            return true;
    }
    return false;
}

QWidget *outerControl(QWidget *widget)
{
    while (widget && isInner(widget) && widget->parentWidget())
        widget = widget->parentWidget();
    return widget;
}

QString controlName(const QWidget *widget)
{
    return widget->objectName().isEmpty() ? widget->accessibleName() : widget->objectName();
}

void choose(QComboBox *combo, int index, const QString &value)
{
    if (index >= 0) {
        combo->setCurrentIndex(index);
        return;
    }
    combo->lineEdit()->clear();
    QTest::keyClicks(combo->lineEdit(), value);
}

QString fillOne(QWidget *widget, const QString &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        line->clear();
        QTest::keyClicks(line, value);
        return line->text() == value ? QString() : u"the field kept \"%1\""_s.arg(line->text());
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
        text->clear();
        QTest::keyClicks(text, value);
        return {};
    }
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        int index = -1;
        for (int i = 0; i < combo->count() && index < 0; ++i) {
            const QVariant data = combo->itemData(i);
            if (data.isValid() && data.toString() == value)
                index = i;
        }
        if (index < 0)
            index = combo->findText(value);
        if (index < 0 && !combo->isEditable())
            return u"no item \"%1\""_s.arg(value);
        choose(combo, index, value);
        return {};
    }
    if (auto *box = qobject_cast<QCheckBox *>(widget)) {
        box->setChecked(value == u"true"_s);
        return {};
    }
    if (auto *attributes = qobject_cast<CustomAttributeEditor *>(widget)) {
        const qsizetype equals = value.indexOf(u'=');
        attributes->appendRow(value.left(equals), equals < 0 ? QString() : value.mid(equals + 1));
        return {};
    }
    if (auto *moment = qobject_cast<OptionalDateTimeEdit *>(widget)) {
        moment->setDateTime(
            value == u"none"_s ? QDateTime() : QDateTime::currentDateTime().addDays(value.toInt()));
        return {};
    }
    return u"cannot fill a %1"_s.arg(QString::fromLatin1(widget->metaObject()->className()));
}

} // namespace

namespace DialogTest {

QString fill(QWidget &dialog, const QStringList &edits)
{
    for (const QString &edit : edits) {
        const qsizetype equals = edit.indexOf(u'=');
        const QString name = edit.left(equals);
        auto *widget = dialog.findChild<QWidget *>(name);
        if (equals < 0 || !widget)
            return u"no widget for \"%1\""_s.arg(edit);
        if (const QString failed = fillOne(widget, edit.mid(equals + 1)); !failed.isEmpty())
            return name + u": "_s + failed;
    }
    return {};
}

QLabel *errorLabel(QWidget &dialog, const QString &field)
{
    return dialog.findChild<QLabel *>(field + u"Error"_s);
}

QString shownError(QWidget &dialog, const QString &field)
{
    const QLabel *label = errorLabel(dialog, field);
    // the label keeps its line while there is no message
    return label && label->isVisibleTo(&dialog) && label->parentWidget()->isVisibleTo(&dialog)
        ? label->text()
        : QString();
}

QString bannerText(QWidget &dialog)
{
    const auto *banner = dialog.findChild<QLabel *>(u"banner"_s);
    return banner && !banner->isHidden() ? banner->text() : QString();
}

QPushButton *okButton(QWidget &dialog)
{
    return dialog.findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok);
}

QString checkMessage(OperationDialog &dialog, const QString &field, const QString &message)
{
    if (field.isEmpty()) {
        QStringList problems;
        for (const ValidationError &error : dialog.problems())
            problems.append(error.field + u": "_s + error.message);
        return problems.isEmpty() && bannerText(dialog).isEmpty()
            ? QString()
            : u"problems: %1; banner: \"%2\""_s.arg(problems.join(u"; "_s), bannerText(dialog));
    }
    if (dialog.problems().isEmpty())
        return u"the form is valid"_s;
    // OK on an invalid form sends nothing: it shows every message
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    if (dialog.isSending())
        return u"OK sent an invalid form"_s;
    if (field == u"banner"_s) {
        return bannerText(dialog).contains(message) ? QString()
                                                    : u"banner: \"%1\""_s.arg(bannerText(dialog));
    }
    const QString shown = shownError(dialog, field);
    if (!shown.contains(message))
        return u"under %1: \"%2\""_s.arg(field, shown);
    // screen readers read it with the field
    const auto *input = dialog.findChild<QWidget *>(field);
    if (!input || !input->accessibleDescription().contains(message))
        return u"%1 is not described by its message"_s.arg(field);
    return {};
}

OperationOutcome submit(OperationDialog &dialog, OperationController &controller)
{
    OperationOutcome outcome;
    QPushButton *ok = okButton(dialog);
    if (!ok->isEnabled()) {
        outcome.message = u"OK is disabled: "_s + bannerText(dialog);
        return outcome;
    }
    QSignalSpy finished(&controller, &OperationController::finished);
    QTest::mouseClick(ok, Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(OutcomeTimeoutMs)) {
        outcome.message = u"no outcome"_s;
        return outcome;
    }
    return finished.constFirst().constFirst().value<OperationOutcome>();
}

QStringList tabOrder(QWidget &first)
{
    QStringList order;
    first.setFocus(Qt::TabFocusReason);
    QWidget *start = QApplication::focusWidget();
    QWidget *current = start;
    for (int stop = 0; stop < MaxTabStops && current; ++stop) {
        order.append(controlName(outerControl(current)));
        QTest::keyClick(current, Qt::Key_Tab);
        current = QApplication::focusWidget();
        if (current == start)
            break;
    }
    return order;
}

QStringList unnamedControls(QWidget &dialog)
{
    QStringList unnamed;
    const auto widgets = dialog.findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || isInner(widget))
            continue;
        if (widget->accessibleName().isEmpty()) {
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u' '
                           + widget->objectName());
        }
    }
    return unnamed;
}

QStringList repeatedMnemonics(QWidget &dialog)
{
    QHash<QChar, QStringList> users;
    const auto widgets = dialog.findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
            text = label->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            text = button->text();
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) != u'&')
                users[text.at(i + 1).toLower()].append(text);
            ++i;
        }
    }
    QStringList repeated;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it->size() > 1)
            repeated.append(it->join(u" / "_s));
    }
    return repeated;
}

bool saveScreenshot(QWidget &widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("AGENTDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return true;
    // the layout requests of what was just typed are handled first
    QTest::qWait(100);
    return QDir().mkpath(directory)
        && widget.grab().save(QDir(directory).filePath(name + u".png"_s));
}

} // namespace DialogTest
