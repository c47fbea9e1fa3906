#include "json/JsonNode.h"

#include "json/JsonReader.h"
#include "json/JsonStringCodec.h"

#include <algorithm>
#include <cstring>

JsonNode::JsonNode(std::shared_ptr<const JsonDocumentData> document, quint32 index)
    : m_document(std::move(document))
    , m_index(index)
{ }

JsonNode::Kind JsonNode::kind() const
{
    return isValid() ? entry().kind : Kind::Null;
}

bool JsonNode::toBool(bool defaultValue) const
{
    if (!isBool())
        return defaultValue;
    return data()[entry().offset] == 't';
}

QByteArray JsonNode::numberText() const
{
    return isNumber() ? rawText() : QByteArray();
}

bool JsonNode::isInteger() const
{
    if (!isNumber())
        return false;
    const auto& e = entry();
    const char* text = data() + e.offset;
    return std::find_if(text, text + e.length, [](char c) { return c == '.' || c == 'e' || c == 'E'; })
        == text + e.length;
}

qint64 JsonNode::toInt64(bool* ok) const
{
    bool converted = false;
    const qint64 value = isInteger() ? rawText().toLongLong(&converted) : 0;
    if (ok)
        *ok = converted;
    return converted ? value : 0;
}

quint64 JsonNode::toUInt64(bool* ok) const
{
    bool converted = false;
    const QByteArray text = isInteger() ? rawText() : QByteArray();
    const quint64 value = text.startsWith('-') ? 0 : text.toULongLong(&converted);
    if (ok)
        *ok = converted;
    return converted ? value : 0;
}

double JsonNode::toDouble(bool* ok) const
{
    bool converted = false;
    const double value = isNumber() ? rawText().toDouble(&converted) : 0.0;
    if (ok)
        *ok = converted;
    return value;
}

QString JsonNode::toString() const
{
    if (!isString())
        return {};
    const auto& e = entry();
    return JsonStringCodec::decode(
        data() + e.offset + 1, e.length - 2, e.flags & JsonDocumentData::ValueHasEscapes);
}

QString JsonNode::displayText() const
{
    switch (kind()) {
    case Kind::String:
        return toString();
    case Kind::Number:
    case Kind::Bool:
    case Kind::Null:
        return isValid() ? QString::fromLatin1(rawText()) : QString();
    case Kind::Array:
    case Kind::Object:
        break;
    }
    return {};
}

int JsonNode::size() const
{
    return isContainer() ? int(entry().childCount) : 0;
}

JsonNode JsonNode::at(int i) const
{
    if (i < 0 || i >= size())
        return {};
    return JsonNode(m_document, entry().firstChild + quint32(i));
}

QString JsonNode::keyAt(int i) const
{
    return at(i).key();
}

bool JsonNode::hasKey() const
{
    return isValid() && (entry().flags & JsonDocumentData::HasKey);
}

QString JsonNode::key() const
{
    if (!hasKey())
        return {};
    const auto& e = entry();
    return JsonStringCodec::decode(
        data() + e.keyOffset, e.keyLength, e.flags & JsonDocumentData::KeyHasEscapes);
}

JsonNode JsonNode::value(QStringView key) const
{
    if (!isObject())
        return {};
    const QByteArray wanted = key.toUtf8();
    const auto& e = entry();
    for (quint32 i = 0; i < e.childCount; ++i) {
        const quint32 index = e.firstChild + i;
        const auto& member = m_document->entry(index);
        const bool same = (member.flags & JsonDocumentData::KeyHasEscapes)
            ? JsonNode(m_document, index).key() == key
            : (member.keyLength == quint32(wanted.size())
                && std::memcmp(data() + member.keyOffset, wanted.constData(), member.keyLength) == 0);
        if (same)
            return JsonNode(m_document, index);
    }
    return {};
}

QStringList JsonNode::keys() const
{
    QStringList result;
    if (!isObject())
        return result;
    result.reserve(size());
    for (int i = 0; i < size(); ++i)
        result << keyAt(i);
    return result;
}

QByteArray JsonNode::rawText() const
{
    if (!isValid())
        return {};
    const auto& e = entry();
    return m_document->source().mid(e.offset, e.length);
}

JsonNode JsonNode::null()
{
    return fromRawText("null");
}

JsonNode JsonNode::boolean(bool value)
{
    return fromRawText(value ? "true" : "false");
}

JsonNode JsonNode::number(qint64 value)
{
    return fromRawText(QByteArray::number(value));
}

JsonNode JsonNode::unsignedNumber(quint64 value)
{
    return fromRawText(QByteArray::number(value));
}

JsonNode JsonNode::numberFromText(const QByteArray& text)
{
    JsonNode node = fromRawText(text);
    return node.isNumber() ? node : JsonNode();
}

JsonNode JsonNode::string(const QString& text)
{
    return fromRawText(JsonStringCodec::quote(text));
}

JsonNode JsonNode::array(const QList<JsonNode>& elements)
{
    QByteArray text = "[";
    for (const JsonNode& element : elements) {
        if (text.size() > 1)
            text += ',';
        text += element.isValid() ? element.rawText() : QByteArray("null");
    }
    text += ']';
    return fromRawText(text);
}

JsonNode JsonNode::object(const QList<std::pair<QString, JsonNode>>& members)
{
    QByteArray text = "{";
    for (const auto& [key, value] : members) {
        if (text.size() > 1)
            text += ',';
        text += JsonStringCodec::quote(key);
        text += ':';
        text += value.isValid() ? value.rawText() : QByteArray("null");
    }
    text += '}';
    return fromRawText(text);
}

JsonNode JsonNode::fromRawText(const QByteArray& json)
{
    return JsonReader::parse(json, nullptr);
}
