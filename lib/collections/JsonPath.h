#pragma once

#include "json/JsonNode.h"

#include <QString>

// Finds one value in a JSON document by a JSON Pointer (RFC 6901: "/leads/0/leadId") or by the
// simple subset of JSONPath (RFC 9535) that names one value: "$", ".member", "['member']" and
// "[index]" steps, e.g. "$.leads[0].leadId" or "$['_metadata'].scrollId". Filters, wildcards and
// slices are refused with an error rather than guessed at.
class JsonPath
{
public:
    // The value, or an invalid node when it does not exist. *error is set only when `expression`
    // itself is malformed.
    static JsonNode find(const JsonNode& root, const QString& expression, QString* error = nullptr);
    static bool isValidExpression(const QString& expression, QString* error = nullptr);

private:
    static JsonNode findByPointer(const JsonNode& root, const QString& pointer, QString* error);
    static JsonNode findByPath(const JsonNode& root, const QString& path, QString* error);
    static JsonNode step(const JsonNode& node, const QString& member, bool isIndex);
};
