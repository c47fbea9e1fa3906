#include "AboutDialog.h"
#include "MainWindow.h"
#include "widgets/RateMeter.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void navigationListsThePanelsSandboxHiddenWithoutSession();
    void panelsAreBuiltWhenFirstShown();
    void registeredPanelGetsRowShortcutAndLazyBuild();
    void ctrlDigitShowsPanel_data();
    void ctrlDigitShowsPanel();
    void selectingInNavigationShowsPanel();
    void ctrlShiftPFocusesProfileSwitcher();
    void profileSwitcherListsTheNamesItIsGiven();
    void selectingProfileUpdatesStatusBarAndSignals();
    void unknownProfileIsRefused();
    void statusBarShowsAccountAndTokenExpiry();
    void geometryAndSplitterAreRestoredInNextWindow();
    void currentPanelIsRestoredInNextWindow();
    void sandboxPageIsRestoredOnceAvailable();
    void f1OpensAboutDialogWithVersionAndLicences();

private:
    static void showActive(MainWindow& window);

    QTemporaryDir m_settingsDir;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("lofty-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(QSettings().fileName().startsWith(m_settingsDir.path()));
}

void tst_MainWindow::init()
{
    QSettings().clear();
}

void tst_MainWindow::showActive(MainWindow& window)
{
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

void tst_MainWindow::navigationListsThePanelsSandboxHiddenWithoutSession()
{
    MainWindow window;
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QStringList titles;
    for (int row = 0; row < navigation->count(); ++row)
        titles << navigation->item(row)->text();
    QCOMPARE(titles,
        QStringList({"Registration", "Authorize", "Tokens", "Scopes", "Requests", "History", "Sandbox",
            "Collections", "Webhooks"}));
    QVERIFY(navigation->isRowHidden(int(MainWindow::Panel::Sandbox)));
    QVERIFY(!navigation->isRowHidden(int(MainWindow::Panel::History)));
    QVERIFY(!navigation->accessibleName().isEmpty());

    window.setSandboxIndicator(true);
    QVERIFY(!navigation->isRowHidden(int(MainWindow::Panel::Sandbox)));
}

// Start-up builds the panel it shows, no other; each of the others is built once, when shown.
void tst_MainWindow::panelsAreBuiltWhenFirstShown()
{
    MainWindow window;
    QSignalSpy created(&window, &MainWindow::panelCreated);
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("panelStack"));
    QCOMPARE(stack->count(), window.panelCount());
    QCOMPARE(window.currentPanel(), MainWindow::Panel::Authorize);
    for (int row = 0; row < window.panelCount(); ++row)
        QCOMPARE(window.builtPanelAt(row) != nullptr, row == int(MainWindow::Panel::Authorize));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("authorizePanel"));

    window.showPanel(MainWindow::Panel::Scopes);
    window.showPanel(MainWindow::Panel::Registration);
    window.showPanel(MainWindow::Panel::Scopes);

    QCOMPARE(created.count(), 2);
    QCOMPARE(created.at(0).at(0).toInt(), int(MainWindow::Panel::Scopes));
    QCOMPARE(created.at(1).at(0).toInt(), int(MainWindow::Panel::Registration));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("scopesPanel"));
    QCOMPARE(stack->indexOf(window.builtPanelAt(int(MainWindow::Panel::Registration))),
        int(MainWindow::Panel::Registration));
    QVERIFY(!window.builtPanelAt(int(MainWindow::Panel::Requests)));
    // Asking for a panel builds it in its place without showing it.
    QCOMPARE(window.panelWidget(MainWindow::Panel::Requests)->objectName(), QStringLiteral("requestsPanel"));
    QCOMPARE(created.count(), 3);
    QCOMPARE(window.currentPanel(), MainWindow::Panel::Scopes);
}

void tst_MainWindow::registeredPanelGetsRowShortcutAndLazyBuild()
{
    MainWindow window;
    showActive(window);
    int built = 0;
    const int row = window.registerPanel(
        {QStringLiteral("extraPanel"), QStringLiteral("Extra"), QStringLiteral("A panel registered later"),
            QKeySequence(Qt::CTRL | Qt::Key_9), [&built](QWidget* parent) {
                ++built;
                auto* panel = new QWidget(parent);
                panel->setObjectName(QStringLiteral("extraPanel"));
                return panel;
            }});
    QCOMPARE(row, int(MainWindow::Panel::Webhooks) + 1);
    QCOMPARE(window.panelRow(QStringLiteral("extraPanel")), row);
    QCOMPARE(built, 0);

    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);

    QCOMPARE(built, 1);
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("panelStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("extraPanel"));
    QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("navigation"))->currentRow(), row);
}

void tst_MainWindow::ctrlDigitShowsPanel_data()
{
    QTest::addColumn<Qt::Key>("key");
    QTest::addColumn<QString>("panel");
    QTest::newRow("Ctrl+1") << Qt::Key_1 << "registrationPanel";
    QTest::newRow("Ctrl+2") << Qt::Key_2 << "authorizePanel";
    QTest::newRow("Ctrl+3") << Qt::Key_3 << "tokensPanel";
    QTest::newRow("Ctrl+4") << Qt::Key_4 << "scopesPanel";
    QTest::newRow("Ctrl+5") << Qt::Key_5 << "requestsPanel";
    QTest::newRow("Ctrl+6") << Qt::Key_6 << "historyPanel";
}

void tst_MainWindow::ctrlDigitShowsPanel()
{
    QFETCH(Qt::Key, key);
    QFETCH(QString, panel);
    MainWindow window;
    showActive(window);
    // Start elsewhere so that Ctrl+1 also has to change something.
    window.showPanel(key == Qt::Key_6 ? MainWindow::Panel::Registration : MainWindow::Panel::History);

    QTest::keyClick(&window, key, Qt::ControlModifier);

    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("panelStack"));
    QCOMPARE(stack->currentWidget()->objectName(), panel);
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QCOMPARE(navigation->currentRow(), stack->currentIndex());
}

void tst_MainWindow::selectingInNavigationShowsPanel()
{
    MainWindow window;
    QSignalSpy changed(&window, &MainWindow::currentPanelChanged);
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));

    navigation->setCurrentRow(4);

    QCOMPARE(window.currentPanel(), MainWindow::Panel::Requests);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<MainWindow::Panel>(), MainWindow::Panel::Requests);
}

void tst_MainWindow::ctrlShiftPFocusesProfileSwitcher()
{
    MainWindow window;
    showActive(window);
    window.findChild<QListWidget*>(QStringLiteral("navigation"))->setFocus();

    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);

    QTRY_COMPARE(
        QApplication::focusWidget(), window.findChild<QComboBox*>(QStringLiteral("profileSwitcher")));
}

// The SessionController fills the switcher from the ProfileStore; the window has no list of its own.
void tst_MainWindow::profileSwitcherListsTheNamesItIsGiven()
{
    MainWindow window;
    auto* switcher = window.findChild<QComboBox*>(QStringLiteral("profileSwitcher"));
    QVERIFY(switcher);
    QCOMPARE(window.profileNames(), QStringList());
    window.setProfileNames({QStringLiteral("Sandbox"), QStringLiteral("Staging")});
    QCOMPARE(window.profileNames(), QStringList({"Sandbox", "Staging"}));
    QCOMPARE(window.currentProfileName(), QStringLiteral("Sandbox"));
    QVERIFY(!switcher->accessibleName().isEmpty());
}

void tst_MainWindow::selectingProfileUpdatesStatusBarAndSignals()
{
    MainWindow window;
    window.setProfileNames({QStringLiteral("Sandbox"), QStringLiteral("Lofty")});
    QSignalSpy selected(&window, &MainWindow::profileSelected);

    QVERIFY(window.selectProfile(QStringLiteral("lofty")));

    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).toString(), QStringLiteral("Lofty"));
    auto* status = window.findChild<QLabel*>(QStringLiteral("profileStatus"));
    QCOMPARE(status->text(), QStringLiteral("Profile: Lofty"));
}

void tst_MainWindow::unknownProfileIsRefused()
{
    MainWindow window;
    window.setProfileNames({QStringLiteral("Sandbox"), QStringLiteral("Lofty")});
    QSignalSpy selected(&window, &MainWindow::profileSelected);

    QVERIFY(!window.selectProfile(QStringLiteral("Production")));

    QCOMPARE(window.currentProfileName(), QStringLiteral("Sandbox"));
    QCOMPARE(selected.count(), 0);
}

void tst_MainWindow::statusBarShowsAccountAndTokenExpiry()
{
    MainWindow window;
    auto* account = window.findChild<QLabel*>(QStringLiteral("accountStatus"));
    auto* expiry = window.findChild<QLabel*>(QStringLiteral("tokenExpiryStatus"));
    QVERIFY(window.findChild<RateMeter*>(QStringLiteral("rateMeter")));
    const QString noToken = expiry->text();

    window.setAccountName(QStringLiteral("Alice Owner"));
    window.setTokenExpiry(QDateTime::currentDateTime().addSecs(3600));

    QVERIFY(account->text().contains(QStringLiteral("Alice Owner")));
    QVERIFY(expiry->text() != noToken);
    window.setTokenExpiry(QDateTime());
    QCOMPARE(expiry->text(), noToken);
}

void tst_MainWindow::geometryAndSplitterAreRestoredInNextWindow()
{
    QList<int> splitterSizes;
    {
        MainWindow first;
        showActive(first);
        first.resize(777, 555);
        QTRY_COMPARE(first.size(), QSize(777, 555));
        auto* splitter = first.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        splitter->setSizes({260, 400});
        splitterSizes = splitter->sizes();
        QVERIFY(first.close());
    }

    MainWindow second;
    showActive(second);
    QTRY_COMPARE(second.size(), QSize(777, 555));
    QCOMPARE(second.findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), splitterSizes);
}

void tst_MainWindow::currentPanelIsRestoredInNextWindow()
{
    {
        MainWindow first;
        first.showPanel(MainWindow::Panel::Tokens);
        QVERIFY(first.close());
    }

    MainWindow second;
    QCOMPARE(second.currentPanel(), MainWindow::Panel::Tokens);
    QVERIFY(second.builtPanelAt(int(MainWindow::Panel::Tokens)));
    QVERIFY(!second.builtPanelAt(int(MainWindow::Panel::Authorize)));
}

// The Sandbox page is offered only once the session reports the Sandbox profile.
void tst_MainWindow::sandboxPageIsRestoredOnceAvailable()
{
    {
        MainWindow first;
        first.setSandboxIndicator(true);
        first.showPanel(MainWindow::Panel::Sandbox);
        QCOMPARE(first.currentPanel(), MainWindow::Panel::Sandbox);
        QVERIFY(first.close());
    }

    MainWindow second;
    QCOMPARE(second.currentPanel(), MainWindow::Panel::Authorize);
    second.setSandboxIndicator(true);
    QCOMPARE(second.currentPanel(), MainWindow::Panel::Sandbox);
}

void tst_MainWindow::f1OpensAboutDialogWithVersionAndLicences()
{
    MainWindow window;
    showActive(window);
    bool seen = false;
    QString licences;
    QString version;
    // exec() blocks: a timer inspects and closes the dialog from inside its event loop. Any other
    // modal widget is closed too, so a wrong dialog fails the test instead of hanging it.
    QTimer closer;
    closer.setInterval(10);
    connect(&closer, &QTimer::timeout, this, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        closer.stop();
        if (auto* about = qobject_cast<AboutDialog*>(modal)) {
            seen = true;
            licences = about->findChild<QTextBrowser*>(QStringLiteral("aboutLicences"))->toPlainText();
            version = about->versionText();
        }
        modal->close();
    });
    closer.start();

    QTest::keyClick(&window, Qt::Key_F1);

    QVERIFY(seen);
    QVERIFY(version.contains(QStringLiteral(LOFTY_VERSION)));
    QVERIFY(version.contains(QString::fromLatin1(qVersion())));
    QVERIFY(licences.contains(QStringLiteral("MIT")));
    QVERIFY(licences.contains(QStringLiteral("LGPLv3")));
    QVERIFY(licences.contains(QStringLiteral("BSD-3-Clause")));
    QVERIFY(!QApplication::activeModalWidget());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
