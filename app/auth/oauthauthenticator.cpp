#include "auth/oauthauthenticator.h"

#include "api/apitransport.h"
#include "auth/loopbackredirectreceiver.h"
#include "core/logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

// a token this close to its end is renewed before use rather than refused mid-request
constexpr qint64 ExpiryMarginMs = 30'000;

QByteArray randomUrlSafe(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(data.begin(), data.end());
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray formEncoded(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

OAuthAuthenticator::OAuthAuthenticator(ApiTransport *transport, const OAuthSettings &settings, QObject *parent)
    : Authenticator(parent)
    , m_transport(transport)
    , m_settings(settings)
{
}

OAuthAuthenticator::~OAuthAuthenticator() = default;

QByteArray OAuthAuthenticator::createCodeVerifier()
{
    return randomUrlSafe(48); // 64 characters
}

QByteArray OAuthAuthenticator::codeChallenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void OAuthAuthenticator::setAccessToken(const QString &token, qint64 expiresAtMs)
{
    m_accessToken = token;
    m_expiresAtMs = expiresAtMs;
}

bool OAuthAuthenticator::hasCredentials() const
{
    return !m_accessToken.isEmpty() && QDateTime::currentMSecsSinceEpoch() + ExpiryMarginMs < m_expiresAtMs;
}

void OAuthAuthenticator::apply(QNetworkRequest &request) const
{
    request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
}

void OAuthAuthenticator::renew()
{
    if (m_renewing)
        return;
    m_renewing = true;
    m_accessToken.clear();
    if (m_settings.flow == OAuthSettings::Flow::ClientCredentials) {
        if (m_clientSecret.isEmpty()) {
            failRenewal(tr("no client secret is stored for client %1; sign in first").arg(m_settings.clientId));
            return;
        }
        requestToken({{u"grant_type"_s, u"client_credentials"_s},
                      {u"scope"_s, m_settings.scope},
                      {u"client_id"_s, m_settings.clientId},
                      {u"client_secret"_s, m_clientSecret}});
        return;
    }
    startPkce();
}

void OAuthAuthenticator::startPkce()
{
    const QByteArray verifier = createCodeVerifier();
    const QString state = QString::fromLatin1(randomUrlSafe(24));
    auto *receiver = new LoopbackRedirectReceiver(this);
    m_receiver = receiver;
    if (!receiver->listen(state)) {
        receiver->deleteLater();
        failRenewal(tr("no loopback port could be opened for the sign-in redirect"));
        return;
    }
    const QString redirectUri = receiver->redirectUri().toString();
    connect(receiver, &LoopbackRedirectReceiver::timedOut, this, [this, receiver] {
        receiver->deleteLater();
        failRenewal(tr("the sign-in in the browser was not completed in time"));
    });
    connect(receiver, &LoopbackRedirectReceiver::received, this,
            [this, receiver, verifier, redirectUri](const QUrlQuery &parameters) {
                receiver->deleteLater();
                const QString code = parameters.queryItemValue(u"code"_s, QUrl::FullyDecoded);
                if (code.isEmpty()) {
                    failRenewal(parameters.queryItemValue(u"error_description"_s, QUrl::FullyDecoded),
                                parameters.queryItemValue(u"error"_s));
                    return;
                }
                requestToken({{u"grant_type"_s, u"authorization_code"_s},
                              {u"code"_s, code},
                              {u"redirect_uri"_s, redirectUri},
                              {u"client_id"_s, m_settings.clientId},
                              {u"code_verifier"_s, QString::fromLatin1(verifier)}});
            });

    QUrl url = m_settings.authorizeUrl;
    QUrlQuery query(url);
    query.addQueryItem(u"client_id"_s, m_settings.clientId);
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"redirect_uri"_s, QString::fromUtf8(QUrl::toPercentEncoding(redirectUri)));
    query.addQueryItem(u"scope"_s, QString::fromUtf8(QUrl::toPercentEncoding(m_settings.scope)));
    query.addQueryItem(u"state"_s, state);
    query.addQueryItem(u"code_challenge"_s, QString::fromLatin1(codeChallenge(verifier)));
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    if (!m_settings.loginHint.isEmpty())
        query.addQueryItem(u"login_hint"_s, QString::fromUtf8(QUrl::toPercentEncoding(m_settings.loginHint)));
    url.setQuery(query);
    // the verifier stays in memory: it is never logged nor sent before the token exchange
    qCInfo(lcApi) << "OAuth sign-in: waiting for the browser redirect on" << redirectUri;
    Q_EMIT authorizationUrlReady(url);
}

void OAuthAuthenticator::requestToken(const QList<QPair<QString, QString>> &form)
{
    ApiRequest request;
    request.method = "POST";
    request.absoluteUrl = m_settings.tokenUrl;
    request.contentType = "application/x-www-form-urlencoded";
    request.body = formEncoded(form);
    request.authenticated = false;
    ApiCall *call = m_transport->send(request);
    connect(call, &ApiCall::finished, this, &OAuthAuthenticator::acceptTokenResponse);
    connect(call, &ApiCall::failed, this, [this](ApiError error) {
        m_renewing = false;
        if (error.kind == ApiError::Kind::Http)
            error.kind = ApiError::Kind::Authentication;
        error.detail = error.serverMessage.isEmpty() ? error.detail : error.serverMessage;
        Q_EMIT renewalFailed(error);
    });
}

void OAuthAuthenticator::acceptTokenResponse(const ApiResponse &response)
{
    const QJsonObject token = QJsonDocument::fromJson(response.body).object();
    const QString accessToken = token.value(u"access_token"_s).toString();
    if (accessToken.isEmpty()) {
        failRenewal(tr("the token endpoint answered without an access token"));
        return;
    }
    // expires_in is optional in RFC 6749; without it, assume an hour like the sandbox and eGain samples
    const int lifetime = token.value(u"expires_in"_s).toInt(3600);
    m_accessToken = accessToken;
    m_expiresAtMs = QDateTime::currentMSecsSinceEpoch() + lifetime * 1000LL;
    m_renewing = false;
    ++m_signInCount;
    qCInfo(lcApi) << "OAuth token received, valid for" << lifetime << "s";
    Q_EMIT accessTokenIssued(m_accessToken, m_expiresAtMs);
    completeRenewal();
}

void OAuthAuthenticator::failRenewal(const QString &detail, const QString &serverCode)
{
    m_renewing = false;
    ApiError error;
    error.kind = ApiError::Kind::Authentication;
    error.host = m_settings.tokenUrl.host();
    error.detail = detail;
    error.serverCode = serverCode;
    QTimer::singleShot(0, this, [this, error] { Q_EMIT renewalFailed(error); });
}
