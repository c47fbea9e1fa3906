#include "SessionHarness.h"

#include "api/ApiReply.h"
#include "profiles/InMemorySecretStore.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "session/Account.h"
#include "session/AccountRegistry.h"
#include "session/AuthorizationService.h"
#include "session/ConsoleSession.h"
#include "session/ProviderBackend.h"
#include "session/RequestService.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace {
constexpr int NoPracticalLimit = 100000000; // requests per minute
constexpr int FlowTimeoutMs = 15000;
} // namespace

SessionHarness::SessionHarness(QObject* parent)
    : QObject(parent)
{
    m_browser.setProxy(QNetworkProxy::NoProxy);
    recreateSession();
}

SessionHarness::~SessionHarness() = default;

void SessionHarness::recreateSession()
{
    m_session.reset();
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("config")));
    m_profiles->load();
    if (!m_secrets)
        m_secrets = std::make_unique<InMemorySecretStore>();
    m_session = std::make_unique<ConsoleSession>(m_profiles.get(), m_secrets.get(), historyFolder());
    connect(m_session.get()->authorization(), &AuthorizationService::openBrowserRequested, this,
        &SessionHarness::openInBrowser);
}

bool SessionHarness::activateSandbox(QString* error)
{
    if (!m_session->activateProfile(QStringLiteral("Sandbox"), error))
        return false;
    m_session->sandbox()->setAutoApproveAccount(QStringLiteral("alice"));
    m_session->sandbox()->setRateLimitOverride(NoPracticalLimit);
    return true;
}

// The user's browser: with auto-approve, /oauth/authorize answers 302 straight into the
// console's loopback listener, which QNetworkAccessManager follows (same scheme, no downgrade).
void SessionHarness::openInBrowser(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(FlowTimeoutMs);
    QNetworkReply* reply = m_browser.get(request);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

QString SessionHarness::authorizePkce(QString* error)
{
    bool finished = false;
    QString accountId;
    const QMetaObject::Connection connection = connect(m_session.get()->authorization(),
        &AuthorizationService::finished, this, [&](bool ok, const QString& id, const QString& message) {
            finished = true;
            accountId = ok ? id : QString();
            if (!ok && error)
                *error = message;
        });
    AuthorizationRequest request;
    request.grant = TokenSet::Grant::AuthorizationCodePkce;
    if (!m_session->authorization()->authorize(request)) {
        disconnect(connection);
        if (error)
            *error = QStringLiteral("an authorization is already running");
        return QString();
    }
    if (!waitUntil([&] { return finished; }, FlowTimeoutMs) && error)
        *error = QStringLiteral("the grant did not finish in time");
    disconnect(connection);
    return accountId;
}

bool SessionHarness::refreshToken(QString* error)
{
    bool refreshed = false;
    bool failed = false;
    const QString before = m_session->accounts()->token(m_session->accounts()->currentId()).accessToken;
    const QMetaObject::Connection changed
        = connect(m_session.get()->accounts(), &AccountRegistry::tokenChanged, this,
            [&](const QString&, const TokenSet& token) { refreshed = token.accessToken != before; });
    const QMetaObject::Connection refused = connect(m_session.get()->accounts(),
        &AccountRegistry::reauthorizationRequired, this, [&](const QString&, const QString& reason) {
            failed = true;
            if (error)
                *error = reason;
        });
    m_session->accounts()->current()->refresh();
    waitUntil([&] { return refreshed || failed; }, FlowTimeoutMs);
    disconnect(changed);
    disconnect(refused);
    return refreshed;
}

ApiResponse SessionHarness::get(const QString& path, int timeoutMs)
{
    RequestService* api = m_session->requests();
    ApiResponse answer;
    std::unique_ptr<ApiReply> reply(api->send(api->requestFor(QStringLiteral("GET"), path)));
    waitUntil([&] { return reply->isFinished(); }, timeoutMs);
    if (reply->isFinished())
        answer = reply->response();
    return answer;
}

bool SessionHarness::waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(qMin<qint64>(deadline.remainingTime(), 50), &loop, &QEventLoop::quit);
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    }
    return done();
}
