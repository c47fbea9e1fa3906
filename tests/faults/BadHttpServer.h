#pragma once

#include "TestHttpRequest.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;
class QTimer;

// A deliberately bad HTTP server on 127.0.0.1 for fault tests. Each request (read up to the end
// of its head and its Content-Length body) is recorded, then answered by the behaviour the
// handler picks: a normal answer, silence, raw bytes (truncated or malformed answers), a slow
// trickle of one chunk per interval, or a huge body streamed without holding it in memory.
class BadHttpServer : public QObject
{
    Q_OBJECT

public:
    using Request = TestHttpRequest;

    struct Behaviour
    {
        enum class Kind { Answer, Silence, Raw, Trickle, Huge };
        Kind kind = Kind::Answer;
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body; // Answer, Raw (the whole answer, sent as is, then the connection is closed)
        int trickleIntervalMs = 20; // Trickle: `body` one chunk of `trickleChunk` bytes per interval
        int trickleChunk = 1;
        qint64 hugeBytes = 0; // Huge: a JSON array of this many bytes

        static Behaviour answer(
            int status, const QByteArray& body, const QByteArray& contentType = "application/json");
        static Behaviour silence();
        static Behaviour raw(const QByteArray& bytes);
        static Behaviour trickle(int status, const QByteArray& body, int intervalMs);
        static Behaviour huge(qint64 bytes);
    };
    using Handler = std::function<Behaviour(const Request&)>;

    explicit BadHttpServer(QObject* parent = nullptr);
    ~BadHttpServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // The base URL; `host` may be "localhost" to get a different origin on the same server.
    QUrl url(
        const QString& pathAndQuery = QString(), const QString& host = QStringLiteral("127.0.0.1")) const;
    quint16 port() const { return m_server.serverPort(); }
    const QList<Request>& requests() const { return m_requests; }
    int openConnections() const { return m_openConnections; }

    // A loopback port on which nothing listens (bound, then closed), for "connection refused".
    static quint16 closedPort();

signals:
    void requestReceived(int index);

private:
    void onConnection();
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const Behaviour& behaviour);
    void startTrickle(QTcpSocket* socket, const Behaviour& behaviour);
    void startHuge(QTcpSocket* socket, qint64 bytes);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    int m_openConnections = 0;
};
