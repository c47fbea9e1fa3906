#include "webhooks/WebhookForward.h"

#include "webhooks/WebhookLog.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {

bool isHopHeader(const QByteArray& name)
{
    static const QList<QByteArray> hop {"host", "content-length", "connection", "keep-alive",
        "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection", "expect"};
    return hop.contains(name.toLower());
}

} // namespace

WebhookForward::WebhookForward(
    QNetworkAccessManager* network, const WebhookDelivery& delivery, const QUrl& target, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_delivery(delivery)
    , m_target(target)
{ }

QString WebhookForward::checkTarget(const QUrl& target)
{
    if (!target.isValid() || target.host().isEmpty())
        return tr("\"%1\" is not a URL such as http://127.0.0.1:8080/webhook.").arg(target.toDisplayString());
    if (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https"))
        return tr("Deliveries are forwarded over http or https, not \"%1\".").arg(target.scheme());
    const bool loopback
        = target.host() == QLatin1String("localhost") || QHostAddress(target.host()).isLoopback();
    if (!loopback)
        return tr("Deliveries are forwarded to this computer only (127.0.0.1, ::1 or localhost), not to "
                  "\"%1\".")
            .arg(target.host());
    return QString();
}

void WebhookForward::start()
{
    const QString refused = checkTarget(m_target);
    if (!refused.isEmpty()) {
        // Queued, so that the caller may connect to finished() after start().
        QTimer::singleShot(0, this, [this, refused] { finish(0, refused); });
        return;
    }
    QNetworkRequest request(m_target);
    for (const auto& header : std::as_const(m_delivery.headers)) {
        if (!isHopHeader(header.first))
            request.setRawHeader(header.first, header.second);
    }
    if (m_delivery.header("Content-Type").isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_reply = m_network->post(request, m_delivery.body);
    connect(m_reply, &QNetworkReply::finished, this, &WebhookForward::onReplyFinished);
}

void WebhookForward::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort(); // finished() follows
}

void WebhookForward::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_cancelled)
        return finish(0, tr("Cancelled."));
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return finish(0,
            tr("No answer from %1 within %2 s.").arg(m_target.toDisplayString()).arg(m_timeoutMs / 1000.0));
    if (status == 0)
        return finish(0, tr("Cannot reach %1: %2").arg(m_target.toDisplayString(), reply->errorString()));
    finish(status,
        status >= 200 && status < 300
            ? QString()
            : tr("%1 answered HTTP %2.").arg(m_target.toDisplayString()).arg(status));
}

void WebhookForward::finish(int status, const QString& error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!error.isEmpty())
        qCInfo(lcWebhooks) << "webhooks: forward:" << error;
    emit finished(status, error);
}
