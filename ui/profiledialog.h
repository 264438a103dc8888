#pragma once

#include "auth/profilestore.h"
#include "auth/signin.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class CredentialStore;
class FieldErrors;
class ProfileForm;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class TrainingSandbox;

// AgentDesk's server profiles: create, edit and remove them, sign in to their servers, and
// choose the active one. Edits, new and removed profiles take effect with "Use Profile" and are
// dropped by Cancel — except that signing in saves the profile first, since the keychain files
// its secret under the profile's name. Secrets are checked with their server (SignIn) and kept
// in the keychain under the keys agentdeskctl uses, never in the settings file.
//
// "Training (sandbox)" starts the bundled agentdesk-sandbox through the caller's
// TrainingSandbox, points the profile `training` at it with the sandbox's fixture secrets, makes
// it active and closes the dialog: one click to a working desk with demo data.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    // training: kept by the caller as long as the app runs (the sandbox process lives as long
    // as it does); nullptr hides the Training button.
    explicit ProfileDialog(TrainingSandbox *training = nullptr, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // The name of the active profile. When there is none (a first start, or the active one was
    // removed), the dialog asks for one first; nullopt when the user cancelled it.
    static std::optional<QString> ensureProfile(QWidget *parent, TrainingSandbox *training);

    // After accept(): the profile the user chose, which is now the active one; empty when the
    // user removed every profile
    QString activeProfile() const { return m_activeName; }
    // The profile the window shows (which may not be the active one: `agentdesk --profile`):
    // the dialog opens on it. Without one (a first start) Cancel on a new, unsaved profile goes
    // back to the profiles instead of closing, since closing would end the application.
    void setProfileInUse(const QString &name);

    // A sign-in, the training server's start or saving is under way
    bool isBusy() const { return m_busy != Busy::No; }

public Q_SLOTS:
    // Saves every change, makes the chosen profile active, then closes.
    void accept() override;
    // Drops the changes and ends a sign-in that is still waiting (the browser's included).
    void reject() override;

Q_SIGNALS:
    // A server accepted a secret and the keychain keeps it.
    void signedIn(const QString &profile, SignIn::Server server);

protected:
    void changeEvent(QEvent *event) override;

private:
    // one profile as the dialog holds it until "Use Profile"
    struct Entry
    {
        Profile profile;
        QString savedName; // empty until saved: then the name can no longer change
        bool dirty = false;
    };
    enum class Busy { No, SigningIn, Saving, Training };

    void loadEntries();
    void refreshPicker();
    void showCurrent();
    void formChanged();
    void updateState();
    void updateSignInRows();
    void addProfile();
    void removeProfile();
    Entry *current();
    bool saveCurrent();
    void commit(const std::function<void()> &then);
    void removeNext(const std::function<void()> &then);
    void startTraining();
    void finishTraining(const QString &error);

    void signIn(SignIn::Server server);
    void showSignInUrl(const QUrl &url);
    void showSignedIn(SignIn::Server server);
    void showSignInProblem(SignIn::Server server, const QString &message);
    void stopWaiting();
    void showKeptSecrets();
    void setSignInHint(SignIn::Server server, const QString &hint);
    void showSignInProblems();
    QString fieldOf(SignIn::Server server) const;

    void setBusy(Busy busy, const QString &status = {});
    void setBanner(const QString &text);

    ProfileStore m_store;
    CredentialStore *m_credentials;
    QNetworkAccessManager *m_network;
    TrainingSandbox *m_training;
    SignIn *m_signIn = nullptr;
    FieldErrors *m_signInErrors;

    QLabel *m_banner;
    QLabel *m_status;
    QLabel *m_intro;
    QComboBox *m_profiles;
    QPushButton *m_new;
    QPushButton *m_remove;
    ProfileForm *m_form;
    QGroupBox *m_signInBox;
    QFormLayout *m_signInForm;
    QLabel *m_caseSecretLabel;
    QLineEdit *m_caseSecret;
    QPushButton *m_caseSignIn;
    QPushButton *m_stopWaiting;
    QCheckBox *m_forceLogin;
    QLabel *m_jtelTokenLabel;
    QLineEdit *m_jtelToken;
    QPushButton *m_jtelSignIn;
    QPushButton *m_trainingButton;
    QDialogButtonBox *m_buttons;

    QMetaObject::Connection m_trainingStarted;
    QMetaObject::Connection m_trainingFailed;

    QList<Entry> m_entries;
    qsizetype m_current = -1;
    QStringList m_removed; // saved profiles to remove, with their secrets, on "Use Profile"
    QHash<QString, QString> m_signInProblems; // field -> the server's or keychain's message
    QString m_activeName;
    QString m_inUse;
    qsizetype m_beforeNew = -1; // the entry shown before "New", to go back to
    Busy m_busy = Busy::No;
    int m_keptGeneration = 0; // answers of the keychain about an earlier selection are stale
    bool m_showing = false;
};
