#include "session/SandboxBackend.h"

#include "sandbox/SandboxServer.h"
#include "util/LogCategories.h"

namespace {

SandboxApp::Mode sandboxMode(AppRegistration::Mode mode)
{
    switch (mode) {
    case AppRegistration::Mode::Development:
        return SandboxApp::Mode::Development;
    case AppRegistration::Mode::UnderReview:
        return SandboxApp::Mode::UnderReview;
    case AppRegistration::Mode::Production:
        return SandboxApp::Mode::Production;
    case AppRegistration::Mode::Declined:
        return SandboxApp::Mode::Declined;
    }
    return SandboxApp::Mode::Development;
}

} // namespace

void SandboxBackend::setClock(const Clock* clock)
{
    m_clock = clock;
    if (m_server)
        m_server->setClock(clock);
}

bool SandboxBackend::start(QString* error)
{
    if (m_server)
        return true;
    m_server = new SandboxServer(this);
    if (m_clock)
        m_server->setClock(m_clock);
    if (!m_server->listen()) {
        delete m_server;
        m_server = nullptr;
        if (error)
            *error = tr("The built-in sandbox could not listen on 127.0.0.1.");
        return false;
    }
    qCInfo(lcSandbox) << "built-in sandbox listening on" << m_server->baseUrl().toString();
    return true;
}

Profile SandboxBackend::resolve(const Profile& stored) const
{
    return m_server ? stored.withSandboxBaseUrl(m_server->baseUrl()) : stored;
}

// The in-process sandbox starts from its built-in configuration every run; the stored profile's
// registration (mode, granted APIs) is applied to it before any token exists.
void SandboxBackend::adoptRegistration(const Profile& profile)
{
    if (!m_server)
        return;
    SandboxConfig config = m_server->config();
    SandboxApp* app = config.app(profile.registration.clientId);
    if (!app)
        return;
    app->mode = sandboxMode(profile.registration.mode);
    app->grantedApis = profile.registration.grantedApis;
    m_server->setConfig(config);
}

bool SandboxBackend::applyRegistrationEdit(const Profile& profile, QString* problem)
{
    const QString clientId = profile.registration.clientId;
    if (m_server
        && m_server->updateRegistration(
               clientId, sandboxMode(profile.registration.mode), profile.registration.grantedApis)
            >= 0)
        return true;
    if (problem)
        *problem = tr("The sandbox has no app \"%1\": the registration change applies to the profile only.")
                       .arg(clientId);
    return false;
}

// The built-in sandbox's secrets are part of its published default configuration.
QString SandboxBackend::clientSecret(const Profile& profile) const
{
    const SandboxApp* app = m_server ? m_server->config().app(profile.registration.clientId) : nullptr;
    return app ? app->clientSecret : QString();
}

// The sandbox account is found by the customer key (client credentials) or by the email
// GET /v1.0/me gave; a token older than the last API added died with that change.
void SandboxBackend::readoptToken(
    const Profile& profile, const QString& accountId, const TokenSet& token, const QString& customerKey)
{
    if (!m_server || token.kind != TokenSet::Kind::Bearer)
        return;
    const QDateTime revokedBefore = profile.registration.apisAddedAt;
    if (revokedBefore.isValid() && (!token.obtainedAt.isValid() || token.obtainedAt < revokedBefore))
        return;
    const SandboxConfig& config = m_server->config();
    const SandboxAccount* owner = config.accountByCustomerKey(customerKey);
    const AccountRecord* account = profile.account(accountId);
    if (!owner && account)
        owner = config.accountByEmail(account->identity.email);
    if (!owner)
        return;
    SandboxAuthStore::KnownTokens known;
    known.clientId = profile.registration.clientId;
    known.accountId = owner->id;
    known.accessToken = token.accessToken;
    known.accessExpiresMs = token.expiresAt.isValid() ? token.expiresAt.toMSecsSinceEpoch() : 0;
    // A refresh token lives 180 days from its issue; without a known issue time it is not adopted.
    QDateTime refreshIssued
        = token.refreshTokenIssuedAt.isValid() ? token.refreshTokenIssuedAt : token.obtainedAt;
    if (!refreshIssued.isValid() && account)
        refreshIssued = account->authorizedAt;
    if (refreshIssued.isValid()) {
        known.refreshToken = token.refreshToken;
        known.refreshIssuedMs = refreshIssued.toMSecsSinceEpoch();
    }
    m_server->adoptTokens(known);
}
