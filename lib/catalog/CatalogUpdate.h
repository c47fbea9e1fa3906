#pragma once

#include "catalog/CatalogDiff.h"
#include "catalog/EndpointCatalog.h"

#include <QByteArray>
#include <QCoreApplication>

// An OpenAPI document read against a profile's current catalog: the catalog it gives (as the JSON
// ProfileCatalogStore keeps and parsed), and what it adds, removes and changes. Nothing is kept
// until ProfileCatalog::apply().
struct CatalogUpdate
{
    Q_DECLARE_TR_FUNCTIONS(CatalogUpdate)

public:
    QByteArray catalogJson;
    EndpointCatalog catalog;
    CatalogDiff diff;

    bool isValid() const { return !catalog.isEmpty(); }

    // Imports `document` (OpenAPI 3.0/3.1, JSON) with the console's reading of Lofty's grants.
    // An unusable document gives an invalid update and *error says why.
    static CatalogUpdate fromDocument(
        const QByteArray& document, const EndpointCatalog& current, QString* error);
};
