#pragma once

#include "collections/ApiSender.h"
#include "collections/Collection.h"
#include "collections/RequestRunResult.h"
#include "collections/VariableScope.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ApiReply;
class EndpointCatalog;
class PageFetcher;

// Runs requests of a collection one after the other through the session's request path (the
// account's credentials, the app's rate limiter, the history), so a run waits for budget instead
// of drawing a 429. After each response it applies the request's captures (they set runtime
// variables for the requests that follow) and checks its assertions; a request without
// assertions passes when the API reported no error. A request whose variables cannot all be
// resolved is not sent and fails. Every request keeps its own timeout; cancel() aborts the one
// in flight and ends the run.
class CollectionRunner : public QObject
{
    Q_OBJECT

public:
    explicit CollectionRunner(const ApiSender& sender, QObject* parent = nullptr);
    ~CollectionRunner() override;

    void setScope(const VariableScope& scope) { m_scope = scope; }
    // Where "all pages" requests look up their operation's paging style (else from their query).
    void setCatalog(const EndpointCatalog* catalog) { m_catalog = catalog; }
    const VariableScope& scope() const { return m_scope; }

    void start(const QList<Collection::Item>& items);
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }

    const QList<RequestRunResult>& results() const { return m_results; }
    int passedCount() const;
    int failedCount() const;

signals:
    void requestStarted(int index, const QString& name);
    void requestFinished(int index, const RequestRunResult& result);
    void finished();

private:
    void runNext();
    void onReplyFinished();
    void fetchAllPages(const ApiRequest& request);
    void onPagesFinished();
    void evaluate(RequestRunResult* result);
    void applyCaptures(RequestRunResult* result, const JsonNode& body);
    void complete(RequestRunResult result);
    void rememberSecrets();

    ApiSender m_api;
    VariableScope m_scope;
    QList<Collection::Item> m_items;
    QList<RequestRunResult> m_results;
    QPointer<ApiReply> m_reply;
    QPointer<PageFetcher> m_pages;
    const EndpointCatalog* m_catalog = nullptr;
    RequestRunResult m_current;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QStringList m_rememberedSecrets;
    QString m_maskOwner;
};
