// Custom endpoint catalogs (the same format as resources/catalog/endpoints.json).
#include "FuzzSupport.h"

#include "catalog/EndpointCatalog.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const EndpointCatalog catalog = EndpointCatalog::fromJson(FuzzSupport::bytes(data, size), &error);
    if (catalog.isEmpty())
        return 0;
    for (const CatalogEndpoint& endpoint : catalog.endpoints()) {
        QMap<QString, QString> values;
        for (const CatalogParameter& parameter : endpoint.pathParameters)
            values.insert(parameter.name, QStringLiteral("1/2?x=%"));
        const QString path = endpoint.path(values);
        if (catalog.find(endpoint.id) == nullptr)
            __builtin_trap();
        QMap<QString, QString> captured;
        catalog.match(endpoint.method, path, &captured);
    }
    for (const QString& api : catalog.apis()) {
        (void)catalog.groupOfApi(api);
        (void)catalog.endpointsOfApi(api);
        (void)catalog.probeEndpointOfApi(api);
    }
    (void)catalog.groups();
    return 0;
}
