#include "profiledialog.h"

#include "auth/credentialstore.h"
#include "auth/serverconnections.h"
#include "fielderrors.h"
#include "profileform.h"
#include "session/trainingsandbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString CaseSecretField = u"caseSecret"_s;
const QString JtelTokenField = u"jtelToken"_s;

QPushButton *createButton(const QString &text, const QString &objectName,
                          const QString &accessibleName)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

QLineEdit *createSecretEdit(const QString &objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

// the secret's input, its button and (for the browser) the stop button in one row
QWidget *inRow(const QList<QWidget *> &widgets)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget, qobject_cast<QLineEdit *>(widget) ? 1 : 0);
    return row;
}

QString keptText(SignIn::Secret secret)
{
    switch (secret) {
    case SignIn::Secret::Password:
        return ProfileDialog::tr("A password is kept in the system keychain.");
    case SignIn::Secret::ClientSecret:
        return ProfileDialog::tr("A client secret is kept in the system keychain.");
    case SignIn::Secret::Browser:
        return ProfileDialog::tr("The sign-in from the browser is kept in the system keychain "
                                 "until it expires.");
    case SignIn::Secret::Token:
        return ProfileDialog::tr("An API token is kept in the system keychain.");
    case SignIn::Secret::None:
        break;
    }
    return {};
}

} // namespace

ProfileDialog::ProfileDialog(TrainingSandbox *training, QWidget *parent)
    : QDialog(parent)
    , m_credentials(new CredentialStore(this))
    , m_network(new QNetworkAccessManager(this))
    , m_training(training)
    , m_signInErrors(new FieldErrors(this))
    , m_banner(new QLabel)
    , m_status(new QLabel)
    , m_intro(new QLabel)
    , m_profiles(new QComboBox)
    , m_new(createButton(tr("&New"), u"newProfile"_s, tr("New profile")))
    , m_remove(createButton(tr("&Remove"), u"removeProfile"_s, tr("Remove profile")))
    , m_form(new ProfileForm)
    , m_signInBox(new QGroupBox(tr("Sign In")))
    , m_signInForm(new QFormLayout(m_signInBox))
    , m_caseSecretLabel(new QLabel)
    , m_caseSecret(createSecretEdit(CaseSecretField))
    , m_caseSignIn(createButton(tr("Sign &in"), u"caseSignIn"_s, tr("Sign in")))
    , m_stopWaiting(
          createButton(tr("Stop &Waiting"), u"stopWaiting"_s, tr("Stop waiting for the browser")))
    //: Cisco ECE allows five sessions per user; this ends the oldest one to sign in here
    , m_forceLogin(new QCheckBox(tr("End my oldest session when ECE allows no more")))
    //: jtel is the name of the ACD product; keep it lowercase
    , m_jtelTokenLabel(new QLabel(tr("jtel API to&ken:")))
    , m_jtelToken(createSecretEdit(JtelTokenField))
    , m_jtelSignIn(
          createButton(tr("Verif&y Token"), u"jtelSignIn"_s, tr("Verify and keep the jtel token")))
    , m_trainingButton(
          createButton(tr("Training (Sandbo&x)"), u"training"_s, tr("Training with the sandbox")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Profiles"));

    m_banner->setObjectName(u"banner"_s);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(style()->pixelMetric(QStyle::PM_LayoutTopMargin));
    m_banner->setPalette(FieldErrors::errorPalette(palette()));
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    //: accessible name of the box at the top of a dialog that explains what went wrong
    m_banner->setAccessibleName(tr("Problems"));
    m_banner->hide();
    m_status->setObjectName(u"status"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();
    m_intro->setObjectName(u"intro"_s);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_intro->setText(m_training ? tr("There is no profile yet. Create one with New, or press "
                                     "Training (Sandbox) to try AgentDesk on a local training "
                                     "server with demo data.")
                                : tr("There is no profile yet. Create one with New."));

    m_profiles->setObjectName(u"profiles"_s);
    auto *picker = new QFormLayout;
    ProfileForm::addLabelledRow(picker, tr("Pro&file:"), m_profiles,
                                inRow({m_profiles, m_new, m_remove}));
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_caseSecretLabel->setObjectName(u"caseSecretLabel"_s);
    m_caseSecretLabel->setBuddy(m_caseSecret);
    m_jtelTokenLabel->setBuddy(m_jtelToken);
    m_jtelToken->setAccessibleName(tr("jtel API token"));
    m_stopWaiting->hide();
    m_signInForm->addRow(
        m_caseSecretLabel,
        m_signInErrors->wrap(CaseSecretField, inRow({m_caseSecret, m_caseSignIn, m_stopWaiting})));
    m_forceLogin->setObjectName(u"forceLogin"_s);
    m_forceLogin->setAccessibleName(m_forceLogin->text());
    m_forceLogin->setAccessibleDescription(
        tr("That session is signed out, wherever it is in use."));
    m_signInForm->addRow(QString(), m_forceLogin);
    m_signInForm->addRow(m_jtelTokenLabel,
                         m_signInErrors->wrap(JtelTokenField, inRow({m_jtelToken, m_jtelSignIn})));

    m_buttons->setObjectName(u"buttons"_s);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Use Profile"));
    ok->setAccessibleName(tr("Use profile"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_trainingButton->setVisible(m_training != nullptr);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(picker);
    layout->addWidget(m_intro);
    layout->addWidget(m_form);
    layout->addWidget(m_signInBox);
    layout->addWidget(m_status);
    layout->addStretch(1);
    // training stands apart from the buttons that close with the form's profile
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_trainingButton);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_buttons);
    layout->addLayout(buttonRow);

    connect(m_profiles, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_showing || index == m_current)
            return;
        m_current = index;
        showCurrent();
    });
    connect(m_new, &QPushButton::clicked, this, &ProfileDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProfileDialog::removeProfile);
    connect(m_form, &ProfileForm::changed, this, &ProfileDialog::formChanged);
    connect(m_caseSecret, &QLineEdit::textChanged, this, &ProfileDialog::updateState);
    connect(m_jtelToken, &QLineEdit::textChanged, this, &ProfileDialog::updateState);
    connect(m_caseSignIn, &QPushButton::clicked, this, [this] { signIn(SignIn::Server::Case); });
    connect(m_jtelSignIn, &QPushButton::clicked, this, [this] { signIn(SignIn::Server::Jtel); });
    // Enter in a secret field signs in with it rather than closing the dialog
    connect(m_caseSecret, &QLineEdit::returnPressed, m_caseSignIn, &QPushButton::click);
    connect(m_jtelToken, &QLineEdit::returnPressed, m_jtelSignIn, &QPushButton::click);
    connect(m_stopWaiting, &QPushButton::clicked, this, &ProfileDialog::stopWaiting);
    connect(m_trainingButton, &QPushButton::clicked, this, &ProfileDialog::startTraining);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);

    // the banner first, so keyboard users reach what went wrong; from Cancel round again
    QList<QWidget *> chain = {m_banner, m_profiles, m_new, m_remove};
    chain << m_form->tabChain() << m_caseSecret << m_caseSignIn << m_stopWaiting << m_forceLogin
          << m_jtelToken << m_jtelSignIn << m_trainingButton << ok
          << m_buttons->button(QDialogButtonBox::Cancel) << m_banner;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    loadEntries();
}

ProfileDialog::~ProfileDialog() = default;

std::optional<QString> ProfileDialog::ensureProfile(QWidget *parent, TrainingSandbox *training)
{
    if (const QString active = ProfileStore().activeName(); !active.isEmpty())
        return active;
    ProfileDialog dialog(training, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.activeProfile().isEmpty())
        return std::nullopt;
    return dialog.activeProfile();
}

void ProfileDialog::setProfileInUse(const QString &name)
{
    m_inUse = name;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).savedName == name && i != m_current) {
            if (!current() || m_form->isValid()) {
                m_current = i;
                showCurrent();
            }
            return;
        }
    }
}

void ProfileDialog::loadEntries()
{
    m_entries.clear();
    const QString active = m_store.activeName();
    for (const QString &name : m_store.names()) {
        if (const std::optional<Profile> profile = m_store.load(name)) {
            if (name == active)
                m_current = m_entries.size();
            m_entries.append({*profile, name, false});
        }
    }
    if (m_current < 0 && !m_entries.isEmpty())
        m_current = 0;
    showCurrent();
}

ProfileDialog::Entry *ProfileDialog::current()
{
    return m_current >= 0 && m_current < m_entries.size() ? &m_entries[m_current] : nullptr;
}

void ProfileDialog::refreshPicker()
{
    m_showing = true;
    m_profiles->clear();
    const QString active = m_store.activeName();
    for (const Entry &entry : std::as_const(m_entries)) {
        const QString name = entry.profile.name;
        if (name.isEmpty())
            //: a profile that has no name yet
            m_profiles->addItem(tr("New profile"));
        else if (!entry.savedName.isEmpty() && name == active)
            //: %1 is the name of the profile in use
            m_profiles->addItem(tr("%1 (active)").arg(name));
        else
            m_profiles->addItem(name);
    }
    m_profiles->setCurrentIndex(int(m_current));
    m_showing = false;
}

void ProfileDialog::showCurrent()
{
    refreshPicker();
    m_signInProblems.clear();
    m_caseSecret->clear();
    m_jtelToken->clear();
    if (const Entry *entry = current()) {
        QStringList taken = m_removed;
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (i != m_current)
                taken.append(m_entries.at(i).profile.name);
        }
        m_showing = true;
        m_form->setTakenNames(taken);
        m_form->setProfile(entry->profile, entry->savedName.isEmpty());
        m_showing = false;
    }
    m_intro->setVisible(m_entries.isEmpty());
    m_form->setVisible(current() != nullptr);
    updateState();
    showKeptSecrets();
}

void ProfileDialog::formChanged()
{
    Entry *entry = current();
    if (m_showing || !entry)
        return;
    const QString oldName = entry->profile.name;
    entry->profile = m_form->profile();
    entry->dirty = true;
    if (entry->profile.name != oldName) {
        //: a profile that has no name yet
        m_profiles->setItemText(int(m_current),
                                entry->profile.name.isEmpty() ? tr("New profile")
                                                              : entry->profile.name);
    }
    updateState();
}

void ProfileDialog::updateState()
{
    const bool idle = m_busy == Busy::No;
    const bool valid = m_form->isValid();
    // a profile is left (for another, a new one or training) only in a state it can be saved in
    const bool canLeave = idle && (!current() || valid);
    m_profiles->setEnabled(canLeave && !m_entries.isEmpty());
    m_new->setEnabled(canLeave);
    // a profile not saved yet is dropped with Cancel; there is nothing to remove
    m_remove->setEnabled(idle && current() && !current()->savedName.isEmpty());
    m_form->setEnabled(idle);
    m_trainingButton->setEnabled(canLeave && m_training);
    // with every profile removed there is still something to save
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(idle && (current() ? valid : !m_removed.isEmpty()));
    m_signInBox->setVisible(current() != nullptr);
    updateSignInRows();
    // rows come and go with the server kind: grow to show them all, never shrink under the user
    if (isVisible())
        resize(size().expandedTo(sizeHint()));
}

void ProfileDialog::updateSignInRows()
{
    const Profile profile = current() ? current()->profile : Profile();
    const bool idle = m_busy == Busy::No;
    const bool valid = m_form->isValid();
    const SignIn::Secret caseSecret = SignIn::secretFor(profile, SignIn::Server::Case);
    const bool browser = caseSecret == SignIn::Secret::Browser;
    const bool hasCase = caseSecret != SignIn::Secret::None;
    const bool hasJtel = SignIn::hasServer(profile, SignIn::Server::Jtel);

    QString label;
    QString name;
    QString button = tr("Sign &in");
    if (caseSecret == SignIn::Secret::Password) {
        label = tr("Passw&ord:");
        name = tr("Password");
    } else if (caseSecret == SignIn::Secret::ClientSecret) {
        label = tr("Client s&ecret:");
        name = tr("Client secret");
    } else {
        //: the row of the case-management server's sign-in, done in the browser
        label = tr("Case server:");
        button = tr("Sign &in with the Browser");
    }
    m_caseSecretLabel->setText(label);
    m_caseSecretLabel->setBuddy(browser ? static_cast<QWidget *>(m_caseSignIn) : m_caseSecret);
    m_caseSecret->setAccessibleName(name.isEmpty() ? tr("Secret") : name);
    m_caseSignIn->setText(button);
    m_caseSignIn->setAccessibleName(QString(button).remove(u'&'));
    m_caseSecret->setVisible(!browser);

    m_signInForm->setRowVisible(m_caseSecretLabel, hasCase);
    m_signInForm->setRowVisible(m_forceLogin, caseSecret == SignIn::Secret::Password);
    m_signInForm->setRowVisible(m_jtelTokenLabel, hasJtel);
    m_signInBox->setVisible(current() && (hasCase || hasJtel));

    m_caseSecret->setEnabled(idle);
    m_forceLogin->setEnabled(idle);
    m_jtelToken->setEnabled(idle);
    m_caseSignIn->setEnabled(idle && valid && (browser || !m_caseSecret->text().isEmpty()));
    m_jtelSignIn->setEnabled(idle && valid && !m_jtelToken->text().isEmpty());
}

void ProfileDialog::addProfile()
{
    m_beforeNew = m_current;
    Entry entry;
    entry.dirty = true;
    m_entries.append(entry);
    m_current = m_entries.size() - 1;
    showCurrent();
    m_form->tabChain().constFirst()->setFocus(Qt::OtherFocusReason);
}

void ProfileDialog::removeProfile()
{
    const Entry *entry = current();
    if (!entry)
        return;
    if (!entry->savedName.isEmpty())
        m_removed.append(entry->savedName);
    m_entries.removeAt(m_current);
    m_current = qMin(m_current, m_entries.size() - 1);
    showCurrent();
}

bool ProfileDialog::saveCurrent()
{
    Entry *entry = current();
    if (!entry || !m_form->isValid())
        return false;
    if (!entry->dirty && !entry->savedName.isEmpty())
        return true;
    if (!m_store.save(entry->profile)) {
        //: %1 is the settings file
        setBanner(tr("The profile could not be saved to %1.").arg(m_store.fileName()));
        return false;
    }
    const bool wasNew = entry->savedName.isEmpty();
    entry->savedName = entry->profile.name;
    entry->dirty = false;
    if (wasNew) {
        // its name now files its secrets: from here on it cannot change
        m_showing = true;
        m_form->setProfile(entry->profile, false);
        m_showing = false;
    }
    return true;
}

void ProfileDialog::commit(const std::function<void()> &then)
{
    setBanner({});
    setBusy(Busy::Saving);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        Entry &entry = m_entries[i];
        if (!entry.dirty && !entry.savedName.isEmpty())
            continue;
        if (!m_store.save(entry.profile)) {
            setBusy(Busy::No);
            setBanner(tr("The profile could not be saved to %1.").arg(m_store.fileName()));
            return;
        }
        entry.savedName = entry.profile.name;
        entry.dirty = false;
    }
    removeNext(then);
}

void ProfileDialog::removeNext(const std::function<void()> &then)
{
    if (m_removed.isEmpty()) {
        setBusy(Busy::No);
        then();
        return;
    }
    Profile removed;
    removed.name = m_removed.takeFirst();
    m_store.remove(removed.name);
    // agentdeskctl profile remove does the same: a new profile of that name starts signed out
    SignIn::removeKeys(m_credentials, SignIn::allKeys(removed),
                       [this, then, name = removed.name](const QString &error) {
                           if (error.isEmpty()) {
                               removeNext(then);
                               return;
                           }
                           setBusy(Busy::No);
                           //: %1 is the profile, %2 the keychain's explanation
                           setBanner(tr("Profile %1 was removed, but its secrets could not be "
                                        "removed from the keychain: %2")
                                         .arg(name, error));
                       });
}

void ProfileDialog::accept()
{
    const Entry *entry = current();
    if (m_busy != Busy::No || (entry && !m_form->isValid()) || (!entry && m_removed.isEmpty()))
        return;
    const QString name = entry ? entry->profile.name : QString();
    commit([this, name] {
        if (name.isEmpty()) {
            QDialog::accept(); // every profile was removed: none is active
            return;
        }
        if (!m_store.setActive(name)) {
            setBanner(tr("The profile could not be saved to %1.").arg(m_store.fileName()));
            return;
        }
        m_activeName = name;
        QDialog::accept();
    });
}

void ProfileDialog::reject()
{
    if (m_signIn)
        m_signIn->cancel();
    // a first start: closing would end the application, so Cancel drops only the new profile
    if (const Entry *entry = current();
        m_inUse.isEmpty() && entry && entry->savedName.isEmpty() && m_busy == Busy::No) {
        m_entries.removeAt(m_current);
        m_current = m_beforeNew >= 0 && m_beforeNew < m_entries.size() ? m_beforeNew
                                                                       : m_entries.size() - 1;
        m_beforeNew = -1;
        showCurrent();
        return;
    }
    // the training server goes on starting for the app; this dialog no longer waits for it
    disconnect(m_trainingStarted);
    disconnect(m_trainingFailed);
    QDialog::reject();
}

void ProfileDialog::startTraining()
{
    if (!m_training || m_busy != Busy::No)
        return;
    commit([this] {
        setBusy(Busy::Training, tr("Starting the training server…"));
        m_trainingStarted = connect(m_training, &TrainingSandbox::started, this, [this] {
            disconnect(m_trainingStarted);
            disconnect(m_trainingFailed);
            m_training->setUpProfile(m_credentials,
                                     [this](const QString &error) { finishTraining(error); });
        });
        m_trainingFailed
            = connect(m_training, &TrainingSandbox::failed, this, [this](const QString &message) {
                  disconnect(m_trainingStarted);
                  disconnect(m_trainingFailed);
                  finishTraining(message);
              });
        m_training->start();
    });
}

void ProfileDialog::finishTraining(const QString &error)
{
    setBusy(Busy::No);
    if (!error.isEmpty()) {
        setBanner(error);
        return;
    }
    m_activeName = TrainingSandbox::profileName();
    QDialog::accept();
}

QString ProfileDialog::fieldOf(SignIn::Server server) const
{
    return server == SignIn::Server::Case ? CaseSecretField : JtelTokenField;
}

void ProfileDialog::signIn(SignIn::Server server)
{
    if (m_busy != Busy::No)
        return;
    setBanner({});
    if (!saveCurrent())
        return;
    const Profile profile = current()->profile;
    delete m_signIn;
    m_signIn = new SignIn(profile, m_credentials, m_network, this);
    m_signIn->setForceLogin(m_forceLogin->isChecked());
    connect(m_signIn, &SignIn::authorizationUrlReady, this, &ProfileDialog::showSignInUrl);
    connect(m_signIn, &SignIn::signedIn, this, &ProfileDialog::showSignedIn);
    connect(m_signIn, &SignIn::failed, this,
            [this](SignIn::Server failedServer, const ApiError &error) {
                showSignInProblem(failedServer, error.message());
            });
    connect(m_signIn, &SignIn::keychainFailed, this, &ProfileDialog::showSignInProblem);

    m_signInProblems.remove(fieldOf(server));
    showSignInProblems();
    //: %1 is the server's host name
    setSignInHint(server,
                  tr("Checking with %1…")
                      .arg(server == SignIn::Server::Case ? profile.caseBaseUrl.host()
                                                          : profile.jtelBaseUrl.host()));
    setBusy(Busy::SigningIn);
    const QLineEdit *secret = server == SignIn::Server::Case ? m_caseSecret : m_jtelToken;
    m_signIn->start(server, secret->text());
}

void ProfileDialog::showSignInUrl(const QUrl &url)
{
    m_stopWaiting->show();
    m_stopWaiting->setEnabled(true);
    if (QDesktopServices::openUrl(url)) {
        setSignInHint(SignIn::Server::Case,
                      tr("Waiting for the browser… Sign in there; AgentDesk continues by itself "
                         "once you are done."));
    } else {
        //: %1 is the sign-in address
        setSignInHint(SignIn::Server::Case,
                      tr("No browser could be opened. Open this address in your browser to sign "
                         "in: %1")
                          .arg(url.toString(QUrl::FullyEncoded)));
    }
    m_stopWaiting->setFocus(Qt::OtherFocusReason);
}

void ProfileDialog::showSignedIn(SignIn::Server server)
{
    m_stopWaiting->hide();
    setBusy(Busy::No);
    const Profile profile = m_signIn->profile();
    (server == SignIn::Server::Case ? m_caseSecret : m_jtelToken)->clear();
    //: followed by where the secret is kept, e.g. "A password is kept in the system keychain."
    setSignInHint(server, tr("Signed in.") + u' ' + keptText(SignIn::secretFor(profile, server)));
    Q_EMIT signedIn(profile.name, server);
}

void ProfileDialog::showSignInProblem(SignIn::Server server, const QString &message)
{
    m_stopWaiting->hide();
    setBusy(Busy::No);
    setSignInHint(server, {});
    m_signInProblems.insert(fieldOf(server), message);
    showSignInProblems();
    QLineEdit *edit = server == SignIn::Server::Case ? m_caseSecret : m_jtelToken;
    if (edit->isVisible()) {
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
    }
}

void ProfileDialog::showSignInProblems()
{
    QList<ValidationError> errors;
    for (auto it = m_signInProblems.cbegin(); it != m_signInProblems.cend(); ++it)
        errors.append({it.key(), u"signIn"_s, it.value()});
    // a problem belongs to a server the profile has, whose row is shown: nothing comes back
    m_signInErrors->show(errors);
}

void ProfileDialog::stopWaiting()
{
    if (m_signIn)
        m_signIn->cancel();
    m_stopWaiting->hide();
    setBusy(Busy::No);
    setSignInHint(SignIn::Server::Case, tr("The sign-in was stopped."));
    m_caseSignIn->setFocus(Qt::OtherFocusReason);
}

void ProfileDialog::setSignInHint(SignIn::Server server, const QString &hint)
{
    m_signInErrors->setHint(fieldOf(server), hint);
}

void ProfileDialog::showKeptSecrets()
{
    const int generation = ++m_keptGeneration;
    setSignInHint(SignIn::Server::Case, {});
    setSignInHint(SignIn::Server::Jtel, {});
    showSignInProblems();
    const Entry *entry = current();
    if (!entry || entry->savedName.isEmpty())
        return;
    const Profile profile = entry->profile;
    for (const SignIn::Server server : {SignIn::Server::Case, SignIn::Server::Jtel}) {
        const SignIn::Secret secret = SignIn::secretFor(profile, server);
        if (secret == SignIn::Secret::None)
            continue;
        const CredentialKey key = server == SignIn::Server::Jtel
            ? ServerConnections::jtelTokenKey(profile)
            : secret == SignIn::Secret::Browser ? ServerConnections::accessTokenKey(profile)
                                                : ServerConnections::caseSecretKey(profile);
        m_credentials->read(
            key, [this, generation, server, secret](std::optional<QString> kept, const QString &) {
                // a keychain that cannot be read says so when signing in; here it is only a hint
                if (generation == m_keptGeneration && kept && m_busy == Busy::No)
                    setSignInHint(server, keptText(secret));
            });
    }
}

void ProfileDialog::setBusy(Busy busy, const QString &status)
{
    m_busy = busy;
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    updateState();
}

void ProfileDialog::setBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setAccessibleDescription(text);
    m_banner->setVisible(!text.isEmpty());
}

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_signInErrors->restyle(palette());
        m_banner->setPalette(FieldErrors::errorPalette(palette()));
    }
    QDialog::changeEvent(event);
}
