#pragma once

#include "catalog/CatalogParameter.h"
#include "json/JsonNode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Reads the schemas of one OpenAPI 3.0/3.1 document: follows local "$ref"s (JSON pointers into
// the same document, RFC 6901) with a bound on depth and cycles, turns parameter schemas into
// catalog types, lists a body's top-level fields and builds sample values with the schema's
// names and types. A document that exceeds a bound gets an error, never a crash or a hang.
class OpenApiSchema
{
    Q_DECLARE_TR_FUNCTIONS(OpenApiSchema)

public:
    static constexpr int MaxRefDepth = 32; // nested "$ref"s followed for one value
    static constexpr int MaxSampleValues = 20000; // values in one generated sample

    explicit OpenApiSchema(const JsonNode& root);

    // `node` with every "$ref" at its top followed; an invalid node and error() set when the
    // reference is not local, points nowhere, loops or nests deeper than MaxRefDepth.
    JsonNode resolve(const JsonNode& node);
    QString error() const { return m_error; }
    bool hasError() const { return !m_error.isEmpty(); }

    // The catalog type of a parameter schema ("int64", "enum", ...), with enum values and bounds.
    void describe(const JsonNode& schema, CatalogParameter* parameter);
    // The top-level properties of an object schema (allOf merged; of the items for an array),
    // required ones marked.
    QList<CatalogParameter> fields(const JsonNode& schema);
    // A value following the schema: its examples where given, else a typed placeholder.
    JsonNode sample(const JsonNode& schema);

private:
    JsonNode pointer(const QString& reference);
    JsonNode sampleAt(const JsonNode& schema, int depth);
    JsonNode sampleResolved(const JsonNode& schema, int depth);
    JsonNode sampleObject(const JsonNode& schema, int depth);
    JsonNode sampleScalar(const JsonNode& schema, const QString& type);
    void collectProperties(const JsonNode& schema, QList<std::pair<QString, JsonNode>>* properties,
        QStringList* required, int depth);
    static QString typeOf(const JsonNode& schema);
    void fail(const QString& message);

    JsonNode m_root;
    QString m_error;
    int m_budget = MaxSampleValues;
    QStringList m_expanding; // the "$ref"s being sampled, outermost first
};
