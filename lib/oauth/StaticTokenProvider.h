#pragma once

#include "oauth/TokenProvider.h"
#include "util/KnownSecret.h"

class Clock;

// A TokenProvider for credentials that cannot be renewed: API keys and pasted access tokens.
// fetchValidToken() hands out the token while it is valid and says plainly when it has expired.
class StaticTokenProvider : public TokenProvider
{
    Q_OBJECT

public:
    explicit StaticTokenProvider(const TokenSet& token = TokenSet(), QObject* parent = nullptr);

    void setClock(const Clock* clock);
    void setToken(const TokenSet& token);

    void fetchValidToken(QObject* context, int minValiditySeconds, Callback done) override;
    TokenSet current() const override { return m_token; }

private:
    TokenSet m_token;
    KnownSecret m_maskedToken;
    const Clock* m_clock = nullptr;
};
