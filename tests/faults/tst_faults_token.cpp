// Token endpoints that misbehave: one that changes its mind between calls, one that never
// answers, a huge answer, and a redirect to another host. The flows and the refresher end with a
// clear reason, keep the credentials they had, and never send a secret to another host.
#include "BadHttpServer.h"
#include "SandboxTestFixture.h"
#include "TestBrowser.h"

#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/ClientCredentialsFlow.h"
#include "oauth/TokenRefresher.h"

#include <QSignalSpy>
#include <QTest>

class tst_FaultsToken : public QObject
{
    Q_OBJECT

private:
    static OAuthClientConfig configFor(const QUrl& tokenUrl)
    {
        OAuthClientConfig config;
        config.tokenUrl = tokenUrl;
        config.clientId = QStringLiteral("fault-client");
        config.clientSecret = QStringLiteral("fault-client-secret-0123456789");
        config.requestTimeoutSeconds = 2;
        return config;
    }

    static TokenSet refreshableToken()
    {
        TokenSet token;
        token.kind = TokenSet::Kind::Bearer;
        token.grant = TokenSet::Grant::AuthorizationCode;
        token.accessToken = QStringLiteral("access-zero-0123456789");
        token.refreshToken = QStringLiteral("refresh-zero-0123456789");
        token.obtainedAt = QDateTime::currentDateTimeUtc();
        token.expiresAt = token.obtainedAt.addSecs(3600);
        return token;
    }

    static bool refresh(TokenRefresher& refresher, QString* error)
    {
        QSignalSpy finished(&refresher, &TokenRefresher::refreshFinished);
        refresher.refreshNow();
        if (!finished.wait(20000))
            return false;
        *error = finished.first().at(1).toString();
        return finished.first().at(0).toBool();
    }

    static bool containsSecret(const BadHttpServer::Request& request, const OAuthClientConfig& config)
    {
        return request.body.contains(config.clientSecret.toUtf8())
            || request.body.contains(QUrl::toPercentEncoding(config.clientSecret))
            || !request.header("Authorization").isEmpty();
    }

private slots:
    void tokenEndpointThatChangesItsMind()
    {
        BadHttpServer endpoint;
        QList<BadHttpServer::Behaviour> answers {
            BadHttpServer::Behaviour::answer(200,
                R"({"access_token":"access-one-0123456789","refresh_token":"refresh-one-0123456789","expires_in":3600})"),
            BadHttpServer::Behaviour::answer(503, "<html>Service Unavailable</html>", "text/html"),
            BadHttpServer::Behaviour::answer(200, R"({"token_type":"Bearer","expires_in":3600})"),
            BadHttpServer::Behaviour::answer(200, R"({"access_token":"access-two-0123456789",)"),
            BadHttpServer::Behaviour::answer(
                200, "access_token=access-three-0123456789&expires_in=60", "text/plain"),
            BadHttpServer::Behaviour::answer(
                400, R"({"error":"invalid_grant","error_description":"Refresh token revoked"})"),
        };
        endpoint.setHandler([&answers](const auto&) { return answers.takeFirst(); });
        TokenRefresher refresher(configFor(endpoint.url(QStringLiteral("/oauth/token"))), refreshableToken());
        QSignalSpy reauthorize(&refresher, &TokenProvider::reauthorizationRequired);
        QString error;

        QVERIFY2(refresh(refresher, &error), qPrintable(error));
        QCOMPARE(refresher.current().accessToken, QStringLiteral("access-one-0123456789"));

        // A 5xx, an answer without a token and a cut-off answer fail clearly; the token stays.
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!refresh(refresher, &error));
            QVERIFY(!error.isEmpty());
            QCOMPARE(refresher.current().accessToken, QStringLiteral("access-one-0123456789"));
            QCOMPARE(refresher.current().refreshToken, QStringLiteral("refresh-one-0123456789"));
            QVERIFY(!refresher.needsReauthorization());
        }

        // A form-encoded answer without a refresh token keeps the refresh token.
        QVERIFY2(refresh(refresher, &error), qPrintable(error));
        QCOMPARE(refresher.current().accessToken, QStringLiteral("access-three-0123456789"));
        QCOMPARE(refresher.current().refreshToken, QStringLiteral("refresh-one-0123456789"));

        // invalid_grant: the browser is needed again, once; later calls fail without a request.
        QVERIFY(!refresh(refresher, &error));
        QVERIFY(error.contains(QStringLiteral("invalid_grant")));
        QCOMPARE(reauthorize.size(), 1);
        const int requestsSoFar = int(endpoint.requests().size());
        QString laterError;
        refresher.fetchValidToken(
            this, 7200, [&laterError](const TokenSet&, const QString& e) { laterError = e; });
        QTRY_VERIFY(!laterError.isEmpty());
        QCOMPARE(endpoint.requests().size(), requestsSoFar);
    }

    void silentTokenEndpointTimesOutAndCanBeCancelled()
    {
        BadHttpServer endpoint;
        endpoint.setHandler([](const auto&) { return BadHttpServer::Behaviour::silence(); });
        ClientCredentialsFlow flow(configFor(endpoint.url(QStringLiteral("/oauth/token"))));
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QVERIFY(!failed.first().first().toString().isEmpty());

        OAuthClientConfig slow = configFor(endpoint.url(QStringLiteral("/oauth/token")));
        slow.requestTimeoutSeconds = 300;
        flow.setConfig(slow);
        QSignalSpy received(&endpoint, &BadHttpServer::requestReceived);
        flow.start();
        QVERIFY(received.wait(10000));
        flow.cancel();
        QCOMPARE(failed.size(), 2);
        QVERIFY(!flow.isRunning());
    }

    void hugeTokenAnswerFailsClearly()
    {
        BadHttpServer endpoint;
        endpoint.setHandler([](const auto&) { return BadHttpServer::Behaviour::huge(8 * 1024 * 1024); });
        ClientCredentialsFlow flow(configFor(endpoint.url(QStringLiteral("/oauth/token"))));
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
        QVERIFY(!failed.first().first().toString().isEmpty());
    }

    void tokenEndpointRedirectToAnotherHostGetsNoSecret_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("basic");
        for (int status : {301, 302, 303, 307, 308}) {
            QTest::addRow("%d body", status) << status << false;
            QTest::addRow("%d basic", status) << status << true;
        }
    }

    void tokenEndpointRedirectToAnotherHostGetsNoSecret()
    {
        QFETCH(int, status);
        QFETCH(bool, basic);
        BadHttpServer elsewhere;
        elsewhere.setHandler([](const auto&) {
            return BadHttpServer::Behaviour::answer(200, R"({"access_token":"stolen-0123456789"})");
        });
        BadHttpServer endpoint;
        const QUrl target = elsewhere.url(QStringLiteral("/collect"));
        endpoint.setHandler([target, status](const auto&) {
            BadHttpServer::Behaviour behaviour = BadHttpServer::Behaviour::answer(status, QByteArray());
            behaviour.headers.append({"Location", target.toEncoded()});
            return behaviour;
        });
        OAuthClientConfig config = configFor(endpoint.url(QStringLiteral("/oauth/token")));
        if (basic)
            config.clientAuthMethod = OAuthClientConfig::ClientAuthMethod::HttpBasic;
        ClientCredentialsFlow flow(config);
        flow.setCustomerKey(QStringLiteral("customer-key-0123456789"));
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.start();
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() + granted.size() == 1, 20000);
        for (const BadHttpServer::Request& request : elsewhere.requests()) {
            QVERIFY2(!containsSecret(request, config), request.method + " " + request.target);
            QVERIFY(!request.body.contains("customer-key-0123456789"));
        }
        QCOMPARE(granted.size(), 0);
        QVERIFY(!failed.first().first().toString().isEmpty());
    }

    void authorizationCodeFlowWithSilentTokenEndpoint()
    {
        SandboxTestFixture sandbox;
        QVERIFY(sandbox.start());
        sandbox.server->setAutoApproveAccount(QStringLiteral("alice"));
        BadHttpServer endpoint;
        endpoint.setHandler([](const auto&) { return BadHttpServer::Behaviour::silence(); });

        OAuthClientConfig config = configFor(endpoint.url(QStringLiteral("/oauth/token")));
        config.authorizeUrl = sandbox.server->authorizeUrl();
        config.clientId = QStringLiteral("sandbox-web");
        config.clientSecret = sandbox.secretOf(config.clientId);
        config.requestTimeoutSeconds = 1;
        AuthorizationCodeFlow flow(config);
        TestBrowser browser;
        connect(&flow, &AuthorizationCodeFlow::openBrowserRequested, &browser,
            [&browser](const QUrl& url) { browser.open(url, QStringLiteral("alice")); });
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(endpoint.requests().size(), 1);
        QVERIFY(!flow.isListening());
    }
};

QTEST_GUILESS_MAIN(tst_FaultsToken)
#include "tst_faults_token.moc"
