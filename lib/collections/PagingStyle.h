#pragma once

#include "json/JsonNode.h"

#include <QString>
#include <QUrl>

struct CatalogEndpoint;

// How a Lofty list operation pages, detected from the query parameters the catalog documents for
// it (or, for a free URL, from those the request already carries), and how to ask for the page
// after a given one. Lofty uses several styles across its API:
//   scrollId   a cursor in the answer's _metadata (leads)
//   currentId  the last item's id as the next cursor (communication history, logs, my-tasks)
//   offset     offset + limit
//   page       pageNum/pageNumber/page + pageSize (the first page number is the request's, else
//              the documented default, else 1)
// A `hasMore` of false/0 in the answer ends paging in any style.
class PagingStyle
{
public:
    enum class Kind { None, ScrollId, CurrentId, Offset, Page };

    static PagingStyle detect(const CatalogEndpoint* endpoint, const QUrl& url);

    Kind kind() const { return m_kind; }
    bool isPaged() const { return m_kind != Kind::None; }
    QString name() const; // "scrollId", "currentId", "offset/limit", "pageNum/pageSize", ...
    QString sizeParameter() const { return m_sizeParameter; }

    // The array of items in one page: the member _metadata.collection names, else the first array
    // at the top level or inside "data"; invalid when the page has none.
    static JsonNode itemsOf(const JsonNode& page);

    // The URL of the page after `page` (fetched with `url`), or an empty URL when `page` was the
    // last one.
    QUrl nextPage(const QUrl& url, const JsonNode& page) const;

private:
    static bool saysNoMore(const JsonNode& page);
    static QString scrollIdOf(const JsonNode& page);
    static QString lastIdOf(const JsonNode& items);
    int requestedSize(const QUrl& url, int itemCount) const;

    Kind m_kind = Kind::None;
    QString m_cursorParameter; // scrollId, currentId, offset, pageNum, pageNumber, page
    QString m_sizeParameter; // limit, pageSize
    int m_firstPage = 1;
};
