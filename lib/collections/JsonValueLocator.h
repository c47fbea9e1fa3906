#pragma once

#include "json/JsonNode.h"

#include <QString>

// Finds one value in a JSON document (a capture's or an assertion's target) by a JSON Pointer
// (RFC 6901: "/leads/0/leadId") or by a JSONPath (RFC 9535) that names one value, e.g.
// "$.leads[0].leadId" or "$['_metadata'].scrollId". Paths are parsed by JsonPath; wildcards and
// descendants name several values and are refused rather than guessed at.
class JsonValueLocator
{
public:
    // The value, or an invalid node when it does not exist. *error is set only when `expression`
    // itself is malformed.
    static JsonNode find(const JsonNode& root, const QString& expression, QString* error = nullptr);
    static bool isValidExpression(const QString& expression, QString* error = nullptr);

private:
    static JsonNode findByPointer(const JsonNode& root, const QString& pointer, QString* error);
    static JsonNode findByPath(const JsonNode& root, const QString& path, QString* error);
    static JsonNode step(const JsonNode& node, const QString& member);
};
