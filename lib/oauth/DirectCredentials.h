#pragma once

#include "oauth/OAuthFlow.h"
#include "util/KnownSecret.h"

class Clock;

// Credentials the user already has: a Lofty API key (sent as "Authorization: token <key>") or an
// access token pasted in, lofty-cli's LOFTY_ACCESS_TOKEN style (sent as "Bearer <token>").
// Same outward shape as the browser grants: start() checks the value and reports granted() or
// failed(). When the value is a JWT its exp claim becomes the expiry; nothing claims it is genuine.
class DirectCredentials : public OAuthFlow
{
    Q_OBJECT

public:
    enum class Type { ApiKey, AccessToken };

    explicit DirectCredentials(
        Type type = Type::ApiKey, const QString& value = QString(), QObject* parent = nullptr);

    void setValue(Type type, const QString& value);
    Type type() const { return m_type; }

    // Builds the TokenSet, or returns an invalid one and says why in `error`.
    static TokenSet fromApiKey(const QString& key, const Clock* clock, QString* error = nullptr);
    static TokenSet fromAccessToken(const QString& token, const Clock* clock, QString* error = nullptr);
    // Trims whitespace and a pasted "Bearer " / "token " / "Authorization:" prefix.
    static QString normalise(const QString& value);

public slots:
    void start() override;

private:
    static TokenSet build(
        TokenSet::Kind kind, TokenSet::Grant grant, const QString& value, const Clock* clock, QString* error);

    Type m_type;
    QString m_value;
    KnownSecret m_maskedValue;
};
