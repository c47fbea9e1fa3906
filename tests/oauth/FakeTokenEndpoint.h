#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

// A token endpoint on 127.0.0.1 made of a bare QTcpServer (notes §4, layer 2): records every
// request and answers with canned responses, so error shapes the sandbox never produces
// (text/plain, HTML 500s, hangs) can be tested.
class FakeTokenEndpoint : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QMap<QString, QString> form() const; // application/x-www-form-urlencoded, decoded
    };
    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QByteArray extraHeaders; // "Name: value\r\n" lines
        bool hang = false; // never answer
        int delayMs = 0; // answer this long after the request arrived
    };

    explicit FakeTokenEndpoint(QObject* parent = nullptr);
    bool listen();
    QUrl url() const;

    void enqueue(const Response& response) { m_queue.append(response); }
    void setDefaultResponse(const Response& response) { m_default = response; }
    const QList<Request>& requests() const { return m_requests; }

    static Response json(int status, const QByteArray& body);

signals:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Response& response);

    QTcpServer m_server;
    QList<Response> m_queue;
    Response m_default;
    QList<Request> m_requests;
    QMap<QTcpSocket*, QByteArray> m_buffers;
};
