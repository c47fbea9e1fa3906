#pragma once

#include "api/ApiReply.h"
#include "api/ApiRequest.h"
#include "api/RateUsage.h"

#include <QMap>
#include <QObject>

class Account;
class ApiClient;
class Clock;
struct Profile;
class QNetworkAccessManager;
class RateLimiter;
class RequestHistory;
class ScopeProbe;
struct CatalogEndpoint;

// Calling the active profile's API: builds requests against its base URL (with the profile's
// request style), sends them for an account through the app's rate limiter, and records every
// exchange in the profile's history (<historyFolder>/<profileId>.jsonl, the one place that path
// is made). Panels and CLI commands send through this or through an Account.
class RequestService : public QObject
{
    Q_OBJECT

public:
    RequestService(QNetworkAccessManager* network, const QString& historyFolder, QObject* parent = nullptr);
    ~RequestService() override;

    // The programs' history folder: QStandardPaths::AppDataLocation + "/history".
    static QString defaultHistoryFolder();
    static QString historyFilePath(const QString& historyFolder, const QString& profileId);

    void setClock(const Clock* clock);
    // Whether a profile's history is read on a worker thread (the console: true, its window stays
    // responsive; the CLI reads it at once because a command may use it right away).
    void setLoadsHistoryInBackground(bool background) { m_loadsHistoryInBackground = background; }
    // Binds to a profile: base URL, request style, the app's rate-limit window, its history.
    // Requests still running are cancelled (their entries go to the previous history). False and
    // `error` when the history file cannot be read; the history then starts empty.
    bool setProfile(const Profile& profile, QString* error = nullptr);
    // The profile's registration or endpoints changed (same profile): base URL and rate limit.
    void updateProfile(const Profile& profile);
    // The account requests go to when none is named (the one selected in the GUI or the CLI).
    void setCurrentAccount(Account* account);

    // A request for a catalog entry: the path filled from `pathValues`, the query from `query`
    // (empty values skipped), `body` as given.
    ApiRequest requestFor(const CatalogEndpoint& endpoint, const QMap<QString, QString>& pathValues,
        const QList<QPair<QString, QString>>& query = {}, const QByteArray& body = {}) const;
    // A free request: `urlOrPath` absolute, or a path ("/v1.0/me") resolved against the base URL.
    ApiRequest requestFor(const QString& method, const QString& urlOrPath) const;

    // Sends for the current account (no credentials when there is none) or for `account`. The
    // reply is bound to that account for good; deleteLater() it after its finished().
    ApiReply* send(const ApiRequest& request);
    ApiReply* send(const ApiRequest& request, const Account* account);
    // `request` as a curl command line for the clipboard: secrets as shell variables and masked,
    // or, `withSecrets`, as they are.
    static QString curlCommand(const ApiRequest& request, bool withSecrets);
    // Probes the active app's APIs for the current account, paced by the rate limit.
    void probeScopes(ScopeProbe* probe);
    void cancelAll();
    int pendingCount() const;
    // Writes the exchanges still waiting for the history now (they are written from the event
    // loop after each reply's finished()).
    void flushHistory();

    RequestHistory* history() const { return m_history; } // the active profile's
    RateUsage rateUsage() const; // of the active app
    QString appKey() const { return m_appKey; }
    RateLimiter* rateLimiter() const { return m_limiter; } // for tests that drive it with a ManualClock

signals:
    // The active app's rate-limit window changed (a grant, a queued request, a 429 back-off).
    void rateUsageChanged(const RateUsage& usage);
    // A request had to wait for the app's rate limit about `seconds`.
    void requestHeld(int seconds);
    // The server answered 429 (or said its budget is spent): every request waits `seconds`.
    void backoffStarted(int seconds, const QString& reason);
    void profileChanged(); // bound to another profile (base URL, history, rate limit)

private:
    QNetworkAccessManager* m_network;
    QString m_historyFolder;
    RateLimiter* m_limiter;
    ApiClient* m_client;
    RequestHistory* m_history = nullptr;
    QString m_appKey;
    bool m_loadsHistoryInBackground = false;
};
