// SandboxHttpParser: request line, header fields and Content-Length bodies fed in any slicing,
// pipelined requests, keep-alive rules and every refusal with its status.
#include "sandbox/SandboxHttpParser.h"
#include "sandbox/SandboxResponse.h"

#include <QTest>

using State = SandboxHttpParser::State;

namespace {

QByteArray tokenRequest()
{
    return QByteArrayLiteral("POST /oauth/token?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10\r\n\r\n"
                             "grant=abcd");
}

} // namespace

class tst_SandboxHttpParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesARequestFedByteByByte()
    {
        SandboxHttpParser parser;
        const QByteArray raw = tokenRequest();
        for (qsizetype i = 0; i + 1 < raw.size(); ++i)
            QCOMPARE(parser.feed(raw.mid(i, 1)), State::NeedMore);
        QCOMPARE(parser.feed(raw.right(1)), State::Complete);
        QVERIFY(parser.keepAlive());
        const SandboxRequest request = parser.takeRequest();
        QCOMPARE(request.method, QStringLiteral("POST"));
        QCOMPARE(request.path, QStringLiteral("/oauth/token"));
        QCOMPARE(request.rawQuery, QByteArray("x=1"));
        QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(request.headers.size(), 3);
        QCOMPARE(request.body, QByteArray("grant=abcd"));
        QCOMPARE(parser.state(), State::NeedMore);
    }

    void decodesThePathAndKeepsTheQueryEncoded()
    {
        SandboxHttpParser parser;
        parser.feed("GET /v1.0/leads/a%20b?q=a%20b+c HTTP/1.1\r\nHost: h\r\n\r\n");
        QCOMPARE(parser.state(), State::Complete);
        const SandboxRequest request = parser.takeRequest();
        QCOMPARE(request.path, QStringLiteral("/v1.0/leads/a b"));
        QCOMPARE(request.rawQuery, QByteArray("q=a%20b+c"));
        QVERIFY(request.body.isEmpty());
    }

    void trimsFieldValuesAndAcceptsBareLineFeeds()
    {
        SandboxHttpParser parser;
        parser.feed("\r\nGET / HTTP/1.1\nHost: h\nX-Thing: \t spaced value \t\n\n");
        QCOMPARE(parser.state(), State::Complete);
        QCOMPARE(parser.takeRequest().header("X-Thing"), QByteArray("spaced value"));
    }

    void splitsPipelinedRequests()
    {
        SandboxHttpParser parser;
        parser.feed(tokenRequest() + "GET /second HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\nGET /thi");
        QCOMPARE(parser.state(), State::Complete);
        QCOMPARE(parser.takeRequest().path, QStringLiteral("/oauth/token"));
        QCOMPARE(parser.state(), State::Complete);
        QVERIFY(!parser.keepAlive());
        QCOMPARE(parser.takeRequest().path, QStringLiteral("/second"));
        QCOMPARE(parser.state(), State::NeedMore);
        QCOMPARE(parser.feed("rd HTTP/1.1\r\nHost: h\r\n\r\n"), State::Complete);
        QVERIFY(parser.keepAlive());
        QCOMPARE(parser.takeRequest().path, QStringLiteral("/third"));
    }

    void http10ClosesUnlessAskedToKeepAlive()
    {
        SandboxHttpParser plain;
        plain.feed("GET / HTTP/1.0\r\n\r\n");
        QCOMPARE(plain.state(), State::Complete);
        QVERIFY(!plain.keepAlive());
        SandboxHttpParser kept;
        kept.feed("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n");
        QCOMPARE(kept.state(), State::Complete);
        QVERIFY(kept.keepAlive());
    }

    void refusesWithTheRightStatus_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: h\r\n\r\n") << 400
                                    << QStringLiteral("single spaces");
        QTest::newRow("no version") << QByteArray("GET /\r\nHost: h\r\n\r\n") << 400
                                    << QStringLiteral("single spaces");
        QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\nHost: h\r\n\r\n") << 400
                                    << QStringLiteral("method");
        QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505
                                << QStringLiteral("\"HTTP/2.0\"");
        QTest::newRow("not http") << QByteArray("GET / FTP/1.1\r\nHost: h\r\n\r\n") << 400
                                  << QStringLiteral("FTP/1.1");
        QTest::newRow("relative target")
            << QByteArray("GET oauth HTTP/1.1\r\nHost: h\r\n\r\n") << 400 << QStringLiteral("absolute path");
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400 << QStringLiteral("Host");
        QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400
                                   << QStringLiteral("Host");
        QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\nHost : h\r\n\r\n") << 400 << QStringLiteral("Name: value");
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nGarbage\r\n\r\n") << 400
                                  << QStringLiteral("Name: value");
        QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX: a\r\n b\r\n\r\n") << 400
                                  << QStringLiteral("obs-fold");
        QTest::newRow("control in value") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX: a\x01"
                                                        "b\r\n\r\n")
                                          << 400 << QStringLiteral("\"X\"");
        QTest::newRow("length not a number")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1e3\r\n\r\n") << 400
            << QStringLiteral("decimal");
        QTest::newRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n") << 400
            << QStringLiteral("decimal");
        QTest::newRow("conflicting lengths")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
            << 400 << QStringLiteral("Conflicting");
        QTest::newRow("chunked") << QByteArray(
            "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 501 << QStringLiteral("Content-Length");
        QTest::newRow("body too large") << (QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: ")
            + QByteArray::number(SandboxHttpParser::MaxBodyBytes + 1) + "\r\n\r\n")
                                        << 413 << QString::number(SandboxHttpParser::MaxBodyBytes);
    }

    void refusesWithTheRightStatus()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        SandboxHttpParser parser;
        QCOMPARE(parser.feed(raw), State::Error);
        QCOMPARE(parser.errorStatus(), status);
        QVERIFY2(parser.errorMessage().contains(messagePart), qPrintable(parser.errorMessage()));
        QVERIFY(!parser.keepAlive());
        // An error is final: more bytes do not revive the parser.
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: h\r\n\r\n"), State::Error);
        QCOMPARE(parser.takeRequest().method, QString());
    }

    void acceptsABodyOfExactlyTheLimit()
    {
        SandboxHttpParser parser;
        const QByteArray head = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: "
            + QByteArray::number(SandboxHttpParser::MaxBodyBytes) + "\r\n\r\n";
        QCOMPARE(parser.feed(head), State::NeedMore);
        QCOMPARE(parser.feed(QByteArray(SandboxHttpParser::MaxBodyBytes, 'a')), State::Complete);
        QCOMPARE(parser.takeRequest().body.size(), SandboxHttpParser::MaxBodyBytes);
    }

    void refusesHeadersOverTheLimitBeforeTheyEnd()
    {
        SandboxHttpParser parser;
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: h\r\nX-Big: "), State::NeedMore);
        QCOMPARE(parser.feed(QByteArray(SandboxHttpParser::MaxHeaderBytes, 'x')), State::Error);
        QCOMPARE(parser.errorStatus(), 431);
    }

    void refusesAHeaderSectionOverTheLimitThatArrivesWhole()
    {
        SandboxHttpParser parser;
        const QByteArray raw = "GET / HTTP/1.1\r\nHost: h\r\nX-Big: "
            + QByteArray(SandboxHttpParser::MaxHeaderBytes, 'x') + "\r\n\r\n";
        QCOMPARE(parser.feed(raw), State::Error);
        QCOMPARE(parser.errorStatus(), 431);
    }

    void namesItsOwnStatuses()
    {
        QCOMPARE(SandboxHttpParser::reasonPhrase(431), QByteArray("Request Header Fields Too Large"));
        QCOMPARE(SandboxHttpParser::reasonPhrase(413), QByteArray("Content Too Large"));
        QCOMPARE(SandboxHttpParser::reasonPhrase(501), QByteArray("Not Implemented"));
        QCOMPARE(SandboxHttpParser::reasonPhrase(505), QByteArray("HTTP Version Not Supported"));
        QCOMPARE(SandboxHttpParser::reasonPhrase(404), SandboxResponse::reasonPhrase(404));
    }
};

QTEST_APPLESS_MAIN(tst_SandboxHttpParser)
#include "tst_sandboxhttpparser.moc"
