#include "oauth/TokenRefresher.h"

#include "oauth/ClientCredentialsFlow.h"
#include "oauth/RefreshLock.h"
#include "oauth/TokenEndpointRequest.h"
#include "util/Clock.h"
#include "util/LogCategories.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QTimer>

#include <utility>

TokenRefresher::TokenRefresher(const OAuthClientConfig& config, const TokenSet& token, QObject* parent)
    : TokenProvider(parent)
    , m_config(config)
    , m_clock(Clock::system())
{
    m_maskedClientSecret.set(config.clientSecret);
    setToken(token);
}

TokenRefresher::~TokenRefresher()
{
    if (m_request)
        m_request->abort();
}

void TokenRefresher::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
}

void TokenRefresher::setNetworkAccessManager(QNetworkAccessManager* network)
{
    m_network = network;
}

void TokenRefresher::setCustomerKey(const QString& customerKey)
{
    m_customerKey = customerKey;
    m_maskedCustomerKey.set(customerKey);
}

void TokenRefresher::setToken(const TokenSet& token)
{
    m_token = token;
    m_needsReauthorization = false;
    maskCurrentToken();
}

// The token this refresher holds stays masked until it is replaced; the one it replaces (rotated)
// is forgotten unless another owner, such as the session, still holds it.
void TokenRefresher::maskCurrentToken()
{
    m_maskedAccessToken.set(m_token.accessToken);
    m_maskedRefreshToken.set(m_token.refreshToken);
}

void TokenRefresher::setStoredTokenReader(StoredTokenReader reader)
{
    m_readStored = std::move(reader);
}

void TokenRefresher::setStoredTokenWriter(StoredTokenWriter writer)
{
    m_writeStored = std::move(writer);
}

void TokenRefresher::setRefreshLock(RefreshLock* lock)
{
    delete m_lock;
    m_lock = lock;
    if (m_lock)
        m_lock->setParent(this);
}

bool TokenRefresher::isRefreshing() const
{
    return m_preparing || m_writingStored || (m_request && m_request->isRunning());
}

void TokenRefresher::fetchValidToken(QObject* context, int minValiditySeconds, Callback done)
{
    if (m_needsReauthorization) {
        call(context, done, TokenSet(), tr("This account has to be authorized again in the browser."));
        return;
    }
    if (!isRefreshing() && m_token.isValid() && !m_token.expiresWithin(m_clock, minValiditySeconds)) {
        call(context, done, m_token, QString());
        return;
    }
    m_waiters.append({context, std::move(done)});
    if (!isRefreshing())
        startRequest();
}

void TokenRefresher::renewRejected(QObject* context, const TokenSet& rejected, Callback done)
{
    if (m_needsReauthorization) {
        call(context, done, TokenSet(), tr("This account has to be authorized again in the browser."));
        return;
    }
    // Another request's renewal already replaced the refused token.
    if (!isRefreshing() && m_token.isValid() && m_token.accessToken != rejected.accessToken) {
        call(context, done, m_token, QString());
        return;
    }
    m_waiters.append({context, std::move(done)});
    if (!isRefreshing())
        startRequest();
}

void TokenRefresher::refreshNow()
{
    if (!isRefreshing() && !m_needsReauthorization) {
        m_explicitRefresh = true;
        startRequest();
    }
}

ParameterList TokenRefresher::refreshParameters() const
{
    if (m_token.grant == TokenSet::Grant::ClientCredentials)
        return ClientCredentialsFlow::parametersFor(m_config, m_customerKey);
    ParameterList parameters {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), m_token.refreshToken}};
    parameters.append(m_config.extraRefreshParameters);
    return parameters;
}

bool TokenRefresher::isConfidential() const
{
    return m_token.grant == TokenSet::Grant::AuthorizationCode
        || m_token.grant == TokenSet::Grant::ClientCredentials;
}

void TokenRefresher::failBeforeSending(Failure failure, const QString& reason)
{
    m_lastFailure = failure;
    finishRefresh(false, reason);
}

void TokenRefresher::startRequest()
{
    m_lastFailure = Failure::None;
    const bool clientCredentials = m_token.grant == TokenSet::Grant::ClientCredentials;
    if (!clientCredentials && !m_token.hasRefreshToken()) {
        const QString reason = tr("There is no refresh token; the account has to be authorized again.");
        m_needsReauthorization = true;
        emit reauthorizationRequired(reason);
        failBeforeSending(Failure::Reauthorization, reason);
        return;
    }
    // Without its secret a confidential client's refresh would only earn a 401 (RFC 6749 §6).
    if (isConfidential() && m_config.clientSecret.isEmpty()) {
        failBeforeSending(Failure::MissingClientSecret,
            tr("Refreshing this account needs the app's client secret, and none is available (it is "
               "not in the keychain). Save the client secret, then refresh again; nothing was sent."));
        return;
    }
    m_retriedAfterInvalidGrant = false;
    const QString refusedAccessToken = m_token.accessToken;
    const bool explicitRefresh = std::exchange(m_explicitRefresh, false);
    lockThen([this, refusedAccessToken, explicitRefresh] {
        readStoredThen([this, refusedAccessToken, explicitRefresh](const TokenSet& stored) {
            // Another process refreshed meanwhile: its token is as good as a new one (unless the
            // user asked for a refresh, which then goes out with the refresh token that process left).
            if (adoptRotated(stored) && !explicitRefresh && m_token.accessToken != refusedAccessToken
                && !m_token.expiresWithin(m_clock, ReusableValiditySeconds)) {
                finishRefresh(true, QString());
                return;
            }
            sendRequest();
        });
    });
}

void TokenRefresher::lockThen(const std::function<void()>& next)
{
    if (!m_lock) {
        next();
        return;
    }
    m_preparing = true; // no second start while waiting for the lock
    QPointer<TokenRefresher> guard(this);
    m_lock->acquire([guard, next](bool) {
        if (!guard)
            return;
        guard->m_preparing = false;
        next();
    });
}

// Ends the refresh: the lock is released and every waiter gets the outcome.
void TokenRefresher::finishRefresh(bool ok, const QString& error)
{
    if (m_lock)
        m_lock->release();
    emit refreshFinished(ok, error);
    deliver(ok ? m_token : TokenSet(), error);
}

void TokenRefresher::readStoredThen(const std::function<void(const TokenSet& stored)>& next)
{
    if (!m_readStored) {
        next(TokenSet());
        return;
    }
    m_preparing = true;
    QPointer<TokenRefresher> guard(this);
    m_readStored([guard, next](const TokenSet& stored) {
        if (!guard)
            return;
        guard->m_preparing = false;
        next(stored);
    });
}

// A stored token set with another refresh token than ours was rotated by another process: ours
// is dead (refresh tokens are single-use with rotation, RFC 9700 §4.14.2), so the stored one is
// taken over.
bool TokenRefresher::adoptRotated(const TokenSet& stored)
{
    if (!stored.isValid() || stored.grant != m_token.grant)
        return false;
    if (stored.refreshToken == m_token.refreshToken && stored.accessToken == m_token.accessToken)
        return false;
    if (stored.obtainedAt.isValid() && m_token.obtainedAt.isValid() && stored.obtainedAt < m_token.obtainedAt)
        return false; // older than ours: our own write has not reached the store yet
    qCInfo(lcOAuth) << "taking over the token another process renewed";
    m_token = stored;
    maskCurrentToken();
    emit tokenChanged(m_token);
    return true;
}

void TokenRefresher::sendRequest()
{
    const bool clientCredentials = m_token.grant == TokenSet::Grant::ClientCredentials;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    if (m_request)
        m_request->deleteLater();
    m_request = new TokenEndpointRequest(m_config, m_network, this);
    connect(m_request, &TokenEndpointRequest::finished, this, &TokenRefresher::onResponse);
    m_request->setClock(m_clock);
    ++m_requestCount;
    m_sentRefreshToken = m_token.refreshToken;
    qCInfo(lcOAuth).noquote() << (clientCredentials ? "requesting a new client-credentials token from"
                                                    : "refreshing the access token at")
                              << m_config.tokenUrl.toString();
    m_request->post(refreshParameters(), m_token.grant);
}

void TokenRefresher::onResponse(const TokenResponse& response)
{
    if (!response.ok && response.isInvalidGrant() && m_readStored && !m_retriedAfterInvalidGrant
        && m_token.grant != TokenSet::Grant::ClientCredentials) {
        retryAfterInvalidGrant(response, RotationReads);
        return;
    }
    if (!response.ok) {
        failRefresh(response);
        return;
    }
    TokenSet renewed = response.token;
    renewed.grant = m_token.grant;
    if (!renewed.hasRefreshToken()) {
        renewed.refreshToken = m_token.refreshToken;
        renewed.refreshTokenIssuedAt = m_token.refreshTokenIssuedAt;
    }
    m_token = renewed;
    maskCurrentToken();
    emit tokenChanged(m_token);
    if (!m_writeStored) {
        finishRefresh(true, QString());
        return;
    }
    // Written back before the lock is released, so the next process reads the renewed tokens.
    m_writingStored = true;
    QPointer<TokenRefresher> guard(this);
    m_writeStored(m_token, [guard] {
        if (!guard)
            return;
        guard->m_writingStored = false;
        guard->finishRefresh(true, QString());
    });
}

// invalid_grant may only mean that another process rotated the refresh token just before our
// request: the store is read again (a few times while that process may still be writing) and the
// refresh is retried once with the rotated refresh token.
void TokenRefresher::retryAfterInvalidGrant(const TokenResponse& response, int readsLeft)
{
    m_retriedAfterInvalidGrant = true;
    readStoredThen([this, response, readsLeft](const TokenSet& stored) {
        if (stored.isValid() && stored.refreshToken != m_sentRefreshToken && adoptRotated(stored)) {
            qCInfo(lcOAuth) << "the refresh token was rotated by another process; retrying with it";
            sendRequest();
            return;
        }
        if (readsLeft <= 1) {
            failRefresh(response);
            return;
        }
        m_preparing = true; // still renewing: no second request meanwhile
        QPointer<TokenRefresher> guard(this);
        QTimer::singleShot(RotationReadIntervalMs, this, [guard, response, readsLeft] {
            if (guard)
                guard->retryAfterInvalidGrant(response, readsLeft - 1);
        });
    });
}

void TokenRefresher::failRefresh(const TokenResponse& response)
{
    qCWarning(lcOAuth).noquote() << "refresh failed:" << response.message;
    const bool refused = response.isInvalidGrant() && m_token.grant != TokenSet::Grant::ClientCredentials;
    m_lastFailure = refused        ? Failure::Reauthorization
        : response.reachedServer() ? Failure::Refused
                                   : Failure::Network;
    if (refused) {
        m_needsReauthorization = true;
        emit reauthorizationRequired(response.message);
    }
    finishRefresh(false, response.message);
}

void TokenRefresher::deliver(const TokenSet& token, const QString& error)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter& waiter : waiters) {
        if (waiter.context)
            call(waiter.context, waiter.done, token, error);
    }
}

void TokenRefresher::call(QObject* context, const Callback& done, const TokenSet& token, const QString& error)
{
    if (!context || !done)
        return;
    QMetaObject::invokeMethod(
        context, [done, token, error] { done(token, error); }, Qt::QueuedConnection);
}
