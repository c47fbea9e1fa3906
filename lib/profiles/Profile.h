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

    AppRegistration registration;
    QList<AccountRecord> accounts;

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
