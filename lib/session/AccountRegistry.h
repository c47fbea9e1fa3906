#pragma once

#include "oauth/OAuthClientConfig.h"
#include "oauth/TokenSet.h"
#include "profiles/AccountRecord.h"
#include "session/AccountStatus.h"

#include <functional>

#include <QHash>
#include <QObject>
#include <QPointer>

class Account;
class ClientSecret;
class Clock;
class ProfileStore;
class ProviderBackend;
class QNetworkAccessManager;
class RequestService;
class SecretStore;
class SessionSecrets;
class TokenProvider;
struct Profile;

// The accounts of the active profile: hands out Account objects built from the secrets in the
// keychain, keeps which one is selected, adds the accounts a grant produced and forgets removed
// ones (with their secrets). Everything that reads the keychain is asynchronous: accountReady()
// or accountFailed() follows select().
class AccountRegistry : public QObject
{
    Q_OBJECT

public:
    AccountRegistry(ProfileStore* profiles, SecretStore* secrets, SessionSecrets* known,
        ClientSecret* clientSecret, RequestService* requests, QNetworkAccessManager* network,
        QObject* parent = nullptr);
    ~AccountRegistry() override;

    void setClock(const Clock* clock);
    // The session's active profile (kept by the session; this edits its account list) and its
    // backend. Drops every loaded account.
    void setProfile(Profile* profile, ProviderBackend* backend);

    QString currentId() const { return m_currentId; }
    Account* current() const; // null until the selected account is ready
    Account* account(const QString& accountId) const; // null until ready
    TokenSet token(const QString& accountId) const; // invalid until ready
    // What can be said about the account now (token expiry, refusals, the API key check).
    AccountStatus status(const QString& accountId) const;
    // Whether select() also makes the account the one the profile opens with next time (the
    // console: yes; the CLI's --account: no).
    void setRemembersSelection(bool remember) { m_remembersSelection = remember; }
    // Selects the account and loads its secrets; currentAccountChanged() at once, then
    // accountReady() / accountFailed().
    void select(const QString& accountId);
    // After a profile change: accountsChanged(), then the profile's remembered account (else its
    // first) selected, or currentAccountChanged() with none.
    void selectFirst();
    // Removes the account and all its secrets from the keychain.
    void forget(const QString& accountId);

    // A grant produced a new account, or renewed one (a record with an existing id: the same
    // account, re-authorized): saved to the profile, its secrets to the keychain, and selected.
    // Returns the Account.
    Account* add(AccountRecord record, const TokenSet& token, const QString& customerKey);
    // What the identity call answered about the account (name, e-mail), saved with it.
    void adoptIdentity(const QString& accountId, const AccountIdentity& identity);
    // The identity call's verdict on an API key: "unverified" when it failed.
    void noteVerified(const QString& accountId, bool verified);

signals:
    void accountsChanged();
    void currentAccountChanged(const QString& accountId);
    void accountReady(const QString& accountId, const TokenSet& token);
    void accountFailed(const QString& accountId, const QString& message);
    void tokenChanged(const QString& accountId, const TokenSet& token);
    void reauthorizationRequired(const QString& accountId, const QString& reason);
    // The account's AccountStatus inputs changed (refused, renewed, verified, re-authorized).
    void accountStateChanged(const QString& accountId);
    void problem(const QString& message);
    // A keychain operation answered (SecretStore::Status as int); the session reports failures.
    void storeResult(const QString& what, int status, const QString& errorString);

private:
    void load(const QString& accountId);
    void readToken(const QString& accountId);
    Account* adopt(const QString& accountId, const TokenSet& token, const QString& customerKey);
    TokenProvider* makeCredentials(
        const QString& accountId, const TokenSet& token, const QString& customerKey);
    void readStoredToken(const QString& accountId, const std::function<void(const TokenSet&)>& done);
    void updateRecord(const QString& accountId, const std::function<bool(AccountRecord*)>& change);
    void adoptStoredAccounts();
    OAuthClientConfig oauthConfig() const;
    void storeToken(
        const QString& accountId, const TokenSet& token, const std::function<void()>& written = {});
    QString refreshLockPath(const QString& accountId) const;
    void storeSecret(const QString& accountId, int kind, const QString& value);
    void bindCurrent();
    void knowSecrets(const QString& accountId, const TokenSet& token, const QString& customerKey);
    void selectFirstOrNone();

    ProfileStore* m_profiles;
    SecretStore* m_secrets;
    SessionSecrets* m_known;
    ClientSecret* m_clientSecret;
    RequestService* m_requests;
    QNetworkAccessManager* m_network;
    const Clock* m_clock;
    Profile* m_profile = nullptr;
    QPointer<ProviderBackend> m_backend;
    QString m_currentId;
    QHash<QString, Account*> m_accounts;
    bool m_remembersSelection = true;
    int m_generation = 0; // bumped by setProfile(), so late keychain answers are dropped
};
