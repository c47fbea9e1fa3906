#include "session/ConsoleSession.h"

#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "session/AccountRegistry.h"
#include "session/AuthorizationService.h"
#include "session/ClientSecret.h"
#include "session/LoftyBackend.h"
#include "session/RequestService.h"
#include "session/SandboxBackend.h"
#include "util/Clock.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

ConsoleSession::ConsoleSession(
    ProfileStore* profiles, SecretStore* secrets, const QString& historyFolder, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_clock(Clock::system())
    , m_network(new QNetworkAccessManager(this))
    , m_loftyBackend(new LoftyBackend(this))
    , m_sandboxBackend(new SandboxBackend(this))
    , m_backend(m_loftyBackend)
    , m_clientSecret(new ClientSecret(secrets, this))
    , m_requests(new RequestService(m_network, historyFolder, this))
    , m_accounts(new AccountRegistry(profiles, secrets, m_clientSecret, m_requests, m_network, this))
    , m_authorization(new AuthorizationService(m_accounts, m_clientSecret, m_network, this))
{
    m_network->setProxy(QNetworkProxy::NoProxy);
    connect(
        m_secrets, &SecretStore::availabilityChanged, this, [this](bool persistent, const QString& message) {
            if (!persistent)
                emit secretStoreProblem(message);
        });
    connect(m_clientSecret, &ClientSecret::storeResult, this, &ConsoleSession::reportStoreResult);
    connect(m_accounts, &AccountRegistry::storeResult, this, &ConsoleSession::reportStoreResult);
    connect(m_accounts, &AccountRegistry::problem, this, &ConsoleSession::problem);
}

ConsoleSession::~ConsoleSession()
{
    m_requests->flushHistory();
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

    emit profileActivated(m_profile.id);
    m_accounts->selectFirst();
}

bool ConsoleSession::updateProfile(const Profile& edited, QString* error)
{
    Profile toStore = edited;
    toStore.accounts = m_profile.accounts;
    for (const QString& api : edited.registration.grantedApis) {
        if (!m_profile.registration.grantedApis.contains(api))
            toStore.registration.apisAddedAt = m_clock->nowUtc(); // Lofty revokes the app's tokens
    }
    if (!m_profiles->saveProfile(toStore)) {
        if (error)
            *error = m_profiles->lastError();
        return false;
    }
    const bool registrationEdited = toStore.registration != m_profile.registration;
    m_profile = m_backend->resolve(toStore);
    m_requests->updateProfile(m_profile);
    QString backendProblem;
    if (registrationEdited && !m_backend->applyRegistrationEdit(m_profile, &backendProblem))
        emit problem(backendProblem);
    emit registrationChanged();
    return true;
}

void ConsoleSession::setClientSecret(const QString& secret)
{
    m_clientSecret->set(secret);
}

void ConsoleSession::reportStoreResult(const QString& what, int status, const QString& errorString)
{
    switch (SecretStore::Status(status)) {
    case SecretStore::Status::Ok:
    case SecretStore::Status::NotFound:
        return;
    case SecretStore::Status::Unavailable:
        if (!m_reportedStoreProblem) {
            m_reportedStoreProblem = true;
            emit secretStoreProblem(errorString);
        }
        return;
    case SecretStore::Status::Failed:
        emit problem(tr("The keychain could not handle %1: %2").arg(what, errorString));
        return;
    }
}
