#include "FakeTokenEndpoint.h"
#include "LogCapture.h"
#include "ManualClock.h"
#include "oauth/RefreshLock.h"
#include "oauth/TokenRefresher.h"

#include <QTemporaryDir>
#include <QTimer>

#include <QSignalSpy>
#include <QTest>

class tst_TokenRefresher : public QObject
{
    Q_OBJECT

private:
    FakeTokenEndpoint* m_endpoint = nullptr;
    ManualClock m_clock;

    OAuthClientConfig config(const QString& secret = QString()) const
    {
        OAuthClientConfig c;
        c.tokenUrl = m_endpoint->url();
        c.clientId = QStringLiteral("refresh-client");
        c.clientSecret = secret;
        return c;
    }

    // A public (PKCE) client's token unless told otherwise: refreshes need no secret.
    TokenSet expiringToken(TokenSet::Grant grant = TokenSet::Grant::AuthorizationCodePkce) const
    {
        TokenSet token;
        token.kind = TokenSet::Kind::Bearer;
        token.grant = grant;
        token.accessToken = QStringLiteral("old-access-token");
        if (grant != TokenSet::Grant::ClientCredentials) {
            token.refreshToken = QStringLiteral("rt+old/value==");
            token.refreshTokenIssuedAt = m_clock.nowUtc().addDays(-1);
        }
        token.obtainedAt = m_clock.nowUtc().addSecs(-3590);
        token.expiresAt = m_clock.nowUtc().addSecs(10);
        return token;
    }

    struct Result
    {
        bool done = false;
        TokenSet token;
        QString error;
    };

    void fetch(TokenRefresher& refresher, Result* result)
    {
        refresher.fetchValidToken(this, 60, [result](const TokenSet& token, const QString& error) {
            result->done = true;
            result->token = token;
            result->error = error;
        });
    }

private slots:
    void init()
    {
        m_endpoint = new FakeTokenEndpoint(this);
        QVERIFY(m_endpoint->listen());
    }

    void cleanup() { delete m_endpoint; }

    void validTokenIsServedWithoutRequest()
    {
        TokenSet token = expiringToken();
        token.expiresAt = m_clock.nowUtc().addSecs(3000);
        TokenRefresher refresher(config(), token);
        refresher.setClock(&m_clock);
        Result result;
        fetch(refresher, &result);
        QTRY_VERIFY(result.done);
        QCOMPARE(result.token.accessToken, QStringLiteral("old-access-token"));
        QCOMPARE(refresher.requestCount(), 0);
    }

    void rotatedRefreshTokenReplacesTheOld()
    {
        m_endpoint->setDefaultResponse(FakeTokenEndpoint::json(200,
            R"({"access_token":"new-access+/=","expires_in":3600,"refresh_token":"rt+new/value==","token_type":"Bearer"})"));
        TokenRefresher refresher(config(), expiringToken());
        refresher.setClock(&m_clock);
        QSignalSpy changed(&refresher, &TokenProvider::tokenChanged);
        Result result;
        fetch(refresher, &result);
        QTRY_VERIFY(result.done);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.token.accessToken, QStringLiteral("new-access+/="));
        QCOMPARE(result.token.refreshToken, QStringLiteral("rt+new/value=="));
        QCOMPARE(result.token.refreshTokenIssuedAt, m_clock.nowUtc());
        QCOMPARE(changed.size(), 1);
        const auto form = m_endpoint->requests().first().form();
        QCOMPARE(form.value(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
        QCOMPARE(form.value(QStringLiteral("refresh_token")), QStringLiteral("rt+old/value=="));
        QVERIFY(!form.contains(QStringLiteral("redirect_uri")));
        QVERIFY(!form.contains(QStringLiteral("client_secret")));
    }

    void missingRefreshTokenKeepsTheOld()
    {
        m_endpoint->setDefaultResponse(
            FakeTokenEndpoint::json(200, R"({"access_token":"new-access-2","expires_in":3600})"));
        const TokenSet old = expiringToken();
        TokenRefresher refresher(config(), old);
        refresher.setClock(&m_clock);
        Result result;
        fetch(refresher, &result);
        QTRY_VERIFY(result.done);
        QCOMPARE(result.token.accessToken, QStringLiteral("new-access-2"));
        QCOMPARE(result.token.refreshToken, old.refreshToken);
        QCOMPARE(result.token.refreshTokenIssuedAt, old.refreshTokenIssuedAt);
        QCOMPARE(result.token.grant, TokenSet::Grant::AuthorizationCodePkce); // the account's, kept
    }

    void concurrentCallersCauseOneRefresh()
    {
        m_endpoint->setDefaultResponse(
            FakeTokenEndpoint::json(200, R"({"access_token":"shared-access","expires_in":3600})"));
        TokenRefresher refresher(config(), expiringToken());
        refresher.setClock(&m_clock);
        QList<Result> results(20);
        for (Result& result : results)
            fetch(refresher, &result);
        QTRY_VERIFY(std::all_of(results.begin(), results.end(), [](const Result& r) { return r.done; }));
        for (const Result& result : results)
            QCOMPARE(result.token.accessToken, QStringLiteral("shared-access"));
        QCOMPARE(m_endpoint->requests().size(), 1);
        QCOMPARE(refresher.requestCount(), 1);
    }

    void invalidGrantAsksForReauthorizationOnce()
    {
        m_endpoint->setDefaultResponse(FakeTokenEndpoint::json(
            400, R"({"error":"invalid_grant","error_description":"Refresh token revoked."})"));
        TokenRefresher refresher(config(), expiringToken());
        refresher.setClock(&m_clock);
        QSignalSpy reauthorize(&refresher, &TokenProvider::reauthorizationRequired);
        Result first, second;
        fetch(refresher, &first);
        QTRY_VERIFY(first.done);
        QVERIFY(first.error.contains(QStringLiteral("Refresh token revoked.")));
        QCOMPARE(reauthorize.size(), 1);
        QVERIFY(refresher.needsReauthorization());
        fetch(refresher, &second);
        QTRY_VERIFY(second.done);
        QVERIFY(!second.error.isEmpty());
        QCOMPARE(m_endpoint->requests().size(), 1); // no loop
        QCOMPARE(reauthorize.size(), 1);
    }

    // Another process rotated the refresh token and stored the new pair: the refresh reads the
    // store first and sends the stored refresh token, never the retired one it held.
    void aRefreshUsesTheRefreshTokenAnotherProcessStored()
    {
        m_endpoint->setDefaultResponse(FakeTokenEndpoint::json(200,
            R"({"access_token":"third-access","expires_in":3600,"refresh_token":"rt-third","token_type":"Bearer"})"));
        TokenRefresher refresher(config(), expiringToken());
        refresher.setClock(&m_clock);
        TokenSet stored = expiringToken();
        stored.accessToken = QStringLiteral("second-access"); // expiring too: a refresh is needed
        stored.refreshToken = QStringLiteral("rt-second");
        stored.obtainedAt = m_clock.nowUtc().addSecs(-3500);
        int reads = 0;
        refresher.setStoredTokenReader([&](const TokenRefresher::StoredToken& done) {
            ++reads;
            done(stored);
        });
        Result result;
        fetch(refresher, &result);
        QTRY_VERIFY(result.done);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(reads, 1);
        QCOMPARE(m_endpoint->requests().size(), 1);
        QCOMPARE(m_endpoint->requests().first().form().value(QStringLiteral("refresh_token")),
            QStringLiteral("rt-second"));
        QCOMPARE(result.token.accessToken, QStringLiteral("third-access"));
    }

    // The stored token another process got is still good: it is handed out, nothing is sent.
    void aFreshTokenAnotherProcessStoredIsUsedWithoutARequest()
    {
        TokenRefresher refresher(config(), expiringToken());
        refresher.setClock(&m_clock);
        TokenSet stored = expiringToken();
        stored.accessToken = QStringLiteral("fresh-from-the-cli");
        stored.refreshToken = QStringLiteral("rt-from-the-cli");
        stored.obtainedAt = m_clock.nowUtc();
        stored.expiresAt = m_clock.nowUtc().addSecs(3600);
        refresher.setStoredTokenReader([&](const TokenRefresher::StoredToken& done) { done(stored); });
        QSignalSpy changed(&refresher, &TokenProvider::tokenChanged);
        Result result;
        fetch(refresher, &result);
        QTRY_VERIFY(result.done);
        QCOMPARE(result.token.accessToken, QStringLiteral("fresh-from-the-cli"));
        QCOMPARE(m_endpoint->requests().size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(refresher.current().refreshToken, QStringLiteral("rt-from-the-cli"));
    }

    // invalid_grant because another process rotated the token between our read and our request:
    // the store is read again and the refresh retried once with the rotated refresh token.
    void invalidGrantAfterARotationElsewhereIsRetriedWithTheStoredToken()
    {
        m_endpoint->enqueue(FakeTokenEndpoint::json(
            400, R"({"error":"invalid_grant","error_description":"Refresh token already used."})"));
        m_endpoint->enqueue(FakeTokenEndpoint::json(200,
            R"({"access_token":"after-retry","expires_in":3600,"refresh_token":"rt-after-retry","token_type":"Bearer"})"));
        TokenRefresher refresher(config(), expiringToken());
        refresher.setClock(&m_clock);
        TokenSet rotated = expiringToken();
        rotated.accessToken = QStringLiteral("rotated-access");
        rotated.refreshToken = QStringLiteral("rt-rotated");
        rotated.expiresAt = m_clock.nowUtc().addSecs(5); // about to expire: still refreshed
        int reads = 0;
        refresher.setStoredTokenReader([&](const TokenRefresher::StoredToken& done) {
            ++reads;
            done(reads == 1 ? expiringToken() : rotated); // the rotation lands after the first read
        });
        QSignalSpy reauthorize(&refresher, &TokenProvider::reauthorizationRequired);
        Result result;
        fetch(refresher, &result);
        QTRY_VERIFY(result.done);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.token.accessToken, QStringLiteral("after-retry"));
        QCOMPARE(reads, 2);
        QCOMPARE(m_endpoint->requests().size(), 2);
        QCOMPARE(m_endpoint->requests().at(0).form().value(QStringLiteral("refresh_token")),
            QStringLiteral("rt+old/value=="));
        QCOMPARE(m_endpoint->requests().at(1).form().value(QStringLiteral("refresh_token")),
            QStringLiteral("rt-rotated"));
        QCOMPARE(reauthorize.size(), 0);
    }

    // Two processes (two refreshers sharing one store and one lock file) asked to refresh at the
    // same moment: the second waits for the first to write its rotated pair, reads it, and sends
    // the new refresh token. Without the lock both would send the same one and one would be refused.
    void processesSharingTheLockRefreshOneAfterTheOther()
    {
        m_endpoint->enqueue(FakeTokenEndpoint::json(200,
            R"({"access_token":"first-access","expires_in":3600,"refresh_token":"rt-first","token_type":"Bearer"})"));
        m_endpoint->enqueue(FakeTokenEndpoint::json(200,
            R"({"access_token":"second-access","expires_in":3600,"refresh_token":"rt-second","token_type":"Bearer"})"));
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString lockPath = folder.filePath(QStringLiteral("locks/account.refresh.lock"));
        TokenSet store = expiringToken();
        int writes = 0;
        auto share = [&](TokenRefresher& refresher) {
            refresher.setClock(&m_clock);
            refresher.setStoredTokenReader([&](const TokenRefresher::StoredToken& done) { done(store); });
            refresher.setStoredTokenWriter([&](const TokenSet& renewed, std::function<void()> written) {
                // The keychain answers later: the lock must be held until then.
                QTimer::singleShot(50, this, [&store, &writes, renewed, written] {
                    store = renewed;
                    ++writes;
                    written();
                });
            });
            refresher.setRefreshLock(new RefreshLock(lockPath));
        };
        TokenRefresher console(config(), expiringToken());
        TokenRefresher cli(config(), expiringToken());
        share(console);
        share(cli);
        QSignalSpy consoleDone(&console, &TokenRefresher::refreshFinished);
        QSignalSpy cliDone(&cli, &TokenRefresher::refreshFinished);
        console.refreshNow();
        cli.refreshNow();
        QTRY_COMPARE(consoleDone.size() + cliDone.size(), 2);
        QVERIFY2(
            consoleDone.constFirst().at(0).toBool(), qPrintable(consoleDone.constFirst().at(1).toString()));
        QVERIFY2(cliDone.constFirst().at(0).toBool(), qPrintable(cliDone.constFirst().at(1).toString()));
        QCOMPARE(m_endpoint->requests().size(), 2);
        QCOMPARE(m_endpoint->requests().at(0).form().value(QStringLiteral("refresh_token")),
            QStringLiteral("rt+old/value=="));
        QCOMPARE(m_endpoint->requests().at(1).form().value(QStringLiteral("refresh_token")),
            QStringLiteral("rt-first"));
        QCOMPARE(writes, 2);
        QCOMPARE(store.refreshToken, QStringLiteral("rt-second"));
        QCOMPARE(console.current().accessToken, QStringLiteral("first-access"));
        QCOMPARE(cli.current().accessToken, QStringLiteral("second-access"));
        QVERIFY(!console.isRefreshing());
        QVERIFY(!cli.isRefreshing());
    }

    // invalid_grant and the store holds nothing newer: one retry of the read (spaced), no second
    // request, and the account needs the browser again.
    void invalidGrantWithNothingNewerStoredNeedsReauthorization()
    {
        m_endpoint->setDefaultResponse(FakeTokenEndpoint::json(
            400, R"({"error":"invalid_grant","error_description":"Refresh token revoked."})"));
        TokenRefresher refresher(config(), expiringToken());
        refresher.setClock(&m_clock);
        int reads = 0;
        refresher.setStoredTokenReader([&](const TokenRefresher::StoredToken& done) {
            ++reads;
            done(expiringToken());
        });
        QSignalSpy reauthorize(&refresher, &TokenProvider::reauthorizationRequired);
        Result result;
        fetch(refresher, &result);
        QTRY_VERIFY_WITH_TIMEOUT(result.done, 10000);
        QVERIFY(result.error.contains(QStringLiteral("Refresh token revoked.")));
        QCOMPARE(m_endpoint->requests().size(), 1);
        QCOMPARE(reads, 1 + TokenRefresher::RotationReads);
        QCOMPARE(reauthorize.size(), 1);
        QVERIFY(refresher.needsReauthorization());
    }

    // The API refused the token it was given: renewRejected() refreshes once; a caller whose
    // refused token was already replaced gets the replacement without another request.
    void aRejectedTokenIsRenewedOnce()
    {
        m_endpoint->setDefaultResponse(FakeTokenEndpoint::json(200,
            R"({"access_token":"renewed","expires_in":3600,"refresh_token":"rt-renewed","token_type":"Bearer"})"));
        TokenSet token = expiringToken();
        token.expiresAt = m_clock.nowUtc().addSecs(3000); // the client believes it valid
        TokenRefresher refresher(config(), token);
        refresher.setClock(&m_clock);
        Result first, late;
        refresher.renewRejected(this, token, [&first](const TokenSet& renewed, const QString& error) {
            first = {true, renewed, error};
        });
        QTRY_VERIFY(first.done);
        QCOMPARE(first.token.accessToken, QStringLiteral("renewed"));
        refresher.renewRejected(this, token, [&late](const TokenSet& renewed, const QString& error) {
            late = {true, renewed, error};
        });
        QTRY_VERIFY(late.done);
        QCOMPARE(late.token.accessToken, QStringLiteral("renewed"));
        QCOMPARE(m_endpoint->requests().size(), 1);
    }

    void otherErrorsDoNotAskForReauthorization()
    {
        m_endpoint->setDefaultResponse(
            FakeTokenEndpoint::json(503, R"({"error":"temporarily_unavailable"})"));
        TokenRefresher refresher(config(), expiringToken());
        refresher.setClock(&m_clock);
        QSignalSpy reauthorize(&refresher, &TokenProvider::reauthorizationRequired);
        Result result;
        fetch(refresher, &result);
        QTRY_VERIFY(result.done);
        QVERIFY(result.error.contains(QStringLiteral("temporarily_unavailable")));
        QCOMPARE(reauthorize.size(), 0);
        QVERIFY(!refresher.needsReauthorization());
    }

    void clientCredentialsAreFetchedAgainOnExpiry()
    {
        m_endpoint->setDefaultResponse(
            FakeTokenEndpoint::json(200, R"({"access_token":"cc-again","expires_in":3600})"));
        TokenRefresher refresher(
            config(QStringLiteral("cc-secret")), expiringToken(TokenSet::Grant::ClientCredentials));
        refresher.setClock(&m_clock);
        refresher.setCustomerKey(QStringLiteral("customer/key+="));
        Result result;
        fetch(refresher, &result);
        QTRY_VERIFY(result.done);
        QCOMPARE(result.token.accessToken, QStringLiteral("cc-again"));
        QCOMPARE(result.token.grant, TokenSet::Grant::ClientCredentials);
        const auto form = m_endpoint->requests().first().form();
        QCOMPARE(form.value(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
        QCOMPARE(form.value(QStringLiteral("customer_key")), QStringLiteral("customer/key+="));
    }

    void confidentialRefreshWithoutSecretStopsBeforeSending_data()
    {
        QTest::addColumn<TokenSet::Grant>("grant");
        QTest::newRow("authorization code") << TokenSet::Grant::AuthorizationCode;
        QTest::newRow("client credentials") << TokenSet::Grant::ClientCredentials;
    }

    void confidentialRefreshWithoutSecretStopsBeforeSending()
    {
        QFETCH(TokenSet::Grant, grant);
        TokenRefresher refresher(config(), expiringToken(grant));
        refresher.setClock(&m_clock);
        QSignalSpy finished(&refresher, &TokenRefresher::refreshFinished);
        QSignalSpy reauthorize(&refresher, &TokenProvider::reauthorizationRequired);
        Result result;
        fetch(refresher, &result);
        QTRY_VERIFY(result.done);
        QCOMPARE(result.error,
            QStringLiteral("Refreshing this account needs the app's client secret, and none is available (it "
                           "is not in the keychain). Save the client secret, then refresh again; nothing was "
                           "sent."));
        QVERIFY(!result.token.isValid());
        QCOMPARE(refresher.lastFailure(), TokenRefresher::Failure::MissingClientSecret);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reauthorize.size(), 0);
        QCOMPARE(refresher.requestCount(), 0);
        QVERIFY(m_endpoint->requests().isEmpty());
    }

    void confidentialRefreshSendsItsSecret()
    {
        m_endpoint->setDefaultResponse(
            FakeTokenEndpoint::json(200, R"({"access_token":"renewed","expires_in":60})"));
        TokenRefresher refresher(
            config(QStringLiteral("s3cret+/=")), expiringToken(TokenSet::Grant::AuthorizationCode));
        refresher.setClock(&m_clock);
        Result result;
        fetch(refresher, &result);
        QTRY_VERIFY(result.done);
        QCOMPARE(result.token.accessToken, QStringLiteral("renewed"));
        QCOMPARE(m_endpoint->requests().first().form().value(QStringLiteral("client_secret")),
            QStringLiteral("s3cret+/="));
    }

    void unusableTokenValuesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problem");
        const QString notString = QStringLiteral("is not a string");
        const QString characters = QStringLiteral("holds characters other than visible ASCII");
        QTest::newRow("CR LF in access") << QByteArray(R"({"access_token":"a\r\nX-Evil: 1"})") << characters;
        QTest::newRow("LF in access") << QByteArray(R"({"access_token":"a\nb"})") << characters;
        QTest::newRow("NUL in access") << QByteArray(R"({"access_token":"a\u0000b"})") << characters;
        QTest::newRow("space in access") << QByteArray(R"({"access_token":"a b"})") << characters;
        QTest::newRow("non-ASCII access") << QByteArray(R"({"access_token":"t\u00e9st"})") << characters;
        QTest::newRow("number access") << QByteArray(R"({"access_token":12345})") << notString;
        QTest::newRow("object access") << QByteArray(R"({"access_token":{"v":"x"}})") << notString;
        QTest::newRow("form access with CR")
            << QByteArray("access_token=a%0Db&token_type=bearer") << characters;
        QTest::newRow("too long access")
            << QByteArray("{\"access_token\":\"") + QByteArray(16 * 1024 + 1, 'a') + "\"}"
            << QStringLiteral("longer than 16384 characters");
        QTest::newRow("CR LF in refresh")
            << QByteArray(R"({"access_token":"fine","refresh_token":"r\r\nx"})") << characters;
        QTest::newRow("number refresh")
            << QByteArray(R"({"access_token":"fine","refresh_token":7})") << notString;
        QTest::newRow("too long refresh") << QByteArray("{\"access_token\":\"fine\",\"refresh_token\":\"")
                + QByteArray(16 * 1024 + 1, 'r')
                + "\"}" << QStringLiteral("longer than 16384 characters");
    }

    void unusableTokenValuesAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, problem);
        FakeTokenEndpoint::Response response = FakeTokenEndpoint::json(200, body);
        if (!body.startsWith('{'))
            response.contentType = "application/x-www-form-urlencoded";
        m_endpoint->setDefaultResponse(response);
        TokenRefresher refresher(config(), expiringToken());
        refresher.setClock(&m_clock);
        QSignalSpy changed(&refresher, &TokenProvider::tokenChanged);
        Result result;
        fetch(refresher, &result);
        QTRY_VERIFY(result.done);
        QVERIFY2(result.error.contains(problem), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("the token was not used")), qPrintable(result.error));
        QVERIFY(!result.token.isValid());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(refresher.current().accessToken, QStringLiteral("old-access-token"));
        QCOMPARE(refresher.lastFailure(), TokenRefresher::Failure::Refused);
    }

    void largestAcceptedTokenIsUsed()
    {
        const QByteArray longest(16 * 1024, 'z');
        m_endpoint->setDefaultResponse(
            FakeTokenEndpoint::json(200, "{\"access_token\":\"" + longest + "\"}"));
        TokenRefresher refresher(config(), expiringToken());
        refresher.setClock(&m_clock);
        Result result;
        fetch(refresher, &result);
        QTRY_VERIFY(result.done);
        QCOMPARE(result.token.accessToken, QString::fromLatin1(longest));
    }

    void noRefreshTokenMeansReauthorization()
    {
        TokenSet token = expiringToken();
        token.refreshToken.clear();
        TokenRefresher refresher(config(), token);
        refresher.setClock(&m_clock);
        QSignalSpy reauthorize(&refresher, &TokenProvider::reauthorizationRequired);
        Result result;
        fetch(refresher, &result);
        QTRY_VERIFY(result.done);
        QCOMPARE(reauthorize.size(), 1);
        QVERIFY(m_endpoint->requests().isEmpty());
    }

    void destroyedContextIsNotCalled()
    {
        m_endpoint->setDefaultResponse(
            FakeTokenEndpoint::json(200, R"({"access_token":"late","expires_in":3600})"));
        TokenRefresher refresher(config(), expiringToken());
        refresher.setClock(&m_clock);
        auto* context = new QObject;
        bool called = false;
        refresher.fetchValidToken(context, 60, [&called](const TokenSet&, const QString&) { called = true; });
        delete context;
        QSignalSpy changed(&refresher, &TokenProvider::tokenChanged);
        QVERIFY(changed.wait());
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void noSecretIsLogged()
    {
        LogCapture capture;
        m_endpoint->setDefaultResponse(FakeTokenEndpoint::json(200,
            R"({"access_token":"logged-access-x","expires_in":3600,"refresh_token":"logged-refresh-y"})"));
        TokenRefresher refresher(config(), expiringToken());
        refresher.setClock(&m_clock);
        Result result;
        fetch(refresher, &result);
        QTRY_VERIFY(result.done);
        QCOMPARE(capture.linesContainingAny({QStringLiteral("logged-access-x"),
                     QStringLiteral("logged-refresh-y"), QStringLiteral("rt+old/value==")}),
            QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_TokenRefresher)
#include "tst_tokenrefresher.moc"
