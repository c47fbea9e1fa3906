#include "sandbox/SandboxHttpConnection.h"

#include "sandbox/SocketReset.h"

#include <QJsonObject>
#include <QTcpSocket>

SandboxHttpConnection::SandboxHttpConnection(
    QTcpSocket* socket, const Handler& handler, int idleTimeoutMs, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
{
    m_socket->setParent(this);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &SandboxHttpConnection::onIdle);
    connect(m_socket, &QTcpSocket::readyRead, this, &SandboxHttpConnection::readAndServe);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_idleTimer.start();
    // Bytes may have arrived before the signals were connected.
    QMetaObject::invokeMethod(this, &SandboxHttpConnection::readAndServe, Qt::QueuedConnection);
}

void SandboxHttpConnection::readAndServe()
{
    if (m_busy || m_closing)
        return;
    const QByteArray data = m_socket->readAll();
    if (!data.isEmpty())
        m_idleTimer.start();
    m_parser.feed(data);
    while (!m_busy && !m_closing) {
        if (m_parser.state() == SandboxHttpParser::State::Error) {
            answerParseError();
            return;
        }
        if (m_parser.state() != SandboxHttpParser::State::Complete)
            return;
        const bool keepAlive = m_parser.keepAlive();
        serve(m_parser.takeRequest(), keepAlive);
    }
}

void SandboxHttpConnection::serve(const SandboxRequest& request, bool keepAlive)
{
    const SandboxResponse response = m_handler(request);
    if (response.delayMs <= 0) {
        deliver(response, !keepAlive);
        return;
    }
    m_busy = true;
    m_idleTimer.stop();
    QTimer::singleShot(response.delayMs, this, [this, response, keepAlive] {
        m_busy = false;
        deliver(response, !keepAlive);
        m_idleTimer.start();
        if (!m_closing)
            readAndServe();
    });
}

void SandboxHttpConnection::answerParseError()
{
    const SandboxResponse response
        = SandboxResponse::json(QJsonObject {{QStringLiteral("code"), QStringLiteral("BAD_HTTP_REQUEST")},
                                    {QStringLiteral("message"), m_parser.errorMessage()}},
            m_parser.errorStatus());
    deliver(response, true);
}

QByteArray SandboxHttpConnection::serializeHead(const SandboxResponse& response, bool closeAfterwards)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + SandboxHttpParser::reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto& header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    if (closeAfterwards)
        head += "Connection: close\r\n";
    return head + "\r\n";
}

namespace {
constexpr int ResetDelayMs = 100;
} // namespace

void SandboxHttpConnection::deliver(const SandboxResponse& response, bool closeAfterwards)
{
    if (m_closing || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray head = serializeHead(response, closeAfterwards);
    if (response.delivery == SandboxResponse::Delivery::DropMidBody) {
        // The client sees the headers promise a body that never fully arrives.
        m_closing = true;
        m_socket->write(head + response.body.left(response.body.size() / 2));
        m_socket->flush();
        QTimer::singleShot(0, this, [this] {
            m_socket->abort();
            deleteLater();
        });
        return;
    }
    if (response.delivery == SandboxResponse::Delivery::ResetAfterHead) {
        // The RST follows a moment later: had it arrived with the head, a client such as Qt's
        // could see the error before reading the head and silently send the request again.
        m_closing = true;
        m_socket->write(head);
        m_socket->flush();
        QTimer::singleShot(ResetDelayMs, this, [this] {
            SocketReset::reset(m_socket);
            deleteLater();
        });
        return;
    }
    m_socket->write(head + response.body);
    if (closeAfterwards) {
        m_closing = true;
        m_socket->disconnectFromHost(); // after the pending bytes are written
    }
}

void SandboxHttpConnection::onIdle()
{
    if (m_busy)
        return;
    m_closing = true;
    m_socket->disconnectFromHost();
}
