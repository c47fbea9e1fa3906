// The Requests panel over a real RequestService against the sandbox on 127.0.0.1 (alice's API key).
#include "api/RateLimiter.h"
#include "catalog/EndpointCatalog.h"
#include "oauth/StaticTokenProvider.h"
#include "panels/RequestsPanel.h"
#include "profiles/Profile.h"
#include "sandbox/SandboxServer.h"
#include "session/Account.h"
#include "session/RequestService.h"
#include "widgets/JsonView.h"
#include "widgets/LoftyErrorBanner.h"
#include "json/JsonTreeModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class tst_RequestsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pickerListsCatalogGroupedAndSearchFilters();
    void selectingEndpointBuildsFormAndUrl();
    void writeEndpointPrefillsSampleBody();
    void arrowKeysLoadTheHighlightedEndpoint();
    void ctrlReturnSendsAndShowsExactIds();
    void errorIsDecodedInBanner();
    void copyAsCurlMasksTheKey();
    void loadRequestRestoresComposer();

private:
    SandboxServer m_sandbox;
    TokenSet m_token;
    QTemporaryDir m_historyFolder;
    QNetworkAccessManager m_network;
    RequestService* m_client = nullptr;
    Account* m_account = nullptr;
    RequestsPanel* m_panel = nullptr;
    QString m_apiKey;
};

void tst_RequestsPanel::initTestCase()
{
    QVERIFY(m_sandbox.listen());
    m_apiKey = m_sandbox.config().account(QStringLiteral("alice"))->customerKey;
    m_token.kind = TokenSet::Kind::ApiKey;
    m_token.grant = TokenSet::Grant::ApiKey;
    m_token.accessToken = m_apiKey;
    QVERIFY(m_historyFolder.isValid());
}

void tst_RequestsPanel::init()
{
    Profile profile;
    profile.id = QStringLiteral("requests-panel");
    profile.apiBaseUrl = m_sandbox.apiBaseUrl();
    profile.registration.clientId = QStringLiteral("alice-key");
    m_client = new RequestService(&m_network, m_historyFolder.path(), this);
    QVERIFY(m_client->setProfile(profile));
    m_account
        = new Account(QStringLiteral("alice"), QString(), new StaticTokenProvider(m_token), m_client, this);
    m_client->setCurrentAccount(m_account);
    m_panel = new RequestsPanel;
    m_panel->setRequestService(m_client);
    m_panel->resize(1000, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void tst_RequestsPanel::cleanup()
{
    delete m_panel;
    delete m_account;
    delete m_client;
}

void tst_RequestsPanel::pickerListsCatalogGroupedAndSearchFilters()
{
    auto* picker = m_panel->findChild<QTreeWidget*>(QStringLiteral("endpointPicker"));
    QVERIFY(picker->topLevelItemCount() > 5);
    QCOMPARE(picker->topLevelItem(0)->text(0), QStringLiteral("Leads"));
    // Every endpoint once, and no group without endpoints (the API list names groups of its own).
    int listed = 0;
    for (int g = 0; g < picker->topLevelItemCount(); ++g) {
        QVERIFY2(picker->topLevelItem(g)->childCount() > 0, qPrintable(picker->topLevelItem(g)->text(0)));
        listed += picker->topLevelItem(g)->childCount();
    }
    QCOMPARE(listed, int(EndpointCatalog::builtIn().endpoints().size()));
    m_panel->findChild<QLineEdit*>(QStringLiteral("endpointSearch"))->setText(QStringLiteral("/v1.0/me"));
    int visible = 0;
    for (int g = 0; g < picker->topLevelItemCount(); ++g) {
        for (int i = 0; i < picker->topLevelItem(g)->childCount(); ++i)
            visible += picker->topLevelItem(g)->child(i)->isHidden() ? 0 : 1;
    }
    QVERIFY(visible >= 1);
    QVERIFY(visible < 10);
}

void tst_RequestsPanel::selectingEndpointBuildsFormAndUrl()
{
    QVERIFY(m_panel->selectEndpoint(QStringLiteral("leads.get")));
    QVERIFY(m_panel->setParameter(QStringLiteral("leadId"), QStringLiteral("9007199254740993")));
    auto* url = m_panel->findChild<QLineEdit*>(QStringLiteral("urlEdit"));
    QCOMPARE(url->text(), m_sandbox.apiBaseUrl().toString() + QStringLiteral("/v1.0/leads/9007199254740993"));
    QVERIFY(m_panel->findChild<QWidget*>(QStringLiteral("param_leadId")));
}

void tst_RequestsPanel::writeEndpointPrefillsSampleBody()
{
    QVERIFY(m_panel->selectEndpoint(QStringLiteral("leads.create")));
    auto* body = m_panel->findChild<QPlainTextEdit*>(QStringLiteral("requestBody"));
    QVERIFY(!body->toPlainText().trimmed().isEmpty());
    QCOMPARE(m_panel->composedRequest().method, QStringLiteral("POST"));
}

// Issue #16, defect 2: the highlighted endpoint is the one shown and the one Ctrl+Return sends.
void tst_RequestsPanel::arrowKeysLoadTheHighlightedEndpoint()
{
    QVERIFY(m_panel->selectEndpoint(QStringLiteral("leads.create")));
    auto* picker = m_panel->findChild<QTreeWidget*>(QStringLiteral("endpointPicker"));
    QTreeWidgetItem* created = picker->currentItem();
    QCOMPARE(created->text(0), QStringLiteral("POST /v1.0/leads"));
    picker->setFocus();
    QTest::keyClick(picker, Qt::Key_Up);
    // The catalog lists "GET /v1.0/leads" (leads.list) right above "POST /v1.0/leads".
    QCOMPARE(picker->currentItem()->text(0), QStringLiteral("GET /v1.0/leads"));
    QCOMPARE(m_panel->currentEndpointId(), QStringLiteral("leads.list"));
    QCOMPARE(
        m_panel->findChild<QComboBox*>(QStringLiteral("methodCombo"))->currentText(), QStringLiteral("GET"));
    const ApiRequest sent = m_panel->composedRequest();
    QCOMPARE(sent.method, QStringLiteral("GET"));
    QCOMPARE(sent.endpointId, QStringLiteral("leads.list"));
    QCOMPARE(sent.url.path(), QStringLiteral("/v1.0/leads"));
    QVERIFY(sent.body.isEmpty());
}

void tst_RequestsPanel::ctrlReturnSendsAndShowsExactIds()
{
    QVERIFY(m_panel->selectEndpoint(QStringLiteral("leads.list")));
    QSignalSpy shown(m_panel, &RequestsPanel::responseShown);
    m_panel->findChild<QLineEdit*>(QStringLiteral("urlEdit"))->setFocus();
    QTest::keyClick(
        m_panel->findChild<QLineEdit*>(QStringLiteral("urlEdit")), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(m_panel->lastResponse().httpStatus, 200);
    QVERIFY(m_panel->findChild<QLabel*>(QStringLiteral("responseStatus"))
                ->text()
                .contains(QStringLiteral("200")));
    JsonView* view = m_panel->responseView();
    QTRY_VERIFY(!view->isLoading());
    // Every id of the sandbox's seeded data is beyond 2^53: the text shows it digit for digit.
    const QByteArray body = m_panel->lastResponse().body;
    const int at = body.indexOf("\"leadId\":");
    QVERIFY(at > 0);
    QByteArray id = body.mid(at + 9, 25);
    id = id.left(id.indexOf(','));
    QVERIFY(id.trimmed().toULongLong() > (1ULL << 53));
    QVERIFY(view->prettyText().contains(QString::fromLatin1(id.trimmed())));
}

void tst_RequestsPanel::errorIsDecodedInBanner()
{
    QVERIFY(m_panel->selectEndpoint(QStringLiteral("leads.get")));
    m_panel->setParameter(QStringLiteral("leadId"), QStringLiteral("1"));
    QSignalSpy shown(m_panel, &RequestsPanel::responseShown);
    m_panel->findChild<QPushButton*>(QStringLiteral("sendButton"))->click();
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(m_panel->lastResponse().error.isError());
    auto* banner = m_panel->findChild<LoftyErrorBanner*>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(!banner->title().isEmpty());
    QVERIFY(banner->remedy().startsWith(QStringLiteral("What to do")));
}

void tst_RequestsPanel::copyAsCurlMasksTheKey()
{
    QVERIFY(m_panel->selectEndpoint(QStringLiteral("me.get")));
    QSignalSpy shown(m_panel, &RequestsPanel::responseShown);
    m_panel->send();
    QTRY_COMPARE(shown.count(), 1);
    m_panel->copyAsCurl();
    const QString curl = QApplication::clipboard()->text();
    QVERIFY(curl.startsWith(QStringLiteral("curl")));
    QVERIFY(curl.contains(QStringLiteral("/v1.0/me")));
    QVERIFY(!curl.contains(m_apiKey));
    // The header is there, with the key as a shell variable.
    QVERIFY2(curl.contains(QStringLiteral("\"Authorization: token $LOFTY_API_KEY\"")), qPrintable(curl));
}

void tst_RequestsPanel::loadRequestRestoresComposer()
{
    ApiRequest request
        = ApiRequest::fromUrl(QStringLiteral("PUT"), m_sandbox.apiBaseUrl().resolved(QUrl("/v1.0/leads/42")));
    request.setHeader("Authorization", "Bearer ****");
    request.setHeader("X-Test", "1");
    request.body = "{\"firstName\":\"Z\"}";
    m_panel->loadRequest(request);
    const ApiRequest composed = m_panel->composedRequest();
    QCOMPARE(composed.method, QStringLiteral("PUT"));
    QCOMPARE(composed.url, request.url);
    QCOMPARE(composed.header("X-Test"), QByteArray("1"));
    QVERIFY(!composed.hasHeader("Authorization"));
    QCOMPARE(composed.body, request.body);
    QCOMPARE(composed.endpointId, m_panel->currentEndpointId());
}

QTEST_MAIN(tst_RequestsPanel)
#include "tst_requestspanel.moc"
