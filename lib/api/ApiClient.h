#pragma once

#include "api/ApiBinding.h"
#include "api/ApiReply.h"
#include "api/ApiResponse.h"

#include <QMap>
#include <QObject>
#include <QPointer>

#include <vector>

class QNetworkAccessManager;
class RateLimiter;
class RequestHistory;
class TokenProvider;
struct CatalogEndpoint;

// Makes API requests for the account it is currently bound to. send() binds the request to that
// account (credentials, API origin, the app's rate limiter, the history) and returns its own
// ApiReply: a later setTokenProvider()/setAccountId()/... changes only requests made after it.
//
// Exchanges are handed to the history after the reply's finished() has been delivered; it writes
// them on its worker thread (off the request's path). flushHistory() writes what is still waiting
// (done before a history is closed and on destruction, so that no entry is lost).
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using RequestId = ApiReply::Id;
    using Stage = ApiReply::Stage;

    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    void setNetworkAccessManager(QNetworkAccessManager* network); // not owned; default: an own one
    void setBaseUrl(const QUrl& baseUrl); // https://api.lofty.com
    QUrl baseUrl() const { return m_binding.baseUrl; }
    void setTokenProvider(TokenProvider* provider); // not owned; nullptr: no credentials
    void setAccountId(const QString& accountId);
    QString accountId() const { return m_binding.accountId; }
    // Lofty counts per app: `appKey` is the client id (or, for API keys, any key the caller picks).
    void setRateLimiter(RateLimiter* limiter, const QString& appKey); // not owned
    void setHistory(RequestHistory* history); // not owned; what is waiting is written first
    // A token expiring within this many seconds is refreshed before the request.
    void setRefreshMarginSeconds(int seconds) { m_binding.refreshMarginSeconds = seconds; }
    // How often a request answered 429 is queued again (after the back-off) before giving up.
    void setMaxRateLimitRetries(int retries) { m_binding.maxRateLimitRetries = retries; }
    const ApiBinding& binding() const { return m_binding; }

    // A request for a catalog entry: the path filled from `pathValues`, the query from `query`
    // (empty values skipped), `body` as given (callers pass endpoint.sampleBody to start from).
    ApiRequest requestFor(const CatalogEndpoint& endpoint, const QMap<QString, QString>& pathValues,
        const QList<QPair<QString, QString>>& query = {}, const QByteArray& body = {}) const;
    // A free request: `urlOrPath` absolute, or a path ("/v1.0/me") resolved against the base URL.
    ApiRequest requestFor(const QString& method, const QString& urlOrPath) const;

    // Sends for the current binding. The reply is a child of this client; deleteLater() it
    // after its finished().
    ApiReply* send(const ApiRequest& request);
    // Sends for `binding` instead of the current one (a request made for another account).
    ApiReply* send(const ApiRequest& request, const ApiBinding& binding);
    void cancelAll(); // aborts every unfinished reply
    int pendingCount() const { return int(m_running.size()); }
    // Writes the exchanges still waiting for the history now.
    void flushHistory();

private:
    friend class ApiReply;
    void forget(ApiReply* reply);
    void recordLater(RequestHistory* history, const ApiResponse& response);

    ApiBinding m_binding;
    QPointer<QNetworkAccessManager> m_ownNetwork;
    ApiReply::Id m_nextId = 1;
    std::vector<ApiReply*> m_running;
    std::vector<QPointer<RequestHistory>> m_recordedTo; // histories with entries maybe unwritten
};
