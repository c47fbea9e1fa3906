#include "collections/PageFetcher.h"

#include "api/ApiReply.h"
#include "json/JsonReader.h"
#include "json/JsonWriter.h"

PageFetcher::PageFetcher(
    const ApiSender& sender, const ApiRequest& first, const PagingStyle& style, QObject* parent)
    : QObject(parent)
    , m_api(sender)
    , m_request(first)
    , m_style(style)
{ }

PageFetcher::~PageFetcher()
{
    if (m_reply)
        m_reply->abort();
}

void PageFetcher::start()
{
    if (m_running || !m_api.isValid())
        return;
    m_running = true;
    m_items.clear();
    m_pages = 0;
    m_elapsedMs = 0;
    m_error.clear();
    send(m_request.url);
}

void PageFetcher::cancel()
{
    if (!m_running)
        return;
    if (m_reply) {
        m_reply->abort(); // finished() follows with a Cancelled error
        return;
    }
    stop(tr("Cancelled."));
}

void PageFetcher::send(const QUrl& url)
{
    ApiRequest request = m_request;
    request.url = url;
    m_reply = m_api.send(request);
    if (!m_reply) {
        stop(tr("No account to send as."));
        return;
    }
    connect(m_reply, &ApiReply::finished, this, &PageFetcher::onReplyFinished);
}

void PageFetcher::onReplyFinished()
{
    ApiReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    m_lastResponse = reply->response();
    m_elapsedMs += m_lastResponse.elapsedMs;
    if (!m_lastResponse.isSuccess()) {
        stop(tr("Page %1: %2").arg(m_pages + 1).arg(m_lastResponse.error.toText()));
        return;
    }
    QString parseError;
    const JsonNode page = JsonReader::parse(m_lastResponse.body, &parseError);
    const JsonNode items = PagingStyle::itemsOf(page);
    if (!items.isArray()) {
        stop(parseError.isEmpty() ? tr("Page %1 holds no list of items.").arg(m_pages + 1)
                                  : tr("Page %1 is not JSON: %2").arg(m_pages + 1).arg(parseError));
        return;
    }
    ++m_pages;
    for (int i = 0; i < items.size(); ++i)
        m_items.append(JsonWriter::write(items.at(i), JsonWriter::Compact));
    emit pageFetched(m_pages, int(m_items.size()));
    const QUrl next = m_style.nextPage(reply->request().url, page);
    if (next.isEmpty()) {
        stop(QString());
        return;
    }
    if (m_pages >= MaxPages) {
        stop(tr("Stopped after %1 pages.").arg(MaxPages));
        return;
    }
    send(next);
}

void PageFetcher::stop(const QString& error)
{
    m_error = error;
    m_running = false;
    emit finished(error.isEmpty());
}

QByteArray PageFetcher::mergedArray() const
{
    QByteArray merged = "[";
    for (const QByteArray& item : m_items) {
        if (merged.size() > 1)
            merged += ',';
        merged += item;
    }
    return merged + ']';
}
