#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// Reads an OpenAPI 3.0 document's schemas: resolves `$ref`s, checks a JSON answer against a
// response schema (keys and JSON types, recursively) and builds a request body from a schema.
class OpenApiShape
{
public:
    explicit OpenApiShape(const QJsonObject& document);

    QJsonObject resolve(const QJsonObject& schema) const;
    // Every problem with `value`, one per line, each naming the JSON path ("$.lead.tags[0].tagId").
    // A top-level object must not be empty and must carry every object or array property of the
    // schema (the envelope: "lead", "tasks", "_metadata", "timeLines", ...); any object may leave
    // scalar fields out, but a key the schema does not declare, or a value of another JSON type,
    // is a problem.
    QStringList check(const QJsonValue& value, const QJsonObject& schema) const;
    // A body with every property of the schema, values by type, a few by name (see the .cpp).
    QJsonValue sample(const QJsonObject& schema, const QJsonObject& hints, int depth = 0) const;

private:
    void checkValue(const QJsonValue& value, const QJsonObject& schema, const QString& where, bool top,
        QStringList* problems) const;
    void checkObject(const QJsonObject& value, const QJsonObject& schema, const QString& where, bool top,
        QStringList* problems) const;
    static bool typeMatches(const QJsonValue& value, const QString& type);

    QJsonObject m_schemas;
};
