#pragma once

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
