#pragma once

#include "json/JsonNode.h"

#include <QByteArray>

// Writes JSON text. Numbers and strings are copied byte for byte from their source text, so ids
// beyond 2^53, 1e400 or 0.1 come out exactly as they came in, and so does member order.
class JsonWriter
{
public:
    enum Style { Pretty, Compact };

    static constexpr int IndentWidth = 4;
    // Deeper levels are not indented further: pretty output of hostile nesting stays linear.
    static constexpr int MaxIndentDepth = 64;

    static QByteArray write(const JsonNode& node, Style style);

    // Re-indents raw JSON text without building a tree (fast, for huge bodies). The text is not
    // validated: malformed input comes out re-spaced but still malformed (never a crash).
    static QByteArray reformat(const QByteArray& raw, Style style);
};
