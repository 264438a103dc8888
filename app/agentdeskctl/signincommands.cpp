#include "agentdeskctl/signincommands.h"

#include "agentdeskctl/output.h"
#include "agentdeskctl/serversession.h"
#include "core/commandline.h"

#include <QCoreApplication>

SignInCommands::SignInCommands(ServerSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void SignInCommands::login(SignIn::Server server, const std::optional<QString> &secret,
                           bool force)
{
    auto *signIn = new SignIn(m_session->profile(), m_session->credentials(),
                              m_session->network(), this);
    signIn->setForceLogin(force);
    connect(signIn, &SignIn::authorizationUrlReady, this, [](const QUrl &url) {
        //: %1 is the sign-in URL; scripts look for the URL after the colon
        Output::printNotice(QCoreApplication::translate(
                                "agentdeskctl", "Open this URL in your browser to sign in: %1")
                                .arg(url.toString(QUrl::FullyEncoded)));
    });
    connect(signIn, &SignIn::signedIn, this, [this] {
        Output::printLine(QCoreApplication::translate("agentdeskctl", "Signed in with profile %1.")
                              .arg(m_session->profile().name));
        m_session->finish(CommandLine::ExitOk);
    });
    connect(signIn, &SignIn::failed, this,
            [this](SignIn::Server, const ApiError &error) { m_session->fail(error); });
    connect(signIn, &SignIn::keychainFailed, this,
            [this](SignIn::Server, const QString &message) {
                m_session->fail(CommandLine::ExitFailure, message);
            });
    signIn->start(server, secret.value_or(QString()));
}

void SignInCommands::logout(const std::optional<SignIn::Server> &server)
{
    const Profile &profile = m_session->profile();
    const QList<CredentialKey> keys
        = server ? SignIn::keysOf(profile, *server) : SignIn::allKeys(profile);
    SignIn::removeKeys(m_session->credentials(), keys, [this](const QString &error) {
        if (!error.isEmpty()) {
            m_session->fail(
                CommandLine::ExitFailure,
                QCoreApplication::translate("agentdeskctl", "The secrets could not be removed: %1")
                    .arg(error));
            return;
        }
        Output::printLine(QCoreApplication::translate("agentdeskctl", "Signed out of profile %1.")
                              .arg(m_session->profile().name));
        m_session->finish(CommandLine::ExitOk);
    });
}
