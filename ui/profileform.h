#pragma once

#include "auth/profile.h"
#include "domain/validationerror.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class FieldErrors;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// The fields of one server profile in a form: only the rows that apply to the chosen case
// server and sign-in flow are shown, and every problem is explained under its field as it is
// typed. Inputs are named after their ProfileStore key (agentdeskctl profile set uses the same
// names), and their values are parsed by ProfileStore::setField, so both programs accept the same.
class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent = nullptr);

    // nameEditable: false for a saved profile, whose name is also its keychain entries' scope
    void setProfile(const Profile &profile, bool nameEditable);
    // What the form holds; fields that do not apply to the case server or flow are left empty.
    Profile profile() const;
    // Names a new profile may not take
    void setTakenNames(const QStringList &names);

    // Every problem of the form; also shown under the fields by the last change.
    QList<ValidationError> errors() const { return m_errors; }
    bool isValid() const { return m_errors.isEmpty(); }

    // The inputs in tab order
    QList<QWidget *> tabChain() const;

    // A row whose label is the input's buddy and accessible name (without '&' and ':'). row:
    // what the form shows, when the input sits in a container.
    static void addLabelledRow(QFormLayout *form, const QString &label, QWidget *input,
                               QWidget *row = nullptr);

Q_SIGNALS:
    // After any edit, with errors() up to date
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addRow(const QString &label, QWidget *input, const QString &hint = {},
                QWidget *field = nullptr);
    void setRowVisible(QWidget *input, bool visible);
    void update();
    void chooseCaBundle();
    QList<ValidationError> validate(Profile *parsed) const;

    FieldErrors *m_fieldErrors;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_caseDialect;
    QLineEdit *m_caseBaseUrl;
    QLineEdit *m_userName;
    QComboBox *m_oauthFlow;
    QLineEdit *m_clientId;
    QLineEdit *m_authorizeUrl;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_scope;
    QLineEdit *m_jtelBaseUrl;
    QLineEdit *m_caBundlePath;
    QPushButton *m_chooseCaBundle;
    QHash<QWidget *, QWidget *> m_rows; // input -> what its row shows
    QStringList m_takenNames;
    QString m_savedName;
    QList<ValidationError> m_errors;
    bool m_loading = false;
};
