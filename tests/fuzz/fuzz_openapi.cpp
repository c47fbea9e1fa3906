// OpenAPI documents given to "Update API catalog..." / `catalog update` (OpenApiImporter): any
// input gives a usable catalog or an error, never a crash, a hang or a catalog that fails to load.
#include "FuzzSupport.h"

#include "catalog/CatalogDiff.h"
#include "catalog/OpenApiImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    OpenApiImporter importer;
    QString error;
    const QByteArray json = importer.toCatalogJson(FuzzSupport::bytes(data, size), &error);
    if (json.isEmpty()) {
        if (error.isEmpty())
            __builtin_trap(); // a refusal always says why
        return 0;
    }
    QString problems;
    const EndpointCatalog catalog = EndpointCatalog::fromJson(json, &problems);
    (void)CatalogDiff::between(EndpointCatalog(), catalog).lines();
    return 0;
}
