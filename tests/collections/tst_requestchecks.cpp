#include "api/ApiResponse.h"
#include "collections/RequestAssertion.h"
#include "collections/RequestCapture.h"
#include "json/JsonReader.h"

#include <QTest>

namespace {

ApiResponse responseWith(int status, const QByteArray& body, qint64 elapsedMs = 10)
{
    ApiResponse response;
    response.httpStatus = status;
    response.body = body;
    response.elapsedMs = elapsedMs;
    response.headers = {{"Content-Type", "application/json"}, {"X-RateLimit-Remaining", "99"}};
    return response;
}

RequestAssertion assertion(RequestAssertion::Kind kind, const QString& path, const QString& expected)
{
    RequestAssertion result;
    result.kind = kind;
    result.path = path;
    result.expected = expected;
    return result;
}

} // namespace

Q_DECLARE_METATYPE(RequestAssertion)

class tst_RequestChecks : public QObject
{
    Q_OBJECT

private slots:
    void capturesFromBodyHeaderAndStatus_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("value");
        QTest::newRow("json path big id") << int(RequestCapture::Source::Body) << "$.leadId"
                                          << "9007199254740993";
        QTest::newRow("json pointer string") << int(RequestCapture::Source::Body) << "/meta/scrollId"
                                             << "s-1";
        QTest::newRow("object as compact json") << int(RequestCapture::Source::Body) << "$.meta"
                                                << "{\"scrollId\":\"s-1\"}";
        QTest::newRow("header any case") << int(RequestCapture::Source::Header) << "x-ratelimit-remaining"
                                         << "99";
        QTest::newRow("status") << int(RequestCapture::Source::Status) << ""
                                << "201";
    }

    void capturesFromBodyHeaderAndStatus()
    {
        QFETCH(int, source);
        QFETCH(QString, expression);
        QFETCH(QString, value);
        const ApiResponse response
            = responseWith(201, R"({"leadId": 9007199254740993, "meta": {"scrollId": "s-1"}})");
        RequestCapture capture;
        capture.variable = QStringLiteral("v");
        capture.source = RequestCapture::Source(source);
        capture.expression = expression;
        QString captured;
        QString error;
        QVERIFY2(capture.apply(response, JsonReader::parse(response.body, nullptr), &captured, &error),
            qPrintable(error));
        QCOMPARE(captured, value);
    }

    void missingCaptureSaysWhy()
    {
        const ApiResponse response = responseWith(200, "{}");
        RequestCapture capture;
        capture.variable = QStringLiteral("leadId");
        capture.expression = QStringLiteral("$.leadId");
        QString value;
        QString error;
        QVERIFY(!capture.apply(response, JsonReader::parse(response.body, nullptr), &value, &error));
        QCOMPARE(error, QStringLiteral("nothing at $.leadId in the response"));
        capture.source = RequestCapture::Source::Header;
        capture.expression = QStringLiteral("Location");
        QVERIFY(!capture.apply(response, JsonNode(), &value, &error));
        QCOMPARE(error, QStringLiteral("the response has no header \"Location\""));
    }

    void assertions_data()
    {
        QTest::addColumn<RequestAssertion>("check");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("failure"); // empty: passes
        using K = RequestAssertion::Kind;
        const QByteArray lead = R"({"leadId": 9007199254740993, "name": "Ann", "tags": []})";
        QTest::newRow("status ok") << assertion(K::Status, {}, "201") << 201 << lead << "";
        QTest::newRow("status wrong")
            << assertion(K::Status, {}, "200") << 404 << lead << "expected status 200, got 404";
        QTest::newRow("code absent") << assertion(K::LoftyCode, {}, {}) << 200 << lead << "";
        QTest::newRow("code zero") << assertion(K::LoftyCode, {}, {}) << 200 << QByteArray(R"({"code":0})")
                                   << "";
        QTest::newRow("code nonzero on 200")
            << assertion(K::LoftyCode, {}, {}) << 200
            << QByteArray(R"({"code":200060,"message":"TRANSACTION_NOT_EXIST"})")
            << "Lofty code 200060: TRANSACTION_NOT_EXIST";
        QTest::newRow("status.code nonzero") << assertion(K::LoftyCode, {}, {}) << 200
                                             << QByteArray(R"({"status":{"code":7}})") << "Lofty code 7";
        QTest::newRow("code on 403") << assertion(K::LoftyCode, {}, {}) << 403
                                     << QByteArray(R"({"code":200100})") << "HTTP status 403";
        QTest::newRow("exists") << assertion(K::Exists, "$.tags", {}) << 200 << lead << "";
        QTest::newRow("exists missing")
            << assertion(K::Exists, "$.email", {}) << 200 << lead << "nothing at $.email";
        QTest::newRow("equals big number")
            << assertion(K::Equals, "$.leadId", "9007199254740993") << 200 << lead << "";
        QTest::newRow("equals off by one")
            << assertion(K::Equals, "$.leadId", "9007199254740992") << 200 << lead
            << "$.leadId is 9007199254740993, expected 9007199254740992";
        QTest::newRow("matches") << assertion(K::Matches, "/name", "^A") << 200 << lead << "";
        QTest::newRow("does not match") << assertion(K::Matches, "/name", "^B") << 200 << lead
                                        << "/name is Ann, which does not match /^B/";
        QTest::newRow("not json") << assertion(K::Exists, "$.a", {}) << 200 << QByteArray("<html>")
                                  << "the response body is not JSON";
    }

    void assertions()
    {
        QFETCH(RequestAssertion, check);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, failure);
        const ApiResponse response = responseWith(status, body);
        QString found;
        const bool passed = check.check(response, JsonReader::parse(body, nullptr), &found);
        QCOMPARE(passed, failure.isEmpty());
        QCOMPARE(found, failure);
    }

    void timeBelow()
    {
        const RequestAssertion check
            = assertion(RequestAssertion::Kind::TimeBelow, {}, QStringLiteral("100"));
        QString failure;
        QVERIFY(check.check(responseWith(200, "{}", 99), JsonNode(), &failure));
        QVERIFY(!check.check(responseWith(200, "{}", 100), JsonNode(), &failure));
        QCOMPARE(failure, QStringLiteral("took 100 ms, limit 100 ms"));
    }

    void assertionsRoundTrip()
    {
        using K = RequestAssertion::Kind;
        for (const RequestAssertion& original :
            {assertion(K::Status, {}, "200"), assertion(K::LoftyCode, {}, {}),
                assertion(K::Exists, "$.a", {}), assertion(K::Equals, "$.a", "x"),
                assertion(K::Matches, "$.a", "^x$"), assertion(K::TimeBelow, {}, "500")}) {
            RequestAssertion loaded;
            QString error;
            QVERIFY2(RequestAssertion::fromJson(original.toJson(), &loaded, &error), qPrintable(error));
            QCOMPARE(loaded, original);
        }
    }
};

QTEST_GUILESS_MAIN(tst_RequestChecks)
#include "tst_requestchecks.moc"
