#pragma once

#include "catalog/CatalogEndpoint.h"

#include <QHash>
#include <QList>
#include <QStringList>

// The Lofty endpoints the console knows (resources/catalog/endpoints.json) and the grantable APIs
// they belong to. builtIn() is the embedded file; fromJson() is for tests and custom catalogs.
class EndpointCatalog
{
public:
    static const EndpointCatalog& builtIn(); // loaded once; empty (and a warning) if broken
    // Every problem found is listed in *error, one per line, naming the endpoint id and field;
    // any problem gives an empty catalog.
    static EndpointCatalog fromJson(const QByteArray& json, QString* error);

    bool isEmpty() const { return m_endpoints.isEmpty(); }
    const QList<CatalogEndpoint>& endpoints() const { return m_endpoints; }
    const CatalogEndpoint* find(const QString& id) const;
    // The most specific endpoint for a request (literal segments beat placeholders:
    // /v2.0/tasks/my-tasks is "tasks.myTasks", not "tasks.get").
    const CatalogEndpoint* match(
        const QString& method, const QString& path, QMap<QString, QString>* captured = nullptr) const;

    QStringList apis() const { return m_apiNames; } // every grantable API name, catalog order
    QString apiDescription(const QString& api) const;
    QStringList groups() const; // groups in catalog order
    QString groupOfApi(const QString& api) const;
    QList<CatalogEndpoint> endpointsOfApi(const QString& api) const;
    // A safeToProbe GET of the API, the one needing the fewest parameters; nullptr if the API
    // has none (write-only APIs such as "Messaging" or "Listings").
    const CatalogEndpoint* probeEndpointOfApi(const QString& api) const;

private:
    struct Api
    {
        QString group;
        QString description;
    };

    friend class EndpointCatalogParser;

    QList<CatalogEndpoint> m_endpoints;
    QStringList m_apiNames;
    QHash<QString, Api> m_apis;
    QHash<QString, qsizetype> m_indexById;
};
