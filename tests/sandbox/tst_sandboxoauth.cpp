#include "LogCapture.h"
#include "ManualClock.h"
#include "SandboxTestHttp.h"
#include "TestBrowser.h"
#include "sandbox/SandboxHttpFrontend.h"
#include "sandbox/SandboxServer.h"
#include "util/UtcTime.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

const QString WebSecret = QStringLiteral("sbx-secret/web+key=1");
const QString Verifier = QStringLiteral("dBjftJeZ4CjZo-8ckxFd3_kkBb4tBa-4pm7mNfRSi1pXKsZ9Tq");

QString s256(const QString& verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrl withQuery(QUrl url, const QList<QPair<QString, QString>>& items)
{
    QByteArray query;
    for (const auto& item : items)
        query += (query.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(item.first) + '='
            + QUrl::toPercentEncoding(item.second);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

QString queryValue(const QUrl& url, const QString& key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

class tst_SandboxOAuth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    ManualClock m_clock;
    SandboxTestHttp m_http;

    // Loopback redirect URIs match on any port (RFC 8252 §7.3); nothing listens on port 1.
    static QString redirectUri() { return QStringLiteral("http://127.0.0.1:1/callback"); }

    QUrl authorizeUrl(const QString& clientId, QList<QPair<QString, QString>> extra = {}) const
    {
        QList<QPair<QString, QString>> items {{QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("client_id"), clientId}, {QStringLiteral("redirect_uri"), redirectUri()},
            {QStringLiteral("state"), QStringLiteral("st/at+e=1%")},
            {QStringLiteral("scope"), QStringLiteral("openApi")}};
        items += extra;
        return withQuery(m_server->authorizeUrl(), items);
    }

    // Runs the consent page as accountId; returns where the sandbox redirected the browser.
    QUrl consent(const QUrl& url, const QString& accountId = QStringLiteral("alice"), bool approve = true)
    {
        TestBrowser browser;
        browser.setFollowFinalRedirect(false);
        QSignalSpy finished(&browser, &TestBrowser::finished);
        browser.open(url, accountId, approve);
        if (!finished.wait(20000))
            return QUrl();
        return browser.redirectUrl();
    }

    HttpResult exchange(const QString& code, const QString& clientId, const QString& secret,
        const QString& verifier = QString(), bool useBasic = false)
    {
        QList<QPair<QString, QString>> fields {
            {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("code"), code}, {QStringLiteral("redirect_uri"), redirectUri()}};
        if (!verifier.isEmpty())
            fields.append({QStringLiteral("code_verifier"), verifier});
        if (useBasic)
            return m_http.postForm(m_server->tokenUrl(), fields, SandboxTestHttp::basic(clientId, secret));
        fields.append({QStringLiteral("client_id"), clientId});
        if (!secret.isEmpty())
            fields.append({QStringLiteral("client_secret"), secret});
        return m_http.postForm(m_server->tokenUrl(), fields);
    }

    QString webCode()
    {
        return queryValue(consent(authorizeUrl(QStringLiteral("sandbox-web"))), QStringLiteral("code"));
    }

    static void verifyTokenError(const HttpResult& result, int status, const QString& error)
    {
        QCOMPARE(result.status, status);
        QCOMPARE(result.json().value(QStringLiteral("error")).toString(), error);
        QVERIFY(!result.json().value(QStringLiteral("error_description")).toString().isEmpty());
    }

private slots:
    void init()
    {
        m_clock.set(UtcTime::make(QDate(2026, 1, 1), QTime(12, 0)));
        m_server = std::make_unique<SandboxServer>();
        m_server->setClock(&m_clock);
        QVERIFY(m_server->listen());
    }
    void cleanup() { m_server.reset(); }

    void authorizeShowsConsentFormOfTheContract()
    {
        const HttpResult page = m_http.get(authorizeUrl(QStringLiteral("sandbox-web")));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.body.contains("<form id=\"consent\" method=\"post\" action=\"/oauth/consent\">"));
        QVERIFY(page.body.contains("<input type=\"hidden\" name=\"request\" value=\""));
        QVERIFY(page.body.contains("<select name=\"account\">"));
        for (const char* account : {"alice", "bob", "carol"})
            QVERIFY(page.body.contains(QByteArray("<option value=\"") + account + "\">"));
        QVERIFY(page.body.contains("<button type=\"submit\" name=\"decision\" value=\"approve\">"));
        QVERIFY(page.body.contains("<button type=\"submit\" name=\"decision\" value=\"deny\">"));
        QVERIFY(page.body.contains("Sandbox Web App"));
        QVERIFY(page.body.contains("Sandbox"));
    }

    void approvalRedirectsWithCodeAndSameState()
    {
        const QUrl redirect = consent(authorizeUrl(QStringLiteral("sandbox-web")));
        QCOMPARE(redirect.adjusted(QUrl::RemoveQuery), QUrl(redirectUri()));
        QVERIFY(!queryValue(redirect, QStringLiteral("code")).isEmpty());
        QCOMPARE(queryValue(redirect, QStringLiteral("state")), QStringLiteral("st/at+e=1%"));
    }

    void denialRedirectsWithAccessDenied()
    {
        const QUrl redirect
            = consent(authorizeUrl(QStringLiteral("sandbox-web")), QStringLiteral("bob"), false);
        QCOMPARE(queryValue(redirect, QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(queryValue(redirect, QStringLiteral("state")), QStringLiteral("st/at+e=1%"));
        QVERIFY(queryValue(redirect, QStringLiteral("code")).isEmpty());
    }

    void unknownClientGetsErrorPageNotRedirect()
    {
        const HttpResult page = m_http.get(authorizeUrl(QStringLiteral("no-such-app")));
        QCOMPARE(page.status, 400);
        QVERIFY(page.header("Location").isEmpty());
        QVERIFY(page.body.contains("no-such-app"));
    }

    void unregisteredRedirectUriGetsErrorPageNotRedirect()
    {
        QUrl url = authorizeUrl(QStringLiteral("sandbox-web"));
        QUrlQuery query(url);
        query.removeQueryItem(QStringLiteral("redirect_uri"));
        query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example/callback"));
        url.setQuery(query);
        const HttpResult page = m_http.get(url);
        QCOMPARE(page.status, 400);
        QVERIFY(page.header("Location").isEmpty());
    }

    void vendorAuthFormUsesRegisteredRedirectUri()
    {
        const QUrl url = withQuery(
            m_server->vendorAuthUrl(), {{QStringLiteral("clientId"), QStringLiteral("sandbox-web")}});
        const QUrl redirect = consent(url);
        QCOMPARE(redirect.adjusted(QUrl::RemoveQuery), QUrl(QStringLiteral("http://127.0.0.1/callback")));
        const QString code = queryValue(redirect, QStringLiteral("code"));
        QVERIFY(!code.isEmpty());
        // The authorize request carried no redirect_uri, so the token request need not either.
        const HttpResult token = m_http.postForm(m_server->tokenUrl(),
            {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                {QStringLiteral("code"), code}},
            SandboxTestHttp::basic(QStringLiteral("sandbox-web"), WebSecret));
        QCOMPARE(token.status, 200);
    }

    void autoApproveRedirectsAtOnce()
    {
        m_server->setAutoApproveAccount(QStringLiteral("carol"));
        const HttpResult answer = m_http.get(authorizeUrl(QStringLiteral("sandbox-web")));
        QCOMPARE(answer.status, 302);
        const QUrl location = QUrl::fromEncoded(answer.header("Location"));
        QVERIFY(!queryValue(location, QStringLiteral("code")).isEmpty());
    }

    void followsRedirectIntoLoopbackListener()
    {
        SandboxHttpFrontend listener([](const SandboxRequest& request) {
            return SandboxResponse::html(QStringLiteral("got ") + QString::fromLatin1(request.rawQuery));
        });
        const quint16 port = listener.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        const QString callback = QStringLiteral("http://127.0.0.1:%1/callback").arg(port);
        TestBrowser browser;
        QSignalSpy finished(&browser, &TestBrowser::finished);
        browser.open(withQuery(m_server->authorizeUrl(),
                         {{QStringLiteral("response_type"), QStringLiteral("code")},
                             {QStringLiteral("client_id"), QStringLiteral("sandbox-web")},
                             {QStringLiteral("redirect_uri"), callback},
                             {QStringLiteral("state"), QStringLiteral("xyz")}}),
            QStringLiteral("alice"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(1).toInt(), 200);
        QCOMPARE(finished.at(0).at(0).toUrl().port(), int(port));
        QVERIFY(finished.at(0).at(2).toByteArray().startsWith("got code="));
        QVERIFY(browser.lastError().isEmpty());
    }

    void authorizationCodeWithSecretInBody()
    {
        const HttpResult token = exchange(webCode(), QStringLiteral("sandbox-web"), WebSecret);
        QCOMPARE(token.status, 200);
        const QJsonObject json = token.json();
        QVERIFY(!json.value(QStringLiteral("access_token")).toString().isEmpty());
        QVERIFY(!json.value(QStringLiteral("refresh_token")).toString().isEmpty());
        QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(json.value(QStringLiteral("scope")).toString(), QStringLiteral("openApi"));
        QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 3600);
        QCOMPARE(token.header("Cache-Control"), QByteArray("no-store"));
    }

    void authorizationCodeWithBasicAuthentication()
    {
        const HttpResult token
            = exchange(webCode(), QStringLiteral("sandbox-web"), WebSecret, QString(), true);
        QCOMPARE(token.status, 200);
        QVERIFY(!token.json().value(QStringLiteral("access_token")).toString().isEmpty());
    }

    void tokenLifetimeIsConfigurable()
    {
        m_server->setTokenLifetimeSeconds(120);
        QCOMPARE(exchange(webCode(), QStringLiteral("sandbox-web"), WebSecret)
                     .json()
                     .value(QStringLiteral("expires_in"))
                     .toInt(),
            120);
    }

    void confidentialClientWithoutSecretIsInvalidClient()
    {
        const HttpResult token = exchange(webCode(), QStringLiteral("sandbox-web"), QString());
        verifyTokenError(token, 401, QStringLiteral("invalid_client"));
    }

    void wrongSecretIsInvalidClientWithChallenge()
    {
        const HttpResult token
            = exchange(webCode(), QStringLiteral("sandbox-web"), QStringLiteral("wrong"), QString(), true);
        verifyTokenError(token, 401, QStringLiteral("invalid_client"));
        QVERIFY(token.header("WWW-Authenticate").startsWith("Basic"));
    }

    void unknownClientAtTokenEndpointIsInvalidClient()
    {
        verifyTokenError(exchange(QStringLiteral("whatever"), QStringLiteral("nobody"), QStringLiteral("x")),
            401, QStringLiteral("invalid_client"));
    }

    void pkceS256WithoutSecret()
    {
        const QUrl url = authorizeUrl(QStringLiteral("sandbox-native"),
            {{QStringLiteral("code_challenge"), s256(Verifier)},
                {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
        const QString code = queryValue(consent(url), QStringLiteral("code"));
        QVERIFY(!code.isEmpty());
        const HttpResult token = exchange(code, QStringLiteral("sandbox-native"), QString(), Verifier);
        QCOMPARE(token.status, 200);
        QVERIFY(!token.json().value(QStringLiteral("refresh_token")).toString().isEmpty());
    }

    void pkcePlain()
    {
        const QUrl url = authorizeUrl(QStringLiteral("sandbox-native"),
            {{QStringLiteral("code_challenge"), Verifier},
                {QStringLiteral("code_challenge_method"), QStringLiteral("plain")}});
        const QString code = queryValue(consent(url), QStringLiteral("code"));
        QCOMPARE(exchange(code, QStringLiteral("sandbox-native"), QString(), Verifier).status, 200);
    }

    void pkceWrongVerifierIsInvalidGrant()
    {
        const QUrl url = authorizeUrl(QStringLiteral("sandbox-native"),
            {{QStringLiteral("code_challenge"), s256(Verifier)},
                {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
        const QString code = queryValue(consent(url), QStringLiteral("code"));
        const QString otherVerifier = QString(Verifier).replace(0, 1, QLatin1Char('X'));
        verifyTokenError(exchange(code, QStringLiteral("sandbox-native"), QString(), otherVerifier), 400,
            QStringLiteral("invalid_grant"));
    }

    void pkceMissingVerifierIsInvalidGrant()
    {
        const QUrl url = authorizeUrl(QStringLiteral("sandbox-native"),
            {{QStringLiteral("code_challenge"), s256(Verifier)},
                {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
        const QString code = queryValue(consent(url), QStringLiteral("code"));
        verifyTokenError(exchange(code, QStringLiteral("sandbox-native"), QString()), 400,
            QStringLiteral("invalid_grant"));
    }

    void publicClientWithoutChallengeIsRefused()
    {
        const HttpResult answer = m_http.get(authorizeUrl(QStringLiteral("sandbox-native")));
        QCOMPARE(answer.status, 302);
        QCOMPARE(queryValue(QUrl::fromEncoded(answer.header("Location")), QStringLiteral("error")),
            QStringLiteral("invalid_request"));
    }

    void unknownChallengeMethodIsRefused()
    {
        const HttpResult answer = m_http.get(authorizeUrl(QStringLiteral("sandbox-native"),
            {{QStringLiteral("code_challenge"), s256(Verifier)},
                {QStringLiteral("code_challenge_method"), QStringLiteral("S512")}}));
        QCOMPARE(queryValue(QUrl::fromEncoded(answer.header("Location")), QStringLiteral("error")),
            QStringLiteral("invalid_request"));
    }

    void codeIsSingleUse()
    {
        const QString code = webCode();
        QCOMPARE(exchange(code, QStringLiteral("sandbox-web"), WebSecret).status, 200);
        verifyTokenError(
            exchange(code, QStringLiteral("sandbox-web"), WebSecret), 400, QStringLiteral("invalid_grant"));
    }

    void codeExpiresAfterTenMinutes()
    {
        const QString code = webCode();
        m_clock.advance(10 * 60 + 1);
        verifyTokenError(
            exchange(code, QStringLiteral("sandbox-web"), WebSecret), 400, QStringLiteral("invalid_grant"));
    }

    void codeIsValidJustBeforeTenMinutes()
    {
        const QString code = webCode();
        m_clock.advance(10 * 60 - 1);
        QCOMPARE(exchange(code, QStringLiteral("sandbox-web"), WebSecret).status, 200);
    }

    void codeIsBoundToRedirectUri()
    {
        const QString code = webCode();
        const HttpResult token = m_http.postForm(m_server->tokenUrl(),
            {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                {QStringLiteral("code"), code},
                {QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:2/other")}},
            SandboxTestHttp::basic(QStringLiteral("sandbox-web"), WebSecret));
        verifyTokenError(token, 400, QStringLiteral("invalid_grant"));
    }

    void codeIsBoundToClient()
    {
        const QString code = webCode();
        verifyTokenError(
            exchange(code, QStringLiteral("sandbox-prod"), QStringLiteral("sbx-secret/prod+key=2")), 400,
            QStringLiteral("invalid_grant"));
    }

    void codesAndTokensSometimesNeedPercentEncoding()
    {
        QString awkward;
        for (int i = 0; i < 4; ++i) {
            const QString code = webCode();
            if (code.contains(QLatin1Char('/')) && code.contains(QLatin1Char('+'))
                && code.contains(QLatin1Char('=')) && code.contains(QLatin1Char('%')))
                awkward = code;
            QCOMPARE(exchange(code, QStringLiteral("sandbox-web"), WebSecret).status, 200);
        }
        QVERIFY2(!awkward.isEmpty(), "no code contained / + = %");
    }

    void helpCenterTokenEndpointTakesBasicPlusClientId()
    {
        const QUrl url(m_server->baseUrl().toString() + QStringLiteral("/api/user-web/oauth/token"));
        const QByteArray basic = SandboxTestHttp::basic(QStringLiteral("sandbox-web"), WebSecret);
        const HttpResult issued = m_http.postForm(url,
            {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                {QStringLiteral("code"), webCode()}, {QStringLiteral("redirect_uri"), redirectUri()},
                {QStringLiteral("client_id"), QStringLiteral("sandbox-web")}},
            basic);
        QCOMPARE(issued.status, 200);
        QCOMPARE(issued.json().value(QStringLiteral("scope")).toString(), QStringLiteral("openApi"));
        const QString refresh = issued.json().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!refresh.isEmpty());
        const HttpResult refreshed = m_http.postForm(url,
            {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                {QStringLiteral("refresh_token"), refresh},
                {QStringLiteral("client_id"), QStringLiteral("sandbox-web")}},
            basic);
        QCOMPARE(refreshed.status, 200);
        QVERIFY(!refreshed.json().value(QStringLiteral("access_token")).toString().isEmpty());
        QCOMPARE(m_http
                     .get(QUrl(m_server->baseUrl().toString() + QStringLiteral("/v1.0/me")),
                         SandboxTestHttp::bearer(
                             refreshed.json().value(QStringLiteral("access_token")).toString()))
                     .status,
            200);
    }

    void helpCenterTokenEndpointRefusesOtherForms()
    {
        const QUrl url(m_server->baseUrl().toString() + QStringLiteral("/api/user-web/oauth/token"));
        const QByteArray basic = SandboxTestHttp::basic(QStringLiteral("sandbox-web"), WebSecret);
        verifyTokenError(
            m_http.postForm(url,
                {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                    {QStringLiteral("code"), webCode()}, {QStringLiteral("redirect_uri"), redirectUri()},
                    {QStringLiteral("client_id"), QStringLiteral("sandbox-web")},
                    {QStringLiteral("client_secret"), WebSecret}}),
            401, QStringLiteral("invalid_client"));
        verifyTokenError(
            m_http.postForm(url,
                {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                    {QStringLiteral("code"), webCode()}, {QStringLiteral("redirect_uri"), redirectUri()}},
                basic),
            400, QStringLiteral("invalid_request"));
        verifyTokenError(m_http.postForm(url,
                             {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                 {QStringLiteral("client_id"), QStringLiteral("sandbox-web")}},
                             basic),
            400, QStringLiteral("unsupported_grant_type"));
    }

    void refreshRotatesTheRefreshToken()
    {
        const QString refresh = exchange(webCode(), QStringLiteral("sandbox-web"), WebSecret)
                                    .json()
                                    .value(QStringLiteral("refresh_token"))
                                    .toString();
        const QList<QPair<QString, QString>> fields {
            {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("refresh_token"), refresh}};
        const QByteArray basic = SandboxTestHttp::basic(QStringLiteral("sandbox-web"), WebSecret);
        const HttpResult first = m_http.postForm(m_server->tokenUrl(), fields, basic);
        QCOMPARE(first.status, 200);
        const QString rotated = first.json().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!rotated.isEmpty());
        QVERIFY(rotated != refresh);
        verifyTokenError(
            m_http.postForm(m_server->tokenUrl(), fields, basic), 400, QStringLiteral("invalid_grant"));
        QCOMPARE(m_http
                     .postForm(m_server->tokenUrl(),
                         {fields.at(0), {QStringLiteral("refresh_token"), rotated}}, basic)
                     .status,
            200);
    }

    void refreshForPublicClientNeedsNoSecret()
    {
        const QUrl url = authorizeUrl(QStringLiteral("sandbox-native"),
            {{QStringLiteral("code_challenge"), s256(Verifier)},
                {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
        const QString refresh = exchange(queryValue(consent(url), QStringLiteral("code")),
            QStringLiteral("sandbox-native"), QString(), Verifier)
                                    .json()
                                    .value(QStringLiteral("refresh_token"))
                                    .toString();
        const HttpResult renewed = m_http.postForm(m_server->tokenUrl(),
            {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                {QStringLiteral("refresh_token"), refresh},
                {QStringLiteral("client_id"), QStringLiteral("sandbox-native")}});
        QCOMPARE(renewed.status, 200);
    }

    // A client that kept tokens from an earlier run of the sandbox (the console does) can hand
    // them to a fresh sandbox: the access token works again until its expiry, the refresh token
    // until 180 days after it was issued.
    void adoptedTokensOfAnEarlierRunAreHonoured()
    {
        const QUrl url = authorizeUrl(QStringLiteral("sandbox-native"),
            {{QStringLiteral("code_challenge"), s256(Verifier)},
                {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
        const QJsonObject issued = exchange(queryValue(consent(url), QStringLiteral("code")),
            QStringLiteral("sandbox-native"), QString(), Verifier)
                                       .json();
        SandboxAuthStore::KnownTokens known;
        known.clientId = QStringLiteral("sandbox-native");
        known.accountId = QStringLiteral("alice");
        known.accessToken = issued.value(QStringLiteral("access_token")).toString();
        known.accessExpiresMs = m_clock.nowMSecs() + 3600 * 1000;
        known.refreshToken = issued.value(QStringLiteral("refresh_token")).toString();
        known.refreshIssuedMs = m_clock.nowMSecs();

        init(); // a new sandbox: it knows nothing of those tokens
        const QUrl me = m_server->apiBaseUrl().resolved(QUrl(QStringLiteral("/v1.0/me")));
        const QByteArray bearer = "Bearer " + known.accessToken.toUtf8();
        QCOMPARE(m_http.get(me, bearer).status, 401);

        SandboxAuthStore::KnownTokens stranger = known;
        stranger.accountId = QStringLiteral("nobody");
        QVERIFY(!m_server->adoptTokens(stranger));
        QCOMPARE(m_http.get(me, bearer).status, 401);

        QVERIFY(m_server->adoptTokens(known));
        QCOMPARE(m_http.get(me, bearer).status, 200);
        const HttpResult renewed = m_http.postForm(m_server->tokenUrl(),
            {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                {QStringLiteral("refresh_token"), known.refreshToken},
                {QStringLiteral("client_id"), QStringLiteral("sandbox-native")}});
        QCOMPARE(renewed.status, 200);
        // Rotated out by that refresh: handing it back again does not revive it.
        m_server->adoptTokens(known);
        verifyTokenError(m_http.postForm(m_server->tokenUrl(),
                             {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                 {QStringLiteral("refresh_token"), known.refreshToken},
                                 {QStringLiteral("client_id"), QStringLiteral("sandbox-native")}}),
            400, QStringLiteral("invalid_grant"));

        // A refresh token older than Lofty's 180 days is not brought back to life.
        init();
        known.refreshIssuedMs = m_clock.nowMSecs() - 181LL * 24 * 3600 * 1000;
        QVERIFY(m_server->adoptTokens(known));
        verifyTokenError(m_http.postForm(m_server->tokenUrl(),
                             {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                 {QStringLiteral("refresh_token"), known.refreshToken},
                                 {QStringLiteral("client_id"), QStringLiteral("sandbox-native")}}),
            400, QStringLiteral("invalid_grant"));
    }

    void clientCredentialsWithCustomerKey()
    {
        const QString key = m_server->config().account(QStringLiteral("bob"))->customerKey;
        const HttpResult token = m_http.postForm(m_server->tokenUrl(),
            {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                {QStringLiteral("customer_key"), key}},
            SandboxTestHttp::basic(QStringLiteral("sandbox-web"), WebSecret));
        QCOMPARE(token.status, 200);
        QVERIFY(!token.json().value(QStringLiteral("access_token")).toString().isEmpty());
        QVERIFY(!token.json().contains(QStringLiteral("refresh_token")));
        QCOMPARE(token.json().value(QStringLiteral("scope")).toString(), QStringLiteral("openApi"));
    }

    void clientCredentialsWithUnknownCustomerKeyIsInvalidGrant()
    {
        verifyTokenError(m_http.postForm(m_server->tokenUrl(),
                             {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                 {QStringLiteral("customer_key"), QStringLiteral("eyJ.not.a-key")},
                                 {QStringLiteral("client_id"), QStringLiteral("sandbox-web")},
                                 {QStringLiteral("client_secret"), WebSecret}}),
            400, QStringLiteral("invalid_grant"));
    }

    void clientCredentialsWithoutCustomerKeyIsInvalidRequest()
    {
        verifyTokenError(m_http.postForm(m_server->tokenUrl(),
                             {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
                             SandboxTestHttp::basic(QStringLiteral("sandbox-web"), WebSecret)),
            400, QStringLiteral("invalid_request"));
    }

    void publicClientMayNotUseClientCredentials()
    {
        const QString key = m_server->config().account(QStringLiteral("bob"))->customerKey;
        verifyTokenError(m_http.postForm(m_server->tokenUrl(),
                             {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                 {QStringLiteral("customer_key"), key},
                                 {QStringLiteral("client_id"), QStringLiteral("sandbox-native")}}),
            400, QStringLiteral("unauthorized_client"));
    }

    void unsupportedGrantType()
    {
        verifyTokenError(m_http.postForm(m_server->tokenUrl(),
                             {{QStringLiteral("grant_type"), QStringLiteral("password")}},
                             SandboxTestHttp::basic(QStringLiteral("sandbox-web"), WebSecret)),
            400, QStringLiteral("unsupported_grant_type"));
    }

    void missingGrantTypeIsInvalidRequest()
    {
        verifyTokenError(m_http.postForm(m_server->tokenUrl(), {},
                             SandboxTestHttp::basic(QStringLiteral("sandbox-web"), WebSecret)),
            400, QStringLiteral("invalid_request"));
    }

    void declinedAppCannotBeAuthorizedByNewAccounts()
    {
        const QUrl redirect = consent(authorizeUrl(QStringLiteral("sandbox-declined")));
        QCOMPARE(queryValue(redirect, QStringLiteral("error")), QStringLiteral("unauthorized_client"));
        QVERIFY(queryValue(redirect, QStringLiteral("code")).isEmpty());
    }

    void underReviewAppStillServesAccountsThatAuthorizedBefore()
    {
        SandboxConfig config = SandboxConfig::builtIn();
        config.app(QStringLiteral("sandbox-review"))->authorizedAccounts = {QStringLiteral("alice")};
        m_server->setConfig(config);
        QVERIFY(!queryValue(consent(authorizeUrl(QStringLiteral("sandbox-review")), QStringLiteral("alice")),
            QStringLiteral("code"))
                     .isEmpty());
        QCOMPARE(queryValue(consent(authorizeUrl(QStringLiteral("sandbox-review")), QStringLiteral("bob")),
                     QStringLiteral("error")),
            QStringLiteral("unauthorized_client"));
    }

    void consentFormIsSingleUse()
    {
        const HttpResult page = m_http.get(authorizeUrl(QStringLiteral("sandbox-web")));
        const QRegularExpression requestField(QStringLiteral("name=\"request\" value=\"([^\"]+)\""));
        const QString requestId = requestField.match(QString::fromUtf8(page.body)).captured(1);
        const QList<QPair<QString, QString>> form {{QStringLiteral("request"), requestId},
            {QStringLiteral("account"), QStringLiteral("alice")},
            {QStringLiteral("decision"), QStringLiteral("approve")}};
        const QUrl consentUrl = m_server->baseUrl().resolved(QUrl(QStringLiteral("/oauth/consent")));
        QCOMPARE(m_http.postForm(consentUrl, form).status, 302);
        QCOMPARE(m_http.postForm(consentUrl, form).status, 400);
    }

    void secretsNeverReachTheLog()
    {
        LogCapture capture;
        const QString code = webCode();
        const QJsonObject token = exchange(code, QStringLiteral("sandbox-web"), WebSecret).json();
        const QStringList secrets {code, token.value(QStringLiteral("access_token")).toString(),
            token.value(QStringLiteral("refresh_token")).toString(), WebSecret};
        QVERIFY(!capture.lines().isEmpty());
        QCOMPARE(capture.linesContainingAny(secrets), QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_SandboxOAuth)
#include "tst_sandboxoauth.moc"
