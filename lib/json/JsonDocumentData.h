#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <memory>
#include <vector>

class JsonNode;

// A parsed JSON text: the source bytes plus one fixed-size record per value. Nothing is copied
// out of the source: numbers, strings and keys are (offset, length) slices into it, so numbers
// keep their exact text and a 50 MB body costs the body plus 28 bytes per value. The children of
// a container are stored next to each other, which gives O(1) access to child number i.
// Immutable once built; share it with std::shared_ptr<const JsonDocumentData> across threads.
class JsonDocumentData : public std::enable_shared_from_this<JsonDocumentData>
{
public:
    enum class Kind : quint8 { Null, Bool, Number, String, Array, Object };
    enum Flag : quint8 { KeyHasEscapes = 1, ValueHasEscapes = 2, HasKey = 4 };

    struct Entry
    {
        Kind kind = Kind::Null;
        quint8 flags = 0;
        quint32 keyOffset = 0; // first byte after the key's opening quote
        quint32 keyLength = 0; // bytes between the key's quotes
        quint32 offset = 0; // first byte of the value's text (a string's opening quote)
        quint32 length = 0; // bytes of the value's text, quotes and brackets included
        quint32 firstChild = 0;
        quint32 childCount = 0;
    };

    JsonDocumentData(QByteArray source, std::vector<Entry> entries, quint32 rootIndex);

    const QByteArray& source() const { return m_source; }
    const Entry& entry(quint32 index) const { return m_entries[index]; }
    quint32 entryCount() const { return quint32(m_entries.size()); }
    quint32 rootIndex() const { return m_rootIndex; }

    JsonNode root() const;
    JsonNode node(quint32 index) const;

    // Bytes held by the value records (the source is reported by source().size()).
    qint64 recordBytes() const { return qint64(m_entries.capacity() * sizeof(Entry)); }

private:
    QByteArray m_source;
    std::vector<Entry> m_entries;
    quint32 m_rootIndex = 0;
};
