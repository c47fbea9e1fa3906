#include "FakeTokenEndpoint.h"

#include "sandbox/SandboxRequest.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

QMap<QString, QString> FakeTokenEndpoint::Request::form() const
{
    return SandboxRequest::parseForm(body); // the one application/x-www-form-urlencoded decoder
}

FakeTokenEndpoint::FakeTokenEndpoint(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeTokenEndpoint::onNewConnection);
}

bool FakeTokenEndpoint::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeTokenEndpoint::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/oauth/token").arg(m_server.serverPort()));
}

FakeTokenEndpoint::Response FakeTokenEndpoint::json(int status, const QByteArray& body)
{
    Response response;
    response.status = status;
    response.body = body;
    return response;
}

void FakeTokenEndpoint::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeTokenEndpoint::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const int headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(
                lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const int length = request.headers.value("content-length").toInt();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    m_buffers.remove(socket);
    m_requests.append(request);
    const Response response = m_queue.isEmpty() ? m_default : m_queue.takeFirst();
    emit requestReceived();
    if (response.hang)
        return;
    if (response.delayMs > 0) {
        Response now = response;
        now.delayMs = 0;
        QTimer::singleShot(response.delayMs, this, [this, socket = QPointer<QTcpSocket>(socket), now] {
            if (socket)
                answer(socket, now);
        });
        return;
    }
    answer(socket, response);
}

void FakeTokenEndpoint::answer(QTcpSocket* socket, const Response& response)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    if (!response.contentType.isEmpty())
        text += "Content-Type: " + response.contentType + "\r\n";
    text += response.extraHeaders;
    text += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    text += response.body;
    socket->write(text);
    socket->disconnectFromHost();
}
