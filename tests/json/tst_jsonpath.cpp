// JsonPath: the filter syntax of the response view (RFC 9535's root, member, index, wildcard and
// descendant segments), its normalized paths and its error messages.
#include "json/JsonPath.h"

#include <QTest>

class tst_JsonPath : public QObject
{
    Q_OBJECT

private slots:
    void evaluates_data();
    void evaluates();
    void keepsBigIdsExact();
    void rejectsWhatIsNotAPath_data();
    void rejectsWhatIsNotAPath();
    void limitsTheMatches();

private:
    static QStringList paths(const QList<JsonPath::Match>& matches);
};

namespace {
const QByteArray Document = "{\"leads\":[{\"id\":1,\"tags\":[\"a\",\"b\"]},{\"id\":2,\"name\":\"Z\"}],\n"
                            "    \"_metadata\":{\"total\":2,\"id\":\"m\"},\"odd key\":{\"x\\\"y\":true}}";
}

QStringList tst_JsonPath::paths(const QList<JsonPath::Match>& matches)
{
    QStringList out;
    for (const auto& match : matches)
        out << match.path + QLatin1Char('=') + QString::fromUtf8(match.node.rawText());
    return out;
}

void tst_JsonPath::evaluates_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("root") << "$" << QStringList {QStringLiteral("$=") + QString::fromUtf8(Document)};
    QTest::newRow("member") << "$._metadata.total" << QStringList {"$._metadata.total=2"};
    QTest::newRow("index") << "$.leads[1].name" << QStringList {"$.leads[1].name=\"Z\""};
    QTest::newRow("negative index") << "$.leads[-1].id" << QStringList {"$.leads[1].id=2"};
    QTest::newRow("index past the end") << "$.leads[2]" << QStringList {};
    QTest::newRow("wildcard") << "$.leads[*].id" << QStringList {"$.leads[0].id=1", "$.leads[1].id=2"};
    QTest::newRow("dot wildcard") << "$.leads[0].tags.*"
                                  << QStringList {"$.leads[0].tags[0]=\"a\"", "$.leads[0].tags[1]=\"b\""};
    QTest::newRow("descendants") << "$..id"
                                 << QStringList {
                                        "$.leads[0].id=1", "$.leads[1].id=2", "$._metadata.id=\"m\""};
    QTest::newRow("descendant index") << "$..tags[1]" << QStringList {"$.leads[0].tags[1]=\"b\""};
    QTest::newRow("quoted names") << "$['odd key'][\"x\\\"y\"]"
                                  << QStringList {"$[\"odd key\"][\"x\\\"y\"]=true"};
    QTest::newRow("no such member") << "$.nothing.here" << QStringList {};
}

void tst_JsonPath::evaluates()
{
    QFETCH(QString, expression);
    QFETCH(QStringList, expected);
    QString error;
    const JsonPath path = JsonPath::parse(expression, &error);
    QVERIFY2(path.isValid(), qPrintable(error));
    QCOMPARE(paths(path.evaluate(JsonNode::fromRawText(Document), 100)), expected);
}

void tst_JsonPath::keepsBigIdsExact()
{
    const JsonNode root = JsonNode::fromRawText("{\"a\":[{\"leadId\":9007199254740993}]}");
    const QList<JsonPath::Match> matches
        = JsonPath::parse(QStringLiteral("$..leadId"), nullptr).evaluate(root, 10);
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.at(0).node.numberText(), QByteArray("9007199254740993"));
}

void tst_JsonPath::rejectsWhatIsNotAPath_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << ""
                           << "The expression is empty; it starts with $ (the whole body).";
    QTest::newRow("no root") << "leads[0]"
                             << "A JSONPath starts with $ (the whole body), not \"l\".";
    QTest::newRow("open bracket") << "$.leads[0"
                                  << "Expected \"]\" at position 10.";
    QTest::newRow("bad index") << "$.leads[x]"
                               << "Expected an index, * or a quoted name inside \"[…]\" at position 9.";
    QTest::newRow("dangling dot") << "$.leads."
                                  << "Expected a member name or * after \".\" at position 9.";
    QTest::newRow("unclosed quote") << "$['a"
                                    << "The quoted member name is not closed at position 5.";
    QTest::newRow("stray character") << "$leads"
                                     << "Expected \".\" or \"[\" but found \"l\" at position 2.";
}

void tst_JsonPath::rejectsWhatIsNotAPath()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    QString error;
    const JsonPath path = JsonPath::parse(expression, &error);
    QVERIFY(!path.isValid());
    QCOMPARE(error, message);
    QVERIFY(path.evaluate(JsonNode::fromRawText(Document), 10).isEmpty());
}

void tst_JsonPath::limitsTheMatches()
{
    bool truncated = false;
    const JsonPath path = JsonPath::parse(QStringLiteral("$..*"), nullptr);
    const QList<JsonPath::Match> matches = path.evaluate(JsonNode::fromRawText(Document), 3, &truncated);
    QCOMPARE(paths(matches),
        (QStringList {"$.leads=[{\"id\":1,\"tags\":[\"a\",\"b\"]},{\"id\":2,\"name\":\"Z\"}]",
            "$._metadata={\"total\":2,\"id\":\"m\"}", "$[\"odd key\"]={\"x\\\"y\":true}"}));
    QVERIFY(truncated);
    path.evaluate(JsonNode::fromRawText(Document), 100, &truncated);
    QVERIFY(!truncated);
}

QTEST_APPLESS_MAIN(tst_JsonPath)
#include "tst_jsonpath.moc"
