#pragma once

#include "sandbox/SandboxSecretGenerator.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

// What the sandbox's authorization server remembers: consent requests waiting for the user,
// authorization codes (single use, 10 minutes), access tokens and refresh tokens. Times are
// milliseconds since the epoch from the server's injectable Clock.
class SandboxAuthStore
{
public:
    static constexpr qint64 CodeLifetimeMs = 10 * 60 * 1000;
    static constexpr qint64 ConsentLifetimeMs = 10 * 60 * 1000;
    static constexpr qint64 RefreshLifetimeMs = 180LL * 24 * 3600 * 1000; // Lofty: at most 180 days

    struct AuthorizationRequest
    {
        QString clientId;
        QString redirectUri;
        bool redirectUriGiven = false; // the token request must then repeat it (RFC 6749 §4.1.3)
        QString state;
        QString codeChallenge;
        QString codeChallengeMethod;
        qint64 createdMs = 0;
    };
    struct Grant
    {
        QString clientId;
        QString accountId;
        qint64 expiresMs = 0;
    };
    // Tokens an earlier run issued, as the client kept them (times in ms since the epoch).
    struct KnownTokens
    {
        QString clientId;
        QString accountId;
        QString accessToken;
        qint64 accessExpiresMs = 0;
        QString refreshToken; // empty: none
        qint64 refreshIssuedMs = 0;
    };
    struct IssuedTokens
    {
        QString accessToken;
        QString refreshToken; // empty for client credentials
        int expiresIn = 0;
    };

    QString addConsentRequest(const AuthorizationRequest& request);
    std::optional<AuthorizationRequest> takeConsentRequest(const QString& id, qint64 nowMs);

    QString issueCode(const AuthorizationRequest& request, const QString& accountId, qint64 nowMs);
    // Removes the code whatever happens next (single use). Sets *why when it is unknown, used or expired.
    std::optional<AuthorizationRequest> redeemCode(
        const QString& code, qint64 nowMs, QString* accountId, QString* why);

    IssuedTokens issueTokens(const QString& clientId, const QString& accountId, bool withRefreshToken,
        int lifetimeSeconds, qint64 nowMs);
    std::optional<Grant> accessToken(const QString& token, qint64 nowMs) const;
    std::optional<Grant> refreshToken(const QString& token, qint64 nowMs) const;
    void revokeRefreshToken(const QString& token);
    // Honours tokens of an earlier run again; tokens already known, revoked or rotated out are left as they
    // are. True when any token was new.
    bool adoptTokens(const KnownTokens& tokens);
    // Every access and refresh token of the app stops working (granting it a new API).
    int revokeTokensOfApp(const QString& clientId);
    void clear();

private:
    void purgeExpired(qint64 nowMs);

    SandboxSecretGenerator m_generator;
    QHash<QString, AuthorizationRequest> m_consentRequests;
    struct IssuedCode
    {
        AuthorizationRequest request;
        QString accountId;
        qint64 issuedMs = 0;
    };
    QHash<QString, IssuedCode> m_codes;
    QHash<QString, qint64> m_redeemedCodes; // code -> when it was used, to say "already used"
    QHash<QString, Grant> m_accessTokens;
    QHash<QString, Grant> m_refreshTokens;
    QSet<QString> m_retiredTokens; // revoked or rotated out: never adopted again
    qint64 m_lastPurgeMs = 0;
};
