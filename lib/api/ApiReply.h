#pragma once

#include "api/ApiBinding.h"
#include "api/ApiResponse.h"
#include "api/RateLimiter.h"
#include "oauth/TokenSet.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class ApiClient;
class QNetworkReply;

// One API request and its answer, like QNetworkReply: made by ApiClient::send() for the account
// bound at that moment, it waits for the app's rate limiter, fetches (refreshing if needed) the
// account's token, sends, follows same-origin redirects only, and reports through its own
// signals. finished() comes exactly once, also after abort() or a timeout; response() is valid
// from then on. The reply belongs to the client that made it: delete it with deleteLater() in
// (or after) the slot connected to finished().
class ApiReply : public QObject
{
    Q_OBJECT

public:
    using Id = quint64;
    enum class Stage { WaitingForRateLimit, FetchingToken, Sending, Finished };
    Q_ENUM(Stage)

    // Where the time went, in milliseconds; complete once finished().
    struct Timing
    {
        qint64 queuedMs = 0; // held by the app's rate limiter
        qint64 tokenMs = 0; // fetching (or refreshing) the account's token
        qint64 connectMs = -1; // opening the connection; -1 when an open one was reused or none was made
        qint64 firstByteMs = -1; // from sending until the response headers arrived; -1 without an answer
        qint64 totalMs = 0; // from sending until the last byte
    };

    ~ApiReply() override;

    Id id() const { return m_id; }
    const ApiRequest& request() const { return m_request; }
    QString accountId() const { return m_binding.accountId; }
    Stage stage() const { return m_stage; }
    bool isFinished() const { return m_stage == Stage::Finished; }
    const ApiResponse& response() const { return m_response; } // complete once finished()
    const Timing& timing() const { return m_timing; }

    // Stops the request wherever it is; finished() follows (at once or from the event loop)
    // with a Cancelled error. Nothing happens once finished.
    void abort();

signals:
    // Held by the rate limiter: `position` in the app's queue (1 = next), about `waitSeconds`.
    void queued(int position, int waitSeconds);
    void stageChanged(ApiReply::Stage stage);
    void progress(qint64 bytesReceived, qint64 bytesTotal); // bytesTotal -1 when unknown
    void errorOccurred(const LoftyError& error); // just before finished() when it failed
    void finished();

private:
    friend class ApiClient;
    ApiReply(Id id, const ApiRequest& request, const ApiBinding& binding, ApiClient* client);

    void start();
    void waitForSlot();
    int queuePosition() const; // in the app's rate-limit queue; 0 when not waiting there
    void onSlotGranted();
    void onToken(const TokenSet& token, const QString& error);
    void transmit(const QByteArray& authorization);
    bool handleRejection(const ApiResponse& response);
    void onRenewed(const TokenSet& token, const QString& error);
    void onRedirected(const QUrl& target);
    void trackConnection(QNetworkReply* reply);
    void onNetworkFinished();
    ApiResponse responseFrom(QNetworkReply* reply) const;
    LoftyError errorOf(QNetworkReply* reply, int httpStatus, const QByteArray& body) const;
    void finishWithoutAnswer(const LoftyError& error);
    void finish(ApiResponse response);
    void setStage(Stage stage);
    void releaseTicket();
    static bool isSameOrigin(const QUrl& a, const QUrl& b);

    const Id m_id;
    ApiRequest m_request;
    const ApiBinding m_binding;
    QPointer<ApiClient> m_client;
    const bool m_hasCredentials; // the binding named a token provider
    Stage m_stage = Stage::WaitingForRateLimit;
    ApiResponse m_response;
    RateLimiter::Ticket m_ticket = 0;
    QPointer<QNetworkReply> m_networkReply;
    QElapsedTimer m_sinceSend;
    QElapsedTimer m_transfer;
    QDateTime m_startedAt;
    int m_rateLimitRetries = 0;
    Timing m_timing;
    qint64 m_phaseStartedMs = 0; // m_sinceSend at the start of the rate-limit wait or token fetch
    qint64 m_connectStartedMs = -1; // m_transfer when the socket started connecting
    TokenSet m_sentToken; // the credentials of the last attempt
    bool m_renewedAfterRejection = false;
    ApiResponse m_rejectedResponse; // the 401 that started the renewal
    bool m_retriedAfterRenewal = false; // the renewal worked and the request went out again

    bool m_aborted = false;
    QUrl m_currentUrl; // after the redirects followed so far
    QUrl m_refusedRedirect;
};
