#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/SandboxState.h"

// The authorization server: the authorize step (standard parameters and Lofty's
// /page/vendor-auth.html?clientId= form), the consent form's POST, and the token endpoint with
// the authorization_code (+PKCE), refresh_token and client_credentials grants, plus the help
// center's /api/user-web/oauth/token variant (HTTP Basic and client_id; code and refresh grants).
class SandboxOAuthRoutes
{
public:
    explicit SandboxOAuthRoutes(SandboxState& state);

    static bool handles(const QString& path);
    SandboxResponse handle(const SandboxRequest& request);

private:
    struct ClientAuthentication
    {
        const SandboxApp* app = nullptr;
        bool authenticated = false; // a correct secret was presented
    };

    SandboxResponse authorize(const SandboxRequest& request, bool vendorAuthForm);
    SandboxResponse consent(const SandboxRequest& request);
    SandboxResponse decide(
        const SandboxAuthStore::AuthorizationRequest& pending, const QString& accountId, bool approve);
    SandboxResponse token(const SandboxRequest& request);
    SandboxResponse helpCenterToken(const SandboxRequest& request);
    SandboxResponse authorizationCodeGrant(
        const QMap<QString, QString>& params, const ClientAuthentication& client);
    SandboxResponse refreshTokenGrant(
        const QMap<QString, QString>& params, const ClientAuthentication& client);
    SandboxResponse clientCredentialsGrant(
        const QMap<QString, QString>& params, const ClientAuthentication& client);
    std::optional<SandboxResponse> authenticateClient(const SandboxRequest& request,
        const QMap<QString, QString>& params, ClientAuthentication* client) const;
    SandboxResponse tokenResponse(const SandboxApp& app, const QString& accountId, bool withRefreshToken);

    static SandboxResponse tokenError(const QString& error, const QString& description, int status = 400);
    static SandboxResponse redirectWithError(const SandboxAuthStore::AuthorizationRequest& request,
        const QString& error, const QString& description);
    static bool verifyPkce(const QString& challenge, const QString& method, const QString& verifier);

    SandboxState& m_state;
};
