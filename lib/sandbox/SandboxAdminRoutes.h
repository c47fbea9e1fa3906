#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/SandboxState.h"

#include <functional>

// The console's admin API on the sandbox's port (JSON, no authentication: loopback only):
// GET /sandbox/apps, GET|PATCH /sandbox/apps/{clientId}, GET /sandbox/accounts,
// GET|PUT /sandbox/faults, POST /sandbox/reset.
class SandboxAdminRoutes
{
public:
    SandboxAdminRoutes(SandboxState& state, std::function<void()> reset);

    static bool handles(const QString& path);
    SandboxResponse handle(const SandboxRequest& request);

private:
    SandboxResponse app(const SandboxRequest& request, const QString& clientId);
    SandboxResponse patchApp(SandboxApp* app, const QByteArray& body);
    SandboxResponse faults(const SandboxRequest& request);
    QJsonObject appJson(const SandboxApp& app) const;

    static SandboxResponse badRequest(const QString& message);
    static SandboxResponse methodNotAllowed();

    SandboxState& m_state;
    std::function<void()> m_reset;
};
