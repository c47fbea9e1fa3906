#pragma once

#include "api/RateUsage.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

class Clock;

// Keeps an app under Lofty's per-app request limit instead of letting the server answer 429.
//
// One 60-second sliding window per app (key: the client id; Lofty counts per app, not per
// account). The limit comes from the app's mode (setLimit) or from the X-RateLimit-* headers of
// the last answer. A request beyond the budget waits in a per-app queue that the GUI shows and
// can cancel. A 429 that happens anyway (another program spending the same app's budget) holds
// every request of that app until the reset and is reported through backoffStarted().
//
// Time comes from a Clock. Timers wake the queue in real time; a test that moves a ManualClock
// calls reevaluate() afterwards.
class RateLimiter : public QObject
{
    Q_OBJECT

public:
    static constexpr int WindowSeconds = 60;
    static constexpr int DevelopmentLimit = 100;
    static constexpr int ProductionLimit = 500;

    using Ticket = quint64;

    using Usage = RateUsage;

    struct QueuedRequest
    {
        Ticket ticket = 0;
        QString label;
    };

    explicit RateLimiter(const Clock* clock = nullptr, QObject* parent = nullptr);

    void setClock(const Clock* clock);
    void setLimit(const QString& appKey, int requestsPerMinute);
    int limit(const QString& appKey) const;

    // Calls `proceed` (queued, in `context`'s thread) once the app has budget for one request.
    // A request whose context is destroyed while it waits is dropped. Report the outcome with
    // recordResponse() or release().
    Ticket acquire(
        const QString& appKey, const QString& label, QObject* context, std::function<void()> proceed);
    // Removes a waiting request; false when it already proceeded or is unknown.
    bool cancel(Ticket ticket);
    void cancelAll(const QString& appKey);
    QList<QueuedRequest> queue(const QString& appKey) const;

    // The granted request got an answer. Reads X-RateLimit-Limit/-Remaining/-Reset (header names
    // are case-insensitive); a 429 starts a back-off. Returns true when this was a 429.
    bool recordResponse(Ticket ticket, int httpStatus, const QList<QPair<QByteArray, QByteArray>>& headers);
    // The granted request ended without an answer.
    void release(Ticket ticket);

    Usage usage(const QString& appKey) const;

    // When X-RateLimit-Reset says `value`, the reset is at this instant (ms since epoch), or -1
    // when the value is not usable. Lofty documents epoch seconds but its own sample shows 21000,
    // so: large values are epoch seconds or milliseconds, small ones seconds (or milliseconds) to go.
    static qint64 interpretReset(qint64 value, qint64 nowMSecs);

public slots:
    // Grants what the budget allows now. Called by the internal timer; call it after moving a
    // ManualClock.
    void reevaluate();

signals:
    void queueLengthChanged(const QString& appKey, int length);
    void usageChanged(const QString& appKey, const RateLimiter::Usage& usage);
    // A request had to wait; `seconds` is the expected wait.
    void requestHeld(const QString& appKey, const QString& label, int seconds);
    // The server answered 429 (or said its budget is spent): every request of the app waits
    // `seconds`.
    void backoffStarted(const QString& appKey, int seconds, const QString& reason);

private:
    struct Waiting
    {
        Ticket ticket = 0;
        QString label;
        QPointer<QObject> context;
        std::function<void()> proceed;
    };
    struct AppWindow
    {
        int configuredLimit = DevelopmentLimit;
        int serverLimit = 0; // from X-RateLimit-Limit; 0 = unknown
        std::deque<qint64> grants; // ms since epoch, oldest first
        int serverBudget = -1; // from X-RateLimit-Remaining; -1 = unknown
        qint64 serverBudgetUntil = 0; // the server's reset; the budget is void after it
        qint64 holdUntil = 0; // no grant before this (429 back-off)
        QList<Ticket> inFlight;
        std::deque<Waiting> waiting;
    };

    qint64 now() const;
    int effectiveLimit(const AppWindow& app) const;
    void expireOld(AppWindow& app, qint64 nowMs) const;
    qint64 nextGrantTime(AppWindow& app, qint64 nowMs) const; // <= now: may grant now
    void grantWhatFits(AppWindow& app);
    void applyHeaders(AppWindow& app, int httpStatus, const QList<QPair<QByteArray, QByteArray>>& headers);
    void startBackoff(const QString& appKey, AppWindow& app, qint64 until, const QString& reason);
    QString appOfTicket(Ticket ticket) const;
    void scheduleWake();
    void emitUsage(const QString& appKey);

    const Clock* m_clock;
    QHash<QString, AppWindow> m_apps;
    Ticket m_nextTicket = 1;
    QTimer m_wakeTimer;
};
