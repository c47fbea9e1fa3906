#pragma once

#include "api/ApiResponse.h"
#include "api/RateLimiter.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <map>

class QNetworkAccessManager;
class QNetworkReply;
class RequestHistory;
class TokenProvider;
struct CatalogEndpoint;
struct TokenSet;

// Sends API requests for one account of one app: adds the account's credentials (refreshing an
// expiring token first), goes through the app's rate limiter, measures time and bytes, has a
// timeout and cancel, keeps the body raw, and writes every exchange to the history.
//
// It never follows a redirect to another origin: the Authorization header would go with it.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using RequestId = quint64;
    enum class Stage { WaitingForRateLimit, FetchingToken, Sending };
    Q_ENUM(Stage)

    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    void setNetworkAccessManager(QNetworkAccessManager* network); // not owned; default: an own one
    void setBaseUrl(const QUrl& baseUrl); // https://api.lofty.com
    QUrl baseUrl() const { return m_baseUrl; }
    void setTokenProvider(TokenProvider* provider); // not owned; nullptr: no credentials
    void setAccountId(const QString& accountId);
    QString accountId() const { return m_accountId; }
    // Lofty counts per app: `appKey` is the client id (or, for API keys, any key the caller picks).
    void setRateLimiter(RateLimiter* limiter, const QString& appKey); // not owned
    void setHistory(RequestHistory* history); // not owned
    // A token expiring within this many seconds is refreshed before the request.
    void setRefreshMarginSeconds(int seconds) { m_refreshMarginSeconds = seconds; }
    // How often a request answered 429 is queued again (after the back-off) before giving up.
    void setMaxRateLimitRetries(int retries) { m_maxRateLimitRetries = retries; }

    // A request for a catalog entry: the path filled from `pathValues`, the query from `query`
    // (empty values skipped), `body` as given (callers pass endpoint.sampleBody to start from).
    ApiRequest requestFor(const CatalogEndpoint& endpoint, const QMap<QString, QString>& pathValues,
        const QList<QPair<QString, QString>>& query = {}, const QByteArray& body = {}) const;
    // A free request: `urlOrPath` absolute, or a path ("/v1.0/me") resolved against the base URL.
    ApiRequest requestFor(const QString& method, const QString& urlOrPath) const;

    RequestId send(const ApiRequest& request);
    void cancel(RequestId id);
    void cancelAll();
    int pendingCount() const { return int(m_pending.size()); }

signals:
    void stageChanged(ApiClient::RequestId id, ApiClient::Stage stage);
    void finished(ApiClient::RequestId id, const ApiResponse& response);

private:
    struct Pending
    {
        ApiRequest request;
        Stage stage = Stage::WaitingForRateLimit;
        RateLimiter::Ticket ticket = 0;
        QPointer<QNetworkReply> reply;
        QElapsedTimer sinceSend;
        QElapsedTimer transfer;
        QDateTime startedAt;
        int rateLimitRetries = 0;
        bool cancelledByUser = false;
        QUrl currentUrl; // after the redirects followed so far
        QUrl refusedRedirect;
    };

    QNetworkAccessManager* network();
    void waitForSlot(RequestId id);
    void onSlotGranted(RequestId id);
    void onToken(RequestId id, const TokenSet& token, const QString& error);
    void transmit(RequestId id, const QByteArray& authorization);
    void onRedirected(RequestId id, const QUrl& target);
    void onReplyFinished(RequestId id);
    ApiResponse responseFromReply(Pending& pending, QNetworkReply* reply) const;
    LoftyError errorOf(
        const Pending& pending, QNetworkReply* reply, int httpStatus, const QByteArray& body) const;
    void finish(RequestId id, ApiResponse response);
    void finishWithoutAnswer(RequestId id, const LoftyError& error);
    void setStage(RequestId id, Stage stage);
    Pending* pending(RequestId id);
    static bool isSameOrigin(const QUrl& a, const QUrl& b);

    QNetworkAccessManager* m_network = nullptr;
    QNetworkAccessManager* m_ownNetwork = nullptr;
    QUrl m_baseUrl;
    QPointer<TokenProvider> m_tokenProvider;
    QString m_accountId;
    QPointer<RateLimiter> m_rateLimiter;
    QString m_appKey;
    RequestHistory* m_history = nullptr;
    int m_refreshMarginSeconds = 60;
    int m_maxRateLimitRetries = 1;
    RequestId m_nextId = 1;
    std::map<RequestId, Pending> m_pending;
};
