#include "catalog/EndpointCatalog.h"

#include "catalog/EndpointCatalogParser.h"
#include "util/LogCategories.h"

#include <QFile>

const EndpointCatalog& EndpointCatalog::builtIn()
{
    static const EndpointCatalog catalog = [] {
        QFile file(QStringLiteral(":/lofty/catalog/endpoints.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcApi) << "The built-in endpoint catalog is missing:" << file.errorString();
            return EndpointCatalog();
        }
        QString error;
        EndpointCatalog loaded = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qCWarning(lcApi).noquote() << "The built-in endpoint catalog is broken:\n" << error;
        return loaded;
    }();
    return catalog;
}

EndpointCatalog EndpointCatalog::fromJson(const QByteArray& json, QString* error)
{
    EndpointCatalogParser parser;
    EndpointCatalog catalog = parser.parse(json);
    if (error)
        *error = parser.problems().join(QLatin1Char('\n'));
    return catalog;
}

const CatalogEndpoint* EndpointCatalog::find(const QString& id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.constEnd() ? nullptr : &m_endpoints[*it];
}

const CatalogEndpoint* EndpointCatalog::match(
    const QString& method, const QString& path, QMap<QString, QString>* captured) const
{
    const CatalogEndpoint* best = nullptr;
    for (const CatalogEndpoint& endpoint : m_endpoints) {
        if (!endpoint.matches(method, path))
            continue;
        if (!best || endpoint.literalSegmentCount() > best->literalSegmentCount())
            best = &endpoint;
    }
    if (best && captured)
        best->matches(method, path, captured);
    return best;
}

QString EndpointCatalog::apiDescription(const QString& api) const
{
    return m_apis.value(api).description;
}

QStringList EndpointCatalog::groups() const
{
    QStringList result;
    for (const QString& api : m_apiNames) {
        const QString group = m_apis.value(api).group;
        if (!result.contains(group))
            result << group;
    }
    for (const CatalogEndpoint& endpoint : m_endpoints) {
        if (!result.contains(endpoint.group))
            result << endpoint.group;
    }
    return result;
}

QString EndpointCatalog::groupOfApi(const QString& api) const
{
    return m_apis.value(api).group;
}

QList<CatalogEndpoint> EndpointCatalog::endpointsOfApi(const QString& api) const
{
    QList<CatalogEndpoint> result;
    for (const CatalogEndpoint& endpoint : m_endpoints) {
        if (endpoint.api == api)
            result << endpoint;
    }
    return result;
}

const CatalogEndpoint* EndpointCatalog::probeEndpointOfApi(const QString& api) const
{
    auto requiredCount = [](const CatalogEndpoint& endpoint) {
        qsizetype count = endpoint.pathParameters.size();
        for (const CatalogParameter& parameter : endpoint.queryParameters)
            count += parameter.required ? 1 : 0;
        return count;
    };
    const CatalogEndpoint* best = nullptr;
    for (const CatalogEndpoint& endpoint : m_endpoints) {
        if (endpoint.api != api || !endpoint.safeToProbe || endpoint.method != QLatin1String("GET"))
            continue;
        if (!best || requiredCount(endpoint) < requiredCount(*best))
            best = &endpoint;
    }
    return best;
}
