// Issue #16: the defects that made the console untrustworthy in daily use, each driven through
// the real main window on the Sandbox profile by object name. Every slot gets a fresh window and
// session (init/cleanup), so any slot runs by itself.
#include "ConsoleWindowFixture.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "api/RateLimiter.h"
#include "panels/AuthorizePanel.h"
#include "panels/HistoryModel.h"
#include "panels/HistoryPanel.h"
#include "panels/RequestsPanel.h"
#include "session/Account.h"
#include "session/AccountRegistry.h"
#include "session/AuthorizationService.h"
#include "session/ConsoleSession.h"
#include "session/ProviderBackend.h"
#include "session/RequestService.h"
#include "widgets/JsonView.h"
#include "widgets/LoftyErrorBanner.h"
#include "widgets/RateMeter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QWheelEvent>

#include <memory>

class tst_DailyUse : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void grantRowsKeepTheirHeightAfterPastedToken();
    void wheelOverUnfocusedComboOrSpinBoxChangesNothing();
    void rateMeterAndQueueCountDown();
    void forbiddenSaysItsCodeOnceAndFits();
    void cancelledRequestIsNotAnError();
    void verdictGoesWithTheForgottenAccount();
    void responseBelongsToTheComposedRequest();
    void sizesAndRequestsReadTheSameEverywhere();
    void wholeUrlShowsAndKeyboardReachesResults();
    void copySaysWhatWasCopied();
    void firstRunStartsOnAuthorizeWithAHint();
    void jwtClaimsKeepPrecisionAndOrder();
    void ctrlDigitMovesFocusIntoThePanel();
    void arrowKeyOnProfileSwitcherDoesNotSwitch();

private:
    MainWindow* window() const { return m_console->window(); }
    void activate();
    void authorize();
    static void verifyNotClipped(const QLabel* label);
    static void turnWheel(QWidget* widget, int steps);

    std::unique_ptr<ConsoleWindowFixture> m_console;
};

void tst_DailyUse::init()
{
    m_console = std::make_unique<ConsoleWindowFixture>();
    QString error;
    QVERIFY2(m_console->start(QStringLiteral("tst_dailyuse"), &error), qPrintable(error));
    window()->resize(1024, 700);
}

void tst_DailyUse::cleanup()
{
    m_console.reset();
}

void tst_DailyUse::activate()
{
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
}

void tst_DailyUse::authorize()
{
    QString error;
    QVERIFY2(!m_console->authorizeWithPkce(QStringLiteral("alice"), &error).isEmpty(), qPrintable(error));
}

// A word-wrapped label is clipped when it got less height than its text needs at its width.
void tst_DailyUse::verifyNotClipped(const QLabel* label)
{
    QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
        qPrintable(QStringLiteral("%1: %2 px of %3 px")
                       .arg(label->objectName())
                       .arg(label->height())
                       .arg(label->heightForWidth(label->width()))));
}

// A wheel turn as the mouse sends it over the middle of the widget; negative steps scroll down.
void tst_DailyUse::turnWheel(QWidget* widget, int steps)
{
    const QPointF local(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent wheel(local, widget->mapToGlobal(local), QPoint(), QPoint(0, 120 * steps), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &wheel);
}

// Defect 1: after "Paste an access token" the other grants' rows kept zero height.
void tst_DailyUse::grantRowsKeepTheirHeightAfterPastedToken()
{
    window()->showPanel(MainWindow::Panel::Authorize);
    auto* grant = m_console->find<QComboBox>(QStringLiteral("grantCombo"));
    const auto choose = [&](TokenSet::Grant which) {
        grant->setCurrentIndex(grant->findData(int(which)));
        QApplication::processEvents();
    };
    choose(TokenSet::Grant::PastedToken);
    QVERIFY(m_console->find<QLineEdit>(QStringLiteral("accessTokenEdit"))->isVisible());
    const struct
    {
        TokenSet::Grant grant;
        const char* field;
    } rows[] = {{TokenSet::Grant::ClientCredentials, "customerKeyEdit"},
        {TokenSet::Grant::ApiKey, "apiKeyEdit"}, {TokenSet::Grant::AuthorizationCode, "redirectUriEdit"}};
    for (const auto& row : rows) {
        choose(row.grant);
        auto* field = m_console->find<QLineEdit>(QLatin1String(row.field));
        QVERIFY2(field->isVisible(), row.field);
        QTRY_VERIFY2(field->height() >= field->minimumSizeHint().height(), row.field);
        QVERIFY2(!m_console->find<QLineEdit>(QStringLiteral("accessTokenEdit"))->isVisible(), row.field);
    }
}

// Defect 4: scrolling the Registration form over the Mode combo changed the mode.
void tst_DailyUse::wheelOverUnfocusedComboOrSpinBoxChangesNothing()
{
    window()->showPanel(MainWindow::Panel::Registration);
    auto* mode = m_console->find<QComboBox>(QStringLiteral("modeCombo"));
    auto* timeout = m_console->find<QSpinBox>(QStringLiteral("timeoutSpin"));
    QCOMPARE(mode->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(timeout->focusPolicy(), Qt::StrongFocus);
    const int modeIndex = mode->currentIndex();
    turnWheel(mode, -1);
    QCOMPARE(mode->currentIndex(), modeIndex);
    const int seconds = timeout->value();
    turnWheel(timeout, 1);
    QCOMPARE(timeout->value(), seconds);

    // Once focused, the wheel is the user's choice again.
    activate();
    mode->setFocus();
    QVERIFY(mode->hasFocus());
    turnWheel(mode, -1);
    QCOMPARE(mode->currentIndex(), modeIndex + 1);
}

// Defect 3: the meter stayed at its last value after the window had passed and the queue's
// "next slot frees in N s" never counted down.
void tst_DailyUse::rateMeterAndQueueCountDown()
{
    ManualClock clock;
    RateLimiter* limiter = m_console->session()->requests()->rateLimiter();
    limiter->setClock(&clock);
    const QString app = m_console->session()->profile().registration.clientId;
    QVERIFY(!app.isEmpty());
    limiter->setLimit(app, 1);
    limiter->release(limiter->acquire(app, QStringLiteral("first"), this, [] {}));
    limiter->acquire(app, QStringLiteral("held"), this, [] {});
    RateMeter* meter = window()->rateMeter();
    QCOMPARE(meter->used(), 1);
    QCOMPARE(meter->limit(), 1);
    QCOMPARE(meter->secondsToReset(), 60);
    window()->showPanel(MainWindow::Panel::Requests);
    auto* queue = m_console->find<QLabel>(QStringLiteral("rateQueueLabel"));
    QVERIFY(queue->isVisible());
    QVERIFY2(queue->text().contains(QStringLiteral("frees in 60 s")), qPrintable(queue->text()));

    // Nothing else happens: the time alone must move what the window shows.
    clock.advance(20);
    QTRY_COMPARE(meter->secondsToReset(), 40);
    QTRY_VERIFY2(queue->text().contains(QStringLiteral("frees in 40 s")), qPrintable(queue->text()));
    clock.advance(45);
    QTRY_VERIFY(!queue->isVisible());
    limiter->cancelAll(app);
    clock.advance(61);
    QTRY_COMPARE(meter->used(), 0);
    QCOMPARE(m_console->find<QLabel>(QStringLiteral("rateMeterText"))->text(), QStringLiteral("Rate: 0/1"));
}

// Defect 7: "(403 200100) (200100)" and cause and remedy clipped at 1000x680.
void tst_DailyUse::forbiddenSaysItsCodeOnceAndFits()
{
    authorize();
    window()->resize(1000, 680);
    window()->showPanel(MainWindow::Panel::Requests);
    QVERIFY(window()->requestsPanel()->selectEndpoint(QStringLiteral("webhooks.list")));
    QCOMPARE(m_console->sendFromRequestsPanel().httpStatus, 403);
    auto* banner = m_console->find<LoftyErrorBanner>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->title(), QStringLiteral("Error: The app lacks this API: 200100 (HTTP 403)"));
    for (const char* name : {"errorTitle", "errorCause", "errorRemedy"}) {
        auto* label = m_console->find<QLabel>(QLatin1String(name));
        QVERIFY2(label->isVisible(), name);
        QTRY_VERIFY(label->height() > 0);
        verifyNotClipped(label);
    }
}

// Defect 7: a cancelled request showed as an "Error" with an empty "What to do".
void tst_DailyUse::cancelledRequestIsNotAnError()
{
    authorize();
    window()->showPanel(MainWindow::Panel::Requests);
    RequestsPanel* panel = window()->requestsPanel();
    QVERIFY(panel->selectEndpoint(QStringLiteral("me.get")));
    QSignalSpy shown(panel, &RequestsPanel::responseShown);
    auto* url = m_console->find<QLineEdit>(QStringLiteral("urlEdit"));
    activate();
    url->setFocus();
    QTest::keyClick(url, Qt::Key_Return, Qt::ControlModifier);
    // Esc before the event loop runs again: the request cannot have been answered yet.
    QVERIFY(panel->isBusy());
    QTest::keyClick(url, Qt::Key_Escape);
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(panel->lastResponse().error.kind(), LoftyError::Kind::Cancelled);
    auto* banner = m_console->find<LoftyErrorBanner>(QStringLiteral("errorBanner"));
    QCOMPARE(banner->title(), QStringLiteral("Cancelled"));
    QCOMPARE(banner->cause(), QStringLiteral("The request was cancelled before it completed."));
    QVERIFY(!m_console->find<QLabel>(QStringLiteral("errorRemedy"))->isVisible());
}

// Defect 8: the Authorize verdict survived Forget.
void tst_DailyUse::verdictGoesWithTheForgottenAccount()
{
    QString error;
    const QString accountId = m_console->authorizeWithPkce(QStringLiteral("alice"), &error);
    QVERIFY2(!accountId.isEmpty(), qPrintable(error));
    auto* verdict = m_console->find<QLabel>(QStringLiteral("authorizeVerdict"));
    QVERIFY2(verdict->text().startsWith(QStringLiteral("Authorized: alice")), qPrintable(verdict->text()));
    m_console->session()->accounts()->forget(accountId);
    QCOMPARE(verdict->text(), QStringLiteral("No attempt yet."));
}

// Defect 8: "Open in Requests" kept the previous response, and old headers stayed while a new
// request was in flight.
void tst_DailyUse::responseBelongsToTheComposedRequest()
{
    authorize();
    RequestsPanel* panel = window()->requestsPanel();
    window()->showPanel(MainWindow::Panel::Requests);
    QVERIFY(panel->selectEndpoint(QStringLiteral("me.get")));
    QCOMPARE(m_console->sendFromRequestsPanel().httpStatus, 200);
    auto* headers = m_console->find<QTreeWidget>(QStringLiteral("responseHeaders"));
    auto* status = m_console->find<QLabel>(QStringLiteral("responseStatus"));
    QVERIFY(headers->topLevelItemCount() > 0);

    panel->send();
    QCOMPARE(headers->topLevelItemCount(), 0);
    QVERIFY2(status->text().startsWith(QStringLiteral("Sending GET ")), qPrintable(status->text()));
    QTRY_VERIFY(!panel->isBusy());
    QVERIFY(headers->topLevelItemCount() > 0);

    ApiRequest other = panel->composedRequest();
    other.url.setPath(QStringLiteral("/v1.0/leads"));
    panel->loadRequest(other);
    QCOMPARE(panel->lastResponse().httpStatus, 0);
    QCOMPARE(headers->topLevelItemCount(), 0);
    QCOMPARE(status->text(), QStringLiteral("No response yet."));
    QVERIFY(!m_console->find<LoftyErrorBanner>(QStringLiteral("errorBanner"))->isVisible());
    QVERIFY(panel->responseView()->prettyText().isEmpty());
}

// Defects 9 and 10: Requests counted headers into "bytes" while History counted the body;
// History showed endpoint ids and untranslated outcome ids; its time column was elided.
void tst_DailyUse::sizesAndRequestsReadTheSameEverywhere()
{
    authorize();
    window()->showPanel(MainWindow::Panel::Requests);
    QVERIFY(window()->requestsPanel()->selectEndpoint(QStringLiteral("me.get")));
    const ApiResponse me = m_console->sendFromRequestsPanel();
    QCOMPARE(me.httpStatus, 200);
    const QLocale locale;
    const QString body = locale.formattedDataSize(me.body.size());
    const QString headers = locale.formattedDataSize(me.bytesReceived - me.body.size());
    QVERIFY(me.bytesReceived > me.body.size());
    const QString waited = me.waitedMs > 0 ? QStringLiteral(" · waited %1 ms").arg(me.waitedMs) : QString();
    QCOMPARE(m_console->find<QLabel>(QStringLiteral("responseStatus"))->text(),
        QStringLiteral("HTTP 200 OK · %1 ms · body %2 · headers %3").arg(me.elapsedMs).arg(body, headers)
            + waited);
    QVERIFY(window()->requestsPanel()->selectEndpoint(QStringLiteral("webhooks.list")));
    QCOMPARE(m_console->sendFromRequestsPanel().httpStatus, 403);

    window()->showPanel(MainWindow::Panel::History);
    auto* view = m_console->find<QTableView>(QStringLiteral("historyView"));
    QAbstractItemModel* model = view->model();
    QTRY_VERIFY(model->rowCount() >= 3); // the authorization's GET /v1.0/me, ours, the 403
    const auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };
    // Newest first.
    QCOMPARE(cell(0, HistoryModel::MethodColumn), QStringLiteral("GET"));
    QCOMPARE(cell(0, HistoryModel::EndpointColumn), QStringLiteral("/v1.0/webhooks"));
    QCOMPARE(cell(0, HistoryModel::ErrorColumn), QStringLiteral("API not granted"));
    QCOMPARE(cell(1, HistoryModel::EndpointColumn), QStringLiteral("/v1.0/me"));
    QCOMPARE(cell(1, HistoryModel::ErrorColumn), QStringLiteral("OK"));
    QCOMPARE(cell(1, HistoryModel::SizeColumn), body);

    QHeaderView* header = view->horizontalHeader();
    for (int column = 0; column < model->columnCount(); ++column) {
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
            qPrintable(model->headerData(column, Qt::Horizontal).toString()));
    }
    const QModelIndex time = model->index(0, HistoryModel::TimeColumn);
    QVERIFY(view->columnWidth(HistoryModel::TimeColumn)
        >= view->itemDelegate()->sizeHint(QStyleOptionViewItem(), time).width());
}

// Defect 11: at 1024x700 the URL field was about 100 px wide; Down in the search stayed there.
void tst_DailyUse::wholeUrlShowsAndKeyboardReachesResults()
{
    activate();
    window()->showPanel(MainWindow::Panel::Requests);
    RequestsPanel* panel = window()->requestsPanel();
    QVERIFY(panel->selectEndpoint(QStringLiteral("leads.get")));
    QVERIFY(panel->setParameter(QStringLiteral("leadId"), QStringLiteral("9007199254740993")));
    auto* url = m_console->find<QLineEdit>(QStringLiteral("urlEdit"));
    QTRY_VERIFY(url->width() > 0);
    const int textWidth = url->fontMetrics().horizontalAdvance(url->text());
    QVERIFY2(url->width() > textWidth,
        qPrintable(QStringLiteral("%1 px for %2 px").arg(url->width()).arg(textWidth)));

    auto* search = m_console->find<QLineEdit>(QStringLiteral("endpointSearch"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("webhooks"));
    QTest::keyClick(search, Qt::Key_Down);
    auto* picker = m_console->find<QTreeWidget>(QStringLiteral("endpointPicker"));
    QCOMPARE(QApplication::focusWidget(), picker);
    // The first match in the catalog's order.
    QCOMPARE(picker->currentItem()->text(0), QStringLiteral("POST /v1.0/webhook"));
    QCOMPARE(panel->currentEndpointId(), QStringLiteral("webhooks.create"));
}

// Defect 11: Copy actions said nothing.
void tst_DailyUse::copySaysWhatWasCopied()
{
    window()->showPanel(MainWindow::Panel::Requests);
    QVERIFY(window()->requestsPanel()->selectEndpoint(QStringLiteral("me.get")));
    m_console->find<QWidget>(QStringLiteral("copyCurlButton"))->setFocus();
    QTest::mouseClick(m_console->find<QWidget>(QStringLiteral("copyCurlButton")), Qt::LeftButton,
        Qt::NoModifier, QPoint(5, 5));
    QCOMPARE(window()->statusBar()->currentMessage(),
        QStringLiteral("Copied GET /v1.0/me as curl, secrets as shell variables"));
    QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("curl")));
}

// Defect 12: the first run opened on the dense Registration form with no hint where to start.
void tst_DailyUse::firstRunStartsOnAuthorizeWithAHint()
{
    QCOMPARE(window()->currentPanel(), MainWindow::Panel::Authorize);
    auto* hint = m_console->find<QLabel>(QStringLiteral("startHint"));
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("Start here.")));
    authorize();
    QVERIFY(!hint->isVisible());
}

// Defect 5: decoded JWT claims lost 64-bit precision (…993 shown …992) and were re-sorted.
void tst_DailyUse::jwtClaimsKeepPrecisionAndOrder()
{
    const QByteArray header = R"({"typ":"JWT","alg":"none"})";
    const QByteArray payload
        = R"({"sub":"u1","zeta":1,"uid":9007199254740993,"alpha":[2,18446744073709551615]})";
    const auto part = [](const QByteArray& json) {
        return QString::fromLatin1(
            json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    const QString token = part(header) + QLatin1Char('.') + part(payload) + QStringLiteral(".c2ln");
    QSignalSpy finished(m_console->session()->authorization(), &AuthorizationService::finished);
    window()->showPanel(MainWindow::Panel::Authorize);
    auto* grant = m_console->find<QComboBox>(QStringLiteral("grantCombo"));
    grant->setCurrentIndex(grant->findData(int(TokenSet::Grant::PastedToken)));
    m_console->find<QLineEdit>(QStringLiteral("accountLabelEdit"))->setText(QStringLiteral("pasted"));
    m_console->find<QLineEdit>(QStringLiteral("accessTokenEdit"))->setText(token);
    m_console->find<QPushButton>(QStringLiteral("startAuthorizeButton"))->click();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));

    window()->showPanel(MainWindow::Panel::Tokens);
    auto* tree = m_console->find<QTreeWidget>(QStringLiteral("jwtTree"));
    QTRY_COMPARE(tree->topLevelItemCount(), 3);
    const QTreeWidgetItem* headerItem = tree->topLevelItem(0);
    QCOMPARE(headerItem->child(0)->text(0), QStringLiteral("typ"));
    QCOMPARE(headerItem->child(1)->text(0), QStringLiteral("alg"));
    const QTreeWidgetItem* claims = tree->topLevelItem(1);
    QStringList keys;
    for (int i = 0; i < 4; ++i)
        keys << claims->child(i)->text(0);
    QCOMPARE(keys, QStringList({"sub", "zeta", "uid", "alpha"}));
    QCOMPARE(claims->child(2)->text(1), QStringLiteral("9007199254740993"));
    QCOMPARE(claims->child(3)->child(1)->text(1), QStringLiteral("18446744073709551615"));
}

// Defect 6: Ctrl+1..6 left the focus in the panel list, so the panel's own shortcuts did nothing.
void tst_DailyUse::ctrlDigitMovesFocusIntoThePanel()
{
    activate();
    auto* navigation = m_console->find<QWidget>(QStringLiteral("navigation"));
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(window()->currentPanel(), MainWindow::Panel::History);
    QWidget* focused = QApplication::focusWidget();
    QVERIFY(focused);
    QVERIFY2(window()->historyPanel()->isAncestorOf(focused), qPrintable(focused->objectName()));
    QTest::keySequence(focused, QKeySequence::Find);
    QCOMPARE(QApplication::focusWidget(), m_console->find<QWidget>(QStringLiteral("historyTextFilter")));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window()->currentPanel(), MainWindow::Panel::Requests);
    QVERIFY(window()->requestsPanel()->isAncestorOf(QApplication::focusWidget()));
}

// Defect 6: Tab landed on the Profile combo, where an arrow key silently switched profile.
void tst_DailyUse::arrowKeyOnProfileSwitcherDoesNotSwitch()
{
    activate();
    auto* profiles = m_console->find<QComboBox>(QStringLiteral("profileSwitcher"));
    QCOMPARE(profiles->count(), 2);
    QCOMPARE(profiles->itemText(1), QStringLiteral("Lofty"));
    const QString before = window()->currentProfileName();
    QCOMPARE(before, QStringLiteral("Sandbox"));
    profiles->setFocus();
    for (Qt::Key key : {Qt::Key_Down, Qt::Key_Up, Qt::Key_PageDown, Qt::Key_End, Qt::Key_Home}) {
        QTest::keyClick(profiles, key);
        QCOMPARE(window()->currentProfileName(), before);
    }
}

QTEST_MAIN(tst_DailyUse)
#include "tst_dailyuse.moc"
