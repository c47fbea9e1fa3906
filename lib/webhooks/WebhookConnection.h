#pragma once

#include "webhooks/WebhookDeliveryParser.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

// One connection to the webhook receiver: parses one delivery, answers 200 (or the parser's
// error status with its reason as JSON) and closes. A client that sends nothing for
// IdleTimeoutMs is dropped. Deletes itself when done.
class WebhookConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr int IdleTimeoutMs = 15 * 1000;

    WebhookConnection(QTcpSocket* socket, QObject* parent = nullptr);

signals:
    void delivered(const WebhookDelivery& delivery);
    void refused(int status, const QString& reason);

private:
    void readMore();
    void answer(int status, const QByteArray& body);

    QTcpSocket* m_socket;
    WebhookDeliveryParser m_parser;
    QTimer m_idle;
    bool m_answered = false;
};
