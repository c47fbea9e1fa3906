#include "FakeTokenEndpoint.h"
#include "LogCapture.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/Pkce.h"
#include "util/SecretMasker.h"

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
        QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("code_challenge"))); // confidential: no PKCE
        flow.cancel();
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
    }

    void badCallbacksAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong state") << QStringLiteral("wrong") << QStringLiteral("does not match");
        QTest::newRow("missing state") << QStringLiteral("missing") << QStringLiteral("no state");
        QTest::newRow("error answer")
            << QStringLiteral("error") << QStringLiteral("access_denied: The user said no.");
        QTest::newRow("no code") << QStringLiteral("nocode") << QStringLiteral("no authorization code");
    }

    void badCallbacksAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        AuthorizationCodeFlow flow(config());
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        const QString state = queryValue(flow.authorizeUrl(), QStringLiteral("state"));
        QList<QPair<QString, QString>> query;
        if (kind == QLatin1String("wrong"))
            query = {{QStringLiteral("code"), Code}, {QStringLiteral("state"), state + QLatin1Char('x')}};
        else if (kind == QLatin1String("missing"))
            query = {{QStringLiteral("code"), Code}};
        else if (kind == QLatin1String("error"))
            query = {{QStringLiteral("error"), QStringLiteral("access_denied")},
                {QStringLiteral("error_description"), QStringLiteral("The user said no.")},
                {QStringLiteral("state"), state}};
        else
            query = {{QStringLiteral("state"), state}};
        QNetworkReply* page = callBack(flow, query);
        QVERIFY(failed.wait());
        QVERIFY2(failureOf(failed).contains(expected), qPrintable(failureOf(failed)));
        QVERIFY(m_endpoint->requests().isEmpty());
        QTRY_VERIFY(page->isFinished());
        QVERIFY(page->readAll().contains("refused"));
        QVERIFY(!flow.isListening());
    }

    void secondCallbackIsRefused()
    {
        FakeTokenEndpoint::Response hang;
        hang.hang = true;
        m_endpoint->setDefaultResponse(hang);
        AuthorizationCodeFlow flow(config());
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        QSignalSpy requested(m_endpoint, &FakeTokenEndpoint::requestReceived);
        flow.start();
        callBackWithCode(flow);
        QVERIFY(requested.wait());
        callBackWithCode(flow);
        QVERIFY(failed.wait());
        QVERIFY2(
            failureOf(failed).contains(QStringLiteral("second callback")), qPrintable(failureOf(failed)));
        QCOMPARE(m_endpoint->requests().size(), 1);
    }

    void replayedCallbackFromAnEarlierAttemptIsRefused()
    {
        OAuthClientConfig c = config();
        AuthorizationCodeFlow flow(c);
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.start();
        const QString oldState = queryValue(flow.authorizeUrl(), QStringLiteral("state"));
        callBackWithCode(flow);
        QVERIFY(granted.wait());

        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        callBack(flow, {{QStringLiteral("code"), Code}, {QStringLiteral("state"), oldState}});
        QVERIFY(failed.wait());
        QVERIFY(failureOf(failed).contains(QStringLiteral("does not match")));
        QCOMPARE(m_endpoint->requests().size(), 1);
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
