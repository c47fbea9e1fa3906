// RequestDefaults: the headers a Lofty-style profile puts on every request, unit level and end to
// end (a DELETE through ApiClient to the in-process sandbox over HTTP on 127.0.0.1).
#include "TestHttpRequest.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/RequestDefaults.h"
#include "catalog/EndpointCatalog.h"
#include "oauth/ClientCredentialsFlow.h"
#include "oauth/StaticTokenProvider.h"
#include "sandbox/SandboxData.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

CatalogEndpoint endpoint(const QString& method, const QString& path, const QString& mediaType = {})
{
    CatalogEndpoint result;
    result.id = QStringLiteral("test.endpoint");
    result.method = method;
    result.pathTemplate = path;
    result.responseMediaType = mediaType;
    return result;
}

ApiResponse sendAndWait(ApiClient& client, const ApiRequest& request)
{
    ApiReply* reply = client.send(request);
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    const ApiResponse response = reply->response();
    reply->deleteLater();
    return response;
}

} // namespace

class TestRequestDefaults : public QObject
{
    Q_OBJECT

private slots:
    void loftyStyleSetsJsonContentTypeOnEveryMethod_data()
    {
        QTest::addColumn<QString>("method");
        for (const char* method : {"GET", "POST", "PUT", "PATCH", "DELETE"})
            QTest::newRow(method) << QString::fromLatin1(method);
    }

    void loftyStyleSetsJsonContentTypeOnEveryMethod()
    {
        QFETCH(QString, method);
        ApiRequest request
            = ApiRequest::fromUrl(method, QUrl(QStringLiteral("https://api.lofty.com/v1.0/x")));
        RequestDefaults::apply(request, RequestDefaults::Style::Lofty, nullptr);
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(!request.hasHeader("Accept"));
    }

    void plainStyleAddsNothing()
    {
        ApiRequest request = ApiRequest::fromUrl(
            QStringLiteral("DELETE"), QUrl(QStringLiteral("https://example.com/items/1")));
        const CatalogEndpoint xml
            = endpoint(QStringLiteral("GET"), QStringLiteral("/feed"), QStringLiteral("application/xml"));
        RequestDefaults::apply(request, RequestDefaults::Style::Plain, &xml);
        QCOMPARE(request.headers.size(), 0);
    }

    void xmlFeedGetsAcceptHeader()
    {
        const CatalogEndpoint* feed = EndpointCatalog::builtIn().find(QStringLiteral("listings.published"));
        QVERIFY(feed);
        QCOMPARE(feed->pathTemplate, QStringLiteral("/v1.0/getPublishedListings"));
        ApiRequest request = ApiRequest::fromUrl(
            feed->method, QUrl(QStringLiteral("https://api.lofty.com") + feed->pathTemplate));
        RequestDefaults::apply(request, RequestDefaults::Style::Lofty, feed);
        QCOMPARE(request.header("Accept"), QByteArray("application/xml"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    }

    void headersAlreadySetAreKept()
    {
        ApiRequest request = ApiRequest::fromUrl(
            QStringLiteral("POST"), QUrl(QStringLiteral("https://api.lofty.com/v1.0/x")));
        request.setHeader("content-type", "text/plain");
        request.setHeader("Accept", "text/csv");
        const CatalogEndpoint xml
            = endpoint(QStringLiteral("POST"), QStringLiteral("/v1.0/x"), QStringLiteral("application/xml"));
        RequestDefaults::apply(request, RequestDefaults::Style::Lofty, &xml);
        QCOMPARE(request.header("Content-Type"), QByteArray("text/plain"));
        QCOMPARE(request.header("Accept"), QByteArray("text/csv"));
        QCOMPARE(request.headers.size(), 2);
    }

    void clientStyleDefaultsToPlainAndIsKept()
    {
        ApiClient client;
        QCOMPARE(RequestDefaults::styleOf(&client), RequestDefaults::Style::Plain);
        client.setBaseUrl(QUrl(QStringLiteral("https://example.com")));
        QVERIFY(!client.requestFor(QStringLiteral("DELETE"), QStringLiteral("/items/1"))
                     .hasHeader("Content-Type"));
        RequestDefaults::setStyle(&client, RequestDefaults::Style::Lofty);
        QCOMPARE(RequestDefaults::styleOf(&client), RequestDefaults::Style::Lofty);
        QCOMPARE(
            client.requestFor(QStringLiteral("DELETE"), QStringLiteral("/items/1")).header("Content-Type"),
            QByteArray("application/json"));
    }

    void catalogRequestShowsHeadersBeforeSending()
    {
        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("https://api.lofty.com")));
        RequestDefaults::setStyle(&client, RequestDefaults::Style::Lofty);
        const CatalogEndpoint* feed = EndpointCatalog::builtIn().find(QStringLiteral("listings.published"));
        QVERIFY(feed);
        const ApiRequest request
            = client.requestFor(*feed, {}, {{QStringLiteral("type"), QStringLiteral("LuxVT")}});
        QCOMPARE(request.url.toString(),
            QStringLiteral("https://api.lofty.com/v1.0/getPublishedListings?type=LuxVT"));
        QCOMPARE(request.header("Accept"), QByteArray("application/xml"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    }

    void deleteThroughApiClientArrivesWithJsonContentType()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.listen());
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);

        OAuthClientConfig config;
        config.tokenUrl = sandbox.tokenUrl();
        config.clientId = QStringLiteral("sandbox-prod");
        config.clientSecret = sandbox.config().app(config.clientId)->clientSecret;
        ClientCredentialsFlow flow(config);
        flow.setNetworkAccessManager(&network);
        flow.setCustomerKey(sandbox.config().account(QStringLiteral("alice"))->customerKey);
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.start();
        QVERIFY(granted.wait(10000));
        StaticTokenProvider tokens(granted.first().at(0).value<TokenSet>());

        ApiClient client;
        client.setNetworkAccessManager(&network);
        client.setBaseUrl(sandbox.apiBaseUrl());
        client.setTokenProvider(&tokens);
        client.setAccountId(QStringLiteral("alice"));
        RequestDefaults::setStyle(&client, RequestDefaults::Style::Lofty);

        const CatalogEndpoint* remove = EndpointCatalog::builtIn().find(QStringLiteral("leads.delete"));
        QVERIFY(remove);
        const QString leadId = QString::number(SandboxData::IdBase); // the first seeded lead
        const ApiRequest request = client.requestFor(*remove, {{QStringLiteral("leadId"), leadId}},
            {{QStringLiteral("reason"), QStringLiteral("test")}});
        QCOMPARE(request.method, QStringLiteral("DELETE"));
        QCOMPARE(request.body, QByteArray());

        // Without the header the sandbox answers as Lofty does: 400, code 20001.
        ApiRequest bare = request;
        bare.removeHeader("Content-Type");
        const ApiResponse refused = sendAndWait(client, bare);
        QCOMPARE(refused.httpStatus, 400);
        QVERIFY2(refused.body.contains("20001"), refused.body.constData());

        const ApiResponse response = sendAndWait(client, request);
        QCOMPARE(response.request.header("Content-Type"), QByteArray("application/json"));
        QVERIFY2(response.httpStatus == 200, response.body.constData());
    }

    // What arrives on the wire: a listener on 127.0.0.1 reads the DELETE that ApiClient sends for
    // a Lofty profile (no body) and finds the Content-Type header in it.
    void deleteArrivesWithContentTypeOnTheWire()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray buffer;
        TestHttpRequest received;
        bool complete = false;
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            QTcpSocket* socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                buffer += socket->readAll();
                if (complete || !TestHttpRequest::takeFrom(buffer, &received))
                    return;
                complete = true;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10\r\n"
                              "Connection: close\r\n\r\n{\"code\":0}");
                socket->disconnectFromHost();
            });
        });
        TokenSet key;
        key.kind = TokenSet::Kind::ApiKey;
        key.grant = TokenSet::Grant::ApiKey;
        key.accessToken = QStringLiteral("wire-test-key");
        StaticTokenProvider tokens(key);
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        ApiClient client;
        client.setNetworkAccessManager(&network);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        client.setTokenProvider(&tokens);
        RequestDefaults::setStyle(&client, RequestDefaults::Style::Lofty);
        const CatalogEndpoint* remove = EndpointCatalog::builtIn().find(QStringLiteral("leads.delete"));
        QVERIFY(remove);
        const ApiResponse response = sendAndWait(client,
            client.requestFor(*remove, {{QStringLiteral("leadId"), QStringLiteral("9007199254740993")}},
                {{QStringLiteral("reason"), QStringLiteral("duplicate")}}));
        QVERIFY(complete);
        QCOMPARE(received.method, QByteArray("DELETE"));
        QCOMPARE(received.target, QByteArray("/v1.0/leads/9007199254740993?reason=duplicate"));
        QCOMPARE(received.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(received.body, QByteArray());
        QCOMPARE(response.httpStatus, 200);
    }
};

QTEST_MAIN(TestRequestDefaults)
#include "tst_requestdefaults.moc"
