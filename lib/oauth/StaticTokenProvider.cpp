#include "oauth/StaticTokenProvider.h"

#include "util/Clock.h"

#include <QMetaObject>

StaticTokenProvider::StaticTokenProvider(const TokenSet& token, QObject* parent)
    : TokenProvider(parent)
    , m_clock(Clock::system())
{
    setToken(token);
}

void StaticTokenProvider::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
}

void StaticTokenProvider::setToken(const TokenSet& token)
{
    const bool changed = token.accessToken != m_token.accessToken || token.kind != m_token.kind;
    m_token = token;
    m_maskedToken.set(token.accessToken);
    if (changed)
        emit tokenChanged(m_token);
}

void StaticTokenProvider::fetchValidToken(QObject* context, int minValiditySeconds, Callback done)
{
    if (!context || !done)
        return;
    TokenSet token;
    QString error;
    if (!m_token.isValid()) {
        error = tr("No API key or access token has been entered for this account.");
    } else if (m_token.expiresWithin(m_clock, minValiditySeconds)) {
        error = m_token.kind == TokenSet::Kind::ApiKey
            ? tr("The API key expired at %1; create a new one in Lofty.")
                  .arg(m_token.expiresAt.toString(Qt::ISODate))
            : tr("The access token expired at %1; paste a new one.")
                  .arg(m_token.expiresAt.toString(Qt::ISODate));
    } else {
        token = m_token;
    }
    QMetaObject::invokeMethod(
        context, [done, token, error] { done(token, error); }, Qt::QueuedConnection);
}
