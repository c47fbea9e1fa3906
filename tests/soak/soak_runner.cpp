// Soak test (not part of ctest; tests/soak/run-soak.sh runs it, usually in the asan build):
// 20,000 API requests and 500 token refreshes against the in-process sandbox with random
// faults, bounded in time. Every request must end (answer or clear error), resident memory
// after warm-up and at the end must stay within a small margin, and LeakSanitizer (asan build)
// checks for leaks at exit.
//
//   soak_runner [--requests N] [--refreshes N] [--max-seconds S] [--max-growth-mb M] [--no-faults]
//
// With SOAK_MEMORY_PROFILE set, the asan build prints where the live heap was allocated at the
// end (the biggest allocation sites first), to find what grows.
#include "TestBrowser.h"

#include "api/ApiClient.h"
#include "api/RequestHistory.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/TokenRefresher.h"
#include "sandbox/SandboxAdminRoutes.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

// AddressSanitizer's heap profile and live-heap counter; absent (null) in builds without it.
// Under ASan, VmRSS keeps rising with any allocation traffic (the quarantine and the allocator
// spread frees over fresh pages), so there the live heap is what must stay flat.
extern "C" void __sanitizer_print_memory_profile(size_t top_percent, size_t max_number_of_contexts)
    __attribute__((weak));
extern "C" size_t __sanitizer_get_current_allocated_bytes() __attribute__((weak));

namespace {

bool underAsan()
{
    return __sanitizer_get_current_allocated_bytes != nullptr;
}

qint64 liveHeapKiB()
{
    return underAsan() ? qint64(__sanitizer_get_current_allocated_bytes() / 1024) : -1;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// "VmRSS 22304 KiB", plus the live heap where ASan can tell it.
QByteArray memoryText()
{
    QByteArray text = "VmRSS " + QByteArray::number(residentKiB()) + " KiB";
    if (underAsan())
        text += ", live heap " + QByteArray::number(liveHeapKiB()) + " KiB";
    return text;
}

struct Settings
{
    int requests = 20000;
    int refreshes = 500;
    int maxSeconds = 600;
    int maxGrowthMiB = 24;
    int inFlight = 8;
    bool faults = true;
};

// Drives the whole run from the event loop.
class Soak : public QObject
{
public:
    Soak(const Settings& settings, const QString& folder)
        : m_settings(settings)
        , m_history(folder + QStringLiteral("/history.jsonl"))
    {
        m_sandbox.setRateLimitOverride(1000000);
        m_history.setMaxFileBytes(2 * 1024 * 1024); // compaction runs many times
    }

    bool start()
    {
        if (!m_sandbox.listen() || !m_history.load())
            return fail("the sandbox or the history could not start");
        m_sandbox.setAutoApproveAccount(QStringLiteral("alice"));
        OAuthClientConfig config;
        config.authorizeUrl = m_sandbox.authorizeUrl();
        config.tokenUrl = m_sandbox.tokenUrl();
        config.clientId = QStringLiteral("sandbox-web");
        config.clientSecret = m_sandbox.config().app(config.clientId)->clientSecret;
        config.requestTimeoutSeconds = 5;
        m_config = config;
        m_flow = new AuthorizationCodeFlow(config, this);
        connect(m_flow, &AuthorizationCodeFlow::openBrowserRequested, &m_browser,
            [this](const QUrl& url) { m_browser.open(url, QStringLiteral("alice")); });
        connect(m_flow, &OAuthFlow::granted, this, [this](const TokenSet& token) { onGranted(token); });
        connect(
            m_flow, &OAuthFlow::failed, this, [this](const QString& reason) { fail(qPrintable(reason)); });
        m_clock.start();
        m_flow->start();
        return true;
    }

    int exitCode() const { return m_exitCode; }

private:
    bool fail(const char* why)
    {
        std::fprintf(stderr, "soak: FAILED: %s\n", why);
        m_exitCode = 1;
        QCoreApplication::exit(1);
        return false;
    }

    void onGranted(const TokenSet& token)
    {
        m_refresher = new TokenRefresher(m_config, token, this);
        connect(m_refresher, &TokenRefresher::refreshFinished, this,
            [this](bool ok, const QString&) { ok ? ++m_refreshesOk : ++m_refreshesFailed; });
        m_client.setBaseUrl(m_sandbox.apiBaseUrl());
        m_client.setTokenProvider(m_refresher);
        m_client.setHistory(&m_history);
        m_client.setAccountId(QStringLiteral("alice"));
        QTimer::singleShot(
            m_settings.maxSeconds * 1000, this, [this] { fail("the time limit was reached"); });
        for (int i = 0; i < m_settings.inFlight; ++i)
            sendNext();
    }

    void sendNext()
    {
        if (m_sent >= m_settings.requests)
            return;
        static const char* const paths[]
            = {"/v1.0/me", "/v1.0/leads?limit=5", "/v1.0/leads?limit=25", "/v2.0/tasks", "/v1.0/members"};
        ++m_sent;
        if (m_sent % 40 == 0 && m_refreshesStarted < m_settings.refreshes) {
            ++m_refreshesStarted;
            m_refresher->refreshNow();
        }
        if (m_settings.faults && m_sent % 97 == 0)
            changeFaults();
        ApiRequest request = m_client.requestFor(
            QStringLiteral("GET"), QLatin1String(paths[QRandomGenerator::global()->bounded(5)]));
        request.timeoutSeconds = 5;
        ApiReply* reply = m_client.send(request);
        connect(reply, &ApiReply::finished, this, [this, reply] {
            reply->deleteLater();
            onFinished(reply->response());
        });
    }

    // Random 5xx, malformed JSON and dropped connections for the next few requests.
    void changeFaults()
    {
        QRandomGenerator* random = QRandomGenerator::global();
        const QJsonObject faults {{QStringLiteral("serverErrors"), int(random->bounded(4))},
            {QStringLiteral("malformedJson"), int(random->bounded(4))},
            {QStringLiteral("dropConnections"), int(random->bounded(3))},
            {QStringLiteral("latencyMs"), int(random->bounded(3))}};
        QNetworkRequest request(QUrl(m_sandbox.adminUrl().toString() + QStringLiteral("/faults")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader(SandboxAdminRoutes::KeyHeader, m_sandbox.adminKey().toLatin1());
        QNetworkReply* reply = m_admin.put(request, QJsonDocument(faults).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

    void onFinished(const ApiResponse& response)
    {
        ++m_finished;
        if (response.isSuccess())
            ++m_succeeded;
        else if (response.error.title().isEmpty())
            fail("an error without a title");
        if (m_finished == m_settings.requests / 10) {
            m_warmKiB = residentKiB();
            m_warmHeapKiB = liveHeapKiB();
            std::printf("soak: warm-up done after %d requests, %s\n", m_finished, memoryText().constData());
        }
        if (m_finished % 2000 == 0) {
            std::printf("soak: %d requests (%d ok), %d refreshes, %s, %.1f s\n", m_finished, m_succeeded,
                m_refreshesOk, memoryText().constData(), m_clock.elapsed() / 1000.0);
            std::fflush(stdout);
        }
        if (m_finished == m_settings.requests) {
            finish();
            return;
        }
        sendNext();
    }

    void finish()
    {
        // Let the refreshes still running end before judging.
        if (m_refresher->isRefreshing()) {
            QTimer::singleShot(50, this, [this] { finish(); });
            return;
        }
        const qint64 endKiB = residentKiB();
        const qint64 endHeapKiB = liveHeapKiB();
        // What is judged: VmRSS, or under ASan the live heap (see __sanitizer_get_current_allocated_bytes).
        const qint64 growthKiB = underAsan() ? endHeapKiB - m_warmHeapKiB : endKiB - m_warmKiB;
        std::printf("soak: %d requests in %.1f s (%d ok, %d failed with a clear error), %d refreshes "
                    "(%d failed), VmRSS %lld KiB after warm-up, %lld KiB at the end",
            m_finished, m_clock.elapsed() / 1000.0, m_succeeded, m_finished - m_succeeded, m_refreshesOk,
            m_refreshesFailed, m_warmKiB, endKiB);
        if (underAsan())
            std::printf("; live heap %lld KiB -> %lld KiB", m_warmHeapKiB, endHeapKiB);
        std::printf("; judged growth (%s) %+lld KiB\n", underAsan() ? "live heap" : "VmRSS", growthKiB);
        if (qEnvironmentVariableIsSet("SOAK_MEMORY_PROFILE") && __sanitizer_print_memory_profile)
            __sanitizer_print_memory_profile(90, 25);
        if (m_refreshesOk + m_refreshesFailed < m_settings.refreshes)
            fail("fewer refreshes than asked for ran");
        else if ((m_settings.refreshes > 0 && m_refreshesOk == 0) || m_succeeded < m_finished / 2)
            fail("too few requests or refreshes succeeded");
        else if (growthKiB > qint64(m_settings.maxGrowthMiB) * 1024)
            fail(underAsan() ? "the live heap grew beyond the margin"
                             : "resident memory grew beyond the margin");
        else
            QCoreApplication::exit(0);
    }

    Settings m_settings;
    SandboxServer m_sandbox;
    RequestHistory m_history;
    ApiClient m_client;
    TestBrowser m_browser;
    QNetworkAccessManager m_admin;
    OAuthClientConfig m_config;
    AuthorizationCodeFlow* m_flow = nullptr;
    TokenRefresher* m_refresher = nullptr;
    QElapsedTimer m_clock;
    int m_sent = 0;
    int m_finished = 0;
    int m_succeeded = 0;
    int m_refreshesStarted = 0;
    int m_refreshesOk = 0;
    int m_refreshesFailed = 0;
    qint64 m_warmKiB = 0;
    qint64 m_warmHeapKiB = 0;
    int m_exitCode = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption requests(
        QStringLiteral("requests"), QStringLiteral("API requests"), QStringLiteral("n"));
    const QCommandLineOption refreshes(
        QStringLiteral("refreshes"), QStringLiteral("token refreshes"), QStringLiteral("n"));
    const QCommandLineOption maxSeconds(
        QStringLiteral("max-seconds"), QStringLiteral("time limit"), QStringLiteral("s"));
    const QCommandLineOption maxGrowth(QStringLiteral("max-growth-mb"),
        QStringLiteral("allowed VmRSS growth after warm-up"), QStringLiteral("MiB"));
    const QCommandLineOption noFaults(QStringLiteral("no-faults"), QStringLiteral("no sandbox faults"));
    parser.addOptions({requests, refreshes, maxSeconds, maxGrowth, noFaults});
    parser.addHelpOption();
    parser.process(app);
    Settings settings;
    if (parser.isSet(requests))
        settings.requests = parser.value(requests).toInt();
    if (parser.isSet(refreshes))
        settings.refreshes = parser.value(refreshes).toInt();
    if (parser.isSet(maxSeconds))
        settings.maxSeconds = parser.value(maxSeconds).toInt();
    if (parser.isSet(maxGrowth))
        settings.maxGrowthMiB = parser.value(maxGrowth).toInt();
    settings.faults = !parser.isSet(noFaults);
    if (settings.requests < 10 || settings.refreshes * 40 > settings.requests) {
        std::fprintf(stderr, "soak: need at least 10 requests and 40 requests per refresh\n");
        return 2;
    }

    QTemporaryDir folder;
    int result = 1;
    {
        Soak soak(settings, folder.path());
        if (soak.start())
            result = app.exec();
        result = std::max(result, soak.exitCode());
    }
    std::printf("soak: %s\n", result == 0 ? "PASSED" : "FAILED");
    return result;
}
