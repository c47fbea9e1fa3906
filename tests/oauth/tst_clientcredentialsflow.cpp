#include "FakeTokenEndpoint.h"
#include "LogCapture.h"
#include "ManualClock.h"
#include "oauth/ClientCredentialsFlow.h"
#include "oauth/TokenEndpointRequest.h"

#include <QSignalSpy>
#include <QTest>

namespace {
const QString Secret = QStringLiteral("cc-secret/prod+key=2&x");
const QString CustomerKey = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln+/=%");
} // namespace

class tst_ClientCredentialsFlow : public QObject
{
    Q_OBJECT

private:
    FakeTokenEndpoint* m_endpoint = nullptr;

    OAuthClientConfig config(OAuthClientConfig::ClientAuthMethod method) const
    {
        OAuthClientConfig c;
        c.tokenUrl = m_endpoint->url();
        c.clientId = QStringLiteral("cc client");
        c.clientSecret = Secret;
        c.clientAuthMethod = method;
        return c;
    }

private slots:
    void init()
    {
        m_endpoint = new FakeTokenEndpoint(this);
        QVERIFY(m_endpoint->listen());
        m_endpoint->setDefaultResponse(FakeTokenEndpoint::json(200,
            R"({"access_token":"cc-token/+=%0123","token_type":"Bearer","expires_in":1800,"scope":"openApi"})"));
    }

    void cleanup() { delete m_endpoint; }

    void missingInputIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("customerKey");
        QTest::addColumn<QString>("message");
        const QString noSecret = QStringLiteral(
            "Client credentials need the app's client secret; enter it first. Nothing was sent.");
        const QString noKey
            = QStringLiteral("Client credentials need the user's customer key (their API key); "
                             "enter it first. Nothing was sent.");
        QTest::newRow("no secret") << QString() << CustomerKey << noSecret;
        QTest::newRow("empty customer key") << Secret << QString() << noKey;
        QTest::newRow("blank customer key") << Secret << QStringLiteral("  ") << noKey;
    }

    void missingInputIsRefusedBeforeSending()
    {
        QFETCH(QString, secret);
        QFETCH(QString, customerKey);
        QFETCH(QString, message);
        OAuthClientConfig c = config(OAuthClientConfig::ClientAuthMethod::RequestBody);
        c.clientSecret = secret;
        c.customerKeyRequired = true;
        ClientCredentialsFlow flow(c);
        flow.setCustomerKey(customerKey);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), message);
        QCOMPARE(flow.lastFailure(), OAuthFlow::Failure::MissingInput);
        QTest::qWait(50);
        QVERIFY(m_endpoint->requests().isEmpty());
    }

    void customerKeyIsOptionalForGenericServers()
    {
        ClientCredentialsFlow flow(config(OAuthClientConfig::ClientAuthMethod::HttpBasic));
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.start();
        QVERIFY(granted.wait());
        QVERIFY(!m_endpoint->requests().first().form().contains(QStringLiteral("customer_key")));
    }

    void postsPercentEncodedFormWithSecretInBody()
    {
        LogCapture capture;
        ManualClock clock;
        ClientCredentialsFlow flow(config(OAuthClientConfig::ClientAuthMethod::RequestBody));
        flow.setClock(&clock);
        flow.setCustomerKey(CustomerKey);
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.start();
        QVERIFY(granted.wait());
        const auto request = m_endpoint->requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(!request.body.contains('+')); // every value percent-encoded, spaces included
        const auto form = request.form();
        QCOMPARE(form.value(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
        QCOMPARE(form.value(QStringLiteral("customer_key")), CustomerKey);
        QCOMPARE(form.value(QStringLiteral("client_id")), QStringLiteral("cc client"));
        QCOMPARE(form.value(QStringLiteral("client_secret")), Secret);
        const TokenSet token = granted.first().first().value<TokenSet>();
        QCOMPARE(token.accessToken, QStringLiteral("cc-token/+=%0123"));
        QCOMPARE(token.grant, TokenSet::Grant::ClientCredentials);
        QCOMPARE(token.expiresAt, clock.nowUtc().addSecs(1800));
        QVERIFY(!token.hasRefreshToken());
        QCOMPARE(capture.linesContainingAny({Secret, CustomerKey, token.accessToken}), QStringList());
    }

    void basicAuthEncodesIdAndSecretBeforeBase64()
    {
        ClientCredentialsFlow flow(config(OAuthClientConfig::ClientAuthMethod::HttpBasic));
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.start();
        QVERIFY(granted.wait());
        const auto request = m_endpoint->requests().first();
        QVERIFY(!request.form().contains(QStringLiteral("client_secret")));
        QCOMPARE(request.headers.value("authorization"),
            TokenEndpointRequest::basicAuthorizationValue(QStringLiteral("cc client"), Secret));
        QCOMPARE(QByteArray::fromBase64(request.headers.value("authorization").mid(6)),
            QByteArray("cc%20client:cc-secret%2Fprod%2Bkey%3D2%26x"));
    }

    void errorSurfacesWithServerText()
    {
        m_endpoint->setDefaultResponse(FakeTokenEndpoint::json(
            401, R"({"error":"invalid_client","error_description":"Unknown customer_key."})"));
        ClientCredentialsFlow flow(config(OAuthClientConfig::ClientAuthMethod::RequestBody));
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        QVERIFY(failed.wait());
        const QString reason = failed.first().first().toString();
        QVERIFY2(reason.contains(QStringLiteral("invalid_client"))
                && reason.contains(QStringLiteral("Unknown customer_key.")),
            qPrintable(reason));
    }

    void requestTimesOut()
    {
        FakeTokenEndpoint::Response hang;
        hang.hang = true;
        m_endpoint->setDefaultResponse(hang);
        OAuthClientConfig c = config(OAuthClientConfig::ClientAuthMethod::RequestBody);
        c.requestTimeoutSeconds = 1;
        ClientCredentialsFlow flow(c);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("within 1 seconds")));
    }

    void cancelStopsTheRequest()
    {
        FakeTokenEndpoint::Response hang;
        hang.hang = true;
        m_endpoint->setDefaultResponse(hang);
        ClientCredentialsFlow flow(config(OAuthClientConfig::ClientAuthMethod::RequestBody));
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        QSignalSpy requested(m_endpoint, &FakeTokenEndpoint::requestReceived);
        flow.start();
        QVERIFY(requested.wait());
        flow.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!flow.isRunning());
    }
};

QTEST_GUILESS_MAIN(tst_ClientCredentialsFlow)
#include "tst_clientcredentialsflow.moc"
