#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

// One problem with a draft, found before anything is sent. Validators return all of them at once
// so a dialog can mark every affected widget, the CLI can print every line, and a controller can
// refuse to queue the draft.
struct ValidationError
{
    QString field; // a stable field name the dialog maps to a widget, e.g. "subject"
    QString rule; // the API reference's checklist id, e.g. "C6", "P11", "J5"
    QString message; // translated: what is wrong and what is allowed

    friend bool operator==(const ValidationError &, const ValidationError &) = default;

    static QList<ValidationError> forField(const QList<ValidationError> &errors, QStringView field)
    {
        QList<ValidationError> matching;
        for (const ValidationError &error : errors) {
            if (error.field == field)
                matching.append(error);
        }
        return matching;
    }
};
Q_DECLARE_METATYPE(ValidationError)
