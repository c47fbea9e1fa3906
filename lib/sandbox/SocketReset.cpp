#include "sandbox/SocketReset.h"

#include <QAbstractSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

void SocketReset::reset(QAbstractSocket* socket)
{
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor != -1) {
        linger lingerOption {};
        lingerOption.l_onoff = 1;
        lingerOption.l_linger = 0;
#ifdef Q_OS_WIN
        ::setsockopt(SOCKET(descriptor), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char*>(&lingerOption),
            sizeof lingerOption);
#else
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &lingerOption, sizeof lingerOption);
#endif
    }
    socket->abort();
}
