#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>

// The sandbox's own small HTTP/1.1 server on QTcpServer (no QtHttpServer: its API changed
// between Qt 6.4 and 6.8). Each connection (SandboxHttpConnection) parses requests with
// SandboxHttpParser, asks the handler and writes the SandboxResponse itself, so that fault modes
// can delay an answer or cut it off mid-body.
class SandboxHttpFrontend : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxResponse(const SandboxRequest&)>;

    explicit SandboxHttpFrontend(Handler handler, QObject* parent = nullptr);

    // The port bound, 0 when listening failed.
    quint16 listen(const QHostAddress& address, quint16 port);
    void setIdleTimeoutMs(int milliseconds);

private:
    void acceptConnections();

    Handler m_handler;
    QTcpServer m_server;
    int m_idleTimeoutMs;
};
