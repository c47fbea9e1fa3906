#include "webhooks/WebhookDeliveryParser.h"

#include <QTest>

namespace {

QByteArray post(const QByteArray& target, const QByteArray& body, const QByteArray& extraHeaders = {})
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class tst_WebhookDeliveryParser : public QObject
{
    Q_OBJECT

private slots:
    void wellFormedPostIsOneDelivery()
    {
        WebhookDeliveryParser parser;
        const QByteArray body = R"({"listId":2,"leadId":9007199254740993})";
        QCOMPARE(parser.feed(post("/lofty/webhook/2?x=1", body, "X-Trace: abc\r\n")),
            WebhookDeliveryParser::State::Complete);
        QCOMPARE(parser.delivery().target, QStringLiteral("/lofty/webhook/2?x=1"));
        QCOMPARE(parser.delivery().body, body);
        QCOMPARE(parser.delivery().header("x-trace"), QByteArray("abc"));
        QCOMPARE(parser.delivery().listId(), 2);
    }

    void byteByByteGivesTheSameDelivery()
    {
        WebhookDeliveryParser parser;
        const QByteArray request = post("/hook", R"({"leadId":1,"updateTime":2})");
        for (qsizetype i = 0; i + 1 < request.size(); ++i)
            QCOMPARE(parser.feed(request.mid(i, 1)), WebhookDeliveryParser::State::NeedMore);
        QCOMPARE(parser.feed(request.right(1)), WebhookDeliveryParser::State::Complete);
        QCOMPARE(parser.delivery().body, QByteArray(R"({"leadId":1,"updateTime":2})"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << post("/hook", "leadId=1") << 400 << QStringLiteral("not JSON");
        QTest::newRow("empty body") << post("/hook", "") << 400 << QStringLiteral("no body");
        QTest::newRow("get") << QByteArray("GET /hook HTTP/1.1\r\nHost: a\r\n\r\n") << 405
                             << QStringLiteral("not GET");
        QTest::newRow("request line")
            << QByteArray("POST /hook\r\nHost: a\r\n\r\n") << 400 << QStringLiteral("request line");
        QTest::newRow("chunked") << QByteArray(
            "POST /hook HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 501 << QStringLiteral("Transfer-Encoding");
        QTest::newRow("body over 1 MiB")
            << QByteArray("POST /hook HTTP/1.1\r\nHost: a\r\nContent-Length: 1048577\r\n\r\n") << 413
            << QStringLiteral("1048576 bytes");
        QTest::newRow("headers over 64 KiB")
            << QByteArray("POST /hook HTTP/1.1\r\nHost: a\r\nX-Big: " + QByteArray(65 * 1024, 'a')) << 431
            << QStringLiteral("65536 bytes");
    }

    void refusals()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, reason);
        WebhookDeliveryParser parser;
        QCOMPARE(parser.feed(request), WebhookDeliveryParser::State::Error);
        QCOMPARE(parser.errorStatus(), status);
        QVERIFY2(parser.errorMessage().contains(reason), qPrintable(parser.errorMessage()));
        // A refused parser stays refused.
        QCOMPARE(parser.feed(post("/hook", "{}")), WebhookDeliveryParser::State::Error);
    }

    void bodyOfExactlyOneMebibyteIsTaken()
    {
        QByteArray body = "[" + QByteArray(WebhookDeliveryParser::MaxBodyBytes - 2, ' ') + "]";
        WebhookDeliveryParser parser;
        QCOMPARE(parser.feed(post("/hook", body)), WebhookDeliveryParser::State::Complete);
        QCOMPARE(parser.delivery().body.size(), WebhookDeliveryParser::MaxBodyBytes);
    }

    void listIdFromPathBodyOrShape_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("listId");
        QTest::newRow("path") << QStringLiteral("/lofty/webhook/11") << QByteArray("{}") << 11;
        QTest::newRow("body") << QStringLiteral("/hook") << QByteArray(R"({"listId":9})") << 9;
        QTest::newRow("list 3 ping") << QStringLiteral("/hook")
                                     << QByteArray(R"({"leadId":5,"updateTime":6})") << 3;
        QTest::newRow("out of range") << QStringLiteral("/hook/13") << QByteArray(R"({"listId":0})") << 0;
        QTest::newRow("three members")
            << QStringLiteral("/hook") << QByteArray(R"({"leadId":5,"updateTime":6,"x":1})") << 0;
    }

    void listIdFromPathBodyOrShape()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, body);
        QFETCH(int, listId);
        WebhookDelivery delivery;
        delivery.target = target;
        delivery.body = body;
        QCOMPARE(delivery.listId(), listId);
    }

    void leadIdOfAList3PingStaysExact()
    {
        WebhookDelivery delivery;
        delivery.target = QStringLiteral("/hook");
        delivery.body = R"({"leadId":9007199254740993,"updateTime":1700000000000})";
        QCOMPARE(delivery.leadActivityLeadId(), QStringLiteral("9007199254740993"));
        delivery.body = R"({"leadId":9007199254740993,"updateTime":1,"more":true})";
        QCOMPARE(delivery.leadActivityLeadId(), QString());
    }

    void jsonLineRoundTrip()
    {
        WebhookDelivery delivery;
        delivery.receivedAt
            = QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05.678Z"), Qt::ISODateWithMs);
        delivery.target = QStringLiteral("/lofty/webhook/2");
        delivery.headers = {{"Host", "127.0.0.1"}, {"X-A", "1"}, {"X-A", "2"}};
        delivery.body = "{ \"leadId\" : 9007199254740993,\n \"b\": 1e400 }";
        const QByteArray line = delivery.toJsonLine();
        QCOMPARE(line,
            QByteArray(R"({"receivedAt":"2026-01-02T03:04:05.678Z","target":"/lofty/webhook/2","headers":)"
                       R"({"Host":"127.0.0.1","X-A":"1, 2"},"body":{"leadId":9007199254740993,"b":1e400}})"));
        bool ok = false;
        const WebhookDelivery back = WebhookDelivery::fromJsonLine(line, &ok);
        QVERIFY(ok);
        QCOMPARE(back.receivedAt, delivery.receivedAt);
        QCOMPARE(back.target, delivery.target);
        QCOMPARE(back.header("x-a"), QByteArray("1, 2"));
        QCOMPARE(back.body, QByteArray(R"({"leadId":9007199254740993,"b":1e400})"));
        WebhookDelivery::fromJsonLine("{\"receivedAt\":", &ok);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(tst_WebhookDeliveryParser)
#include "tst_webhookdeliveryparser.moc"
