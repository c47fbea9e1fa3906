#include "collections/CollectionRunner.h"

#include "api/ApiReply.h"
#include "catalog/EndpointCatalog.h"
#include "collections/PageFetcher.h"
#include "collections/RequestResolver.h"
#include "util/SecretMasker.h"
#include "json/JsonReader.h"

#include <QTimer>

CollectionRunner::CollectionRunner(const ApiSender& sender, QObject* parent)
    : QObject(parent)
    , m_api(sender)
    , m_maskOwner(QStringLiteral("collection-run/%1").arg(quintptr(this), 0, 16))
{ }

CollectionRunner::~CollectionRunner()
{
    if (m_reply)
        m_reply->abort();
    if (m_pages)
        m_pages->cancel();
    for (const QString& secret : std::as_const(m_rememberedSecrets))
        SecretMasker::global().forget(secret, m_maskOwner);
}

int CollectionRunner::passedCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(), [](const auto& r) { return r.passed; }));
}

int CollectionRunner::failedCount() const
{
    return int(m_results.size()) - passedCount();
}

void CollectionRunner::start(const QList<Collection::Item>& items)
{
    if (m_running)
        return;
    m_items = items;
    m_results.clear();
    m_next = 0;
    m_running = true;
    m_cancelled = false;
    rememberSecrets();
    QTimer::singleShot(0, this, &CollectionRunner::runNext);
}

void CollectionRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort(); // its finished() ends the run
    else if (m_pages)
        m_pages->cancel();
    else
        QTimer::singleShot(0, this, &CollectionRunner::runNext);
}

// Secret variable values are masked in history and logs like the account's own secrets.
void CollectionRunner::rememberSecrets()
{
    for (const QString& secret : m_scope.secretValues()) {
        if (m_rememberedSecrets.contains(secret))
            continue;
        SecretMasker::global().remember(secret, m_maskOwner);
        m_rememberedSecrets.append(secret);
    }
}

void CollectionRunner::runNext()
{
    if (!m_running)
        return;
    if (m_cancelled || m_next >= m_items.size() || !m_api.isValid()) {
        m_running = false;
        emit finished();
        return;
    }
    const Collection::Item& item = m_items.at(m_next);
    emit requestStarted(m_next, item.request.name);
    m_current = RequestRunResult();
    m_current.relativePath = item.relativePath;
    m_current.name = item.request.name;
    m_current.method = item.request.method;
    const CatalogEndpoint* endpoint = m_catalog && !item.request.endpointId.isEmpty()
        ? m_catalog->find(item.request.endpointId)
        : nullptr;
    const RequestResolver::Result resolved = RequestResolver::resolve(item.request, m_scope, m_api, endpoint);
    m_current.url = SecretMasker::global().redact(resolved.request.url.toString());
    if (!resolved.unknownVariables.isEmpty()) {
        m_current.failures.append(
            tr("not sent: unknown variable(s) %1").arg(resolved.unknownVariables.join(QLatin1String(", "))));
        complete(m_current);
        return;
    }
    if (!resolved.error.isEmpty()) {
        m_current.failures.append(tr("not sent: %1").arg(resolved.error));
        complete(m_current);
        return;
    }
    if (item.request.allPages) {
        fetchAllPages(resolved.request);
        return;
    }
    m_reply = m_api.send(resolved.request);
    if (!m_reply) {
        m_current.failures.append(tr("not sent: no account to send as"));
        complete(m_current);
        return;
    }
    connect(m_reply, &ApiReply::finished, this, &CollectionRunner::onReplyFinished);
}

void CollectionRunner::onReplyFinished()
{
    ApiReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    m_current.sent = true;
    m_current.response = reply->response();
    evaluate(&m_current);
    complete(m_current);
}

void CollectionRunner::fetchAllPages(const ApiRequest& request)
{
    const CatalogEndpoint* endpoint = m_catalog
        ? (request.endpointId.isEmpty() ? m_catalog->match(request.method, request.url.path())
                                        : m_catalog->find(request.endpointId))
        : nullptr;
    const PagingStyle style = PagingStyle::detect(endpoint, request.url);
    if (!style.isPaged()) {
        m_current.failures.append(tr("not sent: %1 %2 does not page (no scrollId, currentId, offset/limit or "
                                     "page/pageSize parameter)")
                                      .arg(request.method, request.url.path()));
        complete(m_current);
        return;
    }
    m_pages = new PageFetcher(m_api, request, style, this);
    connect(m_pages, &PageFetcher::finished, this, &CollectionRunner::onPagesFinished);
    m_pages->start();
}

// The checks see one answer: the last page's status and headers, the time of all pages, and the
// merged items as the body.
void CollectionRunner::onPagesFinished()
{
    PageFetcher* fetcher = m_pages;
    m_pages = nullptr;
    if (!fetcher)
        return;
    fetcher->deleteLater();
    m_current.sent = true;
    m_current.response = fetcher->lastResponse();
    m_current.response.elapsedMs = fetcher->totalElapsedMs();
    m_current.response.body = "{\"items\":" + fetcher->mergedArray()
        + ",\"pages\":" + QByteArray::number(fetcher->pageCount()) + '}';
    if (!fetcher->errorString().isEmpty() && m_current.response.isSuccess())
        m_current.failures.append(fetcher->errorString());
    evaluate(&m_current);
    complete(m_current);
}

void CollectionRunner::evaluate(RequestRunResult* result)
{
    const ApiResponse& response = result->response;
    const JsonNode body = JsonReader::parse(response.body, nullptr);
    const CollectionRequest& saved = m_items.at(m_next).request;
    applyCaptures(result, body);
    if (response.httpStatus == 0) {
        result->failures.append(response.error.toText());
    } else if (saved.assertions.isEmpty() && !response.isSuccess()) {
        result->failures.append(tr("HTTP %1: %2").arg(response.httpStatus).arg(response.error.toText()));
    }
    for (RequestAssertion assertion : saved.assertions) {
        assertion.expected = m_scope.resolve(assertion.expected); // "equals": "{{leadId}}"
        QString failure;
        if (response.httpStatus > 0 && assertion.check(response, body, &failure))
            result->passedChecks.append(assertion.describe());
        else if (response.httpStatus > 0)
            result->failures.append(tr("%1: %2").arg(assertion.describe(), failure));
    }
    if (!result->failures.isEmpty() && response.httpStatus > 0 && !response.isSuccess()
        && !saved.assertions.isEmpty())
        result->failures.append(response.error.toText()); // what the server said, for the report
}

void CollectionRunner::applyCaptures(RequestRunResult* result, const JsonNode& body)
{
    if (result->response.httpStatus == 0)
        return;
    const CollectionRequest& saved = m_items.at(m_next).request;
    for (const RequestCapture& capture : saved.captures) {
        QString value;
        QString error;
        if (!capture.apply(result->response, body, &value, &error)) {
            result->failures.append(tr("capture %1: %2").arg(capture.variable, error));
            continue;
        }
        m_scope.set(VariableScope::Layer::Runtime, capture.variable, value);
        result->captured.append({capture.variable, value});
    }
}

void CollectionRunner::complete(RequestRunResult result)
{
    result.passed = result.failures.isEmpty();
    m_results.append(result);
    const int index = m_next++;
    emit requestFinished(index, m_results.constLast());
    QTimer::singleShot(0, this, &CollectionRunner::runNext);
}
