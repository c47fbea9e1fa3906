// A collection run at an app's rate limit, against the in-process sandbox enforcing the same
// limit: N requests (default 1000) at L per minute (default 500). Prints the wall time, the
// minimum the limit allows for N requests (computed in the same run from the limit the server
// announced in X-RateLimit-Limit), their ratio and the number of 429 answers (including any
// the client backed off from and retried).
//
// A 60-second sliding window lets request i go no earlier than floor(i / L) windows after the
// first, so the minimum is floor((N - 1) / L) * 60 s plus the time the last window's requests
// take to be served, which the run measures (its last L requests, sent back to back).
//
// Usage: bench_collection_run [N] [L]      (about floor((N-1)/L) minutes)

#include "SessionHarness.h"

#include "api/RateLimiter.h"
#include "collections/CollectionRunner.h"
#include "sandbox/SandboxServer.h"
#include "session/ConsoleSession.h"
#include "session/RequestService.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int requests = arguments.size() > 1 ? arguments.at(1).toInt() : 1000;
    const int limit = arguments.size() > 2 ? arguments.at(2).toInt() : 500;
    if (requests < 1 || limit < 1) {
        std::fprintf(stderr, "usage: bench_collection_run [requests] [per-minute]\n");
        return 2;
    }
    SessionHarness harness;
    QString error;
    if (!harness.activateSandbox(&error) || harness.authorizePkce(&error).isEmpty()) {
        std::fprintf(stderr, "set-up failed: %s\n", qPrintable(error));
        return 1;
    }
    ConsoleSession* session = harness.session();
    session->sandbox()->setRateLimitOverride(limit); // the server answers 429 beyond it
    session->requests()->rateLimiter()->setLimit(session->requests()->appKey(), limit);
    // The window starts empty: wait out the grant's own calls (/v1.0/me for the label).
    SessionHarness::waitUntil([] { return false; }, (RateLimiter::WindowSeconds + 1) * 1000);

    CollectionRequest me;
    me.name = QStringLiteral("Me");
    me.url = QStringLiteral("/v1.0/me");
    RequestAssertion ok;
    ok.expected = QStringLiteral("200");
    me.assertions = {ok};
    QList<Collection::Item> items;
    for (int i = 0; i < requests; ++i)
        items.append({QStringLiteral("%1.json").arg(i, 4, 10, QLatin1Char('0')), me});

    CollectionRunner runner(ApiSender::of(session->requests()));
    QList<qint64> finishedAt;
    QElapsedTimer clock;
    QObject::connect(&runner, &CollectionRunner::requestFinished, &runner,
        [&](int, const RequestRunResult&) { finishedAt.append(clock.elapsed()); });
    clock.start();
    runner.start(items);
    const qint64 budgetMs = (qint64(requests) / limit + 2) * RateLimiter::WindowSeconds * 1000 + 60000;
    if (!SessionHarness::waitUntil([&runner] { return !runner.isRunning(); }, int(budgetMs))) {
        std::fprintf(stderr, "the run did not finish within %lld ms\n", budgetMs);
        return 1;
    }
    const qint64 wallMs = clock.elapsed();

    int status429 = 0;
    int retried = 0;
    int announcedLimit = 0;
    for (const RequestRunResult& result : runner.results()) {
        status429 += result.httpStatus() == 429 ? 1 : 0;
        retried += result.response.rateLimitRetries;
        announcedLimit = qMax(announcedLimit, result.response.header("X-RateLimit-Limit").toInt());
    }
    const int effectiveLimit = announcedLimit > 0 ? announcedLimit : limit;
    const qint64 windows = (requests - 1) / effectiveLimit;
    // Serving the last window's requests back to back: measured in this run, from the last
    // window's first answer to its last one.
    const qsizetype lastWindowStart = qsizetype(windows) * effectiveLimit;
    const qint64 lastWindowMs = finishedAt.size() > lastWindowStart && windows > 0
        ? finishedAt.constLast() - finishedAt.at(lastWindowStart)
        : (finishedAt.isEmpty() ? 0 : finishedAt.constLast());
    const qint64 minimumMs = windows * RateLimiter::WindowSeconds * 1000 + lastWindowMs;
    std::printf("requests            %d\n", requests);
    std::printf("limit               %d/min (server announced %d)\n", limit, announcedLimit);
    std::printf("passed / failed     %d / %d\n", runner.passedCount(), runner.failedCount());
    std::printf("429 answers         %d (retried after back-off: %d)\n", status429, retried);
    std::printf("wall time           %.2f s\n", wallMs / 1000.0);
    std::printf("minimum by limit    %.2f s (%lld windows of 60 s + %.2f s to serve the last %d)\n",
        minimumMs / 1000.0, windows, lastWindowMs / 1000.0, int(finishedAt.size() - lastWindowStart));
    std::printf("ratio               %.4f\n", double(wallMs) / double(qMax<qint64>(1, minimumMs)));
    return runner.failedCount() == 0 && status429 == 0 && retried == 0 ? 0 : 1;
}
