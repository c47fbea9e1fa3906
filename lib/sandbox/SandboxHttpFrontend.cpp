#include "sandbox/SandboxHttpFrontend.h"

#include "sandbox/SandboxHttpConnection.h"

#include <QTcpSocket>

SandboxHttpFrontend::SandboxHttpFrontend(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_idleTimeoutMs(SandboxHttpConnection::DefaultIdleTimeoutMs)
{
    m_server.setParent(this);
    connect(&m_server, &QTcpServer::newConnection, this, &SandboxHttpFrontend::acceptConnections);
}

quint16 SandboxHttpFrontend::listen(const QHostAddress& address, quint16 port)
{
    if (!m_server.listen(address, port))
        return 0;
    return m_server.serverPort();
}

void SandboxHttpFrontend::setIdleTimeoutMs(int milliseconds)
{
    m_idleTimeoutMs = qMax(1, milliseconds);
}

void SandboxHttpFrontend::acceptConnections()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection())
        new SandboxHttpConnection(socket, m_handler, m_idleTimeoutMs, this);
}
