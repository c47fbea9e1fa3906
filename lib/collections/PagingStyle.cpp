#include "collections/PagingStyle.h"

#include "catalog/CatalogEndpoint.h"

#include <QUrlQuery>

namespace {

bool hasQueryParameter(const CatalogEndpoint* endpoint, const QUrlQuery& query, const QString& name)
{
    if (query.hasQueryItem(name))
        return true;
    if (!endpoint)
        return false;
    return std::any_of(endpoint->queryParameters.cbegin(), endpoint->queryParameters.cend(),
        [&name](const CatalogParameter& parameter) { return parameter.name == name; });
}

QString documentedDefault(const CatalogEndpoint* endpoint, const QString& name)
{
    if (!endpoint)
        return {};
    for (const CatalogParameter& parameter : endpoint->queryParameters) {
        if (parameter.name == name)
            return !parameter.defaultValue.isEmpty()
                ? parameter.defaultValue
                : (parameter.minimum ? QString::number(*parameter.minimum) : QString());
    }
    return {};
}

} // namespace

PagingStyle PagingStyle::detect(const CatalogEndpoint* endpoint, const QUrl& url)
{
    const QUrlQuery query(url);
    const auto has
        = [&](const char* name) { return hasQueryParameter(endpoint, query, QLatin1String(name)); };
    PagingStyle style;
    if (has("scrollId")) {
        style.m_kind = Kind::ScrollId;
        style.m_cursorParameter = QStringLiteral("scrollId");
        style.m_sizeParameter = has("limit") ? QStringLiteral("limit") : QString();
    } else if (has("currentId")) {
        style.m_kind = Kind::CurrentId;
        style.m_cursorParameter = QStringLiteral("currentId");
        style.m_sizeParameter = has("limit") ? QStringLiteral("limit") : QString();
    } else if (has("offset") && has("limit")) {
        style.m_kind = Kind::Offset;
        style.m_cursorParameter = QStringLiteral("offset");
        style.m_sizeParameter = QStringLiteral("limit");
    } else if (has("pageSize")) {
        for (const char* name : {"pageNum", "pageNumber", "page"}) {
            if (has(name)) {
                style.m_kind = Kind::Page;
                style.m_cursorParameter = QLatin1String(name);
                style.m_sizeParameter = QStringLiteral("pageSize");
                break;
            }
        }
    }
    if (style.m_kind == Kind::Page) {
        QString first = query.queryItemValue(style.m_cursorParameter);
        if (first.isEmpty())
            first = documentedDefault(endpoint, style.m_cursorParameter);
        bool ok = false;
        const int number = first.toInt(&ok);
        style.m_firstPage = ok ? number : 1;
    }
    return style;
}

QString PagingStyle::name() const
{
    switch (m_kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::ScrollId:
    case Kind::CurrentId:
        return m_cursorParameter;
    case Kind::Offset:
    case Kind::Page:
        return m_cursorParameter + QLatin1Char('/') + m_sizeParameter;
    }
    return {};
}

JsonNode PagingStyle::itemsOf(const JsonNode& page)
{
    if (page.isArray())
        return page;
    for (const JsonNode& metadata : {page.value(u"_metadata"), page.value(u"get_metadata")}) {
        const JsonNode named = page.value(metadata.value(u"collection").toString());
        if (named.isArray())
            return named;
    }
    for (const JsonNode& holder : {page, page.value(u"data")}) {
        for (int i = 0; i < holder.size(); ++i) {
            if (holder.at(i).isArray())
                return holder.at(i);
        }
    }
    return {};
}

bool PagingStyle::saysNoMore(const JsonNode& page)
{
    for (const JsonNode& holder : {page, page.value(u"data"), page.value(u"_metadata")}) {
        const JsonNode hasMore = holder.value(u"hasMore");
        if (hasMore.isBool() || hasMore.isNumber())
            return hasMore.displayText() == QLatin1String("false")
                || hasMore.displayText() == QLatin1String("0");
    }
    return false;
}

QString PagingStyle::scrollIdOf(const JsonNode& page)
{
    for (const JsonNode& metadata : {page.value(u"_metadata"), page.value(u"get_metadata"), page}) {
        const JsonNode scrollId = metadata.value(u"scrollId");
        if (scrollId.isString() || scrollId.isNumber())
            return scrollId.displayText();
    }
    return {};
}

QString PagingStyle::lastIdOf(const JsonNode& items)
{
    if (items.size() == 0)
        return {};
    const JsonNode last = items.at(items.size() - 1);
    const JsonNode id = last.value(u"id");
    return id.isNumber() || id.isString() ? id.displayText() : QString();
}

int PagingStyle::requestedSize(const QUrl& url, int itemCount) const
{
    bool ok = false;
    const int size = QUrlQuery(url).queryItemValue(m_sizeParameter).toInt(&ok);
    return ok && size > 0 ? size : itemCount; // without a size, the first page's count is the size
}

QUrl PagingStyle::nextPage(const QUrl& url, const JsonNode& page) const
{
    const JsonNode items = itemsOf(page);
    if (m_kind == Kind::None || !items.isArray() || items.size() == 0 || saysNoMore(page))
        return {};
    QUrlQuery query(url);
    const auto withCursor = [&](const QString& value) {
        query.removeAllQueryItems(m_cursorParameter);
        query.addQueryItem(m_cursorParameter, value);
        QUrl next = url;
        next.setQuery(query);
        return next;
    };
    switch (m_kind) {
    case Kind::ScrollId: {
        const QString scrollId = scrollIdOf(page);
        return scrollId.isEmpty() ? QUrl() : withCursor(scrollId);
    }
    case Kind::CurrentId: {
        const QString lastId = lastIdOf(items);
        if (lastId.isEmpty()
            || (!m_sizeParameter.isEmpty() && items.size() < requestedSize(url, items.size())))
            return {};
        return withCursor(lastId);
    }
    case Kind::Offset: {
        const qint64 offset = query.queryItemValue(m_cursorParameter).toLongLong() + items.size();
        JsonNode total = page.value(u"_metadata").value(u"total");
        if (!total.isNumber())
            total = page.value(u"get_metadata").value(u"total");
        // A server may answer fewer items than the limit asked for (a cap): the total decides.
        if (total.isNumber())
            return offset >= total.toInt64() ? QUrl() : withCursor(QString::number(offset));
        if (items.size() < requestedSize(url, items.size()))
            return {};
        return withCursor(QString::number(offset));
    }
    case Kind::Page: {
        if (items.size() < requestedSize(url, items.size()))
            return {};
        const QString current = query.queryItemValue(m_cursorParameter);
        const int number = current.isEmpty() ? m_firstPage : current.toInt();
        return withCursor(QString::number(number + 1));
    }
    case Kind::None:
        break;
    }
    return {};
}
