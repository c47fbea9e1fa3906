#include "api/RateLimiter.h"

#include "ManualClock.h"

#include <QSignalSpy>
#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private:
    const QString app = QStringLiteral("sandbox-web");
    ManualClock* clock = nullptr;
    RateLimiter* limiter = nullptr;
    int proceeded = 0;
    QList<RateLimiter::Ticket> tickets;

    void acquire(int count, const QString& appKey = QString(), QObject* context = nullptr)
    {
        for (int i = 0; i < count; ++i)
            tickets << limiter->acquire(appKey.isEmpty() ? app : appKey, QStringLiteral("GET /v1.0/me"),
                context ? context : this, [this] { ++proceeded; });
    }

    qint64 epochSecondsIn(int seconds) const { return clock->nowUtc().addSecs(seconds).toSecsSinceEpoch(); }

private slots:
    void init()
    {
        clock = new ManualClock;
        limiter = new RateLimiter(clock);
        proceeded = 0;
        tickets.clear();
    }

    void cleanup()
    {
        delete limiter;
        delete clock;
    }

    void requestsWithinTheLimitProceedAtOnce()
    {
        limiter->setLimit(app, 3);
        acquire(3);
        QTRY_COMPARE(proceeded, 3);
        QCOMPARE(limiter->usage(app).used, 3);
        QCOMPARE(limiter->usage(app).queued, 0);
    }

    void requestsBeyondTheLimitWaitForTheWindow()
    {
        limiter->setLimit(app, 3);
        QSignalSpy held(limiter, &RateLimiter::requestHeld);
        QSignalSpy queueLength(limiter, &RateLimiter::queueLengthChanged);
        acquire(5);
        QTRY_COMPARE(proceeded, 3);
        QCOMPARE(held.count(), 2);
        QCOMPARE(held.first().at(2).toInt(), 61);
        QCOMPARE(limiter->queue(app).size(), 2);
        QCOMPARE(queueLength.last().at(1).toInt(), 2);

        clock->advance(59);
        limiter->reevaluate();
        QCoreApplication::processEvents();
        QCOMPARE(proceeded, 3);

        clock->advance(2);
        limiter->reevaluate();
        QTRY_COMPARE(proceeded, 5);
        QCOMPARE(queueLength.last().at(1).toInt(), 0);
    }

    void windowSlidesRatherThanResetting()
    {
        limiter->setLimit(app, 3);
        acquire(2);
        clock->advance(30);
        acquire(2); // the third proceeds, the fourth waits for the first two to age out
        QTRY_COMPARE(proceeded, 3);
        clock->advance(31);
        limiter->reevaluate();
        QTRY_COMPARE(proceeded, 4);
        QCOMPARE(limiter->usage(app).used, 2);
    }

    void cancelRemovesAWaitingRequest()
    {
        limiter->setLimit(app, 1);
        acquire(3);
        QTRY_COMPARE(proceeded, 1);
        QVERIFY(!limiter->cancel(tickets[0])); // already proceeded
        QVERIFY(limiter->cancel(tickets[1]));
        QCOMPARE(limiter->queue(app).size(), 1);
        QCOMPARE(limiter->queue(app).first().ticket, tickets[2]);
        limiter->cancelAll(app);
        QCOMPARE(limiter->usage(app).queued, 0);
        clock->advance(61);
        limiter->reevaluate();
        QCoreApplication::processEvents();
        QCOMPARE(proceeded, 1);
    }

    void requestOfADestroyedContextIsDropped()
    {
        limiter->setLimit(app, 1);
        acquire(1);
        auto* context = new QObject;
        acquire(1, QString(), context);
        delete context;
        clock->advance(61);
        limiter->reevaluate();
        QTRY_COMPARE(proceeded, 1);
        QCOMPARE(limiter->usage(app).queued, 0);
        QCOMPARE(limiter->usage(app).used, 0);
    }

    void appsHaveSeparateWindows()
    {
        limiter->setLimit(app, 1);
        limiter->setLimit(QStringLiteral("sandbox-prod"), 1);
        acquire(1);
        acquire(1, QStringLiteral("sandbox-prod"));
        QTRY_COMPARE(proceeded, 2);
    }

    void limitHeaderOverridesTheConfiguredLimit()
    {
        limiter->setLimit(app, RateLimiter::DevelopmentLimit);
        acquire(1);
        QTRY_COMPARE(proceeded, 1);
        limiter->recordResponse(tickets[0], 200, Headers {{"x-ratelimit-limit", "500"}});
        QCOMPARE(limiter->limit(app), 500);
    }

    void exhaustedServerBudgetHoldsUntilReset()
    {
        acquire(1);
        QTRY_COMPARE(proceeded, 1);
        // Another program spent the app's budget: the server says nothing remains for 20 s.
        limiter->recordResponse(tickets[0], 200,
            Headers {{"X-RateLimit-Limit", "100"}, {"X-RateLimit-Remaining", "0"},
                {"X-RateLimit-Reset", QByteArray::number(epochSecondsIn(20))}});
        acquire(1);
        QCoreApplication::processEvents();
        QCOMPARE(proceeded, 1);
        QCOMPARE(limiter->usage(app).secondsToReset, 21);
        clock->advance(22);
        limiter->reevaluate();
        QTRY_COMPARE(proceeded, 2);
    }

    void serverBudgetCountsRequestsStillInFlight()
    {
        acquire(3);
        QTRY_COMPARE(proceeded, 3);
        // Two others are in flight: only 2 - 2 = 0 may follow until the reset.
        limiter->recordResponse(tickets[0], 200,
            Headers {{"X-RateLimit-Remaining", "2"},
                {"X-RateLimit-Reset", QByteArray::number(epochSecondsIn(10))}});
        acquire(1);
        QCoreApplication::processEvents();
        QCOMPARE(proceeded, 3);
    }

    void a429BacksOffUntilResetAndIsReported()
    {
        QSignalSpy backoff(limiter, &RateLimiter::backoffStarted);
        acquire(1);
        QTRY_COMPARE(proceeded, 1);
        const bool was429 = limiter->recordResponse(tickets[0], 429,
            Headers {{"X-RateLimit-Remaining", "0"},
                {"X-RateLimit-Reset", QByteArray::number(epochSecondsIn(30))}});
        QVERIFY(was429);
        QCOMPARE(backoff.count(), 1);
        QCOMPARE(backoff.first().at(1).toInt(), 31);
        QCOMPARE(limiter->usage(app).backoffSeconds, 31);
        acquire(1);
        clock->advance(30);
        limiter->reevaluate();
        QCoreApplication::processEvents();
        QCOMPARE(proceeded, 1);
        clock->advance(1);
        limiter->reevaluate();
        QTRY_COMPARE(proceeded, 2);
    }

    void a429WithoutHeadersBacksOffAWholeWindow()
    {
        QSignalSpy backoff(limiter, &RateLimiter::backoffStarted);
        acquire(1);
        QTRY_COMPARE(proceeded, 1);
        limiter->recordResponse(tickets[0], 429, Headers {});
        QCOMPARE(backoff.first().at(1).toInt(), 60);
    }

    void usageReportsUsedLimitAndReset()
    {
        QSignalSpy usageSpy(limiter, &RateLimiter::usageChanged);
        limiter->setLimit(app, 100);
        acquire(4);
        clock->advance(15);
        const RateLimiter::Usage usage = limiter->usage(app);
        QCOMPARE(usage.used, 4);
        QCOMPARE(usage.limit, 100);
        QCOMPARE(usage.secondsToReset, 45);
        QVERIFY(!usageSpy.isEmpty());
        QCOMPARE(usageSpy.last().at(0).toString(), app);
    }

    void interpretsResetDefensively_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<qint64>("expectedOffsetMs"); // from now; -1 = unusable
        const qint64 now = ManualClock().nowMSecs();
        QTest::newRow("epoch seconds") << (now / 1000 + 30) << qint64(31000);
        QTest::newRow("epoch milliseconds") << (now + 30000) << qint64(30000);
        QTest::newRow("seconds to go") << qint64(42) << qint64(42000);
        QTest::newRow("documented sample 21000") << qint64(21000) << qint64(21000);
        QTest::newRow("far future epoch is capped") << (now / 1000 + 3600) << qint64(61000);
        QTest::newRow("zero") << qint64(0) << qint64(-1);
        QTest::newRow("negative") << qint64(-5) << qint64(-1);
        QTest::newRow("meaningless") << qint64(5000000) << qint64(-1);
    }

    void interpretsResetDefensively()
    {
        QFETCH(qint64, value);
        QFETCH(qint64, expectedOffsetMs);
        const qint64 now = ManualClock().nowMSecs();
        const qint64 reset = RateLimiter::interpretReset(value, now);
        QCOMPARE(reset < 0 ? qint64(-1) : reset - now, expectedOffsetMs);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
