#pragma once

#include "api/ApiReply.h"
#include "api/ApiRequest.h"
#include "oauth/TokenSet.h"

#include <QObject>
#include <QPointer>

#include <functional>

class RequestService;
class TokenProvider;

// One authorized account of the active profile: its token (renewed by a refresher when the
// grant allows it), the customer key its client-credentials grant uses, and requests sent for
// it. The GUI and the CLI refresh through refresh() and send through send().
class Account : public QObject
{
    Q_OBJECT

public:
    // Why the last refresh failed (the CLI maps these to exit statuses).
    enum class RefreshFailure {
        None,
        NotRenewable, // an API key, or a pasted token without a refresh token
        MissingClientSecret,
        Network,
        Refused,
        Reauthorization, // the refresh token was refused or is gone: authorize again
    };

    // `credentials` is adopted (this account becomes its parent).
    Account(const QString& id, const QString& customerKey, TokenProvider* credentials,
        RequestService* requests, QObject* parent = nullptr);

    // Whether a token can be renewed without the browser: it carries a refresh token, or it came
    // from the client-credentials grant (fetched again with the customer key).
    static bool isRenewable(const TokenSet& token);

    QString id() const { return m_id; }
    TokenSet token() const;
    QString customerKey() const { return m_customerKey; }
    bool isRenewable() const;

    // Renews the token now; refreshFinished() follows (at once, failing, when not renewable).
    void refresh();
    RefreshFailure lastRefreshFailure() const { return m_lastRefreshFailure; }
    // Calls `done` (queued, in `context`'s thread) with a token valid for `minValiditySeconds`,
    // refreshing first when needed; an invalid token and a sentence on failure.
    void fetchValidToken(QObject* context, int minValiditySeconds,
        std::function<void(const TokenSet& token, const QString& error)> done);

    // A request against the profile's API (`urlOrPath` absolute, or a path), to send().
    ApiRequest requestFor(const QString& method, const QString& urlOrPath) const;
    // Sends `request` for this account (its credentials, the app's rate limit, the history).
    ApiReply* send(const ApiRequest& request);

    TokenProvider* credentials() const { return m_credentials; } // for request bindings in lib/

signals:
    void tokenChanged(const TokenSet& token);
    void refreshFinished(bool ok, const QString& error);
    void reauthorizationRequired(const QString& reason);

private:
    void updateRefreshFailure();

    const QString m_id;
    const QString m_customerKey;
    TokenProvider* m_credentials;
    QPointer<RequestService> m_requests;
    RefreshFailure m_lastRefreshFailure = RefreshFailure::None;
};
