#include "SandboxTestFixture.h"
#include "api/ApiClient.h"
#include "collections/CollectionStore.h"
#include "oauth/StaticTokenProvider.h"
#include "panels/CollectionsPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

namespace {

CollectionRequest request(
    const QString& name, const QString& method, const QString& url, const QByteArray& body = {})
{
    CollectionRequest saved;
    saved.name = name;
    saved.method = method;
    saved.url = url;
    saved.body = body;
    return saved;
}

RequestAssertion status(int code)
{
    RequestAssertion check;
    check.expected = QString::number(code);
    return check;
}

} // namespace

// The Collections panel as the user drives it, by object names, a fresh panel per test, against a
// listening sandbox.
class tst_CollectionsPanel : public QObject
{
    Q_OBJECT

private:
    SandboxTestFixture m_sandbox;
    QTemporaryDir m_dir;
    QString m_root;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CollectionsPanel> m_panel;

    template<typename T>
    T* child(const char* name) const
    {
        return m_panel->findChild<T*>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        TokenSet token;
        token.kind = TokenSet::Kind::Bearer;
        token.accessToken = m_sandbox.tokenFor(QStringLiteral("sandbox-prod"));
        QVERIFY(!token.accessToken.isEmpty());
        m_tokens = std::make_unique<StaticTokenProvider>(token);
        m_api = std::make_unique<ApiClient>();
        m_api->setBaseUrl(m_sandbox.api(QStringLiteral("/")));
        m_api->setTokenProvider(m_tokens.get());

        m_root = m_dir.filePath(QStringLiteral("chain"));
        QString error;
        QVERIFY(CollectionStore::create(m_root, QStringLiteral("Chain"), &error));
        CollectionRequest create = request(QStringLiteral("Create lead"), QStringLiteral("POST"),
            QStringLiteral("/v1.0/leads"), R"({"firstName": "{{firstName}}"})");
        RequestCapture leadId;
        leadId.variable = QStringLiteral("leadId");
        leadId.expression = QStringLiteral("$.leadId");
        create.captures = {leadId};
        create.assertions = {status(200)};
        QVERIFY(CollectionStore::saveRequest(m_root, QStringLiteral("01-create.json"), create, &error));
        CollectionRequest note = request(QStringLiteral("Add note"), QStringLiteral("POST"),
            QStringLiteral("/v1.0/notes"), R"({"leadId": {{leadId}}, "content": "GUI", "isPin": false})");
        note.assertions = {status(200)};
        QVERIFY(CollectionStore::saveRequest(m_root, QStringLiteral("02-note.json"), note, &error));
        CollectionRequest all
            = request(QStringLiteral("All leads"), QStringLiteral("GET"), QStringLiteral("/v1.0/leads"));
        all.endpointId = QStringLiteral("leads.list");
        all.allPages = true;
        all.params
            = {{QStringLiteral("scrollId"), QString()}, {QStringLiteral("limit"), QStringLiteral("20")}};
        all.assertions = {status(200)};
        QVERIFY(CollectionStore::saveRequest(m_root, QStringLiteral("paging/01-all.json"), all, &error));
        CollectionEnvironment environment;
        environment.name = QStringLiteral("sandbox");
        environment.variables = {{QStringLiteral("firstName"), QStringLiteral("Gui")}};
        QVERIFY(CollectionStore::saveEnvironment(m_root, environment, &error));
    }

    void init()
    {
        m_panel = std::make_unique<CollectionsPanel>();
        m_panel->setSender(ApiSender::of(m_api.get()));
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup() { m_panel.reset(); }

    void openingShowsTheTreeAndEnvironments()
    {
        child<QLineEdit>("collectionFolderEdit")->setText(m_root);
        QTest::mouseClick(child<QPushButton>("reloadCollectionButton"), Qt::LeftButton);
        auto* tree = child<QTreeWidget>("collectionTree");
        QCOMPARE(tree->topLevelItemCount(), 3); // two requests and the "paging" folder
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Create lead"));
        QCOMPARE(tree->topLevelItem(2)->text(0), QStringLiteral("paging"));
        QCOMPARE(tree->topLevelItem(2)->child(0)->text(0), QStringLiteral("All leads"));
        auto* environments = child<QComboBox>("environmentCombo");
        QCOMPARE(environments->count(), 2);
        QCOMPARE(environments->itemText(1), QStringLiteral("sandbox"));
    }

    void runningTheCollectionIsGreen()
    {
        QVERIFY(m_panel->openFolder(m_root));
        child<QComboBox>("environmentCombo")->setCurrentIndex(1);
        QSignalSpy finished(m_panel.get(), &CollectionsPanel::runFinished);
        QTest::mouseClick(child<QPushButton>("runCollectionButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        auto* results = child<QTableWidget>("runResultsTable");
        QCOMPARE(results->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QVERIFY2(results->item(row, 0)->text() == QStringLiteral("PASS"),
                qPrintable(results->item(row, 4)->text()));
            QCOMPARE(results->item(row, 2)->text(), QStringLiteral("200"));
        }
        QCOMPARE(results->item(2, 1)->text(), QStringLiteral("paging/01-all.json"));
        QCOMPARE(child<QLabel>("runSummaryLabel")->text(), QStringLiteral("3 passed, 0 failed"));
        QCOMPARE(finished.first().at(0).toInt(), 3);
    }

    void withoutTheEnvironmentTheUnknownVariableFails()
    {
        QVERIFY(m_panel->openFolder(m_root));
        auto* tree = child<QTreeWidget>("collectionTree");
        tree->setCurrentItem(tree->topLevelItem(0)); // only "Create lead"
        QSignalSpy finished(m_panel.get(), &CollectionsPanel::runFinished);
        QTest::mouseClick(child<QPushButton>("runCollectionButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        auto* results = child<QTableWidget>("runResultsTable");
        QCOMPARE(results->rowCount(), 1);
        QCOMPARE(results->item(0, 0)->text(), QStringLiteral("FAIL"));
        QCOMPARE(results->item(0, 2)->text(), QStringLiteral("not sent"));
        QCOMPARE(results->item(0, 4)->text(), QStringLiteral("not sent: unknown variable(s) firstName"));
    }

    void savingTheComposedRequestDropsTheCredentials()
    {
        QVERIFY(m_panel->openFolder(m_root));
        ApiRequest composed
            = ApiRequest::fromUrl(QStringLiteral("GET"), m_sandbox.api(QStringLiteral("/v1.0/me?x=1")));
        composed.setHeader("Authorization", "Bearer live-token-value");
        m_panel->setRequestSource([composed] { return composed; });
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (dialog) {
                dialog->setTextValue(QStringLiteral("Who am I"));
                dialog->accept();
            }
        });
        QTest::mouseClick(child<QPushButton>("saveRequestButton"), Qt::LeftButton);
        QFile saved(m_root + QStringLiteral("/who-am-i.json"));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QVERIFY2(!text.contains("live-token-value") && !text.contains("Authorization"), text.constData());
        QVERIFY2(text.contains("\"url\": \"/v1.0/me\""), text.constData());
        QCOMPARE(child<QTreeWidget>("collectionTree")->topLevelItemCount(), 4);
        saved.remove();
    }
};

QTEST_MAIN(tst_CollectionsPanel)
#include "tst_collectionspanel.moc"
