#include "ModalDialogs.h"
#include "collections/CollectionStore.h"
#include "collections/SecretVariables.h"
#include "panels/CollectionsPanel.h"
#include "panels/EnvironmentDialog.h"
#include "profiles/KeychainSecretStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <memory>

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}
} // namespace

// Secret variables from the Collections panel, against the real Secret Service (the test runs
// inside a private D-Bus session with an unlocked gnome-keyring-daemon; it skips without a bus).
class tst_CollectionSecrets : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    QString m_profileId;
    std::unique_ptr<KeychainSecretStore> m_store;
    std::unique_ptr<CollectionsPanel> m_panel;

    template<typename T>
    T* child(const char* name) const
    {
        return m_panel->findChild<T*>(QString::fromLatin1(name));
    }

    SecretVariables::Values stored(const QStringList& names)
    {
        SecretVariables::Values result;
        bool done = false;
        SecretVariables::read(m_store.get(), m_profileId, QStringLiteral("CRM"), QStringLiteral("sandbox"),
            names, this, [&](const SecretVariables::Values& read) {
                result = read;
                done = true;
            });
        if (!QTest::qWaitFor([&done] { return done; }, 20000))
            result.error = QStringLiteral("no answer from the keychain");
        return result;
    }

    // Opens "Edit environment…" and runs `edit` on the dialog once the stored secrets show.
    void editEnvironment(std::function<void(QDialog*, QTableWidget*)> edit)
    {
        bool edited = false;
        whenModalOpens(this, [&edited, edit](QWidget* modal) {
            auto* dialog = qobject_cast<EnvironmentDialog*>(modal);
            QVERIFY(dialog);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->secretsShown(), 20000);
            edit(dialog, dialog->findChild<QTableWidget*>(QStringLiteral("environmentVariablesTable")));
            edited = true;
        });
        QTest::mouseClick(child<QPushButton>("editEnvironmentButton"), Qt::LeftButton);
        QVERIFY(edited);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session bus: run inside dbus-run-session with an unlocked gnome-keyring-daemon");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_root = m_dir->filePath(QStringLiteral("crm"));
        m_profileId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString error;
        QVERIFY(CollectionStore::create(m_root, QStringLiteral("CRM"), &error));
        CollectionEnvironment sandbox;
        sandbox.name = QStringLiteral("sandbox");
        sandbox.variables = {{QStringLiteral("firstName"), QStringLiteral("Gui")}};
        QVERIFY(CollectionStore::saveEnvironment(m_root, sandbox, &error));
        m_store = std::make_unique<KeychainSecretStore>();
        m_panel = std::make_unique<CollectionsPanel>();
        m_panel->setSecretStore(m_store.get(), [this] { return m_profileId; });
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QVERIFY(m_panel->openFolder(m_root));
        child<QComboBox>("environmentCombo")->setCurrentIndex(1);
    }

    void cleanup()
    {
        m_panel.reset();
        if (m_store) {
            for (const QString& name : {QStringLiteral("apiKey"), QStringLiteral("firstName")}) {
                bool done = false;
                SecretVariables::write(m_store.get(), m_profileId, QStringLiteral("CRM"),
                    QStringLiteral("sandbox"), name, QString(), this,
                    [&done](bool, const QString&) { done = true; });
                QVERIFY(QTest::qWaitFor([&done] { return done; }, 20000));
            }
        }
        m_store.reset();
        m_dir.reset();
    }

    void aSecretVariableGoesToTheKeychainNotTheFile()
    {
        editEnvironment([](QDialog* dialog, QTableWidget* table) {
            QTest::mouseClick(
                dialog->findChild<QPushButton*>(QStringLiteral("addVariableButton")), Qt::LeftButton);
            QCOMPARE(table->rowCount(), 2);
            table->item(1, EnvironmentDialog::NameColumn)->setText(QStringLiteral("apiKey"));
            table->item(1, EnvironmentDialog::SecretColumn)->setCheckState(Qt::Checked);
            auto* value = qobject_cast<QLineEdit*>(table->cellWidget(1, EnvironmentDialog::ValueColumn));
            QVERIFY(value);
            QCOMPARE(value->echoMode(), QLineEdit::Password);
            QTest::keyClicks(value, QStringLiteral("s3cr3t-api-key-4711"));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);
        });
        QCOMPARE(readFile(m_root + QStringLiteral("/environments/sandbox.json")),
            QByteArray("{\n"
                       "    \"lofty-console-environment\": 1,\n"
                       "    \"name\": \"sandbox\",\n"
                       "    \"variables\": [\n"
                       "        {\n"
                       "            \"name\": \"firstName\",\n"
                       "            \"value\": \"Gui\"\n"
                       "        }\n"
                       "    ],\n"
                       "    \"secretVariables\": [\n"
                       "        \"apiKey\"\n"
                       "    ]\n"
                       "}\n"));
        const SecretVariables::Values values = stored({QStringLiteral("apiKey")});
        QCOMPARE(values.error, QString());
        QCOMPARE(values.values.value(QStringLiteral("apiKey")), QStringLiteral("s3cr3t-api-key-4711"));
    }

    void aStoredSecretShowsMaskedAndCanBeMadePlain()
    {
        bool written = false;
        SecretVariables::write(m_store.get(), m_profileId, QStringLiteral("CRM"), QStringLiteral("sandbox"),
            QStringLiteral("apiKey"), QStringLiteral("kept-in-keychain"), this,
            [&written](bool ok, const QString&) { written = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
        CollectionEnvironment sandbox;
        sandbox.name = QStringLiteral("sandbox");
        sandbox.variables = {{QStringLiteral("firstName"), QStringLiteral("Gui")}};
        sandbox.secretVariables = {QStringLiteral("apiKey")};
        QString error;
        QVERIFY(CollectionStore::saveEnvironment(m_root, sandbox, &error));

        editEnvironment([](QDialog* dialog, QTableWidget* table) {
            QCOMPARE(table->rowCount(), 2);
            QCOMPARE(table->item(1, EnvironmentDialog::NameColumn)->text(), QStringLiteral("apiKey"));
            auto* value = qobject_cast<QLineEdit*>(table->cellWidget(1, EnvironmentDialog::ValueColumn));
            QVERIFY(value);
            QCOMPARE(value->echoMode(), QLineEdit::Password);
            QCOMPARE(value->text(), QStringLiteral("kept-in-keychain"));
            QCOMPARE(table->item(1, EnvironmentDialog::ValueColumn)->text(), QString()); // nothing in clear
            table->item(1, EnvironmentDialog::SecretColumn)
                ->setCheckState(Qt::Unchecked); // the user's choice
            QCOMPARE(table->cellWidget(1, EnvironmentDialog::ValueColumn), nullptr);
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);
        });
        CollectionEnvironment saved;
        QVERIFY(CollectionStore::loadEnvironment(m_root, QStringLiteral("sandbox"), &saved, &error));
        QCOMPARE(saved.variables,
            NameValueList({{QStringLiteral("firstName"), QStringLiteral("Gui")},
                {QStringLiteral("apiKey"), QStringLiteral("kept-in-keychain")}}));
        QCOMPARE(saved.secretVariables, QStringList());
        const SecretVariables::Values values = stored({QStringLiteral("apiKey")});
        QCOMPARE(values.missing, QStringList({QStringLiteral("apiKey")}));
    }
};

QTEST_MAIN(tst_CollectionSecrets)
#include "tst_collectionsecrets.moc"
