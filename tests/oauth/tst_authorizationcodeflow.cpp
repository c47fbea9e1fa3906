#include "FakeTokenEndpoint.h"
#include "LogCapture.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/Pkce.h"
#include "util/SecretMasker.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

// The authorization-code flow against a QTcpServer token endpoint. The "browser" reads the
// authorize URL and calls the real loopback listener with the code and state a provider would
// send, so encodings, state checks and error shapes can be driven precisely.
namespace {

const QString ClientSecret = QStringLiteral("fake-secret/web+key=1%x");
const QString Code = QStringLiteral("4/0Ab+cd=ef%gh");
const QString AccessToken = QStringLiteral("at/+=%access-0123");
const QString RefreshToken = QStringLiteral("rt+abc/def==");

QByteArray tokenBody()
{
    return R"({"access_token":"at/+=%access-0123","token_type":"Bearer","expires_in":3600,)"
           R"("refresh_token":"rt+abc/def==","scope":"openApi"})";
}

QString queryValue(const QUrl& url, const QString& key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

// Sends raw bytes to the listener as a browser (or anyone on this machine) could, and returns
// everything it answered before closing the connection.
QByteArray exchange(quint16 port, const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(5000))
        return QByteArray();
    socket.write(request);
    QByteArray answer;
    QDeadlineTimer deadline(15000);
    while (socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
        QTest::qWait(10); // the listener lives in this thread
        answer += socket.readAll();
    }
    return answer + socket.readAll();
}

QByteArray statusLine(const QByteArray& answer)
{
    return answer.left(answer.indexOf("\r\n"));
}

} // namespace

class tst_AuthorizationCodeFlow : public QObject
{
    Q_OBJECT

private:
    FakeTokenEndpoint* m_endpoint = nullptr;
    QNetworkAccessManager* m_browser = nullptr;

    OAuthClientConfig config(bool withSecret = true) const
    {
        OAuthClientConfig c;
        c.authorizeUrl = QUrl(QStringLiteral("http://127.0.0.1:9/oauth/authorize"));
        c.tokenUrl = m_endpoint->url();
        c.clientId = QStringLiteral("fake-client");
        c.clientSecret = withSecret ? ClientSecret : QString();
        return c;
    }

    // GETs the listener's redirect URI with the given query, as a browser following the 302 would.
    QNetworkReply* callBack(const AuthorizationCodeFlow& flow, const QList<QPair<QString, QString>>& query)
    {
        QUrl url(flow.redirectUri());
        QStringList parts;
        for (const auto& item : query)
            parts << item.first + QLatin1Char('=')
                    + QString::fromLatin1(QUrl::toPercentEncoding(item.second));
        url.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
        return m_browser->get(QNetworkRequest(url));
    }

    QNetworkReply* callBackWithCode(const AuthorizationCodeFlow& flow)
    {
        return callBack(flow,
            {{QStringLiteral("code"), Code},
                {QStringLiteral("state"), queryValue(flow.authorizeUrl(), QStringLiteral("state"))}});
    }

    static QString failureOf(const QSignalSpy& failed)
    {
        return failed.isEmpty() ? QString() : failed.first().first().toString();
    }

private slots:
    void init()
    {
        m_endpoint = new FakeTokenEndpoint(this);
        QVERIFY(m_endpoint->listen());
        m_endpoint->setDefaultResponse(FakeTokenEndpoint::json(200, tokenBody()));
        m_browser = new QNetworkAccessManager(this);
        m_browser->setProxy(QNetworkProxy::NoProxy);
    }

    void cleanup()
    {
        delete m_browser;
        delete m_endpoint;
    }

    void redirectUriIsExactLoopbackCallback()
    {
        AuthorizationCodeFlow flow(config());
        QSignalSpy browser(&flow, &AuthorizationCodeFlow::openBrowserRequested);
        flow.start();
        QCOMPARE(browser.size(), 1);
        QVERIFY(flow.listenerPort() > 0);
        QCOMPARE(flow.redirectUri(), QStringLiteral("http://127.0.0.1:%1/callback").arg(flow.listenerPort()));
        const QUrl url = browser.first().first().toUrl();
        QCOMPARE(url, flow.authorizeUrl());
        QCOMPARE(queryValue(url, QStringLiteral("redirect_uri")), flow.redirectUri());
        QCOMPARE(queryValue(url, QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(queryValue(url, QStringLiteral("client_id")), QStringLiteral("fake-client"));
        QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("scope")));
        QCOMPARE(queryValue(url, QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        flow.cancel();
    }

    void redirectHostAndPathComeFromTheConfig()
    {
        OAuthClientConfig c = config();
        c.redirectHost = QStringLiteral("localhost");
        c.callbackPath = QStringLiteral("/oauth/done");
        AuthorizationCodeFlow flow(c);
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.start();
        QCOMPARE(
            flow.redirectUri(), QStringLiteral("http://localhost:%1/oauth/done").arg(flow.listenerPort()));
        QCOMPARE(queryValue(flow.authorizeUrl(), QStringLiteral("redirect_uri")), flow.redirectUri());
        const QByteArray answer = exchange(flow.listenerPort(),
            "GET /oauth/done?code=abc&state="
                + queryValue(flow.authorizeUrl(), QStringLiteral("state")).toLatin1()
                + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QCOMPARE(statusLine(answer), QByteArray("HTTP/1.1 200 OK"));
        // exchange() runs the event loop until the listener closes: the grant may be in already.
        QTRY_COMPARE_WITH_TIMEOUT(granted.count(), 1, 15000);
        QCOMPARE(
            m_endpoint->requests().first().form().value(QStringLiteral("redirect_uri")), flow.redirectUri());
    }

    void redirectHostOutsideLoopbackIsRefused()
    {
        OAuthClientConfig c = config();
        c.redirectHost = QStringLiteral("192.168.1.5");
        AuthorizationCodeFlow flow(c);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failureOf(failed),
            QStringLiteral("The redirect host must be 127.0.0.1 or localhost, not \"192.168.1.5\"."));
        QCOMPARE(flow.lastFailure(), OAuthFlow::Failure::MissingInput);
    }

    void confidentialClientSendsPkceAndSecret_data()
    {
        QTest::addColumn<OAuthClientConfig::ClientAuthMethod>("method");
        QTest::newRow("secret in body") << OAuthClientConfig::ClientAuthMethod::RequestBody;
        QTest::newRow("HTTP Basic") << OAuthClientConfig::ClientAuthMethod::HttpBasic;
    }

    void confidentialClientSendsPkceAndSecret()
    {
        QFETCH(OAuthClientConfig::ClientAuthMethod, method);
        OAuthClientConfig c = config();
        c.clientAuthMethod = method;
        AuthorizationCodeFlow flow(c);
        flow.setGrant(TokenSet::Grant::AuthorizationCode);
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.start();
        const QString challenge = queryValue(flow.authorizeUrl(), QStringLiteral("code_challenge"));
        callBackWithCode(flow);
        QVERIFY(granted.wait());
        const auto request = m_endpoint->requests().first();
        QCOMPARE(
            Pkce::challengeFor(request.form().value(QStringLiteral("code_verifier")), Pkce::Method::S256),
            challenge);
        const bool basic = method == OAuthClientConfig::ClientAuthMethod::HttpBasic;
        QCOMPARE(request.form().value(QStringLiteral("client_secret")), basic ? QString() : ClientSecret);
        QCOMPARE(request.headers.contains("authorization"), basic);
        QCOMPARE(granted.first().first().value<TokenSet>().grant, TokenSet::Grant::AuthorizationCode);
    }

    void pkceWithSecretCanBeTurnedOff()
    {
        OAuthClientConfig c = config();
        c.pkceWithSecret = false;
        AuthorizationCodeFlow flow(c);
        flow.setGrant(TokenSet::Grant::AuthorizationCode);
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.start();
        QVERIFY(!QUrlQuery(flow.authorizeUrl()).hasQueryItem(QStringLiteral("code_challenge")));
        callBackWithCode(flow);
        QVERIFY(granted.wait());
        QVERIFY(!m_endpoint->requests().first().form().contains(QStringLiteral("code_verifier")));
    }

    void pkceGrantNeverSendsTheSecret_data()
    {
        QTest::addColumn<OAuthClientConfig::ClientAuthMethod>("method");
        QTest::newRow("secret in body") << OAuthClientConfig::ClientAuthMethod::RequestBody;
        QTest::newRow("HTTP Basic") << OAuthClientConfig::ClientAuthMethod::HttpBasic;
    }

    void pkceGrantNeverSendsTheSecret()
    {
        QFETCH(OAuthClientConfig::ClientAuthMethod, method);
        OAuthClientConfig c = config(); // the profile has a secret
        c.clientAuthMethod = method;
        c.pkceWithSecret = false; // irrelevant for a public client
        AuthorizationCodeFlow flow(c);
        flow.setGrant(TokenSet::Grant::AuthorizationCodePkce);
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.start();
        QCOMPARE(
            queryValue(flow.authorizeUrl(), QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        callBackWithCode(flow);
        QVERIFY(granted.wait());
        const auto request = m_endpoint->requests().first();
        QVERIFY(!request.form().contains(QStringLiteral("client_secret")));
        QVERIFY(!request.headers.contains("authorization"));
        QVERIFY(!request.body.contains(QUrl::toPercentEncoding(ClientSecret)));
        QCOMPARE(request.form().value(QStringLiteral("client_id")), QStringLiteral("fake-client"));
        QCOMPARE(granted.first().first().value<TokenSet>().grant, TokenSet::Grant::AuthorizationCodePkce);
    }

    void vendorAuthStyleAddsClientIdAndExtras()
    {
        OAuthClientConfig c = config();
        c.authorizeStyle = OAuthClientConfig::AuthorizeStyle::LoftyVendorAuth;
        c.extraAuthorizeParameters = {{QStringLiteral("prompt"), QStringLiteral("a+b c&d")}};
        AuthorizationCodeFlow flow(c);
        flow.start();
        QCOMPARE(queryValue(flow.authorizeUrl(), QStringLiteral("clientId")), QStringLiteral("fake-client"));
        QCOMPARE(queryValue(flow.authorizeUrl(), QStringLiteral("prompt")), QStringLiteral("a+b c&d"));
        flow.cancel();
    }

    void codeAndSecretWithSpecialCharactersArriveIntact()
    {
        AuthorizationCodeFlow flow(config());
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.start();
        callBackWithCode(flow);
        QVERIFY(granted.wait());
        QCOMPARE(m_endpoint->requests().size(), 1);
        const auto form = m_endpoint->requests().first().form();
        QCOMPARE(form.value(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
        QCOMPARE(form.value(QStringLiteral("code")), Code);
        QCOMPARE(form.value(QStringLiteral("client_secret")), ClientSecret);
        QCOMPARE(form.value(QStringLiteral("client_id")), QStringLiteral("fake-client"));
        QCOMPARE(form.value(QStringLiteral("redirect_uri")), flow.redirectUri());
        QVERIFY(!m_endpoint->requests().first().headers.contains("authorization"));
        const TokenSet token = granted.first().first().value<TokenSet>();
        QCOMPARE(token.accessToken, AccessToken);
        QCOMPARE(token.refreshToken, RefreshToken);
        QCOMPARE(token.scope, QStringLiteral("openApi"));
        QCOMPARE(token.grant, TokenSet::Grant::AuthorizationCode);
    }

    void basicAuthSendsHeaderAndNoSecretInBody()
    {
        OAuthClientConfig c = config();
        c.clientAuthMethod = OAuthClientConfig::ClientAuthMethod::HttpBasic;
        AuthorizationCodeFlow flow(c);
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.start();
        callBackWithCode(flow);
        QVERIFY(granted.wait());
        const auto request = m_endpoint->requests().first();
        QVERIFY(!request.form().contains(QStringLiteral("client_secret")));
        const QByteArray header = request.headers.value("authorization");
        QVERIFY(header.startsWith("Basic "));
        const QByteArray decoded = QByteArray::fromBase64(header.mid(6));
        QCOMPARE(decoded, QByteArray("fake-client:") + QUrl::toPercentEncoding(ClientSecret));
    }

    void pkceSendsVerifierMatchingChallenge_data()
    {
        QTest::addColumn<AuthorizationCodeFlow::PkceMode>("mode");
        QTest::addColumn<QString>("method");
        QTest::newRow("S256") << AuthorizationCodeFlow::PkceMode::S256 << QStringLiteral("S256");
        QTest::newRow("plain") << AuthorizationCodeFlow::PkceMode::Plain << QStringLiteral("plain");
    }

    void pkceSendsVerifierMatchingChallenge()
    {
        QFETCH(AuthorizationCodeFlow::PkceMode, mode);
        QFETCH(QString, method);
        AuthorizationCodeFlow flow(config(false));
        flow.setPkceMode(mode);
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.start();
        QCOMPARE(queryValue(flow.authorizeUrl(), QStringLiteral("code_challenge_method")), method);
        const QString challenge = queryValue(flow.authorizeUrl(), QStringLiteral("code_challenge"));
        callBackWithCode(flow);
        QVERIFY(granted.wait());
        const auto form = m_endpoint->requests().first().form();
        const QString verifier = form.value(QStringLiteral("code_verifier"));
        QVERIFY(Pkce::isValidVerifier(verifier));
        QCOMPARE(
            Pkce::challengeFor(verifier,
                mode == AuthorizationCodeFlow::PkceMode::Plain ? Pkce::Method::Plain : Pkce::Method::S256),
            challenge);
        QVERIFY(!form.contains(QStringLiteral("client_secret")));
        QCOMPARE(granted.first().first().value<TokenSet>().grant, TokenSet::Grant::AuthorizationCodePkce);
    }

    void verifierAndStateAreFreshEveryAttempt()
    {
        AuthorizationCodeFlow flow(config(false));
        QStringList challenges, states;
        for (int i = 0; i < 3; ++i) {
            flow.start();
            challenges << queryValue(flow.authorizeUrl(), QStringLiteral("code_challenge"));
            states << queryValue(flow.authorizeUrl(), QStringLiteral("state"));
            flow.cancel();
        }
        QCOMPARE(QSet<QString>(challenges.begin(), challenges.end()).size(), 3);
        QCOMPARE(QSet<QString>(states.begin(), states.end()).size(), 3);
        QVERIFY(states.first().size() >= 32);
    }

    void tokenEndpointErrorsSurfaceWithTheirText_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QByteArray>("extraHeaders");
        QTest::newRow("invalid_grant")
            << 400 << QByteArray("application/json")
            << QByteArray(R"({"error":"invalid_grant","error_description":"Code expired or already used."})")
            << QStringList {QStringLiteral("invalid_grant"), QStringLiteral("Code expired or already used."),
                   QStringLiteral("400")}
            << QByteArray();
        QTest::newRow("invalid_client 401")
            << 401 << QByteArray("application/json")
            << QByteArray(R"({"error":"invalid_client","error_description":"Bad client secret."})")
            << QStringList {QStringLiteral("invalid_client"), QStringLiteral("Bad client secret."),
                   QStringLiteral("401")}
            << QByteArray("WWW-Authenticate: Basic realm=\"fake\"\r\n");
        QTest::newRow("form error") << 400 << QByteArray("application/x-www-form-urlencoded")
                                    << QByteArray(
                                           "error=invalid_request&error_description=Missing+redirect_uri")
                                    << QStringList {QStringLiteral("invalid_request"),
                                           QStringLiteral("Missing redirect_uri")}
                                    << QByteArray();
        QTest::newRow("error in a 200")
            << 200 << QByteArray("application/json")
            << QByteArray(R"({"error":"unauthorized_client","error_description":"Declined app."})")
            << QStringList {QStringLiteral("unauthorized_client"), QStringLiteral("Declined app.")}
            << QByteArray();
        QTest::newRow("html 500") << 500 << QByteArray("text/html") << QByteArray("<h1>Internal error</h1>")
                                  << QStringList {QStringLiteral("500"), QStringLiteral("Internal error")}
                                  << QByteArray();
        QTest::newRow("text/plain token")
            << 200 << QByteArray("text/plain") << QByteArray("all good")
            << QStringList {QStringLiteral("neither JSON nor a form")} << QByteArray();
        QTest::newRow("no access_token")
            << 200 << QByteArray("application/json") << QByteArray(R"({"token_type":"Bearer"})")
            << QStringList {QStringLiteral("no access_token")} << QByteArray();
    }

    void tokenEndpointErrorsSurfaceWithTheirText()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        QFETCH(QByteArray, extraHeaders);
        FakeTokenEndpoint::Response response;
        response.extraHeaders = extraHeaders;
        response.status = status;
        response.contentType = contentType;
        response.body = body;
        m_endpoint->setDefaultResponse(response);
        AuthorizationCodeFlow flow(config());
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.start();
        callBackWithCode(flow);
        QVERIFY(failed.wait());
        for (const QString& text : expected)
            QVERIFY2(failureOf(failed).contains(text), qPrintable(failureOf(failed)));
        QCOMPARE(granted.size(), 0);
        QCOMPARE(flow.lastFailure(), OAuthFlow::Failure::Refused);
        QCOMPARE(m_endpoint->requests().size(), 1); // a 401 challenge is not answered again
        QVERIFY(!flow.isListening());
        QCOMPARE(flow.steps().last().kind, FlowStep::Kind::ListenerClosed);
    }

    void unreachableTokenEndpointIsReported()
    {
        OAuthClientConfig c = config();
        c.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:1/oauth/token"));
        AuthorizationCodeFlow flow(c);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        callBackWithCode(flow);
        QVERIFY(failed.wait());
        QVERIFY2(failureOf(failed).contains(QStringLiteral("could not be reached")),
            qPrintable(failureOf(failed)));
        QCOMPARE(flow.lastFailure(), OAuthFlow::Failure::Network);
    }

    // Each forged request gets a refusal and changes nothing: the real callback still succeeds.
    void forgedCallbacksAreRefusedAndIgnored_data()
    {
        QTest::addColumn<QByteArray>("request"); // %STATE% is this attempt's state, %PATH% the path
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("wrong state") << QByteArray("GET %PATH%?code=evil&state=%STATE%x HTTP/1.1\r\n\r\n")
                                     << QByteArray("HTTP/1.1 400 Bad Request");
        QTest::newRow("missing state")
            << QByteArray("GET %PATH%?code=evil HTTP/1.1\r\n\r\n") << QByteArray("HTTP/1.1 400 Bad Request");
        QTest::newRow("error without state")
            << QByteArray("GET %PATH%?error=access_denied&error_description=No HTTP/1.1\r\n\r\n")
            << QByteArray("HTTP/1.1 400 Bad Request");
        QTest::newRow("error with a wrong state")
            << QByteArray("GET %PATH%?error=access_denied&state=other HTTP/1.1\r\n\r\n")
            << QByteArray("HTTP/1.1 400 Bad Request");
        QTest::newRow("state given twice")
            << QByteArray("GET %PATH%?code=evil&state=other&state=%STATE% HTTP/1.1\r\n\r\n")
            << QByteArray("HTTP/1.1 400 Bad Request");
        QTest::newRow("path prefix") << QByteArray("GET %PATH%x?code=evil&state=%STATE% HTTP/1.1\r\n\r\n")
                                     << QByteArray("HTTP/1.1 404 Not Found");
        QTest::newRow("other path") << QByteArray("GET /favicon.ico HTTP/1.1\r\n\r\n")
                                    << QByteArray("HTTP/1.1 404 Not Found");
        QTest::newRow("POST") << QByteArray("POST %PATH%?code=evil&state=%STATE% HTTP/1.1\r\n"
                                            "Content-Length: 0\r\n\r\n")
                              << QByteArray("HTTP/1.1 405 Method Not Allowed");
        QTest::newRow("not HTTP") << QByteArray("hello\r\n\r\n") << QByteArray("HTTP/1.1 400 Bad Request");
        QTest::newRow("over 64 KiB") << QByteArray("GET %PATH%?code=evil&state=%STATE% HTTP/1.1\r\nX-Pad: ")
                + QByteArray(70000, 'a')
                                     << QByteArray("HTTP/1.1 431 Request Header Fields Too Large");
    }

    void forgedCallbacksAreRefusedAndIgnored()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        AuthorizationCodeFlow flow(config());
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        request.replace("%STATE%", queryValue(flow.authorizeUrl(), QStringLiteral("state")).toLatin1());
        request.replace("%PATH%", "/callback");
        const QByteArray answer = exchange(flow.listenerPort(), request);
        QCOMPARE(statusLine(answer), status);
        QVERIFY(answer.contains("Connection: close"));
        QVERIFY(flow.isRunning());
        QVERIFY(flow.isListening());
        QCOMPARE(flow.steps().last().kind, FlowStep::Kind::CallbackRefused);
        QVERIFY(m_endpoint->requests().isEmpty());

        QNetworkReply* page = callBackWithCode(flow);
        QVERIFY(granted.wait());
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_endpoint->requests().size(), 1);
        QCOMPARE(m_endpoint->requests().first().form().value(QStringLiteral("code")), Code);
        QTRY_VERIFY(page->isFinished());
        QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }

    void refusalPageSaysWhy()
    {
        AuthorizationCodeFlow flow(config());
        flow.start();
        const QByteArray answer
            = exchange(flow.listenerPort(), "GET /callback?code=x&state=nope HTTP/1.1\r\n\r\n");
        QVERIFY2(answer.contains("refused this answer: A callback whose state does not match this attempt"),
            answer.constData());
        flow.cancel();
    }

    void secondCallbackIsRefusedAndTheFirstStillSucceeds()
    {
        // The first callback's code exchange is still running when the second callback comes.
        FakeTokenEndpoint::Response slow = FakeTokenEndpoint::json(200, tokenBody());
        slow.delayMs = 3000;
        m_endpoint->enqueue(slow);
        AuthorizationCodeFlow flow(config());
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        QSignalSpy requested(m_endpoint, &FakeTokenEndpoint::requestReceived);
        flow.start();
        callBackWithCode(flow);
        QVERIFY(requested.wait());
        QNetworkReply* second = callBackWithCode(flow);
        QTRY_VERIFY(second->isFinished());
        QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(second->readAll().contains("second callback"));
        QVERIFY(flow.isRunning());
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_endpoint->requests().size(), 1);
        QCOMPARE(granted.size(), 0); // the exchange has not answered yet
        QVERIFY(granted.wait(10000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_endpoint->requests().size(), 1);
        QCOMPARE(m_endpoint->requests().first().form().value(QStringLiteral("code")), Code);
    }

    void replayedCallbackFromAnEarlierAttemptIsIgnored()
    {
        AuthorizationCodeFlow flow(config());
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.start();
        const QString oldState = queryValue(flow.authorizeUrl(), QStringLiteral("state"));
        callBackWithCode(flow);
        QVERIFY(granted.wait());

        flow.start();
        QNetworkReply* replay
            = callBack(flow, {{QStringLiteral("code"), Code}, {QStringLiteral("state"), oldState}});
        QTRY_VERIFY(replay->isFinished());
        QCOMPARE(replay->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(flow.isRunning());
        QCOMPARE(m_endpoint->requests().size(), 1);
        callBackWithCode(flow);
        QVERIFY(granted.wait());
        QCOMPARE(m_endpoint->requests().size(), 2);
    }

    void errorWithTheRightStateEndsTheAttemptDecoded()
    {
        AuthorizationCodeFlow flow(config());
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        const QByteArray state = queryValue(flow.authorizeUrl(), QStringLiteral("state")).toLatin1();
        const QByteArray answer = exchange(flow.listenerPort(),
            "GET /callback?error=access_denied&error_description=The+user+said+%22no%22%2C+100%25&state="
                + state + " HTTP/1.1\r\n\r\n");
        QCOMPARE(statusLine(answer), QByteArray("HTTP/1.1 400 Bad Request"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failureOf(failed),
            QStringLiteral("The provider answered error=access_denied: The user said \"no\", 100%"));
        QCOMPARE(flow.lastFailure(), OAuthFlow::Failure::Denied);
        QVERIFY(m_endpoint->requests().isEmpty());
        QVERIFY(!flow.isListening());
    }

    void callbackWithoutCodeEndsTheAttempt()
    {
        AuthorizationCodeFlow flow(config());
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        callBack(flow, {{QStringLiteral("state"), queryValue(flow.authorizeUrl(), QStringLiteral("state"))}});
        QVERIFY(failed.wait());
        QCOMPARE(failureOf(failed), QStringLiteral("The callback has no authorization code."));
        QVERIFY(m_endpoint->requests().isEmpty());
    }

    void issuerIsCheckedWhenSent_data()
    {
        QTest::addColumn<QString>("configured");
        QTest::addColumn<QString>("sent"); // empty: no iss parameter
        QTest::addColumn<bool>("accepted");
        const QString issuer = QStringLiteral("https://id.example.com");
        QTest::newRow("matching") << issuer << issuer << true;
        QTest::newRow("not sent") << issuer << QString() << true;
        QTest::newRow("no issuer configured") << QString() << QStringLiteral("https://other.example") << true;
        QTest::newRow("mix-up") << issuer << QStringLiteral("https://evil.example") << false;
    }

    void issuerIsCheckedWhenSent()
    {
        QFETCH(QString, configured);
        QFETCH(QString, sent);
        QFETCH(bool, accepted);
        OAuthClientConfig c = config();
        c.issuer = configured;
        AuthorizationCodeFlow flow(c);
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        QList<QPair<QString, QString>> query {{QStringLiteral("code"), Code},
            {QStringLiteral("state"), queryValue(flow.authorizeUrl(), QStringLiteral("state"))}};
        if (!sent.isEmpty())
            query.append({QStringLiteral("iss"), sent});
        callBack(flow, query);
        if (accepted) {
            QVERIFY(granted.wait());
            return;
        }
        QVERIFY(failed.wait());
        QCOMPARE(failureOf(failed),
            QStringLiteral("The callback comes from issuer \"https://evil.example\", not from "
                           "\"https://id.example.com\" (RFC 9207); the code was not used."));
        QVERIFY(m_endpoint->requests().isEmpty());
    }

    void listenerIsReachableOnLoopbackOnlyAndClosedAfterwards()
    {
        AuthorizationCodeFlow flow(config());
        flow.start();
        const quint16 port = flow.listenerPort();
        {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
            QVERIFY(socket.waitForConnected(5000));
        }
        QHostAddress outside;
        for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
            if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol) {
                outside = address;
                break;
            }
        }
        if (!outside.isNull()) {
            QTcpSocket socket;
            socket.connectToHost(outside, port);
            QVERIFY2(!socket.waitForConnected(5000), qPrintable(outside.toString()));
            QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
        }
        flow.cancel();
        QVERIFY(!flow.isListening());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        QVERIFY(!socket.waitForConnected(5000));
        if (outside.isNull())
            QSKIP("This machine has no non-loopback IPv4 address; only the loopback half was checked.");
    }

    void cancelEndsTheAttempt()
    {
        AuthorizationCodeFlow flow(config());
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.start();
        QVERIFY(flow.isRunning());
        flow.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(finished.size(), 1);
        QVERIFY(failureOf(failed).contains(QStringLiteral("cancelled")));
        QVERIFY(!flow.isRunning());
        QVERIFY(!flow.isListening());
        flow.cancel(); // idle: nothing more
        QCOMPARE(finished.size(), 1);
    }

    void attemptTimesOut()
    {
        OAuthClientConfig c = config();
        c.attemptTimeoutSeconds = 1;
        AuthorizationCodeFlow flow(c);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        QVERIFY(failed.wait(10000));
        QVERIFY(failureOf(failed).contains(QStringLiteral("within 1 seconds")));
        QVERIFY(!flow.isListening());
        QCOMPARE(flow.steps().at(flow.steps().size() - 2).kind, FlowStep::Kind::TimedOut);
    }

    void busyPortIsReported()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        OAuthClientConfig c = config();
        c.redirectPort = occupier.serverPort();
        AuthorizationCodeFlow flow(c);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failureOf(failed).contains(QString::number(occupier.serverPort())));
        QCOMPARE(flow.lastFailure(), OAuthFlow::Failure::Listener);
    }

    void stepsAreReportedInOrderAndNoSecretIsLogged()
    {
        LogCapture capture;
        SecretMasker::installMessageHandler(); // the app installs it at start-up
        AuthorizationCodeFlow flow(config(false));
        flow.setPkceMode(AuthorizationCodeFlow::PkceMode::Plain); // the verifier travels in the URL
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        QSignalSpy steps(&flow, &OAuthFlow::stepReported);
        flow.start();
        const QString verifier = queryValue(flow.authorizeUrl(), QStringLiteral("code_challenge"));
        callBackWithCode(flow);
        QVERIFY(granted.wait());
        QList<FlowStep::Kind> kinds;
        for (const auto& arguments : steps)
            kinds << arguments.first().value<FlowStep>().kind;
        const QList<FlowStep::Kind> expected {FlowStep::Kind::Started, FlowStep::Kind::PkceCreated,
            FlowStep::Kind::ListenerStarted, FlowStep::Kind::BrowserOpened, FlowStep::Kind::CallbackReceived,
            FlowStep::Kind::StateChecked, FlowStep::Kind::TokenRequested, FlowStep::Kind::TokenReceived,
            FlowStep::Kind::ListenerClosed};
        QCOMPARE(kinds, expected);
        const QStringList secrets {verifier, Code, AccessToken, RefreshToken};
        for (const FlowStep& step : flow.steps()) {
            for (const QString& secret : secrets)
                QVERIFY2(!step.detail.contains(secret), qPrintable(step.detail));
        }
        QVERIFY(!capture.lines().isEmpty());
        QCOMPARE(capture.linesContainingAny(secrets), QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_AuthorizationCodeFlow)
#include "tst_authorizationcodeflow.moc"
