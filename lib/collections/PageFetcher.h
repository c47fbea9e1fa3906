#pragma once

#include "api/ApiRequest.h"
#include "api/ApiResponse.h"
#include "collections/ApiSender.h"
#include "collections/PagingStyle.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ApiReply;

// "Fetch all pages": sends the request, then the next page's, and so on, through the sender
// (the session's request path, so the app's rate limiter paces them), until the paging style says there is no
// more, and collects every item as its exact JSON text (ids beyond 2^53 stay exact). Stops at the first
// failed page, after MaxPages, or on cancel().
class PageFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxPages = 10000;

    PageFetcher(const ApiSender& sender, const ApiRequest& first, const PagingStyle& style,
        QObject* parent = nullptr);
    ~PageFetcher() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    int pageCount() const { return m_pages; }
    const QList<QByteArray>& items() const { return m_items; } // compact JSON text of each item
    QByteArray mergedArray() const; // "[item,item,...]"
    const ApiResponse& lastResponse() const { return m_lastResponse; }
    qint64 totalElapsedMs() const { return m_elapsedMs; }
    QString errorString() const { return m_error; } // empty when every page arrived

signals:
    void pageFetched(int pages, int items);
    void finished(bool ok);

private:
    void send(const QUrl& url);
    void onReplyFinished();
    void stop(const QString& error);

    ApiSender m_api;
    ApiRequest m_request;
    PagingStyle m_style;
    QPointer<ApiReply> m_reply;
    QList<QByteArray> m_items;
    ApiResponse m_lastResponse;
    QString m_error;
    qint64 m_elapsedMs = 0;
    int m_pages = 0;
    bool m_running = false;
};
