#include "profileform.h"

#include "auth/profilestore.h"
#include "fielderrors.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

// ProfileStore's tokens for the two choices
const QString Ece = u"v12"_s;
const QString Egain = u"v3"_s;
const QString UserFlow = u"user"_s;
const QString ClientFlow = u"client"_s;

QLineEdit *createLineEdit(const QString &key)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(key);
    return edit;
}

QComboBox *createCombo(const QString &key)
{
    auto *combo = new QComboBox;
    combo->setObjectName(key);
    return combo;
}

// a jtel base URL ends with the ClientsID: …/rest/v1.0/{ClientsID}
bool endsWithClientsId(const QUrl &url)
{
    const QString last = url.path().section(u'/', -1, -1, QString::SectionSkipEmpty);
    return !last.isEmpty()
        && std::all_of(last.cbegin(), last.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_fieldErrors(new FieldErrors(this))
    , m_form(new QFormLayout(this))
    , m_name(createLineEdit(u"name"_s))
    , m_caseDialect(createCombo(u"caseDialect"_s))
    , m_caseBaseUrl(createLineEdit(u"caseBaseUrl"_s))
    , m_userName(createLineEdit(u"userName"_s))
    , m_oauthFlow(createCombo(u"oauthFlow"_s))
    , m_clientId(createLineEdit(u"clientId"_s))
    , m_authorizeUrl(createLineEdit(u"authorizeUrl"_s))
    , m_tokenUrl(createLineEdit(u"tokenUrl"_s))
    , m_scope(createLineEdit(u"scope"_s))
    , m_jtelBaseUrl(createLineEdit(u"jtelBaseUrl"_s))
    , m_caBundlePath(createLineEdit(u"caBundlePath"_s))
    , m_chooseCaBundle(new QPushButton(tr("C&hoose…")))
{
    m_form->setContentsMargins(0, 0, 0, 0);

    //: no case-management server: the profile only has a jtel ACD
    m_caseDialect->addItem(tr("None (jtel only)"), u"none"_s);
    m_caseDialect->addItem(tr("eGain Case Manager v3 (cloud)"), Egain);
    m_caseDialect->addItem(tr("Cisco ECE Interaction v12 (on premise)"), Ece);
    //: how AgentDesk signs in to eGain: as a person, or as a registered application
    m_oauthFlow->addItem(tr("A user, in the browser"), UserFlow);
    m_oauthFlow->addItem(tr("An API client application"), ClientFlow);

    m_name->setPlaceholderText(tr("e.g. production"));
    m_clientId->setPlaceholderText(tr("From the eGain Administration Console"));
    m_authorizeUrl->setPlaceholderText(
        tr("e.g. https://login.example.egain.cloud/…/oauth2/authorize"));
    m_tokenUrl->setPlaceholderText(tr("e.g. https://login.example.egain.cloud/…/oauth2/token"));
    m_jtelBaseUrl->setPlaceholderText(tr("e.g. https://acd.example.net:8443/rest/v1.0/1234"));
    m_chooseCaBundle->setObjectName(u"chooseCaBundle"_s);
    m_chooseCaBundle->setAccessibleName(tr("Choose the CA bundle file"));
    connect(m_chooseCaBundle, &QPushButton::clicked, this, &ProfileForm::chooseCaBundle);

    addRow(tr("Na&me:"), m_name);
    addRow(tr("Case ser&ver:"), m_caseDialect);
    addRow(tr("Server UR&L:"), m_caseBaseUrl);
    addRow(tr("Si&gn in as:"), m_oauthFlow);
    addRow(tr("U&ser name:"), m_userName);
    addRow(tr("Client I&D:"), m_clientId);
    addRow(tr("&Authorize URL:"), m_authorizeUrl);
    addRow(tr("&Token URL:"), m_tokenUrl,
           tr("Both URLs are in the client application's metadata in the eGain Administration "
              "Console."));
    addRow(tr("Sco&pe:"), m_scope, tr("Several scopes are separated by spaces."));
    //: jtel is the name of the ACD product; keep it lowercase
    addRow(tr("&jtel server:"), m_jtelBaseUrl,
           tr("The REST base URL including the ClientsID. Empty when you work without a jtel "
              "ACD."));
    addRow(tr("CA &bundle:"), m_caBundlePath,
           tr("Only for servers whose certificate comes from a private CA: its certificates as "
              "a PEM file."),
           m_chooseCaBundle);

    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &ProfileForm::update);
    for (QComboBox *combo : {m_caseDialect, m_oauthFlow})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProfileForm::update);
    update();
}

void ProfileForm::addLabelledRow(QFormLayout *form, const QString &label, QWidget *input,
                                 QWidget *row)
{
    auto *buddy = new QLabel(label);
    buddy->setBuddy(input);
    if (input->accessibleName().isEmpty())
        input->setAccessibleName(QString(label).remove(u'&').remove(u':').trimmed());
    form->addRow(buddy, row ? row : input);
}

void ProfileForm::addRow(const QString &label, QWidget *input, const QString &hint, QWidget *button)
{
    QWidget *row = m_fieldErrors->wrap(input->objectName(), input, hint);
    if (button) {
        auto *withButton = new QWidget;
        auto *layout = new QHBoxLayout(withButton);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(row, 1);
        layout->addWidget(button, 0, Qt::AlignTop);
        row = withButton;
    }
    m_rows.insert(input, row);
    addLabelledRow(m_form, label, input, row);
}

QList<QWidget *> ProfileForm::tabChain() const
{
    return {m_name,     m_caseDialect, m_caseBaseUrl,  m_oauthFlow,
            m_userName, m_clientId,    m_authorizeUrl, m_tokenUrl,
            m_scope,    m_jtelBaseUrl, m_caBundlePath, m_chooseCaBundle};
}

void ProfileForm::setProfile(const Profile &profile, bool nameEditable)
{
    m_loading = true;
    const auto fields = ProfileStore::fields(profile);
    for (const auto &[key, value] : fields) {
        if (auto *edit = findChild<QLineEdit *>(key))
            edit->setText(value);
        else if (auto *combo = findChild<QComboBox *>(key))
            combo->setCurrentIndex(qMax(0, combo->findData(value)));
    }
    m_name->setText(profile.name);
    m_name->setReadOnly(!nameEditable);
    m_savedName = nameEditable ? QString() : profile.name;
    m_fieldErrors->setHint(u"name"_s,
                           nameEditable ? QString()
                                        : tr("A saved profile keeps its name, which its "
                                             "secrets in the keychain are filed under."));
    m_loading = false;
    update();
}

void ProfileForm::setTakenNames(const QStringList &names)
{
    m_takenNames = names;
    update();
}

Profile ProfileForm::profile() const
{
    Profile parsed;
    validate(&parsed);
    return parsed;
}

void ProfileForm::setRowVisible(QWidget *input, bool visible)
{
    m_form->setRowVisible(m_rows.value(input), visible);
}

void ProfileForm::update()
{
    if (m_loading)
        return;
    const QString dialect = m_caseDialect->currentData().toString();
    const bool egain = dialect == Egain;
    const bool user = egain && m_oauthFlow->currentData().toString() == UserFlow;
    const bool caseServer = egain || dialect == Ece;
    setRowVisible(m_caseBaseUrl, caseServer);
    for (QWidget *input : QList<QWidget *> {m_oauthFlow, m_clientId, m_tokenUrl, m_scope})
        setRowVisible(input, egain);
    setRowVisible(m_authorizeUrl, user);
    // an API client signs in as itself: there is no user
    setRowVisible(m_userName, dialect == Ece || user);

    m_fieldErrors->setHint(u"caseBaseUrl"_s,
                           egain ? tr("The API base, e.g. https://api.ai.egain.cloud.")
                                 : tr("Up to and including the web context root, e.g. "
                                      "https://ece.example.com/system."));
    m_fieldErrors->setHint(u"userName"_s,
                           user ? tr("Optional: suggested to the sign-in page in the browser.")
                                : QString());

    m_errors = validate(nullptr);
    m_fieldErrors->show(m_errors);
    Q_EMIT changed();
}

QList<ValidationError> ProfileForm::validate(Profile *parsed) const
{
    QList<ValidationError> errors;
    const auto add = [&errors](const QString &field, const QString &rule, const QString &message) {
        errors.append({field, rule, message});
    };
    Profile profile;
    profile.name = m_name->text().trimmed();
    if (profile.name.isEmpty()) {
        add(u"name"_s, u"required"_s, tr("Enter a name for the profile."));
    } else if (!ProfileStore::isValidName(profile.name)) {
        add(u"name"_s, u"format"_s,
            tr("Use only letters, digits, “-” and “_”, at most 64 of them."));
    } else if (m_savedName.isEmpty() && m_takenNames.contains(profile.name)) {
        add(u"name"_s, u"unique"_s, tr("There is already a profile named “%1”.").arg(profile.name));
    }

    const QString dialect = m_caseDialect->currentData().toString();
    const bool ece = dialect == Ece;
    const bool egain = dialect == Egain;
    const bool user = egain && m_oauthFlow->currentData().toString() == UserFlow;
    ProfileStore::setField(profile, u"caseDialect"_s, dialect);
    if (egain)
        ProfileStore::setField(profile, u"oauthFlow"_s, m_oauthFlow->currentData().toString());

    struct Field
    {
        QLineEdit *edit;
        bool applies;
        QString missing; // the message when it is required and empty
    };
    const QList<Field> fields = {
        {m_caseBaseUrl, ece || egain, tr("Enter the address of the case server.")},
        {m_userName, ece || user, ece ? tr("Cisco ECE signs in with your user name.") : QString()},
        {m_clientId, egain, tr("Enter the client ID registered for AgentDesk.")},
        {m_authorizeUrl, user, tr("Enter the authorize URL, where you sign in in the browser.")},
        {m_tokenUrl, egain, tr("Enter the token URL.")},
        {m_scope, egain, QString()},
        {m_jtelBaseUrl, true, QString()},
        {m_caBundlePath, true, QString()},
    };
    for (const Field &field : fields) {
        const QString key = field.edit->objectName();
        const QString text = field.edit->text().trimmed();
        if (!field.applies)
            continue;
        if (text.isEmpty()) {
            if (!field.missing.isEmpty())
                add(key, u"required"_s, field.missing);
            continue;
        }
        if (!ProfileStore::setField(profile, key, text))
            continue;
        if (field.edit == m_caBundlePath) {
            add(key, u"file"_s,
                QDir::isAbsolutePath(text) ? tr("“%1” is not a file that can be read.").arg(text)
                                           : tr("Give the file with its full path, or choose it."));
        } else if (!QUrl(text, QUrl::StrictMode).userInfo().isEmpty()) {
            add(key, u"secret"_s,
                tr("Leave out the user name and password: passwords are asked for at sign-in "
                   "and kept in the system keychain."));
        } else {
            add(key, u"url"_s,
                tr("Enter a complete address that starts with https:// or http://."));
        }
    }
    if (!profile.jtelBaseUrl.isEmpty() && !endsWithClientsId(profile.jtelBaseUrl)) {
        add(u"jtelBaseUrl"_s, u"clientsId"_s,
            tr("End the address with the ClientsID, e.g. …/rest/v1.0/1234."));
    }
    if (!ece && !egain && m_jtelBaseUrl->text().trimmed().isEmpty()) {
        add(u"caseDialect"_s, u"required"_s,
            tr("Choose a case server, enter a jtel server below, or both."));
    }
    if (parsed)
        *parsed = profile;
    return errors;
}

void ProfileForm::chooseCaBundle()
{
    const QString current = m_caBundlePath->text().trimmed();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("CA Bundle"), current.isEmpty() ? QDir::homePath() : QFileInfo(current).path(),
        //: file type filter of the file dialog; keep the patterns in parentheses
        tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caBundlePath->setText(file);
}

void ProfileForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_fieldErrors->restyle(palette());
    QWidget::changeEvent(event);
}
