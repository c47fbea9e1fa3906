#pragma once

#include "json/JsonNode.h"

#include <QString>

struct ApiResponse;

// One check on a response, written in the request file:
//   {"check": "status", "equals": 200}           the HTTP status
//   {"check": "loftyCode"}                       2xx and Lofty's `code` (top level or status.code)
//                                                is 0 or absent (Lofty reports some failures as
//                                                HTTP 200 with a non-zero code)
//   {"check": "exists", "path": "$.leadId"}      a JSONPath / JSON pointer has a value
//   {"check": "equals", "path": "...", "value": "42"}    its text equals (numbers exactly)
//   {"check": "matches", "path": "...", "pattern": "^[0-9]+$"}   a regular expression matches
//   {"check": "timeBelow", "ms": 2000}           the exchange took less than N ms
struct RequestAssertion
{
    enum class Kind { Status, LoftyCode, Exists, Equals, Matches, TimeBelow };

    Kind kind = Kind::Status;
    QString path; // Exists, Equals, Matches
    QString expected; // Status and TimeBelow: a number; Equals: the text; Matches: the pattern

    bool operator==(const RequestAssertion& other) const
    {
        return kind == other.kind && path == other.path && expected == other.expected;
    }

    // True when the response passes; otherwise *failure says what was found instead.
    bool check(const ApiResponse& response, const JsonNode& body, QString* failure) const;
    QString describe() const; // "status is 200", "$.leadId exists", ...

    JsonNode toJson() const;
    static bool fromJson(const JsonNode& json, RequestAssertion* assertion, QString* error);
    static QString kindName(Kind kind);

private:
    static bool validate(const RequestAssertion& assertion, QString* error);
    bool checkPath(const JsonNode& body, QString* failure) const;
    static bool checkLoftyCode(const ApiResponse& response, const JsonNode& body, QString* failure);
};
