#pragma once

#include <QHash>
#include <QString>

// Lofty's per-app limit: N requests in a 60-second window that starts with the window's first
// request. Every answer reports the bucket through X-RateLimit-Limit/-Remaining/-Reset.
class SandboxRateLimiter
{
public:
    static constexpr qint64 WindowMs = 60 * 1000;

    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetEpochSeconds = 0;
    };

    Decision take(const QString& bucket, int limitPerMinute, qint64 nowMs);
    void clear();

private:
    struct Window
    {
        qint64 startMs = 0;
        int used = 0;
    };
    QHash<QString, Window> m_windows;
};
