#include "SandboxTestHttp.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return QByteArray();
}

SandboxTestHttp::SandboxTestHttp()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpResult SandboxTestHttp::send(const QByteArray& method, const QUrl& url, const QByteArray& body,
    const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    for (const auto& header : m_defaultHeaders + headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    else if (reply->error() == QNetworkReply::RemoteHostClosedError
        || reply->error() == QNetworkReply::ConnectionRefusedError)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

HttpResult SandboxTestHttp::get(const QUrl& url, const QByteArray& authorization)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    return send("GET", url, QByteArray(), headers);
}

HttpResult SandboxTestHttp::postForm(
    const QUrl& url, const QList<QPair<QString, QString>>& fields, const QByteArray& authorization)
{
    QByteArray body;
    for (const auto& field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", "application/x-www-form-urlencoded"}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    return send("POST", url, body, headers);
}

HttpResult SandboxTestHttp::sendJson(
    const QByteArray& method, const QUrl& url, const QJsonObject& body, const QByteArray& authorization)
{
    QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", "application/json"}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    return send(method, url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QByteArray SandboxTestHttp::basic(const QString& clientId, const QString& secret)
{
    return "Basic " + (clientId + QLatin1Char(':') + secret).toUtf8().toBase64();
}

QByteArray SandboxTestHttp::bearer(const QString& token)
{
    return "Bearer " + token.toUtf8();
}
