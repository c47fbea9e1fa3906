#include "collections/CollectionRequest.h"

#include <QTest>

namespace {

CollectionRequest createLead()
{
    CollectionRequest request;
    request.name = QStringLiteral("Create lead");
    request.endpointId = QStringLiteral("leads.create");
    request.operationId = QStringLiteral("createLead");
    request.method = QStringLiteral("POST");
    request.url = QStringLiteral("/v1.0/leads");
    request.headers = {{QStringLiteral("X-Trace"), QStringLiteral("{{trace}}")}};
    request.params = {{QStringLiteral("source"), QStringLiteral("console")}};
    request.body
        = QByteArrayLiteral("{\n    \"firstName\": \"Ann\",\n    \"budget\": 12345678901234567890\n}");
    request.timeoutSeconds = 12;
    RequestCapture capture;
    capture.variable = QStringLiteral("leadId");
    capture.expression = QStringLiteral("$.leadId");
    request.captures = {capture};
    RequestAssertion status;
    status.expected = QStringLiteral("200");
    RequestAssertion exists;
    exists.kind = RequestAssertion::Kind::Matches;
    exists.path = QStringLiteral("$.leadId");
    exists.expected = QStringLiteral("^[0-9]+$");
    request.assertions = {status, exists};
    return request;
}

// JSON written with single quotes, for readable test rows.
QByteArray json(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray withBase(const char* rest)
{
    return json("{'lofty-console-request':1,'method':'GET','url':'/x',") + json(rest) + '}';
}

} // namespace

class tst_CollectionRequest : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField()
    {
        const CollectionRequest original = createLead();
        CollectionRequest loaded;
        QString error;
        QVERIFY2(CollectionRequest::fromFileText(original.toFileText(), &loaded, &error), qPrintable(error));
        QCOMPARE(loaded, original);
        QCOMPARE(loaded.toFileText(), original.toFileText());
    }

    void outputIsStableAndOrdered()
    {
        CollectionRequest request;
        request.name = QStringLiteral("Me");
        request.url = QStringLiteral("/v1.0/me");
        RequestAssertion code;
        code.kind = RequestAssertion::Kind::LoftyCode;
        request.assertions = {code};
        QCOMPARE(request.toFileText(),
            QByteArray("{\n"
                       "    \"lofty-console-request\": 1,\n"
                       "    \"name\": \"Me\",\n"
                       "    \"method\": \"GET\",\n"
                       "    \"url\": \"/v1.0/me\",\n"
                       "    \"assertions\": [\n"
                       "        {\n"
                       "            \"check\": \"loftyCode\"\n"
                       "        }\n"
                       "    ]\n"
                       "}\n"));
    }

    void bigNumbersInTheBodyStayExact()
    {
        const QByteArray text = createLead().toFileText();
        QVERIFY2(text.contains("12345678901234567890"), text.constData());
        CollectionRequest loaded;
        QString error;
        QVERIFY(CollectionRequest::fromFileText(text, &loaded, &error));
        QVERIFY(loaded.body.contains("12345678901234567890"));
    }

    void bodyWithVariablesIsKeptAsText()
    {
        CollectionRequest request = createLead();
        request.body = QByteArrayLiteral("{\"leadId\": {{leadId}}, \"content\": \"hi\"}");
        const QByteArray text = request.toFileText();
        QVERIFY2(text.contains("\"bodyText\": \"{\\\"leadId\\\": {{leadId}}, \\\"content\\\": \\\"hi\\\"}\""),
            text.constData());
        CollectionRequest loaded;
        QString error;
        QVERIFY(CollectionRequest::fromFileText(text, &loaded, &error));
        QCOMPARE(loaded.body, request.body);
    }

    void secretsAreFoundAndReplacedByVariables()
    {
        CollectionRequest request = createLead();
        request.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer eyJhbGciOi.secret")},
            {QStringLiteral("X-Api-Key"), QStringLiteral("k-123456")},
            {QStringLiteral("X-Trace"), QStringLiteral("visible")}};
        request.params = {{QStringLiteral("access_token"), QStringLiteral("tok-987")},
            {QStringLiteral("client_secret"), QStringLiteral("{{clientSecret}}")}};
        request.body = QByteArrayLiteral("{\"firstName\": \"Ann\", \"nested\": {\"password\": \"hunter2\"}}");
        QCOMPARE(request.secretsInClear(),
            QStringList({QStringLiteral("Authorization"), QStringLiteral("X-Api-Key"),
                QStringLiteral("access_token"), QStringLiteral("password")}));
        const CollectionRequest clean = request.withoutSecrets();
        QCOMPARE(clean.secretsInClear(), QStringList());
        const QByteArray text = clean.toFileText();
        for (const char* secret : {"eyJhbGciOi", "k-123456", "tok-987", "hunter2", "Authorization"})
            QVERIFY2(!text.contains(secret), secret);
        QVERIFY(text.contains("{{X-Api-Key}}"));
        QVERIFY(text.contains("{{access_token}}"));
        QVERIFY(text.contains("\"password\": \"{{password}}\""));
        QVERIFY(text.contains("{{clientSecret}}"));
        QVERIFY(text.contains("visible"));
    }

    void badFilesNameTheProblem_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{") << "";
        QTest::newRow("no marker") << json("{'method':'GET','url':'/x'}") << "lofty-console-request";
        QTest::newRow("newer format")
            << json("{'lofty-console-request':2,'method':'GET','url':'/x'}") << "lofty-console-request";
        QTest::newRow("no url") << json("{'lofty-console-request':1,'method':'GET'}") << "'url'";
        QTest::newRow("bad capture") << withBase("'captures':[{'variable':'a','from':'cookie'}]")
                                     << "body, header or status";
        QTest::newRow("bad capture path")
            << withBase("'captures':[{'variable':'a','from':'body','path':'$.x[*]'}]") << "[*]";
        QTest::newRow("bad check") << withBase("'assertions':[{'check':'fast'}]") << "'fast'";
        QTest::newRow("status not a number")
            << withBase("'assertions':[{'check':'status','equals':'ok'}]") << "whole number";
        QTest::newRow("bad pattern") << withBase(
            "'assertions':[{'check':'matches','path':'$.a','pattern':'('}]")
                                     << "bad pattern";
        QTest::newRow("bad timeout") << withBase("'timeoutSeconds':0") << "timeoutSeconds";
    }

    void badFilesNameTheProblem()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        CollectionRequest request;
        QString error;
        QVERIFY(!CollectionRequest::fromFileText(text, &request, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(mentions.replace(QLatin1Char('\''), QLatin1Char('"'))), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_CollectionRequest)
#include "tst_collectionrequest.moc"
