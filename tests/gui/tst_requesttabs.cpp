// Request tabs and the response tools of the Requests panel, over a real RequestService against
// the sandbox on 127.0.0.1 (alice's API key). Every slot starts from a fresh panel and empty settings
// (a restart is a panel deleted and made again over the same settings).
#include "oauth/StaticTokenProvider.h"
#include "panels/RequestEditor.h"
#include "panels/RequestTab.h"
#include "panels/RequestsPanel.h"
#include "panels/ResponseView.h"
#include "profiles/Profile.h"
#include "sandbox/SandboxServer.h"
#include "session/Account.h"
#include "session/RequestService.h"
#include "widgets/JsonView.h"
#include "widgets/TextFindBar.h"
#include "json/JsonNode.h"
#include "json/JsonTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QThreadPool>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

namespace {

// Sets a JSONPath filter and waits for its matches (looked for on a worker thread).
bool filterAndWait(JsonView* view, const QString& expression)
{
    return view->setFilter(expression) && QTest::qWaitFor([view] { return !view->isFiltering(); }, 20000);
}

} // namespace

class tst_RequestTabs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keyboardOpensClosesAndCyclesTabs();
    void lastTabClosedLeavesAnEmptyOne();
    void answerLandsInTheTabThatSentIt();
    void tabsComeBackAfterRestartWithoutSecrets();
    void ctrlFInsideTheResponseFinds();
    void jsonPathFilterShowsOnlyMatches();
    void invalidJsonPathSaysWhy();
    void staleJsonPathMatchesNeverLand();
    void copyJsonPathKeyAndValue();
    void timingLineIsShown();
    void rawViewWrapsAndHighlights();

private:
    void makePanel();
    void activate();
    ApiResponse sendAndWait(const QString& endpointId);
    QModelIndex findRow(const QAbstractItemModel* model, const QString& path, JsonView* view) const;

    QTemporaryDir m_dir;
    SandboxServer m_sandbox;
    TokenSet m_token;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RequestService> m_requests;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<RequestsPanel> m_panel;
    QString m_apiKey;
};

void tst_RequestTabs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("lofty-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_requesttabs"));
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QVERIFY(m_sandbox.listen());
    m_apiKey = m_sandbox.config().account(QStringLiteral("alice"))->customerKey;
    m_token.kind = TokenSet::Kind::ApiKey;
    m_token.grant = TokenSet::Grant::ApiKey;
    m_token.accessToken = m_apiKey;
}

void tst_RequestTabs::init()
{
    QSettings().clear();
    Profile profile;
    profile.id = QStringLiteral("request-tabs");
    profile.apiBaseUrl = m_sandbox.apiBaseUrl();
    profile.registration.clientId = QStringLiteral("alice-key");
    // A network access manager of its own per slot: the first request opens a connection.
    m_network = std::make_unique<QNetworkAccessManager>();
    m_requests = std::make_unique<RequestService>(m_network.get(), m_dir.filePath(QStringLiteral("history")));
    QVERIFY(m_requests->setProfile(profile));
    m_account = std::make_unique<Account>(
        QStringLiteral("alice"), QString(), new StaticTokenProvider(m_token), m_requests.get());
    m_requests->setCurrentAccount(m_account.get());
    makePanel();
}

void tst_RequestTabs::cleanup()
{
    m_panel.reset();
    m_account.reset();
    m_requests.reset();
    m_network.reset();
}

void tst_RequestTabs::makePanel()
{
    m_panel = std::make_unique<RequestsPanel>();
    m_panel->setRequestService(m_requests.get());
    m_panel->resize(1100, 760);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

// Shortcuts reach only an active window's focus widget.
void tst_RequestTabs::activate()
{
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

ApiResponse tst_RequestTabs::sendAndWait(const QString& endpointId)
{
    if (!m_panel->selectEndpoint(endpointId))
        return ApiResponse();
    QSignalSpy shown(m_panel.get(), &RequestsPanel::responseShown);
    m_panel->send();
    if (!QTest::qWaitFor([&] { return shown.count() == 1; }, 20000))
        return ApiResponse();
    if (!QTest::qWaitFor([&] { return !m_panel->responseView()->isLoading(); }, 20000))
        return ApiResponse();
    return m_panel->lastResponse();
}

// The row of `path` in the tree the view shows (top level and one level down are enough here).
QModelIndex tst_RequestTabs::findRow(
    const QAbstractItemModel* model, const QString& path, JsonView* view) const
{
    QList<QModelIndex> pending {QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeFirst();
        if (model->canFetchMore(parent))
            const_cast<QAbstractItemModel*>(model)->fetchMore(parent);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (view->pathAt(index) == path)
                return index;
            if (path.startsWith(view->pathAt(index)))
                pending.append(index);
        }
    }
    return QModelIndex();
}

void tst_RequestTabs::keyboardOpensClosesAndCyclesTabs()
{
    activate();
    auto* tabs = m_panel->findChild<QTabWidget*>(QStringLiteral("requestTabs"));
    QCOMPARE(tabs->count(), 1);
    QVERIFY(m_panel->selectEndpoint(QStringLiteral("me.get")));
    m_panel->currentTab()->editor()->focusUrl();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 1);
    // The new tab is empty and has the keyboard in its URL field.
    QCOMPARE(tabs->tabText(1), QStringLiteral("New request"));
    QCOMPARE(QApplication::focusWidget(), m_panel->tab(1)->findChild<QLineEdit*>(QStringLiteral("urlEdit")));
    QCOMPARE(m_panel->currentEndpointId(), QString());
    QVERIFY(m_panel->selectEndpoint(QStringLiteral("leads.list")));
    QCOMPARE(tabs->tabText(1), QStringLiteral("GET /v1.0/leads"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("GET /v1.0/me"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 3);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0); // wraps around
    QCOMPARE(m_panel->currentEndpointId(), QStringLiteral("me.get"));
    // The endpoint tree follows the tab shown.
    auto* picker = m_panel->findChild<QTreeWidget*>(QStringLiteral("endpointPicker"));
    QCOMPARE(picker->currentItem()->text(0), QStringLiteral("GET /v1.0/me"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentIndex(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(picker->currentItem()->text(0), QStringLiteral("GET /v1.0/leads"));

    m_panel->currentTab()->editor()->focusUrl();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("GET /v1.0/me"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("New request"));
}

void tst_RequestTabs::lastTabClosedLeavesAnEmptyOne()
{
    QVERIFY(m_panel->selectEndpoint(QStringLiteral("me.get")));
    RequestTab* first = m_panel->currentTab();
    m_panel->closeCurrentTab();
    QCOMPARE(m_panel->tabCount(), 1);
    QVERIFY(m_panel->currentTab() != first);
    QCOMPARE(m_panel->currentEndpointId(), QString());
    QCOMPARE(m_panel->findChild<QLineEdit*>(QStringLiteral("urlEdit"))->text(), QString());
    QCOMPARE(m_panel->currentTab()->title(), QStringLiteral("New request"));
}

void tst_RequestTabs::answerLandsInTheTabThatSentIt()
{
    QSignalSpy shown(m_panel.get(), &RequestsPanel::responseShown);
    QVERIFY(m_panel->selectEndpoint(QStringLiteral("me.get")));
    RequestTab* first = m_panel->currentTab();
    m_panel->send();
    // The reply cannot finish before the event loop runs: tab 2 is shown when it arrives.
    RequestTab* second = m_panel->newTab();
    QVERIFY(first->isBusy());
    QVERIFY(m_panel->selectEndpoint(QStringLiteral("leads.list")));
    m_panel->send();
    QVERIFY(second->isBusy());
    QTRY_COMPARE(shown.count(), 2);
    QCOMPARE(m_panel->currentTab(), second);
    QCOMPARE(first->lastResponse().httpStatus, 200);
    QCOMPARE(first->lastResponse().request.url.path(), QStringLiteral("/v1.0/me"));
    QCOMPARE(second->lastResponse().request.url.path(), QStringLiteral("/v1.0/leads"));
    QCOMPARE(
        first->response()->findChild<QTreeWidget*>(QStringLiteral("responseHeaders"))->topLevelItemCount(),
        int(first->lastResponse().headers.size()));
    QTRY_VERIFY(!first->response()->body()->isLoading());
    QTRY_VERIFY(!second->response()->body()->isLoading());
    QCOMPARE(first->response()->body()->rawJson(), first->lastResponse().body);
    QCOMPARE(second->response()->body()->rawJson(), second->lastResponse().body);
    QVERIFY(first->lastResponse().body != second->lastResponse().body);

    // A tab closed while its request is out takes the request with it; the other tab stays.
    QVERIFY(m_panel->selectEndpoint(QStringLiteral("leads.list")));
    m_panel->send();
    m_panel->closeCurrentTab();
    QTest::qWait(200);
    QCOMPARE(shown.count(), 2);
    QCOMPARE(m_panel->tabCount(), 1);
    QCOMPARE(m_panel->currentTab(), first);
}

void tst_RequestTabs::tabsComeBackAfterRestartWithoutSecrets()
{
    const QString secret = QStringLiteral("sk_live_tabsecret_0123456789");
    QVERIFY(m_panel->selectEndpoint(QStringLiteral("leads.get")));
    QVERIFY(m_panel->setParameter(QStringLiteral("leadId"), QStringLiteral("9007199254740993")));
    m_panel->newTab();
    QVERIFY(m_panel->selectEndpoint(QStringLiteral("leads.create")));
    ApiRequest withSecret = m_panel->composedRequest();
    withSecret.setHeader("X-Api-Key", secret.toUtf8());
    withSecret.setHeader("X-Trace", "kept");
    withSecret.url.setQuery(QStringLiteral("api_key=%1&page=2").arg(secret));
    withSecret.body = "{\"firstName\":\"Ada\",\"password\":\"" + secret.toUtf8() + "\"}";
    m_panel->loadRequest(withSecret);
    m_panel->newTab();
    QCOMPARE(m_panel->tabCount(), 3);
    m_panel->showPreviousTab();

    m_panel.reset(); // the console quits
    makePanel();
    QCOMPARE(m_panel->tabCount(), 3);
    QCOMPARE(m_panel->currentTabIndex(), 1);
    const ApiRequest first = m_panel->tab(0)->editor()->composedRequest();
    QCOMPARE(first.method, QStringLiteral("GET"));
    QCOMPARE(first.url.path(), QStringLiteral("/v1.0/leads/9007199254740993"));
    QCOMPARE(m_panel->tab(0)->editor()->endpointId(), QStringLiteral("leads.get"));
    // The parameter form shows the restored value, not an empty field.
    QCOMPARE(m_panel->tab(0)->findChild<QLineEdit*>(QStringLiteral("param_leadId"))->text(),
        QStringLiteral("9007199254740993"));
    const ApiRequest second = m_panel->composedRequest();
    QCOMPARE(second.method, QStringLiteral("POST"));
    QCOMPARE(second.url.path(), QStringLiteral("/v1.0/leads"));
    QCOMPARE(second.url.query(), QStringLiteral("page=2"));
    QCOMPARE(second.header("X-Trace"), QByteArray("kept"));
    QVERIFY(!second.hasHeader("X-Api-Key"));
    QVERIFY(!second.hasHeader("Authorization"));
    QVERIFY(second.body.startsWith("{\"firstName\":\"Ada\",\"password\":\""));
    QVERIFY(!second.body.contains(secret.toUtf8()));
    QCOMPARE(m_panel->tab(2)->title(), QStringLiteral("New request"));

    QSettings().sync();
    const QString path = QSettings().fileName();
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray stored = file.readAll();
    QVERIFY2(stored.contains("9007199254740993"), stored.constData());
    QVERIFY(!stored.contains(secret.toUtf8()));
    QVERIFY(!stored.contains(QByteArray(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2)));
}

void tst_RequestTabs::ctrlFInsideTheResponseFinds()
{
    const ApiResponse response = sendAndWait(QStringLiteral("leads.list"));
    QCOMPARE(response.httpStatus, 200);
    activate();
    JsonView* view = m_panel->responseView();
    auto* tree = view->findChild<QTreeView*>(QStringLiteral("jsonTree"));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_F, Qt::ControlModifier);
    auto* field = view->findChild<QLineEdit*>(QStringLiteral("findEdit"));
    QVERIFY(field->isVisible());
    QCOMPARE(QApplication::focusWidget(), field);
    auto* pretty = view->findChild<QPlainTextEdit*>(QStringLiteral("jsonPretty"));
    QVERIFY(pretty->isVisible()); // the tree has no text to find in: the indented text shows
    const int expected = int(view->prettyText().count(QStringLiteral("\"leadId\"")));
    QVERIFY(expected > 1);
    QTest::keyClicks(field, QStringLiteral("\"leadid\"")); // case-insensitive
    auto* count = view->findChild<QLabel*>(QStringLiteral("findCount"));
    QCOMPARE(count->text(), QStringLiteral("1 of %1").arg(expected));
    QCOMPARE(pretty->textCursor().selectedText(), QStringLiteral("\"leadId\""));
    const int firstAt = pretty->textCursor().selectionStart();
    QCOMPARE(firstAt, int(view->prettyText().indexOf(QStringLiteral("\"leadId\""))));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(count->text(), QStringLiteral("2 of %1").arg(expected));
    QVERIFY(pretty->textCursor().selectionStart() > firstAt);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(count->text(), QStringLiteral("%1 of %1").arg(expected)); // wraps backwards
    QCOMPARE(pretty->extraSelections().size(), expected);
    field->setText(QStringLiteral("no such text anywhere"));
    QCOMPARE(count->text(), QStringLiteral("No matches"));

    // Esc closes the bar (it does not cancel anything); Ctrl+F outside the response searches
    // the endpoints.
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!field->isVisible());
    m_panel->currentTab()->editor()->focusUrl();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("endpointSearch"));
}

void tst_RequestTabs::jsonPathFilterShowsOnlyMatches()
{
    const ApiResponse response = sendAndWait(QStringLiteral("leads.list"));
    QCOMPARE(response.httpStatus, 200);
    const JsonNode leads = JsonNode::fromRawText(response.body).value(u"leads");
    QVERIFY(leads.size() > 1);
    JsonView* view = m_panel->responseView();
    auto* tree = view->findChild<QTreeView*>(QStringLiteral("jsonTree"));
    auto* filter = view->findChild<QLineEdit*>(QStringLiteral("jsonPathFilter"));
    QTest::keyClicks(filter, QStringLiteral("$.leads[*].leadId"));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY(!view->isFiltering()); // the matches are looked for on a worker
    QCOMPARE(view->filterError(), QString());
    QCOMPARE(tree->model()->rowCount(), leads.size());
    for (int i = 0; i < leads.size(); ++i) {
        const QModelIndex row = tree->model()->index(i, JsonTreeModel::KeyColumn);
        QCOMPARE(row.data().toString(), QStringLiteral("$.leads[%1].leadId").arg(i));
        QCOMPARE(row.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(),
            QString::fromUtf8(leads.at(i).value(u"leadId").numberText())); // exact, beyond 2^53
    }
    auto* status = view->findChild<QLabel*>(QStringLiteral("jsonPathStatus"));
    QCOMPARE(status->text(), QStringLiteral("Matches of $.leads[*].leadId: %1").arg(leads.size()));
    // Descendants: every "leadId" member anywhere in the body, the first one first.
    QVERIFY(filterAndWait(view, QStringLiteral("$..leadId")));
    QCOMPARE(tree->model()->rowCount(), int(response.body.count("\"leadId\"")));
    QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("$.leads[0].leadId"));

    QVERIFY(filterAndWait(view, QStringLiteral("$.leads[1]")));
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), leads.at(1).size());
    QVERIFY(filterAndWait(view, QStringLiteral("$.leads[*].nothing")));
    QCOMPARE(tree->model()->rowCount(), 0);
    QCOMPARE(status->text(), QStringLiteral("Matches of $.leads[*].nothing: 0"));

    filter->clear(); // the whole body again
    QCOMPARE(tree->model(), view->model());
    QVERIFY(!status->isVisible());
}

void tst_RequestTabs::invalidJsonPathSaysWhy()
{
    QCOMPARE(sendAndWait(QStringLiteral("leads.list")).httpStatus, 200);
    JsonView* view = m_panel->responseView();
    QVERIFY(!view->setFilter(QStringLiteral("$.leads[")));
    const QString expected = QStringLiteral("Not a JSONPath: Expected an index, * or a quoted name inside "
                                            "\"[…]\" at position 9.");
    QCOMPARE(view->filterError(), expected);
    auto* status = view->findChild<QLabel*>(QStringLiteral("jsonPathStatus"));
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), expected);
    // The tree keeps showing the whole body.
    QCOMPARE(view->findChild<QTreeView*>(QStringLiteral("jsonTree"))->model(), view->model());
}

// Two filters in a row: only the matches of the second are shown, whenever the first finishes.
void tst_RequestTabs::staleJsonPathMatchesNeverLand()
{
    QCOMPARE(sendAndWait(QStringLiteral("leads.list")).httpStatus, 200);
    JsonView* view = m_panel->responseView();
    auto* tree = view->findChild<QTreeView*>(QStringLiteral("jsonTree"));
    auto* status = view->findChild<QLabel*>(QStringLiteral("jsonPathStatus"));
    QVERIFY(view->setFilter(QStringLiteral("$..leadId")));
    QVERIFY(view->isFiltering()); // only the event loop can deliver the worker's matches
    QCOMPARE(status->text(), QStringLiteral("Looking for $..leadId…"));
    QVERIFY(view->setFilter(QStringLiteral("$.leads[1]")));
    QVERIFY(QThreadPool::globalInstance()->waitForDone(20000)); // both workers are done
    QTRY_VERIFY(!view->isFiltering());
    QCoreApplication::processEvents();
    QCOMPARE(status->text(), QStringLiteral("Matches of $.leads[1]: 1"));
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("$.leads[1]"));
}

void tst_RequestTabs::copyJsonPathKeyAndValue()
{
    const ApiResponse response = sendAndWait(QStringLiteral("leads.list"));
    QCOMPARE(response.httpStatus, 200);
    const QByteArray id = JsonNode::fromRawText(response.body)[u"leads"][1][u"leadId"].numberText();
    JsonView* view = m_panel->responseView();
    auto* tree = view->findChild<QTreeView*>(QStringLiteral("jsonTree"));
    QSignalSpy messages(m_panel.get(), &RequestsPanel::statusMessage);

    const QModelIndex row = findRow(tree->model(), QStringLiteral("$.leads[1].leadId"), view);
    QVERIFY(row.isValid());
    tree->setCurrentIndex(row);
    tree->findChild<QAction*>(QStringLiteral("copyPathAction"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("$.leads[1].leadId"));
    QCOMPARE(messages.takeLast().at(0).toString(), QStringLiteral("Copied the JSONPath $.leads[1].leadId"));
    tree->findChild<QAction*>(QStringLiteral("copyKeyAction"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("leadId"));
    tree->findChild<QAction*>(QStringLiteral("copyValueAction"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(id));
    QCOMPARE(messages.takeLast().at(0).toString(), QStringLiteral("Copied the value of $.leads[1].leadId"));
    // The context menu offers the three.
    QCOMPARE(tree->contextMenuPolicy(), Qt::ActionsContextMenu);

    // Filtered, a row still copies its path in the whole body.
    QVERIFY(filterAndWait(view, QStringLiteral("$.leads[*]")));
    const QModelIndex match = tree->model()->index(1, 0);
    tree->setCurrentIndex(match);
    tree->findChild<QAction*>(QStringLiteral("copyKeyAction"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("[1]"));
    tree->expand(match);
    const QModelIndex inside = findRow(tree->model(), QStringLiteral("$.leads[1].leadId"), view);
    QVERIFY(inside.isValid());
    QCOMPARE(inside.parent(), match);
    tree->setCurrentIndex(inside);
    tree->findChild<QAction*>(QStringLiteral("copyPathAction"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("$.leads[1].leadId"));

    // The response headers table: copy key and value.
    auto* headers = m_panel->currentTab()->findChild<QTreeWidget*>(QStringLiteral("responseHeaders"));
    headers->setCurrentItem(headers->topLevelItem(0));
    headers->findChild<QAction*>(QStringLiteral("copyHeaderValueAction"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QString::fromUtf8(response.headers.first().second));
    QCOMPARE(messages.takeLast().at(0).toString(),
        QStringLiteral("Copied the value of the header %1")
            .arg(QString::fromUtf8(response.headers.first().first)));
}

void tst_RequestTabs::timingLineIsShown()
{
    const ApiResponse response = sendAndWait(QStringLiteral("me.get"));
    QCOMPARE(response.httpStatus, 200);
    auto* timing = m_panel->currentTab()->findChild<QLabel*>(QStringLiteral("responseTiming"));
    QVERIFY(timing->isVisible());
    const QRegularExpression shape(QStringLiteral("^Timing: queued (\\d+) ms · token \\d+ ms · (connect \\d+ "
                                                  "ms) · first byte (\\d+) ms · total (\\d+) ms$"));
    const QRegularExpressionMatch match = shape.match(timing->text());
    QVERIFY2(match.hasMatch(), qPrintable(timing->text()));
    QCOMPARE(match.captured(4).toLongLong(), response.elapsedMs);
    QVERIFY(match.captured(3).toLongLong() <= response.elapsedMs);
    // A fresh client opens its first connection to the sandbox: the line says "connect", and
    // "connection reused" only when a kept-alive one was used.

    // Sending again clears the line until the new answer is in.
    m_panel->send();
    QVERIFY(!timing->isVisible());
    QTRY_VERIFY(!m_panel->isBusy());
    QVERIFY(timing->isVisible());
}

void tst_RequestTabs::rawViewWrapsAndHighlights()
{
    QCOMPARE(sendAndWait(QStringLiteral("me.get")).httpStatus, 200);
    JsonView* view = m_panel->responseView();
    auto* tabs = view->findChild<QTabWidget*>(QStringLiteral("jsonTabs"));
    auto* raw = view->findChild<QPlainTextEdit*>(QStringLiteral("jsonRaw"));
    tabs->setCurrentWidget(raw->parentWidget());
    QCOMPARE(raw->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    const QString text = raw->toPlainText();
    QVERIFY(text.startsWith(QLatin1Char('{')));
    // The first member name is coloured as a key, its string value as a string: two formats.
    const QTextBlock block = raw->document()->firstBlock();
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    QVERIFY(formats.size() >= 2);
    const int keyEnd = int(text.indexOf(QLatin1Char('"'), 2)) + 1; // just past the first name
    QCOMPARE(formats.at(0).start, 1);
    QCOMPARE(formats.at(0).length, keyEnd - 1);
    QVERIFY(formats.at(0).format.foreground().color() != raw->palette().color(QPalette::Text));
    QVERIFY(formats.at(1).start > keyEnd); // the value after the colon has a format of its own
}

QTEST_MAIN(tst_RequestTabs)
#include "tst_requesttabs.moc"
