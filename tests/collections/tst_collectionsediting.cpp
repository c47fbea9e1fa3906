#include "ModalDialogs.h"
#include "api/ApiRequest.h"
#include "collections/CollectionStore.h"
#include "panels/CollectionsPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <functional>
#include <memory>

namespace {

const QUrl ApiBase(QStringLiteral("http://127.0.0.1:9/"));

CollectionRequest saved(const QString& name, const QString& url)
{
    CollectionRequest request;
    request.name = name;
    request.url = url;
    return request;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

QStringList requestFiles(const QString& folder)
{
    QStringList files = QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    files.removeAll(QStringLiteral("collection.json"));
    return files;
}
} // namespace

// Editing a collection from the Collections panel, driven by object names, with a fresh panel and
// a fresh collection folder per test; every operation is checked on the files on disk.
class tst_CollectionsEditing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    std::unique_ptr<CollectionsPanel> m_panel;
    ApiRequest m_composed;

    template<typename T>
    T* child(const char* name) const
    {
        T* found = m_panel->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    QTreeWidget* tree() const { return child<QTreeWidget>("collectionTree"); }

    QStringList treeNames() const
    {
        QStringList names;
        for (int i = 0; i < tree()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = tree()->topLevelItem(i);
            names.append(item->text(0));
            for (int j = 0; j < item->childCount(); ++j)
                names.append(item->text(0) + QLatin1Char('/') + item->child(j)->text(0));
        }
        return names;
    }

    void click(const char* name) { QTest::mouseClick(child<QAbstractButton>(name), Qt::LeftButton); }

    QString file(const QString& relative) const { return m_root + QLatin1Char('/') + relative; }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_root = m_dir->filePath(QStringLiteral("crm"));
        QString error;
        QVERIFY(CollectionStore::create(m_root, QStringLiteral("CRM"), &error));
        QVERIFY(CollectionStore::saveRequest(m_root, QStringLiteral("01-me.json"),
            saved(QStringLiteral("Me"), QStringLiteral("/v1.0/me")), &error));
        QVERIFY(CollectionStore::saveRequest(m_root, QStringLiteral("02-leads.json"),
            saved(QStringLiteral("Leads"), QStringLiteral("/v1.0/leads")), &error));
        QVERIFY(CollectionStore::saveRequest(m_root, QStringLiteral("03-notes.json"),
            saved(QStringLiteral("Notes"), QStringLiteral("/v1.0/notes")), &error));
        QVERIFY(QDir().mkpath(file(QStringLiteral("archive"))));

        m_composed = ApiRequest::fromUrl(
            QStringLiteral("POST"), QUrl(QStringLiteral("http://127.0.0.1:9/v1.0/leads?source=gui")));
        m_composed.setHeader("Authorization", "Bearer live-token-value");
        m_composed.body = R"({"firstName":"Ann"})";
        m_panel = std::make_unique<CollectionsPanel>();
        ApiSender sender;
        sender.send = [](const ApiRequest&) { return nullptr; }; // nothing is sent in these tests
        sender.baseUrl = ApiBase;
        m_panel->setSender(sender);
        m_panel->setRequestSource([this] { return m_composed; });
        m_panel->show();
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        QVERIFY(m_panel->openFolder(m_root));
    }

    void cleanup()
    {
        m_panel.reset();
        m_dir.reset();
    }

    void saveAsWritesTheComposedRequestWithoutCredentials()
    {
        tree()->clearSelection(); // into the top level
        whenModalOpens(this, [](QWidget* modal) {
            auto* dialog = qobject_cast<QInputDialog*>(modal);
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("New lead"));
            dialog->accept();
        });
        click("saveRequestButton");
        QCOMPARE(readFile(file(QStringLiteral("new-lead.json"))),
            QByteArray("{\n"
                       "    \"lofty-console-request\": 1,\n"
                       "    \"name\": \"New lead\",\n"
                       "    \"method\": \"POST\",\n"
                       "    \"url\": \"/v1.0/leads\",\n"
                       "    \"params\": [\n"
                       "        {\n"
                       "            \"name\": \"source\",\n"
                       "            \"value\": \"gui\"\n"
                       "        }\n"
                       "    ],\n"
                       "    \"body\": {\n"
                       "        \"firstName\": \"Ann\"\n"
                       "    }\n"
                       "}\n"));
        QCOMPARE(m_panel->currentRequestPath(), QStringLiteral("new-lead.json"));
        QCOMPARE(tree()->currentItem()->text(0), QStringLiteral("New lead"));
    }

    void ctrlSOverwritesTheCurrentRequestKeepingItsChecks()
    {
        CollectionRequest leads = saved(QStringLiteral("Leads"), QStringLiteral("/v1.0/leads"));
        RequestAssertion ok;
        ok.expected = QStringLiteral("200");
        leads.assertions = {ok};
        QString error;
        QVERIFY(CollectionStore::saveRequest(m_root, QStringLiteral("02-leads.json"), leads, &error));
        m_panel->reload();
        m_panel->setCurrentRequestPath(QStringLiteral("02-leads.json"));
        QTest::keyClick(m_panel.get(), Qt::Key_S, Qt::ControlModifier);

        CollectionRequest expected = leads;
        expected.method = QStringLiteral("POST");
        expected.params = {{QStringLiteral("source"), QStringLiteral("gui")}};
        expected.body = R"({"firstName":"Ann"})";
        QCOMPARE(readFile(file(QStringLiteral("02-leads.json"))), expected.toFileText());
        QVERIFY(!readFile(file(QStringLiteral("02-leads.json"))).contains("live-token-value"));
        QCOMPARE(requestFiles(m_root),
            QStringList({QStringLiteral("01-me.json"), QStringLiteral("02-leads.json"),
                QStringLiteral("03-notes.json")}));
    }

    void openingARequestMakesItTheOneSaveWrites()
    {
        CollectionRequest lead = saved(QStringLiteral("Lead"), QStringLiteral("/v1.0/leads/{{leadId}}"));
        lead.method = QStringLiteral("PUT");
        lead.body = R"({"firstName":"{{firstName}}"})";
        QString error;
        QVERIFY(CollectionStore::saveRequest(m_root, QStringLiteral("04-lead.json"), lead, &error));
        m_panel->reload();
        QVERIFY(m_panel->selectPath(QStringLiteral("04-lead.json")));
        QSignalSpy opened(m_panel.get(), &CollectionsPanel::openRequested);
        click("openRequestButton");
        QCOMPARE(opened.count(), 1);
        const auto request = opened.first().at(0).value<ApiRequest>();
        QCOMPARE(request.method, QStringLiteral("PUT"));
        QCOMPARE(request.url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(request.url.path(), QStringLiteral("/v1.0/leads/{{leadId}}"));
        QCOMPARE(
            request.body, QByteArray("{\n    \"firstName\": \"{{firstName}}\"\n}")); // as kept in the file
        QCOMPARE(m_panel->currentRequestPath(), QStringLiteral("04-lead.json"));

        // What the editor gives back is saved over it with the variables intact.
        m_composed = request;
        m_composed.body = R"({"firstName":"{{firstName}}","lastName":"Lee"})";
        click("saveCurrentRequestButton");
        lead.body = m_composed.body;
        lead.headers
            = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}; // sending adds it
        QCOMPARE(readFile(file(QStringLiteral("04-lead.json"))), lead.toFileText());
    }

    void renameRenamesTheFileKeepingItsPlace()
    {
        QVERIFY(m_panel->selectPath(QStringLiteral("02-leads.json")));
        m_panel->setCurrentRequestPath(QStringLiteral("02-leads.json"));
        whenModalOpens(this, [](QWidget* modal) {
            auto* dialog = qobject_cast<QInputDialog*>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->textValue(), QStringLiteral("Leads"));
            dialog->setTextValue(QStringLiteral("All leads"));
            dialog->accept();
        });
        click("renameRequestButton");
        QCOMPARE(requestFiles(m_root),
            QStringList({QStringLiteral("01-me.json"), QStringLiteral("02-all-leads.json"),
                QStringLiteral("03-notes.json")}));
        QCOMPARE(readFile(file(QStringLiteral("02-all-leads.json"))),
            saved(QStringLiteral("All leads"), QStringLiteral("/v1.0/leads")).toFileText());
        QCOMPARE(m_panel->currentRequestPath(), QStringLiteral("02-all-leads.json"));
        QCOMPARE(treeNames(),
            QStringList({QStringLiteral("Me"), QStringLiteral("All leads"), QStringLiteral("Notes")}));
    }

    void duplicateWritesACopyBesideIt()
    {
        QVERIFY(m_panel->selectPath(QStringLiteral("01-me.json")));
        click("duplicateRequestButton");
        QCOMPARE(readFile(file(QStringLiteral("01-me-copy.json"))),
            saved(QStringLiteral("Me (copy)"), QStringLiteral("/v1.0/me")).toFileText());
        QCOMPARE(readFile(file(QStringLiteral("01-me.json"))),
            saved(QStringLiteral("Me"), QStringLiteral("/v1.0/me")).toFileText());
        QCOMPARE(tree()->currentItem()->text(0), QStringLiteral("Me (copy)"));
        click("duplicateRequestButton"); // the copy of the copy gets a free name
        QCOMPARE(requestFiles(m_root),
            QStringList({QStringLiteral("01-me-copy-copy.json"), QStringLiteral("01-me-copy.json"),
                QStringLiteral("01-me.json"), QStringLiteral("02-leads.json"),
                QStringLiteral("03-notes.json")}));
    }

    void moveTakesTheFileToAnotherFolder()
    {
        QVERIFY(m_panel->selectPath(QStringLiteral("03-notes.json")));
        const QByteArray before = readFile(file(QStringLiteral("03-notes.json")));
        whenModalOpens(this, [](QWidget* modal) {
            auto* dialog = qobject_cast<QInputDialog*>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->comboBoxItems(),
                QStringList({QStringLiteral("(top level)"), QStringLiteral("archive")}));
            dialog->setTextValue(QStringLiteral("archive"));
            dialog->accept();
        });
        click("moveRequestButton");
        QCOMPARE(requestFiles(m_root),
            QStringList({QStringLiteral("01-me.json"), QStringLiteral("02-leads.json")}));
        QCOMPARE(readFile(file(QStringLiteral("archive/03-notes.json"))), before);
        QCOMPARE(treeNames(),
            QStringList({QStringLiteral("Me"), QStringLiteral("Leads"), QStringLiteral("archive"),
                QStringLiteral("archive/Notes")}));
    }

    void deleteAsksFirst()
    {
        QVERIFY(m_panel->selectPath(QStringLiteral("01-me.json")));
        whenModalOpens(this, [](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            box->button(QMessageBox::Cancel)->click();
        });
        click("deleteRequestButton");
        QVERIFY(QFile::exists(file(QStringLiteral("01-me.json"))));

        whenModalOpens(this, [](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            QCOMPARE(box->text(),
                QStringLiteral("Delete 01-me.json from the collection? The file is removed from the disk."));
            box->button(QMessageBox::Yes)->click();
        });
        click("deleteRequestButton");
        QCOMPARE(requestFiles(m_root),
            QStringList({QStringLiteral("02-leads.json"), QStringLiteral("03-notes.json")}));
        QCOMPARE(treeNames(), QStringList({QStringLiteral("Leads"), QStringLiteral("Notes")}));
    }

    void upAndDownRenumberTheFolder()
    {
        QVERIFY(m_panel->selectPath(QStringLiteral("03-notes.json")));
        m_panel->setCurrentRequestPath(QStringLiteral("01-me.json"));
        click("moveRequestUpButton");
        QCOMPARE(requestFiles(m_root),
            QStringList({QStringLiteral("01-me.json"), QStringLiteral("02-notes.json"),
                QStringLiteral("03-leads.json")}));
        QCOMPARE(readFile(file(QStringLiteral("02-notes.json"))),
            saved(QStringLiteral("Notes"), QStringLiteral("/v1.0/notes")).toFileText());
        click("moveRequestUpButton");
        QCOMPARE(requestFiles(m_root),
            QStringList({QStringLiteral("01-notes.json"), QStringLiteral("02-me.json"),
                QStringLiteral("03-leads.json")}));
        QCOMPARE(m_panel->currentRequestPath(), QStringLiteral("02-me.json"));
        QCOMPARE(treeNames(),
            QStringList({QStringLiteral("Notes"), QStringLiteral("Me"), QStringLiteral("Leads")}));
        click("moveRequestUpButton"); // already first: nothing moves
        click("moveRequestDownButton");
        QCOMPARE(requestFiles(m_root),
            QStringList({QStringLiteral("01-me.json"), QStringLiteral("02-notes.json"),
                QStringLiteral("03-leads.json")}));
        QCOMPARE(tree()->currentItem()->text(0), QStringLiteral("Notes"));
    }

    void changesByAnotherProgramShowUp()
    {
        QString error;
        // A new file, as `git pull` writes it.
        QVERIFY(CollectionStore::saveRequest(m_root, QStringLiteral("archive/old.json"),
            saved(QStringLiteral("Old"), QStringLiteral("/v1.0/old")), &error));
        QTRY_COMPARE(treeNames(),
            QStringList({QStringLiteral("Me"), QStringLiteral("Leads"), QStringLiteral("Notes"),
                QStringLiteral("archive"), QStringLiteral("archive/Old")}));
        // Replaced atomically twice (QSaveFile renames over the file): both show, so the watch is re-armed.
        for (const QString& name : {QStringLiteral("Old one"), QStringLiteral("Older one")}) {
            QVERIFY(CollectionStore::saveRequest(m_root, QStringLiteral("archive/old.json"),
                saved(name, QStringLiteral("/v1.0/old")), &error));
            QTRY_COMPARE(tree()->topLevelItem(3)->child(0)->text(0), name);
        }
        QVERIFY(QFile::remove(file(QStringLiteral("01-me.json"))));
        QTRY_COMPARE(tree()->topLevelItem(0)->text(0), QStringLiteral("Leads"));
    }

    void importCurlSavesTheRequestWithoutTheToken()
    {
        whenModalOpens(this, [](QWidget* modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("curlImportDialog"));
            auto* command = modal->findChild<QPlainTextEdit*>(QStringLiteral("curlCommandEdit"));
            auto* name = modal->findChild<QLineEdit*>(QStringLiteral("curlNameEdit"));
            auto* buttons = modal->findChild<QDialogButtonBox*>(QStringLiteral("curlImportButtons"));
            command->setPlainText(QStringLiteral("curl -X POST --bogus https://api.lofty.com/v1.0/leads"));
            buttons->button(QDialogButtonBox::Ok)->click();
            QVERIFY(modal->isVisible()); // stays open with the parser's message
            QVERIFY(!modal->findChild<QLabel*>(QStringLiteral("curlErrorLabel"))->text().isEmpty());
            command->setPlainText(
                QStringLiteral("curl --request POST \\\n  --url https://api.lofty.com/v1.0/leads \\\n"
                               "  --header 'Authorization: Bearer sk-live-123' \\\n"
                               "  --header 'content-type: application/json' \\\n"
                               "  --data '{\"firstName\":\"Ann\"}'"));
            name->setText(QStringLiteral("Create lead"));
            buttons->button(QDialogButtonBox::Ok)->click();
        });
        click("importCurlButton");
        CollectionRequest expected = saved(QStringLiteral("Create lead"), QStringLiteral("/v1.0/leads"));
        expected.method = QStringLiteral("POST");
        expected.headers = {{QStringLiteral("content-type"), QStringLiteral("application/json")}};
        expected.body = R"({"firstName":"Ann"})";
        QCOMPARE(readFile(file(QStringLiteral("create-lead.json"))), expected.toFileText());
        QCOMPARE(tree()->currentItem()->text(0), QStringLiteral("Create lead"));
    }

    void copyAsPythonKeepsSecretsAsVariables()
    {
        CollectionRequest keyed = saved(QStringLiteral("Keyed"), QStringLiteral("/v1.0/leads/{{leadId}}"));
        keyed.headers = {{QStringLiteral("X-Api-Secret"), QStringLiteral("{{apiSecret}}")}};
        QString error;
        QVERIFY(CollectionStore::saveRequest(m_root, QStringLiteral("04-keyed.json"), keyed, &error));
        Collection settings = m_panel->collection();
        settings.variables = {{QStringLiteral("leadId"), QStringLiteral("9007199254740993")}};
        settings.secretVariables = {QStringLiteral("apiSecret")};
        QVERIFY(CollectionStore::saveSettings(settings, &error));
        m_panel->reload();
        QVERIFY(m_panel->selectPath(QStringLiteral("04-keyed.json")));
        auto* menu = child<QMenu>("copyAsMenu");
        QAction* python = menu->findChild<QAction*>(QStringLiteral("copyAs0Action"));
        QVERIFY(python);
        python->trigger();
        const QString code = QGuiApplication::clipboard()->text();
        QCOMPARE(code, m_panel->selectedRequestAs(CodeExport::Language::Python));
        // The collection variable is resolved (64-bit exact); the token and the secret-named
        // header are read from the environment.
        QCOMPARE(code,
            QStringLiteral("import os\n"
                           "\n"
                           "import requests\n"
                           "\n"
                           "response = requests.request(\n"
                           "    \"GET\",\n"
                           "    \"http://127.0.0.1:9/v1.0/leads/9007199254740993\",\n"
                           "    headers={\n"
                           "        \"Authorization\": \"Bearer \" + os.environ[\"LOFTY_ACCESS_TOKEN\"],\n"
                           "        \"X-Api-Secret\": os.environ[\"LOFTY_X_API_SECRET\"],\n"
                           "    },\n"
                           "    timeout=30,\n"
                           ")\n"
                           "print(response.status_code)\n"
                           "print(response.text)\n"));
    }
};

QTEST_MAIN(tst_CollectionsEditing)
#include "tst_collectionsediting.moc"
