#pragma once

#include "json/JsonNode.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

// A read-only tree of a JSON document for QTreeView: columns key, value, type. Numbers show
// their exact source text (64-bit ids stay exact). Nothing is copied out of the document: an
// index points at a value record. Big containers come in batches through fetchMore(), so a
// million-element array does not make a million rows up front. A container root shows its
// members at the top level; a scalar root is one row.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        RawJsonRole = Qt::UserRole + 1, // QByteArray: the exact source text of the value
        KindRole, // int: JsonNode::Kind
        PathRole, // QString: $.leads[0].id
    };
    static constexpr int DefaultBatchSize = 1000;
    static constexpr int MaxDisplayLength = 4096; // longer strings are cut in DisplayRole only

    explicit JsonTreeModel(QObject* parent = nullptr);

    void setDocument(std::shared_ptr<const JsonDocumentData> document);
    void setRoot(const JsonNode& root);
    void clear();
    JsonNode root() const { return m_root; }
    JsonNode nodeAt(const QModelIndex& index) const;
    QString pathOf(const QModelIndex& index) const;

    void setBatchSize(int rows) { m_batchSize = qMax(1, rows); }
    int batchSize() const { return m_batchSize; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    // internalId of an index = the record index of its parent container, or ScalarRoot.
    static constexpr quintptr ScalarRoot = ~quintptr(0);

    quint32 recordOf(const QModelIndex& index) const;
    quint32 containerOf(const QModelIndex& parent) const; // ScalarRoot-less parents only
    int childCount(quint32 container) const;
    int loadedCount(quint32 container) const;
    QString keyText(const QModelIndex& index, const JsonNode& node) const;
    QString valueText(const JsonNode& node) const;
    QString kindText(JsonNode::Kind kind) const;

    JsonNode m_root;
    int m_batchSize = DefaultBatchSize;
    bool m_fetching = false; // views ask canFetchMore() again while rows are being inserted
    QHash<quint32, int> m_loaded; // container record -> rows fetched so far
    mutable QHash<quint32, quintptr> m_parentOf; // container record -> its parent's record
};
