#pragma once

#include "webhooks/WebhookDelivery.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Posts one delivery again to a loopback URL (the user's integration under development): the
// same body and header fields, without the ones that belong to the hop (Host, Content-Length,
// Connection, Transfer-Encoding, Keep-Alive...; RFC 9110 section 7.6.1). Only http(s) URLs on
// 127.0.0.1, ::1 or localhost are taken: the console never sends CRM data elsewhere. Ends in
// exactly one finished(): the status, or 0 and an error (refused target, timeout, cancel).
class WebhookForward : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 10 * 1000;

    WebhookForward(QNetworkAccessManager* network, const WebhookDelivery& delivery, const QUrl& target,
        QObject* parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void start();
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }

    // Empty when `target` may receive forwarded deliveries, else why not.
    static QString checkTarget(const QUrl& target);

signals:
    void finished(int status, const QString& error);

private:
    void onReplyFinished();
    void finish(int status, const QString& error);

    QNetworkAccessManager* m_network;
    WebhookDelivery m_delivery;
    QUrl m_target;
    int m_timeoutMs = DefaultTimeoutMs;
    QPointer<QNetworkReply> m_reply;
    bool m_cancelled = false;
    bool m_finished = false;
};
