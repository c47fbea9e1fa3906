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

    // The API answered 401 to `rejected`, a token this provider handed out. A provider that can
    // renew does so once (or hands out the token that already replaced `rejected`); one that
    // cannot emits reauthorizationRequired() and calls `done` with an invalid token and why.
    // Queued like fetchValidToken().
    virtual void renewRejected(QObject* context, const TokenSet& rejected, Callback done);
    // The API refused the token even after renewRejected(): the account needs the browser again.
    void reportRejected(const QString& reason) { emit reauthorizationRequired(reason); }

signals:
    void tokenChanged(const TokenSet& token);
    // The refresh token was refused (invalid_grant) or is missing: the account has to go through
    // the browser again. No automatic retry follows.
    void reauthorizationRequired(const QString& reason);
};
