// The Sandbox page of the real main window, driven by object names: the test accounts with masked
// keys and copy buttons that say what they copied, the apps and their modes, and the fault
// switches acting on the in-process sandbox. Every slot gets a fresh window and session.
#include "ConsoleWindowFixture.h"
#include "MainWindow.h"
#include "panels/RequestsPanel.h"
#include "panels/SandboxPanel.h"
#include "sandbox/SandboxServer.h"
#include "session/ConsoleSession.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <memory>

class tst_SandboxPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsAccountsWithMaskedKeysAndAppsWithModes();
    void copyCustomerKeySaysWhatItCopied();
    void copyApiKeySaysWhatItCopied();
    void serverErrorSwitchAnswersTheNextRequestWith500();
    void latencyAndResetActOnTheSandbox();
    void pageIsOfferedOnlyForTheSandboxProfile();

private:
    MainWindow* window() const { return m_console->window(); }
    SandboxServer* sandbox() const { return m_console->session()->sandbox(); }
    template<typename T>
    T* find(const QString& name) const
    {
        return m_console->find<T>(name);
    }
    void showSandboxPage();

    std::unique_ptr<ConsoleWindowFixture> m_console;
};

void tst_SandboxPanel::init()
{
    m_console = std::make_unique<ConsoleWindowFixture>();
    QString error;
    QVERIFY2(m_console->start(QStringLiteral("tst_sandboxpanel"), &error), qPrintable(error));
}

void tst_SandboxPanel::cleanup()
{
    m_console.reset();
}

// Ctrl+0, as a user reaches the page.
void tst_SandboxPanel::showSandboxPage()
{
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QTest::keyClick(window(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window()->currentPanel(), MainWindow::Panel::Sandbox);
}

void tst_SandboxPanel::listsAccountsWithMaskedKeysAndAppsWithModes()
{
    showSandboxPage();
    const SandboxConfig& config = sandbox()->config();
    QVERIFY(config.accounts.size() >= 2);
    auto* accounts = find<QTableWidget>(QStringLiteral("sandboxAccountsTable"));
    QCOMPARE(accounts->rowCount(), config.accounts.size());
    for (int row = 0; row < accounts->rowCount(); ++row) {
        const SandboxAccount& account = config.accounts.at(row);
        QCOMPARE(accounts->item(row, SandboxPanel::NameColumn)->text(), account.name);
        QCOMPARE(accounts->item(row, SandboxPanel::EmailColumn)->text(), account.email);
        const QString masked = QStringLiteral("••••") + account.customerKey.right(4);
        QCOMPARE(accounts->item(row, SandboxPanel::CustomerKeyColumn)->text(), masked);
        QCOMPARE(accounts->item(row, SandboxPanel::ApiKeyColumn)->text(), masked);
    }
    auto* apps = find<QTableWidget>(QStringLiteral("sandboxAppsTable"));
    QCOMPARE(apps->rowCount(), config.apps.size());
    for (int row = 0; row < apps->rowCount(); ++row) {
        QCOMPARE(apps->item(row, 1)->text(), config.apps.at(row).clientId);
        QCOMPARE(apps->item(row, 2)->text(), SandboxApp::modeName(config.apps.at(row).mode));
    }
}

void tst_SandboxPanel::copyCustomerKeySaysWhatItCopied()
{
    showSandboxPage();
    auto* accounts = find<QTableWidget>(QStringLiteral("sandboxAccountsTable"));
    accounts->selectRow(1);
    QApplication::clipboard()->clear();

    QTest::mouseClick(find<QPushButton>(QStringLiteral("copyCustomerKeyButton")), Qt::LeftButton);

    const SandboxAccount& second = sandbox()->config().accounts.at(1);
    QCOMPARE(QApplication::clipboard()->text(), second.customerKey);
    QCOMPARE(find<QLabel>(QStringLiteral("sandboxCopyStatus"))->text(),
        QStringLiteral("Copied %1's customer key.").arg(second.name));
}

void tst_SandboxPanel::copyApiKeySaysWhatItCopied()
{
    showSandboxPage();
    find<QTableWidget>(QStringLiteral("sandboxAccountsTable"))->selectRow(0);
    QApplication::clipboard()->clear();

    QTest::mouseClick(find<QPushButton>(QStringLiteral("copyApiKeyButton")), Qt::LeftButton);

    const SandboxAccount& first = sandbox()->config().accounts.at(0);
    QCOMPARE(QApplication::clipboard()->text(), first.customerKey);
    QCOMPARE(find<QLabel>(QStringLiteral("sandboxCopyStatus"))->text(),
        QStringLiteral("Copied %1's API key.").arg(first.name));
}

void tst_SandboxPanel::serverErrorSwitchAnswersTheNextRequestWith500()
{
    QString error;
    // The console's own identity call after the grant must not meet the fault.
    QVERIFY2(!m_console->authorizeWithPkce(QStringLiteral("alice"), &error).isEmpty(), qPrintable(error));
    showSandboxPage();
    find<QSpinBox>(QStringLiteral("sandboxServerErrorsSpin"))->setValue(1);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("applyFaultsButton")), Qt::LeftButton);
    QCOMPARE(sandbox()->faults().serverErrors, 1);
    QCOMPARE(find<QLabel>(QStringLiteral("sandboxFaultStatus"))->text(),
        QStringLiteral("Active: the next 1 request(s) answer 500."));

    window()->showPanel(MainWindow::Panel::Requests);
    QVERIFY(window()->requestsPanel()->selectEndpoint(QStringLiteral("leads.list")));
    QCOMPARE(m_console->sendFromRequestsPanel().httpStatus, 500);
    QCOMPARE(m_console->sendFromRequestsPanel().httpStatus, 200);

    window()->showPanel(MainWindow::Panel::Sandbox);
    QCOMPARE(find<QLabel>(QStringLiteral("sandboxFaultStatus"))->text(),
        QStringLiteral("No faults: the sandbox answers normally."));
}

void tst_SandboxPanel::latencyAndResetActOnTheSandbox()
{
    showSandboxPage();
    find<QSpinBox>(QStringLiteral("sandboxLatencySpin"))->setValue(1500);
    find<QSpinBox>(QStringLiteral("sandboxMalformedJsonSpin"))->setValue(2);
    find<QSpinBox>(QStringLiteral("sandboxDropConnectionsSpin"))->setValue(3);
    find<QSpinBox>(QStringLiteral("sandboxResetConnectionsSpin"))->setValue(4);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("applyFaultsButton")), Qt::LeftButton);
    SandboxFaults faults = sandbox()->faults();
    QCOMPARE(faults.latencyMs, 1500);
    QCOMPARE(faults.malformedJson, 2);
    QCOMPARE(faults.dropConnections, 3);
    QCOMPARE(faults.resetConnections, 4);
    QCOMPARE(faults.serverErrors, 0);
    QCOMPARE(find<QLabel>(QStringLiteral("sandboxFaultStatus"))->text(),
        QStringLiteral("Active: 1500 ms added to every answer; the next 2 answer(s) carry malformed JSON; "
                       "the next 3 connection(s) are dropped mid-answer; the next 4 connection(s) are "
                       "reset after the headers."));

    QTest::mouseClick(find<QPushButton>(QStringLiteral("resetFaultsButton")), Qt::LeftButton);

    faults = sandbox()->faults();
    QCOMPARE(faults.toJson(), SandboxFaults().toJson());
    QCOMPARE(find<QSpinBox>(QStringLiteral("sandboxLatencySpin"))->value(), 0);
    QCOMPARE(find<QSpinBox>(QStringLiteral("sandboxResetConnectionsSpin"))->value(), 0);
    QCOMPARE(find<QLabel>(QStringLiteral("sandboxFaultStatus"))->text(),
        QStringLiteral("No faults: the sandbox answers normally."));
}

void tst_SandboxPanel::pageIsOfferedOnlyForTheSandboxProfile()
{
    auto* navigation = find<QListWidget>(QStringLiteral("navigation"));
    const int row = int(MainWindow::Panel::Sandbox);
    QCOMPARE(navigation->item(row)->text(), QStringLiteral("Sandbox"));
    QVERIFY(!navigation->isRowHidden(row));

    QString error;
    QVERIFY2(m_console->session()->activateProfile(QStringLiteral("Lofty"), &error), qPrintable(error));
    QVERIFY(navigation->isRowHidden(row));
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QTest::keyClick(window(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window()->currentPanel(), MainWindow::Panel::Authorize);

    QVERIFY2(m_console->session()->activateProfile(QStringLiteral("Sandbox"), &error), qPrintable(error));
    QVERIFY(!navigation->isRowHidden(row));
}

QTEST_MAIN(tst_SandboxPanel)
#include "tst_sandboxpanel.moc"
