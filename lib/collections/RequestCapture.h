#pragma once

#include "json/JsonNode.h"

#include <QString>

struct ApiResponse;

// After a response: sets `variable` from the body (a JSON pointer or JSONPath), a header, or the
// HTTP status, so that the next request can use {{variable}} (e.g. leadId from POST /v1.0/leads).
struct RequestCapture
{
    enum class Source { Body, Header, Status };

    QString variable;
    Source source = Source::Body;
    QString expression; // the path for Body, the header name for Header, unused for Status

    bool operator==(const RequestCapture& other) const
    {
        return variable == other.variable && source == other.source && expression == other.expression;
    }

    // The captured text (a string's decoded value, a number's exact text, other JSON as compact
    // text); false and *error when the value is not there.
    bool apply(const ApiResponse& response, const JsonNode& body, QString* value, QString* error) const;

    JsonNode toJson() const;
    static bool fromJson(const JsonNode& json, RequestCapture* capture, QString* error);
    static QString sourceName(Source source);
};
