#pragma once

#include "catalog/EndpointCatalog.h"
#include "json/JsonNode.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class OpenApiSchema;

// Turns an OpenAPI 3.0 or 3.1 document (JSON) into the console's catalog: one endpoint per
// operation, grouped by the document's tags, with parameters, body fields, a sample body, the
// answer's shape and the error codes the responses document.
//
// Which grantable API an operation needs is not part of OpenAPI. The "grants" file
// (resources/catalog/api-grants.json for Lofty) is the console's own reading: per operation
// ("GET /v1.0/leads") its catalog id, API and whether a probe may call it. An operation it does
// not name gets its tag as API and an id made from the tag and the operationId.
//
// A document too large, not JSON, not OpenAPI 3.0/3.1, with a broken "$ref" or anything the
// catalog cannot hold gives an error and no catalog: an import changes all or nothing.
class OpenApiImporter
{
    Q_DECLARE_TR_FUNCTIONS(OpenApiImporter)

public:
    static constexpr qsizetype MaxDocumentBytes = 32 * 1024 * 1024;
    static constexpr int MaxOperations = 5000;

    // `grantsJson` empty: no grants (any API). Problems in it are reported by the import.
    explicit OpenApiImporter(const QByteArray& grantsJson = {});
    static QByteArray builtInGrants(); // the console's reading of Lofty's API

    // The catalog as JSON (the format of resources/catalog/endpoints.json), or empty with *error.
    QByteArray toCatalogJson(const QByteArray& document, QString* error);
    // The same, parsed and checked; an empty catalog with *error on any problem.
    EndpointCatalog import(const QByteArray& document, QString* error);

private:
    struct Grant
    {
        QString id;
        QString api;
        bool safeToProbe = false;
    };
    struct Operation
    {
        QString method;
        QString path;
        JsonNode node;
        JsonNode pathItem;
        QString tag;
    };

    bool readGrants();
    bool readOperations(const JsonNode& paths);
    QList<Operation> operationsInTagOrder(const JsonNode& root) const;
    JsonNode endpointJson(const Operation& operation, OpenApiSchema& schema);
    JsonNode parametersJson(const Operation& operation, const QString& in, OpenApiSchema& schema);
    JsonNode bodyJson(const Operation& operation, OpenApiSchema& schema, JsonNode* sample);
    JsonNode responseJson(const Operation& operation, OpenApiSchema& schema, QString* mediaType);
    JsonNode errorsJson(const Operation& operation, OpenApiSchema& schema);
    JsonNode apisJson(const JsonNode& root) const;
    QString idFor(const Operation& operation);
    bool fail(const QString& message);

    QByteArray m_grantsJson;
    JsonNode m_grantApis;
    QString m_grantsComment;
    QHash<QString, Grant> m_grants; // "GET /v1.0/leads"
    QList<Operation> m_operations;
    QStringList m_usedIds;
    QStringList m_extraApis; // tags used as APIs, in order
    bool m_grantsUsed = false; // an operation of the document is named in the grants
    QString m_error;
};
