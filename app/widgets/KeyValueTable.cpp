#include "widgets/KeyValueTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

KeyValueTable::KeyValueTable(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    // No mnemonics: a panel may hold several tables, and Alt+A must not mean two buttons.
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("keyValueTable"));
    m_table->setObjectName(QStringLiteral("keyValueRows"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_editTriggers = m_table->editTriggers().toInt();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Name and value pairs"));
    m_table->setAccessibleDescription(tr("Edit a cell with F2 or by typing; empty names are ignored"));
    m_add->setObjectName(QStringLiteral("keyValueAdd"));
    m_add->setAccessibleName(tr("Add row"));
    m_add->setAccessibleDescription(tr("Adds an empty name/value row"));
    m_remove->setObjectName(QStringLiteral("keyValueRemove"));
    m_remove->setAccessibleName(tr("Remove rows"));
    m_remove->setAccessibleDescription(tr("Removes the selected rows"));
    setHeaderLabels(tr("Name"), tr("Value"));

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_remove);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, &KeyValueTable::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, &KeyValueTable::edited);
}

void KeyValueTable::setHeaderLabels(const QString& nameLabel, const QString& valueLabel)
{
    m_table->setHorizontalHeaderLabels({nameLabel, valueLabel});
}

void KeyValueTable::setPairs(const Pairs& pairs)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const auto& pair : pairs)
        addRow(pair.first, pair.second);
    emit edited();
}

KeyValueTable::Pairs KeyValueTable::pairs() const
{
    Pairs result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* name = m_table->item(row, 0);
        const QTableWidgetItem* value = m_table->item(row, 1);
        const QString key = name ? name->text().trimmed() : QString();
        if (!key.isEmpty())
            result.append({key, value ? value->text() : QString()});
    }
    return result;
}

void KeyValueTable::addRow(const QString& name, const QString& value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column : {0, 1}) {
        auto* item = new QTableWidgetItem(column == 0 ? name : value);
        if (m_readOnly)
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, column, item);
    }
}

void KeyValueTable::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::EditTriggers::fromInt(m_editTriggers));
    m_table->setAccessibleDescription(
        readOnly ? tr("Read only") : tr("Edit a cell with F2 or by typing; empty names are ignored"));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column : {0, 1}) {
            QTableWidgetItem* item = m_table->item(row, column);
            if (item)
                item->setFlags(
                    readOnly ? item->flags() & ~Qt::ItemIsEditable : item->flags() | Qt::ItemIsEditable);
        }
    }
}

int KeyValueTable::rowCount() const
{
    return m_table->rowCount();
}

void KeyValueTable::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_table->removeRow(row);
    emit edited();
}
