#pragma once

#include "sandbox/SandboxCommunicationRoutes.h"
#include "sandbox/SandboxLeadRoutes.h"
#include "sandbox/SandboxListingRoutes.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/SandboxRouteTable.h"
#include "sandbox/SandboxSalesAgentRoutes.h"
#include "sandbox/SandboxState.h"
#include "sandbox/SandboxTaskRoutes.h"
#include "sandbox/SandboxTeamFeatureRoutes.h"
#include "sandbox/SandboxTeamRoutes.h"
#include "sandbox/SandboxTransactionRoutes.h"
#include "sandbox/SandboxWebhookRoutes.h"

#include <optional>

class EndpointCatalog;
class SandboxWebhookDispatcher;

// The REST API under /v1.0 and /v2.0, as Lofty enforces it: the caller is found from
// `Authorization: Bearer <token>` or `token <api key>` (401 otherwise; an API key sent as Bearer
// is 400 code 200058), counted against its app's per-minute limit or the API-key limit
// (X-RateLimit-* on every answer, 429 past it), held to the Content-Type and Accept rules,
// checked against the app's granted APIs (403 code 200100, the API named by the catalog), its
// required parameters checked (400 code 20012), then answered by the route families. Fault
// modes apply here.
class SandboxApiRoutes
{
public:
    SandboxApiRoutes(SandboxState& state, const EndpointCatalog& catalog);

    static bool handles(const QString& path);
    SandboxResponse handle(const SandboxRequest& request);
    const SandboxRouteTable& routes() const { return m_routes; }
    // Told of every routed call and its answer (webhook events); may be null.
    void setWebhookDispatcher(SandboxWebhookDispatcher* dispatcher) { m_webhookDispatcher = dispatcher; }

private:
    struct Caller
    {
        QString bucket; // rate-limit window: one per app, one per API key
        int rateLimit = 0;
        QString accountId;
        const SandboxApp* app = nullptr; // nullptr for API keys, which may call every API
    };

    std::optional<Caller> authenticate(const SandboxRequest& request, SandboxResponse* refusal) const;
    SandboxResponse dispatch(const SandboxRequest& request, const Caller& caller);
    std::optional<SandboxResponse> checkHeaders(
        const SandboxRequest& request, const SandboxRouteTable::Route& route) const;
    std::optional<SandboxResponse> checkGrant(const SandboxRequest& request, const Caller& caller) const;
    static std::optional<SandboxResponse> readCall(
        const SandboxRequest& request, const SandboxRouteTable::Route& route, SandboxCall* call);
    static void addRateLimitHeaders(SandboxResponse* response, const SandboxRateLimiter::Decision& decision);

    SandboxState& m_state;
    const EndpointCatalog& m_catalog;
    SandboxRouteTable m_routes;
    SandboxLeadRoutes m_leads;
    SandboxTaskRoutes m_tasks;
    SandboxCommunicationRoutes m_communication;
    SandboxTeamRoutes m_team;
    SandboxTeamFeatureRoutes m_teamFeatures;
    SandboxWebhookRoutes m_webhooks;
    SandboxSalesAgentRoutes m_salesAgent;
    SandboxTransactionRoutes m_transactions;
    SandboxListingRoutes m_listings;
    SandboxWebhookDispatcher* m_webhookDispatcher = nullptr;
};
