#pragma once

#include "json/JsonNode.h"

#include <QList>
#include <QString>

// A JSONPath expression (the subset of RFC 9535 that a response filter needs): the root `$`,
// member names (`.name`, `['name']`, `["name"]`), array indexes (`[0]`, `[-1]` from the end),
// wildcards (`.*`, `[*]`) and descendants (`..name`, `..*`, `..[0]`). Matches come in document
// order with their normalized paths, written as JsonTreeModel::pathOf writes them.
class JsonPath
{
public:
    struct Match
    {
        QString path; // $.leads[0].id
        JsonNode node;
    };

    // A default-constructed path is invalid. parse() says why an expression is not one.
    JsonPath() = default;
    static JsonPath parse(const QString& expression, QString* error);

    bool isValid() const { return m_valid; }
    // Names at most one value: only member and index steps (RFC 9535 section 2.3.5.1, "singular query").
    bool isSingular() const;
    // At most `limit` matches; *truncated says whether there were more.
    QList<Match> evaluate(const JsonNode& root, int limit, bool* truncated = nullptr) const;

    // `.key` when the key is an identifier, `["key"]` otherwise (quotes and backslashes escaped).
    static QString memberPath(const QString& key);

private:
    struct Step
    {
        enum class Kind { Member, Index, Wildcard };
        Kind kind = Kind::Member;
        bool descendants = false; // `..`: this step applies to every descendant as well
        QString name;
        int index = 0;
    };
    class Parser;

    QList<Step> m_steps;
    bool m_valid = false;
};
