#include "collections/JsonValueLocator.h"

#include "json/JsonReader.h"

#include <QTest>

class tst_JsonValueLocator : public QObject
{
    Q_OBJECT

private:
    JsonNode document() const
    {
        return JsonReader::parse(R"({"leads":[{"leadId":9007199254740993,"name":"Ann"},{"leadId":2}],
            "_metadata":{"scrollId":"s-10"},"a/b":{"m~n":true}})",
            nullptr);
    }

private slots:
    void findsValues_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("text");
        QTest::newRow("path member and index") << "$.leads[0].leadId"
                                               << "9007199254740993";
        QTest::newRow("path quoted member") << "$['_metadata'].scrollId"
                                            << "s-10";
        QTest::newRow("path double quoted") << "$[\"_metadata\"][\"scrollId\"]"
                                            << "s-10";
        QTest::newRow("path second element") << "$.leads[1].leadId"
                                             << "2";
        QTest::newRow("pointer") << "/leads/0/name"
                                 << "Ann";
        QTest::newRow("pointer escapes") << "/a~1b/m~0n"
                                         << "true";
    }

    void findsValues()
    {
        QFETCH(QString, expression);
        QFETCH(QString, text);
        QString error;
        const JsonNode found = JsonValueLocator::find(document(), expression, &error);
        QCOMPARE(error, QString());
        QVERIFY(found.isValid());
        QCOMPARE(found.displayText(), text);
    }

    void rootOfBoth()
    {
        QVERIFY(JsonValueLocator::find(document(), QStringLiteral("$")).isObject());
        QVERIFY(JsonValueLocator::find(document(), QString()).isObject());
    }

    void missingValuesAreInvalidWithoutError_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::newRow("no member") << "$.nothing";
        QTest::newRow("index past end") << "$.leads[5]";
        QTest::newRow("member of array") << "$.leads.leadId";
        QTest::newRow("pointer past end") << "/leads/2";
        QTest::newRow("pointer index not a number") << "/leads/x";
    }

    void missingValuesAreInvalidWithoutError()
    {
        QFETCH(QString, expression);
        QString error;
        QVERIFY(!JsonValueLocator::find(document(), expression, &error).isValid());
        QCOMPARE(error, QString());
    }

    void malformedExpressionsAreErrors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("wildcard") << "$.leads[*]"
                                  << "[*]";
        QTest::newRow("filter") << "$.leads[?(@.x)]"
                                << "inside \"[…]\" at position 9";
        QTest::newRow("dot wildcard") << "$.*"
                                      << "wildcards";
        QTest::newRow("unclosed") << "$.leads[0"
                                  << "Expected \"]\" at position 10";
        QTest::newRow("neither") << "leads.0"
                                 << "neither a JSON pointer";
        QTest::newRow("bad tilde") << "/a~2"
                                   << "followed by 0 or 1";
    }

    void malformedExpressionsAreErrors()
    {
        QFETCH(QString, expression);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!JsonValueLocator::find(document(), expression, &error).isValid());
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(!JsonValueLocator::isValidExpression(expression));
    }
};

QTEST_GUILESS_MAIN(tst_JsonValueLocator)
#include "tst_jsonvaluelocator.moc"
