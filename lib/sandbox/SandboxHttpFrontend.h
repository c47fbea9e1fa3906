#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QAbstractHttpServer>

#include <functional>

// The QtHttpServer (6.4 technical preview) side of the sandbox: turns each parsed request into
// a SandboxRequest, asks the handler, and writes the SandboxResponse to the socket itself so
// that fault modes can delay an answer or cut it off mid-body.
class SandboxHttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxResponse(const SandboxRequest&)>;

    explicit SandboxHttpFrontend(Handler handler, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    static SandboxRequest toSandboxRequest(const QHttpServerRequest& request);
    static void deliver(QTcpSocket* socket, const SandboxResponse& response, bool closeAfterwards);

    Handler m_handler;
};
