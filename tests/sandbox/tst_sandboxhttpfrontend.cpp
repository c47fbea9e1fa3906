// SandboxHttpFrontend over real loopback sockets: keep-alive and pipelining, Connection: close,
// answers to malformed requests, the idle timeout, and the fault deliveries (delayed, cut off).
#include "sandbox/SandboxHttpFrontend.h"
#include "sandbox/SandboxHttpParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace {

constexpr int WaitMs = 10000;

struct Client
{
    QTcpSocket socket;
    QByteArray received;

    explicit Client(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    }
    bool waitForText(const QByteArray& text)
    {
        QDeadlineTimer deadline(WaitMs);
        while (!received.contains(text) && !deadline.hasExpired())
            QTest::qWait(10);
        return received.contains(text);
    }
    bool waitForClose()
    {
        QDeadlineTimer deadline(WaitMs);
        while (socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired())
            QTest::qWait(10);
        received += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
    }
};

QByteArray get(const QByteArray& path, const QByteArray& extra = QByteArray())
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

} // namespace

class tst_SandboxHttpFrontend : public QObject
{
    Q_OBJECT

private:
    // Answers "path=<path>"; /slow after 300 ms; /cut with a body cut off mid-way.
    static SandboxResponse echo(const SandboxRequest& request)
    {
        SandboxResponse response;
        response.contentType = "text/plain";
        response.body = "path=" + request.path.toUtf8() + ";body=" + request.body;
        response.setHeader("X-Method", request.method.toLatin1());
        if (request.path == QLatin1String("/slow"))
            response.delayMs = 300;
        if (request.path == QLatin1String("/cut")) {
            response.body = QByteArray(1000, 'z');
            response.delivery = SandboxResponse::Delivery::DropMidBody;
        }
        return response;
    }

    std::unique_ptr<SandboxHttpFrontend> m_frontend;
    quint16 m_port = 0;

private slots:
    void init()
    {
        m_frontend = std::make_unique<SandboxHttpFrontend>(&tst_SandboxHttpFrontend::echo);
        m_port = m_frontend->listen(QHostAddress(QHostAddress::LocalHost), 0);
        QVERIFY(m_port != 0);
    }

    void cleanup() { m_frontend.reset(); }

    void answersPipelinedRequestsInOrderOnOneConnection()
    {
        Client client(m_port);
        client.socket.write(
            get("/slow") + "POST /second HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc");
        QVERIFY(client.waitForText("path=/second;body=abc"));
        // The delayed first answer comes complete and first; the second follows it.
        const QByteArray both = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 16\r\n"
                                "X-Method: GET\r\n\r\npath=/slow;body="
                                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 21\r\n"
                                "X-Method: POST\r\n\r\npath=/second;body=abc";
        QCOMPARE(client.received, both);
        QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    }

    void closesAfterConnectionClose()
    {
        Client client(m_port);
        client.socket.write(get("/a", "Connection: close\r\n") + get("/ignored"));
        QVERIFY(client.waitForClose());
        QVERIFY(client.received.contains("Connection: close\r\n\r\npath=/a;body="));
        QVERIFY(!client.received.contains("/ignored"));
    }

    void answersAMalformedRequestWith400AndCloses()
    {
        Client client(m_port);
        client.socket.write("GET / HTTP/1.1\r\nHost : h\r\n\r\n");
        QVERIFY(client.waitForClose());
        QVERIFY2(client.received.startsWith("HTTP/1.1 400 Bad Request\r\n"), client.received.constData());
        QVERIFY(client.received.contains("Connection: close\r\n"));
        const QByteArray body = client.received.mid(client.received.indexOf("\r\n\r\n") + 4);
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("BAD_HTTP_REQUEST"));
        QVERIFY(json.value(QStringLiteral("message")).toString().contains(QStringLiteral("Name: value")));
    }

    void answersOversizedHeadersWith431()
    {
        Client client(m_port);
        client.socket.write(
            "GET / HTTP/1.1\r\nHost: h\r\nX-Big: " + QByteArray(SandboxHttpParser::MaxHeaderBytes + 1, 'x'));
        QVERIFY(client.waitForClose());
        QVERIFY2(client.received.startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n"),
            client.received.left(80).constData());
    }

    void answersChunkedBodiesWith501()
    {
        Client client(m_port);
        client.socket.write(
            "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n");
        QVERIFY(client.waitForClose());
        QVERIFY(client.received.startsWith("HTTP/1.1 501 Not Implemented\r\n"));
    }

    void closesAnIdleConnection()
    {
        m_frontend->setIdleTimeoutMs(200);
        Client client(m_port);
        client.socket.write(get("/first"));
        QVERIFY(client.waitForText("path=/first"));
        QVERIFY(client.waitForClose());
        // A request left half-sent is also given up on.
        Client slow(m_port);
        slow.socket.write("GET /half HTTP/1.1\r\n");
        QVERIFY(slow.waitForClose());
        QVERIFY(slow.received.isEmpty());
    }

    void cutsADroppedAnswerOffMidBody()
    {
        Client client(m_port);
        client.socket.write(get("/cut"));
        QVERIFY(client.waitForClose());
        QVERIFY(client.received.contains("Content-Length: 1000\r\n"));
        const QByteArray body = client.received.mid(client.received.indexOf("\r\n\r\n") + 4);
        QCOMPARE(body, QByteArray(500, 'z'));
    }

    void survivesAClientThatLeavesDuringADelay()
    {
        {
            Client client(m_port);
            client.socket.write(get("/slow"));
            QTRY_VERIFY(client.socket.bytesToWrite() == 0);
            client.socket.abort();
        }
        QTest::qWait(400);
        Client next(m_port);
        next.socket.write(get("/after"));
        QVERIFY(next.waitForText("path=/after"));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxHttpFrontend)
#include "tst_sandboxhttpfrontend.moc"
