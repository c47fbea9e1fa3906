// End-to-end: the request client, rate limiter, scope probe, curl export and history against the
// in-process sandbox over real HTTP on 127.0.0.1. Time is a ManualClock shared by the sandbox and
// the RateLimiter, so a minute-long rate-limit window passes in a moment.
#include "api/ApiClient.h"
#include "api/CurlExport.h"
#include "api/RequestHistory.h"
#include "catalog/EndpointCatalog.h"
#include "oauth/ClientCredentialsFlow.h"
#include "oauth/StaticTokenProvider.h"
#include "oauth/TokenRefresher.h"
#include "sandbox/SandboxAdminRoutes.h"
#include "sandbox/SandboxServer.h"
#include "session/ScopeProbe.h"
#include "util/SecretMasker.h"

#include "ManualClock.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QString WebApp = QStringLiteral("sandbox-web");
const QString ProductionApp = QStringLiteral("sandbox-prod");
} // namespace

class TestApiE2e : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<SandboxServer> sandbox;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<RateLimiter> limiter;

    OAuthClientConfig oauthConfig(const QString& clientId) const
    {
        OAuthClientConfig config;
        config.tokenUrl = sandbox->tokenUrl();
        config.clientId = clientId;
        config.clientSecret = sandbox->config().app(clientId)->clientSecret;
        return config;
    }

    QString customerKey(const QString& accountId = QStringLiteral("alice")) const
    {
        return sandbox->config().account(accountId)->customerKey;
    }

    TokenSet clientCredentialsToken(const QString& clientId)
    {
        ClientCredentialsFlow flow(oauthConfig(clientId));
        flow.setNetworkAccessManager(network.get());
        flow.setCustomerKey(customerKey());
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.start();
        if (!granted.wait(10000))
            return TokenSet();
        return granted.first().at(0).value<TokenSet>();
    }

    std::unique_ptr<ApiClient> clientFor(
        TokenProvider* tokens, const QString& appKey, RateLimiter* rateLimiter)
    {
        auto client = std::make_unique<ApiClient>();
        client->setNetworkAccessManager(network.get());
        client->setBaseUrl(sandbox->apiBaseUrl());
        client->setTokenProvider(tokens);
        client->setAccountId(QStringLiteral("alice"));
        if (rateLimiter)
            client->setRateLimiter(rateLimiter, appKey);
        return client;
    }

    static ApiResponse sendAndWait(ApiClient& client, const ApiRequest& request)
    {
        ApiReply* reply = client.send(request);
        QSignalSpy finished(reply, &ApiReply::finished);
        if (!finished.wait(15000))
            return ApiResponse();
        reply->deleteLater();
        return reply->response();
    }

    // Sends `request` and appends its answer to `answers` when it finishes.
    static void sendInto(ApiClient& client, const ApiRequest& request, QList<ApiResponse>* answers)
    {
        ApiReply* reply = client.send(request);
        QObject::connect(reply, &ApiReply::finished, reply, [reply, answers] {
            answers->append(reply->response());
            reply->deleteLater();
        });
    }

    static ApiRequest meRequest(const ApiClient& client)
    {
        return client.requestFor(*EndpointCatalog::builtIn().find(QStringLiteral("me.get")), {});
    }

    bool putFaults(const QByteArray& json)
    {
        QNetworkRequest request(QUrl(sandbox->adminUrl().toString() + QStringLiteral("/faults")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader(SandboxAdminRoutes::KeyHeader, sandbox->adminKey().toLatin1());
        QNetworkReply* reply = network->put(request, json);
        QSignalSpy done(reply, &QNetworkReply::finished);
        const bool ok = done.wait(5000) && reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        return ok;
    }

    // What `command` prints, run by /bin/sh without blocking the event loop (the sandbox lives in it).
    static QByteArray runShell(const QString& command, const QStringList& environment = {})
    {
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("http_proxy"));
        env.remove(QStringLiteral("HTTP_PROXY"));
        for (const QString& assignment : environment)
            env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
        shell.setProcessEnvironment(env);
        QSignalSpy finished(&shell, &QProcess::finished);
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        if (!finished.wait(15000))
            return QByteArray();
        return shell.readAllStandardOutput();
    }

private slots:
    void init()
    {
        clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
        sandbox = std::make_unique<SandboxServer>();
        sandbox->setClock(clock.get());
        QVERIFY(sandbox->listen());
        network = std::make_unique<QNetworkAccessManager>();
        network->setProxy(QNetworkProxy::NoProxy);
        limiter = std::make_unique<RateLimiter>(clock.get());
    }

    void cleanup()
    {
        limiter.reset();
        network.reset();
        sandbox.reset();
        clock.reset();
    }

    void everyCatalogEntryIsWellFormedAndAnswered()
    {
        const EndpointCatalog& catalog = EndpointCatalog::builtIn();
        QVERIFY(!catalog.isEmpty());
        StaticTokenProvider tokens(clientCredentialsToken(ProductionApp)); // every API granted
        QVERIFY(tokens.current().isValid());
        limiter->setLimit(ProductionApp, RateLimiter::ProductionLimit);
        auto client = clientFor(&tokens, ProductionApp, limiter.get());
        const QStringList methods {"GET", "POST", "PUT", "PATCH", "DELETE"};
        for (const CatalogEndpoint& endpoint : catalog.endpoints()) {
            QVERIFY2(!endpoint.id.isEmpty() && methods.contains(endpoint.method), qPrintable(endpoint.id));
            QVERIFY2(endpoint.pathTemplate.startsWith(QLatin1String("/v")), qPrintable(endpoint.id));
            QVERIFY2(catalog.apis().contains(endpoint.api), qPrintable(endpoint.id));
            QMap<QString, QString> pathValues;
            for (const CatalogParameter& parameter : endpoint.pathParameters)
                pathValues.insert(parameter.name,
                    parameter.defaultValue.isEmpty() ? QStringLiteral("1") : parameter.defaultValue);
            const ApiResponse response
                = sendAndWait(*client, client->requestFor(endpoint, pathValues, {}, endpoint.sampleBody));
            const QByteArray what = endpoint.id.toUtf8() + " -> " + QByteArray::number(response.httpStatus)
                + " " + response.body.left(200);
            QVERIFY2(response.httpStatus >= 200 && response.httpStatus < 500, what.constData());
            QVERIFY2(response.httpStatus != 401 && response.httpStatus != 403 && response.httpStatus != 429,
                what.constData());
            QVERIFY2(!response.body.contains("is not an operation of Lofty's API"), what.constData());
        }
    }

    void bearerTokenIsAccepted()
    {
        StaticTokenProvider tokens(clientCredentialsToken(WebApp));
        auto client = clientFor(&tokens, WebApp, limiter.get());
        const ApiResponse response = sendAndWait(*client, meRequest(*client));
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(response.isSuccess());
        QVERIFY(response.request.header("Authorization").startsWith("Bearer "));
    }

    void apiKeyIsAcceptedWithTheTokenScheme()
    {
        TokenSet apiKey;
        apiKey.kind = TokenSet::Kind::ApiKey;
        apiKey.grant = TokenSet::Grant::ApiKey;
        apiKey.accessToken = customerKey();
        StaticTokenProvider tokens(apiKey);
        auto client = clientFor(&tokens, QStringLiteral("api-key:alice"), limiter.get());
        const ApiResponse response = sendAndWait(*client, meRequest(*client));
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(response.request.header("Authorization").startsWith("token eyJ"));
    }

    void expiringTokenIsRefreshedBeforeTheCall()
    {
        sandbox->setTokenLifetimeSeconds(120);
        TokenSet token = clientCredentialsToken(WebApp);
        token.expiresAt = clock->nowUtc().addSecs(120); // what the sandbox's clock says
        TokenRefresher refresher(oauthConfig(WebApp), token);
        refresher.setClock(clock.get());
        refresher.setNetworkAccessManager(network.get());
        refresher.setCustomerKey(customerKey());
        auto client = clientFor(&refresher, WebApp, limiter.get());
        client->setRefreshMarginSeconds(60);

        clock->advance(100); // 20 s left: within the margin, still valid at the server
        const ApiResponse response = sendAndWait(*client, meRequest(*client));
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(refresher.requestCount(), 1);
        QVERIFY(refresher.current().accessToken != token.accessToken);
        QCOMPARE(
            response.request.header("Authorization"), "Bearer " + refresher.current().accessToken.toUtf8());
    }

    void loftyErrorsAreDecoded()
    {
        StaticTokenProvider tokens(clientCredentialsToken(WebApp));
        auto client = clientFor(&tokens, WebApp, limiter.get());
        const EndpointCatalog& catalog = EndpointCatalog::builtIn();

        // 403 200100: sandbox-web is not granted "Listings".
        // endpointsOfApi() returns a copy: keep the list, not a pointer into a temporary (ASan).
        const QList<CatalogEndpoint> listings = catalog.endpointsOfApi(QStringLiteral("Listings"));
        QVERIFY(!listings.isEmpty());
        const CatalogEndpoint listingEndpoint = listings.first();
        ApiResponse response
            = sendAndWait(*client, client->requestFor(listingEndpoint, {}, {}, listingEndpoint.sampleBody));
        QCOMPARE(response.error.kind(), LoftyError::Kind::ApiNotGranted);
        QCOMPARE(response.error.code(), QStringLiteral("200100"));

        // 404 for a lead that does not exist.
        response = sendAndWait(*client,
            client->requestFor(*catalog.find(QStringLiteral("leads.get")),
                {{QStringLiteral("leadId"), QStringLiteral("1")}}));
        QCOMPARE(response.error.kind(), LoftyError::Kind::NotFound);

        // 5xx and a dropped connection from the fault switches.
        QVERIFY(putFaults("{\"serverErrors\":1}"));
        QCOMPARE(sendAndWait(*client, meRequest(*client)).error.kind(), LoftyError::Kind::ServerError);
        QVERIFY(putFaults("{\"dropConnections\":1}"));
        QCOMPARE(sendAndWait(*client, meRequest(*client)).error.kind(), LoftyError::Kind::NetworkError);

        // 401 for a token the sandbox never issued.
        TokenSet bogus = tokens.current();
        bogus.accessToken = QStringLiteral("not-a-token-the-sandbox-issued");
        tokens.setToken(bogus);
        response = sendAndWait(*client, meRequest(*client));
        QCOMPARE(response.error.kind(), LoftyError::Kind::Unauthorized);
        QCOMPARE(response.error.code(), QStringLiteral("BAD_CREDENTIALS"));
    }

    void burstOf150ForADevelopmentAppDrawsNo429()
    {
        // In real time this burst takes about a minute: 100 requests go at once, the other 50 wait
        // in the queue until the first ones leave the 60-second window. Here the shared ManualClock
        // jumps over that minute.
        StaticTokenProvider tokens(clientCredentialsToken(WebApp));
        limiter->setLimit(WebApp, RateLimiter::DevelopmentLimit);
        auto client = clientFor(&tokens, WebApp, limiter.get());
        QList<ApiResponse> finished;
        QSignalSpy queueLength(limiter.get(), &RateLimiter::queueLengthChanged);
        for (int i = 0; i < 150; ++i)
            sendInto(*client, meRequest(*client), &finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 100, 30000);
        QCOMPARE(limiter->usage(WebApp).queued, 50);
        QVERIFY(!queueLength.isEmpty());
        QCOMPARE(limiter->usage(WebApp).used, 100);

        clock->advance(61);
        limiter->reevaluate();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 150, 30000);
        for (const ApiResponse& response : std::as_const(finished)) {
            QCOMPARE(response.httpStatus, 200);
            QCOMPARE(response.rateLimitRetries, 0);
        }
    }

    void serverSide429IsBackedOffAndRetried()
    {
        const TokenSet token = clientCredentialsToken(WebApp);
        // Another program spends the app's whole budget first.
        StaticTokenProvider otherTokens(token);
        auto other = clientFor(&otherTokens, WebApp, nullptr);
        QList<ApiResponse> otherFinished;
        for (int i = 0; i < 100; ++i)
            sendInto(*other, meRequest(*other), &otherFinished);
        QTRY_COMPARE_WITH_TIMEOUT(otherFinished.size(), 100, 30000);

        StaticTokenProvider tokens(token);
        auto client = clientFor(&tokens, WebApp, limiter.get());
        QSignalSpy backoff(limiter.get(), &RateLimiter::backoffStarted);
        QList<ApiResponse> finished;
        sendInto(*client, meRequest(*client), &finished);
        QTRY_COMPARE(backoff.size(), 1);
        QVERIFY(backoff.first().at(1).toInt() > 0);
        QVERIFY(backoff.first().at(1).toInt() <= 61);
        QVERIFY(finished.isEmpty());
        QCOMPARE(limiter->usage(WebApp).queued, 1);

        clock->advance(62);
        limiter->reevaluate();
        QTRY_COMPARE(finished.size(), 1);
        const ApiResponse response = finished.first();
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(response.rateLimitRetries, 1);
    }

    void scopeProbeMatchesTheAppsGrantedApisWithinTheLimit()
    {
        StaticTokenProvider tokens(clientCredentialsToken(WebApp));
        limiter->setLimit(WebApp, RateLimiter::DevelopmentLimit);
        auto client = clientFor(&tokens, WebApp, limiter.get());
        QTemporaryDir dir;
        RequestHistory history(dir.filePath(QStringLiteral("h.jsonl")));
        client->setHistory(&history);
        const QStringList granted = sandbox->config().app(WebApp)->grantedApis;

        ScopeProbe probe(EndpointCatalog::builtIn());
        probe.setGrantedApis(granted);
        QSignalSpy progress(&probe, &ScopeProbe::progress);
        QSignalSpy done(&probe, &ScopeProbe::finished);
        probe.probe(client.get());
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());

        int probed = 0;
        for (const ScopeProbe::ApiStatus& status : probe.statuses()) {
            if (status.probe == ScopeProbe::ProbeResult::NoSafeEndpoint)
                continue;
            ++probed;
            const bool allowed = status.probe == ScopeProbe::ProbeResult::Allowed;
            QVERIFY2(allowed == granted.contains(status.api),
                qPrintable(status.api + QStringLiteral(": ") + status.probeDetail));
            QVERIFY2(status.probe != ScopeProbe::ProbeResult::Failed, qPrintable(status.api));
        }
        QVERIFY(probed > 10);
        QVERIFY(!probe.probedAllowed().contains(QStringLiteral("Listings")));
        QVERIFY(probe.usedButNotGranted().isEmpty());
        QVERIFY(
            probe.costOfAdding({QStringLiteral("Listings")}).contains(QLatin1String("authorize it again")));
        // Within the limit: no 429 anywhere, and the window never held more than the limit.
        QVERIFY(limiter->usage(WebApp).used <= RateLimiter::DevelopmentLimit);
        client->flushHistory();
        QCOMPARE(history.count(), probed);
        for (const RequestHistory::Summary& summary : history.summaries())
            QVERIFY(summary.status != 429);
    }

    void scopeProbeCanBeCancelled()
    {
        StaticTokenProvider tokens(clientCredentialsToken(WebApp));
        limiter->setLimit(WebApp, 2); // most probes wait in the queue
        auto client = clientFor(&tokens, WebApp, limiter.get());
        ScopeProbe probe(EndpointCatalog::builtIn());
        QSignalSpy done(&probe, &ScopeProbe::finished);
        probe.probe(client.get());
        QVERIFY(probe.isProbing());
        probe.cancel();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).toBool(), true);
        QVERIFY(!probe.isProbing());
        QCOMPARE(limiter->usage(WebApp).queued, 0);
        QTRY_COMPARE(client->pendingCount(), 0);
    }

    void curlExportMasksSecretsAndReproducesTheResponse()
    {
        const TokenSet token = clientCredentialsToken(WebApp);
        SecretMasker::global().remember(token.accessToken);
        StaticTokenProvider tokens(token);
        auto client = clientFor(&tokens, WebApp, limiter.get());
        const ApiResponse response = sendAndWait(*client, meRequest(*client));
        QCOMPARE(response.httpStatus, 200);

        const QString masked = CurlExport::toCurl(response.request);
        QVERIFY(!masked.contains(token.accessToken));
        QVERIFY(masked.contains(QLatin1String("$LOFTY_ACCESS_TOKEN")));
        const QString clear = CurlExport::toCurl(response.request, CurlExport::Secrets::InClear);
        QVERIFY(clear.contains(token.accessToken));

        QCOMPARE(runShell(clear + QStringLiteral(" --silent")), response.body);
        QCOMPARE(runShell(masked + QStringLiteral(" --silent"),
                     {QStringLiteral("LOFTY_ACCESS_TOKEN=") + token.accessToken}),
            response.body);
    }

    void historyMasksSecretsAndSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sandbox.jsonl"));
        const TokenSet token = clientCredentialsToken(WebApp);
        SecretMasker::global().remember(token.accessToken);
        StaticTokenProvider tokens(token);
        {
            RequestHistory history(file);
            auto client = clientFor(&tokens, WebApp, limiter.get());
            client->setHistory(&history);
            sendAndWait(*client, meRequest(*client));
            sendAndWait(*client,
                client->requestFor(*EndpointCatalog::builtIn().find(QStringLiteral("leads.list")), {},
                    {{QStringLiteral("limit"), QStringLiteral("2")}}));
            QTRY_COMPARE(history.count(), 2); // written from the event loop after finished()
        }
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray content = raw.readAll();
        QVERIFY(!content.contains(token.accessToken.toUtf8()));
        QVERIFY(!content.contains(customerKey().toUtf8()));

        RequestHistory reopened(file);
        QVERIFY(reopened.load());
        QCOMPARE(reopened.count(), 2);
        QCOMPARE(reopened.summaries().at(0).endpointId, QStringLiteral("me.get"));
        QCOMPARE(reopened.summaries().at(1).status, 200);

        auto client = clientFor(&tokens, WebApp, limiter.get());
        const ApiResponse again = sendAndWait(*client, reopened.resendRequest(1));
        QCOMPARE(again.httpStatus, 200);
        QCOMPARE(again.request.url.query(), QStringLiteral("limit=2"));
    }
};

QTEST_GUILESS_MAIN(TestApiE2e)
#include "tst_api_e2e.moc"
