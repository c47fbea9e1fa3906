#include "LogCapture.h"
#include "ManualClock.h"
#include "TestBrowser.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/ClientCredentialsFlow.h"
#include "oauth/TokenEndpointRequest.h"
#include "oauth/TokenRefresher.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxServer.h"
#include "util/SecretMasker.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

// Every grant end to end over real HTTP: the console's flows against the sandbox on 127.0.0.1,
// with TestBrowser playing the user at the consent page and following the redirect into the
// real loopback listener. No log line may contain a secret.
class tst_OAuthE2e : public QObject
{
    Q_OBJECT

private:
    SandboxServer* m_sandbox = nullptr;
    std::unique_ptr<LogCapture> m_capture;
    QStringList m_secrets;

    OAuthClientConfig config(const QString& clientId) const
    {
        OAuthClientConfig c;
        c.authorizeUrl = m_sandbox->authorizeUrl();
        c.tokenUrl = m_sandbox->tokenUrl();
        c.clientId = clientId;
        if (const SandboxApp* app = m_sandbox->config().app(clientId))
            c.clientSecret = app->clientSecret;
        return c;
    }

    QString customerKey(const QString& accountId) const
    {
        const SandboxAccount* account = m_sandbox->config().account(accountId);
        return account ? account->customerKey : QString();
    }

    void remember(const TokenSet& token) { m_secrets << token.accessToken << token.refreshToken; }

    // Runs one browser grant; returns the token (invalid on failure, with `reason` set).
    TokenSet authorize(AuthorizationCodeFlow& flow, const QString& account = QStringLiteral("alice"),
        bool approve = true, QString* reason = nullptr, TestBrowser* browser = nullptr)
    {
        TestBrowser localBrowser;
        TestBrowser* b = browser ? browser : &localBrowser;
        connect(&flow, &AuthorizationCodeFlow::openBrowserRequested, b,
            [b, account, approve](const QUrl& url) { b->open(url, account, approve); });
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        if (!finished.wait(15000) && finished.isEmpty())
            return {};
        flow.disconnect(b);
        m_secrets << QUrlQuery(b->redirectUrl()).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        if (reason && !failed.isEmpty())
            *reason = failed.first().first().toString();
        if (granted.isEmpty())
            return {};
        const TokenSet token = granted.first().first().value<TokenSet>();
        remember(token);
        return token;
    }

    int statusOfMe(const TokenSet& token)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_sandbox->baseUrl().toString() + QStringLiteral("/v1.0/me")));
        request.setRawHeader("Authorization", token.authorizationHeaderValue().toLatin1());
        QNetworkReply* reply = network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    void requirePkceFromEveryApp()
    {
        SandboxConfig strict = m_sandbox->config();
        for (SandboxApp& app : strict.apps)
            app.requirePkce = true;
        m_sandbox->setConfig(strict);
    }

private slots:
    void init()
    {
        m_capture = std::make_unique<LogCapture>();
        m_sandbox = new SandboxServer(this);
        QVERIFY(m_sandbox->listen());
        m_secrets.clear();
        for (const SandboxApp& app : m_sandbox->config().apps)
            m_secrets << app.clientSecret;
        for (const SandboxAccount& account : m_sandbox->config().accounts)
            m_secrets << account.customerKey;
    }

    void cleanup()
    {
        delete m_sandbox;
        m_sandbox = nullptr;
        m_secrets.removeAll(QString());
        const QStringList leaks = m_capture->linesContainingAny(m_secrets);
        m_capture.reset();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }

    void codeGrantWithSecretInBody()
    {
        AuthorizationCodeFlow flow(config(QStringLiteral("sandbox-web")));
        QString reason;
        const TokenSet token = authorize(flow, QStringLiteral("alice"), true, &reason);
        QVERIFY2(token.isValid(), qPrintable(reason));
        QCOMPARE(token.grant, TokenSet::Grant::AuthorizationCode);
        QVERIFY(token.hasRefreshToken());
        QCOMPARE(token.scope, QStringLiteral("openApi"));
        QCOMPARE(statusOfMe(token), 200);
    }

    void codeGrantWithBasicAuth()
    {
        OAuthClientConfig c = config(QStringLiteral("sandbox-prod"));
        c.clientAuthMethod = OAuthClientConfig::ClientAuthMethod::HttpBasic;
        AuthorizationCodeFlow flow(c);
        QString reason;
        const TokenSet token = authorize(flow, QStringLiteral("bob"), true, &reason);
        QVERIFY2(token.isValid(), qPrintable(reason));
        QCOMPARE(statusOfMe(token), 200);
    }

    // A server that demands PKCE from every client (RFC 9700 §2.1.1): code + secret still works.
    void codeGrantWithSecretAgainstAServerRequiringPkce_data()
    {
        QTest::addColumn<OAuthClientConfig::ClientAuthMethod>("method");
        QTest::newRow("secret in body") << OAuthClientConfig::ClientAuthMethod::RequestBody;
        QTest::newRow("HTTP Basic") << OAuthClientConfig::ClientAuthMethod::HttpBasic;
    }

    void codeGrantWithSecretAgainstAServerRequiringPkce()
    {
        QFETCH(OAuthClientConfig::ClientAuthMethod, method);
        requirePkceFromEveryApp();
        OAuthClientConfig c = config(QStringLiteral("sandbox-prod"));
        c.clientAuthMethod = method;
        AuthorizationCodeFlow flow(c);
        flow.setGrant(TokenSet::Grant::AuthorizationCode);
        QString reason;
        const TokenSet token = authorize(flow, QStringLiteral("bob"), true, &reason);
        QVERIFY2(token.isValid(), qPrintable(reason));
        QCOMPARE(token.grant, TokenSet::Grant::AuthorizationCode);
        QCOMPARE(QUrlQuery(flow.authorizeUrl()).queryItemValue(QStringLiteral("code_challenge_method")),
            QStringLiteral("S256"));
        QCOMPARE(statusOfMe(token), 200);

        TokenRefresher refresher(c, token);
        bool done = false;
        QString error = QStringLiteral("unset");
        refresher.fetchValidToken(this, 7200, [&](const TokenSet& renewed, const QString& problem) {
            done = true;
            error = problem;
            remember(renewed);
        });
        QTRY_VERIFY(done);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void pkceSwitchedOffIsRefusedByAServerRequiringIt()
    {
        requirePkceFromEveryApp();
        OAuthClientConfig c = config(QStringLiteral("sandbox-prod"));
        c.pkceWithSecret = false;
        AuthorizationCodeFlow flow(c);
        flow.setGrant(TokenSet::Grant::AuthorizationCode);
        QString reason;
        QVERIFY(!authorize(flow, QStringLiteral("bob"), true, &reason).isValid());
        QCOMPARE(reason,
            QStringLiteral(
                "The provider answered error=invalid_request: Sandbox Production App requires PKCE "
                "(code_challenge) from every client."));
        QCOMPARE(flow.lastFailure(), OAuthFlow::Failure::Denied);
    }

    void pkceGrantSendsNoSecretEvenWhenTheProfileHasOne()
    {
        requirePkceFromEveryApp();
        OAuthClientConfig c = config(QStringLiteral("sandbox-native"));
        c.clientSecret = QStringLiteral("stale-secret-of-another-app");
        m_secrets << c.clientSecret;
        AuthorizationCodeFlow flow(c);
        flow.setGrant(TokenSet::Grant::AuthorizationCodePkce);
        QString reason;
        const TokenSet token = authorize(flow, QStringLiteral("alice"), true, &reason);
        QVERIFY2(token.isValid(), qPrintable(reason)); // a secret would earn invalid_client here
        QCOMPARE(token.grant, TokenSet::Grant::AuthorizationCodePkce);
    }

    void vendorAuthStyle()
    {
        OAuthClientConfig c = config(QStringLiteral("sandbox-web"));
        c.authorizeUrl = m_sandbox->vendorAuthUrl();
        c.authorizeStyle = OAuthClientConfig::AuthorizeStyle::LoftyVendorAuth;
        AuthorizationCodeFlow flow(c);
        QString reason;
        QVERIFY2(authorize(flow, QStringLiteral("carol"), true, &reason).isValid(), qPrintable(reason));
    }

    void pkce_data()
    {
        QTest::addColumn<AuthorizationCodeFlow::PkceMode>("mode");
        QTest::newRow("S256") << AuthorizationCodeFlow::PkceMode::S256;
        QTest::newRow("plain") << AuthorizationCodeFlow::PkceMode::Plain;
    }

    void pkce()
    {
        QFETCH(AuthorizationCodeFlow::PkceMode, mode);
        if (mode == AuthorizationCodeFlow::PkceMode::Plain)
            SecretMasker::installMessageHandler(); // Qt 6.4 qDebug()s the URL, which then holds the verifier
        AuthorizationCodeFlow flow(config(QStringLiteral("sandbox-native")));
        flow.setPkceMode(mode);
        QString reason;
        const TokenSet token = authorize(flow, QStringLiteral("alice"), true, &reason);
        QVERIFY2(token.isValid(), qPrintable(reason));
        QCOMPARE(token.grant, TokenSet::Grant::AuthorizationCodePkce);
        m_secrets << QUrlQuery(flow.authorizeUrl()).queryItemValue(QStringLiteral("code_challenge"));
        if (mode == AuthorizationCodeFlow::PkceMode::S256)
            m_secrets.removeLast(); // an S256 challenge is public
    }

    void valuesWithSlashPlusEqualsPercentSurviveEveryHop()
    {
        // The sandbox puts '/', '+', '=' and "%2F" into every second code and token.
        bool sawSpecial = false;
        for (int i = 0; i < 4; ++i) {
            AuthorizationCodeFlow flow(config(QStringLiteral("sandbox-web")));
            TestBrowser browser;
            QString reason;
            const TokenSet token = authorize(flow, QStringLiteral("alice"), true, &reason, &browser);
            QVERIFY2(token.isValid(), qPrintable(reason));
            const QString code
                = QUrlQuery(browser.redirectUrl()).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
            for (const QString& value : {code, token.accessToken, token.refreshToken}) {
                if (value.contains(QLatin1Char('+')) && value.contains(QLatin1Char('/'))
                    && value.contains(QStringLiteral("%2F")))
                    sawSpecial = true;
            }
            TokenRefresher refresher(config(QStringLiteral("sandbox-web")), token);
            bool done = false;
            QString error = QStringLiteral("unset");
            refresher.fetchValidToken(this, 7200, [&](const TokenSet& t, const QString& e) {
                done = true;
                error = e;
                remember(t);
            });
            QTRY_VERIFY(done);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QVERIFY(sawSpecial);
    }

    void clientCredentials_data()
    {
        QTest::addColumn<OAuthClientConfig::ClientAuthMethod>("method");
        QTest::newRow("body") << OAuthClientConfig::ClientAuthMethod::RequestBody;
        QTest::newRow("basic") << OAuthClientConfig::ClientAuthMethod::HttpBasic;
    }

    void clientCredentials()
    {
        QFETCH(OAuthClientConfig::ClientAuthMethod, method);
        OAuthClientConfig c = config(QStringLiteral("sandbox-web"));
        c.clientAuthMethod = method;
        ClientCredentialsFlow flow(c);
        flow.setCustomerKey(customerKey(QStringLiteral("bob")));
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        QTRY_VERIFY(!granted.isEmpty() || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const TokenSet token = granted.first().first().value<TokenSet>();
        remember(token);
        QCOMPARE(token.grant, TokenSet::Grant::ClientCredentials);
        QVERIFY(!token.hasRefreshToken());
        QCOMPARE(statusOfMe(token), 200);
    }

    void clientCredentialsAreFetchedAgainOnExpiry()
    {
        ClientCredentialsFlow flow(config(QStringLiteral("sandbox-web")));
        flow.setCustomerKey(customerKey(QStringLiteral("alice")));
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.start();
        QVERIFY(granted.wait());
        const TokenSet first = granted.first().first().value<TokenSet>();
        remember(first);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        TokenRefresher refresher(config(QStringLiteral("sandbox-web")), first);
        refresher.setClock(&clock);
        refresher.setCustomerKey(customerKey(QStringLiteral("alice")));
        clock.advance(3600);
        TokenSet second;
        refresher.fetchValidToken(this, 60, [&](const TokenSet& t, const QString&) { second = t; });
        QTRY_VERIFY(second.isValid());
        remember(second);
        QVERIFY(second.accessToken != first.accessToken);
        QCOMPARE(statusOfMe(second), 200);
    }

    void refreshRotatesAndTheOldRefreshTokenIsRefused()
    {
        AuthorizationCodeFlow flow(config(QStringLiteral("sandbox-web")));
        const TokenSet original = authorize(flow);
        QVERIFY(original.isValid());
        TokenRefresher refresher(config(QStringLiteral("sandbox-web")), original);
        TokenSet renewed;
        refresher.fetchValidToken(this, 7200, [&](const TokenSet& t, const QString&) { renewed = t; });
        QTRY_VERIFY(renewed.isValid());
        remember(renewed);
        QVERIFY(renewed.accessToken != original.accessToken);
        QVERIFY(renewed.hasRefreshToken());
        QVERIFY(renewed.refreshToken != original.refreshToken);
        QCOMPARE(statusOfMe(renewed), 200);

        TokenRefresher stale(config(QStringLiteral("sandbox-web")), original);
        QSignalSpy reauthorize(&stale, &TokenProvider::reauthorizationRequired);
        QString error;
        stale.fetchValidToken(this, 7200, [&](const TokenSet&, const QString& e) { error = e; });
        QTRY_VERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("invalid_grant")), qPrintable(error));
        QCOMPARE(reauthorize.size(), 1);
    }

    void concurrentRefreshCallersCauseOneRefresh()
    {
        AuthorizationCodeFlow flow(config(QStringLiteral("sandbox-web")));
        const TokenSet original = authorize(flow);
        QVERIFY(original.isValid());
        TokenRefresher refresher(config(QStringLiteral("sandbox-web")), original);
        QStringList received;
        for (int i = 0; i < 10; ++i)
            refresher.fetchValidToken(
                this, 7200, [&](const TokenSet& t, const QString&) { received << t.accessToken; });
        QTRY_COMPARE(received.size(), 10);
        QCOMPARE(refresher.requestCount(), 1);
        QCOMPARE(QSet<QString>(received.begin(), received.end()).size(), 1);
        QVERIFY(received.first() != original.accessToken);
        remember(refresher.current());
    }

    void tokenEndpointErrorsSurface()
    {
        OAuthClientConfig wrongSecret = config(QStringLiteral("sandbox-web"));
        wrongSecret.clientSecret = QStringLiteral("not-the-secret+/=");
        AuthorizationCodeFlow flow(wrongSecret);
        QString reason;
        QVERIFY(!authorize(flow, QStringLiteral("alice"), true, &reason).isValid());
        QVERIFY2(reason.contains(QStringLiteral("invalid_client"))
                && reason.contains(QStringLiteral("wrong client secret")),
            qPrintable(reason));

        // A customer key the server does not know: its own words reach the user.
        ClientCredentialsFlow unknownUser(config(QStringLiteral("sandbox-web")));
        unknownUser.setCustomerKey(QStringLiteral("no-such-customer-key"));
        QSignalSpy failed(&unknownUser, &OAuthFlow::failed);
        unknownUser.start();
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().first().toString(),
            QStringLiteral(
                "The token endpoint refused the request (HTTP 400): invalid_grant: customer_key does "
                "not belong to any account."));
        QCOMPARE(unknownUser.lastFailure(), OAuthFlow::Failure::Refused);
    }

    void replayedCodeIsRefusedWithServerText()
    {
        AuthorizationCodeFlow flow(config(QStringLiteral("sandbox-web")));
        TestBrowser browser;
        QVERIFY(authorize(flow, QStringLiteral("alice"), true, nullptr, &browser).isValid());
        const QUrlQuery callback(browser.redirectUrl());
        QNetworkAccessManager network;
        TokenEndpointRequest request(config(QStringLiteral("sandbox-web")), &network);
        QSignalSpy finished(&request, &TokenEndpointRequest::finished);
        request.post(
            {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                {QStringLiteral("code"), callback.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded)},
                {QStringLiteral("redirect_uri"), flow.redirectUri()}},
            TokenSet::Grant::AuthorizationCode);
        QVERIFY(finished.wait());
        const TokenResponse response = finished.first().first().value<TokenResponse>();
        QVERIFY(!response.ok);
        QCOMPARE(response.error, QStringLiteral("invalid_grant"));
        QVERIFY(!response.errorDescription.isEmpty());
        QVERIFY(response.message.contains(response.errorDescription));
    }

    void deniedConsentIsReported()
    {
        AuthorizationCodeFlow flow(config(QStringLiteral("sandbox-web")));
        QString reason;
        QVERIFY(!authorize(flow, QStringLiteral("alice"), false, &reason).isValid());
        QVERIFY2(reason.contains(QStringLiteral("access_denied")), qPrintable(reason));
    }

    void tamperedOrMissingStateIsRefused_data()
    {
        QTest::addColumn<bool>("remove");
        QTest::newRow("wrong") << false;
        QTest::newRow("missing") << true;
    }

    void tamperedOrMissingStateIsRefused()
    {
        QFETCH(bool, remove);
        AuthorizationCodeFlow flow(config(QStringLiteral("sandbox-web")));
        TestBrowser browser;
        connect(&flow, &AuthorizationCodeFlow::openBrowserRequested, &browser, [&browser, remove](QUrl url) {
            QUrlQuery query(url);
            const QString state = query.queryItemValue(QStringLiteral("state"));
            query.removeAllQueryItems(QStringLiteral("state"));
            if (!remove)
                query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged") + state);
            url.setQuery(query);
            browser.open(url, QStringLiteral("alice"));
        });
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        QSignalSpy browsed(&browser, &TestBrowser::finished);
        flow.start();
        QVERIFY(browsed.wait(15000));
        QCOMPARE(browsed.first().at(1).toInt(), 400); // the refusal page
        QVERIFY(browsed.first().at(2).toByteArray().contains("refused this answer"));
        // Ignored: the attempt goes on until its own callback, a cancel or the timeout.
        QVERIFY(flow.isRunning());
        QCOMPARE(failed.size(), 0);
        QCOMPARE(flow.steps().last().kind, FlowStep::Kind::CallbackRefused);
        QVERIFY2(flow.steps().last().detail.contains(
                     remove ? QStringLiteral("without a state") : QStringLiteral("does not match")),
            qPrintable(flow.steps().last().detail));
        flow.cancel();
        QVERIFY(!flow.isListening());
    }

    void listenerClosesAfterTheAttempt()
    {
        AuthorizationCodeFlow flow(config(QStringLiteral("sandbox-web")));
        QVERIFY(authorize(flow).isValid());
        QVERIFY(!flow.isListening());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), flow.listenerPort());
        QVERIFY(!socket.waitForConnected(5000));
    }

    void verifierIsUniquePerAttempt()
    {
        QStringList challenges;
        for (int i = 0; i < 3; ++i) {
            AuthorizationCodeFlow flow(config(QStringLiteral("sandbox-native")));
            QVERIFY(authorize(flow).isValid());
            challenges << QUrlQuery(flow.authorizeUrl()).queryItemValue(QStringLiteral("code_challenge"));
        }
        QCOMPARE(QSet<QString>(challenges.begin(), challenges.end()).size(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_OAuthE2e)
#include "tst_oauth_e2e.moc"
