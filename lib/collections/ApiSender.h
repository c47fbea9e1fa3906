#pragma once

#include <QUrl>

#include <functional>

class ApiClient;
class ApiReply;
class RequestService;
struct ApiRequest;

// How runs and "all pages" send: any function that turns an ApiRequest into its own ApiReply
// (ApiClient::send, or the session's request service for the selected account), plus the API base
// that saved paths are resolved against. The replies belong to whoever made them.
struct ApiSender
{
    std::function<ApiReply*(const ApiRequest&)> send;
    QUrl baseUrl;

    bool isValid() const { return bool(send); }
    static ApiSender of(ApiClient* client); // sends through `client` while it exists
    // Sends for the session's current account through `requests` (its rate limit, its history).
    static ApiSender of(RequestService* requests);
};
