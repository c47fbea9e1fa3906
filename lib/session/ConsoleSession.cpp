#include "session/ConsoleSession.h"

#include "api/ApiClient.h"
#include "api/ApiResponse.h"
#include "api/RateLimiter.h"
#include "api/RequestDefaults.h"
#include "api/RequestHistory.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/ClientCredentialsFlow.h"
#include "oauth/DirectCredentials.h"
#include "oauth/StaticTokenProvider.h"
#include "oauth/TokenRefresher.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "sandbox/SandboxAdminRoutes.h"
#include "sandbox/SandboxServer.h"
#include "util/Clock.h"
#include "util/LogCategories.h"
#include "util/SecretMasker.h"
#include "json/JsonReader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

struct ConsoleSession::AccountState
{
    TokenSet token;
    QString customerKey;
    TokenProvider* provider = nullptr; // owned by the session (QObject child)
    bool loaded = false;
};

namespace {

QString sandboxModeName(AppRegistration::Mode mode)
{
    switch (mode) {
    case AppRegistration::Mode::Development:
        return QStringLiteral("Development");
    case AppRegistration::Mode::UnderReview:
        return QStringLiteral("Under Review");
    case AppRegistration::Mode::Production:
        return QStringLiteral("Production");
    case AppRegistration::Mode::Declined:
        return QStringLiteral("Declined");
    }
    return QStringLiteral("Development");
}

QString defaultLabel(TokenSet::Grant grant, const QDateTime& now)
{
    return QStringLiteral("%1 %2").arg(
        TokenSet::grantName(grant), now.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")));
}

} // namespace

ConsoleSession::ConsoleSession(
    ProfileStore* profiles, SecretStore* secrets, const QString& historyFolder, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_historyFolder(historyFolder)
    , m_clock(Clock::system())
    , m_network(new QNetworkAccessManager(this))
    , m_limiter(new RateLimiter(Clock::system(), this))
    , m_api(new ApiClient(this))
{
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_api->setNetworkAccessManager(m_network);
    connect(m_secrets, &SecretStore::availabilityChanged, this, &ConsoleSession::noteStoreAvailability);
    // Another process's accounts arrive with a reload, or with this process's next locked write.
    connect(m_profiles, &ProfileStore::changedOnDisk, this, &ConsoleSession::adoptStoredAccounts);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &ConsoleSession::adoptStoredAccounts);
}

ConsoleSession::~ConsoleSession()
{
    m_api->flushHistory(); // before the history (a child created later) goes
    qDeleteAll(m_accounts);
}

void ConsoleSession::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
    m_limiter->setClock(m_clock);
    if (m_sandbox)
        m_sandbox->setClock(m_clock);
}

// --- profiles ---------------------------------------------------------------------------------

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
    if (stored.isBuiltInSandbox && !startSandbox(error))
        return false;
    applyProfile(stored);
    return true;
}

bool ConsoleSession::startSandbox(QString* error)
{
    if (m_sandbox)
        return true;
    m_sandbox = new SandboxServer(this);
    m_sandbox->setClock(m_clock);
    if (!m_sandbox->listen()) {
        delete m_sandbox;
        m_sandbox = nullptr;
        if (error)
            *error = tr("The built-in sandbox could not listen on 127.0.0.1.");
        return false;
    }
    qCInfo(lcSandbox) << "built-in sandbox listening on" << m_sandbox->baseUrl().toString();
    return true;
}

void ConsoleSession::applyProfile(const Profile& stored)
{
    cancelAuthorization();
    m_api->cancelAll();
    qDeleteAll(m_accounts);
    m_accounts.clear();
    m_currentAccountId.clear();
    m_clientSecret.clear();

    m_profile = stored.isBuiltInSandbox ? stored.withSandboxBaseUrl(m_sandbox->baseUrl()) : stored;
    if (m_remembersActiveProfile)
        m_profiles->setCurrentProfileId(m_profile.id);
    if (m_profile.isBuiltInSandbox)
        adoptSandboxRegistration();

    m_api->flushHistory(); // the cancelled requests' entries still go to the old profile's file
    delete m_history;
    QDir().mkpath(m_historyFolder);
    m_history
        = new RequestHistory(QDir(m_historyFolder).filePath(m_profile.id + QStringLiteral(".jsonl")), this);
    QString historyError;
    if (!m_history->load(&historyError))
        emit problem(tr("The request history could not be read: %1").arg(historyError));
    rebuildApiBinding();
    readClientSecret([](bool) {});

    emit profileActivated(m_profile.id);
    emit accountsChanged();
    if (m_profile.account(m_profile.selectedAccountId))
        selectAccount(m_profile.selectedAccountId);
    else if (!m_profile.accounts.isEmpty())
        selectAccount(m_profile.accounts.constFirst().id);
    else
        emit currentAccountChanged(QString());
}

// The in-process sandbox starts from its built-in configuration every run; the stored profile's
// registration (mode, granted APIs) is applied to it before any token exists.
void ConsoleSession::adoptSandboxRegistration()
{
    SandboxConfig config = m_sandbox->config();
    SandboxApp* app = config.app(m_profile.registration.clientId);
    if (!app)
        return;
    SandboxApp::modeFromName(sandboxModeName(m_profile.registration.mode), &app->mode);
    app->grantedApis = m_profile.registration.grantedApis;
    m_sandbox->setConfig(config);
}

void ConsoleSession::rebuildApiBinding()
{
    const QString appKey = m_profile.registration.clientId;
    m_limiter->setLimit(appKey, m_profile.registration.rateLimitPerMinute());
    m_api->setBaseUrl(m_profile.apiBaseUrl);
    RequestDefaults::setStyle(
        m_api, m_profile.loftyStyleRequests ? RequestDefaults::Style::Lofty : RequestDefaults::Style::Plain);
    m_api->setRateLimiter(m_limiter, appKey);
    m_api->setHistory(m_history);
    const AccountState* state = m_accounts.value(m_currentAccountId);
    m_api->setAccountId(m_currentAccountId);
    m_api->setTokenProvider(state ? state->provider : nullptr);
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
    m_profile = toStore.isBuiltInSandbox ? toStore.withSandboxBaseUrl(m_sandbox->baseUrl()) : toStore;
    rebuildApiBinding();
    if (m_profile.isBuiltInSandbox && registrationEdited)
        pushRegistrationToSandbox();
    emit registrationChanged();
    return true;
}

void ConsoleSession::pushRegistrationToSandbox()
{
    SandboxApp::Mode mode = SandboxApp::Mode::Development;
    SandboxApp::modeFromName(sandboxModeName(m_profile.registration.mode), &mode);
    const QString clientId = m_profile.registration.clientId;
    if (m_sandbox->updateRegistration(clientId, mode, m_profile.registration.grantedApis) < 0)
        emit problem(tr("The sandbox has no app \"%1\": the registration change applies to the profile only.")
                         .arg(clientId));
}

void ConsoleSession::setClientSecret(const QString& secret)
{
    m_clientSecret = secret;
    SecretMasker::global().remember(secret);
    const QString key = clientSecretKey();
    auto done = [this](const SecretStore::Result& result) {
        reportStoreResult(tr("the client secret"), int(result.status), result.errorString);
    };
    if (secret.isEmpty())
        m_secrets->remove(key, this, done);
    else
        m_secrets->write(key, secret.toUtf8(), this, done);
}

QString ConsoleSession::clientSecretKey() const
{
    return SecretStore::key(m_profile.id, QString(), SecretStore::Kind::ClientSecret);
}

// The built-in sandbox's secrets are part of its published default configuration, so they are
// taken from the running server instead of the keychain.
void ConsoleSession::readClientSecret(const std::function<void(bool)>& done)
{
    if (m_profile.isBuiltInSandbox) {
        const SandboxApp* app = m_sandbox->config().app(m_profile.registration.clientId);
        m_clientSecret = app ? app->clientSecret : QString();
        done(true);
        return;
    }
    if (!m_clientSecret.isEmpty()) {
        done(true);
        return;
    }
    const QString profileId = m_profile.id;
    m_secrets->read(clientSecretKey(), this, [this, profileId, done](const SecretStore::Result& result) {
        if (profileId != m_profile.id)
            return; // the user switched profiles meanwhile
        if (result.status == SecretStore::Status::Ok) {
            m_clientSecret = QString::fromUtf8(result.data);
            SecretMasker::global().remember(m_clientSecret);
        } else if (result.status != SecretStore::Status::NotFound) {
            reportStoreResult(tr("the client secret"), int(result.status), result.errorString);
        }
        done(result.status == SecretStore::Status::Ok || result.status == SecretStore::Status::NotFound);
    });
}

OAuthClientConfig ConsoleSession::oauthConfig() const
{
    OAuthClientConfig config = m_profile.oauthConfig();
    config.clientSecret = m_clientSecret;
    return config;
}

QString ConsoleSession::redirectUriFor(quint16 port) const
{
    const OAuthClientConfig config = m_profile.oauthConfig();
    if (port == 0)
        port = config.redirectPort;
    const QString host = QStringLiteral("http://") + config.redirectHost;
    return port == 0 ? host + config.callbackPath
                     : QStringLiteral("%1:%2%3").arg(host).arg(port).arg(config.callbackPath);
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
    case SecretStore::Status::Ok: // a write or removal: a read may be answered from memory
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

// --- accounts ---------------------------------------------------------------------------------

void ConsoleSession::selectAccount(const QString& accountId)
{
    if (!m_profile.account(accountId))
        return;
    m_currentAccountId = accountId;
    if (m_remembersActiveProfile && m_profile.selectedAccountId != accountId) {
        m_profile.selectedAccountId = accountId;
        m_profiles->setSelectedAccountId(m_profile.id, accountId);
    }
    rebuildApiBinding();
    emit currentAccountChanged(accountId);
    const AccountState* state = m_accounts.value(accountId);
    if (state && state->loaded)
        emit accountReady(accountId, state->token);
    else
        loadAccount(accountId);
}

void ConsoleSession::loadAccount(const QString& accountId)
{
    const QString profileId = m_profile.id;
    auto stillCurrent = [this, profileId] { return profileId == m_profile.id; };
    readClientSecret([=](bool) {
        if (!stillCurrent())
            return;
        const QString tokenKey = SecretStore::key(profileId, accountId, SecretStore::Kind::TokenSet);
        m_secrets->read(tokenKey, this, [=](const SecretStore::Result& tokenResult) {
            if (!stillCurrent())
                return;
            if (tokenResult.status != SecretStore::Status::Ok) {
                reportStoreResult(
                    tr("the account's token"), int(tokenResult.status), tokenResult.errorString);
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
            const QString customerKeyKey
                = SecretStore::key(profileId, accountId, SecretStore::Kind::CustomerKey);
            m_secrets->read(customerKeyKey, this, [=](const SecretStore::Result& keyResult) {
                if (!stillCurrent())
                    return;
                const QString customerKey = keyResult.status == SecretStore::Status::Ok
                    ? QString::fromUtf8(keyResult.data)
                    : QString();
                adoptAccount(accountId, token, customerKey);
            });
        });
    });
}

void ConsoleSession::adoptAccount(const QString& accountId, const TokenSet& token, const QString& customerKey)
{
    rememberSecrets(token);
    SecretMasker::global().remember(customerKey);
    returnTokensToSandbox(accountId, token, customerKey);
    delete m_accounts.take(accountId);
    auto* state = new AccountState;
    state->token = token;
    state->customerKey = customerKey;
    state->provider = makeProvider(accountId, token, customerKey);
    state->loaded = true;
    m_accounts.insert(accountId, state);
    if (accountId == m_currentAccountId)
        rebuildApiBinding();
    emit accountReady(accountId, token);
}

TokenProvider* ConsoleSession::makeProvider(
    const QString& accountId, const TokenSet& token, const QString& customerKey)
{
    TokenProvider* provider = nullptr;
    const bool renewable = token.hasRefreshToken() || token.grant == TokenSet::Grant::ClientCredentials;
    if (renewable) {
        auto* refresher = new TokenRefresher(oauthConfig(), token, this);
        refresher->setClock(m_clock);
        refresher->setNetworkAccessManager(m_network);
        refresher->setCustomerKey(customerKey);
        refresher->setStoredTokenReader(
            [this, accountId](const TokenRefresher::StoredToken& done) { readStoredToken(accountId, done); });
        provider = refresher;
    } else {
        auto* fixed = new StaticTokenProvider(token, this);
        fixed->setClock(m_clock);
        provider = fixed;
    }
    connect(provider, &TokenProvider::tokenChanged, this, [this, accountId](const TokenSet& changed) {
        if (AccountState* state = m_accounts.value(accountId))
            state->token = changed;
        rememberSecrets(changed);
        storeToken(accountId, changed);
        updateAccountRecord(accountId,
            [&changed](AccountRecord* record) { return AccountStatus::noteToken(record, changed); });
        emit tokenChanged(accountId, changed);
    });
    connect(
        provider, &TokenProvider::reauthorizationRequired, this, [this, accountId](const QString& reason) {
            const QDateTime now = m_clock->nowUtc();
            // Kept in profiles.json: a server that quotes the token in its error must not put it there.
            const QString said = SecretMasker::global().redact(reason);
            updateAccountRecord(accountId, [&said, &now](AccountRecord* record) {
                return AccountStatus::noteRefused(record, said, now);
            });
            emit reauthorizationRequired(accountId, reason);
        });
    return provider;
}

// The in-process sandbox forgets every token when the console stops, while the accounts keep
// theirs in the keychain: hand them back, so that an account authorized on the Sandbox profile in
// an earlier run still works instead of asking to be authorized again. The sandbox account is
// found by the customer key (client credentials) or by the email GET /v1.0/me gave.
void ConsoleSession::returnTokensToSandbox(
    const QString& accountId, const TokenSet& token, const QString& customerKey)
{
    if (!m_sandbox || !m_profile.isBuiltInSandbox || token.kind != TokenSet::Kind::Bearer)
        return;
    const QDateTime revokedBefore = m_profile.registration.apisAddedAt;
    if (revokedBefore.isValid() && (!token.obtainedAt.isValid() || token.obtainedAt < revokedBefore))
        return; // an API was added since: the token died with it
    const SandboxConfig& config = m_sandbox->config();
    const SandboxAccount* owner = config.accountByCustomerKey(customerKey);
    const AccountRecord* account = m_profile.account(accountId);
    if (!owner && account)
        owner = config.accountByEmail(account->identity.email);
    if (!owner)
        return;
    SandboxAuthStore::KnownTokens known;
    known.clientId = m_profile.registration.clientId;
    known.accountId = owner->id;
    known.accessToken = token.accessToken;
    known.accessExpiresMs = token.expiresAt.isValid() ? token.expiresAt.toMSecsSinceEpoch() : 0;
    // A refresh token lives 180 days from its issue; without a known issue time it is not adopted.
    QDateTime refreshIssued
        = token.refreshTokenIssuedAt.isValid() ? token.refreshTokenIssuedAt : token.obtainedAt;
    if (!refreshIssued.isValid() && account)
        refreshIssued = account->authorizedAt;
    if (refreshIssued.isValid()) {
        known.refreshToken = token.refreshToken;
        known.refreshIssuedMs = refreshIssued.toMSecsSinceEpoch();
    }
    m_sandbox->adoptTokens(known);
}

void ConsoleSession::rememberSecrets(const TokenSet& token)
{
    SecretMasker::global().remember(token.accessToken);
    SecretMasker::global().remember(token.refreshToken);
}

void ConsoleSession::storeToken(const QString& accountId, const TokenSet& token)
{
    const QString key = SecretStore::key(m_profile.id, accountId, SecretStore::Kind::TokenSet);
    m_secrets->write(key, token.toJson(), this, [this](const SecretStore::Result& result) {
        reportStoreResult(tr("the account's token"), int(result.status), result.errorString);
    });
}

// The account's tokens as the keychain holds them now (another process may have refreshed);
// an invalid TokenSet when they cannot be read.
void ConsoleSession::readStoredToken(const QString& accountId, const TokenRefresher::StoredToken& done)
{
    const QString key = SecretStore::key(m_profile.id, accountId, SecretStore::Kind::TokenSet);
    m_secrets->read(key, this, [done](const SecretStore::Result& result) {
        bool ok = false;
        const TokenSet stored
            = result.status == SecretStore::Status::Ok ? TokenSet::fromJson(result.data, &ok) : TokenSet();
        done(ok ? stored : TokenSet());
    });
}

void ConsoleSession::updateAccountRecord(
    const QString& accountId, const std::function<bool(AccountRecord*)>& change)
{
    const AccountRecord* existing = m_profile.account(accountId);
    if (!existing)
        return;
    AccountRecord record = *existing;
    if (!change(&record))
        return;
    m_profile.upsertAccount(record);
    if (!m_profiles->saveAccount(m_profile.id, record))
        emit problem(tr("The account's state could not be saved: %1").arg(m_profiles->lastError()));
    emit accountStateChanged(accountId);
}

// The stored accounts of the active profile changed (another process, the CLI, wrote the file):
// they are taken over, so that the console shows them and a later save from here keeps them.
void ConsoleSession::adoptStoredAccounts()
{
    const Profile* stored = m_profiles->find(m_profile.id);
    if (!stored || stored->accounts == m_profile.accounts)
        return;
    m_profile.accounts = stored->accounts;
    emit accountsChanged();
}

AccountStatus ConsoleSession::accountStatus(const QString& accountId) const
{
    const AccountRecord* record = m_profile.account(accountId);
    return record ? AccountStatus::of(*record, token(accountId), m_clock->nowUtc()) : AccountStatus();
}

TokenSet ConsoleSession::token(const QString& accountId) const
{
    const AccountState* state = m_accounts.value(accountId);
    return state ? state->token : TokenSet();
}

TokenProvider* ConsoleSession::tokenProvider(const QString& accountId) const
{
    const AccountState* state = m_accounts.value(accountId);
    return state ? state->provider : nullptr;
}

void ConsoleSession::refreshCurrentToken()
{
    auto* refresher = qobject_cast<TokenRefresher*>(tokenProvider(m_currentAccountId));
    if (!refresher) {
        emit problem(tr("This credential cannot be refreshed: API keys and pasted tokens without a refresh "
                        "token stay as they are until they expire."));
        return;
    }
    refresher->refreshNow();
}

void ConsoleSession::forgetAccount(const QString& accountId)
{
    if (!m_profile.account(accountId))
        return;
    delete m_accounts.take(accountId);
    m_profile.removeAccount(accountId);
    m_profiles->removeAccount(
        m_profile.id, accountId, m_secrets, this, [this](const SecretStore::Result& result) {
            reportStoreResult(tr("the account's secrets"), int(result.status), result.errorString);
        });
    emit accountsChanged();
    if (m_currentAccountId == accountId) {
        m_currentAccountId.clear();
        if (!m_profile.accounts.isEmpty()) {
            selectAccount(m_profile.accounts.constFirst().id);
        } else {
            rebuildApiBinding();
            emit currentAccountChanged(QString());
        }
    }
}

// --- authorization ----------------------------------------------------------------------------

bool ConsoleSession::authorize(const AuthorizationRequest& request)
{
    if (m_flow && m_flow->isRunning())
        return false;
    delete m_flow.data();
    OAuthFlow* flow = createFlow(request);
    m_flow = flow;
    connect(flow, &OAuthFlow::granted, this,
        [this, request](const TokenSet& token) { onFlowGranted(request, token); });
    connect(flow, &OAuthFlow::failed, this,
        [this](const QString& reason) { emit authorizationFinished(false, QString(), reason); });
    if (auto* codeFlow = qobject_cast<AuthorizationCodeFlow*>(flow))
        connect(codeFlow, &AuthorizationCodeFlow::openBrowserRequested, this,
            &ConsoleSession::openBrowserRequested);
    emit authorizationStarted(flow);

    // Started from the event loop, so that callers always see authorizationStarted() (and can
    // connect to the flow) before any step, even for grants that finish at once.
    QPointer<OAuthFlow> guard(flow);
    QTimer::singleShot(0, this, [this, guard, request] {
        readClientSecret([this, guard, request](bool) {
            if (guard)
                startFlow(guard, request);
        });
    });
    return true;
}

OAuthFlow* ConsoleSession::createFlow(const AuthorizationRequest& request)
{
    switch (request.grant) {
    case TokenSet::Grant::ApiKey:
        SecretMasker::global().remember(request.apiKey);
        return new DirectCredentials(DirectCredentials::Type::ApiKey, request.apiKey, this);
    case TokenSet::Grant::PastedToken:
        SecretMasker::global().remember(request.accessToken);
        SecretMasker::global().remember(request.refreshToken);
        return new DirectCredentials(DirectCredentials::Type::AccessToken, request.accessToken, this);
    case TokenSet::Grant::ClientCredentials: {
        SecretMasker::global().remember(request.customerKey);
        auto* flow = new ClientCredentialsFlow(oauthConfig(), this);
        flow->setNetworkAccessManager(m_network);
        flow->setCustomerKey(request.customerKey);
        return flow;
    }
    case TokenSet::Grant::None:
    case TokenSet::Grant::AuthorizationCode:
    case TokenSet::Grant::AuthorizationCodePkce:
        break;
    }
    auto* flow = new AuthorizationCodeFlow(oauthConfig(), this);
    flow->setGrant(request.grant); // PKCE grant: public, never the secret; PKCE per the profile
    return flow;
}

void ConsoleSession::startFlow(OAuthFlow* flow, const AuthorizationRequest& request)
{
    OAuthClientConfig config = oauthConfig();
    if (request.redirectPort != 0)
        config.redirectPort = request.redirectPort;
    flow->setClock(m_clock);
    if (auto* codeFlow = qobject_cast<AuthorizationCodeFlow*>(flow)) {
        if (request.grant == TokenSet::Grant::AuthorizationCode && config.clientSecret.isEmpty()) {
            emit authorizationFinished(false, QString(),
                tr("The Authorization Code grant needs the app's client secret. Enter it "
                   "in Registration, or use Authorization Code + PKCE."));
            return;
        }
        codeFlow->setConfig(config);
    } else if (auto* credentialsFlow = qobject_cast<ClientCredentialsFlow*>(flow)) {
        credentialsFlow->setConfig(config);
    }
    flow->start();
}

void ConsoleSession::cancelAuthorization()
{
    if (m_flow && m_flow->isRunning())
        m_flow->cancel();
}

void ConsoleSession::onFlowGranted(const AuthorizationRequest& request, const TokenSet& granted)
{
    TokenSet token = granted;
    if (request.grant == TokenSet::Grant::PastedToken && !request.refreshToken.isEmpty()) {
        token.refreshToken = request.refreshToken;
        token.refreshTokenIssuedAt = token.obtainedAt;
    }
    const AccountRecord* existing = m_profile.account(request.accountId);
    const bool renewed = existing != nullptr; // re-authorized: same id and label
    AccountRecord account = renewed ? *existing : AccountRecord();
    if (!renewed)
        account.id = AccountRecord::newId();
    account.grant = request.grant;
    account.authorizedAt = m_clock->nowUtc();
    if (!renewed || !request.label.isEmpty())
        account.label
            = request.label.isEmpty() ? defaultLabel(request.grant, account.authorizedAt) : request.label;
    AccountStatus::noteToken(&account, token);
    account.unverified = false;
    m_profile.upsertAccount(account);
    if (!m_profiles->saveAccount(m_profile.id, account))
        emit problem(tr("The new account could not be saved: %1").arg(m_profiles->lastError()));

    storeToken(account.id, token);
    const QString customerKey
        = request.grant == TokenSet::Grant::ClientCredentials ? request.customerKey : QString();
    storeAccountSecret(account.id, SecretStore::Kind::CustomerKey, customerKey);
    storeAccountSecret(account.id, SecretStore::Kind::ApiKey,
        request.grant == TokenSet::Grant::ApiKey ? token.accessToken : QString());

    m_currentAccountId = account.id;
    emit accountsChanged();
    emit currentAccountChanged(account.id);
    adoptAccount(account.id, token, customerKey);
    if (renewed)
        emit accountStateChanged(account.id);
    emit authorizationFinished(true, account.id,
        renewed ? tr("Account \"%1\" is authorized again.").arg(account.label)
                : tr("Account \"%1\" is authorized.").arg(account.label));
    fetchIdentity(account.id);
}

void ConsoleSession::storeAccountSecret(
    const QString& accountId, SecretStore::Kind kind, const QString& value)
{
    if (value.isEmpty())
        return;
    const QString key = SecretStore::key(m_profile.id, accountId, kind);
    m_secrets->write(key, value.toUtf8(), this, [this](const SecretStore::Result& result) {
        reportStoreResult(tr("the account's key"), int(result.status), result.errorString);
    });
}

// Who the new account is, from the profile's identity call (Lofty: GET /v1.0/me): best effort,
// for labels in the GUI and the CLI. Generic servers have none.
void ConsoleSession::fetchIdentity(const QString& accountId)
{
    if (m_profile.identityPath.isEmpty())
        return;
    ApiBinding binding = m_api->binding();
    binding.accountId = accountId;
    binding.tokenProvider = tokenProvider(accountId);
    const ApiRequest request = m_api->requestFor(QStringLiteral("GET"), m_profile.identityPath);
    ApiReply* reply = m_api->send(request, binding);
    connect(reply, &ApiReply::finished, this, [this, reply, accountId] {
        reply->deleteLater();
        const bool works = reply->response().isSuccess();
        if (works)
            adoptIdentity(accountId, reply->response().body);
        const AccountRecord* account = m_profile.account(accountId);
        if (account && account->grant == TokenSet::Grant::ApiKey)
            updateAccountRecord(accountId,
                [works](AccountRecord* record) { return AccountStatus::noteVerified(record, works); });
    });
    emit identityLookupStarted(accountId, reply);
}

void ConsoleSession::adoptIdentity(const QString& accountId, const QByteArray& body)
{
    const AccountRecord* existing = m_profile.account(accountId);
    if (!existing)
        return;
    QString error;
    const JsonNode me = JsonReader::parse(body, &error);
    const JsonNode data = me.value(u"data").isObject() ? me.value(u"data") : me;
    AccountRecord account = *existing;
    account.identity.id = data.value(u"id").displayText();
    const QString first = data.value(u"firstName").toString();
    const QString last = data.value(u"lastName").toString();
    account.identity.name = data.contains(u"name")
        ? data.value(u"name").toString()
        : QStringList {first, last}.join(QLatin1Char(' ')).trimmed();
    account.identity.email = data.value(u"email").toString();
    if (!account.identity.isKnown() || account == *existing)
        return;
    m_profile.upsertAccount(account);
    m_profiles->saveAccount(m_profile.id, account);
    emit accountsChanged();
}
