#pragma once

#include "sandbox/SandboxAuthStore.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxData.h"
#include "sandbox/SandboxFaults.h"
#include "sandbox/SandboxRateLimiter.h"
#include "util/Clock.h"

// Everything the sandbox's route handlers share. Owned by SandboxServer; the handlers run on its
// thread one request at a time, so nothing here needs locking.
struct SandboxState
{
    SandboxConfig config = SandboxConfig::builtIn();
    const Clock* clock = Clock::system();
    SandboxAuthStore authStore;
    SandboxRateLimiter rateLimiter;
    SandboxFaults faults;
    SandboxData data;
    int tokenLifetimeSeconds = 3600;
    QString autoApproveAccount;
    int rateLimitOverride = 0; // requests per minute for every app; 0 = by the app's mode

    qint64 nowMs() const { return clock->nowMSecs(); }
    // Lofty: an API coming into force is a breaking change; every user of the app must authorize
    // again. The one place a registration change revokes tokens; returns how many it revoked.
    int revokeIfApisAdded(const QString& clientId, bool addsApis)
    {
        return addsApis ? authStore.revokeTokensOfApp(clientId) : 0;
    }
    int rateLimitOf(const SandboxApp& app) const
    {
        return rateLimitOverride > 0 ? rateLimitOverride : app.rateLimitPerMinute();
    }
};
