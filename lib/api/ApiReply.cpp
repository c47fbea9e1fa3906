#include "api/ApiReply.h"

#include "api/ApiClient.h"
#include "api/RequestHistory.h"
#include "oauth/TokenProvider.h"
#include "oauth/TokenSet.h"
#include "util/LogCategories.h"
#include "util/SecretMasker.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

ApiReply::ApiReply(Id id, const ApiRequest& request, const ApiBinding& binding, ApiClient* client)
    : QObject(client)
    , m_id(id)
    , m_request(request)
    , m_binding(binding)
    , m_client(client)
    , m_hasCredentials(!binding.tokenProvider.isNull())
{
    m_request.method = request.method.trimmed().toUpper();
    m_sinceSend.start();
}

ApiReply::~ApiReply()
{
    // Deleted before it finished (its client went away): nothing may call back into it.
    if (m_networkReply) {
        m_networkReply->disconnect(this);
        m_networkReply->abort();
        m_networkReply->deleteLater();
    }
    releaseTicket();
    if (m_client)
        m_client->forget(this);
}

void ApiReply::start()
{
    if (!m_request.isValid()) {
        // Reported from the event loop, so that the caller can connect after send() returns.
        const LoftyError error
            = LoftyError::invalidRequest(tr("\"%1\" is not an absolute http(s) URL.")
                                             .arg(m_request.url.toDisplayString(QUrl::RemoveUserInfo)));
        QTimer::singleShot(0, this, [this, error] { finishWithoutAnswer(error); });
        return;
    }
    waitForSlot();
}

void ApiReply::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

void ApiReply::releaseTicket()
{
    if (m_binding.rateLimiter && m_ticket) {
        m_binding.rateLimiter->cancel(m_ticket);
        m_binding.rateLimiter->release(m_ticket);
    }
    m_ticket = 0;
}

void ApiReply::waitForSlot()
{
    setStage(Stage::WaitingForRateLimit);
    m_phaseStartedMs = m_sinceSend.elapsed();
    if (!m_binding.rateLimiter) {
        QTimer::singleShot(0, this, [this] { onSlotGranted(); });
        return;
    }
    const QString label = m_request.method + QLatin1Char(' ') + m_request.url.path();
    m_ticket = m_binding.rateLimiter->acquire(m_binding.appKey, label, this, [this] { onSlotGranted(); });
    const int position = queuePosition();
    if (position == 0)
        return; // granted: it proceeds from the event loop
    const int waitSeconds = m_binding.rateLimiter->usage(m_binding.appKey).secondsToReset;
    // From the event loop: on the first attempt the caller connects after send() returns.
    QTimer::singleShot(0, this, [this, position, waitSeconds] {
        if (m_stage == Stage::WaitingForRateLimit)
            emit queued(position, waitSeconds);
    });
}

int ApiReply::queuePosition() const
{
    const QList<RateLimiter::QueuedRequest> queue = m_binding.rateLimiter->queue(m_binding.appKey);
    for (int i = 0; i < queue.size(); ++i) {
        if (queue.at(i).ticket == m_ticket)
            return i + 1;
    }
    return 0;
}

void ApiReply::onSlotGranted()
{
    if (isFinished())
        return;
    m_timing.queuedMs += m_sinceSend.elapsed() - m_phaseStartedMs;
    m_phaseStartedMs = m_sinceSend.elapsed();
    if (!m_request.authenticate || !m_hasCredentials) {
        transmit(QByteArray());
        return;
    }
    if (!m_binding.tokenProvider) { // the account was removed while the request waited
        finishWithoutAnswer(LoftyError::credentialsUnavailable(tr("The account was removed.")));
        return;
    }
    // A typed or pasted URL to another host must not receive the account's token; without a base
    // URL there is no host it may go to.
    if (!isSameOrigin(m_request.url, m_binding.baseUrl)) {
        finishWithoutAnswer(LoftyError::invalidRequest(
            tr("The account's credentials are only sent to %1, and %2 is another "
               "host. Set the profile's API base URL to call it with this account.")
                .arg(m_binding.baseUrl.toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery),
                    m_request.url.toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery))));
        return;
    }
    setStage(Stage::FetchingToken);
    m_binding.tokenProvider->fetchValidToken(this, m_binding.refreshMarginSeconds,
        [this](const TokenSet& token, const QString& error) { onToken(token, error); });
}

void ApiReply::onToken(const TokenSet& token, const QString& error)
{
    if (isFinished() || m_stage != Stage::FetchingToken)
        return; // aborted meanwhile
    m_timing.tokenMs += m_sinceSend.elapsed() - m_phaseStartedMs;
    if (!token.isValid()) {
        finishWithoutAnswer(LoftyError::credentialsUnavailable(error));
        return;
    }
    SecretMasker::global().remember(token.accessToken);
    m_sentToken = token;
    transmit(token.authorizationHeaderValue().toUtf8());
}

// RFC 6750 §3.1: 401 means the token was refused. The provider renews once (a refresh for a
// renewable account) and the request goes out once more; a second 401 means that the account
// has to be authorized again.
bool ApiReply::handleRejection(const ApiResponse& response)
{
    if (response.httpStatus != 401 || m_aborted || !m_sentToken.isValid() || !m_binding.tokenProvider)
        return false;
    if (m_renewedAfterRejection) {
        m_binding.tokenProvider->reportRejected(response.error.title());
        return false;
    }
    m_renewedAfterRejection = true;
    m_rejectedResponse = response;
    m_request.removeHeader("Authorization");
    qCInfo(lcApi) << "401 for" << m_request.url.path() << "- renewing the token and retrying once";
    setStage(Stage::FetchingToken);
    m_binding.tokenProvider->renewRejected(
        this, m_sentToken, [this](const TokenSet& token, const QString& error) { onRenewed(token, error); });
    return true;
}

void ApiReply::onRenewed(const TokenSet& token, const QString& error)
{
    if (isFinished() || m_stage != Stage::FetchingToken)
        return; // aborted meanwhile
    if (!token.isValid()) {
        qCInfo(lcApi) << "the token could not be renewed after a 401:" << error;
        finish(m_rejectedResponse);
        return;
    }
    m_retriedAfterRenewal = true;
    waitForSlot(); // the retry takes its own rate-limit slot and the renewed token
}

void ApiReply::transmit(const QByteArray& authorization)
{
    if (!m_binding.network) {
        finishWithoutAnswer(LoftyError::fromNetwork(
            QNetworkReply::UnknownNetworkError, tr("No network access manager is available.")));
        return;
    }
    if (!authorization.isEmpty())
        m_request.setHeader("Authorization", authorization);
    if (!m_request.hasHeader("Accept"))
        m_request.setHeader("Accept", "application/json");
    if (!m_request.body.isEmpty() && !m_request.hasHeader("Content-Type"))
        m_request.setHeader("Content-Type", "application/json");

    QNetworkRequest networkRequest(m_request.url);
    for (const auto& header : std::as_const(m_request.headers))
        networkRequest.setRawHeader(header.first, header.second);
    networkRequest.setTransferTimeout(
        std::clamp(m_request.timeoutSeconds, 1, ApiRequest::MaxTimeoutSeconds) * 1000);
    networkRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);

    setStage(Stage::Sending);
    qCDebug(lcApi) << "sending" << m_request.method << m_request.url.toDisplayString(QUrl::RemoveQuery);
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_currentUrl = m_request.url;
    m_transfer.start();
    // Without a body, no upload device (and no "Content-Length: 0" on a GET).
    const QByteArray verb = m_request.method.toLatin1();
    QNetworkReply* reply = m_request.body.isEmpty()
        ? m_binding.network->sendCustomRequest(networkRequest, verb)
        : m_binding.network->sendCustomRequest(networkRequest, verb, m_request.body);
    m_networkReply = reply;
    connect(reply, &QNetworkReply::redirected, this, &ApiReply::onRedirected);
    trackConnection(reply);
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiReply::progress);
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onNetworkFinished);
}

// Connection set-up and first byte, from QNetworkReply's socketStartedConnecting() and
// requestSent() (Qt 6.3) and metaDataChanged(). A kept-alive connection emits no
// socketStartedConnecting(), so its connect time stays -1.
void ApiReply::trackConnection(QNetworkReply* reply)
{
    m_connectStartedMs = -1; // a retry after a 429 reports its own attempt
    m_timing.connectMs = -1;
    m_timing.firstByteMs = -1;
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] {
        if (m_connectStartedMs < 0)
            m_connectStartedMs = m_transfer.elapsed();
    });
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        if (m_connectStartedMs >= 0 && m_timing.connectMs < 0)
            m_timing.connectMs = m_transfer.elapsed() - m_connectStartedMs;
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_timing.firstByteMs < 0)
            m_timing.firstByteMs = m_transfer.elapsed();
    });
}

bool ApiReply::isSameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(-1) == b.port(-1);
}

void ApiReply::onRedirected(const QUrl& target)
{
    if (!m_networkReply)
        return;
    // Not reply->url(): Qt has already moved that to the target when it emits redirected().
    const QUrl from = m_currentUrl;
    if (isSameOrigin(from, from.resolved(target))) {
        m_currentUrl = from.resolved(target);
        emit m_networkReply->redirectAllowed();
        return;
    }
    qCWarning(lcApi) << "refused a redirect from" << from.authority() << "to"
                     << from.resolved(target).authority();
    m_refusedRedirect = from.resolved(target);
    m_networkReply->abort();
}

void ApiReply::onNetworkFinished()
{
    QNetworkReply* reply = m_networkReply;
    if (!reply || isFinished())
        return;
    reply->disconnect(this);
    reply->deleteLater();
    ApiResponse response = responseFrom(reply);
    m_networkReply = nullptr;

    bool was429 = false;
    if (m_binding.rateLimiter && m_ticket) {
        if (response.httpStatus > 0)
            was429 = m_binding.rateLimiter->recordResponse(m_ticket, response.httpStatus, response.headers);
        else
            m_binding.rateLimiter->release(m_ticket);
        m_ticket = 0;
    }
    if (was429 && !m_aborted && m_rateLimitRetries < m_binding.maxRateLimitRetries) {
        ++m_rateLimitRetries;
        qCInfo(lcApi) << "429 for" << m_request.url.path() << "- waiting for the reset, then retrying";
        m_request.removeHeader("Authorization"); // fetched again, it may be refreshed meanwhile
        waitForSlot();
        return;
    }
    if (handleRejection(response))
        return;
    finish(response);
}

ApiResponse ApiReply::responseFrom(QNetworkReply* reply) const
{
    ApiResponse response;
    response.request = m_request;
    response.accountId = m_binding.accountId;
    response.startedAt = m_startedAt;
    response.elapsedMs = m_transfer.elapsed();
    response.waitedMs = m_sinceSend.elapsed() - response.elapsedMs;
    response.rateLimitRetries = m_rateLimitRetries;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    response.headers = reply->rawHeaderPairs();
    if (reply->isOpen()) // an aborted reply is closed
        response.body = reply->readAll();
    qint64 headerBytes = 0;
    for (const auto& header : std::as_const(response.headers))
        headerBytes += header.first.size() + header.second.size() + 4;
    response.bytesReceived = response.body.size() + headerBytes;
    response.error = errorOf(reply, response.httpStatus, response.body);
    return response;
}

LoftyError ApiReply::errorOf(QNetworkReply* reply, int httpStatus, const QByteArray& body) const
{
    if (m_aborted)
        return LoftyError::cancelled();
    if (m_refusedRedirect.isValid())
        return LoftyError::redirectRefused(m_request.url, m_refusedRedirect);
    const QNetworkReply::NetworkError networkError = reply->error();
    // A reply cut off mid-body has a status but no complete answer.
    const bool transportFailed
        = networkError != QNetworkReply::NoError && networkError < QNetworkReply::ContentAccessDenied;
    if (httpStatus > 0 && !transportFailed)
        return LoftyError::fromHttp(httpStatus, body);
    if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError)
        return LoftyError::timeout(m_request.timeoutSeconds);
    return LoftyError::fromNetwork(networkError, reply->errorString());
}

void ApiReply::finishWithoutAnswer(const LoftyError& error)
{
    if (isFinished())
        return;
    releaseTicket();
    ApiResponse response;
    response.request = m_request;
    response.accountId = m_binding.accountId;
    response.waitedMs = m_sinceSend.elapsed();
    response.rateLimitRetries = m_rateLimitRetries;
    response.error = error;
    finish(response);
}

void ApiReply::finish(ApiResponse response)
{
    m_response = std::move(response);
    m_timing.totalMs = m_response.elapsedMs;
    if (m_response.httpStatus <= 0)
        m_timing.firstByteMs = -1;
    if (m_response.error.isError())
        qCDebug(lcApi) << "request" << m_id << "failed:" << m_response.error.title();
    // Taken before the signals: a slot may delete this reply or its client.
    const QPointer<ApiClient> client = m_client;
    const QPointer<RequestHistory> history = m_response.startedAt.isValid() ? m_binding.history : nullptr;
    if (client)
        client->forget(this);
    setStage(Stage::Finished);
    if (m_response.error.isError())
        emit errorOccurred(m_response.error);
    // Copied first: the reply may be gone after finished(). History keeps both exchanges of a
    // renewed request: the 401, marked as renewed and retried, then the final answer.
    const ApiResponse recorded = m_response;
    ApiResponse refused;
    if (m_retriedAfterRenewal) {
        refused = m_rejectedResponse;
        refused.renewedAndRetried = true;
    }
    emit finished();
    if (client && history) {
        if (refused.renewedAndRetried)
            client->recordLater(history.data(), refused);
        client->recordLater(history.data(), recorded);
    }
}

void ApiReply::abort()
{
    if (isFinished())
        return;
    m_aborted = true;
    if (m_networkReply) {
        m_networkReply->abort(); // finishes through onNetworkFinished
        return;
    }
    finishWithoutAnswer(LoftyError::cancelled());
}
