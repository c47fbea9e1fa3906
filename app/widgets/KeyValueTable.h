#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QPushButton;
class QTableWidget;

// An editable table of name/value pairs (headers, query parameters, extra OAuth parameters) with
// Add and Remove buttons. Rows with an empty name are ignored by pairs(). Read-only, it only shows
// pairs (received headers): no buttons, no editing, cells still selectable and copyable.
class KeyValueTable : public QWidget
{
    Q_OBJECT

public:
    using Pairs = QList<QPair<QString, QString>>;

    explicit KeyValueTable(QWidget* parent = nullptr);

    void setHeaderLabels(const QString& nameLabel, const QString& valueLabel);
    void setPairs(const Pairs& pairs);
    Pairs pairs() const;
    void addRow(const QString& name = QString(), const QString& value = QString());
    int rowCount() const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    QTableWidget* table() const { return m_table; }

signals:
    void edited();

private:
    void removeSelectedRows();

    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    bool m_readOnly = false;
    int m_editTriggers = 0; // the table's own, restored when it becomes editable again
};
