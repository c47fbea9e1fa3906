#include "BadHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

QByteArray head(int status, const QList<QPair<QByteArray, QByteArray>>& headers, qint64 contentLength)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Bad\r\n";
    for (const auto& header : headers)
        out += header.first + ": " + header.second + "\r\n";
    return out + "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
}

} // namespace

BadHttpServer::Behaviour BadHttpServer::Behaviour::answer(
    int status, const QByteArray& body, const QByteArray& contentType)
{
    Behaviour behaviour;
    behaviour.status = status;
    behaviour.body = body;
    behaviour.headers = {{"Content-Type", contentType}};
    return behaviour;
}

BadHttpServer::Behaviour BadHttpServer::Behaviour::silence()
{
    Behaviour behaviour;
    behaviour.kind = Kind::Silence;
    return behaviour;
}

BadHttpServer::Behaviour BadHttpServer::Behaviour::raw(const QByteArray& bytes)
{
    Behaviour behaviour;
    behaviour.kind = Kind::Raw;
    behaviour.body = bytes;
    return behaviour;
}

BadHttpServer::Behaviour BadHttpServer::Behaviour::trickle(int status, const QByteArray& body, int intervalMs)
{
    Behaviour behaviour = answer(status, body);
    behaviour.kind = Kind::Trickle;
    behaviour.trickleIntervalMs = intervalMs;
    return behaviour;
}

BadHttpServer::Behaviour BadHttpServer::Behaviour::huge(qint64 bytes)
{
    Behaviour behaviour;
    behaviour.kind = Kind::Huge;
    behaviour.hugeBytes = bytes;
    return behaviour;
}

BadHttpServer::BadHttpServer(QObject* parent)
    : QObject(parent)
    , m_handler([](const Request&) { return Behaviour::answer(200, "{}"); })
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &BadHttpServer::onConnection);
}

BadHttpServer::~BadHttpServer()
{
    m_server.close();
}

QUrl BadHttpServer::url(const QString& pathAndQuery, const QString& host) const
{
    return QUrl(QStringLiteral("http://%1:%2%3").arg(host).arg(m_server.serverPort()).arg(pathAndQuery));
}

quint16 BadHttpServer::closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void BadHttpServer::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        ++m_openConnections;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_openConnections;
            socket->deleteLater();
        });
    }
}

void BadHttpServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray buffer = socket->property("pending").toByteArray() + socket->readAll();
    Request request;
    while (Request::takeFrom(buffer, &request)) {
        m_requests.append(request);
        emit requestReceived(int(m_requests.size()) - 1);
        respond(socket, m_handler(request));
    }
    socket->setProperty("pending", buffer);
}

void BadHttpServer::respond(QTcpSocket* socket, const Behaviour& behaviour)
{
    switch (behaviour.kind) {
    case Behaviour::Kind::Answer:
        socket->write(head(behaviour.status, behaviour.headers, behaviour.body.size()) + behaviour.body);
        break;
    case Behaviour::Kind::Silence:
        break;
    case Behaviour::Kind::Raw:
        socket->write(behaviour.body);
        socket->disconnectFromHost();
        break;
    case Behaviour::Kind::Trickle:
        startTrickle(socket, behaviour);
        break;
    case Behaviour::Kind::Huge:
        startHuge(socket, behaviour.hugeBytes);
        break;
    }
}

void BadHttpServer::startTrickle(QTcpSocket* socket, const Behaviour& behaviour)
{
    socket->write(head(behaviour.status, behaviour.headers, behaviour.body.size()));
    auto* timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    const QByteArray body = behaviour.body;
    const int chunk = std::max(1, behaviour.trickleChunk);
    connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body, chunk] {
        socket->write(body.mid(*sent, chunk));
        *sent += chunk;
        if (*sent >= body.size())
            timer->stop();
    });
    timer->start(behaviour.trickleIntervalMs);
}

void BadHttpServer::startHuge(QTcpSocket* socket, qint64 bytes)
{
    // A valid JSON array of numbers: "[" + "1234567,"... + "0]", written as the socket drains.
    socket->write(head(200, {{"Content-Type", "application/json"}}, bytes));
    auto remaining = std::make_shared<qint64>(bytes);
    auto first = std::make_shared<bool>(true);
    const QByteArray block = QByteArray("1234567,").repeated(8192);
    auto feed = [socket, remaining, first, block] {
        while (*remaining > 0 && socket->bytesToWrite() < 4 * block.size()) {
            QByteArray piece;
            if (*first) {
                piece = "[";
                *first = false;
            } else if (*remaining <= 2) {
                piece = QByteArray("0]").right(*remaining);
            } else {
                piece = block.left(std::min<qint64>(block.size(), *remaining - 2));
            }
            *remaining -= piece.size();
            socket->write(piece);
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, feed);
    feed();
}
