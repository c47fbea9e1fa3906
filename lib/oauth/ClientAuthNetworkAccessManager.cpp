#include "oauth/ClientAuthNetworkAccessManager.h"

#include <QNetworkReply>
#include <QNetworkRequest>

ClientAuthNetworkAccessManager::ClientAuthNetworkAccessManager(QObject* parent)
    : QNetworkAccessManager(parent)
{ }

void ClientAuthNetworkAccessManager::setTokenEndpoint(const QUrl& tokenUrl, const QByteArray& authorization)
{
    m_tokenUrl = tokenUrl;
    m_authorization = authorization;
}

bool ClientAuthNetworkAccessManager::isTokenEndpoint(const QUrl& url) const
{
    const auto options = QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash;
    return !m_tokenUrl.isEmpty() && url.adjusted(options) == m_tokenUrl.adjusted(options);
}

QNetworkReply* ClientAuthNetworkAccessManager::createRequest(
    Operation operation, const QNetworkRequest& request, QIODevice* outgoingData)
{
    if (operation != PostOperation || !isTokenEndpoint(request.url()))
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);

    QNetworkRequest tokenRequest(request);
    tokenRequest.setRawHeader("Accept", "application/json");
    // A redirect would carry the client secret (body or Basic header) to wherever it points.
    tokenRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_authorization.isEmpty())
        tokenRequest.setRawHeader("Authorization", m_authorization);
    QNetworkReply* reply = QNetworkAccessManager::createRequest(operation, tokenRequest, outgoingData);
    watchTokenReply(reply);
    return reply;
}

void ClientAuthNetworkAccessManager::watchTokenReply(QNetworkReply* reply)
{
    // Connected before anyone else can connect, so this runs first; peek() leaves the body for
    // Qt's reply handler.
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->peek(reply->bytesAvailable());
        emit tokenReplyFinished(status, body, status == 0 ? reply->errorString() : QString());
    });
}
