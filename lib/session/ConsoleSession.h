#pragma once

#include "oauth/OAuthFlow.h"
#include "oauth/TokenRefresher.h"
#include "oauth/TokenSet.h"
#include "profiles/Profile.h"
#include "profiles/SecretStore.h"
#include "session/AccountStatus.h"
#include "session/AuthorizationRequest.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class ApiClient;
class ApiReply;
class Clock;
class ProfileStore;
class QNetworkAccessManager;
class RateLimiter;
class RequestHistory;
class SandboxServer;
class TokenProvider;

// Ties the subsystems together for the console and the CLI: the current profile (with the
// in-process sandbox when it is the built-in Sandbox profile), its accounts and their token
// providers (secrets loaded from and saved to the SecretStore), the API client, the app's rate
// limiter and the profile's request history. The GUI and the CLI hold no protocol logic: they
// call this and render its signals.
//
// Everything that touches the SecretStore is asynchronous; results arrive as signals.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    // `historyFolder`: where <profileId>.jsonl history files go (QStandardPaths::AppDataLocation
    // + "/history" in the programs; a temporary folder in tests). Neither store is owned.
    ConsoleSession(ProfileStore* profiles, SecretStore* secrets, const QString& historyFolder,
        QObject* parent = nullptr);
    ~ConsoleSession() override;

    void setClock(const Clock* clock);
    ProfileStore* profileStore() const { return m_profiles; }
    SecretStore* secretStore() const { return m_secrets; }
    QNetworkAccessManager* network() const { return m_network; }

    // --- profiles ---------------------------------------------------------------------------
    // By id, or by name (case-insensitive). Starts the in-process sandbox for the built-in
    // Sandbox profile. False and `error` when there is no such profile or the sandbox cannot
    // listen. Emits profileActivated() and then selects the profile's first account, if any.
    bool activateProfile(const QString& idOrName, QString* error = nullptr);
    // Whether activateProfile() also makes the profile the one the console opens next time
    // (true; the CLI's --profile selects a profile for one command only).
    void setRemembersActiveProfile(bool remember) { m_remembersActiveProfile = remember; }
    // The active profile, endpoints filled (the sandbox's URLs for the built-in profile).
    const Profile& profile() const { return m_profile; }
    bool hasProfile() const { return !m_profile.id.isEmpty(); }
    bool isSandbox() const { return m_profile.isBuiltInSandbox; }
    SandboxServer* sandbox() const { return m_sandbox; } // null unless the Sandbox profile ran

    // Saves a new registration / provider settings of the active profile. For the built-in
    // sandbox the change is also applied to the in-process server so that it takes effect (adding
    // an API invalidates the app's tokens there, as Lofty does). Emits registrationChanged().
    bool updateProfile(const Profile& edited, QString* error = nullptr);
    // The client secret of the active profile: saved to the SecretStore (empty removes it).
    void setClientSecret(const QString& secret);

    // --- accounts ---------------------------------------------------------------------------
    QString currentAccountId() const { return m_currentAccountId; }
    // Loads the account's secrets and builds its token provider; emits currentAccountChanged()
    // at once and accountReady() / accountFailed() when the secrets are read.
    void selectAccount(const QString& accountId);
    // The account's token as last known (invalid until accountReady()).
    TokenSet token(const QString& accountId) const;
    TokenProvider* tokenProvider(const QString& accountId) const;
    // Refreshes the current account's token now (Tokens panel, CLI `token refresh`).
    void refreshCurrentToken();
    // Removes the account and all its secrets from the keychain.
    void forgetAccount(const QString& accountId);
    // What can be said about the account now (AccountStatus: token expiry, refusals, checks).
    AccountStatus accountStatus(const QString& accountId) const;

    // --- authorization ------------------------------------------------------------------------
    // Starts an attempt. The flow is created at once and handed out by authorizationStarted()
    // before it starts (connect to its stepReported() there); it starts once the profile's
    // client secret has been read. Ends with authorizationFinished(). One attempt at a time:
    // false when one runs.
    bool authorize(const AuthorizationRequest& request);
    void cancelAuthorization();
    OAuthFlow* currentFlow() const { return m_flow; }
    // The redirect URI the console's listener registers for a port (0 = "any port": the form
    // without a port, as registered for loopback URIs).
    QString redirectUriFor(quint16 port) const;

    // --- calling the API -----------------------------------------------------------------------
    ApiClient* api() const { return m_api; } // bound to the current account
    RateLimiter* rateLimiter() const { return m_limiter; } // one window per app (client id)
    RequestHistory* history() const { return m_history; } // the active profile's

signals:
    void profileActivated(const QString& profileId);
    void registrationChanged();
    void accountsChanged();
    void currentAccountChanged(const QString& accountId);
    void accountReady(const QString& accountId, const TokenSet& token);
    void accountFailed(const QString& accountId, const QString& message);
    void tokenChanged(const QString& accountId, const TokenSet& token);
    void reauthorizationRequired(const QString& accountId, const QString& reason);
    // The account's AccountStatus inputs changed (refused, renewed, verified, re-authorized).
    void accountStateChanged(const QString& accountId);
    void authorizationStarted(OAuthFlow* flow);
    void openBrowserRequested(const QUrl& url); // connect to QDesktopServices::openUrl or print
    void authorizationFinished(bool ok, const QString& accountId, const QString& message);
    // After a grant: GET /v1.0/me for the new account's label; `reply` finishes once it is saved.
    void identityLookupStarted(const QString& accountId, ApiReply* reply);
    // The keychain cannot keep secrets (locked, missing, refused): secrets stay in memory for
    // this run. Said once per problem, with what to do.
    void secretStoreProblem(const QString& message);
    // A keychain operation succeeded after secretStoreProblem(): secrets are kept again.
    void secretStoreRecovered();
    void problem(const QString& message); // anything else the user must know

private:
    struct AccountState;

    bool startSandbox(QString* error);
    void applyProfile(const Profile& stored);
    void adoptSandboxRegistration();
    void pushRegistrationToSandbox();
    void rebuildApiBinding();
    void readClientSecret(const std::function<void(bool ok)>& done);
    OAuthClientConfig oauthConfig() const; // the profile's, with the client secret
    QString clientSecretKey() const;

    void loadAccount(const QString& accountId);
    void adoptAccount(const QString& accountId, const TokenSet& token, const QString& customerKey);
    TokenProvider* makeProvider(const QString& accountId, const TokenSet& token, const QString& customerKey);
    static void rememberSecrets(const TokenSet& token);
    void returnTokensToSandbox(const QString& accountId, const TokenSet& token, const QString& customerKey);
    void storeToken(const QString& accountId, const TokenSet& token);
    void storeAccountSecret(const QString& accountId, SecretStore::Kind kind, const QString& value);

    OAuthFlow* createFlow(const AuthorizationRequest& request);
    void startFlow(OAuthFlow* flow, const AuthorizationRequest& request);
    void onFlowGranted(const AuthorizationRequest& request, const TokenSet& token);
    void fetchIdentity(const QString& accountId);
    void adoptIdentity(const QString& accountId, const QByteArray& body);
    void reportStoreResult(const QString& what, int status, const QString& errorString);
    void noteStoreAvailability(bool persistent, const QString& message);
    void updateAccountRecord(const QString& accountId, const std::function<bool(AccountRecord*)>& change);
    void readStoredToken(const QString& accountId, const TokenRefresher::StoredToken& done);
    void adoptStoredAccounts();

    ProfileStore* m_profiles;
    SecretStore* m_secrets;
    QString m_historyFolder;
    const Clock* m_clock = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    SandboxServer* m_sandbox = nullptr;
    Profile m_profile;
    QString m_clientSecret; // of the active profile, once read; never written anywhere but the store
    QString m_currentAccountId;
    QHash<QString, AccountState*> m_accounts;
    RateLimiter* m_limiter = nullptr;
    ApiClient* m_api = nullptr;
    RequestHistory* m_history = nullptr;
    QPointer<OAuthFlow> m_flow;
    bool m_reportedStoreProblem = false;
    bool m_remembersActiveProfile = true;
};
