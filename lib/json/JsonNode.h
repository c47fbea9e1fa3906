#pragma once

#include "json/JsonDocumentData.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

// A read-only handle on one value of a JsonDocumentData: cheap to copy (a shared pointer and an
// index), valid as long as it is held. Object members keep the source order, duplicate keys
// included; a Number keeps its exact source text, so 64-bit ids never pass through a double.
// A default-constructed node is "invalid": what a lookup of a missing member returns.
class JsonNode
{
public:
    using Kind = JsonDocumentData::Kind;

    JsonNode() = default;
    JsonNode(std::shared_ptr<const JsonDocumentData> document, quint32 index);

    bool isValid() const { return m_document != nullptr; }
    Kind kind() const; // Null for an invalid node
    bool isNull() const { return isValid() && kind() == Kind::Null; }
    bool isBool() const { return isValid() && kind() == Kind::Bool; }
    bool isNumber() const { return isValid() && kind() == Kind::Number; }
    bool isString() const { return isValid() && kind() == Kind::String; }
    bool isArray() const { return isValid() && kind() == Kind::Array; }
    bool isObject() const { return isValid() && kind() == Kind::Object; }
    bool isContainer() const { return isArray() || isObject(); }

    bool toBool(bool defaultValue = false) const;
    QByteArray numberText() const; // exact source text of a Number, empty otherwise
    bool isInteger() const; // a Number without fraction or exponent
    qint64 toInt64(bool* ok = nullptr) const;
    quint64 toUInt64(bool* ok = nullptr) const;
    double toDouble(bool* ok = nullptr) const; // lossy for big integers; prefer numberText()
    QString toString() const; // the decoded text of a String, empty otherwise
    QString displayText() const; // String decoded, Number exact, true/false/null

    int size() const; // members or elements of a container, 0 otherwise
    JsonNode at(int i) const;
    QString keyAt(int i) const;
    bool hasKey() const; // an object member
    QString key() const; // the member's key, empty for array elements and the root
    JsonNode value(QStringView key) const; // the first member with this key, or an invalid node
    JsonNode operator[](QStringView key) const { return value(key); }
    JsonNode operator[](int i) const { return at(i); }
    bool contains(QStringView key) const { return value(key).isValid(); }
    QStringList keys() const; // source order, duplicates kept

    QByteArray rawText() const; // the exact source text of this value

    std::shared_ptr<const JsonDocumentData> document() const { return m_document; }
    quint32 entryIndex() const { return m_index; }

    // Building values in code (samples, test fixtures, sandbox answers).
    static JsonNode null();
    static JsonNode boolean(bool value);
    static JsonNode number(qint64 value);
    static JsonNode unsignedNumber(quint64 value);
    static JsonNode numberFromText(const QByteArray& text); // invalid node unless a JSON number
    static JsonNode string(const QString& text);
    static JsonNode array(const QList<JsonNode>& elements);
    static JsonNode object(const QList<std::pair<QString, JsonNode>>& members);
    static JsonNode fromRawText(const QByteArray& json); // invalid node if not valid JSON

private:
    const JsonDocumentData::Entry& entry() const { return m_document->entry(m_index); }
    const char* data() const { return m_document->source().constData(); }

    std::shared_ptr<const JsonDocumentData> m_document;
    quint32 m_index = 0;
};
