#pragma once

#include "catalog/EndpointCatalog.h"
#include "json/JsonNode.h"

#include <QCoreApplication>
#include <QStringList>

// Turns the catalog JSON into an EndpointCatalog, collecting every problem instead of stopping
// at the first one.
class EndpointCatalogParser
{
    Q_DECLARE_TR_FUNCTIONS(EndpointCatalog)

public:
    EndpointCatalog parse(const QByteArray& json);
    const QStringList& problems() const { return m_problems; }

private:
    void readApis(const JsonNode& apis);
    void readEndpoint(const JsonNode& node, int position);
    void readContract(const JsonNode& node, const QString& where, CatalogEndpoint* endpoint);
    QList<CatalogParameter> readParameters(const JsonNode& list, const QString& where);
    CatalogParameter readParameter(const JsonNode& node, const QString& where);
    QString text(const JsonNode& object, const char* field, const QString& where, bool required = true);
    void problem(const QString& where, const QString& field, const QString& message);

    EndpointCatalog m_catalog;
    QStringList m_problems;
};
