// Every control of the real main window, on every panel, can be reached and named by a screen
// reader (AT-SPI reads accessibleName, or the visible text of buttons and labelled fields), and
// the Tab key walks each panel without getting stuck.
#include "MainWindow.h"
#include "SessionController.h"
#include "profiles/InMemorySecretStore.h"
#include "profiles/ProfileStore.h"
#include "session/ConsoleSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("lofty-console-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
        QSettings::setPath(
            QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        m_store = new ProfileStore(m_dir.filePath(QStringLiteral("profiles")), this);
        m_store->load();
        m_secrets = new InMemorySecretStore(this);
        m_session = new ConsoleSession(m_store, m_secrets, m_dir.filePath(QStringLiteral("history")), this);
        m_window = new MainWindow;
        m_controller = new SessionController(m_session, m_window, this);
        QString error;
        QVERIFY2(m_controller->activateInitialProfile(QStringLiteral("Sandbox"), &error), qPrintable(error));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void everyFocusableControlHasAName_data()
    {
        QTest::addColumn<int>("panel");
        for (int i = 0; i < 6; ++i)
            QTest::newRow(qPrintable(QStringLiteral("panel %1").arg(i))) << i;
    }

    void everyFocusableControlHasAName()
    {
        QFETCH(int, panel);
        m_window->showPanel(MainWindow::Panel(panel));
        QWidget* page = m_window->panelWidget(MainWindow::Panel(panel));
        QVERIFY(page);
        QStringList unnamed;
        const QList<QWidget*> widgets = page->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(page))
                continue;
            // A spin box's inner editor has no accessible interface of its own: Qt's accessibility
            // factory gives none to "qt_spinbox_lineedit", the spin box answers for it.
            if (widget->objectName() == QLatin1String("qt_spinbox_lineedit")
                && hasAccessibleName(widget->parentWidget()))
                continue;
            if (hasAccessibleName(widget))
                continue;
            unnamed << QStringLiteral("%1 (%2)").arg(
                widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
        }
        QVERIFY2(unnamed.isEmpty(),
            qPrintable(QStringLiteral("no accessible name: ") + unnamed.join(QStringLiteral(", "))));
    }

    void tabWalksEveryPanelWithoutGettingStuck_data() { everyFocusableControlHasAName_data(); }

    void tabWalksEveryPanelWithoutGettingStuck()
    {
        QFETCH(int, panel);
        m_window->showPanel(MainWindow::Panel(panel));
        QWidget* page = m_window->panelWidget(MainWindow::Panel(panel));
        QWidget* first = page->nextInFocusChain();
        first->setFocus(Qt::TabFocusReason);
        QSet<QWidget*> visited;
        for (int i = 0; i < 200; ++i) {
            QWidget* focused = QApplication::focusWidget();
            if (!focused)
                break;
            visited.insert(focused);
            QTest::keyClick(focused, Qt::Key_Tab);
        }
        QVERIFY2(visited.size() >= 3, "Tab should move between several controls");
    }

    void cleanupTestCase() { delete m_window; }

private:
    static bool hasAccessibleName(QWidget* widget)
    {
        if (!widget->accessibleName().isEmpty())
            return true;
        if (auto* button = qobject_cast<QAbstractButton*>(widget); button && !button->text().isEmpty())
            return true;
        // A tab bar is read tab by tab, by the tabs' texts.
        if (auto* tabBar = qobject_cast<QTabBar*>(widget); tabBar && tabBar->count() > 0) {
            for (int i = 0; i < tabBar->count(); ++i) {
                if (tabBar->tabText(i).isEmpty())
                    return false;
            }
            return true;
        }
        // A field named by a QLabel buddy is read with that label.
        for (QLabel* label : widget->window()->findChildren<QLabel*>()) {
            if (label->buddy() == widget && !label->text().isEmpty())
                return true;
        }
        return false;
    }

    QTemporaryDir m_dir;
    ProfileStore* m_store = nullptr;
    InMemorySecretStore* m_secrets = nullptr;
    ConsoleSession* m_session = nullptr;
    MainWindow* m_window = nullptr;
    SessionController* m_controller = nullptr;
};

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
