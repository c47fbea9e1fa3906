// The sandbox's fault modes as the user meets them: through the real main window, by object names.
// Each fault ends in a clear message in the Requests panel, the window keeps answering input
// while a request hangs, the hanging request can be cancelled with Esc, the next request works,
// and the profile, the account's token and every history entry survive.
#include "ConsoleWindowFixture.h"
#include "api/ApiReply.h"
#include "api/LoftyError.h"
#include "api/RequestHistory.h"
#include "panels/RequestsPanel.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxAdminRoutes.h"
#include "sandbox/SandboxServer.h"
#include "session/Account.h"
#include "session/AccountRegistry.h"
#include "session/AuthorizationService.h"
#include "session/ConsoleSession.h"
#include "session/ProviderBackend.h"
#include "session/RequestService.h"
#include "widgets/JsonView.h"
#include "widgets/LoftyErrorBanner.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

class tst_FaultsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverErrorShowsTheStatusAndTheNextRequestWorks();
    void malformedJsonIsShownRawWithTheReadersError();
    void droppedConnectionSaysSo();
    void resetConnectionSaysSo();
    void hangingRequestKeepsTheWindowResponsiveAndEscCancelsIt();
    void timeoutChosenInThePanelEndsASlowRequest();
    void profileTokenAndHistorySurvived();

private:
    template<typename T>
    T* find(const QString& name) const
    {
        return m_console.find<T>(name);
    }
    void setFaults(const QJsonObject& faults);
    ApiResponse sendLeads();
    void verifyNextRequestWorks();

    ConsoleWindowFixture m_console;
    ConsoleSession* m_session = nullptr;
    MainWindow* m_window = nullptr;
    QNetworkAccessManager m_admin;
    int m_sent = 0;
    int m_historyBefore = 0;
};

void tst_FaultsGui::initTestCase()
{
    QString error;
    QVERIFY2(m_console.start(QStringLiteral("tst_faults_gui"), &error), qPrintable(error));
    m_session = m_console.session();
    m_window = m_console.window();
    // authorizeWithPkce also waits for the console's own GET /v1.0/me: faults set before that
    // answer would hit it instead of the requests under test.
    QVERIFY2(!m_console.authorizeWithPkce(QStringLiteral("alice"), &error).isEmpty(), qPrintable(error));
    m_historyBefore = m_session->requests()->history()->count();
    m_window->showPanel(MainWindow::Panel::Requests);
    QVERIFY(m_window->requestsPanel()->selectEndpoint(QStringLiteral("leads.list")));
}

// PUT <sandbox>/sandbox/faults, as a tester would with curl.
void tst_FaultsGui::setFaults(const QJsonObject& faults)
{
    QUrl url = m_session->sandbox()->adminUrl();
    url.setPath(url.path() + QStringLiteral("/faults"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader(SandboxAdminRoutes::KeyHeader, m_session->sandbox()->adminKey().toLatin1());
    request.setTransferTimeout(10000);
    QNetworkReply* reply = m_admin.put(request, QJsonDocument(faults).toJson(QJsonDocument::Compact));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
}

ApiResponse tst_FaultsGui::sendLeads()
{
    ++m_sent;
    return m_console.sendFromRequestsPanel();
}

void tst_FaultsGui::verifyNextRequestWorks()
{
    const ApiResponse response = sendLeads();
    QCOMPARE(response.httpStatus, 200);
    QVERIFY(find<QLabel>(QStringLiteral("responseStatus"))->text().contains(QStringLiteral("HTTP 200")));
    QVERIFY(!find<LoftyErrorBanner>(QStringLiteral("errorBanner"))->isVisible());
    QVERIFY(m_window->requestsPanel()->responseView()->parseError().isEmpty());
}

void tst_FaultsGui::serverErrorShowsTheStatusAndTheNextRequestWorks()
{
    setFaults({{QStringLiteral("serverErrors"), 1}});
    const ApiResponse response = sendLeads();
    QVERIFY2(response.httpStatus >= 500, qPrintable(QString::number(response.httpStatus)));
    QVERIFY(find<QLabel>(QStringLiteral("responseStatus"))
                ->text()
                .contains(QStringLiteral("HTTP %1").arg(response.httpStatus)));
    auto* banner = find<LoftyErrorBanner>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(!banner->title().isEmpty());
    verifyNextRequestWorks();
}

void tst_FaultsGui::malformedJsonIsShownRawWithTheReadersError()
{
    setFaults({{QStringLiteral("malformedJson"), 1}});
    const ApiResponse response = sendLeads();
    JsonView* view = m_window->requestsPanel()->responseView();
    QVERIFY(!view->parseError().isEmpty());
    QCOMPARE(view->rawJson(), response.body); // nothing the server sent is hidden
    verifyNextRequestWorks();
}

void tst_FaultsGui::droppedConnectionSaysSo()
{
    setFaults({{QStringLiteral("dropConnections"), 1}});
    const ApiResponse response = sendLeads();
    QVERIFY(response.error.isError());
    auto* banner = find<LoftyErrorBanner>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(!banner->title().isEmpty());
    QVERIFY(!find<QLabel>(QStringLiteral("responseStatus"))->text().isEmpty());
    verifyNextRequestWorks();
}

// A TCP reset after the answer's head: a network error in words, not a crash or a hang, and the
// reset is not hidden by a silent resend (the one switched reset is the one the request met).
void tst_FaultsGui::resetConnectionSaysSo()
{
    setFaults({{QStringLiteral("resetConnections"), 1}});
    const ApiResponse response = sendLeads();
    QCOMPARE(response.httpStatus, 200); // what the head said before the reset
    const QString status = find<QLabel>(QStringLiteral("responseStatus"))->text();
    QVERIFY2(
        status.startsWith(QStringLiteral("HTTP 200 OK, then the answer broke off · ")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral(" · body 0 bytes · ")), qPrintable(status));
    QCOMPARE(
        LoftyError::kindName(response.error.kind()), LoftyError::kindName(LoftyError::Kind::NetworkError));
    auto* banner = find<LoftyErrorBanner>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->title(), QStringLiteral("Error: Network error"));
    QVERIFY2(response.error.cause().startsWith(
                 QStringLiteral("The server closed the connection before answering completely.")),
        qPrintable(response.error.cause()));
    QCOMPARE(m_session->sandbox()->faults().resetConnections, 0);
    QVERIFY(!m_window->requestsPanel()->isBusy());
    verifyNextRequestWorks();
}

void tst_FaultsGui::hangingRequestKeepsTheWindowResponsiveAndEscCancelsIt()
{
    setFaults({{QStringLiteral("latencyMs"), 60000}});
    RequestsPanel* panel = m_window->requestsPanel();
    QSignalSpy shown(panel, &RequestsPanel::responseShown);
    QTest::keyClick(find<QLineEdit>(QStringLiteral("urlEdit")), Qt::Key_Return, Qt::ControlModifier);
    ++m_sent;
    QTRY_VERIFY(panel->isBusy());
    QVERIFY(find<QPushButton>(QStringLiteral("cancelButton"))->isEnabled());

    // The event loop keeps running: timers fire, panels switch, text can be typed.
    bool timerFired = false;
    QTimer::singleShot(50, this, [&timerFired] { timerFired = true; });
    QTRY_VERIFY_WITH_TIMEOUT(timerFired, 5000);
    m_window->showPanel(MainWindow::Panel::History);
    QCOMPARE(m_window->currentPanel(), MainWindow::Panel::History);
    m_window->showPanel(MainWindow::Panel::Requests);
    auto* search = find<QLineEdit>(QStringLiteral("endpointSearch"));
    QTest::keyClicks(search, QStringLiteral("leads"));
    QCOMPARE(search->text(), QStringLiteral("leads"));
    search->clear();
    QVERIFY(panel->isBusy());
    QCOMPARE(shown.count(), 0);

    QTest::keyClick(find<QLineEdit>(QStringLiteral("urlEdit")), Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 5000);
    const ApiResponse response = panel->lastResponse();
    QVERIFY(response.error.isError());
    QCOMPARE(LoftyError::kindName(response.error.kind()), LoftyError::kindName(LoftyError::Kind::Cancelled));
    QVERIFY(!panel->isBusy());
    QVERIFY(!find<QPushButton>(QStringLiteral("cancelButton"))->isEnabled());

    setFaults({{QStringLiteral("latencyMs"), 0}});
    verifyNextRequestWorks();
}

void tst_FaultsGui::timeoutChosenInThePanelEndsASlowRequest()
{
    auto* timeout = find<QSpinBox>(QStringLiteral("timeoutSpin"));
    QCOMPARE(timeout->value(), 30); // ApiRequest's default on a first run
    timeout->setValue(1);
    QCOMPARE(
        QSettings().value(QStringLiteral("requests/timeoutSeconds")).toInt(), 1); // kept for the next run
    setFaults({{QStringLiteral("latencyMs"), 2500}});
    const ApiResponse response = sendLeads();
    QCOMPARE(LoftyError::kindName(response.error.kind()), LoftyError::kindName(LoftyError::Kind::Timeout));
    QVERIFY(find<LoftyErrorBanner>(QStringLiteral("errorBanner"))->isVisible());
    setFaults({{QStringLiteral("latencyMs"), 0}});
    timeout->setValue(30);
    verifyNextRequestWorks();
}

void tst_FaultsGui::profileTokenAndHistorySurvived()
{
    const QString accountId = m_session->accounts()->currentId();
    QVERIFY(!accountId.isEmpty());
    QVERIFY(m_session->accounts()->token(accountId).isValid());

    // The profile as a restarted console reads it from disk.
    ProfileStore reread(m_console.folderPath(QStringLiteral("profiles")));
    reread.load();
    bool found = false;
    for (const Profile& profile : reread.profiles()) {
        for (const AccountRecord& account : profile.accounts)
            found = found || account.id == accountId;
    }
    QVERIFY2(found, "the authorized account is missing from profiles.json");

    // Every request, cancelled and failed ones included, is in the history on disk.
    m_session->requests()->flushHistory(); // the last entry is otherwise written from the event loop
    QCOMPARE(m_session->requests()->history()->count(), m_historyBefore + m_sent);
    RequestHistory history(m_session->requests()->history()->filePath());
    QVERIFY(history.load());
    QCOMPARE(history.count(), m_historyBefore + m_sent);
    QCOMPARE(history.skippedLines(), 0);
}

QTEST_MAIN(tst_FaultsGui)
#include "tst_faults_gui.moc"
