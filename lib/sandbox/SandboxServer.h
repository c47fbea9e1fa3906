#pragma once

#include "sandbox/SandboxAuthStore.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxFaults.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class Clock;
class SandboxHttpFrontend;
struct SandboxRequest;
struct SandboxResponse;
struct SandboxState;
class SandboxOAuthRoutes;
class SandboxApiRoutes;
class SandboxAdminRoutes;
class SandboxWebhookDispatcher;

// A Lofty-compatible OAuth 2.0 + API server on the loopback interface: the console's built-in profile, the
// ground of every end-to-end test, and `lofty-sandbox`. It never pretends to be Lofty: every page says
// "Sandbox".
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject* parent = nullptr); // starts with SandboxConfig::builtIn()
    ~SandboxServer() override;

    void setConfig(const SandboxConfig& config); // also forgets every code and token
    const SandboxConfig& config() const;
    void setClock(const Clock* clock);
    void setTokenLifetimeSeconds(int seconds);
    void setAutoApproveAccount(const QString& accountId); // empty: show the consent page
    // Requests per minute for every app, e.g. for a benchmark; 0 restores Lofty's per-mode limits.
    void setRateLimitOverride(int requestsPerMinute);
    // The sandbox forgets every token when it stops, while a client such as the console keeps its
    // accounts' tokens: this honours such tokens again. False (and nothing adopted) when the app
    // or the account is not in the configuration.
    bool adoptTokens(const SandboxAuthStore::KnownTokens& tokens);
    // A registration edit made in the console, applied in-process (no admin HTTP call): the app's
    // mode, the granted APIs in force, a Production app's pending edit and the decline reason.
    // An API coming into force revokes the app's tokens, as Lofty does. Returns the number of
    // revoked tokens, or -1 when the app is unknown.
    int updateRegistration(const QString& clientId, SandboxApp::Mode mode, const QStringList& grantedApis,
        const std::optional<SandboxApp::Edit>& pendingEdit = std::nullopt,
        const QString& declineReason = QString());
    // The fault switches (what PUT /sandbox/faults sets), for the console's Sandbox page.
    SandboxFaults faults() const;
    // Applies the members present in `patch` (SandboxFaults::update); false and *error on bad input.
    bool setFaults(const QJsonObject& patch, QString* error);
    // Forgets codes, tokens, rate-limit windows and faults, restores the configuration last set
    // with setConfig() and the seeded data.
    void reset();

    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    QUrl authorizeUrl() const; // <base>/oauth/authorize
    QUrl vendorAuthUrl() const; // <base>/page/vendor-auth.html
    QUrl tokenUrl() const; // <base>/oauth/token
    QUrl apiBaseUrl() const; // same as baseUrl(): API paths start with /v1.0 or /v2.0
    QUrl adminUrl() const; // <base>/sandbox
    // This run's key for the admin API, sent in the SandboxAdminRoutes::KeyHeader header.
    QString adminKey() const;
    // Posts webhook events to the subscriptions' callbacks (delay and retries are set there).
    SandboxWebhookDispatcher* webhookDispatcher() const { return m_webhooks; }

private:
    SandboxResponse route(const SandboxRequest& request);

    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<SandboxOAuthRoutes> m_oauthRoutes;
    std::unique_ptr<SandboxApiRoutes> m_apiRoutes;
    std::unique_ptr<SandboxAdminRoutes> m_adminRoutes;
    SandboxConfig m_initialConfig; // what reset() restores
    SandboxHttpFrontend* m_frontend = nullptr;
    SandboxWebhookDispatcher* m_webhooks = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
};
