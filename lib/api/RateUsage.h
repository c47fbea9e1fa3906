#pragma once

#include <QMetaType>

// An app's rate-limit window at one moment, as the status bar and the request queue show it.
struct RateUsage
{
    int used = 0; // requests granted in the last 60 s
    int limit = 0; // per minute
    int secondsToReset = 0; // until the next slot frees (or the server's reset)
    int queued = 0; // requests waiting
    int backoffSeconds = 0; // > 0 while holding after a 429 or an exhausted server budget
};

Q_DECLARE_METATYPE(RateUsage)
