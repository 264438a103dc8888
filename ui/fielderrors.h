#pragma once

#include "domain/validationerror.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QLabel;
class QPalette;
class QWidget;

// Puts the ValidationErrors of a draft where the user looks: each message under the widget its
// `field` names (an error label, also the widget's accessible description, so screen readers
// announce it with the widget). Messages of fields without a widget, or of a widget whose row is
// hidden, come back from show() for the dialog's banner.
class FieldErrors : public QObject
{
    Q_OBJECT
public:
    explicit FieldErrors(QObject *parent = nullptr);

    // A container with the input and, under it, a hint (when given) and the field's error label
    // ("<field>Error"): put it in the form row instead of the input.
    QWidget *wrap(const QString &field, QWidget *input, const QString &hint = {});
    // A hint that depends on the form, e.g. the sender's format for the event type
    void setHint(const QString &field, const QString &hint);

    // Shows every message of a known, visible field; returns the others.
    QStringList show(const QList<ValidationError> &errors);

    // The box at the top of a dialog for what no field shows (named "banner"), hidden until it
    // has a text.
    static QLabel *createBanner(QWidget *parent);

    // The palette of error text on `base`: a red that stays readable on light and dark themes.
    static QPalette errorPalette(const QPalette &base);
    // Applies errorPalette(base) to every error label, after the dialog's palette changed.
    void restyle(const QPalette &base);

private:
    struct Field
    {
        QPointer<QWidget> container;
        QPointer<QWidget> input;
        QPointer<QLabel> hint;
        QPointer<QLabel> error;
    };

    QHash<QString, Field> m_fields;
};
