#include "oauth/LoopbackReplyHandler.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Bad Request";
    }
}

QString formDecoded(QByteArray value)
{
    value.replace('+', ' '); // application/x-www-form-urlencoded: '+' is a space
    return QUrl::fromPercentEncoding(value);
}

} // namespace

LoopbackReplyHandler::LoopbackReplyHandler(QObject* parent)
    : QOAuthOobReplyHandler(parent)
{
    m_server.setMaxPendingConnections(8);
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackReplyHandler::onNewConnection);
}

LoopbackReplyHandler::~LoopbackReplyHandler()
{
    close();
}

bool LoopbackReplyHandler::listen(const QString& host, quint16 port, const QString& path)
{
    close();
    if (!m_server.listen(QHostAddress(QHostAddress::LocalHost), port))
        return false;
    m_port = m_server.serverPort();
    m_path = path;
    QUrl uri;
    uri.setScheme(QStringLiteral("http"));
    uri.setHost(host == QLatin1String("localhost") ? host : m_server.serverAddress().toString());
    uri.setPort(m_port);
    uri.setPath(path);
    m_redirectUri = uri.toString(QUrl::FullyEncoded);
    return true;
}

void LoopbackReplyHandler::close()
{
    m_server.close();
    const auto sockets = m_server.findChildren<QTcpSocket*>();
    for (QTcpSocket* socket : sockets) {
        if (socket != m_answering) // the callback that ended the attempt still gets its page
            socket->abort();
    }
}

void LoopbackReplyHandler::acceptCallback(const QString& text)
{
    m_answer = {200, text};
}

void LoopbackReplyHandler::refuseCallback(const QString& reason)
{
    m_answer = {400, reason};
}

void LoopbackReplyHandler::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(&m_server); // close() finds it
        auto* idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
        idle->start(ConnectionTimeoutMs);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void LoopbackReplyHandler::onReadyRead(QTcpSocket* socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    const QByteArray buffered = socket->peek(MaxRequestBytes + 1);
    const qsizetype end = buffered.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffered.size() > MaxRequestBytes)
            reject(socket, 431, tr("The request is larger than %1 KiB.").arg(MaxRequestBytes / 1024));
        return;
    }
    socket->readAll();
    handleRequest(socket, buffered.left(end));
}

void LoopbackReplyHandler::handleRequest(QTcpSocket* socket, const QByteArray& head)
{
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QList<QByteArray> requestLine = (lineEnd < 0 ? head : head.left(lineEnd)).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        reject(socket, 400, tr("The request is not HTTP/1.x."));
        return;
    }
    if (requestLine.at(0) != "GET") {
        reject(socket, 405,
            tr("Only GET is answered here, not %1.").arg(QString::fromLatin1(requestLine.at(0))));
        return;
    }
    const QByteArray target = requestLine.at(1);
    const qsizetype queryStart = target.indexOf('?');
    const QByteArray path = queryStart < 0 ? target : target.left(queryStart);
    if (QUrl::fromPercentEncoding(path) != m_path) {
        reject(socket, 404, tr("Nothing is served at this path."));
        return;
    }
    QVariantMap values;
    if (!parseQuery(queryStart < 0 ? QByteArray() : target.mid(queryStart + 1), &values)) {
        reject(socket, 400, tr("The callback repeats a parameter."));
        return;
    }
    m_answer = {400, tr("No attempt is waiting for this answer.")};
    m_answering = socket;
    emit callbackReceived(values);
    m_answering = nullptr;
    socket->setProperty("answered", true);
    answer(socket, m_answer.status, m_answer.text);
}

bool LoopbackReplyHandler::parseQuery(const QByteArray& query, QVariantMap* values)
{
    const QList<QByteArray> pairs = query.split('&');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString name = formDecoded(equals < 0 ? pair : pair.left(equals));
        if (values->contains(name))
            return false;
        values->insert(name, equals < 0 ? QString() : formDecoded(pair.mid(equals + 1)));
    }
    return true;
}

void LoopbackReplyHandler::reject(QTcpSocket* socket, int status, const QString& reason)
{
    socket->setProperty("answered", true);
    answer(socket, status, reason);
    emit requestRejected(reason);
}

void LoopbackReplyHandler::answer(QTcpSocket* socket, int status, const QString& text)
{
    const QByteArray html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                                           "<title>%1</title></head><body><p>%1</p></body></html>")
                                .arg(text.toHtmlEscaped())
                                .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (status == 405)
        response += "Allow: GET\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                "Referrer-Policy: no-referrer\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(html.size()) + "\r\n\r\n" + html;
    socket->write(response);
    socket->disconnectFromHost();
}
