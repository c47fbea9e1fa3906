#pragma once

class QAbstractSocket;

// Ends a TCP connection with a reset (RST) instead of the orderly FIN that QAbstractSocket::abort()
// sends: SO_LINGER with a zero timeout makes close() discard what is unsent and reset the
// connection, so the peer's next read fails with ECONNRESET ("connection reset by peer").
// Qt has no socket option for SO_LINGER, hence the native call.
class SocketReset
{
public:
    static void reset(QAbstractSocket* socket);
};
