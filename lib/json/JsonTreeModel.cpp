#include "json/JsonTreeModel.h"

#include <QRegularExpression>

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void JsonTreeModel::setDocument(std::shared_ptr<const JsonDocumentData> document)
{
    setRoot(document ? document->root() : JsonNode());
}

void JsonTreeModel::setRoot(const JsonNode& root)
{
    beginResetModel();
    m_root = root;
    m_loaded.clear();
    m_parentOf.clear();
    endResetModel();
}

void JsonTreeModel::clear()
{
    setRoot(JsonNode());
}

JsonNode JsonTreeModel::nodeAt(const QModelIndex& index) const
{
    if (!index.isValid() || !m_root.isValid())
        return {};
    return m_root.document()->node(recordOf(index));
}

quint32 JsonTreeModel::recordOf(const QModelIndex& index) const
{
    if (index.internalId() == ScalarRoot)
        return m_root.entryIndex();
    return m_root.document()->entry(quint32(index.internalId())).firstChild + quint32(index.row());
}

quint32 JsonTreeModel::containerOf(const QModelIndex& parent) const
{
    return parent.isValid() ? recordOf(parent) : m_root.entryIndex();
}

int JsonTreeModel::childCount(quint32 container) const
{
    const auto& entry = m_root.document()->entry(container);
    const bool isContainer = entry.kind == JsonNode::Kind::Array || entry.kind == JsonNode::Kind::Object;
    return isContainer ? int(entry.childCount) : 0;
}

int JsonTreeModel::loadedCount(quint32 container) const
{
    return m_loaded.value(container, qMin(childCount(container), m_batchSize));
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid() && !m_root.isContainer())
        return createIndex(row, column, ScalarRoot);
    const quint32 container = containerOf(parent);
    if (parent.isValid())
        m_parentOf.insert(container, parent.internalId());
    return createIndex(row, column, quintptr(container));
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == ScalarRoot)
        return {};
    const quint32 container = quint32(child.internalId());
    if (container == m_root.entryIndex())
        return {};
    const quintptr grandParent = m_parentOf.value(container, ScalarRoot);
    if (grandParent == ScalarRoot)
        return {};
    const int row = int(container - m_root.document()->entry(quint32(grandParent)).firstChild);
    return createIndex(row, 0, grandParent);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!m_root.isValid() || parent.column() > 0)
        return 0;
    if (!parent.isValid() && !m_root.isContainer())
        return 1;
    return loadedCount(containerOf(parent));
}

int JsonTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (!m_root.isValid() || parent.column() > 0)
        return false;
    if (!parent.isValid())
        return true;
    return childCount(recordOf(parent)) > 0;
}

bool JsonTreeModel::canFetchMore(const QModelIndex& parent) const
{
    if (m_fetching || !m_root.isValid() || parent.column() > 0
        || (!parent.isValid() && !m_root.isContainer()))
        return false;
    const quint32 container = containerOf(parent);
    return loadedCount(container) < childCount(container);
}

void JsonTreeModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const quint32 container = containerOf(parent);
    const int loaded = loadedCount(container);
    const int next = qMin(childCount(container), loaded + m_batchSize);
    m_fetching = true;
    beginInsertRows(parent, loaded, next - 1);
    m_loaded.insert(container, next);
    endInsertRows();
    m_fetching = false;
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_root.isValid())
        return {};
    const JsonNode node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        QString text;
        if (index.column() == KeyColumn)
            text = keyText(index, node);
        else if (index.column() == ValueColumn)
            text = valueText(node);
        else
            text = kindText(node.kind());
        if (role == Qt::DisplayRole && text.size() > MaxDisplayLength)
            text = text.left(MaxDisplayLength) + QChar(0x2026);
        return text;
    }
    case RawJsonRole:
        return node.rawText();
    case KindRole:
        return int(node.kind());
    case PathRole:
        return pathOf(index);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (childCount(recordOf(index)) == 0)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QString JsonTreeModel::pathOf(const QModelIndex& index) const
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    QStringList parts;
    for (QModelIndex current = index.siblingAtColumn(0); current.isValid(); current = current.parent()) {
        const JsonNode node = nodeAt(current);
        if (current.internalId() == ScalarRoot)
            break;
        if (node.hasKey()) {
            const QString key = node.key();
            if (identifier.match(key).hasMatch())
                parts.prepend(QLatin1Char('.') + key);
            else
                parts.prepend(QStringLiteral("[\"%1\"]")
                                  .arg(QString(key)
                                           .replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                                           .replace(QLatin1Char('"'), QLatin1String("\\\""))));
        } else {
            parts.prepend(QStringLiteral("[%1]").arg(current.row()));
        }
    }
    return QLatin1Char('$') + parts.join(QString());
}

QString JsonTreeModel::keyText(const QModelIndex& index, const JsonNode& node) const
{
    if (index.internalId() == ScalarRoot)
        return tr("(root)");
    if (node.hasKey())
        return node.key();
    return QStringLiteral("[%1]").arg(index.row());
}

QString JsonTreeModel::valueText(const JsonNode& node) const
{
    if (node.isArray())
        return tr("[%n element(s)]", nullptr, node.size());
    if (node.isObject())
        return tr("{%n member(s)}", nullptr, node.size());
    return node.displayText();
}

QString JsonTreeModel::kindText(JsonNode::Kind kind) const
{
    switch (kind) {
    case JsonNode::Kind::Null:
        return tr("Null");
    case JsonNode::Kind::Bool:
        return tr("Bool");
    case JsonNode::Kind::Number:
        return tr("Number");
    case JsonNode::Kind::String:
        return tr("String");
    case JsonNode::Kind::Array:
        return tr("Array");
    case JsonNode::Kind::Object:
        return tr("Object");
    }
    return {};
}
