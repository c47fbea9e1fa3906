#pragma once

#include "profiles/Profile.h"
#include "profiles/SecretStore.h"

#include <QObject>

#include <memory>

class AccountRegistry;
class AuthorizationService;
class ClientSecret;
class Clock;
class LoftyBackend;
class ProfileCatalog;
class ProfileStore;
class ProviderBackend;
class QNetworkAccessManager;
class RequestService;
class SandboxBackend;
class SandboxServer;
class SecretStore;
class SecretMasker;
class SessionHistory;
class SessionSecrets;

// The root of what the console and the CLI drive: the active profile, and the parts that do the
// work for it, each with one job -
//   backend()        what differs between Lofty and the in-process sandbox;
//   accounts()       the profile's accounts (Account: token, refresh, send);
//   authorization()  the grants;
//   requests()       building and sending API requests, the rate limit, writing the history;
//   history()        the active profile's history as panels list, search and resend it;
//   catalog()        the profile's API catalog (catalogChanged() before profileActivated()).
// This class only wires them to the active profile. The GUI and the CLI hold no protocol logic:
// they call the parts and render their signals.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    // `historyFolder`: where <profileId>.jsonl history files go (QStandardPaths::AppDataLocation
    // + "/history" in the programs; a temporary folder in tests). Neither store is owned.
    ConsoleSession(ProfileStore* profiles, SecretStore* secrets, const QString& historyFolder,
        QObject* parent = nullptr);
    // The same, registering the known secrets in `masker` (SecretMasker::global() otherwise).
    ConsoleSession(ProfileStore* profiles, SecretStore* secrets, const QString& historyFolder,
        SecretMasker* masker, QObject* parent = nullptr);
    ~ConsoleSession() override;

    void setClock(const Clock* clock);
    ProfileStore* profileStore() const { return m_profiles; }

    ProviderBackend* backend() const { return m_backend; } // of the active profile
    AccountRegistry* accounts() const { return m_accounts; }
    AuthorizationService* authorization() const { return m_authorization; }
    RequestService* requests() const { return m_requests; }
    SessionHistory* history() const { return m_history; }
    ProfileCatalog* catalog() const { return m_catalog; }
    SandboxServer* sandbox() const; // null unless the Sandbox profile ran
    // The secret values this session knows (client secret, the accounts' tokens and keys), masked
    // by value in every output; rotated and removed ones are forgotten.
    const SessionSecrets& knownSecrets() const { return *m_known; }

    // By id, or by name (case-insensitive). Starts the in-process sandbox for the built-in
    // Sandbox profile. False and `error` when there is no such profile or the sandbox cannot
    // listen. Emits profileActivated() and then selects the profile's first account, if any.
    bool activateProfile(const QString& idOrName, QString* error = nullptr);
    // Whether activateProfile() also makes the profile the one the console opens next time
    // (true; the CLI's --profile selects a profile for one command only).
    // The selected account is remembered per profile likewise.
    void setRemembersActiveProfile(bool remember);
    // The active profile, endpoints filled (the sandbox's URLs for the built-in profile).
    const Profile& profile() const { return m_profile; }
    bool hasProfile() const { return !m_profile.id.isEmpty(); }
    SecretStore* secretStore() const { return m_secrets; } // for the collections' secret variables

    // Saves a new registration / provider settings of the active profile and lets the backend
    // apply it (the sandbox: at once, adding an API invalidates the app's tokens there, as Lofty
    // does); a Production app's edit is kept as a pending edit (RegistrationUpdate). Emits
    // registrationChanged().
    bool updateProfile(const Profile& edited, QString* error = nullptr);
    // Submit / cancel the pending edit / publish / decline the active profile's app; saved and
    // applied by the backend like updateProfile().
    bool actOnRegistration(
        AppLifecycle::Action action, const QString& reason = QString(), QString* error = nullptr);
    // Deletes a profile that is not the active one, and its keychain entries (`done` reports
    // that part). False and `error` when it cannot.
    bool deleteProfile(
        const QString& profileId, QObject* context, SecretStore::Callback done, QString* error);
    // The client secret of the active profile: saved to the SecretStore (empty removes it).
    void setClientSecret(const QString& secret);

signals:
    void profileActivated(const QString& profileId);
    void registrationChanged();
    // The keychain cannot keep secrets (locked, missing, refused): secrets stay in memory for
    // this run. Said once per problem, with what to do.
    void secretStoreProblem(const QString& message);
    // A keychain write or removal worked after secretStoreProblem(): secrets are kept again.
    void secretStoreRecovered();
    void problem(const QString& message); // anything else the user must know

private:
    ProviderBackend* backendFor(const Profile& stored);
    void applyProfile(const Profile& stored);
    bool storeProfile(const Profile& toStore, QString* error);
    void reportStoreResult(const QString& what, int status, const QString& errorString);
    void noteStoreAvailability(bool persistent, const QString& message);

    ProfileStore* m_profiles;
    SecretStore* m_secrets;
    const Clock* m_clock;
    std::unique_ptr<SessionSecrets> m_known;
    QNetworkAccessManager* m_network;
    LoftyBackend* m_loftyBackend;
    SandboxBackend* m_sandboxBackend;
    ProviderBackend* m_backend;
    ClientSecret* m_clientSecret;
    RequestService* m_requests;
    SessionHistory* m_history;
    AccountRegistry* m_accounts;
    AuthorizationService* m_authorization;
    ProfileCatalog* m_catalog;
    Profile m_profile;
    bool m_reportedStoreProblem = false;
    bool m_remembersActiveProfile = true;
};
