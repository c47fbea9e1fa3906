#pragma once

#include "api/ApiRequest.h"
#include "api/LoftyError.h"

#include <QDateTime>

// What came back for one ApiRequest: the request as sent (Authorization included), status,
// headers, the raw body (parsing for display is lib/json's job), timing, sizes and the decoded
// error, if any.
struct ApiResponse
{
    ApiRequest request; // as sent; its Authorization header is a secret
    QString accountId;
    int httpStatus = 0; // 0 when no answer arrived
    QByteArray reasonPhrase;
    HeaderList headers;
    QByteArray body;
    QDateTime startedAt; // UTC, when the request left (after any rate-limit wait)
    qint64 elapsedMs = 0; // from sending to the last byte
    qint64 waitedMs = 0; // time held by the rate limiter and the token refresh
    qint64 bytesReceived = 0; // body plus header bytes
    int rateLimitRetries = 0; // how often a 429 was backed off and the request sent again
    // This answer was a 401 after which the token was renewed and the request sent again: not
    // the request's final answer (RFC 6750 §3.1).
    bool renewedAndRetried = false;
    LoftyError error;

    bool isSuccess() const { return !error.isError(); }
    QByteArray header(const QByteArray& name) const; // case-insensitive; empty when absent
};

Q_DECLARE_METATYPE(ApiResponse)
