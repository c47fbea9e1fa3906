// Every control of the real main window, on every panel, can be reached and named by a screen
// reader (AT-SPI reads accessibleName, or the visible text of buttons and labelled fields), and
// the Tab key walks each panel without getting stuck.
#include "ConsoleWindowFixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QStackedWidget>
#include <QTabBar>
#include <QTest>

class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_console.start(QStringLiteral("tst_accessibility"), &error), qPrintable(error));
        m_window = m_console.window();
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
        // Tab reaches every control of the panel that takes the focus by Tab.
        const QList<QWidget*> children = page->findChildren<QWidget*>();
        QStringList missed;
        for (QWidget* widget : children) {
            if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() && widget->isEnabled()
                && !widget->focusProxy() && !visited.contains(widget))
                missed << widget->objectName() + QLatin1Char('/')
                        + QString::fromLatin1(widget->metaObject()->className());
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QStringLiteral(", "))));
    }

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

    ConsoleWindowFixture m_console;
    MainWindow* m_window = nullptr;
};

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
