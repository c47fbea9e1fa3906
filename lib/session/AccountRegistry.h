#pragma once

#include "oauth/OAuthClientConfig.h"
#include "oauth/TokenSet.h"
#include "profiles/AccountRecord.h"

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
    AccountRegistry(ProfileStore* profiles, SecretStore* secrets, ClientSecret* clientSecret,
        RequestService* requests, QNetworkAccessManager* network, QObject* parent = nullptr);
    ~AccountRegistry() override;

    void setClock(const Clock* clock);
    // The session's active profile (kept by the session; this edits its account list) and its
    // backend. Drops every loaded account.
    void setProfile(Profile* profile, ProviderBackend* backend);

    QString currentId() const { return m_currentId; }
    Account* current() const; // null until the selected account is ready
    Account* account(const QString& accountId) const; // null until ready
    TokenSet token(const QString& accountId) const; // invalid until ready
    // Selects the account and loads its secrets; currentAccountChanged() at once, then
    // accountReady() / accountFailed().
    void select(const QString& accountId);
    // After a profile change: accountsChanged(), then the profile's first account selected (or
    // currentAccountChanged() with none).
    void selectFirst();
    // Removes the account and all its secrets from the keychain.
    void forget(const QString& accountId);

    // A grant produced a new account: saved to the profile, its secrets to the keychain, and
    // selected. Returns the new Account.
    Account* add(AccountRecord record, const TokenSet& token, const QString& customerKey);
    // What the identity call answered about the account (name, e-mail), saved with it.
    void adoptIdentity(const QString& accountId, const AccountIdentity& identity);

signals:
    void accountsChanged();
    void currentAccountChanged(const QString& accountId);
    void accountReady(const QString& accountId, const TokenSet& token);
    void accountFailed(const QString& accountId, const QString& message);
    void tokenChanged(const QString& accountId, const TokenSet& token);
    void reauthorizationRequired(const QString& accountId, const QString& reason);
    void problem(const QString& message);
    // A keychain operation answered (SecretStore::Status as int); the session reports failures.
    void storeResult(const QString& what, int status, const QString& errorString);

private:
    void load(const QString& accountId);
    void readToken(const QString& accountId);
    Account* adopt(const QString& accountId, const TokenSet& token, const QString& customerKey);
    TokenProvider* makeCredentials(const TokenSet& token, const QString& customerKey) const;
    OAuthClientConfig oauthConfig() const;
    void storeToken(const QString& accountId, const TokenSet& token);
    void storeSecret(const QString& accountId, int kind, const QString& value);
    void bindCurrent();
    void selectFirstOrNone();

    ProfileStore* m_profiles;
    SecretStore* m_secrets;
    ClientSecret* m_clientSecret;
    RequestService* m_requests;
    QNetworkAccessManager* m_network;
    const Clock* m_clock;
    Profile* m_profile = nullptr;
    QPointer<ProviderBackend> m_backend;
    QString m_currentId;
    QHash<QString, Account*> m_accounts;
    int m_generation = 0; // bumped by setProfile(), so late keychain answers are dropped
};
