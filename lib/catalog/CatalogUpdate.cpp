#include "catalog/CatalogUpdate.h"

#include "catalog/OpenApiImporter.h"

CatalogUpdate CatalogUpdate::fromDocument(
    const QByteArray& document, const EndpointCatalog& current, QString* error)
{
    CatalogUpdate update;
    QString problem;
    OpenApiImporter importer(OpenApiImporter::builtInGrants());
    update.catalogJson = importer.toCatalogJson(document, &problem);
    if (!update.catalogJson.isEmpty())
        update.catalog = EndpointCatalog::fromJson(update.catalogJson, &problem);
    if (update.catalog.isEmpty()) {
        if (error)
            *error = problem.isEmpty() ? tr("The document describes no operation.") : problem;
        return {};
    }
    update.diff = CatalogDiff::between(current, update.catalog);
    return update;
}
