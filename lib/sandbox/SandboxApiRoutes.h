#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResources.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/SandboxState.h"

class EndpointCatalog;

// The REST API under /v1.0 and /v2.0, as Lofty enforces it: the caller is found from
// `Authorization: Bearer <token>` or `token <api key>` (401 BAD_CREDENTIALS otherwise), counted
// against its app's per-minute limit (X-RateLimit-* on every answer, 429 past it), checked
// against the app's granted APIs (403 code 200100), then answered from SandboxData. Fault modes
// apply here.
class SandboxApiRoutes
{
public:
    SandboxApiRoutes(SandboxState& state, const EndpointCatalog& catalog);

    static bool handles(const QString& path);
    SandboxResponse handle(const SandboxRequest& request);

private:
    struct Caller
    {
        QString bucket; // rate-limit window: one per app, one per API key
        int rateLimit = 0;
        QString accountId;
        const SandboxApp* app = nullptr; // nullptr for API keys, which may call every API
    };

    std::optional<Caller> authenticate(const SandboxRequest& request, QString* why) const;
    SandboxResponse dispatch(const SandboxRequest& request, const Caller& caller);
    static void addRateLimitHeaders(SandboxResponse* response, const SandboxRateLimiter::Decision& decision);

    SandboxState& m_state;
    const EndpointCatalog& m_catalog;
    SandboxResources m_resources;
};
