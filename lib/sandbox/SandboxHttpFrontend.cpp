#include "sandbox/SandboxHttpFrontend.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

SandboxHttpFrontend::SandboxHttpFrontend(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

bool SandboxHttpFrontend::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const SandboxRequest sandboxRequest = toSandboxRequest(request);
    const bool close = sandboxRequest.header("Connection").toLower() == "close";
    const SandboxResponse response = m_handler(sandboxRequest);
    if (response.delayMs <= 0) {
        deliver(socket, response, close);
        return true;
    }
    QTimer::singleShot(
        response.delayMs, socket, [socket, response, close] { deliver(socket, response, close); });
    return true;
}

void SandboxHttpFrontend::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Q_UNUSED(request);
    deliver(socket, SandboxResponse::notFound(), false);
}

SandboxRequest SandboxHttpFrontend::toSandboxRequest(const QHttpServerRequest& request)
{
    SandboxRequest result;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    result.method = QString::fromLatin1(methods.valueToKey(int(request.method()))).toUpper();
    result.path = request.url().path(QUrl::FullyDecoded);
    result.rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
    result.headers = request.headers();
    result.body = request.body();
    return result;
}

void SandboxHttpFrontend::deliver(QTcpSocket* socket, const SandboxResponse& response, bool closeAfterwards)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + SandboxResponse::reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto& header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    if (closeAfterwards)
        head += "Connection: close\r\n";
    head += "\r\n";
    if (response.delivery == SandboxResponse::Delivery::DropMidBody) {
        // The client sees the headers promise a body that never fully arrives.
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->flush();
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(0, socket, [guard] {
            if (guard)
                guard->abort();
        });
        return;
    }
    socket->write(head + response.body);
    if (closeAfterwards)
        socket->disconnectFromHost();
}
