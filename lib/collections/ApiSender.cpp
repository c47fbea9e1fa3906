#include "collections/ApiSender.h"

#include "api/ApiClient.h"
#include "api/RequestDefaults.h"
#include "catalog/CatalogEndpoint.h"
#include "session/RequestService.h"

#include <QPointer>

ApiRequest ApiSender::buildRequest(
    const QString& method, const QUrl& url, const CatalogEndpoint* endpoint) const
{
    if (build)
        return build(method, url, endpoint);
    return ApiRequest::fromUrl(method, url);
}

ApiSender ApiSender::of(ApiClient* client)
{
    ApiSender sender;
    if (!client)
        return sender;
    const QPointer<ApiClient> guarded(client);
    sender.send = [guarded](const ApiRequest& request) { return guarded ? guarded->send(request) : nullptr; };
    sender.build = [guarded](const QString& method, const QUrl& url, const CatalogEndpoint* endpoint) {
        if (!guarded)
            return ApiRequest::fromUrl(method, url);
        ApiRequest request = guarded->requestFor(method, url.toString(QUrl::FullyEncoded));
        request.url = url;
        RequestDefaults::apply(request, RequestDefaults::styleOf(guarded), endpoint);
        return request;
    };
    sender.baseUrl = client->baseUrl();
    return sender;
}

ApiSender ApiSender::of(RequestService* requests)
{
    ApiSender sender;
    if (!requests)
        return sender;
    const QPointer<RequestService> guarded(requests);
    sender.send = [guarded](const ApiRequest& request) { return guarded ? guarded->send(request) : nullptr; };
    // The request service's own builders, so a run's request carries what a single one carries.
    sender.build = [guarded](const QString& method, const QUrl& url, const CatalogEndpoint* endpoint) {
        if (!guarded)
            return ApiRequest::fromUrl(method, url);
        ApiRequest request = endpoint ? guarded->requestFor(*endpoint, {})
                                      : guarded->requestFor(method, url.toString(QUrl::FullyEncoded));
        request.method = method;
        request.url = url;
        request.body.clear();
        return request;
    };
    QUrl base = requests->requestFor(QStringLiteral("GET"), QStringLiteral("/")).url;
    base.setPath(QString());
    base.setQuery(QString());
    sender.baseUrl = base;
    return sender;
}
