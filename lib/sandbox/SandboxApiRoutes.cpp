#include "sandbox/SandboxApiRoutes.h"

#include "catalog/EndpointCatalog.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxWebhookDispatcher.h"
#include "util/LogCategories.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxApiRoutes", text);
}

constexpr int AnonymousRateLimit = 100;

bool isJson(const QByteArray& contentType)
{
    return contentType.trimmed().toLower().startsWith("application/json");
}

// Lofty answers these two GETs 415 without `Content-Type: application/json` (observed).
bool getNeedsContentType(const QString& path)
{
    return path == QLatin1String("/v1.0/team-features/lead-ponds")
        || path == QLatin1String("/v1.0/teamFeatures/listCustomField");
}

} // namespace

SandboxApiRoutes::SandboxApiRoutes(SandboxState& state, const EndpointCatalog& catalog)
    : m_state(state)
    , m_catalog(catalog)
    , m_leads(state.data)
    , m_tasks(state.data)
    , m_communication(state.data)
    , m_team(state.data)
    , m_teamFeatures(state.data)
    , m_webhooks(state.data)
    , m_salesAgent(state.data)
    , m_transactions(state.data)
{
    m_leads.addTo(m_routes);
    m_tasks.addTo(m_routes);
    m_communication.addTo(m_routes);
    m_team.addTo(m_routes);
    m_teamFeatures.addTo(m_routes);
    m_webhooks.addTo(m_routes);
    m_salesAgent.addTo(m_routes);
    m_transactions.addTo(m_routes);
    m_listings.addTo(m_routes);
}

bool SandboxApiRoutes::handles(const QString& path)
{
    return path.startsWith(QLatin1String("/v1.0/")) || path.startsWith(QLatin1String("/v2.0/"));
}

SandboxResponse SandboxApiRoutes::handle(const SandboxRequest& request)
{
    SandboxResponse refusal;
    const std::optional<Caller> caller = authenticate(request, &refusal);
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
        qCInfo(lcSandbox) << "api:" << request.method << request.path << refusal.status;
        response = refusal;
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
    const SandboxRequest& request, SandboxResponse* refusal) const
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    const int space = authorization.indexOf(' ');
    const QByteArray scheme = authorization.left(space).toLower();
    const QString credential = QString::fromUtf8(authorization.mid(space + 1).trimmed());
    const auto unauthorized = [refusal](const QString& why) {
        *refusal = SandboxReply::errorName(401, QStringLiteral("BAD_CREDENTIALS"), why);
        return std::nullopt;
    };
    if (authorization.isEmpty() || space < 0 || credential.isEmpty())
        return unauthorized(
            tr("Missing credentials: send Authorization: Bearer <access token> or token <API key>."));
    Caller caller;
    if (scheme == "bearer") {
        const auto grant = m_state.authStore.accessToken(credential, m_state.nowMs());
        caller.app = grant ? m_state.config.app(grant->clientId) : nullptr;
        if (!caller.app && m_state.config.accountByCustomerKey(credential)) {
            *refusal = SandboxReply::error(400, SandboxReply::ApiKeyAsBearer,
                tr("User in token does not exist (an API key goes in \"Authorization: token <key>\", not "
                   "Bearer)."));
            return std::nullopt;
        }
        if (!caller.app)
            return unauthorized(tr("The access token is invalid, expired or revoked."));
        caller.accountId = grant->accountId;
        caller.bucket = QStringLiteral("app:") + caller.app->clientId;
        caller.rateLimit = m_state.rateLimitOf(*caller.app);
        return caller;
    }
    if (scheme == "token") {
        const SandboxAccount* account = m_state.config.accountByCustomerKey(credential);
        if (!account)
            return unauthorized(tr("The API key is invalid or revoked."));
        caller.accountId = account->id;
        caller.bucket = QStringLiteral("key:") + account->id;
        caller.rateLimit = m_state.rateLimitOverride > 0 ? m_state.rateLimitOverride
                                                         : m_state.config.apiKeyRateLimitPerMinute;
        return caller;
    }
    return unauthorized(
        tr("Unsupported authorization scheme \"%1\": use Bearer or token.").arg(QString::fromUtf8(scheme)));
}

SandboxResponse SandboxApiRoutes::dispatch(const SandboxRequest& request, const Caller& caller)
{
    SandboxCall call;
    const SandboxRouteTable::Route* route = m_routes.match(request.method, request.path, &call.path);
    if (!route) {
        return SandboxReply::error(404, SandboxReply::ResourceNotExist,
            tr("%1 %2 is not an operation of Lofty's API.").arg(request.method, request.path));
    }
    if (std::optional<SandboxResponse> refused = checkHeaders(request, *route))
        return *refused;
    if (std::optional<SandboxResponse> refused = checkGrant(request, caller))
        return *refused;
    if (std::optional<SandboxResponse> refused = readCall(request, *route, &call))
        return *refused;
    call.accountId = caller.accountId;
    qCDebug(lcSandbox) << "api:" << route->method << route->path << "for" << caller.accountId;
    SandboxResponse response = route->handler(call);
    if (m_webhookDispatcher)
        m_webhookDispatcher->observe(route->method, route->path, call, response);
    return response;
}

std::optional<SandboxResponse> SandboxApiRoutes::checkHeaders(
    const SandboxRequest& request, const SandboxRouteTable::Route& route) const
{
    const bool json = isJson(request.header("Content-Type"));
    if (request.method == QLatin1String("DELETE") && !json)
        return SandboxReply::error(
            400, SandboxReply::ContentTypeRequired, QStringLiteral("Content-type must be: application/json"));
    if (request.method == QLatin1String("GET") && getNeedsContentType(request.path) && !json) {
        return SandboxReply::errorName(415, QStringLiteral("UNSUPPORTED_MEDIA_TYPE"),
            tr("Content-Type: application/json is required on this GET."));
    }
    if (route.path == QLatin1String("/v1.0/getPublishedListings")
        && !request.header("Accept").toLower().contains("application/xml")) {
        return SandboxReply::errorName(406, QStringLiteral("NOT_ACCEPTABLE"),
            tr("This operation is an XML feed: send Accept: application/xml."));
    }
    return std::nullopt;
}

std::optional<SandboxResponse> SandboxApiRoutes::checkGrant(
    const SandboxRequest& request, const Caller& caller) const
{
    if (!caller.app)
        return std::nullopt;
    const CatalogEndpoint* endpoint = m_catalog.match(request.method, request.path);
    if (endpoint && caller.app->grantedApis.contains(endpoint->api))
        return std::nullopt;
    qCInfo(lcSandbox) << "api:" << caller.app->clientId << "lacks the API for" << request.method
                      << request.path;
    return SandboxReply::error(
        403, 200100, QStringLiteral("Sorry, the vendor does not have permission for this API."));
}

std::optional<SandboxResponse> SandboxApiRoutes::readCall(
    const SandboxRequest& request, const SandboxRouteTable::Route& route, SandboxCall* call)
{
    call->query = request.queryParameters();
    for (const QString& name : route.requiredQuery) {
        if (call->query.value(name).isEmpty())
            return SandboxReply::invalidParameter(tr("%1 is required.").arg(name));
    }
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return SandboxReply::invalidParameter(
                tr("the body is not JSON: %1.").arg(parseError.errorString()));
        call->body = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    const QJsonObject body = call->body.toObject();
    for (const QString& name : route.requiredBody) {
        if (!body.contains(name) || body.value(name).isNull())
            return SandboxReply::invalidParameter(tr("the body needs %1.").arg(name));
    }
    return std::nullopt;
}

void SandboxApiRoutes::addRateLimitHeaders(
    SandboxResponse* response, const SandboxRateLimiter::Decision& decision)
{
    response->setHeader("X-RateLimit-Limit", QByteArray::number(decision.limit));
    response->setHeader("X-RateLimit-Remaining", QByteArray::number(decision.remaining));
    response->setHeader("X-RateLimit-Reset", QByteArray::number(decision.resetEpochSeconds));
}
