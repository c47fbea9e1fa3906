#include "webhooks/WebhookConnection.h"

#include "sandbox/SandboxHttpConnection.h"
#include "util/UtcTime.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

WebhookConnection::WebhookConnection(QTcpSocket* socket, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        emit refused(408, tr("The client sent no complete delivery within %1 s.").arg(IdleTimeoutMs / 1000));
        m_socket->abort();
        deleteLater();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &WebhookConnection::readMore);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_idle.start();
    // After the receiver has connected to our signals.
    QTimer::singleShot(0, this, &WebhookConnection::readMore);
}

void WebhookConnection::readMore()
{
    if (m_answered)
        return;
    m_idle.start();
    switch (m_parser.feed(m_socket->readAll())) {
    case WebhookDeliveryParser::State::NeedMore:
        return;
    case WebhookDeliveryParser::State::Error: {
        const QString reason = m_parser.errorMessage();
        emit refused(m_parser.errorStatus(), reason);
        answer(m_parser.errorStatus(),
            QJsonDocument(QJsonObject {{QStringLiteral("error"), reason}}).toJson(QJsonDocument::Compact));
        return;
    }
    case WebhookDeliveryParser::State::Complete: {
        WebhookDelivery delivery = m_parser.delivery();
        delivery.receivedAt = UtcTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch());
        answer(200, QByteArrayLiteral("{\"received\":true}"));
        emit delivered(delivery);
        return;
    }
    }
}

void WebhookConnection::answer(int status, const QByteArray& body)
{
    m_answered = true;
    m_idle.stop();
    SandboxResponse response;
    response.status = status;
    response.contentType = "application/json";
    response.body = body;
    m_socket->write(SandboxHttpConnection::serializeHead(response, true) + body);
    m_socket->disconnectFromHost(); // after the answer is written
}
