#include "json/JsonDocumentData.h"

#include "json/JsonNode.h"

JsonDocumentData::JsonDocumentData(QByteArray source, std::vector<Entry> entries, quint32 rootIndex)
    : m_source(std::move(source))
    , m_entries(std::move(entries))
    , m_rootIndex(rootIndex)
{ }

JsonNode JsonDocumentData::root() const
{
    return node(m_rootIndex);
}

JsonNode JsonDocumentData::node(quint32 index) const
{
    if (index >= m_entries.size())
        return {};
    return JsonNode(shared_from_this(), index);
}
