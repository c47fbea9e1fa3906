// The request client against a deliberately bad server: every fault ends in a clear error, the
// history keeps every exchange (earlier ones included), and nothing is sent where it must not go.
#include "BadHttpServer.h"
#include "FaultTestSupport.h"

#include "api/ApiClient.h"
#include "api/RequestHistory.h"
#include "oauth/StaticTokenProvider.h"
#include "json/JsonReader.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

class tst_FaultsApi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    std::unique_ptr<BadHttpServer> m_server;
    std::unique_ptr<StaticTokenProvider> m_credentials;
    std::unique_ptr<RequestHistory> m_history;
    std::unique_ptr<ApiClient> m_client;

    QString historyPath() const { return m_folder.filePath(QStringLiteral("history.jsonl")); }

    ApiRequest get(const QString& path, int timeoutSeconds = 20) const
    {
        ApiRequest request = ApiRequest::fromUrl(QStringLiteral("GET"), m_server->url(path));
        request.timeoutSeconds = timeoutSeconds;
        return request;
    }

    // The exchange of init() plus the one of the test: both on disk, readable after a restart.
    void verifyHistoryKeptEverything()
    {
        QCOMPARE(m_history->count(), 2);
        int skipped = -1;
        QCOMPARE(historyEntriesOnDisk(historyPath(), &skipped), 2);
        QCOMPARE(skipped, 0);
    }

    static void verifyClearError(const ApiResponse& response, LoftyError::Kind kind)
    {
        QCOMPARE(LoftyError::kindName(response.error.kind()), LoftyError::kindName(kind));
        QVERIFY(!response.error.title().isEmpty());
        QVERIFY(!response.error.cause().isEmpty());
    }

private slots:
    void init()
    {
        QVERIFY(m_folder.isValid());
        QFile::remove(historyPath());
        m_server = std::make_unique<BadHttpServer>();
        TokenSet key;
        key.kind = TokenSet::Kind::ApiKey;
        key.grant = TokenSet::Grant::ApiKey;
        key.accessToken = QStringLiteral("fault-test-api-key-0123456789");
        key.tokenType = QStringLiteral("token");
        m_credentials = std::make_unique<StaticTokenProvider>(key);
        m_history = std::make_unique<RequestHistory>(historyPath());
        QVERIFY(m_history->load());
        m_client = std::make_unique<ApiClient>();
        m_client->setTokenProvider(m_credentials.get());
        m_client->setBaseUrl(m_server->url(QStringLiteral("/")));
        m_client->setHistory(m_history.get());
        m_client->setAccountId(QStringLiteral("alice"));
        const ApiResponse first = sendAndWait(*m_client, get(QStringLiteral("/v1.0/me")));
        QVERIFY2(first.isSuccess(), qPrintable(first.error.toText()));
        QCOMPARE(m_history->count(), 1);
    }

    void cleanup()
    {
        m_client.reset();
        m_history.reset();
        m_credentials.reset();
        m_server.reset();
    }

    void connectionRefusedIsANetworkError()
    {
        ApiRequest request = get(QStringLiteral("/v1.0/me"));
        request.url.setPort(BadHttpServer::closedPort());
        request.authenticate = false; // another port is another origin: no credentials go there
        const ApiResponse response = sendAndWait(*m_client, request);
        verifyClearError(response, LoftyError::Kind::NetworkError);
        verifyHistoryKeptEverything();
    }

    void serverThatNeverAnswersTimesOut()
    {
        m_server->setHandler([](const auto&) { return BadHttpServer::Behaviour::silence(); });
        const ApiResponse response = sendAndWait(*m_client, get(QStringLiteral("/v1.0/leads"), 1));
        verifyClearError(response, LoftyError::Kind::Timeout);
        verifyHistoryKeptEverything();
    }

    void serverThatNeverAnswersCanBeCancelled()
    {
        m_server->setHandler([](const auto&) { return BadHttpServer::Behaviour::silence(); });
        QSignalSpy received(m_server.get(), &BadHttpServer::requestReceived);
        ApiReply* reply = m_client->send(get(QStringLiteral("/v1.0/leads"), 120));
        QSignalSpy finished(reply, &ApiReply::finished);
        QVERIFY(received.wait(10000));
        reply->abort();
        QTRY_COMPARE(finished.size(), 1);
        verifyClearError(reply->response(), LoftyError::Kind::Cancelled);
        delete reply;
        m_client->flushHistory();
        QCOMPARE(m_client->pendingCount(), 0);
        verifyHistoryKeptEverything();
    }

    void slowTrickleArrivesWhole()
    {
        const QByteArray body = R"({"leads":[{"leadId":9007199254740993}],"total":1})";
        m_server->setHandler(
            [body](const auto&) { return BadHttpServer::Behaviour::trickle(200, body, 10); });
        const ApiResponse response = sendAndWait(*m_client, get(QStringLiteral("/v1.0/leads"), 5));
        QVERIFY2(response.isSuccess(), qPrintable(response.error.toText()));
        QCOMPARE(response.body, body);
        verifyHistoryKeptEverything();
    }

    void trickleThatStallsTimesOut()
    {
        m_server->setHandler(
            [](const auto&) { return BadHttpServer::Behaviour::trickle(200, QByteArray(64, 'x'), 2500); });
        const ApiResponse response = sendAndWait(*m_client, get(QStringLiteral("/v1.0/leads"), 1));
        verifyClearError(response, LoftyError::Kind::Timeout);
        verifyHistoryKeptEverything();
    }

    void serverErrorWithHtmlBody()
    {
        m_server->setHandler([](const auto&) {
            return BadHttpServer::Behaviour::answer(
                503, "<html><h1>Service Unavailable</h1></html>", "text/html");
        });
        const ApiResponse response = sendAndWait(*m_client, get(QStringLiteral("/v1.0/leads")));
        verifyClearError(response, LoftyError::Kind::ServerError);
        QCOMPARE(response.httpStatus, 503);
        verifyHistoryKeptEverything();
    }

    void truncatedBodyIsANetworkError()
    {
        m_server->setHandler([](const auto&) {
            return BadHttpServer::Behaviour::raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                                 "Content-Length: 400\r\n\r\n{\"leads\":[{\"leadId\":1");
        });
        const ApiResponse response = sendAndWait(*m_client, get(QStringLiteral("/v1.0/leads")));
        QVERIFY(response.error.isError());
        QVERIFY(!response.error.title().isEmpty());
        verifyHistoryKeptEverything();
    }

    void garbageInsteadOfHttpIsAnError()
    {
        m_server->setHandler(
            [](const auto&) { return BadHttpServer::Behaviour::raw("SSH-2.0-OpenSSH\r\n\r\n"); });
        const ApiResponse response = sendAndWait(*m_client, get(QStringLiteral("/v1.0/leads")));
        QVERIFY(response.error.isError());
        QVERIFY(!response.error.title().isEmpty());
        verifyHistoryKeptEverything();
    }

    void malformedJsonIsKeptRawAndNamedByTheReader()
    {
        const QByteArray body = R"({"leads":[{"leadId":1},],"total":)";
        m_server->setHandler([body](const auto&) { return BadHttpServer::Behaviour::answer(200, body); });
        const ApiResponse response = sendAndWait(*m_client, get(QStringLiteral("/v1.0/leads")));
        QCOMPARE(response.body, body);
        QString error;
        QVERIFY(!JsonReader::parse(response.body, &error).isValid());
        QVERIFY(!error.isEmpty());
        verifyHistoryKeptEverything();
        QCOMPARE(m_history->entry(1)->responseBody, body);
    }

    void wrongContentTypeStillDecodesLoftysError()
    {
        m_server->setHandler([](const auto&) {
            return BadHttpServer::Behaviour::answer(403,
                R"({"code":200100,"message":"Sorry, the vendor does not have permission for this API."})",
                "text/html; charset=iso-8859-1");
        });
        const ApiResponse response = sendAndWait(*m_client, get(QStringLiteral("/v1.0/leads")));
        verifyClearError(response, LoftyError::Kind::ApiNotGranted);
        verifyHistoryKeptEverything();
    }

    void htmlWhereJsonWasExpected()
    {
        m_server->setHandler([](const auto&) {
            return BadHttpServer::Behaviour::answer(200, "<!doctype html><title>Login</title>", "text/html");
        });
        const ApiResponse response = sendAndWait(*m_client, get(QStringLiteral("/v1.0/leads")));
        QString error;
        QVERIFY(!JsonReader::parse(response.body, &error).isValid());
        QVERIFY(!error.isEmpty());
        verifyHistoryKeptEverything();
    }

    void hugeBodyArrivesWholeAndHistoryStaysBounded()
    {
        const qint64 bytes = 48LL * 1024 * 1024;
        m_server->setHandler([bytes](const auto&) { return BadHttpServer::Behaviour::huge(bytes); });
        const ApiResponse response = sendAndWait(*m_client, get(QStringLiteral("/v1.0/leads"), 20), 120000);
        QVERIFY2(response.isSuccess(), qPrintable(response.error.toText()));
        QCOMPARE(response.body.size(), bytes);
        QVERIFY(response.body.startsWith('[') && response.body.endsWith("0]"));
        verifyHistoryKeptEverything();
        QVERIFY(QFileInfo(historyPath()).size() < 4 * RequestHistory::DefaultMaxBodyBytes);
        QVERIFY(m_history->entry(1)->responseTruncated);
    }

    void redirectToAnotherHostIsRefusedWithoutForwardingCredentials()
    {
        BadHttpServer elsewhere;
        const QUrl target = elsewhere.url(QStringLiteral("/steal"), QStringLiteral("localhost"));
        m_server->setHandler([target](const auto&) {
            BadHttpServer::Behaviour behaviour = BadHttpServer::Behaviour::answer(302, QByteArray());
            behaviour.headers.append({"Location", target.toEncoded()});
            return behaviour;
        });
        const ApiResponse response = sendAndWait(*m_client, get(QStringLiteral("/v1.0/leads")));
        verifyClearError(response, LoftyError::Kind::RedirectRefused);
        QVERIFY(elsewhere.requests().isEmpty());
        verifyHistoryKeptEverything();
    }

    void redirectToTheSameHostOnAnotherPortIsRefused()
    {
        // Same server, different origin: "localhost" instead of "127.0.0.1".
        const QUrl target = m_server->url(QStringLiteral("/steal"), QStringLiteral("localhost"));
        m_server->setHandler([target](const BadHttpServer::Request& request) {
            if (request.target == "/steal")
                return BadHttpServer::Behaviour::answer(200, "{}");
            BadHttpServer::Behaviour behaviour = BadHttpServer::Behaviour::answer(307, QByteArray());
            behaviour.headers.append({"Location", target.toEncoded()});
            return behaviour;
        });
        const ApiResponse response = sendAndWait(*m_client, get(QStringLiteral("/v1.0/leads")));
        verifyClearError(response, LoftyError::Kind::RedirectRefused);
        for (const BadHttpServer::Request& request : m_server->requests())
            QVERIFY(request.target != "/steal");
        verifyHistoryKeptEverything();
    }
};

QTEST_GUILESS_MAIN(tst_FaultsApi)
#include "tst_faults_api.moc"
