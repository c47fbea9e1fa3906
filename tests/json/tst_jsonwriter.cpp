#include "TestData.h"
#include "json/JsonReader.h"
#include "json/JsonWriter.h"

#include <QFile>
#include <QTest>

class TestJsonWriter : public QObject
{
    Q_OBJECT

private:
    static QByteArray testData(const char* name)
    {
        return readTestData(QStringLiteral("json/") + QLatin1String(name));
    }

private slots:
    void compactRoundTripIsByteExact_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("big ids") << QByteArray(
            "[9007199254740993,18446744073709551615,-9223372036854775808,1e400,0.1,-0,1E-7]");
        QTest::newRow("order and duplicates") << testData("ordered-duplicates.json");
        QTest::newRow("escapes kept as written")
            << QByteArray("{\"s\":\"caf\\u00e9 \\ud83d\\ude00 \\/ \\\"q\\\"\",\"t\":\"é\"}");
        QTest::newRow("empty containers") << QByteArray(R"({"a":[],"b":{},"c":[{}],"d":null,"e":true})");
        QTest::newRow("scalar") << QByteArray("18446744073709551615");
    }

    void compactRoundTripIsByteExact()
    {
        QFETCH(QByteArray, json);
        QString error;
        const JsonNode root = JsonReader::parse(json, &error);
        QVERIFY2(root.isValid(), qPrintable(error));
        QCOMPARE(JsonWriter::write(root, JsonWriter::Compact), json);
    }

    void prettyLayout()
    {
        const JsonNode root = JsonReader::parse(R"({"b":[1,{}],"a":"x:,[]","c":[ ]})", nullptr);
        QCOMPARE(JsonWriter::write(root, JsonWriter::Pretty),
            QByteArray("{\n"
                       "    \"b\": [\n"
                       "        1,\n"
                       "        {}\n"
                       "    ],\n"
                       "    \"a\": \"x:,[]\",\n"
                       "    \"c\": []\n"
                       "}"));
    }

    void prettyThenCompactRestoresTheCompactText()
    {
        const QByteArray compact = JsonWriter::reformat(testData("leads-page.json"), JsonWriter::Compact);
        const JsonNode pretty = JsonReader::parse(
            JsonWriter::write(JsonReader::parse(compact, nullptr), JsonWriter::Pretty), nullptr);
        QVERIFY(pretty.isObject());
        QCOMPARE(JsonWriter::write(pretty, JsonWriter::Compact), compact);
        QVERIFY(compact.contains("\"leadId\":9007199254740993,"));
        QVERIFY(compact.contains("\"score\":0.1,"));
    }

    void reformatWithoutTreeEqualsWritingTheTree()
    {
        const QByteArray raw = testData("leads-page.json");
        const JsonNode root = JsonReader::parse(raw, nullptr);
        QVERIFY(root.isValid());
        QCOMPARE(JsonWriter::reformat(raw, JsonWriter::Pretty), JsonWriter::write(root, JsonWriter::Pretty));
        QCOMPARE(
            JsonWriter::reformat(raw, JsonWriter::Compact), JsonWriter::write(root, JsonWriter::Compact));
    }

    void writeOfAMemberWritesOnlyThatValue()
    {
        const JsonNode root = JsonReader::parse(testData("ordered-duplicates.json"), nullptr);
        QCOMPARE(JsonWriter::write(root.value(u"mid"), JsonWriter::Compact),
            QByteArray(R"({"b":true,"a":false})"));
        QCOMPARE(JsonWriter::write(JsonNode(), JsonWriter::Compact), QByteArray());
    }

    void reformatKeepsStringsVerbatim()
    {
        const QByteArray raw = "{ \"a\" : \"x, [y]: \\\"z\\\" {\\\\\" , \"b\":\"\\\\\"}";
        QCOMPARE(JsonWriter::reformat(raw, JsonWriter::Compact),
            QByteArray("{\"a\":\"x, [y]: \\\"z\\\" {\\\\\",\"b\":\"\\\\\"}"));
    }

    void reformatSurvivesMalformedText_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("closers") << QByteArray("]]]}}},::");
        QTest::newRow("unterminated string") << QByteArray("[\"abc\\");
        QTest::newRow("lone backslash") << QByteArray("\\");
        QTest::newRow("binary") << QByteArray("\x00\xff\x01[{", 5);
        QTest::newRow("deep") << QByteArray(100000, '[');
    }

    void reformatSurvivesMalformedText()
    {
        QFETCH(QByteArray, raw);
        const QByteArray compact = JsonWriter::reformat(raw, JsonWriter::Compact);
        const QByteArray pretty = JsonWriter::reformat(raw, JsonWriter::Pretty);
        QVERIFY(!compact.isEmpty());
        QVERIFY(pretty.size() >= compact.size());
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
