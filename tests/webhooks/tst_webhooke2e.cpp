// End to end over loopback HTTP: the sandbox delivers its events to subscriptions, the receiver
// takes them, forward and replay reach a loopback server, and malformed deliveries are refused.
#include "SandboxTestFixture.h"
#include "sandbox/SandboxCommandLine.h"
#include "sandbox/SandboxWebhookDispatcher.h"
#include "webhooks/WebhookForward.h"
#include "webhooks/WebhookReceiver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class tst_WebhookE2e : public QObject
{
    Q_OBJECT

private:
    SandboxTestFixture f;
    QString token;

    QJsonObject subscribe(int listId, const QUrl& callback)
    {
        const HttpResult answer = f.http.sendJson("POST", f.api(QStringLiteral("/v1.0/webhook")),
            {{QStringLiteral("listId"), listId}, {QStringLiteral("callbackUrl"), callback.toString()}},
            SandboxTestHttp::bearer(token));
        return answer.status == 200 ? answer.json() : QJsonObject();
    }

    qint64 createLead()
    {
        const HttpResult answer = f.http.sendJson("POST", f.api(QStringLiteral("/v1.0/leads")),
            {{QStringLiteral("firstName"), QStringLiteral("Webhook")}}, SandboxTestHttp::bearer(token));
        return answer.json().value(QStringLiteral("leadId")).toInteger();
    }

    static QJsonObject bodyOf(const QSignalSpy& spy, int index)
    {
        return QJsonDocument::fromJson(spy.at(index).at(0).value<WebhookDelivery>().body).object();
    }

private slots:
    void init()
    {
        qRegisterMetaType<WebhookDelivery>();
        QVERIFY(f.start());
        f.server->webhookDispatcher()->setDelayMs(0);
        f.server->webhookDispatcher()->setRetryBaseMs(20);
        token = f.tokenFor(QStringLiteral("sandbox-prod"));
        QVERIFY(!token.isEmpty());
    }

    void cleanup() { f.server.reset(); }

    void leadCreatedReachesTheReceiver()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.start(0));
        QSignalSpy received(&receiver, &WebhookReceiver::deliveryReceived);
        QCOMPARE(subscribe(2, receiver.url(2)).value(QStringLiteral("listId")).toInt(), 2);
        const qint64 leadId = createLead();
        QVERIFY(leadId > 0);
        QTRY_COMPARE(received.count(), 1);
        const WebhookDelivery delivery = received.at(0).at(0).value<WebhookDelivery>();
        QCOMPARE(delivery.target, QStringLiteral("/lofty/webhook/2"));
        QCOMPARE(delivery.listId(), 2);
        QCOMPARE(delivery.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject body = bodyOf(received, 0);
        QCOMPARE(body.value(QStringLiteral("event")).toString(), QStringLiteral("lead.created"));
        QCOMPARE(body.value(QStringLiteral("leadId")).toInteger(), leadId);
        QCOMPARE(body.value(QStringLiteral("listId")).toInt(), 2);
        QVERIFY(delivery.receivedAt.isValid());
        QCOMPARE(delivery.receivedAt.timeSpec(), Qt::UTC);
    }

    void onlyMatchingListsAreDelivered()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.start(0));
        QSignalSpy received(&receiver, &WebhookReceiver::deliveryReceived);
        QVERIFY(!subscribe(9, receiver.url(9)).isEmpty());
        QVERIFY(!subscribe(3, receiver.url(3)).isEmpty());
        const qint64 leadId = createLead(); // list 2: nobody subscribed
        const HttpResult note = f.http.sendJson("POST", f.api(QStringLiteral("/v1.0/notes")),
            {{QStringLiteral("leadId"), leadId}, {QStringLiteral("content"), QStringLiteral("hi")},
                {QStringLiteral("isPin"), false}},
            SandboxTestHttp::bearer(token));
        QCOMPARE(note.status, 200);
        QTRY_COMPARE(received.count(), 2);
        QTest::qWait(100); // nothing more is on its way
        QCOMPARE(received.count(), 2);
        QMap<int, QJsonObject> byList;
        for (int i = 0; i < received.count(); ++i)
            byList.insert(received.at(i).at(0).value<WebhookDelivery>().listId(), bodyOf(received, i));
        QCOMPARE(byList.keys(), (QList<int> {3, 9}));
        // Lofty's list-3 ping is only the lead and the time.
        QCOMPARE(byList[3].keys(), (QStringList {QStringLiteral("leadId"), QStringLiteral("updateTime")}));
        QCOMPARE(byList[3].value(QStringLiteral("leadId")).toInteger(), leadId);
        QCOMPARE(byList[9].value(QStringLiteral("event")).toString(), QStringLiteral("note.created"));
        QCOMPARE(byList[9].value(QStringLiteral("noteId")).toInteger(),
            note.json().value(QStringLiteral("noteId")).toInteger());
    }

    void stageChangeIsAPipelineEvent()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.start(0));
        QSignalSpy received(&receiver, &WebhookReceiver::deliveryReceived);
        const qint64 leadId = createLead();
        QVERIFY(!subscribe(12, receiver.url(12)).isEmpty());
        const HttpResult update = f.http.sendJson("PUT", f.api(QStringLiteral("/v1.0/leads/%1").arg(leadId)),
            {{QStringLiteral("stage"), QStringLiteral("Hot")}}, SandboxTestHttp::bearer(token));
        QCOMPARE(update.status, 200);
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(bodyOf(received, 0).value(QStringLiteral("event")).toString(),
            QStringLiteral("lead.stageChanged"));
        QCOMPARE(bodyOf(received, 0).value(QStringLiteral("stage")).toString(), QStringLiteral("Hot"));
    }

    void failedDeliveryIsTriedThreeTimes()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // connection refused from now on
        QSignalSpy attempts(f.server->webhookDispatcher(), &SandboxWebhookDispatcher::attempted);
        QVERIFY(!subscribe(2, QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(port))).isEmpty());
        createLead();
        QTRY_COMPARE(attempts.count(), 3);
        QTest::qWait(200); // 20 ms and 40 ms backoff: a fourth try would have come
        QCOMPARE(attempts.count(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(attempts.at(i).at(2).toInt(), i + 1);
            QCOMPARE(attempts.at(i).at(3).toInt(), 0);
        }
        QCOMPARE(f.server->webhookDispatcher()->pendingCount(), 0);
    }

    void malformedAndOversizedDeliveriesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::newRow("not json") << QByteArray(
            "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello")
                                  << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("garbage") << QByteArray("\x01\x02 nonsense\r\n\r\n") << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("oversized") << QByteArray(
            "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2000000\r\n\r\n{")
                                   << QByteArray("HTTP/1.1 413 ");
        QTest::newRow("get") << QByteArray("GET /hook HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                             << QByteArray("HTTP/1.1 405 ");
    }

    void malformedAndOversizedDeliveriesAreRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, statusLine);
        WebhookReceiver receiver;
        QVERIFY(receiver.start(0));
        QSignalSpy received(&receiver, &WebhookReceiver::deliveryReceived);
        QSignalSpy refused(&receiver, &WebhookReceiver::deliveryRefused);
        const quint16 port = receiver.port();
        QByteArray answer;
        QTcpSocket socket; // asynchronous: the receiver runs in this thread's event loop
        connect(&socket, &QTcpSocket::readyRead, this, [&] { answer += socket.readAll(); });
        connect(&socket, &QTcpSocket::connected, this, [&] { socket.write(request); });
        socket.connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE(refused.count(), 1);
        QTRY_VERIFY(answer.startsWith(statusLine));
        QVERIFY(answer.contains("Connection: close"));
        QCOMPARE(received.count(), 0);
        // Still serving afterwards.
        QVERIFY(receiver.isListening());
    }

    void sandboxCommandLineSetsTheDelay()
    {
        SandboxCommandLine line;
        QString output;
        QCOMPARE(line.parse({QStringLiteral("lofty-sandbox")}, &output), SandboxCommandLine::Outcome::Run);
        SandboxServer server;
        line.configure(&server);
        QCOMPARE(server.webhookDispatcher()->delayMs(), SandboxWebhookDispatcher::DefaultDelayMs);
        QCOMPARE(line.parse({QStringLiteral("lofty-sandbox"), QStringLiteral("--webhook-delay"),
                                QStringLiteral("0")},
                     &output),
            SandboxCommandLine::Outcome::Run);
        line.configure(&server);
        QCOMPARE(server.webhookDispatcher()->delayMs(), 0);
        SandboxCommandLine bad;
        QCOMPARE(bad.parse({QStringLiteral("lofty-sandbox"), QStringLiteral("--webhook-delay"),
                               QStringLiteral("-1")},
                     &output),
            SandboxCommandLine::Outcome::Fail);
        QCOMPARE(output,
            QStringLiteral("--webhook-delay: expected a number of seconds from 0 to 3600, got \"-1\"."));
    }

    void receiverBindsLoopbackOnly()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.start(0));
        QCOMPARE(receiver.url().host(), QStringLiteral("127.0.0.1"));
        QTcpServer* server = receiver.findChild<QTcpServer*>();
        QVERIFY(server);
        QCOMPARE(server->serverAddress(), QHostAddress(QHostAddress::LocalHost));
        WebhookReceiver second;
        QString error;
        QVERIFY(!second.start(receiver.port(), &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot listen on 127.0.0.1:%1").arg(receiver.port())),
            qPrintable(error));
    }

    void forwardReachesALoopbackServer()
    {
        WebhookReceiver target;
        QVERIFY(target.start(0));
        QSignalSpy received(&target, &WebhookReceiver::deliveryReceived);
        WebhookDelivery delivery;
        delivery.target = QStringLiteral("/lofty/webhook/3");
        delivery.headers = {{"Host", "127.0.0.1:1"}, {"Content-Type", "application/json"}, {"X-Trace", "t-1"},
            {"Content-Length", "999"}};
        delivery.body = R"({"leadId":9007199254740993,"updateTime":1})";
        QNetworkAccessManager network;
        WebhookForward forward(&network, delivery, target.url(3));
        QSignalSpy finished(&forward, &WebhookForward::finished);
        forward.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), 200);
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QCOMPARE(received.count(), 1);
        const WebhookDelivery arrived = received.at(0).at(0).value<WebhookDelivery>();
        QCOMPARE(arrived.body, delivery.body);
        QCOMPARE(arrived.header("X-Trace"), QByteArray("t-1"));
        QCOMPARE(arrived.header("Content-Length"), QByteArray::number(delivery.body.size()));
        QCOMPARE(arrived.listId(), 3);
    }

    void forwardRefusesOtherHosts()
    {
        QNetworkAccessManager network;
        WebhookForward forward(&network, WebhookDelivery(), QUrl(QStringLiteral("https://example.com/hook")));
        QSignalSpy finished(&forward, &WebhookForward::finished);
        forward.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), 0);
        QCOMPARE(finished.at(0).at(1).toString(),
            QStringLiteral(
                "Deliveries are forwarded to this computer only (127.0.0.1, ::1 or localhost), not "
                "to \"example.com\"."));
    }

    void forwardTimesOutAndCanBeCancelled()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QUrl target(QStringLiteral("http://127.0.0.1:%1/hook").arg(silent.serverPort()));
        WebhookDelivery delivery;
        delivery.body = "{}";
        QNetworkAccessManager network;
        WebhookForward slow(&network, delivery, target);
        slow.setTimeoutMs(300);
        QSignalSpy timedOut(&slow, &WebhookForward::finished);
        slow.start();
        QTRY_COMPARE(timedOut.count(), 1);
        QCOMPARE(timedOut.at(0).at(1).toString(),
            QStringLiteral("No answer from %1 within 0.3 s.").arg(target.toString()));
        WebhookForward cancelled(&network, delivery, target);
        QSignalSpy finished(&cancelled, &WebhookForward::finished);
        cancelled.start();
        QVERIFY(cancelled.isRunning());
        cancelled.cancel();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), 0);
        QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("Cancelled."));
    }
};

QTEST_GUILESS_MAIN(tst_WebhookE2e)
#include "tst_webhooke2e.moc"
