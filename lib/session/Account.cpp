#include "session/Account.h"

#include "oauth/TokenProvider.h"
#include "oauth/TokenRefresher.h"
#include "session/RequestService.h"

#include <QTimer>

Account::Account(const QString& id, const QString& customerKey, TokenProvider* credentials,
    RequestService* requests, QObject* parent)
    : QObject(parent)
    , m_id(id)
    , m_customerKey(customerKey)
    , m_credentials(credentials)
    , m_requests(requests)
{
    credentials->setParent(this);
    connect(credentials, &TokenProvider::tokenChanged, this, &Account::tokenChanged);
    connect(credentials, &TokenProvider::reauthorizationRequired, this, &Account::reauthorizationRequired);
    if (auto* refresher = qobject_cast<TokenRefresher*>(credentials)) {
        connect(refresher, &TokenRefresher::refreshFinished, this, [this](bool ok, const QString& error) {
            updateRefreshFailure();
            emit refreshFinished(ok, error);
        });
    }
}

bool Account::isRenewable(const TokenSet& token)
{
    return token.hasRefreshToken() || token.grant == TokenSet::Grant::ClientCredentials;
}

TokenSet Account::token() const
{
    return m_credentials->current();
}

bool Account::isRenewable() const
{
    return qobject_cast<TokenRefresher*>(m_credentials) != nullptr;
}

void Account::refresh()
{
    auto* refresher = qobject_cast<TokenRefresher*>(m_credentials);
    if (!refresher) {
        m_lastRefreshFailure = RefreshFailure::NotRenewable;
        // From the event loop, as a refresher reports, so that callers connect first either way.
        QTimer::singleShot(0, this, [this] {
            emit refreshFinished(false,
                tr("This credential cannot be refreshed: API keys and pasted tokens without a refresh "
                   "token stay as they are until they expire."));
        });
        return;
    }
    refresher->refreshNow();
}

void Account::updateRefreshFailure()
{
    const auto* refresher = qobject_cast<TokenRefresher*>(m_credentials);
    if (!refresher) {
        m_lastRefreshFailure = RefreshFailure::NotRenewable;
        return;
    }
    switch (refresher->lastFailure()) {
    case TokenRefresher::Failure::None:
        m_lastRefreshFailure = RefreshFailure::None;
        return;
    case TokenRefresher::Failure::MissingClientSecret:
        m_lastRefreshFailure = RefreshFailure::MissingClientSecret;
        return;
    case TokenRefresher::Failure::Network:
        m_lastRefreshFailure = RefreshFailure::Network;
        return;
    case TokenRefresher::Failure::Refused:
        m_lastRefreshFailure
            = refresher->needsReauthorization() ? RefreshFailure::Reauthorization : RefreshFailure::Refused;
        return;
    case TokenRefresher::Failure::Reauthorization:
        m_lastRefreshFailure = RefreshFailure::Reauthorization;
        return;
    }
}

void Account::fetchValidToken(QObject* context, int minValiditySeconds,
    std::function<void(const TokenSet& token, const QString& error)> done)
{
    m_credentials->fetchValidToken(
        context, minValiditySeconds, [this, done](const TokenSet& token, const QString& error) {
            if (!token.isValid())
                updateRefreshFailure();
            done(token, error);
        });
}

ApiRequest Account::requestFor(const QString& method, const QString& urlOrPath) const
{
    return m_requests->requestFor(method, urlOrPath);
}

ApiReply* Account::send(const ApiRequest& request)
{
    return m_requests->send(request, this);
}
