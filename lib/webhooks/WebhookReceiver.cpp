#include "webhooks/WebhookReceiver.h"

#include "webhooks/WebhookConnection.h"
#include "webhooks/WebhookLog.h"

#include <QTcpServer>
#include <QTcpSocket>

WebhookReceiver::WebhookReceiver(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &WebhookReceiver::acceptPending);
}

WebhookReceiver::~WebhookReceiver() = default;

bool WebhookReceiver::start(quint16 port, QString* error)
{
    if (m_server->isListening())
        stop();
    // Loopback only, whatever the caller asks: QHostAddress::LocalHost is 127.0.0.1.
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        const QString message
            = tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_server->errorString());
        qCWarning(lcWebhooks) << "webhooks:" << message;
        if (error)
            *error = message;
        return false;
    }
    qCInfo(lcWebhooks) << "webhooks: receiver listening on 127.0.0.1:" << m_server->serverPort();
    emit listeningChanged(true);
    return true;
}

void WebhookReceiver::stop()
{
    if (!m_server->isListening())
        return;
    m_server->close();
    emit listeningChanged(false);
}

bool WebhookReceiver::isListening() const
{
    return m_server->isListening();
}

quint16 WebhookReceiver::port() const
{
    return m_server->isListening() ? m_server->serverPort() : 0;
}

QUrl WebhookReceiver::url(int listId) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(
        listId > 0 ? QStringLiteral("/lofty/webhook/%1").arg(listId) : QStringLiteral("/lofty/webhook"));
    return url;
}

void WebhookReceiver::acceptPending()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto* connection = new WebhookConnection(socket, this);
        connect(connection, &WebhookConnection::delivered, this, &WebhookReceiver::deliveryReceived);
        connect(connection, &WebhookConnection::refused, this, &WebhookReceiver::deliveryRefused);
    }
}
