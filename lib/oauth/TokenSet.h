#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

class Clock;

// What an account holds after a grant: the credentials and what is known about them.
// Serialised whole (toJson/fromJson) into the keychain, never into a file.
struct TokenSet
{
    enum class Kind {
        None,
        Bearer, // OAuth access token or a pasted access token: "Authorization: Bearer <token>"
        ApiKey, // Lofty API key: "Authorization: token <key>"
    };
    enum class Grant {
        None,
        AuthorizationCode,
        AuthorizationCodePkce,
        ClientCredentials,
        ApiKey,
        PastedToken,
    };

    Kind kind = Kind::None;
    Grant grant = Grant::None;
    QString accessToken; // secret
    QString refreshToken; // secret; empty when the grant has none
    QString tokenType; // as the server said ("Bearer")
    QString scope; // as the server said (Lofty: "openApi")
    QDateTime obtainedAt; // UTC
    QDateTime expiresAt; // UTC; invalid = unknown / does not expire
    QDateTime refreshTokenIssuedAt; // UTC; when the current refresh token arrived
    QByteArray rawResponseMasked; // the token endpoint's body with every secret masked

    // Lofty keeps refresh tokens for at most this long.
    static constexpr int RefreshTokenMaxAgeDays = 180;

    bool isValid() const { return kind != Kind::None && !accessToken.isEmpty(); }
    bool hasRefreshToken() const { return !refreshToken.isEmpty(); }
    // True when the token expires within `marginSeconds` of the clock's now (false when the
    // expiry is unknown).
    bool expiresWithin(const Clock* clock, int marginSeconds) const;
    // The value of the Authorization header: "Bearer <token>" or "token <key>".
    QString authorizationHeaderValue() const;

    QByteArray toJson() const;
    static TokenSet fromJson(const QByteArray& json, bool* ok = nullptr);

    static QString grantName(Grant grant); // "authorization_code", "pkce", ... (stable ids)
    static Grant grantFromName(const QString& name);
};
