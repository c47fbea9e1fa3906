#include "TestData.h"
#include "json/JsonReader.h"

#include <QFile>
#include <QTest>

class TestJsonReader : public QObject
{
    Q_OBJECT

private:
    static QByteArray testData(const char* name)
    {
        return readTestData(QStringLiteral("json/") + QLatin1String(name));
    }

    static JsonParseError errorOf(const QByteArray& json, int maxDepth = JsonReader::DefaultMaxDepth)
    {
        JsonReader reader;
        reader.setMaxDepth(maxDepth);
        JsonParseError error;
        const auto document = reader.read(json, &error);
        return document ? JsonParseError() : error;
    }

private slots:
    void numbersKeepTheirExactText_data()
    {
        QTest::addColumn<QByteArray>("number");
        for (const char* number : {"9007199254740993", "18446744073709551615", "-9223372036854775808",
                 "1e400", "0.1", "-0", "1E-7", "123.456e+78", "0", "100000000000000000000000000000"})
            QTest::newRow(number) << QByteArray(number);
    }

    void numbersKeepTheirExactText()
    {
        QFETCH(QByteArray, number);
        const JsonNode root = JsonReader::parse("[" + number + "]", nullptr);
        QVERIFY(root.isArray());
        QVERIFY(root.at(0).isNumber());
        QCOMPARE(root.at(0).numberText(), number);
        QCOMPARE(root.at(0).displayText(), QString::fromLatin1(number));
    }

    void integersConvertWithoutPrecisionLoss()
    {
        const JsonNode root = JsonReader::parse(
            "[9007199254740993, 18446744073709551615, -9223372036854775808, 1.5, 1e3]", nullptr);
        bool ok = false;
        QCOMPARE(root.at(0).toInt64(&ok), Q_INT64_C(9007199254740993));
        QVERIFY(ok);
        QCOMPARE(root.at(1).toUInt64(&ok), Q_UINT64_C(18446744073709551615));
        QVERIFY(ok);
        root.at(1).toInt64(&ok);
        QVERIFY(!ok); // beyond qint64: the caller must use numberText() or toUInt64()
        QCOMPARE(root.at(2).toInt64(&ok), std::numeric_limits<qint64>::min());
        QVERIFY(ok);
        root.at(2).toUInt64(&ok);
        QVERIFY(!ok);
        QVERIFY(!root.at(3).isInteger());
        QVERIFY(!root.at(4).isInteger());
        QCOMPARE(root.at(3).toDouble(), 1.5);
    }

    void keysKeepSourceOrder()
    {
        const JsonNode root = JsonReader::parse(testData("ordered-duplicates.json"), nullptr);
        QCOMPARE(root.keys(), QStringList({"zeta", "alpha", "mid", "alpha"}));
        QCOMPARE(root.value(u"mid").keys(), QStringList({"b", "a"}));
    }

    void duplicateKeysAreKept()
    {
        const JsonNode root = JsonReader::parse(testData("ordered-duplicates.json"), nullptr);
        QCOMPARE(root.size(), 4);
        QCOMPARE(root.value(u"alpha").numberText(), QByteArray("2")); // value() finds the first
        QCOMPARE(root.at(3).key(), QStringLiteral("alpha"));
        QCOMPARE(root.at(3).numberText(), QByteArray("3"));
    }

    void unicodeEscapesDecode()
    {
        const JsonNode root = JsonReader::parse("[\"caf\\u00e9\", \"\\ud83d\\ude00\", \"\\uD834\\uDD1E\", "
                                                "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\", \"\\u0000\"]",
            nullptr);
        QVERIFY(root.isArray());
        QCOMPARE(root.at(0).toString(), QString::fromUtf8("café"));
        QCOMPARE(root.at(1).toString(), QString::fromUtf8("\xF0\x9F\x98\x80"));
        QCOMPARE(root.at(1).toString().size(), 2); // one surrogate pair
        QCOMPARE(root.at(2).toString(), QString::fromUtf8("\xF0\x9D\x84\x9E"));
        QCOMPARE(root.at(3).toString(), QStringLiteral("\"\\/\b\f\n\r\t"));
        QCOMPARE(root.at(4).toString(), QString(QChar(0)));
    }

    void rawUtf8AndEscapedKeysDecode()
    {
        const JsonNode root
            = JsonReader::parse("{\"na\\u00efve\": \"\xE6\x97\xA5\xE6\x9C\xAC\", \"k\": 1}", nullptr);
        QCOMPARE(root.keyAt(0), QString::fromUtf8("naïve"));
        QCOMPARE(root.value(QString::fromUtf8("naïve")).toString(), QString::fromUtf8("日本"));
        QCOMPARE(root.value(u"k").numberText(), QByteArray("1"));
    }

    void dataFileKeepsIdsAndStrings()
    {
        QString error;
        const JsonNode root = JsonReader::parse(testData("leads-page.json"), &error);
        QVERIFY2(root.isObject(), qPrintable(error));
        QCOMPARE(root.keys(), QStringList({"leads", "_metadata"}));
        const JsonNode lead = root.value(u"leads").at(0);
        QCOMPARE(lead.value(u"leadId").numberText(), QByteArray("9007199254740993"));
        QCOMPARE(lead.value(u"assignedUserId").numberText(), QByteArray("18446744073709551615"));
        QCOMPARE(lead.value(u"note").toString(), QString::fromUtf8("café \xF0\x9F\x98\x80 \"quoted\""));
        QVERIFY(lead.value(u"lenderUserId").isNull());
        QVERIFY(lead.value(u"hiddenFlag").isBool());
        QVERIFY(!lead.value(u"hiddenFlag").toBool(true));
        QVERIFY(!lead.value(u"missing").isValid());
        QCOMPARE(lead.value(u"tags").size(), 0);
    }

    void scalarRootsAndWhitespace()
    {
        QCOMPARE(JsonReader::parse(" \t\r\n42 \n", nullptr).numberText(), QByteArray("42"));
        QVERIFY(JsonReader::parse("null", nullptr).isNull());
        QCOMPARE(JsonReader::parse("\"x\"", nullptr).toString(), QStringLiteral("x"));
        QVERIFY(JsonReader::parse("true", nullptr).toBool());
    }

    void byteOrderMarkIsSkipped()
    {
        QCOMPARE(JsonReader::parse("\xEF\xBB\xBF[1]", nullptr).at(0).numberText(), QByteArray("1"));
    }

    void rawTextIsTheExactSlice()
    {
        const JsonNode root = JsonReader::parse(R"({"a" : [ 1 , {"b":0.10} ] })", nullptr);
        QCOMPARE(root.value(u"a").rawText(), QByteArray("[ 1 , {\"b\":0.10} ]"));
        QCOMPARE(root.value(u"a").at(1).value(u"b").rawText(), QByteArray("0.10"));
    }

    void malformedInputIsRejectedWithPosition_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        auto row = [](const char* name, const QByteArray& json, int line, int column, const char* message) {
            QTest::newRow(name) << json << line << column << QString::fromLatin1(message);
        };
        row("empty", "", 1, 1, "empty");
        row("only whitespace", "   ", 1, 4, "empty");
        row("trailing comma in array", "[1,]", 1, 4, "trailing comma");
        row("trailing comma in object", "{\"a\":1,}", 1, 8, "trailing comma");
        row("trailing comma on a later line", "[\n  1,\n  ]", 3, 3, "trailing comma");
        row("missing colon", "{\"a\" 1}", 1, 6, "expected ':'");
        row("non-string key", "{1:2}", 1, 2, "string key");
        row("single-quoted string", "[1,\n 'x']", 2, 2, "unexpected character");
        row("missing comma", "[1 2]", 1, 4, "expected ','");
        row("unterminated array", "[1,2", 1, 5, "unterminated array");
        row("unterminated object", "{\"a\":1", 1, 7, "unterminated object");
        row("unterminated string", "[\"abc", 1, 2, "unterminated string");
        row("control character", "\"a\tb\"", 1, 3, "control character");
        row("invalid escape", "\"\\x\"", 1, 2, "invalid escape");
        row("bad unicode escape", "\"\\u12G4\"", 1, 2, "four hex digits");
        row("lone high surrogate", "\"\\ud83d\"", 1, 2, "unpaired high surrogate");
        row("high surrogate then BMP", "\"\\ud83d\\u0041\"", 1, 2, "unpaired high surrogate");
        row("lone low surrogate", "\"\\ude00\"", 1, 2, "unpaired low surrogate");
        row("invalid UTF-8 byte", "\"\xFF\"", 1, 2, "invalid UTF-8");
        row("overlong UTF-8", "\"\xC0\xAF\"", 1, 2, "invalid UTF-8");
        row("UTF-8 surrogate", "\"\xED\xA0\x80\"", 1, 2, "invalid UTF-8");
        row("broken UTF-8 sequence", "\"\xC3(\"", 1, 2, "invalid UTF-8");
        row("leading zero", "01", 1, 2, "leading zeros");
        row("lone minus", "-", 1, 2, "expected a digit");
        row("missing fraction", "1.", 1, 3, "decimal point");
        row("leading dot", ".5", 1, 1, "unexpected character");
        row("missing exponent", "1e+", 1, 4, "exponent");
        row("plus sign", "+1", 1, 1, "unexpected character");
        row("NaN", "NaN", 1, 1, "unexpected character");
        row("truncated literal", "tru", 1, 1, "invalid literal");
        row("misspelled literal", "nul1", 1, 1, "invalid literal");
        row("capitalised literal", "True", 1, 1, "unexpected character");
        row("comment", "// c\n1", 1, 1, "unexpected character");
        row("trailing text", "[1]x", 1, 4, "after the JSON value");
        row("two values", "{}{}", 1, 3, "after the JSON value");
        row("column counts characters", "[\"\xC3\xA9\", x]", 1, 7, "unexpected character");
    }

    void malformedInputIsRejectedWithPosition()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const JsonParseError error = errorOf(json);
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QString text;
        QVERIFY(!JsonReader::parse(json, &text).isValid());
        QVERIFY2(
            text.startsWith(QStringLiteral("line %1, column %2: ").arg(line).arg(column)), qPrintable(text));
    }

    void deepNestingIsAnErrorNotACrash()
    {
        const JsonParseError error = errorOf(QByteArray(100000, '['));
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains("nesting"), qPrintable(error.message));
        QCOMPARE(error.column, JsonReader::DefaultMaxDepth + 1);
    }

    void deepNestingWithoutLimitUsesNoRecursion()
    {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        JsonReader reader;
        reader.setMaxDepth(200000);
        JsonParseError error;
        const auto document = reader.read(deep, &error);
        QVERIFY2(document, qPrintable(error.toString()));
        QCOMPARE(document->root().size(), 1);
        const JsonParseError unterminated = errorOf(QByteArray(100000, '['), 200000);
        QVERIFY(unterminated.message.contains("unterminated array"));
    }

    void nestingUpToTheLimitParses()
    {
        const int limit = JsonReader::DefaultMaxDepth;
        const QByteArray atLimit = QByteArray(limit, '[') + QByteArray(limit, ']');
        QVERIFY(!errorOf(atLimit).isError());
        const QByteArray beyond = QByteArray(limit + 1, '[') + QByteArray(limit + 1, ']');
        QVERIFY(errorOf(beyond).isError());
    }

    void cancelFlagStopsParsing()
    {
        QByteArray big = "[";
        for (int i = 0; i < 100000; ++i)
            big += "1,";
        big += "1]";
        std::atomic<bool> cancelled {true};
        JsonReader reader;
        reader.setCancelFlag(&cancelled);
        JsonParseError error;
        QVERIFY(!reader.read(big, &error));
        QVERIFY(error.message.contains("cancelled"));
    }

    void buildersProduceExactJson()
    {
        const JsonNode built = JsonNode::object({{"id", JsonNode::numberFromText("9007199254740993")},
            {"max", JsonNode::unsignedNumber(Q_UINT64_C(18446744073709551615))},
            {"name", JsonNode::string("a \"b\"\n")},
            {"list", JsonNode::array({JsonNode::boolean(true), JsonNode::null()})},
            {"min", JsonNode::number(std::numeric_limits<qint64>::min())}});
        QCOMPARE(built.rawText(),
            QByteArray("{\"id\":9007199254740993,\"max\":18446744073709551615,\"name\":\"a \\\"b\\\"\\n\","
                       R"("list":[true,null],"min":-9223372036854775808})"));
        QCOMPARE(built.value(u"name").toString(), QStringLiteral("a \"b\"\n"));
        QVERIFY(!JsonNode::numberFromText("01").isValid());
        QVERIFY(!JsonNode::numberFromText("\"1\"").isValid());
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
