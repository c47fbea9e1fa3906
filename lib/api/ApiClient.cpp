#include "api/ApiClient.h"

#include "api/RequestDefaults.h"
#include "api/RequestHistory.h"
#include "catalog/CatalogEndpoint.h"
#include "oauth/TokenProvider.h"
#include "oauth/TokenSet.h"
#include "util/LogCategories.h"
#include "util/SecretMasker.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <algorithm>

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ApiResponse>();
    qRegisterMetaType<ApiClient::RequestId>("ApiClient::RequestId");
}

ApiClient::~ApiClient()
{
    // Replies are children of the network manager; they must not call back into a dead client.
    for (auto& [id, pending] : m_pending) {
        if (pending.reply) {
            pending.reply->disconnect(this);
            pending.reply->abort();
            pending.reply->deleteLater();
        }
        if (m_rateLimiter && pending.ticket) {
            m_rateLimiter->cancel(pending.ticket);
            m_rateLimiter->release(pending.ticket);
        }
    }
}

void ApiClient::setNetworkAccessManager(QNetworkAccessManager* network)
{
    m_network = network;
}

QNetworkAccessManager* ApiClient::network()
{
    if (m_network)
        return m_network;
    if (!m_ownNetwork)
        m_ownNetwork = new QNetworkAccessManager(this);
    return m_ownNetwork;
}

void ApiClient::setBaseUrl(const QUrl& baseUrl)
{
    m_baseUrl = baseUrl;
}

void ApiClient::setTokenProvider(TokenProvider* provider)
{
    m_tokenProvider = provider;
}

void ApiClient::setAccountId(const QString& accountId)
{
    m_accountId = accountId;
}

void ApiClient::setRateLimiter(RateLimiter* limiter, const QString& appKey)
{
    m_rateLimiter = limiter;
    m_appKey = appKey;
}

void ApiClient::setHistory(RequestHistory* history)
{
    m_history = history;
}

ApiRequest ApiClient::requestFor(const CatalogEndpoint& endpoint, const QMap<QString, QString>& pathValues,
    const QList<QPair<QString, QString>>& query, const QByteArray& body) const
{
    QString base = m_baseUrl.toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QUrl url(base + endpoint.path(pathValues), QUrl::TolerantMode);
    QStringList queryItems;
    for (const auto& item : query) {
        if (item.second.isEmpty())
            continue;
        queryItems << QString::fromLatin1(
            QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second));
    }
    if (!queryItems.isEmpty())
        url.setQuery(queryItems.join(QLatin1Char('&')), QUrl::TolerantMode);
    ApiRequest request = ApiRequest::fromUrl(endpoint.method, url);
    request.endpointId = endpoint.id;
    request.body = body;
    RequestDefaults::apply(request, RequestDefaults::styleOf(this), &endpoint);
    return request;
}

ApiRequest ApiClient::requestFor(const QString& method, const QString& urlOrPath) const
{
    const QUrl given(urlOrPath.trimmed(), QUrl::TolerantMode);
    const QUrl url = given.isRelative() ? m_baseUrl.resolved(given) : given;
    ApiRequest request = ApiRequest::fromUrl(method, url);
    RequestDefaults::apply(request, RequestDefaults::styleOf(this), nullptr);
    return request;
}

ApiClient::Pending* ApiClient::pending(RequestId id)
{
    const auto it = m_pending.find(id);
    return it == m_pending.end() ? nullptr : &it->second;
}

void ApiClient::setStage(RequestId id, Stage stage)
{
    if (Pending* p = pending(id)) {
        p->stage = stage;
        emit stageChanged(id, stage);
    }
}

ApiClient::RequestId ApiClient::send(const ApiRequest& request)
{
    const RequestId id = m_nextId++;
    Pending& entry = m_pending[id];
    entry.request = request;
    entry.request.method = request.method.trimmed().toUpper();
    entry.sinceSend.start();
    if (!entry.request.isValid()) {
        // Reported from the event loop, so that the caller can connect after send() returns.
        const LoftyError error
            = LoftyError::invalidRequest(tr("\"%1\" is not an absolute http(s) URL.")
                                             .arg(request.url.toDisplayString(QUrl::RemoveUserInfo)));
        QTimer::singleShot(0, this, [this, id, error] { finishWithoutAnswer(id, error); });
        return id;
    }
    waitForSlot(id);
    return id;
}

void ApiClient::waitForSlot(RequestId id)
{
    Pending* p = pending(id);
    setStage(id, Stage::WaitingForRateLimit);
    if (!m_rateLimiter) {
        QTimer::singleShot(0, this, [this, id] { onSlotGranted(id); });
        return;
    }
    const QString label = p->request.method + QLatin1Char(' ') + p->request.url.path();
    p->ticket = m_rateLimiter->acquire(m_appKey, label, this, [this, id] { onSlotGranted(id); });
}

void ApiClient::onSlotGranted(RequestId id)
{
    Pending* p = pending(id);
    if (!p)
        return;
    if (!p->request.authenticate || !m_tokenProvider) {
        transmit(id, QByteArray());
        return;
    }
    // A typed or pasted URL to another host must not receive the account's token; without a base
    // URL there is no host it may go to.
    if (!isSameOrigin(p->request.url, m_baseUrl)) {
        finishWithoutAnswer(id,
            LoftyError::invalidRequest(
                tr("The account's credentials are only sent to %1, and %2 is another "
                   "host. Set the profile's API base URL to call it with this account.")
                    .arg(m_baseUrl.toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery),
                        p->request.url.toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery))));
        return;
    }
    setStage(id, Stage::FetchingToken);
    m_tokenProvider->fetchValidToken(this, m_refreshMarginSeconds,
        [this, id](const TokenSet& token, const QString& error) { onToken(id, token, error); });
}

void ApiClient::onToken(RequestId id, const TokenSet& token, const QString& error)
{
    if (!pending(id))
        return; // cancelled meanwhile
    if (!token.isValid()) {
        finishWithoutAnswer(id, LoftyError::credentialsUnavailable(error));
        return;
    }
    SecretMasker::global().remember(token.accessToken);
    transmit(id, token.authorizationHeaderValue().toUtf8());
}

void ApiClient::transmit(RequestId id, const QByteArray& authorization)
{
    Pending* p = pending(id);
    ApiRequest& request = p->request;
    if (!authorization.isEmpty())
        request.setHeader("Authorization", authorization);
    if (!request.hasHeader("Accept"))
        request.setHeader("Accept", "application/json");
    if (!request.body.isEmpty() && !request.hasHeader("Content-Type"))
        request.setHeader("Content-Type", "application/json");

    QNetworkRequest networkRequest(request.url);
    for (const auto& header : request.headers)
        networkRequest.setRawHeader(header.first, header.second);
    networkRequest.setTransferTimeout(
        std::clamp(request.timeoutSeconds, 1, ApiRequest::MaxTimeoutSeconds) * 1000);
    networkRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);

    setStage(id, Stage::Sending);
    qCDebug(lcApi) << "sending" << request.method << request.url.toDisplayString(QUrl::RemoveQuery);
    p->startedAt = QDateTime::currentDateTimeUtc();
    p->currentUrl = request.url;
    p->transfer.start();
    // Without a body, no upload device (and no "Content-Length: 0" on a GET).
    const QByteArray verb = request.method.toLatin1();
    QNetworkReply* reply = request.body.isEmpty()
        ? network()->sendCustomRequest(networkRequest, verb)
        : network()->sendCustomRequest(networkRequest, verb, request.body);
    p->reply = reply;
    connect(reply, &QNetworkReply::redirected, this,
        [this, id](const QUrl& target) { onRedirected(id, target); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onReplyFinished(id); });
}

bool ApiClient::isSameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(-1) == b.port(-1);
}

void ApiClient::onRedirected(RequestId id, const QUrl& target)
{
    Pending* p = pending(id);
    if (!p || !p->reply)
        return;
    // Not reply->url(): Qt has already moved that to the target when it emits redirected().
    const QUrl from = p->currentUrl;
    if (isSameOrigin(from, from.resolved(target))) {
        p->currentUrl = from.resolved(target);
        emit p->reply->redirectAllowed();
        return;
    }
    qCWarning(lcApi) << "refused a redirect from" << from.authority() << "to"
                     << from.resolved(target).authority();
    p->refusedRedirect = from.resolved(target);
    p->reply->abort();
}

void ApiClient::onReplyFinished(RequestId id)
{
    Pending* p = pending(id);
    if (!p || !p->reply)
        return;
    QNetworkReply* reply = p->reply;
    reply->deleteLater();
    ApiResponse response = responseFromReply(*p, reply);
    p->reply = nullptr;

    bool was429 = false;
    if (m_rateLimiter && p->ticket) {
        if (response.httpStatus > 0)
            was429 = m_rateLimiter->recordResponse(p->ticket, response.httpStatus, response.headers);
        else
            m_rateLimiter->release(p->ticket);
        p->ticket = 0;
    }
    if (was429 && !p->cancelledByUser && p->rateLimitRetries < m_maxRateLimitRetries) {
        ++p->rateLimitRetries;
        qCInfo(lcApi) << "429 for" << response.request.url.path() << "- waiting for the reset, then retrying";
        p->request.removeHeader("Authorization"); // fetched again, it may be refreshed meanwhile
        waitForSlot(id);
        return;
    }
    finish(id, response);
}

ApiResponse ApiClient::responseFromReply(Pending& pending, QNetworkReply* reply) const
{
    ApiResponse response;
    response.request = pending.request;
    response.accountId = m_accountId;
    response.startedAt = pending.startedAt;
    response.elapsedMs = pending.transfer.elapsed();
    response.waitedMs = pending.sinceSend.elapsed() - response.elapsedMs;
    response.rateLimitRetries = pending.rateLimitRetries;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    response.headers = reply->rawHeaderPairs();
    if (reply->isOpen()) // an aborted reply is closed
        response.body = reply->readAll();
    qint64 headerBytes = 0;
    for (const auto& header : response.headers)
        headerBytes += header.first.size() + header.second.size() + 4;
    response.bytesReceived = response.body.size() + headerBytes;
    response.error = errorOf(pending, reply, response.httpStatus, response.body);
    return response;
}

LoftyError ApiClient::errorOf(
    const Pending& pending, QNetworkReply* reply, int httpStatus, const QByteArray& body) const
{
    if (pending.cancelledByUser)
        return LoftyError::cancelled();
    if (pending.refusedRedirect.isValid())
        return LoftyError::redirectRefused(pending.request.url, pending.refusedRedirect);
    const QNetworkReply::NetworkError networkError = reply->error();
    // A reply cut off mid-body has a status but no complete answer.
    const bool transportFailed
        = networkError != QNetworkReply::NoError && networkError < QNetworkReply::ContentAccessDenied;
    if (httpStatus > 0 && !transportFailed)
        return LoftyError::fromHttp(httpStatus, body);
    if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError)
        return LoftyError::timeout(pending.request.timeoutSeconds);
    return LoftyError::fromNetwork(networkError, reply->errorString());
}

void ApiClient::finishWithoutAnswer(RequestId id, const LoftyError& error)
{
    Pending* p = pending(id);
    if (!p)
        return;
    if (m_rateLimiter && p->ticket) {
        m_rateLimiter->cancel(p->ticket);
        m_rateLimiter->release(p->ticket);
    }
    ApiResponse response;
    response.request = p->request;
    response.accountId = m_accountId;
    response.waitedMs = p->sinceSend.elapsed();
    response.rateLimitRetries = p->rateLimitRetries;
    response.error = error;
    finish(id, response);
}

void ApiClient::finish(RequestId id, ApiResponse response)
{
    m_pending.erase(id);
    if (response.error.isError())
        qCDebug(lcApi) << "request" << id << "failed:" << response.error.title();
    // The caller gets its answer before the history's disk write. The history is taken first: a
    // slot may delete this client or switch it to another profile's history.
    const QPointer<RequestHistory> history(response.startedAt.isValid() ? m_history : nullptr); // it went out
    emit finished(id, response);
    if (history)
        history->append(response);
}

void ApiClient::cancel(RequestId id)
{
    Pending* p = pending(id);
    if (!p)
        return;
    if (p->reply) {
        p->cancelledByUser = true;
        p->reply->abort(); // finishes through onReplyFinished
        return;
    }
    finishWithoutAnswer(id, LoftyError::cancelled());
}

void ApiClient::cancelAll()
{
    std::vector<RequestId> ids;
    for (const auto& entry : m_pending)
        ids.push_back(entry.first);
    for (const RequestId id : ids)
        cancel(id);
}
