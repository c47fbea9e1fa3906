#include "sandbox/SandboxServer.h"

#include "sandbox/SandboxWebhookDispatcher.h"

#include "catalog/EndpointCatalog.h"
#include "sandbox/SandboxAdminRoutes.h"
#include "sandbox/SandboxApiRoutes.h"
#include "sandbox/SandboxHttpFrontend.h"
#include "sandbox/SandboxOAuthRoutes.h"
#include "sandbox/SandboxState.h"
#include "util/LogCategories.h"
#include "util/SecretMasker.h"

#include <QTcpServer>

namespace {

void rememberSecrets(const SandboxConfig& config)
{
    for (const SandboxApp& app : config.apps)
        SecretMasker::global().remember(app.clientSecret);
    for (const SandboxAccount& account : config.accounts)
        SecretMasker::global().remember(account.customerKey);
}

} // namespace

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
    , m_state(std::make_unique<SandboxState>())
    , m_oauthRoutes(std::make_unique<SandboxOAuthRoutes>(*m_state))
    , m_apiRoutes(std::make_unique<SandboxApiRoutes>(*m_state, EndpointCatalog::builtIn()))
    , m_adminRoutes(std::make_unique<SandboxAdminRoutes>(*m_state, [this] { reset(); }))
    , m_initialConfig(m_state->config)
    , m_frontend(
          new SandboxHttpFrontend([this](const SandboxRequest& request) { return route(request); }, this))
{
    rememberSecrets(m_state->config);
    m_webhooks = new SandboxWebhookDispatcher(*m_state, this);
    m_apiRoutes->setWebhookDispatcher(m_webhooks);
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::setConfig(const SandboxConfig& config)
{
    rememberSecrets(config);
    m_initialConfig = config;
    m_state->config = config;
    m_state->authStore.clear();
    m_state->rateLimiter.clear();
    m_state->data.setAccounts(config.accounts);
}

int SandboxServer::updateRegistration(const QString& clientId, SandboxApp::Mode mode,
    const QStringList& grantedApis, const std::optional<SandboxApp::Edit>& pendingEdit,
    const QString& declineReason)
{
    SandboxApp* app = m_state->config.app(clientId);
    if (!app)
        return -1;
    const bool addsApis = SandboxApp::addsApis(app->grantedApis, grantedApis);
    app->mode = mode;
    app->grantedApis = grantedApis;
    app->pendingEdit = pendingEdit;
    app->declineReason = declineReason;
    return m_state->revokeIfApisAdded(clientId, addsApis);
}

const SandboxConfig& SandboxServer::config() const
{
    return m_state->config;
}

void SandboxServer::setClock(const Clock* clock)
{
    m_state->clock = clock ? clock : Clock::system();
}

void SandboxServer::setTokenLifetimeSeconds(int seconds)
{
    m_state->tokenLifetimeSeconds = qMax(1, seconds);
}

void SandboxServer::setAutoApproveAccount(const QString& accountId)
{
    m_state->autoApproveAccount = accountId;
}

bool SandboxServer::adoptTokens(const SandboxAuthStore::KnownTokens& tokens)
{
    const SandboxConfig& config = m_state->config;
    if (!config.app(tokens.clientId) || !config.account(tokens.accountId))
        return false;
    if (m_state->authStore.adoptTokens(tokens))
        qCInfo(lcSandbox) << "honours the tokens of" << tokens.accountId << "for" << tokens.clientId
                          << "again (kept by the client from an earlier run)";
    return true;
}

void SandboxServer::setRateLimitOverride(int requestsPerMinute)
{
    m_state->rateLimitOverride = qMax(0, requestsPerMinute);
}

SandboxFaults SandboxServer::faults() const
{
    return m_state->faults;
}

bool SandboxServer::setFaults(const QJsonObject& patch, QString* error)
{
    if (!m_state->faults.update(patch, error))
        return false;
    qCInfo(lcSandbox) << "faults" << m_state->faults.toJson();
    return true;
}

void SandboxServer::reset()
{
    m_state->config = m_initialConfig;
    m_state->authStore.clear();
    m_state->rateLimiter.clear();
    m_state->faults = SandboxFaults();
    m_state->data.reset();
    m_webhooks->cancelAll();
}

bool SandboxServer::listen(const QHostAddress& address, quint16 port)
{
    const quint16 bound = m_frontend->listen(address, port);
    if (bound == 0) {
        qCWarning(lcSandbox) << "cannot listen on" << address.toString() << port;
        return false;
    }
    m_address = address;
    m_port = bound;
    qCInfo(lcSandbox) << "listening on" << baseUrl().toString();
    return true;
}

bool SandboxServer::isListening() const
{
    return m_port != 0;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const bool loopbackAny = m_address == QHostAddress::LocalHost || m_address == QHostAddress::Any
        || m_address == QHostAddress::AnyIPv4 || m_address.isNull();
    url.setHost(loopbackAny ? QStringLiteral("127.0.0.1") : m_address.toString());
    url.setPort(m_port);
    return url;
}

QUrl SandboxServer::authorizeUrl() const
{
    return baseUrl().resolved(QUrl(QStringLiteral("/oauth/authorize")));
}

QUrl SandboxServer::vendorAuthUrl() const
{
    return baseUrl().resolved(QUrl(QStringLiteral("/page/vendor-auth.html")));
}

QUrl SandboxServer::tokenUrl() const
{
    return baseUrl().resolved(QUrl(QStringLiteral("/oauth/token")));
}

QUrl SandboxServer::apiBaseUrl() const
{
    return baseUrl();
}

QString SandboxServer::adminKey() const
{
    return m_adminRoutes->key();
}

QUrl SandboxServer::adminUrl() const
{
    return baseUrl().resolved(QUrl(QStringLiteral("/sandbox")));
}

SandboxResponse SandboxServer::route(const SandboxRequest& request)
{
    qCDebug(lcSandbox) << request.method << request.path;
    if (SandboxOAuthRoutes::handles(request.path)) {
        SandboxResponse response = m_oauthRoutes->handle(request);
        if (request.path == QLatin1String("/oauth/token"))
            response.delayMs = m_state->faults.latencyMs;
        return response;
    }
    if (SandboxAdminRoutes::handles(request.path))
        return m_adminRoutes->handle(request);
    if (SandboxApiRoutes::handles(request.path))
        return m_apiRoutes->handle(request);
    return SandboxResponse::notFound();
}
