#include "auth/statictokenauthenticator.h"

#include <QNetworkRequest>
#include <QTimer>

StaticTokenAuthenticator::StaticTokenAuthenticator(const QString &token, const QString &host, QObject *parent)
    : Authenticator(parent)
    , m_token(token)
    , m_host(host)
{
}

void StaticTokenAuthenticator::apply(QNetworkRequest &request) const
{
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
}

void StaticTokenAuthenticator::renew()
{
    ApiError error;
    error.kind = ApiError::Kind::Authentication;
    error.host = m_host;
    error.httpStatus = m_token.isEmpty() ? 0 : 401;
    error.detail = m_token.isEmpty()
        ? tr("no jtel API token is stored for this profile; sign in with the token from the jtel portal")
        : tr("the jtel server refused the API token or the ClientsID; ask the jtel administrator for a valid token");
    // asynchronously, like every other renewal, so callers see one order of events
    QTimer::singleShot(0, this, [this, error] { Q_EMIT renewalFailed(error); });
}
