#include "EnvironmentDialog.h"

#include "collections/CollectionStore.h"
#include "collections/SecretVariables.h"
#include "profiles/SecretStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

EnvironmentDialog::EnvironmentDialog(const QString& rootPath, const QString& collectionName,
    const CollectionEnvironment& environment, SecretStore* store, const QString& profileId, QWidget* parent)
    : QDialog(parent)
    , m_rootPath(rootPath)
    , m_collectionName(collectionName)
    , m_environment(environment)
    , m_store(store)
    , m_profileId(profileId)
{
    setObjectName(QStringLiteral("environmentDialog"));
    setWindowTitle(tr("Environment \"%1\"").arg(environment.name));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("environmentVariablesTable"));
    m_table->setHorizontalHeaderLabels({tr("Variable"), tr("Value"), tr("Secret")});
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Variables of the environment"));
    auto* add = new QPushButton(tr("&Add variable"), this);
    add->setObjectName(QStringLiteral("addVariableButton"));
    auto* remove = new QPushButton(tr("&Remove variable"), this);
    remove->setObjectName(QStringLiteral("removeVariableButton"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("environmentProblemLabel"));
    m_problem->setWordWrap(true);
    auto* note = new QLabel(
        tr("Secret values are kept in the system keychain, never in the collection's files."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("environmentButtons"));

    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (const auto& [name, value] : std::as_const(environment.variables))
        addRow(name, value, false);
    for (const QString& name : std::as_const(environment.secretVariables))
        addRow(name, QString(), true);
    connect(add, &QPushButton::clicked, this, [this] { addRow(QString(), QString(), false); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == SecretColumn)
            setSecret(item->row(), item->checkState() == Qt::Checked);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &EnvironmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnvironmentDialog::reject);
    resize(560, 360);
    loadSecrets(environment.secretVariables);
}

void EnvironmentDialog::addRow(const QString& name, const QString& value, bool secret)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(name));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));
    auto* check = new QTableWidgetItem;
    check->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    check->setCheckState(secret ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, SecretColumn, check);
    if (secret)
        setSecret(row, true);
}

// A secret value is edited in a password field, so it is never on screen in clear; turning a
// plain variable secret carries its value over (it then leaves the file on save).
void EnvironmentDialog::setSecret(int row, bool secret)
{
    auto* editor = qobject_cast<QLineEdit*>(m_table->cellWidget(row, ValueColumn));
    if (secret && !editor) {
        editor = new QLineEdit(m_table);
        editor->setObjectName(QStringLiteral("secretValueEdit"));
        editor->setEchoMode(QLineEdit::Password);
        editor->setEnabled(m_store);
        editor->setPlaceholderText(m_store ? tr("(not stored)") : tr("(no keychain)"));
        editor->setAccessibleName(tr("Secret value"));
        const QString plain = m_table->item(row, ValueColumn)->text();
        if (!plain.isEmpty()) {
            editor->setText(plain);
            editor->setModified(true);
        }
        m_table->item(row, ValueColumn)->setText(QString());
        m_table->setCellWidget(row, ValueColumn, editor);
    } else if (!secret && editor) {
        m_table->item(row, ValueColumn)->setText(editor->text());
        m_table->removeCellWidget(row, ValueColumn);
    }
}

void EnvironmentDialog::loadSecrets(const QStringList& names)
{
    if (!m_store || names.isEmpty()) {
        m_secretsShown = true;
        return;
    }
    SecretVariables::read(m_store, m_profileId, m_collectionName, m_environment.name, names, this,
        [this](const SecretVariables::Values& read) {
            if (!read.error.isEmpty())
                showProblem(tr("The keychain cannot be read: %1").arg(read.error));
            for (int row = 0; row < m_table->rowCount(); ++row) {
                auto* editor = qobject_cast<QLineEdit*>(m_table->cellWidget(row, ValueColumn));
                const QTableWidgetItem* name = m_table->item(row, NameColumn);
                if (editor && name && read.values.contains(name->text()) && !editor->isModified())
                    editor->setText(read.values.value(name->text()));
            }
            m_secretsShown = true;
            emit secretsLoaded();
        });
}

void EnvironmentDialog::accept()
{
    CollectionEnvironment edited;
    edited.name = m_environment.name;
    QList<QPair<QString, QString>> secrets; // name, value to store ("" removes)
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, NameColumn)->text().trimmed();
        if (name.isEmpty())
            continue;
        auto* editor = qobject_cast<QLineEdit*>(m_table->cellWidget(row, ValueColumn));
        if (!editor) {
            edited.variables.append({name, m_table->item(row, ValueColumn)->text()});
            continue;
        }
        if (!m_store && editor->isModified()) {
            showProblem(tr("No keychain is available: the secret %1 cannot be stored.").arg(name));
            return;
        }
        edited.secretVariables.append(name);
        if (editor->isModified()
            && (!editor->text().isEmpty() || m_environment.secretVariables.contains(name)))
            secrets.append({name, editor->text()});
    }
    // Secrets that were dropped or made plain leave the keychain.
    for (const QString& name : std::as_const(m_environment.secretVariables)) {
        if (!edited.secretVariables.contains(name) && m_store)
            secrets.append({name, QString()});
    }
    QString error;
    if (!CollectionStore::saveEnvironment(m_rootPath, edited, &error)) {
        showProblem(error);
        return;
    }
    m_environment = edited;
    writeSecrets(secrets);
}

void EnvironmentDialog::writeSecrets(QList<QPair<QString, QString>> pending)
{
    if (pending.isEmpty()) {
        QDialog::accept();
        return;
    }
    const auto [name, value] = pending.takeFirst();
    SecretVariables::write(m_store, m_profileId, m_collectionName, m_environment.name, name, value, this,
        [this, pending, name = name, removing = value.isEmpty()](bool ok, const QString& error) {
            // A removal of a value that was never stored is not a problem.
            if (!ok && !removing) {
                showProblem(tr("The secret %1 was not stored in the keychain: %2").arg(name, error));
                return;
            }
            writeSecrets(pending);
        });
}

void EnvironmentDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
}
