#pragma once

#include "webhooks/WebhookDelivery.h"

#include <QObject>
#include <QUrl>

class QTcpServer;

// The console's local webhook receiver: an HTTP server on 127.0.0.1 only (never another
// interface; a public callback needs a tunnel the user runs), on a chosen port or 0 for any free
// one. Every well-formed JSON POST is answered 200 and emitted; everything else is refused with
// a 4xx/5xx and reported.
class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    explicit WebhookReceiver(QObject* parent = nullptr);
    ~WebhookReceiver() override;

    // False and *error when the port is taken or not allowed.
    bool start(quint16 port = 0, QString* error = nullptr);
    void stop();
    bool isListening() const;
    quint16 port() const;
    // http://127.0.0.1:<port>/lofty/webhook, or with "/<listId>" appended when listId > 0.
    QUrl url(int listId = 0) const;

signals:
    void deliveryReceived(const WebhookDelivery& delivery);
    void deliveryRefused(int status, const QString& reason);
    void listeningChanged(bool listening);

private:
    void acceptPending();

    QTcpServer* m_server;
};
