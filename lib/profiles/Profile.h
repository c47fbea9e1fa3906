#pragma once

#include "oauth/OAuthClientConfig.h"
#include "profiles/AccountRecord.h"
#include "profiles/AppRegistration.h"

#include <QList>
#include <QString>
#include <QUrl>

// What the user keeps about one provider + app: endpoints, the app registration and the accounts
// authorized under it. Holds no secret; SecretStore::key(id, ...) finds its secrets.
struct Profile
{
    QString id; // stable local id; keys the secrets
    QString name;
    // The built-in sandbox: its endpoints are not stored but filled at run time from the
    // in-process SandboxServer's base URL (withSandboxBaseUrl()).
    bool isBuiltInSandbox = false;
    // Requests follow Lofty's conventions (Content-Type: application/json on every method, Accept
    // for XML feeds): true for the Lofty and Sandbox presets, false for a generic OAuth server.
    bool loftyStyleRequests = false;

    QUrl authorizeUrl;
    OAuthClientConfig::AuthorizeStyle authorizeStyle = OAuthClientConfig::AuthorizeStyle::Standard;
    QUrl tokenUrl;
    QUrl apiBaseUrl;
    OAuthClientConfig::ClientAuthMethod clientAuthMethod = OAuthClientConfig::ClientAuthMethod::RequestBody;
    QString scope;
    ParameterList extraAuthorizeParameters;
    ParameterList extraTokenParameters;
    ParameterList extraRefreshParameters;

    // The loopback redirect URI: http://<redirectHost>:<redirectPort or the port bound><redirectPath>.
    QString redirectHost = QStringLiteral("127.0.0.1");
    quint16 redirectPort = 0; // 0 = any free port
    QString redirectPath = QStringLiteral("/callback");
    bool pkceWithSecret = true; // PKCE also when the client has a secret
    QString issuer; // RFC 9207 authorization server identifier; empty = not checked against
    // Provider facts a generic OAuth 2.0 server does not have: empty / 0 there.
    QString identityPath; // GET path that answers who the token belongs to (Lofty: /v1.0/me)
    int refreshTokenLifetimeDays = 0; // 0 = unknown (Lofty: 180)
    bool customerKeyRequired = false; // client credentials name the user (Lofty: customer_key)

    static constexpr auto LoftyIdentityPath = "/v1.0/me";
    static constexpr int LoftyRefreshTokenLifetimeDays = 180;
    static const QStringList& redirectHosts(); // the names a loopback redirect URI may carry
    // A sentence naming what is wrong with the redirect host / path, or empty when usable.
    QString redirectHostProblem() const;
    QString redirectPathProblem() const;
    // The redirect URI a flow sends: with `boundPort` (the listener's) or the fixed redirectPort;
    // with neither, the URI without a port (what to register: a loopback URI matches any port,
    // RFC 8252 §7.3).
    QString redirectUri(quint16 boundPort = 0) const;

    AppRegistration registration;
    QList<AccountRecord> accounts;
    QString selectedAccountId; // the account the console selects when it opens the profile

    static constexpr auto LoftyPresetId = "lofty";
    static constexpr auto SandboxPresetId = "sandbox";

    // Presets. lofty(): developer.lofty.com's endpoints with the vendor-auth authorize page.
    // sandbox(): the built-in server's "Sandbox Web App" (client id sandbox-web); no URLs until
    // withSandboxBaseUrl().
    static Profile lofty();
    static Profile sandbox();
    static QString newId();

    // The endpoints a flow needs, without any secret: the caller fills clientSecret (and adds
    // customer_key) from the SecretStore just before the flow starts.
    OAuthClientConfig oauthConfig() const;
    // A copy whose endpoints point at a running sandbox (http://127.0.0.1:<port>).
    Profile withSandboxBaseUrl(const QUrl& baseUrl) const;

    const AccountRecord* account(const QString& accountId) const;
    QStringList accountIds() const;
    // Adds the account, or replaces the one with the same id.
    void upsertAccount(const AccountRecord& account);
    bool removeAccount(const QString& accountId);

    bool operator==(const Profile& other) const;
    bool operator!=(const Profile& other) const { return !(*this == other); }
};
