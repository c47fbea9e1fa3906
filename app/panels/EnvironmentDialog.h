#pragma once

#include "collections/CollectionEnvironment.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QTableWidget;
class SecretStore;

// Edits one environment of a collection: its variables, each plain or secret. A plain variable
// is written to environments/<name>.json; a secret one only by name, its value going to the
// keychain (SecretVariables) and shown masked. Without a keychain, secret values cannot be set
// here (the CLI reads them from LOFTY_SECRET_<name> too).
class EnvironmentDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, SecretColumn, ColumnCount };

    EnvironmentDialog(const QString& rootPath, const QString& collectionName,
        const CollectionEnvironment& environment, SecretStore* store, const QString& profileId,
        QWidget* parent = nullptr);

    bool secretsShown() const { return m_secretsShown; } // the stored values are in the fields
    void accept() override; // writes the file, then the keychain; stays open on a problem

signals:
    void secretsLoaded(); // the stored secret values are shown (masked)

private:
    void addRow(const QString& name, const QString& value, bool secret);
    void setSecret(int row, bool secret);
    void loadSecrets(const QStringList& names);
    void writeSecrets(QList<QPair<QString, QString>> pending);
    void showProblem(const QString& text);

    QString m_rootPath;
    QString m_collectionName;
    CollectionEnvironment m_environment;
    QPointer<SecretStore> m_store;
    QString m_profileId;
    QTableWidget* m_table = nullptr;
    QLabel* m_problem = nullptr;
    bool m_secretsShown = false;
};
