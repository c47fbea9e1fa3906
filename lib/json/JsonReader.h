#pragma once

#include "json/JsonDocumentData.h"
#include "json/JsonNode.h"
#include "json/JsonParseError.h"

#include <QByteArray>

#include <atomic>
#include <memory>

// A strict RFC 8259 parser: UTF-8 only (an initial byte-order mark is skipped), no comments, no
// trailing commas, no leading zeros, no unescaped control characters, no lone surrogates, one
// value per text. It never recurses (an explicit stack), so hostile nesting gives an error, not
// a stack overflow; nesting beyond maxDepth() is rejected. Texts of 4 GiB and more are rejected.
class JsonReader
{
public:
    static constexpr int DefaultMaxDepth = 1000;

    void setMaxDepth(int depth) { m_maxDepth = depth; }
    int maxDepth() const { return m_maxDepth; }
    // Checked now and then while parsing; when it becomes true, parsing stops with an error.
    void setCancelFlag(const std::atomic<bool>* cancelled) { m_cancelled = cancelled; }

    // nullptr and *error filled on failure.
    std::shared_ptr<const JsonDocumentData> read(const QByteArray& json, JsonParseError* error) const;

    // Convenience: the root node, or an invalid node with *error = JsonParseError::toString().
    static JsonNode parse(const QByteArray& json, QString* error);

private:
    int m_maxDepth = DefaultMaxDepth;
    const std::atomic<bool>* m_cancelled = nullptr;
};
