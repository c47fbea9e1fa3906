// The loopback listener of the authorization code flow: whatever a local process sends to
// http://127.0.0.1:<port>/callback, the attempt ends with failed() and a reason, never a crash
// and never granted() (the token endpoint here is unreachable).
//
// The input is the query string; "@STATE@" in it is replaced by the attempt's real state so
// that the fuzzer can reach the code path past the state check. Anything after a CR LF pair
// ends up in the request's header lines, which exercises the listener's request parser too.
#include "FuzzSupport.h"

#include "oauth/AuthorizationCodeFlow.h"

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace {

OAuthClientConfig unreachableProvider()
{
    OAuthClientConfig config;
    config.authorizeUrl = QUrl(QStringLiteral("http://127.0.0.1:1/oauth/authorize"));
    config.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:1/oauth/token"));
    config.clientId = QStringLiteral("fuzz-client");
    config.clientSecret = QStringLiteral("fuzz-client-secret");
    config.requestTimeoutSeconds = 2;
    return config;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // Parented to the application, so that it goes away with it (the replay test ends it).
    static AuthorizationCodeFlow* flow
        = new AuthorizationCodeFlow(unreachableProvider(), FuzzSupport::application());
    static bool granted = false;
    static QString failure;
    static const bool connected = [] {
        QObject::connect(flow, &OAuthFlow::granted, [] { granted = true; });
        QObject::connect(flow, &OAuthFlow::failed, [](const QString& reason) { failure = reason; });
        return true;
    }();
    (void)connected;
    failure.clear();
    flow->start();
    if (!flow->isListening())
        __builtin_trap();
    const QString state = QUrlQuery(flow->authorizeUrl()).queryItemValue(QStringLiteral("state"));
    QByteArray query = FuzzSupport::bytes(data, size);
    query.replace("@STATE@", state.toLatin1());

    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), flow->listenerPort());
    if (!socket.waitForConnected(2000))
        __builtin_trap();
    socket.write("GET /callback?" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QDeadlineTimer deadline(3000);
    while (flow->isRunning() && !deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    // A request the listener did not take as a callback leaves the attempt waiting: end it.
    if (flow->isRunning())
        flow->cancel();
    socket.abort();
    if (granted || failure.isEmpty())
        __builtin_trap();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    FuzzSupport::forgetSecrets();
    return 0;
}
