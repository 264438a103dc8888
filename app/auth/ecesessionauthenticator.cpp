#include "auth/ecesessionauthenticator.h"

#include "api/apitransport.h"
#include "core/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

EceSessionAuthenticator::EceSessionAuthenticator(ApiTransport *transport, const QString &userName, QObject *parent)
    : Authenticator(parent)
    , m_transport(transport)
    , m_userName(userName)
{
}

void EceSessionAuthenticator::apply(QNetworkRequest &request) const
{
    request.setRawHeader("X-egain-session", m_session);
}

bool EceSessionAuthenticator::isSessionLimit(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus >= 402 && error.httpStatus < 500;
}

void EceSessionAuthenticator::renew()
{
    if (m_renewing)
        return;
    if (m_password.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Authentication;
        error.host = m_transport->host();
        error.detail = tr("no password is stored for %1; sign in first").arg(m_userName);
        QTimer::singleShot(0, this, [this, error] { Q_EMIT renewalFailed(error); });
        return;
    }
    m_renewing = true;
    ApiRequest login;
    login.method = "POST";
    login.path = u"/ws/v12/authentication/user/login"_s;
    if (m_forceLogin)
        login.query.addQueryItem(u"forceLogin"_s, u"yes"_s);
    // ECE v12: the guide's JSON samples spell the member userName
    login.body = QJsonDocument(QJsonObject{{u"userName"_s, m_userName}, {u"password"_s, m_password}})
                     .toJson(QJsonDocument::Compact);
    login.authenticated = false;
    // every login opens a session and ECE allows five: never repeat one that may have arrived
    login.idempotent = false;
    ApiCall *call = m_transport->send(login);
    connect(call, &ApiCall::finished, this, [this](const ApiResponse &response) {
        m_renewing = false;
        const QByteArray session = response.header("X-egain-session");
        if (response.status != 204 || session.isEmpty()) {
            ApiError error = ApiError::fromHttp(response.status, response.body, m_transport->host(), response.requestId);
            error.kind = ApiError::Kind::Authentication;
            error.detail = tr("the login answer carried no session (HTTP %1)").arg(response.status);
            Q_EMIT renewalFailed(error);
            return;
        }
        m_session = session;
        ++m_loginCount;
        // no user name: the log file keeps no personal data at this level
        qCInfo(lcApi) << "ECE login succeeded";
        completeRenewal();
    });
    connect(call, &ApiCall::failed, this, [this](ApiError error) {
        m_renewing = false;
        if (error.httpStatus == 401) {
            error.kind = ApiError::Kind::Authentication;
            error.detail = tr("wrong user name or password for %1").arg(m_userName);
        } else if (isSessionLimit(error)) {
            error.detail = tr("%1 already has the most sessions ECE allows; signing in again with "
                              "\"end my oldest session\" would sign you out elsewhere")
                               .arg(m_userName);
        }
        Q_EMIT renewalFailed(error);
    });
}

void EceSessionAuthenticator::logout()
{
    if (m_session.isEmpty()) {
        QTimer::singleShot(0, this, &EceSessionAuthenticator::loggedOut);
        return;
    }
    ApiRequest request;
    request.method = "DELETE";
    request.path = u"/ws/v12/authentication/user/logout"_s;
    request.contentType.clear();
    // sent with this session only: a 401 here must not trigger a new login
    request.authenticated = false;
    request.headers.append({"X-egain-session", m_session});
    m_session.clear();
    ApiCall *call = m_transport->send(request);
    connect(call, &ApiCall::finished, this, &EceSessionAuthenticator::loggedOut);
    connect(call, &ApiCall::failed, this, &EceSessionAuthenticator::loggedOut);
}
