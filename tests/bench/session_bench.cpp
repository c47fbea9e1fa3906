// Benchmark driver over lib/ (ConsoleSession, ApiClient, RequestHistory, ScopeProbe, JsonLoader,
// JsonTreeModel). Not a test: run by tests/bench/run-all.sh, which parses the "RESULT key value"
// and "SAMPLE key value" lines. One mode per process.
//
//   bench_session latency <base-url> <access-token> <count> <warm-up>
//       sequential authorized GET /v1.0/me through ApiClient, wired as ConsoleSession wires it
//       (rate limiter, history file, token provider), against a running lofty-sandbox
//   bench_session auth <count>        whole PKCE grants with auto-approve, then refreshes
//   bench_session history <entries> <runs>
//       a profile's history with <entries> real entries: RequestHistory::load and the whole
//       ConsoleSession::activateProfile
//   bench_session memory <requests> <json-megabytes>
//       resident memory over a session: activate, authorize, requests, scope probe, JSON model

#include "BenchSupport.h"
#include "SessionHarness.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/HistoryEntry.h"
#include "api/RateLimiter.h"
#include "api/RequestHistory.h"
#include "catalog/EndpointCatalog.h"
#include "oauth/StaticTokenProvider.h"
#include "session/Account.h"
#include "session/AccountRegistry.h"
#include "session/AuthorizationService.h"
#include "session/ConsoleSession.h"
#include "session/ProviderBackend.h"
#include "session/RequestService.h"
#include "session/ScopeProbe.h"
#include "util/Clock.h"
#include "json/JsonLoader.h"
#include "json/JsonTreeModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "bench_session: %s\n", qPrintable(message));
    return 1;
}

void sample(const char* key, double value)
{
    std::printf("SAMPLE %s %.3f\n", key, value);
}

// --- latency ---------------------------------------------------------------------------------

// The floor under ApiClient: the same GET through a bare QNetworkAccessManager, `count` times
// in a row (samples after the first `warmUp`).
void runBareQnam(
    QNetworkAccessManager& network, const QUrl& baseUrl, const QString& accessToken, int count, int warmUp)
{
    QNetworkRequest request(baseUrl.resolved(QUrl(QStringLiteral("/v1.0/me"))));
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    QEventLoop loop;
    QElapsedTimer sinceSend;
    int sent = 0;
    std::function<void()> sendNext = [&] {
        sinceSend.start();
        ++sent;
        QNetworkReply* reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            if (sent > warmUp)
                sample("qnam_ms", double(sinceSend.nsecsElapsed()) / 1e6);
            if (sent < warmUp + count)
                sendNext();
            else
                loop.quit();
        });
    };
    sendNext();
    loop.exec();
}

// The same GET through ApiClient's reply path, `count` times in a row; returns the failures.
int runApiClient(ApiClient& api, int count, int warmUp)
{
    QEventLoop loop;
    QElapsedTimer sinceSend;
    int sent = 0;
    int failures = 0;
    const ApiRequest request = api.requestFor(QStringLiteral("GET"), QStringLiteral("/v1.0/me"));
    std::function<void()> sendNext = [&] {
        sinceSend.start();
        ++sent;
        ApiReply* reply = api.send(request);
        QObject::connect(reply, &ApiReply::finished, &loop, [&, reply] {
            const double ms = double(sinceSend.nsecsElapsed()) / 1e6;
            reply->deleteLater();
            if (reply->response().httpStatus != 200)
                ++failures;
            if (sent > warmUp)
                sample("apiclient_ms", ms);
            if (sent < warmUp + count)
                sendNext();
            else
                loop.quit();
        });
    };
    sendNext();
    loop.exec();
    api.flushHistory();
    return failures;
}

// Interleaved blocks of both, so that the load of a shared machine falls on both alike.
int runLatency(const QUrl& baseUrl, const QString& accessToken, int count, int warmUp)
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkAccessManager bareNetwork;
    bareNetwork.setProxy(QNetworkProxy::NoProxy);
    RateLimiter limiter(Clock::system());
    const QString appKey = QStringLiteral("sandbox-web");
    limiter.setLimit(appKey, 100000000);
    RequestHistory history(dir.filePath(QStringLiteral("history.jsonl")));
    history.load();
    TokenSet token;
    token.kind = TokenSet::Kind::Bearer;
    token.accessToken = accessToken;
    StaticTokenProvider provider(token);
    ApiClient api;
    api.setNetworkAccessManager(&network);
    api.setBaseUrl(baseUrl);
    api.setTokenProvider(&provider);
    // For finding where the time goes: LOFTY_BENCH_WITHOUT=history,limiter leaves parts out.
    const QByteArray without = qgetenv("LOFTY_BENCH_WITHOUT");
    if (!without.contains("limiter"))
        api.setRateLimiter(&limiter, appKey);
    if (!without.contains("history"))
        api.setHistory(&history);

    constexpr int Blocks = 10;
    const int perBlock = std::max(1, count / Blocks);
    int failures = 0;
    for (int block = 0; block < Blocks; ++block) {
        const int blockWarmUp = block == 0 ? warmUp : 0;
        failures += runApiClient(api, perBlock, blockWarmUp);
        runBareQnam(bareNetwork, baseUrl, accessToken, perBlock, blockWarmUp);
    }
    Bench::result("apiclient_failures", failures);
    Bench::result("history_entries", history.count());
    return failures == 0 ? 0 : 1;
}

// --- authorization ---------------------------------------------------------------------------

int runAuthorization(int count)
{
    SessionHarness harness;
    QString error;
    if (!harness.activateSandbox(&error))
        return fail(error);
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (harness.authorizePkce(&error).isEmpty())
            return fail(QStringLiteral("PKCE grant: ") + error);
        sample("pkce_grant_ms", double(timer.nsecsElapsed()) / 1e6);
        // Let the identity fetch that follows a grant finish, so it does not overlap the refresh.
        SessionHarness::waitUntil([&] { return harness.session()->requests()->pendingCount() == 0; }, 5000);
        timer.start();
        if (!harness.refreshToken(&error))
            return fail(QStringLiteral("refresh: ") + error);
        sample("refresh_ms", double(timer.nsecsElapsed()) / 1e6);
    }
    return 0;
}

// --- history ---------------------------------------------------------------------------------

// Real exchanges with the sandbox (every API's safe probe GET), so the entries have the shapes
// and sizes the console writes.
QList<HistoryEntry> realEntries(SessionHarness& harness)
{
    QList<HistoryEntry> entries;
    const EndpointCatalog& catalog = EndpointCatalog::builtIn();
    for (const QString& api : catalog.apis()) {
        if (const CatalogEndpoint* endpoint = catalog.probeEndpointOfApi(api))
            harness.get(endpoint->path({}));
    }
    RequestHistory* history = harness.session()->requests()->history();
    for (int i = 0; i < history->count(); ++i) {
        if (std::optional<HistoryEntry> entry = history->entry(i))
            entries << *entry;
    }
    return entries;
}

bool writeHistory(const QString& path, const QList<HistoryEntry>& templates, int entries)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-60);
    for (int i = 0; i < entries; ++i) {
        HistoryEntry entry = templates.at(i % templates.size());
        entry.time = start.addSecs(i * 30);
        file.write(entry.toJsonLine() + '\n');
    }
    return file.commit();
}

// The largest history a profile keeps with the default bound: as many entries of the same mix
// as fit in RequestHistory::DefaultMaxFileBytes.
bool measureBoundedHistory(const QString& path, const QList<HistoryEntry>& templates, int entries, int runs)
{
    const double bytesPerEntry = double(QFileInfo(path).size()) / entries;
    const int bounded = int(double(RequestHistory::DefaultMaxFileBytes) / bytesPerEntry);
    if (!writeHistory(path, templates, bounded))
        return false;
    Bench::result("history_bounded_entries", bounded);
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        RequestHistory history(path);
        if (!history.load() || history.count() != bounded)
            return false;
        sample("history_bounded_load_ms", double(timer.nsecsElapsed()) / 1e6);
    }
    return true;
}

int runHistory(int entries, int runs)
{
    SessionHarness harness;
    QString error;
    if (!harness.activateSandbox(&error) || harness.authorizePkce(&error).isEmpty())
        return fail(error);
    const QList<HistoryEntry> templates = realEntries(harness);
    if (templates.isEmpty())
        return fail(QStringLiteral("no history entries were written"));
    const QString path = harness.session()->requests()->history()->filePath();
    if (!writeHistory(path, templates, entries))
        return fail(QStringLiteral("cannot write ") + path);
    Bench::result("history_entries", entries);
    Bench::result("history_file_mib", QFileInfo(path).size() / 1048576.0);
    Bench::result("history_default_bound_mib", RequestHistory::DefaultMaxFileBytes / 1048576.0);

    for (int run = 0; run < runs; ++run) {
        const double rssBefore = Bench::rssMiB();
        QElapsedTimer timer;
        timer.start();
        RequestHistory history(path);
        if (!history.load(&error) || history.count() != entries)
            return fail(QStringLiteral("load: %1 (%2 entries)").arg(error).arg(history.count()));
        sample("history_load_ms", double(timer.nsecsElapsed()) / 1e6);
        sample("history_rss_mib", Bench::rssMiB() - rssBefore);
    }
    if (!measureBoundedHistory(path, templates, entries, runs))
        return fail(QStringLiteral("the bounded history could not be written or read"));
    if (!writeHistory(path, templates, entries))
        return fail(QStringLiteral("cannot write ") + path);
    for (int run = 0; run < runs; ++run) {
        harness.recreateSession();
        QElapsedTimer timer;
        timer.start();
        if (!harness.activateSandbox(&error))
            return fail(error);
        sample("profile_open_ms", double(timer.nsecsElapsed()) / 1e6);
        if (harness.session()->requests()->history()->count() != entries)
            return fail(QStringLiteral("the profile opened with %1 entries")
                            .arg(harness.session()->requests()->history()->count()));
    }
    return 0;
}

// --- memory ------------------------------------------------------------------------------------

void stage(const char* name)
{
    std::printf("STAGE %s %.3f\n", name, Bench::rssMiB());
    std::fflush(stdout);
}

bool sendRequests(SessionHarness& harness, int requests)
{
    for (int i = 1; i <= requests; ++i) {
        if (harness.get(QStringLiteral("/v1.0/me")).httpStatus != 200)
            return false;
        if (i == 1 || i % 50 == 0)
            std::printf("REQUEST %d %.3f\n", i, Bench::rssMiB());
    }
    return true;
}

bool runScopeProbe(SessionHarness& harness)
{
    ScopeProbe probe(EndpointCatalog::builtIn());
    probe.setGrantedApis(harness.session()->profile().registration.grantedApis);
    probe.learnFromHistory(harness.session()->requests()->history()->summaries());
    bool finished = false;
    QObject::connect(&probe, &ScopeProbe::finished, [&](bool) { finished = true; });
    harness.session()->requests()->probeScopes(&probe);
    return SessionHarness::waitUntil([&] { return finished; }, 60000);
}

bool loadJsonModel(const QByteArray& body, JsonTreeModel* model)
{
    JsonLoader loader;
    bool done = false;
    QObject::connect(&loader, &JsonLoader::loaded, [&](std::shared_ptr<const JsonDocumentData> document) {
        model->setDocument(std::move(document));
        done = true;
    });
    QObject::connect(&loader, &JsonLoader::failed, [&](const QString&) { done = true; });
    loader.load(body);
    if (!SessionHarness::waitUntil([&] { return done; }, 60000))
        return false;
    const QModelIndex leads = model->index(0, 0);
    if (model->canFetchMore(leads))
        model->fetchMore(leads);
    return model->rowCount(leads) > 0;
}

int runMemory(int requests, int jsonMegabytes)
{
    stage("started");
    SessionHarness harness;
    QString error;
    if (!harness.activateSandbox(&error))
        return fail(error);
    stage("sandbox_profile_active");
    if (harness.authorizePkce(&error).isEmpty())
        return fail(error);
    SessionHarness::waitUntil([&] { return harness.session()->requests()->pendingCount() == 0; }, 5000);
    stage("authorized");
    if (!sendRequests(harness, requests))
        return fail(QStringLiteral("a request failed"));
    stage("requests_done");
    if (!runScopeProbe(harness))
        return fail(QStringLiteral("the scope probe did not finish"));
    stage("scope_probe_done");
    const QByteArray body = Bench::loftyLikeBody(qint64(jsonMegabytes) * 1024 * 1024);
    JsonTreeModel model;
    if (!loadJsonModel(body, &model))
        return fail(QStringLiteral("the JSON body did not load"));
    stage("json_model_loaded");
    Bench::result("history_entries_in_memory", harness.session()->requests()->history()->count());
    Bench::result("peak_rss_mib", Bench::statusKiB("VmHWM:") / 1024.0);
    return 0;
}

int usage()
{
    std::fprintf(stderr,
        "usage: bench_session latency <base-url> <token> <count> <warm-up>\n"
        "       bench_session auth <count>\n"
        "       bench_session history <entries> <runs>\n"
        "       bench_session memory <requests> <json-megabytes>\n");
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    int status = 2;
    if (mode == QLatin1String("latency") && args.size() == 5)
        status = runLatency(QUrl(args[1]), args[2], args[3].toInt(), args[4].toInt());
    else if (mode == QLatin1String("auth") && args.size() == 2)
        status = runAuthorization(args[1].toInt());
    else if (mode == QLatin1String("history") && args.size() == 3)
        status = runHistory(args[1].toInt(), args[2].toInt());
    else if (mode == QLatin1String("memory") && args.size() == 3)
        status = runMemory(args[1].toInt(), args[2].toInt());
    else
        return usage();
    std::fflush(stdout);
    return status;
}
