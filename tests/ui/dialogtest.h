#pragma once

#include "controllers/operationoutcome.h"

#include <QString>
#include <QStringList>

class OperationController;
class OperationDialog;
class QLabel;
class QPushButton;
class QWidget;

// What the operation dialog suites do with a dialog the way a user would: type, choose, press
// OK, read what it shows. Widgets are found by object name (the dialogs name each input after
// its ValidationError field).
namespace DialogTest {

// Applies "objectName=value" edits in order: typed into line and text edits (after clearing),
// chosen in combo boxes (by item data, then text; typed into an editable one), ticked for
// check boxes ("true"/"false"), a row "name=value" appended to custom attributes, and for
// optional dates "none" or a number of days from now ("-1", "+2"). An empty string, or what
// could not be applied.
QString fill(QWidget &dialog, const QStringList &edits);

// The message label under the field's widget; nullptr if the dialog has no such field
QLabel *errorLabel(QWidget &dialog, const QString &field);
// the messages shown for the field, empty when none is visible
QString shownError(QWidget &dialog, const QString &field);
QString bannerText(QWidget &dialog);
QPushButton *okButton(QWidget &dialog);

// What a validation row expects, checked: with no field, the form has no problem and nothing
// is shown; otherwise OK, pressed, sends nothing and the message is shown under the field's
// widget and is its accessible description, or ("banner") in the banner. An empty string, or
// what differs.
QString checkMessage(OperationDialog &dialog, const QString &field, const QString &message);

// Presses OK and waits for the controller's outcome (the dialog has handled it by then).
OperationOutcome submit(OperationDialog &dialog, OperationController &controller);

// The controls Tab visits from the first input (object names, or the accessible name of
// those without one), as far as the focus comes back round; the dialog must be active.
QStringList tabOrder(QWidget &first);
// Controls with no accessible name (Qt's inner widgets of combo boxes, spin boxes and tab
// widgets count as their outer one)
QStringList unnamedControls(QWidget &dialog);
// Mnemonics (&x) given to more than one label or button
QStringList repeatedMnemonics(QWidget &dialog);

// Saves the widget as <name>.png in $AGENTDESK_SCREENSHOT_DIR, when that is set.
bool saveScreenshot(QWidget &widget, const QString &name);

} // namespace DialogTest
