#include "sandbox/SandboxApiRoutes.h"

#include "catalog/EndpointCatalog.h"
#include "util/LogCategories.h"
#include "util/SecretMasker.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxApiRoutes", text);
}

constexpr int AnonymousRateLimit = 100;

} // namespace

SandboxApiRoutes::SandboxApiRoutes(SandboxState& state, const EndpointCatalog& catalog)
    : m_state(state)
    , m_catalog(catalog)
    , m_resources(state.data)
{ }

bool SandboxApiRoutes::handles(const QString& path)
{
    return path.startsWith(QLatin1String("/v1.0/")) || path.startsWith(QLatin1String("/v2.0/"));
}

SandboxResponse SandboxApiRoutes::handle(const SandboxRequest& request)
{
    QString why;
    const std::optional<Caller> caller = authenticate(request, &why);
    const QString bucket = caller ? caller->bucket : QStringLiteral("anonymous");
    const int limit = caller
        ? caller->rateLimit
        : (m_state.rateLimitOverride > 0 ? m_state.rateLimitOverride : AnonymousRateLimit);
    const SandboxRateLimiter::Decision decision = m_state.rateLimiter.take(bucket, limit, m_state.nowMs());
    SandboxResponse response;
    if (!decision.allowed) {
        response = SandboxResponse::json(
            QJsonObject {{QStringLiteral("message"), QStringLiteral("Too Many Requests")}}, 429);
    } else if (!caller) {
        qCInfo(lcSandbox) << "api:" << request.method << request.path << "401:" << why;
        response = SandboxResources::error(401, QStringLiteral("BAD_CREDENTIALS"), why);
    } else if (m_state.faults.takeServerError()) {
        response = SandboxFaults::serverErrorResponse();
    } else {
        response = dispatch(request, *caller);
        m_state.faults.shape(&response);
    }
    if (response.delayMs == 0)
        response.delayMs = m_state.faults.latencyMs;
    addRateLimitHeaders(&response, decision);
    return response;
}

std::optional<SandboxApiRoutes::Caller> SandboxApiRoutes::authenticate(
    const SandboxRequest& request, QString* why) const
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    const int space = authorization.indexOf(' ');
    const QByteArray scheme = authorization.left(space).toLower();
    const QString credential = QString::fromUtf8(authorization.mid(space + 1).trimmed());
    if (authorization.isEmpty() || space < 0 || credential.isEmpty()) {
        *why = tr("Missing credentials: send Authorization: Bearer <access token> or token <API key>.");
        return std::nullopt;
    }
    Caller caller;
    if (scheme == "bearer") {
        const auto grant = m_state.authStore.accessToken(credential, m_state.nowMs());
        caller.app = grant ? m_state.config.app(grant->clientId) : nullptr;
        if (!caller.app) {
            *why = tr("The access token is invalid, expired or revoked.");
            return std::nullopt;
        }
        caller.accountId = grant->accountId;
        caller.bucket = QStringLiteral("app:") + caller.app->clientId;
        caller.rateLimit = m_state.rateLimitOf(*caller.app);
        return caller;
    }
    if (scheme == "token") {
        const SandboxAccount* account = m_state.config.accountByCustomerKey(credential);
        if (!account) {
            *why = tr("The API key is invalid or revoked.");
            return std::nullopt;
        }
        caller.accountId = account->id;
        caller.bucket = QStringLiteral("key:") + account->id;
        caller.rateLimit = m_state.rateLimitOverride > 0 ? m_state.rateLimitOverride : AnonymousRateLimit;
        return caller;
    }
    *why = tr("Unsupported authorization scheme \"%1\": use Bearer or token.").arg(QString::fromUtf8(scheme));
    return std::nullopt;
}

SandboxResponse SandboxApiRoutes::dispatch(const SandboxRequest& request, const Caller& caller)
{
    SandboxResources::Call call;
    call.endpoint = m_catalog.match(request.method, request.path, &call.pathValues);
    if (!call.endpoint) {
        return SandboxResources::error(404, QStringLiteral("NOT_FOUND"),
            tr("%1 %2 is not an endpoint of the catalog.").arg(request.method, request.path));
    }
    if (caller.app && !caller.app->grantedApis.contains(call.endpoint->api)) {
        qCInfo(lcSandbox) << "api:" << caller.app->clientId << "lacks API" << call.endpoint->api << "for"
                          << call.endpoint->id;
        return SandboxResources::error(
            403, 200100, QStringLiteral("Sorry, the vendor does not have permission for this API."));
    }
    call.query = request.queryParameters();
    call.body = request.body;
    call.accountId = caller.accountId;
    qCDebug(lcSandbox) << "api:" << call.endpoint->id << "for" << caller.accountId;
    return m_resources.answer(call);
}

void SandboxApiRoutes::addRateLimitHeaders(
    SandboxResponse* response, const SandboxRateLimiter::Decision& decision)
{
    response->setHeader("X-RateLimit-Limit", QByteArray::number(decision.limit));
    response->setHeader("X-RateLimit-Remaining", QByteArray::number(decision.remaining));
    response->setHeader("X-RateLimit-Reset", QByteArray::number(decision.resetEpochSeconds));
}
