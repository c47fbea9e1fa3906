#pragma once

#include "oauth/TokenSet.h"

#include <QObject>

#include <functional>

// The one outward shape through which the request client (lib/api), the GUI and the CLI obtain
// credentials, whatever grant produced them. Implementations: a refresher for refreshable
// tokens and client credentials (re-fetch on expiry), and a static provider for API keys and
// pasted tokens.
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const TokenSet& token, const QString& error)>;

    using QObject::QObject;

    // Calls `done` (queued, in `context`'s thread; never after `context` is destroyed) with a token
    // that stays valid for at least `minValiditySeconds`, refreshing first when needed. Only one
    // refresh runs at a time however many callers wait. On failure `token` is invalid and `error`
    // says why in a sentence for the user.
    virtual void fetchValidToken(QObject* context, int minValiditySeconds, Callback done) = 0;
    virtual TokenSet current() const = 0;

signals:
    void tokenChanged(const TokenSet& token);
    // The refresh token was refused (invalid_grant) or is missing: the account has to go through
    // the browser again. No automatic retry follows.
    void reauthorizationRequired(const QString& reason);
};
