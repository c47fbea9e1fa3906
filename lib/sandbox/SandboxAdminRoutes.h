#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/SandboxState.h"

#include <functional>

// The console's admin API on the sandbox's port (JSON):
// GET /sandbox/apps, GET|PATCH /sandbox/apps/{clientId}, GET /sandbox/accounts,
// GET|PUT /sandbox/faults, POST /sandbox/reset, and the app lifecycle (AppLifecycle):
// POST /sandbox/apps/{clientId}/submit|cancel|publish|decline ({"reason": ...} for decline).
//
// PATCH edits name, description, redirectUris and grantedApis the way the portal does: at once in
// Development (an added API revokes the app's tokens there and then), as a pending edit that puts a
// Production app Under Review (tokens are revoked when it is published), refused with 409 while
// under review. PATCH "mode" is the operator's override for test set-ups: it sets the mode directly
// before the edit, dropping any pending edit and decline reason.
//
// Anyone on the machine can reach a loopback port, so every request must carry this run's key
// in the X-Sandbox-Admin-Key header (401 otherwise). Client secrets and customer keys are left
// out of the answers unless the query asks for them with secrets=true.
class SandboxAdminRoutes
{
public:
    static constexpr const char* KeyHeader = "X-Sandbox-Admin-Key";

    SandboxAdminRoutes(SandboxState& state, std::function<void()> reset);

    static bool handles(const QString& path);
    SandboxResponse handle(const SandboxRequest& request);
    QString key() const { return m_key; }

private:
    SandboxResponse app(const SandboxRequest& request, const QString& resource);
    SandboxResponse patchApp(SandboxApp* app, const QByteArray& body);
    SandboxResponse actOnApp(SandboxApp* app, const QString& actionName, const QByteArray& body);
    SandboxResponse answerWithRevocation(const SandboxApp& app, bool addsApis);
    static bool readEdit(
        const QJsonObject& patch, const SandboxApp& app, SandboxApp::Edit* edit, QString* error);
    SandboxResponse faults(const SandboxRequest& request);
    QJsonObject appJson(const SandboxApp& app, bool withSecret) const;
    bool hasKey(const SandboxRequest& request) const;
    static bool asksForSecrets(const SandboxRequest& request);
    static SandboxResponse unauthorized();

    static SandboxResponse badRequest(const QString& message);
    static SandboxResponse methodNotAllowed();
    static SandboxResponse conflict(const QString& message);

    SandboxState& m_state;
    std::function<void()> m_reset;
    QString m_key;
};
