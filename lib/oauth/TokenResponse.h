#pragma once

#include "oauth/TokenSet.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

class Clock;

// What a token endpoint answered (RFC 6749 §5.1 success or §5.2 error), read from JSON or form
// bodies whatever the Content-Type claims, and turned into a TokenSet or a sentence for the user
// that carries the server's `error` and `error_description` verbatim (secrets masked).
struct TokenResponse
{
    // Lofty's documented assumption when expires_in is absent.
    static constexpr int DefaultLifetimeSeconds = 3600;
    // Tokens longer than this are refused: real ones are a few hundred bytes, JWTs a few KiB.
    static constexpr int MaximumTokenLength = 16 * 1024;

    bool ok = false;
    TokenSet token; // when ok
    int httpStatus = 0; // 0 when the server was not reached
    QString error; // RFC 6749 error code, e.g. "invalid_grant"; empty if none was sent
    QString errorDescription; // error_description, masked
    QString message; // for the user, masked; empty when ok

    bool isInvalidGrant() const { return error == QLatin1String("invalid_grant"); }
    bool reachedServer() const { return httpStatus != 0; }

    static TokenResponse fromHttp(
        int httpStatus, const QByteArray& body, TokenSet::Grant grant, const Clock* clock);
    static TokenResponse fromNetworkError(const QString& reason);
    // Parses a JSON object or an application/x-www-form-urlencoded body; empty map if neither.
    static QVariantMap parseFields(const QByteArray& body);

private:
    static TokenResponse failure(int httpStatus, const QVariantMap& fields, const QByteArray& body);
    static TokenResponse success(int httpStatus, const QVariantMap& fields, const QByteArray& body,
        TokenSet::Grant grant, const Clock* clock);
};

Q_DECLARE_METATYPE(TokenResponse)
