#pragma once

#include "TestHttpRequest.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

// A minimal HTTP/1.1 server on 127.0.0.1 for tests of the request client: every request is
// recorded and answered by a handler (a canned reply, or none at all to test timeouts).
class CannedHttpServer : public QObject
{
    Q_OBJECT

public:
    using Request = TestHttpRequest;
    struct Reply
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool neverAnswer = false;
    };
    using Handler = std::function<Reply(const Request&)>;

    explicit CannedHttpServer(QObject* parent = nullptr);
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QUrl url(const QString& pathAndQuery = QString()) const;
    const QList<Request>& requests() const { return m_requests; }

private:
    void onConnection();
    void onReadyRead(QTcpSocket* socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};
