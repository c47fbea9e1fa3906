#include "api/ApiClient.h"

#include "api/RequestDefaults.h"
#include "api/RequestHistory.h"
#include "catalog/CatalogEndpoint.h"
#include "oauth/TokenProvider.h"

#include <QNetworkAccessManager>

#include <algorithm>

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ApiResponse>();
    qRegisterMetaType<ApiClient::RequestId>("ApiClient::RequestId");
}

ApiClient::~ApiClient()
{
    // The replies are children; they must not call back into a half-destroyed client.
    m_running.clear();
    const QList<ApiReply*> replies = findChildren<ApiReply*>(Qt::FindDirectChildrenOnly);
    for (ApiReply* reply : replies)
        reply->m_client = nullptr;
    flushHistory();
}

void ApiClient::setNetworkAccessManager(QNetworkAccessManager* network)
{
    m_binding.network = network;
}

void ApiClient::setBaseUrl(const QUrl& baseUrl)
{
    m_binding.baseUrl = baseUrl;
}

void ApiClient::setTokenProvider(TokenProvider* provider)
{
    m_binding.tokenProvider = provider;
}

void ApiClient::setAccountId(const QString& accountId)
{
    m_binding.accountId = accountId;
}

void ApiClient::setRateLimiter(RateLimiter* limiter, const QString& appKey)
{
    m_binding.rateLimiter = limiter;
    m_binding.appKey = appKey;
}

void ApiClient::setHistory(RequestHistory* history)
{
    flushHistory();
    m_binding.history = history;
}

ApiRequest ApiClient::requestFor(const CatalogEndpoint& endpoint, const QMap<QString, QString>& pathValues,
    const QList<QPair<QString, QString>>& query, const QByteArray& body) const
{
    QString base = m_binding.baseUrl.toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QUrl url(base + endpoint.path(pathValues), QUrl::TolerantMode);
    QStringList queryItems;
    for (const auto& item : query) {
        if (item.second.isEmpty())
            continue;
        queryItems << QString::fromLatin1(
            QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second));
    }
    if (!queryItems.isEmpty())
        url.setQuery(queryItems.join(QLatin1Char('&')), QUrl::TolerantMode);
    ApiRequest request = ApiRequest::fromUrl(endpoint.method, url);
    request.endpointId = endpoint.id;
    request.body = body;
    RequestDefaults::apply(request, RequestDefaults::styleOf(this), &endpoint);
    return request;
}

ApiRequest ApiClient::requestFor(const QString& method, const QString& urlOrPath) const
{
    const QUrl given(urlOrPath.trimmed(), QUrl::TolerantMode);
    const QUrl url = given.isRelative() ? m_binding.baseUrl.resolved(given) : given;
    ApiRequest request = ApiRequest::fromUrl(method, url);
    RequestDefaults::apply(request, RequestDefaults::styleOf(this), nullptr);
    return request;
}

ApiReply* ApiClient::send(const ApiRequest& request)
{
    return send(request, m_binding);
}

ApiReply* ApiClient::send(const ApiRequest& request, const ApiBinding& binding)
{
    ApiBinding bound = binding;
    if (!bound.network) {
        if (!m_ownNetwork)
            m_ownNetwork = new QNetworkAccessManager(this);
        bound.network = m_ownNetwork;
    }
    auto* reply = new ApiReply(m_nextId++, request, bound, this);
    m_running.push_back(reply);
    reply->start();
    return reply;
}

void ApiClient::forget(ApiReply* reply)
{
    m_running.erase(std::remove(m_running.begin(), m_running.end(), reply), m_running.end());
}

void ApiClient::cancelAll()
{
    const std::vector<ApiReply*> running = m_running;
    for (ApiReply* reply : running) {
        if (std::find(m_running.begin(), m_running.end(), reply) != m_running.end())
            reply->abort(); // a slot of an earlier one may have deleted it
    }
}

void ApiClient::recordLater(RequestHistory* history, const ApiResponse& response)
{
    history->appendLater(response);
    if (std::find(m_recordedTo.begin(), m_recordedTo.end(), history) == m_recordedTo.end())
        m_recordedTo.emplace_back(history);
}

void ApiClient::flushHistory()
{
    // Taken first: flush() emits signals whose slots may send more requests.
    const auto histories = std::exchange(m_recordedTo, {});
    for (const QPointer<RequestHistory>& history : histories) {
        if (history)
            history->flush();
    }
}
