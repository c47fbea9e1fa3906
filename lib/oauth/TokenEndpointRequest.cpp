#include "oauth/TokenEndpointRequest.h"

#include "util/LogCategories.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <algorithm>

TokenEndpointRequest::TokenEndpointRequest(
    const OAuthClientConfig& config, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_network(network)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &TokenEndpointRequest::onTimeout);
    m_maskedClientSecret.set(config.clientSecret);
}

TokenEndpointRequest::~TokenEndpointRequest()
{
    abort();
}

QByteArray TokenEndpointRequest::formBody(const ParameterList& parameters)
{
    QByteArray body;
    for (const auto& parameter : parameters) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(parameter.first) + '=' + QUrl::toPercentEncoding(parameter.second);
    }
    return body;
}

QByteArray TokenEndpointRequest::basicAuthorizationValue(const QString& clientId, const QString& clientSecret)
{
    const QByteArray credentials
        = QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(clientSecret);
    return "Basic " + credentials.toBase64();
}

ParameterList TokenEndpointRequest::withClientAuthentication(const ParameterList& parameters) const
{
    ParameterList all = parameters;
    all.append({QStringLiteral("client_id"), m_config.clientId});
    const bool secretInBody = m_config.clientAuthMethod == OAuthClientConfig::ClientAuthMethod::RequestBody;
    if (secretInBody && !m_config.clientSecret.isEmpty())
        all.append({QStringLiteral("client_secret"), m_config.clientSecret});
    return all;
}

void TokenEndpointRequest::post(const ParameterList& parameters, TokenSet::Grant grant)
{
    abort();
    m_grant = grant;
    m_timedOut = false;
    if (!m_network) {
        emit finished(TokenResponse::fromNetworkError(tr("No network access manager is available.")));
        return;
    }
    QNetworkRequest request(m_config.tokenUrl);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // A redirect would carry the client secret (body or Basic header) to wherever it points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const bool basic = m_config.clientAuthMethod == OAuthClientConfig::ClientAuthMethod::HttpBasic;
    if (basic && !m_config.clientSecret.isEmpty())
        request.setRawHeader(
            "Authorization", basicAuthorizationValue(m_config.clientId, m_config.clientSecret));
    const ParameterList all = withClientAuthentication(parameters);
    // Parameter names only: a value may be a secret too short for the masker to recognise.
    QStringList names;
    for (const auto& parameter : all)
        names << parameter.first;
    qCDebug(lcOAuth).noquote() << "POST" << m_config.tokenUrl.toString() << "with"
                               << names.join(QLatin1Char(','));
    m_reply = m_network->post(request, formBody(all));
    connect(m_reply, &QNetworkReply::finished, this, &TokenEndpointRequest::onReplyFinished);
    m_timeout->start(std::max(1, m_config.requestTimeoutSeconds) * 1000);
}

void TokenEndpointRequest::abort()
{
    m_timeout->stop();
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void TokenEndpointRequest::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows synchronously or queued; onReplyFinished reports it
}

void TokenEndpointRequest::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_timeout->stop();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    TokenResponse response;
    if (m_timedOut) {
        response = TokenResponse::fromNetworkError(
            tr("The token endpoint did not answer within %1 seconds.").arg(m_config.requestTimeoutSeconds));
    } else if (status == 0) {
        response = TokenResponse::fromNetworkError(
            tr("The token endpoint could not be reached: %1").arg(reply->errorString()));
    } else {
        response = TokenResponse::fromHttp(status, reply->readAll(), m_grant, m_clock);
    }
    emit finished(response);
}
