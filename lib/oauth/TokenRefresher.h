#pragma once

#include "oauth/OAuthClientConfig.h"
#include "oauth/TokenProvider.h"
#include "oauth/TokenResponse.h"
#include "util/KnownSecret.h"

#include <QList>
#include <QPointer>

class Clock;
class QNetworkAccessManager;
class RefreshLock;
class TokenEndpointRequest;

// Keeps an OAuth token valid: a refresh_token grant for tokens that have one, a new client
// credentials request for client-credentials tokens (that grant has no refresh token).
// However many callers ask at once, one request runs and all of them get its result. A refresh
// token that comes back replaces the old one; an answer without one keeps the old one.
// invalid_grant marks the account as needing the browser again: reauthorizationRequired() is
// emitted once and later calls fail at once, without touching the network, until setToken().
class TokenRefresher : public TokenProvider
{
    Q_OBJECT

public:
    // Why the last refresh failed.
    enum class Failure {
        None,
        MissingClientSecret, // a confidential client without its secret: nothing was sent
        Reauthorization, // no refresh token, or invalid_grant: the browser is needed again
        Refused, // the token endpoint answered with another error or an unusable token
        Network, // the token endpoint could not be reached or did not answer in time
    };

    // A token another process renewed is handed out instead of refreshing again when it stays
    // valid at least this long.
    static constexpr int ReusableValiditySeconds = 60;
    // After invalid_grant the store is read up to this many times, this far apart, for a refresh
    // token that another process rotated and may still be writing.
    static constexpr int RotationReads = 4;
    static constexpr int RotationReadIntervalMs = 500;

    TokenRefresher(const OAuthClientConfig& config, const TokenSet& token, QObject* parent = nullptr);
    ~TokenRefresher() override;

    void setClock(const Clock* clock);
    void setNetworkAccessManager(QNetworkAccessManager* network); // not owned
    void setCustomerKey(const QString& customerKey); // client credentials re-fetch
    void setToken(const TokenSet& token); // a new grant: clears needsReauthorization()
    // Where the account's tokens are shared with other processes (the keychain): read before every
    // refresh, so that a refresh token another process rotated is used instead of the dead one,
    // and once more after invalid_grant (the other process may have rotated it meanwhile).
    using StoredToken = std::function<void(const TokenSet& stored)>;
    using StoredTokenReader = std::function<void(StoredToken done)>;
    void setStoredTokenReader(StoredTokenReader reader);
    // Writes renewed tokens back to that store; the refresh counts as finished once written.
    using StoredTokenWriter = std::function<void(const TokenSet& token, std::function<void()> written)>;
    void setStoredTokenWriter(StoredTokenWriter writer);
    // Held from reading the store to writing it back, so that processes refresh one at a time
    // (taken over as a child). Without one, a process that loses the race reads the store again.
    void setRefreshLock(RefreshLock* lock);

    void fetchValidToken(QObject* context, int minValiditySeconds, Callback done) override;
    TokenSet current() const override { return m_token; }
    void renewRejected(QObject* context, const TokenSet& rejected, Callback done) override;

    bool isRefreshing() const;
    bool needsReauthorization() const { return m_needsReauthorization; }
    Failure lastFailure() const { return m_lastFailure; }
    int requestCount() const { return m_requestCount; } // token requests sent so far

public slots:
    // Refreshes now, whatever the expiry (the Tokens panel's button). Joins a running refresh.
    void refreshNow();

signals:
    void refreshFinished(bool ok, const QString& error);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };

    void startRequest();
    void lockThen(const std::function<void()>& next);
    void finishRefresh(bool ok, const QString& error);
    void readStoredThen(const std::function<void(const TokenSet& stored)>& next);
    bool adoptRotated(const TokenSet& stored);
    void maskCurrentToken();
    void sendRequest();
    void retryAfterInvalidGrant(const TokenResponse& response, int readsLeft);
    void failRefresh(const TokenResponse& response);
    bool isConfidential() const;
    void failBeforeSending(Failure failure, const QString& reason);
    ParameterList refreshParameters() const;
    void onResponse(const TokenResponse& response);
    void deliver(const TokenSet& token, const QString& error);
    static void call(QObject* context, const Callback& done, const TokenSet& token, const QString& error);

    OAuthClientConfig m_config;
    TokenSet m_token;
    QString m_customerKey;
    KnownSecret m_maskedClientSecret;
    KnownSecret m_maskedCustomerKey;
    KnownSecret m_maskedAccessToken;
    KnownSecret m_maskedRefreshToken;
    const Clock* m_clock = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    TokenEndpointRequest* m_request = nullptr;
    QList<Waiter> m_waiters;
    StoredTokenReader m_readStored;
    StoredTokenWriter m_writeStored;
    RefreshLock* m_lock = nullptr;
    bool m_writingStored = false;
    bool m_preparing = false; // waiting for the refresh lock, reading the store or between re-reads
    bool m_retriedAfterInvalidGrant = false;
    bool m_explicitRefresh = false; // refreshNow(): refresh even if another process just did
    QString m_sentRefreshToken; // the refresh token of the request in flight
    bool m_needsReauthorization = false;
    Failure m_lastFailure = Failure::None;
    int m_requestCount = 0;
};
