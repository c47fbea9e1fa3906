#pragma once

#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class RateLimiter;
class RequestHistory;
class TokenProvider;

// Who a request is sent for, fixed when the request is made: the account, its credentials, the
// API origin they may go to and the app's rate-limit window. A later account switch changes the
// client's binding, never the one a queued or running request was made with.
struct ApiBinding
{
    QUrl baseUrl; // the only origin the account's credentials are sent to
    QPointer<TokenProvider> tokenProvider; // null: no credentials
    QString accountId;
    QPointer<RateLimiter> rateLimiter; // null: not paced
    QString appKey; // the rate limiter's window: the client id
    QPointer<RequestHistory> history; // where the exchange is recorded; null: nowhere
    QPointer<QNetworkAccessManager> network;
    int refreshMarginSeconds = 60;
    int maxRateLimitRetries = 1;
};
