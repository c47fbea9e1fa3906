#pragma once

#include "catalog/EndpointCatalog.h"

#include <QCoreApplication>
#include <QList>
#include <utility>

// What an update of the catalog adds, removes and changes. Operations are the same when their
// method and path are (placeholder names aside); "changed" means a different documented contract
// (parameters, body fields, answer, errors, API or summary).
struct CatalogDiff
{
    Q_DECLARE_TR_FUNCTIONS(CatalogDiff)

public:
    QList<CatalogEndpoint> added;
    QList<CatalogEndpoint> removed;
    QList<std::pair<CatalogEndpoint, CatalogEndpoint>> changed; // (current, updated)

    static CatalogDiff between(const EndpointCatalog& current, const EndpointCatalog& updated);
    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
    QString summary() const; // "3 added, 1 removed, 2 changed"
    QStringList lines() const; // "+ GET /v1.0/x", "- ...", "~ ..." one per operation
};
