#pragma once

#include "catalog/CatalogErrorCode.h"
#include "catalog/CatalogParameter.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

// One Lofty REST endpoint: what the request composer offers, what the sandbox serves and what
// the scope probe may call.
struct CatalogEndpoint
{
    QString id; // stable, e.g. "leads.list", "leads.get", "me.get"
    QString method; // upper case: GET, POST, PUT, PATCH, DELETE
    QString pathTemplate; // "/v1.0/leads/{leadId}"
    QString group; // UI grouping: Leads, Tasks, Calendar, Communication, ...
    QString api; // the grantable API an app needs for it ("Leads", "Current User", ...)
    QString summary;
    QList<CatalogParameter> pathParameters, queryParameters;
    QByteArray sampleBody; // raw JSON text for writes, empty otherwise
    bool safeToProbe = false; // a GET with no side effects, usable by ScopeProbe
    // The answer's media type when it is not JSON ("application/xml" for an XML feed), sent as
    // Accept; empty for JSON.
    QString responseMediaType;
    // From the API's OpenAPI document (empty in hand-written catalogs):
    QString operationId;
    QList<CatalogParameter> bodyFields; // top-level fields of the JSON body, required ones marked
    QByteArray responseSample; // the success answer's shape as sample JSON, empty when none
    QList<CatalogErrorCode> errors; // the error codes and names the operation documents

    // Same operation, same documented contract (used to tell what an update changes).
    bool sameContract(const CatalogEndpoint& other) const;

    // Fills {placeholders} with percent-encoded values; a placeholder without a value stays as
    // it is ("{leadId}"), so the caller can see what is missing.
    QString path(const QMap<QString, QString>& pathValues) const;

    // Whether a request (method case-insensitive; path without host, a query string is ignored,
    // as is one trailing slash) is this endpoint. *captured receives the decoded placeholder
    // values.
    bool matches(
        const QString& method, const QString& path, QMap<QString, QString>* captured = nullptr) const;

    QStringList placeholders() const; // the {names} of pathTemplate, in order
    int literalSegmentCount() const; // segments without a placeholder (more = more specific)
};
