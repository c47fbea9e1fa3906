#pragma once

#include <QUrl>

#include <functional>

class ApiClient;
class ApiReply;
class RequestService;
struct ApiRequest;
struct CatalogEndpoint;

// How runs and "all pages" send: any function that turns an ApiRequest into its own ApiReply
// (ApiClient::send, or the session's request service for the selected account), plus the API base
// that saved paths are resolved against. The replies belong to whoever made them.
struct ApiSender
{
    std::function<ApiReply*(const ApiRequest&)> send;
    // Starts a request the way a single request is built (the profile's request style: Lofty's
    // Content-Type on every method, Accept for XML feeds), for `url` as it will be sent.
    // `endpoint` is the catalog operation the request came from, or null.
    std::function<ApiRequest(const QString& method, const QUrl& url, const CatalogEndpoint* endpoint)> build;
    QUrl baseUrl;

    bool isValid() const { return bool(send); }
    // `build` when set, else a bare request (no style headers).
    ApiRequest buildRequest(const QString& method, const QUrl& url, const CatalogEndpoint* endpoint) const;
    static ApiSender of(ApiClient* client); // sends through `client` while it exists
    // Sends for the session's current account through `requests` (its rate limit, its history).
    static ApiSender of(RequestService* requests);
};
