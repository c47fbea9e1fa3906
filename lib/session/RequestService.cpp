#include "session/RequestService.h"

#include "api/ApiClient.h"
#include "api/CurlExport.h"
#include "api/RateLimiter.h"
#include "api/RequestDefaults.h"
#include "api/RequestHistory.h"
#include "oauth/TokenProvider.h"
#include "profiles/Profile.h"
#include "session/Account.h"
#include "session/ScopeProbe.h"
#include "util/Clock.h"

#include <QDir>
#include <QStandardPaths>

RequestService::RequestService(QNetworkAccessManager* network, const QString& historyFolder, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_historyFolder(historyFolder)
    , m_limiter(new RateLimiter(Clock::system(), this))
    , m_client(new ApiClient(this))
{
    m_client->setNetworkAccessManager(network);
    connect(
        m_limiter, &RateLimiter::usageChanged, this, [this](const QString& appKey, const RateUsage& usage) {
            if (appKey == m_appKey)
                emit rateUsageChanged(usage);
        });
    connect(m_limiter, &RateLimiter::queueLengthChanged, this, [this](const QString& appKey) {
        if (appKey == m_appKey)
            emit rateUsageChanged(rateUsage());
    });
    connect(m_limiter, &RateLimiter::requestHeld, this,
        [this](const QString& appKey, const QString&, int seconds) {
            if (appKey == m_appKey)
                emit requestHeld(seconds);
        });
    connect(m_limiter, &RateLimiter::backoffStarted, this,
        [this](const QString& appKey, int seconds, const QString& reason) {
            if (appKey == m_appKey)
                emit backoffStarted(seconds, reason);
        });
}

RequestService::~RequestService()
{
    m_client->flushHistory(); // before the history goes
}

QString RequestService::defaultHistoryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history");
}

QString RequestService::historyFilePath(const QString& historyFolder, const QString& profileId)
{
    return QDir(historyFolder).filePath(profileId + QStringLiteral(".jsonl"));
}

void RequestService::setClock(const Clock* clock)
{
    m_limiter->setClock(clock ? clock : Clock::system());
}

bool RequestService::setProfile(const Profile& profile, QString* error)
{
    m_client->cancelAll();
    m_client->flushHistory(); // the cancelled requests' entries still go to the old profile's file
    setCurrentAccount(nullptr);
    updateProfile(profile);
    delete m_history;
    QDir().mkpath(m_historyFolder);
    m_history = new RequestHistory(historyFilePath(m_historyFolder, profile.id), this);
    m_client->setHistory(m_history);
    emit profileChanged();
    if (m_loadsHistoryInBackground) {
        m_history->loadInBackground(); // a read error is logged when the index comes in
        return true;
    }
    return m_history->load(error);
}

void RequestService::updateProfile(const Profile& profile)
{
    m_appKey = profile.registration.clientId;
    m_limiter->setLimit(m_appKey, profile.registration.rateLimitPerMinute());
    m_client->setBaseUrl(profile.apiBaseUrl);
    RequestDefaults::setStyle(
        m_client, profile.loftyStyleRequests ? RequestDefaults::Style::Lofty : RequestDefaults::Style::Plain);
    m_client->setRateLimiter(m_limiter, m_appKey);
    emit rateUsageChanged(rateUsage());
}

void RequestService::setCurrentAccount(Account* account)
{
    m_client->setAccountId(account ? account->id() : QString());
    m_client->setTokenProvider(account ? account->credentials() : nullptr);
}

ApiRequest RequestService::requestFor(const CatalogEndpoint& endpoint,
    const QMap<QString, QString>& pathValues, const QList<QPair<QString, QString>>& query,
    const QByteArray& body) const
{
    return m_client->requestFor(endpoint, pathValues, query, body);
}

ApiRequest RequestService::requestFor(const QString& method, const QString& urlOrPath) const
{
    return m_client->requestFor(method, urlOrPath);
}

ApiReply* RequestService::send(const ApiRequest& request)
{
    return m_client->send(request);
}

ApiReply* RequestService::send(const ApiRequest& request, const Account* account)
{
    ApiBinding binding = m_client->binding();
    binding.accountId = account ? account->id() : QString();
    binding.tokenProvider = account ? account->credentials() : nullptr;
    return m_client->send(request, binding);
}

QString RequestService::curlCommand(const ApiRequest& request, bool withSecrets)
{
    return CurlExport::toCurl(
        request, withSecrets ? CurlExport::Secrets::InClear : CurlExport::Secrets::Masked);
}

void RequestService::probeScopes(ScopeProbe* probe)
{
    probe->probe(m_client);
}

void RequestService::cancelAll()
{
    m_client->cancelAll();
}

int RequestService::pendingCount() const
{
    return m_client->pendingCount();
}

void RequestService::flushHistory()
{
    m_client->flushHistory();
}

RateUsage RequestService::rateUsage() const
{
    return m_limiter->usage(m_appKey);
}
