// The console's main job, driven through the real main window by object names against the
// embedded sandbox: authorize with PKCE (this test plays the browser), see the token and its
// countdown, list leads with exact 64-bit ids, meet the decoded 200100 refusal, grant the API in
// Registration and see the token invalidated, probe scopes, re-send from History.
//
// Every slot starts from a fresh window and session (init/cleanup), so any slot runs by itself.
// With LOFTY_SCREENSHOTS_DIR set, the last slot also renders every panel light and dark there
// (tests/gui/screenshots.sh).
#include "ConsoleWindowFixture.h"
#include "api/ApiReply.h"
#include "api/RequestHistory.h"
#include "panels/AuthorizePanel.h"
#include "panels/HistoryModel.h"
#include "panels/HistoryPanel.h"
#include "panels/RegistrationPanel.h"
#include "panels/RequestEditor.h"
#include "panels/RequestTab.h"
#include "panels/RequestsPanel.h"
#include "panels/ScopesPanel.h"
#include "panels/TokensPanel.h"
#include "sandbox/SandboxServer.h"
#include "session/Account.h"
#include "session/AccountRegistry.h"
#include "session/AuthorizationService.h"
#include "session/ConsoleSession.h"
#include "session/ProviderBackend.h"
#include "session/RequestService.h"
#include "widgets/ExpiryBar.h"
#include "widgets/FlowTimeline.h"
#include "widgets/JsonView.h"
#include "widgets/LoftyErrorBanner.h"
#include "json/JsonTreeModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <memory>

class tst_ConsoleGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void authorizeWithPkceShowsTokenAndCountdown();
    void leadsListShowsIdsBeyond2To53Exactly();
    void ungrantedApiShowsDecoded200100();
    void grantingApiInRegistrationInvalidatesToken();
    void reauthorizedAccountCallsTheNewApi();
    void scopeProbeFillsMatrix();
    void historyResendsAnExchange();
    void renderScreenshots();
    void renderTranslatedScreenshots();

private:
    template<typename T>
    T* find(const QString& name) const
    {
        return m_console->find<T>(name);
    }
    void authorize(const QString& label);
    ApiResponse sendFromRequestsPanel() { return m_console->sendFromRequestsPanel(); }
    void send(const QString& endpointId, int expectedStatus);
    void grantWebhooksInRegistration();

    std::unique_ptr<ConsoleWindowFixture> m_console;
    ConsoleSession* m_session = nullptr;
    MainWindow* m_window = nullptr;
};

void tst_ConsoleGui::init()
{
    m_console = std::make_unique<ConsoleWindowFixture>();
    QString error;
    QVERIFY2(m_console->start(QStringLiteral("tst_consolegui"), &error), qPrintable(error));
    m_session = m_console->session();
    m_window = m_console->window();
    QVERIFY(m_session->sandbox());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Sandbox (not Lofty)"));
}

void tst_ConsoleGui::cleanup()
{
    m_console.reset();
    m_session = nullptr;
    m_window = nullptr;
}

void tst_ConsoleGui::authorize(const QString& label)
{
    QString error;
    QVERIFY2(!m_console->authorizeWithPkce(label, &error).isEmpty(), qPrintable(error));
}

void tst_ConsoleGui::send(const QString& endpointId, int expectedStatus)
{
    m_window->showPanel(MainWindow::Panel::Requests);
    QVERIFY(m_window->requestsPanel()->selectEndpoint(endpointId));
    QCOMPARE(sendFromRequestsPanel().httpStatus, expectedStatus);
}

// From the 200100 banner's link to a saved registration that grants Webhooks, in the sandbox too.
void tst_ConsoleGui::grantWebhooksInRegistration()
{
    send(QStringLiteral("webhooks.list"), 403);
    find<QPushButton>(QStringLiteral("errorOpenRegistration"))->click();
    QCOMPARE(m_window->currentPanel(), MainWindow::Panel::Registration);
    RegistrationPanel* registration = m_window->registrationPanel();
    QVERIFY(registration->setApiGranted(QStringLiteral("Webhooks"), true));
    QVERIFY(registration->editSummary().contains(QStringLiteral("Breaking")));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("saveRegistrationButton")), Qt::LeftButton);
    // A breaking edit asks first, naming the accounts that must authorize again.
    QMessageBox* confirmation = registration->openConfirmation();
    QVERIFY(confirmation);
    QCOMPARE(confirmation->objectName(), QStringLiteral("breakingEditConfirmation"));
    QVERIFY(confirmation->text().contains(QStringLiteral("1 account(s) will need re-authorization")));
    QVERIFY(!m_session->profile().registration.grants(QStringLiteral("Webhooks")));
    confirmation->button(QMessageBox::Yes)->click();
    QVERIFY(m_session->profile().registration.grants(QStringLiteral("Webhooks")));
    QVERIFY(!registration->hasUnsavedChanges());
    QTRY_VERIFY(m_session->sandbox()
                    ->config()
                    .app(QStringLiteral("sandbox-web"))
                    ->grantedApis.contains(QStringLiteral("Webhooks")));
}

void tst_ConsoleGui::authorizeWithPkceShowsTokenAndCountdown()
{
    authorize(QStringLiteral("alice"));
    QVERIFY(m_console->lastAuthorizeUrl().query().contains(QStringLiteral("code_challenge")));
    QVERIFY(find<QLabel>(QStringLiteral("authorizeVerdict"))->text().contains(QStringLiteral("Authorized")));
    QVERIFY(m_window->authorizePanel()->timeline()->stepCount() >= 5);
    QCOMPARE(m_window->currentPanel(), MainWindow::Panel::Tokens);

    const TokenSet token = m_session->accounts()->token(m_session->accounts()->currentId());
    QVERIFY(token.isValid());
    auto* value = find<QLineEdit>(QStringLiteral("tokenValue"));
    QTRY_VERIFY(!value->text().isEmpty());
    QVERIFY(value->text() != token.accessToken); // masked until revealed
    find<QPushButton>(QStringLiteral("revealTokenButton"))->click();
    QCOMPARE(value->text(), token.accessToken);
    find<QPushButton>(QStringLiteral("revealTokenButton"))->click();
    QVERIFY(value->text() != token.accessToken);

    auto* expiry = find<ExpiryBar>(QStringLiteral("tokenExpiryBar"));
    QVERIFY(expiry->text().startsWith(QStringLiteral("Expires in")));
    QVERIFY(expiry->secondsLeft() > 3000);
    QVERIFY(find<QLabel>(QStringLiteral("tokenExpiryStatus"))->text().contains(QStringLiteral("left")));
    QVERIFY(find<QLabel>(QStringLiteral("accountStatus"))
                ->text()
                .contains(QStringLiteral("alice"), Qt::CaseInsensitive));
}

void tst_ConsoleGui::leadsListShowsIdsBeyond2To53Exactly()
{
    authorize(QStringLiteral("alice"));
    m_window->showPanel(MainWindow::Panel::Requests);
    QVERIFY(m_window->requestsPanel()->selectEndpoint(QStringLiteral("leads.list")));
    const ApiResponse response = sendFromRequestsPanel();
    QCOMPARE(response.httpStatus, 200);
    QVERIFY(find<QLabel>(QStringLiteral("responseStatus"))->text().contains(QStringLiteral("HTTP 200")));

    // The first lead's id, as the tree shows it, is the server's text digit for digit.
    JsonTreeModel* model = m_window->requestsPanel()->responseView()->model();
    QModelIndex leads;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, JsonTreeModel::KeyColumn).data().toString() == QStringLiteral("leads"))
            leads = model->index(row, JsonTreeModel::KeyColumn);
    }
    QVERIFY(leads.isValid());
    const QModelIndex first = model->index(0, 0, leads);
    QString id;
    for (int row = 0; row < model->rowCount(first); ++row) {
        if (model->index(row, JsonTreeModel::KeyColumn, first).data().toString() == QStringLiteral("leadId"))
            id = model->index(row, JsonTreeModel::ValueColumn, first).data().toString();
    }
    QVERIFY(id.toULongLong() > (1ULL << 53));
    QVERIFY(response.body.contains("\"leadId\":" + id.toLatin1()));
    QVERIFY(m_window->requestsPanel()->responseView()->prettyText().contains(id));
}

void tst_ConsoleGui::ungrantedApiShowsDecoded200100()
{
    authorize(QStringLiteral("alice"));
    QVERIFY(!m_session->profile().registration.grants(QStringLiteral("Webhooks")));
    m_window->showPanel(MainWindow::Panel::Requests);
    QVERIFY(m_window->requestsPanel()->selectEndpoint(QStringLiteral("webhooks.list")));
    const ApiResponse response = sendFromRequestsPanel();
    QCOMPARE(response.httpStatus, 403);
    QCOMPARE(response.error.kind(), LoftyError::Kind::ApiNotGranted);
    auto* banner = find<LoftyErrorBanner>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->title().contains(QStringLiteral("200100")));
    QVERIFY(!banner->cause().isEmpty());
    QVERIFY(banner->remedy().startsWith(QStringLiteral("What to do")));
    QVERIFY(find<QPushButton>(QStringLiteral("errorOpenRegistration"))->isVisible());
}

void tst_ConsoleGui::grantingApiInRegistrationInvalidatesToken()
{
    authorize(QStringLiteral("alice"));
    grantWebhooksInRegistration();

    // The sandbox, like Lofty, invalidated the app's tokens: the Tokens panel's test says so.
    m_window->showPanel(MainWindow::Panel::Tokens);
    find<QPushButton>(QStringLiteral("testTokenButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->tokensPanel()->testResult().endsWith(QStringLiteral("…")), 20000);
    QVERIFY2(m_window->tokensPanel()->testResult().startsWith(
                 QStringLiteral("Does not work: Bad credentials: BAD_CREDENTIALS (HTTP 401).")),
        qPrintable(m_window->tokensPanel()->testResult()));
}

void tst_ConsoleGui::reauthorizedAccountCallsTheNewApi()
{
    authorize(QStringLiteral("alice"));
    grantWebhooksInRegistration();
    authorize(QStringLiteral("alice again"));
    m_window->showPanel(MainWindow::Panel::Requests);
    QVERIFY(m_window->requestsPanel()->selectEndpoint(QStringLiteral("webhooks.list")));
    const ApiResponse response = sendFromRequestsPanel();
    QCOMPARE(response.httpStatus, 200);
    QVERIFY(find<LoftyErrorBanner>(QStringLiteral("errorBanner"))->isHidden());
}

void tst_ConsoleGui::scopeProbeFillsMatrix()
{
    authorize(QStringLiteral("alice"));
    m_window->showPanel(MainWindow::Panel::Scopes);
    ScopesPanel* scopes = m_window->scopesPanel();
    QSignalSpy finished(scopes->probe(), &ScopeProbe::finished);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("runProbeButton")), Qt::LeftButton);
    QVERIFY(find<QPushButton>(QStringLiteral("cancelProbeButton"))->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(scopes->verdictOf(QStringLiteral("Leads")).startsWith(QStringLiteral("OK")));
    // The Sandbox app is not granted Listings (and the probe does not call what is not granted).
    QVERIFY(!m_session->profile().registration.grants(QStringLiteral("Listings")));
    QCOMPARE(scopes->verdictOf(QStringLiteral("Listings")), QStringLiteral("Not granted"));
    QVERIFY(find<QPushButton>(QStringLiteral("runProbeButton"))->isEnabled());
    const int all = scopes->visibleRowCount();
    scopes->setFilter(ScopesPanel::Filter::NotGranted);
    QVERIFY(scopes->visibleRowCount() < all);
    QVERIFY2(scopes->summary().startsWith(
                 QStringLiteral("Nothing missing: every API your requests used is granted.")),
        qPrintable(scopes->summary()));
}

void tst_ConsoleGui::historyResendsAnExchange()
{
    authorize(QStringLiteral("alice"));
    send(QStringLiteral("leads.list"), 200);
    send(QStringLiteral("webhooks.list"), 403);
    m_window->showPanel(MainWindow::Panel::History);
    HistoryPanel* history = m_window->historyPanel();
    auto* endpoint = find<QComboBox>(QStringLiteral("historyEndpointFilter"));
    QTRY_VERIFY(!history->isBusy());
    auto* busy = find<QLabel>(QStringLiteral("historyBusy"));
    QVERIFY(!busy->isVisible());
    endpoint->setCurrentIndex(endpoint->findData(QStringLiteral("leads.list")));
    // The search runs on a worker thread; the panel says so until its rows are shown.
    QVERIFY(history->isBusy());
    QVERIFY(busy->isVisible());
    QTRY_VERIFY(!history->isBusy());
    QVERIFY(!busy->isVisible());
    QCOMPARE(history->model()->rowCount(), 1);
    m_session->requests()->flushHistory(); // entries are written from the event loop after finished()
    const int before = m_session->requests()->history()->count();
    RequestsPanel* requests = m_window->requestsPanel();
    QCOMPARE(requests->tabCount(), 1);
    RequestTab* composed = requests->currentTab();
    auto* view = find<QTableView>(QStringLiteral("historyView"));
    view->setCurrentIndex(history->model()->index(0, 0));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("openInRequestsButton")), Qt::LeftButton);
    QCOMPARE(m_window->currentPanel(), MainWindow::Panel::Requests);
    // A new tab, shown and focused; the tab the user composed keeps its request and response.
    QCOMPARE(requests->tabCount(), 2);
    QCOMPARE(requests->currentTabIndex(), 1);
    QVERIFY(requests->currentTab() != composed);
    QCOMPARE(composed->editor()->endpointId(), QStringLiteral("webhooks.list"));
    QCOMPARE(composed->lastResponse().httpStatus, 403);
    QCOMPARE(requests->currentEndpointId(), QStringLiteral("leads.list"));
    auto* url = requests->currentTab()->findChild<QLineEdit*>(QStringLiteral("urlEdit"));
    QVERIFY(url->text().contains(QStringLiteral("/v1.0/leads")));
    QCOMPARE(QApplication::focusWidget(), url);
    const ApiResponse response = sendFromRequestsPanel();
    QCOMPARE(response.httpStatus, 200);
    m_session->requests()->flushHistory();
    QCOMPARE(m_session->requests()->history()->count(), before + 1);
}

void tst_ConsoleGui::renderScreenshots()
{
    const QString folder = qEnvironmentVariable("LOFTY_SCREENSHOTS_DIR");
    if (folder.isEmpty())
        QSKIP("LOFTY_SCREENSHOTS_DIR is not set (tests/gui/screenshots.sh sets it)");
    QVERIFY(QDir().mkpath(folder));
    authorize(QStringLiteral("alice"));
    send(QStringLiteral("leads.list"), 200);
    const QStringList names {"registration", "authorize", "tokens", "scopes", "requests", "history",
        "sandbox", "collections", "webhooks"};
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::style()->standardPalette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::AlternateBase, QColor(50, 50, 54));
    dark.setColor(QPalette::ToolTipBase, QColor(60, 60, 60));
    dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(53, 53, 56));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Link, QColor(100, 170, 255));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::black);
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(127, 127, 127));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(127, 127, 127));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(127, 127, 127));
    m_window->resize(1200, 800);
    for (const auto& [palette, variant] :
        {std::pair {light, QStringLiteral("light")}, std::pair {dark, QStringLiteral("dark")}}) {
        QApplication::setPalette(palette);
        for (int panel = 0; panel < names.size(); ++panel) {
            m_window->showPanel(MainWindow::Panel(panel));
            QApplication::processEvents();
            const QString path
                = QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(names.at(panel), variant));
            QVERIFY2(m_window->grab().save(path), qPrintable(path));
        }
    }
}

// For looking at a translation at the 1024x700: every panel, built after the translator
// is installed (panels do not retranslate). LOFTY_SCREENSHOTS_QM names the .qm file.
void tst_ConsoleGui::renderTranslatedScreenshots()
{
    const QString folder = qEnvironmentVariable("LOFTY_SCREENSHOTS_DIR");
    const QString qm = qEnvironmentVariable("LOFTY_SCREENSHOTS_QM");
    if (folder.isEmpty() || qm.isEmpty())
        QSKIP("LOFTY_SCREENSHOTS_DIR and LOFTY_SCREENSHOTS_QM are not both set");
    QVERIFY(QDir().mkpath(folder));
    m_console.reset();
    QTranslator translator;
    QVERIFY2(translator.load(qm), qPrintable(qm));
    QVERIFY(QApplication::installTranslator(&translator));
    m_console = std::make_unique<ConsoleWindowFixture>();
    QString error;
    QVERIFY2(m_console->start(QStringLiteral("tst_consolegui"), &error), qPrintable(error));
    m_session = m_console->session();
    m_window = m_console->window();
    authorize(QStringLiteral("alice"));
    send(QStringLiteral("leads.list"), 200);
    m_window->resize(1024, 700);
    const QString language = QFileInfo(qm).completeBaseName();
    for (int panel = 0; panel < m_window->panelCount(); ++panel) {
        m_window->showPanelAt(panel);
        QApplication::processEvents();
        const QString path = QDir(folder).filePath(QStringLiteral("%1-panel%2.png").arg(language).arg(panel));
        QVERIFY2(m_window->grab().save(path), qPrintable(path));
    }
    m_console.reset();
    QApplication::removeTranslator(&translator);
}

QTEST_MAIN(tst_ConsoleGui)
#include "tst_consolegui.moc"
