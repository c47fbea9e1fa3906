#include "session/ConsoleSession.h"

#include "catalog/ProfileCatalog.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "session/AccountRegistry.h"
#include "session/AuthorizationService.h"
#include "session/ClientSecret.h"
#include "session/LoftyBackend.h"
#include "session/RegistrationUpdate.h"
#include "session/RequestService.h"
#include "session/SandboxBackend.h"
#include "session/SessionHistory.h"
#include "session/SessionSecrets.h"
#include "util/Clock.h"
#include "util/SecretMasker.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

ConsoleSession::ConsoleSession(
    ProfileStore* profiles, SecretStore* secrets, const QString& historyFolder, QObject* parent)
    : ConsoleSession(profiles, secrets, historyFolder, &SecretMasker::global(), parent)
{ }

ConsoleSession::ConsoleSession(ProfileStore* profiles, SecretStore* secrets, const QString& historyFolder,
    SecretMasker* masker, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_clock(Clock::system())
    , m_known(std::make_unique<SessionSecrets>(masker))
    , m_network(new QNetworkAccessManager(this))
    , m_loftyBackend(new LoftyBackend(this))
    , m_sandboxBackend(new SandboxBackend(this))
    , m_backend(m_loftyBackend)
    , m_clientSecret(new ClientSecret(secrets, m_known.get(), this))
    , m_requests(new RequestService(m_network, historyFolder, this))
    , m_history(new SessionHistory(m_requests, this))
    , m_accounts(
          new AccountRegistry(profiles, secrets, m_known.get(), m_clientSecret, m_requests, m_network, this))
    , m_authorization(new AuthorizationService(m_accounts, m_clientSecret, m_known.get(), m_network, this))
    , m_catalog(new ProfileCatalog(this))
{
    m_network->setProxy(QNetworkProxy::NoProxy);
    connect(m_secrets, &SecretStore::availabilityChanged, this, &ConsoleSession::noteStoreAvailability);
    connect(m_clientSecret, &ClientSecret::storeResult, this, &ConsoleSession::reportStoreResult);
    connect(m_accounts, &AccountRegistry::storeResult, this, &ConsoleSession::reportStoreResult);
    connect(m_accounts, &AccountRegistry::problem, this, &ConsoleSession::problem);
}

ConsoleSession::~ConsoleSession()
{
    m_requests->flushHistory();
    // The parts (children) hold the known secrets' registry: they go before it does.
    delete m_authorization;
    delete m_accounts;
    delete m_clientSecret;
}

void ConsoleSession::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
    m_sandboxBackend->setClock(m_clock);
    m_requests->setClock(m_clock);
    m_accounts->setClock(m_clock);
    m_authorization->setClock(m_clock);
}

SandboxServer* ConsoleSession::sandbox() const
{
    return m_sandboxBackend->sandboxServer();
}

ProviderBackend* ConsoleSession::backendFor(const Profile& stored)
{
    if (stored.isBuiltInSandbox)
        return m_sandboxBackend;
    return m_loftyBackend;
}

bool ConsoleSession::activateProfile(const QString& idOrName, QString* error)
{
    const Profile* found = m_profiles->findByIdOrName(idOrName);
    if (!found) {
        if (error)
            *error = tr("There is no profile \"%1\". Profiles: %2.")
                         .arg(idOrName, m_profiles->profileNames().join(QStringLiteral(", ")));
        return false;
    }
    const Profile stored = *found;
    ProviderBackend* backend = backendFor(stored);
    if (!backend->start(error))
        return false;
    m_backend = backend;
    applyProfile(stored);
    return true;
}

void ConsoleSession::applyProfile(const Profile& stored)
{
    m_authorization->setProfile(nullptr);
    m_profile = m_backend->resolve(stored);
    if (m_remembersActiveProfile)
        m_profiles->setCurrentProfileId(m_profile.id);
    m_backend->adoptRegistration(m_profile);
    m_clientSecret->setProfile(m_profile, m_backend);
    QString historyError;
    if (!m_requests->setProfile(m_profile, &historyError))
        emit problem(tr("The request history could not be read: %1").arg(historyError));
    m_accounts->setProfile(&m_profile, m_backend);
    m_authorization->setProfile(&m_profile);
    m_clientSecret->fetch([](bool) {});
    m_catalog->setProfileId(m_profile.id);

    emit profileActivated(m_profile.id);
    m_accounts->selectFirst();
}

bool ConsoleSession::updateProfile(const Profile& edited, QString* error)
{
    Profile toStore;
    const AppRegistration::Outcome outcome
        = RegistrationUpdate::applyEdit(m_profile, edited, m_clock->nowUtc(), &toStore);
    if (!outcome.ok) {
        if (error)
            *error = outcome.error;
        return false;
    }
    return storeProfile(toStore, error);
}

bool ConsoleSession::actOnRegistration(AppLifecycle::Action action, const QString& reason, QString* error)
{
    Profile toStore = m_profile;
    const AppRegistration::Outcome outcome = toStore.registration.act(action, m_clock->nowUtc(), reason);
    if (!outcome.ok) {
        if (error)
            *error = outcome.error;
        return false;
    }
    return storeProfile(toStore, error);
}

bool ConsoleSession::storeProfile(const Profile& toStore, QString* error)
{
    if (!m_profiles->saveProfile(toStore)) {
        if (error)
            *error = m_profiles->lastError();
        return false;
    }
    const bool registrationEdited = toStore.registration != m_profile.registration;
    m_profile = m_backend->resolve(toStore);
    // The store kept the accounts the file holds (another process may have added one).
    m_profile.accounts = m_profiles->find(toStore.id)->accounts;
    m_requests->updateProfile(m_profile);
    QString backendProblem;
    if (registrationEdited && !m_backend->applyRegistrationEdit(m_profile, &backendProblem))
        emit problem(backendProblem);
    emit registrationChanged();
    return true;
}

bool ConsoleSession::deleteProfile(
    const QString& profileId, QObject* context, SecretStore::Callback done, QString* error)
{
    const bool deleted = profileId != m_profile.id
        && m_profiles->removeProfile(profileId, m_secrets, context, std::move(done));
    if (!deleted && error)
        *error = profileId == m_profile.id ? tr("The profile in use cannot be deleted.")
                                           : m_profiles->lastError();
    return deleted;
}

void ConsoleSession::setClientSecret(const QString& secret)
{
    m_clientSecret->set(secret);
}

void ConsoleSession::setRemembersActiveProfile(bool remember)
{
    m_remembersActiveProfile = remember;
    m_accounts->setRemembersSelection(remember);
}

// The keychain's problem is said once and stays said until an operation works again.
void ConsoleSession::noteStoreAvailability(bool persistent, const QString& message)
{
    if (persistent == !m_reportedStoreProblem)
        return;
    m_reportedStoreProblem = !persistent;
    if (persistent)
        emit secretStoreRecovered();
    else
        emit secretStoreProblem(message);
}

void ConsoleSession::reportStoreResult(const QString& what, int status, const QString& errorString)
{
    switch (SecretStore::Status(status)) {
    case SecretStore::Status::Ok: // a write or removal (a failed read is the only read reported)
    case SecretStore::Status::NotFound:
        noteStoreAvailability(true, QString());
        return;
    case SecretStore::Status::Unavailable:
        noteStoreAvailability(false, errorString);
        return;
    case SecretStore::Status::Failed:
        emit problem(tr("The keychain could not handle %1: %2").arg(what, errorString));
        return;
    }
}
