#include "sandbox/SandboxAuthStore.h"

#include <QCoreApplication>

namespace {

constexpr qint64 PurgeIntervalMs = 60 * 1000;

template<typename Map, typename IsExpired>
void removeIf(Map& map, IsExpired isExpired)
{
    for (auto it = map.begin(); it != map.end();) {
        if (isExpired(it.value()))
            it = map.erase(it);
        else
            ++it;
    }
}

} // namespace

QString SandboxAuthStore::addConsentRequest(const AuthorizationRequest& request)
{
    const QString id = m_generator.next(QStringLiteral("req_"));
    m_consentRequests.insert(id, request);
    return id;
}

std::optional<SandboxAuthStore::AuthorizationRequest> SandboxAuthStore::takeConsentRequest(
    const QString& id, qint64 nowMs)
{
    purgeExpired(nowMs);
    const auto it = m_consentRequests.find(id);
    if (it == m_consentRequests.end())
        return std::nullopt;
    const AuthorizationRequest request = it.value();
    m_consentRequests.erase(it);
    if (nowMs - request.createdMs > ConsentLifetimeMs)
        return std::nullopt;
    return request;
}

QString SandboxAuthStore::issueCode(
    const AuthorizationRequest& request, const QString& accountId, qint64 nowMs)
{
    purgeExpired(nowMs);
    const QString code = m_generator.next(QStringLiteral("sbxc_"));
    m_codes.insert(code, IssuedCode {request, accountId, nowMs});
    return code;
}

std::optional<SandboxAuthStore::AuthorizationRequest> SandboxAuthStore::redeemCode(
    const QString& code, qint64 nowMs, QString* accountId, QString* why)
{
    const auto it = m_codes.find(code);
    if (it == m_codes.end()) {
        *why = m_redeemedCodes.contains(code)
            ? QCoreApplication::translate("SandboxAuthStore", "The authorization code was already used.")
            : QCoreApplication::translate("SandboxAuthStore", "The authorization code is unknown.");
        return std::nullopt;
    }
    const IssuedCode issued = it.value();
    m_codes.erase(it);
    m_redeemedCodes.insert(code, nowMs);
    if (nowMs - issued.issuedMs > CodeLifetimeMs) {
        *why = QCoreApplication::translate(
            "SandboxAuthStore", "The authorization code expired (codes live 10 minutes).");
        return std::nullopt;
    }
    *accountId = issued.accountId;
    return issued.request;
}

SandboxAuthStore::IssuedTokens SandboxAuthStore::issueTokens(const QString& clientId,
    const QString& accountId, bool withRefreshToken, int lifetimeSeconds, qint64 nowMs)
{
    purgeExpired(nowMs);
    IssuedTokens tokens;
    tokens.accessToken = m_generator.next(QStringLiteral("sbxa_"));
    tokens.expiresIn = lifetimeSeconds;
    m_accessTokens.insert(
        tokens.accessToken, Grant {clientId, accountId, nowMs + qint64(lifetimeSeconds) * 1000});
    if (withRefreshToken) {
        tokens.refreshToken = m_generator.next(QStringLiteral("sbxr_"));
        m_refreshTokens.insert(tokens.refreshToken, Grant {clientId, accountId, nowMs + RefreshLifetimeMs});
    }
    return tokens;
}

bool SandboxAuthStore::adoptTokens(const KnownTokens& tokens)
{
    bool adopted = false;
    const auto isNew = [this](const QString& token) {
        return !token.isEmpty() && !m_accessTokens.contains(token) && !m_refreshTokens.contains(token)
            && !m_retiredTokens.contains(token);
    };
    if (isNew(tokens.accessToken)) {
        m_accessTokens.insert(
            tokens.accessToken, Grant {tokens.clientId, tokens.accountId, tokens.accessExpiresMs});
        adopted = true;
    }
    if (isNew(tokens.refreshToken)) {
        m_refreshTokens.insert(tokens.refreshToken,
            Grant {tokens.clientId, tokens.accountId, tokens.refreshIssuedMs + RefreshLifetimeMs});
        adopted = true;
    }
    return adopted;
}

std::optional<SandboxAuthStore::Grant> SandboxAuthStore::accessToken(const QString& token, qint64 nowMs) const
{
    const auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.cend() || it->expiresMs <= nowMs)
        return std::nullopt;
    return it.value();
}

std::optional<SandboxAuthStore::Grant> SandboxAuthStore::refreshToken(
    const QString& token, qint64 nowMs) const
{
    const auto it = m_refreshTokens.constFind(token);
    if (it == m_refreshTokens.cend() || it->expiresMs <= nowMs)
        return std::nullopt;
    return it.value();
}

void SandboxAuthStore::revokeRefreshToken(const QString& token)
{
    m_refreshTokens.remove(token);
    m_retiredTokens.insert(token);
}

int SandboxAuthStore::revokeTokensOfApp(const QString& clientId)
{
    const auto before = m_accessTokens.size() + m_refreshTokens.size();
    const auto ofApp = [&clientId](const Grant& grant) { return grant.clientId == clientId; };
    for (const auto* tokens : {&m_accessTokens, &m_refreshTokens}) {
        for (auto it = tokens->cbegin(); it != tokens->cend(); ++it) {
            if (ofApp(it.value()))
                m_retiredTokens.insert(it.key());
        }
    }
    removeIf(m_accessTokens, ofApp);
    removeIf(m_refreshTokens, ofApp);
    return int(before - m_accessTokens.size() - m_refreshTokens.size());
}

void SandboxAuthStore::clear()
{
    m_consentRequests.clear();
    m_codes.clear();
    m_redeemedCodes.clear();
    m_accessTokens.clear();
    m_refreshTokens.clear();
    m_retiredTokens.clear();
}

void SandboxAuthStore::purgeExpired(qint64 nowMs)
{
    if (nowMs - m_lastPurgeMs < PurgeIntervalMs)
        return;
    m_lastPurgeMs = nowMs;
    removeIf(m_consentRequests,
        [nowMs](const AuthorizationRequest& r) { return nowMs - r.createdMs > ConsentLifetimeMs; });
    removeIf(m_codes, [nowMs](const IssuedCode& c) { return nowMs - c.issuedMs > CodeLifetimeMs; });
    removeIf(m_redeemedCodes, [nowMs](qint64 usedMs) { return nowMs - usedMs > CodeLifetimeMs; });
    removeIf(m_accessTokens, [nowMs](const Grant& g) { return g.expiresMs <= nowMs; });
    removeIf(m_refreshTokens, [nowMs](const Grant& g) { return g.expiresMs <= nowMs; });
}
