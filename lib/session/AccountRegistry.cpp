#include "session/AccountRegistry.h"

#include "oauth/RefreshLock.h"
#include "oauth/StaticTokenProvider.h"
#include "oauth/TokenRefresher.h"
#include "profiles/Profile.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "session/Account.h"
#include "session/ClientSecret.h"
#include "session/ProviderBackend.h"
#include "session/RequestService.h"
#include "session/SessionSecrets.h"
#include "util/Clock.h"

#include <QCryptographicHash>

AccountRegistry::AccountRegistry(ProfileStore* profiles, SecretStore* secrets, SessionSecrets* known,
    ClientSecret* clientSecret, RequestService* requests, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_known(known)
    , m_clientSecret(clientSecret)
    , m_requests(requests)
    , m_network(network)
    , m_clock(Clock::system())
{
    // Another process's accounts arrive with a reload, or with this process's next locked write.
    connect(m_profiles, &ProfileStore::changedOnDisk, this, &AccountRegistry::adoptStoredAccounts);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &AccountRegistry::adoptStoredAccounts);
}

AccountRegistry::~AccountRegistry()
{
    qDeleteAll(m_accounts);
}

void AccountRegistry::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
}

void AccountRegistry::setProfile(Profile* profile, ProviderBackend* backend)
{
    ++m_generation;
    m_requests->setCurrentAccount(nullptr);
    qDeleteAll(m_accounts);
    m_accounts.clear();
    m_known->removeWithPrefix(QStringLiteral("account/"));
    m_currentId.clear();
    m_profile = profile;
    m_backend = backend;
}

Account* AccountRegistry::current() const
{
    return m_accounts.value(m_currentId);
}

Account* AccountRegistry::account(const QString& accountId) const
{
    return m_accounts.value(accountId);
}

TokenSet AccountRegistry::token(const QString& accountId) const
{
    const Account* found = account(accountId);
    return found ? found->token() : TokenSet();
}

// A renewed token replaces the values it rotated out: they are no longer masked for this session.
void AccountRegistry::knowSecrets(const QString& accountId, const TokenSet& token, const QString& customerKey)
{
    m_known->set(SessionSecrets::accountOwner(accountId, QStringLiteral("access")), token.accessToken);
    m_known->set(SessionSecrets::accountOwner(accountId, QStringLiteral("refresh")), token.refreshToken);
    m_known->set(SessionSecrets::accountOwner(accountId, QStringLiteral("customer-key")), customerKey);
}

void AccountRegistry::bindCurrent()
{
    m_requests->setCurrentAccount(current());
}

void AccountRegistry::select(const QString& accountId)
{
    if (!m_profile || !m_profile->account(accountId))
        return;
    m_currentId = accountId;
    if (m_remembersSelection && m_profile->selectedAccountId != accountId) {
        m_profile->selectedAccountId = accountId;
        m_profiles->setSelectedAccountId(m_profile->id, accountId);
    }
    bindCurrent();
    emit currentAccountChanged(accountId);
    if (const Account* ready = account(accountId))
        emit accountReady(accountId, ready->token());
    else
        load(accountId);
}

void AccountRegistry::load(const QString& accountId)
{
    const int generation = m_generation;
    m_clientSecret->fetch([this, generation, accountId](bool) {
        if (generation == m_generation)
            readToken(accountId);
    });
}

void AccountRegistry::readToken(const QString& accountId)
{
    const int generation = m_generation;
    const QString profileId = m_profile->id;
    const QString tokenKey = SecretStore::key(profileId, accountId, SecretStore::Kind::TokenSet);
    m_secrets->read(tokenKey, this, [=](const SecretStore::Result& tokenResult) {
        if (generation != m_generation)
            return;
        if (tokenResult.status != SecretStore::Status::Ok) {
            emit storeResult(tr("the account's token"), int(tokenResult.status), tokenResult.errorString);
            emit accountFailed(accountId,
                tokenResult.status == SecretStore::Status::NotFound
                    ? tr("No token is stored for this account: authorize it again.")
                    : tokenResult.errorString);
            return;
        }
        bool ok = false;
        const TokenSet token = TokenSet::fromJson(tokenResult.data, &ok);
        if (!ok) {
            emit accountFailed(
                accountId, tr("The stored token could not be read: authorize the account again."));
            return;
        }
        const QString customerKeyKey = SecretStore::key(profileId, accountId, SecretStore::Kind::CustomerKey);
        m_secrets->read(customerKeyKey, this, [=](const SecretStore::Result& keyResult) {
            if (generation != m_generation)
                return;
            const QString customerKey
                = keyResult.status == SecretStore::Status::Ok ? QString::fromUtf8(keyResult.data) : QString();
            if (m_backend)
                m_backend->readoptToken(*m_profile, accountId, token, customerKey);
            adopt(accountId, token, customerKey);
        });
    });
}

Account* AccountRegistry::adopt(const QString& accountId, const TokenSet& token, const QString& customerKey)
{
    knowSecrets(accountId, token, customerKey);
    delete m_accounts.take(accountId);
    auto* account = new Account(
        accountId, customerKey, makeCredentials(accountId, token, customerKey), m_requests, this);
    connect(account, &Account::tokenChanged, this, [this, accountId](const TokenSet& changed) {
        Account* changedAccount = m_accounts.value(accountId);
        knowSecrets(accountId, changed, changedAccount->customerKey());
        if (!changedAccount->isRenewable()) // a TokenRefresher writes its renewals itself
            storeToken(accountId, changed);
        updateRecord(accountId,
            [&changed](AccountRecord* record) { return AccountStatus::noteToken(record, changed); });
        emit tokenChanged(accountId, changed);
    });
    connect(account, &Account::reauthorizationRequired, this, [this, accountId](const QString& reason) {
        const QDateTime now = m_clock->nowUtc();
        // Kept in profiles.json: a server that quotes the token in its error must not put it there.
        const QString said = m_known->redact(reason);
        updateRecord(accountId,
            [&said, &now](AccountRecord* record) { return AccountStatus::noteRefused(record, said, now); });
        emit reauthorizationRequired(accountId, reason);
    });
    m_accounts.insert(accountId, account);
    if (accountId == m_currentId)
        bindCurrent();
    emit accountReady(accountId, token);
    return account;
}

TokenProvider* AccountRegistry::makeCredentials(
    const QString& accountId, const TokenSet& token, const QString& customerKey)
{
    if (Account::isRenewable(token)) {
        auto* refresher = new TokenRefresher(oauthConfig(), token);
        refresher->setClock(m_clock);
        refresher->setNetworkAccessManager(m_network);
        refresher->setCustomerKey(customerKey);
        // Another process (the CLI, a second console) may have rotated the tokens meanwhile.
        refresher->setStoredTokenReader(
            [this, accountId](const TokenRefresher::StoredToken& done) { readStoredToken(accountId, done); });
        refresher->setStoredTokenWriter(
            [this, accountId](const TokenSet& renewed, std::function<void()> written) {
                storeToken(accountId, renewed, written);
            });
        refresher->setRefreshLock(new RefreshLock(refreshLockPath(accountId)));
        return refresher;
    }
    auto* fixed = new StaticTokenProvider(token);
    fixed->setClock(m_clock);
    return fixed;
}

// The account's tokens as the keychain holds them now; an invalid TokenSet when unreadable.
void AccountRegistry::readStoredToken(
    const QString& accountId, const std::function<void(const TokenSet&)>& done)
{
    const QString key = SecretStore::key(m_profile->id, accountId, SecretStore::Kind::TokenSet);
    m_secrets->read(key, this, [done](const SecretStore::Result& result) {
        bool ok = false;
        const TokenSet stored
            = result.status == SecretStore::Status::Ok ? TokenSet::fromJson(result.data, &ok) : TokenSet();
        done(ok ? stored : TokenSet());
    });
}

void AccountRegistry::updateRecord(
    const QString& accountId, const std::function<bool(AccountRecord*)>& change)
{
    const AccountRecord* existing = m_profile ? m_profile->account(accountId) : nullptr;
    if (!existing)
        return;
    AccountRecord record = *existing;
    if (!change(&record))
        return;
    m_profile->upsertAccount(record);
    if (!m_profiles->saveAccount(m_profile->id, record))
        emit problem(tr("The account's state could not be saved: %1").arg(m_profiles->lastError()));
    emit accountStateChanged(accountId);
}

// The stored accounts of the active profile changed (another process, the CLI, wrote the file):
// they are taken over, so that the console shows them and a later save from here keeps them.
void AccountRegistry::adoptStoredAccounts()
{
    const Profile* stored = m_profile ? m_profiles->find(m_profile->id) : nullptr;
    if (!stored || stored->accounts == m_profile->accounts)
        return;
    m_profile->accounts = stored->accounts;
    emit accountsChanged();
}

AccountStatus AccountRegistry::status(const QString& accountId) const
{
    const AccountRecord* record = m_profile ? m_profile->account(accountId) : nullptr;
    return record ? AccountStatus::of(*record, token(accountId), m_clock->nowUtc()) : AccountStatus();
}

void AccountRegistry::noteVerified(const QString& accountId, bool verified)
{
    updateRecord(accountId,
        [verified](AccountRecord* record) { return AccountStatus::noteVerified(record, verified); });
}

OAuthClientConfig AccountRegistry::oauthConfig() const
{
    OAuthClientConfig config = m_profile->oauthConfig();
    config.clientSecret = m_clientSecret->value();
    return config;
}

void AccountRegistry::storeToken(
    const QString& accountId, const TokenSet& token, const std::function<void()>& written)
{
    const QString key = SecretStore::key(m_profile->id, accountId, SecretStore::Kind::TokenSet);
    m_secrets->write(key, token.toJson(), this, [this, written](const SecretStore::Result& result) {
        emit storeResult(tr("the account's token"), int(result.status), result.errorString);
        if (written)
            written();
    });
}

// Beside profiles.json, shared by every process that uses it; named by a hash because profile
// and account ids come from files other programs may write.
QString AccountRegistry::refreshLockPath(const QString& accountId) const
{
    const QByteArray name = QCryptographicHash::hash(
        (m_profile->id + QLatin1Char('\n') + accountId).toUtf8(), QCryptographicHash::Sha256)
                                .toHex()
                                .left(32);
    return m_profiles->folder() + QStringLiteral("/locks/") + QString::fromLatin1(name)
        + QStringLiteral(".refresh.lock");
}

void AccountRegistry::storeSecret(const QString& accountId, int kind, const QString& value)
{
    if (value.isEmpty())
        return;
    const QString key = SecretStore::key(m_profile->id, accountId, SecretStore::Kind(kind));
    m_secrets->write(key, value.toUtf8(), this, [this](const SecretStore::Result& result) {
        emit storeResult(tr("the account's key"), int(result.status), result.errorString);
    });
}

Account* AccountRegistry::add(AccountRecord record, const TokenSet& token, const QString& customerKey)
{
    const bool renewed = m_profile->account(record.id) != nullptr;
    AccountStatus::noteToken(&record, token);
    record.unverified = false;
    m_profile->upsertAccount(record);
    if (m_remembersSelection)
        m_profile->selectedAccountId = record.id;
    if (!m_profiles->saveAccount(m_profile->id, record))
        emit problem(tr("The new account could not be saved: %1").arg(m_profiles->lastError()));
    storeToken(record.id, token);
    storeSecret(record.id, int(SecretStore::Kind::CustomerKey), customerKey);
    storeSecret(record.id, int(SecretStore::Kind::ApiKey),
        record.grant == TokenSet::Grant::ApiKey ? token.accessToken : QString());
    m_currentId = record.id;
    if (m_remembersSelection)
        m_profiles->setSelectedAccountId(m_profile->id, record.id);
    emit accountsChanged();
    emit currentAccountChanged(record.id);
    Account* account = adopt(record.id, token, customerKey);
    if (renewed)
        emit accountStateChanged(record.id);
    return account;
}

void AccountRegistry::adoptIdentity(const QString& accountId, const AccountIdentity& identity)
{
    const AccountRecord* existing = m_profile ? m_profile->account(accountId) : nullptr;
    if (!existing || !identity.isKnown())
        return;
    AccountRecord account = *existing;
    account.identity = identity;
    if (account == *existing)
        return;
    m_profile->upsertAccount(account);
    m_profiles->saveAccount(m_profile->id, account);
    emit accountsChanged();
}

void AccountRegistry::forget(const QString& accountId)
{
    if (!m_profile || !m_profile->account(accountId))
        return;
    delete m_accounts.take(accountId);
    m_known->removeWithPrefix(SessionSecrets::accountOwner(accountId, QString()));
    m_profile->removeAccount(accountId);
    m_profiles->removeAccount(
        m_profile->id, accountId, m_secrets, this, [this](const SecretStore::Result& result) {
            emit storeResult(tr("the account's secrets"), int(result.status), result.errorString);
        });
    emit accountsChanged();
    if (m_currentId != accountId)
        return;
    m_currentId.clear();
    bindCurrent();
    selectFirstOrNone();
}

void AccountRegistry::selectFirst()
{
    emit accountsChanged();
    selectFirstOrNone();
}

void AccountRegistry::selectFirstOrNone()
{
    if (m_profile && m_profile->account(m_profile->selectedAccountId))
        select(m_profile->selectedAccountId);
    else if (m_profile && !m_profile->accounts.isEmpty())
        select(m_profile->accounts.constFirst().id);
    else
        emit currentAccountChanged(QString());
}
