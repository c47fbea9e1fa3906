#include "sandbox/SandboxRateLimiter.h"

#include <QtGlobal>

SandboxRateLimiter::Decision SandboxRateLimiter::take(const QString& bucket, int limitPerMinute, qint64 nowMs)
{
    Window& window = m_windows[bucket];
    if (window.used == 0 || nowMs - window.startMs >= WindowMs) {
        window.startMs = nowMs;
        window.used = 0;
    }
    Decision decision;
    decision.limit = limitPerMinute;
    decision.allowed = window.used < limitPerMinute;
    if (decision.allowed)
        ++window.used;
    decision.remaining = qMax(0, limitPerMinute - window.used);
    decision.resetEpochSeconds = (window.startMs + WindowMs + 999) / 1000;
    return decision;
}

void SandboxRateLimiter::clear()
{
    m_windows.clear();
}
