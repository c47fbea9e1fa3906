#pragma once

#include "sandbox/SandboxHttpParser.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

// One client connection of the sandbox's HTTP server: reads and parses requests one at a time
// (a pipelined request waits until the answer before it is written), asks the handler, and
// writes the answer itself so that fault modes can delay it or cut it off mid-body. Closes on
// "Connection: close", on a malformed request (after answering it), and after IdleTimeoutMs
// without a byte from the client. Deletes itself when the socket goes.
class SandboxHttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxResponse(const SandboxRequest&)>;

    static constexpr int DefaultIdleTimeoutMs = 60 * 1000;

    SandboxHttpConnection(
        QTcpSocket* socket, const Handler& handler, int idleTimeoutMs, QObject* parent = nullptr);

    static QByteArray serializeHead(const SandboxResponse& response, bool closeAfterwards);

private:
    void readAndServe();
    void serve(const SandboxRequest& request, bool keepAlive);
    void answerParseError();
    void deliver(const SandboxResponse& response, bool closeAfterwards);
    void onIdle();

    QTcpSocket* m_socket;
    Handler m_handler;
    SandboxHttpParser m_parser;
    QTimer m_idleTimer;
    bool m_busy = false; // an answer is on its way (delayed): later requests wait
    bool m_closing = false;
};
