// The request client and the token flows against the sandbox's fault modes (PUT /sandbox/faults):
// each fault ends in a clear error, the next request works again, and the history keeps all.
#include "FaultTestSupport.h"
#include "SandboxTestFixture.h"

#include "api/ApiClient.h"
#include "api/RequestHistory.h"
#include "oauth/ClientCredentialsFlow.h"
#include "oauth/StaticTokenProvider.h"
#include "json/JsonReader.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class tst_FaultsSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxTestFixture m_sandbox;
    QTemporaryDir m_folder;
    std::unique_ptr<StaticTokenProvider> m_credentials;
    std::unique_ptr<RequestHistory> m_history;
    std::unique_ptr<ApiClient> m_client;
    int m_expectedEntries = 0;

    QString historyPath() const { return m_folder.filePath(QStringLiteral("history.jsonl")); }

    void setFaults(const QJsonObject& faults)
    {
        const HttpResult result
            = m_sandbox.http.sendJson("PUT", m_sandbox.admin(QStringLiteral("/faults")), faults);
        QCOMPARE(result.status, 200);
    }

    ApiResponse leads(int timeoutSeconds = 20)
    {
        ApiRequest request = ApiRequest::fromUrl(
            QStringLiteral("GET"), m_sandbox.api(QStringLiteral("/v1.0/leads?limit=5")));
        request.timeoutSeconds = timeoutSeconds;
        ++m_expectedEntries;
        return sendAndWait(*m_client, request);
    }

    void verifyRecoversAndKeepsHistory()
    {
        const ApiResponse next = leads();
        QVERIFY2(next.isSuccess(), qPrintable(next.error.toText()));
        QString error;
        QVERIFY2(JsonReader::parse(next.body, &error).isValid(), qPrintable(error));
        QCOMPARE(m_history->count(), m_expectedEntries);
        int skipped = -1;
        QCOMPARE(historyEntriesOnDisk(historyPath(), &skipped), m_expectedEntries);
        QCOMPARE(skipped, 0);
    }

    OAuthClientConfig clientCredentialsConfig() const
    {
        OAuthClientConfig config;
        config.tokenUrl = m_sandbox.server->tokenUrl();
        config.clientId = QStringLiteral("sandbox-web");
        config.clientSecret = m_sandbox.secretOf(config.clientId);
        config.requestTimeoutSeconds = 1;
        return config;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        QVERIFY(m_sandbox.start());
        TokenSet token;
        token.kind = TokenSet::Kind::Bearer;
        token.grant = TokenSet::Grant::ClientCredentials;
        token.accessToken = m_sandbox.tokenFor(QStringLiteral("sandbox-web"));
        QVERIFY(!token.accessToken.isEmpty());
        m_credentials = std::make_unique<StaticTokenProvider>(token);
        m_history = std::make_unique<RequestHistory>(historyPath());
        QVERIFY(m_history->load());
        m_client = std::make_unique<ApiClient>();
        m_client->setTokenProvider(m_credentials.get());
        m_client->setBaseUrl(m_sandbox.server->apiBaseUrl());
        m_client->setHistory(m_history.get());
    }

    void cleanup() { setFaults({{QStringLiteral("latencyMs"), 0}}); }

    void serverErrorFault()
    {
        setFaults({{QStringLiteral("serverErrors"), 1}});
        const ApiResponse response = leads();
        QCOMPARE(
            LoftyError::kindName(response.error.kind()), LoftyError::kindName(LoftyError::Kind::ServerError));
        QVERIFY(!response.error.title().isEmpty());
        verifyRecoversAndKeepsHistory();
    }

    void malformedJsonFault()
    {
        setFaults({{QStringLiteral("malformedJson"), 1}});
        const ApiResponse response = leads();
        QString error;
        QVERIFY(!JsonReader::parse(response.body, &error).isValid());
        QVERIFY(!error.isEmpty());
        verifyRecoversAndKeepsHistory();
    }

    void droppedConnectionFault()
    {
        setFaults({{QStringLiteral("dropConnections"), 1}});
        const ApiResponse response = leads();
        QVERIFY(response.error.isError());
        QVERIFY(!response.error.title().isEmpty());
        verifyRecoversAndKeepsHistory();
    }

    void latencyBeyondTheTimeout()
    {
        setFaults({{QStringLiteral("latencyMs"), 2500}});
        const ApiResponse response = leads(1);
        QCOMPARE(
            LoftyError::kindName(response.error.kind()), LoftyError::kindName(LoftyError::Kind::Timeout));
        setFaults({{QStringLiteral("latencyMs"), 0}});
        verifyRecoversAndKeepsHistory();
    }

    void slowTokenEndpointFailsTheFlowThenWorksAgain()
    {
        setFaults({{QStringLiteral("latencyMs"), 2500}});
        ClientCredentialsFlow flow(clientCredentialsConfig());
        flow.setCustomerKey(m_sandbox.customerKeyOf(QStringLiteral("alice")));
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(granted.size(), 0);

        setFaults({{QStringLiteral("latencyMs"), 0}});
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(granted.size(), 1, 20000);
    }
};

QTEST_GUILESS_MAIN(tst_FaultsSandbox)
#include "tst_faults_sandbox.moc"
