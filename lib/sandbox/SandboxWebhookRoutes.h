#pragma once

#include "sandbox/SandboxData.h"
#include "sandbox/SandboxRouteTable.h"

// Webhook subscriptions, validated as Lofty documents them: listId 1-12, an HTTPS callback
// (plain HTTP only to the loopback host, because this is the sandbox), limit 1-5000,
// permissionMode 0 or 1, at most MaxSubscriptions per team.
class SandboxWebhookRoutes
{
public:
    static constexpr int MaxSubscriptions = 20;

    explicit SandboxWebhookRoutes(SandboxData& data);
    void addTo(SandboxRouteTable& table);

private:
    SandboxResponse create(const SandboxCall& call);
    SandboxResponse list(const SandboxCall& call);
    SandboxResponse remove(const SandboxCall& call);

    static bool callbackAllowed(const QString& url);

    SandboxData& m_data;
};
