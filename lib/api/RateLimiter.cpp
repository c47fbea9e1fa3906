#include "api/RateLimiter.h"

#include "util/Clock.h"
#include "util/LogCategories.h"

#include <algorithm>

namespace {

constexpr qint64 WindowMs = qint64(RateLimiter::WindowSeconds) * 1000;
// Requests are counted when sent, the server counts them when they arrive; a little slack keeps
// a request sent exactly 60 s after another from landing inside the server's window.
constexpr qint64 SafetyMarginMs = 250;
// X-RateLimit-Reset in epoch seconds is exact only to the second.
constexpr qint64 EpochSecondsSlackMs = 1000;
constexpr int MinimumWakeDelayMs = 10;
constexpr qint64 CountdownTickMs = 1000;

int secondsUntil(qint64 instantMs, qint64 nowMs)
{
    return instantMs > nowMs ? int((instantMs - nowMs + 999) / 1000) : 0;
}

qint64 headerNumber(const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& name, bool* found)
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 value = header.second.trimmed().toLongLong(&ok);
            *found = ok;
            return ok ? value : 0;
        }
    }
    *found = false;
    return 0;
}

} // namespace

RateLimiter::RateLimiter(const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
{
    qRegisterMetaType<RateLimiter::Usage>();
    m_wakeTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, &RateLimiter::reevaluate);
}

void RateLimiter::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
    reevaluate();
}

qint64 RateLimiter::now() const
{
    return m_clock->nowMSecs();
}

void RateLimiter::setLimit(const QString& appKey, int requestsPerMinute)
{
    m_apps[appKey].configuredLimit = std::max(1, requestsPerMinute);
    reevaluate();
}

int RateLimiter::limit(const QString& appKey) const
{
    const auto it = m_apps.constFind(appKey);
    return it == m_apps.constEnd() ? DevelopmentLimit : effectiveLimit(*it);
}

int RateLimiter::effectiveLimit(const AppWindow& app) const
{
    return app.serverLimit > 0 ? app.serverLimit : app.configuredLimit;
}

qint64 RateLimiter::interpretReset(qint64 value, qint64 nowMSecs)
{
    qint64 resetAt = -1;
    if (value >= 1000000000000LL)
        resetAt = value; // epoch milliseconds
    else if (value >= 1000000000LL)
        resetAt = value * 1000 + EpochSecondsSlackMs; // epoch seconds, as documented
    else if (value > 0 && value <= WindowSeconds)
        resetAt = nowMSecs + value * 1000; // seconds to go
    else if (value > WindowSeconds && value <= WindowMs)
        resetAt = nowMSecs + value; // milliseconds to go (the documentation's "21000")
    if (resetAt < 0)
        return -1;
    // A 60-second window never needs a longer wait than one window.
    return std::min(resetAt, nowMSecs + WindowMs + EpochSecondsSlackMs);
}

void RateLimiter::expireOld(AppWindow& app, qint64 nowMs) const
{
    while (!app.grants.empty() && app.grants.front() + WindowMs + SafetyMarginMs <= nowMs)
        app.grants.pop_front();
    if (app.serverBudget >= 0 && nowMs >= app.serverBudgetUntil)
        app.serverBudget = -1;
}

qint64 RateLimiter::nextGrantTime(AppWindow& app, qint64 nowMs) const
{
    expireOld(app, nowMs);
    qint64 at = std::max(nowMs, app.holdUntil);
    const int limit = effectiveLimit(app);
    const int granted = int(app.grants.size());
    if (granted >= limit)
        at = std::max(at, app.grants[size_t(granted - limit)] + WindowMs + SafetyMarginMs);
    if (app.serverBudget == 0)
        at = std::max(at, app.serverBudgetUntil);
    return at;
}

RateLimiter::Ticket RateLimiter::acquire(
    const QString& appKey, const QString& label, QObject* context, std::function<void()> proceed)
{
    AppWindow& app = m_apps[appKey];
    const Ticket ticket = m_nextTicket++;
    const qint64 nowMs = now();
    const bool mustWait = !app.waiting.empty() || nextGrantTime(app, nowMs) > nowMs;
    app.waiting.push_back(Waiting {ticket, label, context, std::move(proceed)});
    if (mustWait) {
        const int seconds = secondsUntil(nextGrantTime(app, nowMs), nowMs);
        qCDebug(lcApi) << "rate limit: holding" << label << "for app" << appKey << "about" << seconds << "s";
        emit requestHeld(appKey, label, seconds);
    }
    grantWhatFits(app);
    emit queueLengthChanged(appKey, int(m_apps[appKey].waiting.size()));
    emitUsage(appKey);
    scheduleWake();
    return ticket;
}

void RateLimiter::grantWhatFits(AppWindow& app)
{
    const qint64 nowMs = now();
    while (!app.waiting.empty()) {
        if (!app.waiting.front().context) {
            app.waiting.pop_front();
            continue;
        }
        if (nextGrantTime(app, nowMs) > nowMs)
            break;
        Waiting next = std::move(app.waiting.front());
        app.waiting.pop_front();
        app.grants.push_back(nowMs);
        app.inFlight.append(next.ticket);
        if (app.serverBudget > 0)
            --app.serverBudget;
        QMetaObject::invokeMethod(next.context, std::move(next.proceed), Qt::QueuedConnection);
    }
}

bool RateLimiter::cancel(Ticket ticket)
{
    for (auto it = m_apps.begin(); it != m_apps.end(); ++it) {
        auto& waiting = it->waiting;
        const auto found = std::find_if(
            waiting.begin(), waiting.end(), [ticket](const Waiting& w) { return w.ticket == ticket; });
        if (found == waiting.end())
            continue;
        waiting.erase(found);
        const QString appKey = it.key();
        emit queueLengthChanged(appKey, int(waiting.size()));
        emitUsage(appKey);
        scheduleWake();
        return true;
    }
    return false;
}

void RateLimiter::cancelAll(const QString& appKey)
{
    const auto it = m_apps.find(appKey);
    if (it == m_apps.end() || it->waiting.empty())
        return;
    it->waiting.clear();
    emit queueLengthChanged(appKey, 0);
    emitUsage(appKey);
    scheduleWake();
}

QList<RateLimiter::QueuedRequest> RateLimiter::queue(const QString& appKey) const
{
    QList<QueuedRequest> result;
    const auto it = m_apps.constFind(appKey);
    if (it == m_apps.constEnd())
        return result;
    for (const Waiting& waiting : it->waiting)
        result.append(QueuedRequest {waiting.ticket, waiting.label});
    return result;
}

QString RateLimiter::appOfTicket(Ticket ticket) const
{
    for (auto it = m_apps.constBegin(); it != m_apps.constEnd(); ++it) {
        if (it->inFlight.contains(ticket))
            return it.key();
    }
    return QString();
}

bool RateLimiter::recordResponse(
    Ticket ticket, int httpStatus, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    const QString appKey = appOfTicket(ticket);
    if (appKey.isNull())
        return httpStatus == 429;
    AppWindow& app = m_apps[appKey];
    app.inFlight.removeOne(ticket);
    applyHeaders(app, httpStatus, headers);
    if (httpStatus == 429) {
        const qint64 nowMs = now();
        const qint64 until = app.serverBudgetUntil > nowMs ? app.serverBudgetUntil : nowMs + WindowMs;
        startBackoff(appKey, app, until, tr("The server answered 429 Too Many Requests."));
    }
    reevaluate();
    return httpStatus == 429;
}

void RateLimiter::applyHeaders(
    AppWindow& app, int httpStatus, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    bool hasLimit = false;
    bool hasRemaining = false;
    bool hasReset = false;
    const qint64 limit = headerNumber(headers, "X-RateLimit-Limit", &hasLimit);
    const qint64 remaining = headerNumber(headers, "X-RateLimit-Remaining", &hasRemaining);
    const qint64 reset = headerNumber(headers, "X-RateLimit-Reset", &hasReset);
    const qint64 nowMs = now();
    if (hasLimit && limit > 0)
        app.serverLimit = int(std::min<qint64>(limit, 1000000));
    const qint64 resetAt = hasReset ? interpretReset(reset, nowMs) : -1;
    if (hasRemaining && remaining >= 0) {
        // Requests still in flight were granted before this answer and may not be counted yet.
        app.serverBudget = int(std::max<qint64>(0, remaining - app.inFlight.size()));
        app.serverBudgetUntil = resetAt > nowMs ? resetAt : nowMs + WindowMs;
    } else if (httpStatus == 429) {
        app.serverBudget = 0;
        app.serverBudgetUntil = resetAt > nowMs ? resetAt : nowMs + WindowMs;
    }
}

void RateLimiter::release(Ticket ticket)
{
    const QString appKey = appOfTicket(ticket);
    if (appKey.isNull())
        return;
    m_apps[appKey].inFlight.removeOne(ticket);
}

void RateLimiter::startBackoff(const QString& appKey, AppWindow& app, qint64 until, const QString& reason)
{
    app.holdUntil = std::max(app.holdUntil, until);
    const int seconds = secondsUntil(app.holdUntil, now());
    qCInfo(lcApi) << "rate limit: backing off app" << appKey << "for" << seconds << "s:" << reason;
    emit backoffStarted(appKey, seconds, reason);
}

RateLimiter::Usage RateLimiter::usage(const QString& appKey) const
{
    Usage usage;
    const auto it = m_apps.constFind(appKey);
    if (it == m_apps.constEnd()) {
        usage.limit = DevelopmentLimit;
        return usage;
    }
    AppWindow app = *it;
    const qint64 nowMs = now();
    expireOld(app, nowMs);
    usage.used = int(app.grants.size());
    usage.limit = effectiveLimit(app);
    usage.queued = int(app.waiting.size());
    usage.backoffSeconds = secondsUntil(app.holdUntil, nowMs);
    if (app.serverBudget >= 0)
        usage.secondsToReset = secondsUntil(app.serverBudgetUntil, nowMs);
    else if (!app.grants.empty())
        usage.secondsToReset = secondsUntil(app.grants.front() + WindowMs, nowMs);
    usage.secondsToReset = std::max(usage.secondsToReset, usage.backoffSeconds);
    return usage;
}

void RateLimiter::reevaluate()
{
    const QStringList keys = m_apps.keys();
    for (const QString& appKey : keys) {
        auto it = m_apps.find(appKey);
        if (it == m_apps.end())
            continue;
        const size_t before = it->waiting.size();
        grantWhatFits(*it);
        const size_t after = m_apps[appKey].waiting.size();
        if (after != before)
            emit queueLengthChanged(appKey, int(after));
        emitUsage(appKey);
    }
    scheduleWake();
}

void RateLimiter::scheduleWake()
{
    const qint64 nowMs = now();
    qint64 earliest = -1;
    for (auto it = m_apps.begin(); it != m_apps.end(); ++it) {
        // While the window holds grants or a back-off runs, the usage shown to the user changes
        // every second (slots free, the reset counts down), so the timer keeps ticking.
        const bool counting = !it->grants.empty() || it->holdUntil > nowMs;
        if (it->waiting.empty() && !counting)
            continue;
        qint64 at = it->waiting.empty() ? nowMs + CountdownTickMs : nextGrantTime(*it, nowMs);
        if (counting)
            at = std::min(at, nowMs + CountdownTickMs);
        if (earliest < 0 || at < earliest)
            earliest = at;
    }
    if (earliest < 0) {
        m_wakeTimer.stop();
        return;
    }
    m_wakeTimer.start(int(std::max<qint64>(MinimumWakeDelayMs, earliest - nowMs)));
}

void RateLimiter::emitUsage(const QString& appKey)
{
    emit usageChanged(appKey, usage(appKey));
}
