#include "collections/CurlImport.h"

#include <QTest>

class tst_CurlImport : public QObject
{
    Q_OBJECT

private slots:
    void loftyDocsSampleWithContinuations()
    {
        // The shape of the samples on developer.lofty.com (Mintlify): long options, one per line.
        const QString command
            = QStringLiteral("curl --request POST \\\n"
                             "  --url https://api.lofty.com/v1.0/leads \\\n"
                             "  --header 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.sample.sig' \\\n"
                             "  --header 'Content-Type: application/json' \\\n"
                             "  --data '{\n  \"firstName\": \"John\",\n  \"lastName\": \"Doe\"\n}'");
        const CurlImport::Result result = CurlImport::parse(command);
        QCOMPARE(result.error, QString());
        QVERIFY(result.credentialsReplaced);
        QCOMPARE(result.request.method, QStringLiteral("POST"));
        QCOMPARE(result.request.url, QStringLiteral("/v1.0/leads"));
        QCOMPARE(result.request.headers,
            NameValueList({{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}));
        QCOMPARE(
            result.request.body, QByteArray("{\n  \"firstName\": \"John\",\n  \"lastName\": \"Doe\"\n}"));
        QVERIFY(!result.request.toFileText().contains("eyJhbGciOiJIUzI1NiJ9"));
    }

    // The help-center token sample: a POST whose form parameters ride in the query string, with
    // HTTP Basic client authentication. The Basic header goes (the account's credentials are
    // used); the parameters stay in order; the host is not the API base, so the URL stays whole;
    // the refresh token in the query is a secret the file would refuse until it is a variable.
    void loftyHelpCenterTokenSample()
    {
        const QString command = QStringLiteral(
            "curl -X POST 'https://crm.lofty.com/api/user-web/oauth/token?grant_type=refresh_token"
            "&refresh_token=rt-123&client_id=my-client' \\\n"
            "  -H 'Authorization: Basic bXktY2xpZW50OnNlY3JldA==' \\\n"
            "  -H 'Content-Type: application/x-www-form-urlencoded'");
        const CurlImport::Result result
            = CurlImport::parse(command, QUrl(QStringLiteral("https://api.lofty.com")));
        QCOMPARE(result.error, QString());
        QVERIFY(result.credentialsReplaced);
        QCOMPARE(result.request.method, QStringLiteral("POST"));
        QCOMPARE(result.request.url, QStringLiteral("https://crm.lofty.com/api/user-web/oauth/token"));
        QCOMPARE(result.request.params,
            NameValueList({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                {QStringLiteral("refresh_token"), QStringLiteral("rt-123")},
                {QStringLiteral("client_id"), QStringLiteral("my-client")}}));
        QCOMPARE(result.request.headers,
            NameValueList(
                {{QStringLiteral("Content-Type"), QStringLiteral("application/x-www-form-urlencoded")}}));
        QCOMPARE(result.request.secretsInClear(), QStringList {QStringLiteral("refresh_token")});
        const QByteArray saved = result.request.withoutSecrets().toFileText();
        QVERIFY(!saved.contains("rt-123"));
        QVERIFY(!saved.contains("bXktY2xpZW50OnNlY3JldA=="));
        QVERIFY(saved.contains("{{refresh_token}}"));
    }

    void shortOptionsDoubleQuotesAndQuery()
    {
        const CurlImport::Result result = CurlImport::parse(QStringLiteral(
            "curl -X GET \"https://api.lofty.com/v1.0/leads?limit=10&offset=0\" -H \"Authorization: Bearer "
            "$TOKEN\" -H \"accept: application/json\" --compressed -s"));
        QCOMPARE(result.error, QString());
        QCOMPARE(result.request.method, QStringLiteral("GET"));
        QCOMPARE(result.request.url, QStringLiteral("/v1.0/leads"));
        QCOMPARE(result.request.params,
            NameValueList({{QStringLiteral("limit"), QStringLiteral("10")},
                {QStringLiteral("offset"), QStringLiteral("0")}}));
        QCOMPARE(result.request.name, QStringLiteral("GET /v1.0/leads"));
    }

    void dataImpliesPostAndJoinsWithAmpersand()
    {
        const CurlImport::Result result = CurlImport::parse(
            QStringLiteral("curl https://example.com/form -d a=1 --data-raw 'b=two words'"));
        QCOMPARE(result.error, QString());
        QCOMPARE(result.request.method, QStringLiteral("POST"));
        QCOMPARE(result.request.url, QStringLiteral("https://example.com/form"));
        QCOMPARE(result.request.body, QByteArray("a=1&b=two words"));
        QVERIFY(!result.credentialsReplaced);
    }

    void getMovesDataToTheQuery()
    {
        const CurlImport::Result result
            = CurlImport::parse(QStringLiteral("curl -G http://127.0.0.1:8080/v1.0/leads -d limit=5"),
                QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(result.request.method, QStringLiteral("GET"));
        QCOMPARE(result.request.url, QStringLiteral("/v1.0/leads"));
        QCOMPARE(result.request.params, NameValueList({{QStringLiteral("limit"), QStringLiteral("5")}}));
        QVERIFY(result.request.body.isEmpty());
    }

    void quotingRules()
    {
        QStringList words;
        QString error;
        QVERIFY(CurlImport::split(QStringLiteral("a 'it'\\''s' \"q\\\"x\\n\" b\\ c"), &words, &error));
        QCOMPARE(words,
            QStringList({QStringLiteral("a"), QStringLiteral("it's"), QStringLiteral("q\"x\\n"),
                QStringLiteral("b c")}));
    }

    void errorsNameTheProblem_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("error");
        QTest::newRow("not curl") << "wget http://x"
                                  << "A curl command starts with \"curl\".";
        QTest::newRow("no url") << "curl -X GET"
                                << "The command names no URL.";
        QTest::newRow("open quote") << "curl 'http://x"
                                    << "The command has an unterminated ' quote.";
        QTest::newRow("unsupported") << "curl -F file=@a http://x"
                                     << "The curl option -F is not supported here.";
        QTest::newRow("missing value") << "curl http://x -H"
                                       << "-H needs a value.";
        QTest::newRow("bad header") << "curl http://x -H nocolon"
                                    << "The header \"nocolon\" has no name: value form.";
        QTest::newRow("two urls") << "curl http://a http://b"
                                  << "More than one URL: \"http://a\" and \"http://b\".";
    }

    void errorsNameTheProblem()
    {
        QFETCH(QString, command);
        QFETCH(QString, error);
        QCOMPARE(CurlImport::parse(command).error, error);
    }
};

QTEST_GUILESS_MAIN(tst_CurlImport)
#include "tst_curlimport.moc"
