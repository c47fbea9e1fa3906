#include "api/ApiResponse.h"
#include "api/CurlExport.h"

#include "util/SecretMasker.h"

#include <QProcess>
#include <QTest>

class TestCurlExport : public QObject
{
    Q_OBJECT

private:
    const QString accessToken = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl+/=");
    const QString apiKey = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.a2V5.c2ln-api-key");

    ApiRequest postRequest(const QByteArray& authorization) const
    {
        ApiRequest request = ApiRequest::fromUrl(QStringLiteral("post"),
            QUrl(QStringLiteral("http://127.0.0.1:8080/v1.0/leads?source=it's%20me")));
        request.setHeader("Authorization", authorization);
        request.setHeader("Content-Type", "application/json");
        request.body = "{\"firstName\":\"O'Brien\",\"note\":\"$HOME `id` \\\"q\\\"\"}";
        return request;
    }

    // What a POSIX shell makes of `word`.
    static QString shellValue(const QString& word, const QStringList& environment = {})
    {
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& assignment : environment)
            env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
        shell.setProcessEnvironment(env);
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + word});
        shell.waitForFinished();
        return QString::fromUtf8(shell.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        SecretMasker::global().remember(accessToken);
        SecretMasker::global().remember(apiKey);
    }

    void shellQuotingPreservesEveryCharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << "abc";
        QTest::newRow("single quote") << "it's";
        QTest::newRow("expansions") << "$HOME `id` $(id) \\ \"x\" !";
        QTest::newRow("newline") << "a\nb";
        QTest::newRow("empty") << "";
    }

    void shellQuotingPreservesEveryCharacter()
    {
        QFETCH(QString, text);
        QCOMPARE(shellValue(CurlExport::shellQuote(text)), text);
    }

    void bearerTokenBecomesAccessTokenVariable()
    {
        const ApiRequest request = postRequest("Bearer " + accessToken.toUtf8());
        const QString command = CurlExport::toCurl(request);
        QVERIFY(!command.contains(accessToken));
        QVERIFY(command.contains(QLatin1String("\"Authorization: Bearer $LOFTY_ACCESS_TOKEN\"")));
        QCOMPARE(CurlExport::variablesUsed(request), QStringList {QStringLiteral("LOFTY_ACCESS_TOKEN")});
    }

    void apiKeyBecomesApiKeyVariable()
    {
        const ApiRequest request = postRequest("token " + apiKey.toUtf8());
        const QString command
            = CurlExport::toCurl(request, CurlExport::Secrets::Masked, CurlExport::Layout::SingleLine);
        QVERIFY(!command.contains(apiKey));
        QVERIFY(command.contains(QLatin1String("\"Authorization: token $LOFTY_API_KEY\"")));
    }

    void maskedHeaderExpandsToTheRealValueInAShell()
    {
        const QString argument = CurlExport::toCurl(
            postRequest("Bearer x"), CurlExport::Secrets::Masked, CurlExport::Layout::SingleLine)
                                     .section(QLatin1String("--header "), 1, 1)
                                     .section(QLatin1String(" --header"), 0, 0);
        QCOMPARE(shellValue(argument, {QStringLiteral("LOFTY_ACCESS_TOKEN=") + accessToken}),
            QStringLiteral("Authorization: Bearer ") + accessToken);
    }

    void otherKnownSecretsAreRedacted()
    {
        ApiRequest request = postRequest("Bearer " + accessToken.toUtf8());
        request.body = "{\"customer_key\":\"" + apiKey.toUtf8() + "\"}";
        const QString command = CurlExport::toCurl(request);
        QVERIFY(!command.contains(apiKey));
        QVERIFY(command.contains(SecretMasker::mask(apiKey)));
    }

    void inClearWritesTheSecrets()
    {
        const QString command
            = CurlExport::toCurl(postRequest("Bearer " + accessToken.toUtf8()), CurlExport::Secrets::InClear);
        QVERIFY(command.contains(accessToken));
        QVERIFY(!command.contains(QLatin1String("$LOFTY_ACCESS_TOKEN")));
    }

    void commandLineCarriesMethodUrlHeadersAndBody()
    {
        const ApiRequest request = postRequest("Bearer " + accessToken.toUtf8());
        const QString command
            = CurlExport::toCurl(request, CurlExport::Secrets::InClear, CurlExport::Layout::SingleLine);
        QVERIFY(command.startsWith(
            QLatin1String("curl --request 'POST' 'http://127.0.0.1:8080/v1.0/leads?source=it")));
        QVERIFY(command.contains(QLatin1String("--header 'Content-Type: application/json'")));
        const QString body = command.section(QLatin1String("--data-binary "), 1);
        QCOMPARE(shellValue(body), QString::fromUtf8(request.body));
    }

    void multiLineLayoutContinuesLines()
    {
        const QString command = CurlExport::toCurl(postRequest("Bearer x"));
        QVERIFY(command.contains(QLatin1String(" \\\n  --header ")));
        QVERIFY(command.contains(QLatin1String(" \\\n  --data-binary ")));
    }

    void headRequestUsesHeadOption()
    {
        const ApiRequest request
            = ApiRequest::fromUrl(QStringLiteral("HEAD"), QUrl(QStringLiteral("http://h/x")));
        QVERIFY(CurlExport::toCurl(request).contains(QLatin1String("--head")));
        QVERIFY(!CurlExport::toCurl(request).contains(QLatin1String("--request")));
    }

    void rawRequestMasksAuthorization()
    {
        const QString raw = CurlExport::rawRequest(postRequest("Bearer " + accessToken.toUtf8()));
        QVERIFY(raw.startsWith(
            QLatin1String("POST /v1.0/leads?source=it's%20me HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n")));
        QVERIFY(raw.contains(QLatin1String("Authorization: Bearer ") + SecretMasker::mask(accessToken)));
        QVERIFY(!raw.contains(accessToken));
        QVERIFY(raw.contains(QLatin1String("\r\n\r\n{\"firstName\"")));
    }

    void rawResponseShowsStatusHeadersAndRedactedBody()
    {
        ApiResponse response;
        response.httpStatus = 200;
        response.reasonPhrase = "OK";
        response.headers = {{"Content-Type", "application/json"}};
        response.body = "{\"access_token\":\"" + accessToken.toUtf8() + "\"}";
        const QString raw = CurlExport::rawResponse(response);
        QVERIFY(raw.startsWith(QLatin1String("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n")));
        QVERIFY(!raw.contains(accessToken));
    }
};

QTEST_GUILESS_MAIN(TestCurlExport)
#include "tst_curlexport.moc"
