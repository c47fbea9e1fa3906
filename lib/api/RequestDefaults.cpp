#include "api/RequestDefaults.h"

#include "catalog/CatalogEndpoint.h"

#include <QObject>
#include <QVariant>

namespace {

constexpr char StyleProperty[] = "loftyRequestStyle";

} // namespace

void RequestDefaults::setStyle(QObject* client, Style style)
{
    if (client)
        client->setProperty(StyleProperty, int(style));
}

RequestDefaults::Style RequestDefaults::styleOf(const QObject* client)
{
    if (!client)
        return Style::Plain;
    return client->property(StyleProperty).toInt() == int(Style::Lofty) ? Style::Lofty : Style::Plain;
}

void RequestDefaults::apply(ApiRequest& request, Style style, const CatalogEndpoint* endpoint)
{
    if (style != Style::Lofty)
        return;
    if (!request.hasHeader("Content-Type"))
        request.setHeader("Content-Type", "application/json");
    if (endpoint && !endpoint->responseMediaType.isEmpty() && !request.hasHeader("Accept"))
        request.setHeader("Accept", endpoint->responseMediaType.toUtf8());
}
